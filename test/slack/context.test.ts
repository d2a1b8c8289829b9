import { describe, expect, it } from 'vitest'
import { DeadlineError, withDeadline } from '../../src/slack/context.ts'

describe('withDeadline (the 3 s Slack waits for a view_submission answer)', () => {
  it('passes a prompt result through', async () => {
    await expect(withDeadline(Promise.resolve(42), 100)).resolves.toBe(42)
  })

  it('rejects with DeadlineError when the work is slower, without waiting for it', async () => {
    const started = Date.now()
    const slow = new Promise((r) => setTimeout(() => r('late'), 1000))
    await expect(withDeadline(slow, 50)).rejects.toBeInstanceOf(DeadlineError)
    expect(Date.now() - started).toBeLessThan(500)
  })
})
