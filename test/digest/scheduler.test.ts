// The scheduler the Slack app starts: it catches up a missed week at start, retries after the lease when
// another instance holds the week, and does nothing without a channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDigestScheduler, type DigestScheduler } from '../../src/digest/scheduler.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { getDigestRun } from '../../src/store/digest-runs.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { memoryPoster } from './helpers.ts'

const dir = tmpDir('grassroots-digest-scheduler-')
let store: Store
const running: DigestScheduler[] = []
const config = { channelId: 'C0DIGEST3', cron: '0 9 * * 1', timeZone: 'Asia/Tokyo' }

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/scheduler.db` })
})
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()))
  await store.close()
})

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('startDigestScheduler', () => {
  it('posts a missed week once at start, marked late, and not again', async () => {
    const poster = memoryPoster()
    const logs: string[] = []
    const scheduler = startDigestScheduler({ db: store.db, poster, config, now: () => new Date('2026-12-02T02:00:00Z'), log: (m) => logs.push(m) })
    running.push(scheduler)
    await until(() => poster.posts.length === 1)
    expect(poster.posts[0]?.period).toBe('2026-W48')
    expect((await getDigestRun(store.db, '2026-W48'))?.late).toBe(true)
    expect(await scheduler.runNow()).toMatchObject({ status: 'already_posted', period: '2026-W48' })
    expect(poster.posts.length).toBe(1)
    expect(logs).toContain('weekly digest posted')
    await scheduler.stop()
  })

  it('retries after the lease when another instance held the week and died', async () => {
    const poster = memoryPoster()
    const base = new Date('2026-12-07T00:00:30Z').getTime()
    const t0 = Date.now()
    await store.db.digestRun.create({ data: { period: '2026-W49', status: 'claimed', claimedBy: 'other-instance', claimedAt: new Date(base) } })
    const scheduler = startDigestScheduler({ db: store.db, poster, config, leaseMs: 300, now: () => new Date(base + (Date.now() - t0)) })
    running.push(scheduler)
    await until(() => poster.posts.length === 1)
    expect(poster.posts[0]?.period).toBe('2026-W49')
    expect(await getDigestRun(store.db, '2026-W49')).toMatchObject({ status: 'posted', late: false })
    await scheduler.stop()
  })

  it('waits, when stopped, for a run already under way (so the database can close after it)', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => (release = r))
    const base = memoryPoster()
    const slow = { ...base, postMessage: async (...args: Parameters<typeof base.postMessage>) => (await gate, base.postMessage(...args)) }
    const scheduler = startDigestScheduler({ db: store.db, poster: slow, config, now: () => new Date('2026-12-16T02:00:00Z') })
    running.push(scheduler)
    await new Promise((r) => setTimeout(r, 300))
    let stopped = false
    const stopping = scheduler.stop().then(() => (stopped = true))
    await new Promise((r) => setTimeout(r, 100))
    expect(stopped).toBe(false)
    release()
    await stopping
    expect(base.posts.map((p) => p.period)).toEqual(['2026-W50'])
    expect(await getDigestRun(store.db, '2026-W50')).toMatchObject({ status: 'posted' })
  })

  it('is off without DIGEST_CHANNEL_ID', async () => {
    const poster = memoryPoster()
    const logs: string[] = []
    const scheduler = startDigestScheduler({ db: store.db, poster, config: { ...config, channelId: undefined }, log: (m) => logs.push(m) })
    expect(await scheduler.runNow()).toEqual({ status: 'disabled' })
    expect(poster.posts.length).toBe(0)
    expect(logs.join('\n')).toContain('DIGEST_CHANNEL_ID')
    await scheduler.stop()
  })
})
