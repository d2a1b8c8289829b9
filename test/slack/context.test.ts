import { describe, expect, it } from 'vitest'
import { newTrace } from '../../src/runtime/request-log.ts'
import { settleWithin } from '../../src/slack/context.ts'

describe('settleWithin (the 3 s Slack waits for a view_submission answer, counted from arrival)', () => {
  it('passes a prompt result through', async () => {
    await expect(settleWithin(Promise.resolve(42), { trace: newTrace(), deadlineMs: 100 })).resolves.toEqual({ late: false, value: 42 })
  })

  it('says "late" when the work is slower, without waiting for it', async () => {
    const started = Date.now()
    const slow = new Promise((r) => setTimeout(() => r('late'), 1000))
    await expect(settleWithin(slow, { trace: newTrace(), deadlineMs: 50 })).resolves.toEqual({ late: true })
    expect(Date.now() - started).toBeLessThan(500)
  })

  it('counts from the arrival, not from the call: time already spent is taken off', async () => {
    const trace = newTrace()
    await new Promise((r) => setTimeout(r, 300))
    const started = Date.now()
    const slow = new Promise((r) => setTimeout(() => r('late'), 1000))
    await expect(settleWithin(slow, { trace, deadlineMs: 400 })).resolves.toEqual({ late: true })
    expect(Date.now() - started).toBeLessThan(250)
  })

  it('rejects when the work fails in time', async () => {
    await expect(settleWithin(Promise.reject(new Error('locked')), { trace: newTrace(), deadlineMs: 100 })).rejects.toThrow('locked')
  })
})
