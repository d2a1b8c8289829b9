// Exactly once per period: crashes before and after posting, two app instances on one SQLite file racing
// for the same week, and a missed Monday posted once on return, marked late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDigest, type RunDigestOptions } from '../../src/digest/run.ts'
import { checkMessage } from '../../src/slack/blocks/limits.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { getDigestRun, listDigestRuns } from '../../src/store/digest-runs.ts'
import { testCharts } from '../helpers/charts.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { memoryPoster, seedEvents, type MemoryPoster } from './helpers.ts'

const dir = tmpDir('grassroots-digest-run-')
const charts = testCharts()
const url = `file:${dir}/runs.db`
let a: Store
let b: Store

const CHANNEL = 'C0DIGEST1'
const MIN = 60_000

beforeAll(async () => {
  a = await openStore({ url })
  b = await openStore({ url })
  await seedEvents(a.db, [
    { startDate: '2026-11-20', officeCode: 'chicago', stateCodes: ['WI'], recordedAt: '2026-11-24T01:00:00Z' },
    { startDate: '2026-10-02', officeCode: 'denver', stateCodes: ['WY'], recordedAt: '2026-10-05T01:00:00Z' },
  ])
})
afterAll(async () => {
  await a.close()
  await b.close()
})

/** 09:00 in Tokyo on that Monday, plus some minutes. */
const mondayAt9 = (date: string, plusMinutes = 0) => new Date(new Date(`${date}T00:00:00Z`).getTime() + plusMinutes * MIN)

function options(store: Store, poster: MemoryPoster, now: Date, instanceId: string): RunDigestOptions {
  return { db: store.db, poster, channel: CHANNEL, cron: '0 9 * * 1', timeZone: 'Asia/Tokyo', now, instanceId, charts }
}

