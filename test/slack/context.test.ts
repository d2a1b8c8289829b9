import { describe, expect, it } from 'vitest'
import { newTrace } from '../../src/runtime/request-log.ts'
import { eventIdOf, hasResponseUrl, MAX_EVENT_ID, settleWithin } from '../../src/slack/context.ts'

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

describe('button values (data from outside)', () => {
  it('reads an event id only within the 32-bit id column: a larger one once reached the database as an error', () => {
    expect(eventIdOf('1')).toBe(1)
    expect(eventIdOf(String(MAX_EVENT_ID))).toBe(MAX_EVENT_ID)
    for (const bad of [undefined, '', '0', '-1', '1.5', '1e3', ' 1', '0x10', String(MAX_EVENT_ID + 1), '99999999999', '１２']) expect(eventIdOf(bad), String(bad)).toBeUndefined()
  })

  it('knows a press without a response_url (not from a message: nothing to respond to)', () => {
    expect(hasResponseUrl({ response_url: 'https://hooks.slack.com/x' })).toBe(true)
    for (const body of [{}, { response_url: 5 }, null, 'x']) expect(hasResponseUrl(body)).toBe(false)
  })
})
