// The after-ack lane: a bounded number of jobs at once, in order, each started after the loop has polled for
// I/O, with every job's outcome (or error) given back to its caller.
import { describe, expect, it } from 'vitest'
import { createLane } from '../../src/runtime/lane.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('createLane', () => {
  it('runs at most `concurrency` jobs at once, in the order given, and gives back each outcome', async () => {
    const lane = createLane({ concurrency: 2 })
    let now = 0
    let most = 0
    const started: number[] = []
    const jobs = Array.from({ length: 7 }, (_, i) =>
      lane.run(async () => {
        started.push(i)
        now += 1
        most = Math.max(most, now)
        await tick()
        now -= 1
        return i * 10
      }),
    )
    expect(lane.waiting + lane.running).toBe(7)
    expect(await Promise.all(jobs)).toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(most).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(lane.running).toBe(0)
    expect(lane.waiting).toBe(0)
  })

  it("rejects with the job's error and frees its place (thrown or rejected)", async () => {
    const lane = createLane({ concurrency: 1 })
    const thrown = lane.run(() => {
      throw new Error('sync')
    })
    const rejected = lane.run(async () => {
      await tick()
      throw new Error('async')
    })
    const after = lane.run(async () => 'next')
    await expect(thrown).rejects.toThrow('sync')
    await expect(rejected).rejects.toThrow('async')
    expect(await after).toBe('next')
  })

  it('starts a job only after the loop has looked at I/O: callbacks due now run first', async () => {
    const lane = createLane({ concurrency: 4 })
    const order: string[] = []
    const job = lane.run(async () => {
      order.push('job')
    })
    // an I/O-phase callback already due (a timer of 0 ms) and promise callbacks run before the job starts
    setTimeout(() => order.push('timer'), 0)
    await Promise.resolve()
    order.push('microtask')
    await new Promise((resolve) => setTimeout(resolve, 2))
    await job
    expect(order.indexOf('job')).toBeGreaterThan(order.indexOf('microtask'))
    expect(order).toContain('timer')
  })
})