describe('runDigest', () => {
  it('posts the week once, with its chart in the thread; a second run finds it posted', async () => {
    const poster = memoryPoster()
    const first = await runDigest(options(a, poster, mondayAt9('2026-11-30', 0.1), 'app-1'))
    expect(first).toMatchObject({ status: 'posted', period: '2026-W48', late: false, recovered: false })
    expect(poster.posts.length).toBe(1)
    expect(checkMessage(poster.posts[0] ?? {})).toEqual([])
    expect(JSON.stringify(poster.posts[0]?.blocks)).toContain('Recorded last week: 1 event')
    const ts = poster.posts[0]?.ts
    expect(poster.uploads).toEqual([expect.objectContaining({ channel: CHANNEL, threadTs: ts, filename: 'digest-2026-W48.png' })])
    expect(await getDigestRun(a.db, '2026-W48')).toMatchObject({ status: 'posted', messageTs: ts, claimedBy: 'app-1', late: false })

    const again = await runDigest(options(b, poster, mondayAt9('2026-11-30', 30), 'app-2'))
    expect(again).toEqual({ status: 'already_posted', period: '2026-W48', ts })
    expect(poster.posts.length).toBe(1)
  })

  it('after a crash between claiming and posting, waits for the lease, then the next run posts', async () => {
    const poster = memoryPoster()
    poster.failNext = 'before'
    await expect(runDigest(options(a, poster, mondayAt9('2026-12-07'), 'app-1'))).rejects.toThrow('simulated crash before posting')
    expect(await getDigestRun(a.db, '2026-W49')).toMatchObject({ status: 'claimed', claimedBy: 'app-1', messageTs: null })

    const early = await runDigest(options(b, poster, mondayAt9('2026-12-07', 3), 'app-2'))
    expect(early).toMatchObject({ status: 'busy', period: '2026-W49', claimedBy: 'app-1' })
    expect(early.status === 'busy' && early.retryAfterMs).toBe(7 * MIN)
    expect(poster.posts.length).toBe(0)

    const later = await runDigest(options(b, poster, mondayAt9('2026-12-07', 11), 'app-2'))
    expect(later).toMatchObject({ status: 'posted', period: '2026-W49', recovered: false })
    expect(poster.posts.map((p) => p.period)).toEqual(['2026-W49'])
    expect(await getDigestRun(a.db, '2026-W49')).toMatchObject({ status: 'posted', claimedBy: 'app-2', messageTs: poster.posts[0]?.ts })
  })

  it('after a crash between posting and recording it, does not post again', async () => {
    const poster = memoryPoster()
    poster.failNext = 'after'
    await expect(runDigest(options(a, poster, mondayAt9('2026-12-14'), 'app-1'))).rejects.toThrow('simulated crash after posting')
    expect(poster.posts.length).toBe(1)
    expect(await getDigestRun(a.db, '2026-W50')).toMatchObject({ status: 'claimed', messageTs: null })

    const next = await runDigest(options(b, poster, mondayAt9('2026-12-14', 12), 'app-2'))
    expect(next).toMatchObject({ status: 'posted', period: '2026-W50', recovered: true, ts: poster.posts[0]?.ts })
    expect(poster.posts.length).toBe(1)
    expect(await getDigestRun(a.db, '2026-W50')).toMatchObject({ status: 'posted', messageTs: poster.posts[0]?.ts })
  })

  it('posts once when two instances sharing the database race for the same week', async () => {
    const poster = memoryPoster()
    const mondays = ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22', '2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']
    for (const monday of mondays) {
      const now = mondayAt9(monday, 0.05)
      const outcomes = await Promise.all([runDigest(options(a, poster, now, 'app-a')), runDigest(options(b, poster, now, 'app-b'))])
      const statuses = outcomes.map((o) => o.status).sort()
      expect(statuses.filter((s) => s === 'posted').length, `${monday}: ${statuses.join(',')}`).toBe(1)
      expect(['busy', 'already_posted']).toContain(statuses.find((s) => s !== 'posted'))
    }
    const periods = poster.posts.map((p) => p.period)
    expect(periods.length).toBe(mondays.length)
    expect(new Set(periods).size).toBe(mondays.length)
  })

  it('posts once when two instances race to take over a stale claim', async () => {
    const poster = memoryPoster()
    poster.failNext = 'before'
    await expect(runDigest(options(a, poster, mondayAt9('2027-04-05'), 'app-dead'))).rejects.toThrow()
    const now = mondayAt9('2027-04-05', 15)
    const outcomes = await Promise.all([runDigest(options(a, poster, now, 'app-a')), runDigest(options(b, poster, now, 'app-b'))])
    expect(outcomes.filter((o) => o.status === 'posted').length).toBe(1)
    expect(poster.posts.length).toBe(1)
  })

  it('after missed Mondays, posts only the latest period, once, marked late; the next Monday is on time', async () => {
    const poster = memoryPoster()
    // Down from before Monday 4 January 2027 until Wednesday the 20th.
    const back = new Date('2027-01-20T03:00:00Z')
    const outcome = await runDigest(options(a, poster, back, 'app-1'))
    expect(outcome).toMatchObject({ status: 'posted', period: '2027-W02', late: true })
    const again = await runDigest(options(b, poster, new Date(back.getTime() + 5 * MIN), 'app-2'))
    expect(again.status).toBe('already_posted')
    expect(poster.posts.map((p) => p.period)).toEqual(['2027-W02'])
    const january = (await listDigestRuns(a.db)).filter((r) => r.period.startsWith('2027-W0') && r.period <= '2027-W03')
    expect(january.map((r) => [r.period, r.late])).toEqual([['2027-W02', true]])
    const blocks = JSON.stringify(poster.posts[0]?.blocks)
    expect(blocks).toContain('posted late')
    expect(blocks).toContain('遅れて配信')

    const onTime = await runDigest(options(a, poster, mondayAt9('2027-01-25', 1), 'app-1'))
    expect(onTime).toMatchObject({ status: 'posted', period: '2027-W03', late: false })
    expect(poster.posts.length).toBe(2)
  })

  it('with an explicit as-of date (grassroots digest --post), claims that week like the schedule does', async () => {
    const poster = memoryPoster()
    const byHand = await runDigest({ ...options(a, poster, new Date('2027-06-09T00:00:00Z'), 'cli'), asOf: '2027-05-10' })
    expect(byHand).toMatchObject({ status: 'posted', period: '2027-W18', late: false })
    const twice = await runDigest({ ...options(b, poster, new Date('2027-06-09T00:10:00Z'), 'cli-2'), asOf: '2027-05-12' })
    expect(twice.status).toBe('already_posted')
    expect(poster.posts.length).toBe(1)
  })
})
