// Events by recording date (recorded_events): a recording period and a recording lag, the recording instant
// read as a date of the app's calendar (Asia/Tokyo by default) — on a real SQLite file AND on PostgreSQL,
// against counts worked out by hand from events whose recording instants sit on either side of midnight.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import type { QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2023-08-15'
// start date, recording instant (UTC) → recording date in Tokyo, lag in days
const EVENTS: [string, string][] = [
  ['2022-12-20', '2022-12-31T14:59:59Z'], // Tokyo 2022-12-31, lag 11
  ['2022-12-25', '2022-12-31T15:00:00Z'], // Tokyo 2023-01-01 (UTC 2022-12-31), lag 7
  ['2022-05-01', '2022-05-08T03:00:00Z'], // Tokyo 2022-05-08, lag 7
  ['2022-05-01', '2022-05-11T16:00:00Z'], // Tokyo 2022-05-12 (UTC 05-11: lag 10), lag 11
  ['2023-06-01', '2023-06-01T01:00:00Z'], // Tokyo 2023-06-01, lag 0
  ['2023-08-01', '2023-08-16T00:00:00Z'], // Tokyo 2023-08-16: after the as-of date, never counted
]
function fixture(): EventData[] {
  return makeEvents(EVENTS.length, 5).map((e, i) => {
    const startDate = (EVENTS[i] as [string, string])[0]
    return { ...e, startDate, endDate: null, fiscalYear: fiscalYearOf(startDate) }
  })
}
const both = storeOnBoth({ name: 'recorded', data: fixture, asOf: AS_OF })
beforeAll(async () => {
  const ids = both.events().map((e) => e.id)
  for (const store of Object.values(both.stores)) {
    if (!store) throw new Error('store not open')
    for (const [i, id] of ids.entries()) await store.db.event.update({ where: { id }, data: { createdAt: new Date((EVENTS[i] as [string, string])[1]) } })
  }
})

const counts = (query: Query, timeZone?: string): Promise<QueryResult[]> => both.run(query, timeZone ? { timeZone } : {})
const value = (r: QueryResult) => {
  if (r.kind !== 'recorded_events') throw new Error('recorded_events expected')
  return r.value
}
const ALL = { period: { kind: 'all' as const } }

describe('recorded_events (SQLite and PostgreSQL)', () => {
  it('counts by recording date in the Tokyo calendar, not the event date', async () => {
    const cal2022 = { kind: 'dates' as const, from: '2022-01-01', to: '2022-12-31' }
    for (const r of await counts({ intent: 'recorded_events', filters: ALL, recorded: cal2022 })) {
      expect(value(r)).toBe(3)
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.interpretation.en).toContain('not the event date')
      expect(a.interpretation.en).toContain('Asia/Tokyo')
      expect(a.interpretation.ja).toContain('実施日ではない')
      expect(a.text.ja).toContain('登録された事業は3件')
    }
    // in UTC the event recorded at 2022-12-31T15:00Z is a 2022 recording
    for (const r of await counts({ intent: 'recorded_events', filters: ALL, recorded: cal2022 }, 'UTC')) expect(value(r)).toBe(4)
    // since 2023-01-01, through the as-of date (a recording after it is not counted)
    for (const r of await counts({ intent: 'recorded_events', filters: ALL, recorded: { kind: 'dates_since', from: '2023-01-01' } })) expect(value(r)).toBe(2)
  })

  it('counts the recording lag in whole days of the Tokyo calendar', async () => {
    for (const r of await counts({ intent: 'recorded_events', filters: ALL, lagDays: { gt: 10 } })) expect(value(r)).toBe(2)
    for (const r of await counts({ intent: 'recorded_events', filters: ALL, lagDays: { gt: 10 } }, 'UTC')) expect(value(r)).toBe(1)
    for (const r of await counts({ intent: 'recorded_events', filters: ALL, lagDays: { gte: 7 } })) expect(value(r)).toBe(4)
    // the events' own period: FY2023 events recorded 7 days or more after they started: none
    for (const r of await counts({ intent: 'recorded_events', filters: { period: { kind: 'fy', from: 2023, to: 2023 } }, lagDays: { gte: 7 } })) expect(value(r)).toBe(0)
  })

  it('refuses a query with neither a recording period nor a lag', () => {
    expect(querySchema.safeParse({ intent: 'recorded_events', filters: ALL }).success).toBe(false)
  })
})

describe('event_stat: the recording lag and the gaps between events (SQLite and PostgreSQL)', () => {
  const stat = async (s: string, timeZone?: string, groupBy?: string) => {
    const out: Array<number | null> = []
    for (const r of await counts({ intent: 'event_stat', stat: s, filters: ALL, ...(groupBy ? { groupBy } : {}) } as Query, timeZone)) {
      if (r.kind !== 'event_stat') throw new Error('event_stat expected')
      out.push(r.value)
    }
    return out
  }

  it('averages the lag in Tokyo calendar days, leaving out an event recorded after the as-of date', async () => {
    // lags 11, 7, 7, 11, 0 (the sixth recorded after the as-of date): 36 / 5
    expect(await stat('avg_lag_days')).toEqual([7.2, 7.2])
    expect(await stat('max_lag_days')).toEqual([11, 11])
    // in UTC: 11, 6, 7, 10, 0
    expect(await stat('avg_lag_days', 'UTC')).toEqual([6.8, 6.8])
  })

  it('measures the gaps between consecutive start dates (two on one day: 0 days)', async () => {
    // 2022-05-01 ×2, 2022-12-20, 2022-12-25, 2023-06-01, 2023-08-01: longest 05-01 → 12-20 (233 days); average 457 / 5
    expect(await stat('max_gap_days')).toEqual([233, 233])
    expect(await stat('avg_gap_days')).toEqual([91.4, 91.4])
  })

  it('gives the figure per fiscal year (groups with no figure left out)', async () => {
    for (const r of await counts({ intent: 'event_stat', stat: 'max_lag_days', filters: ALL, groupBy: 'fiscal_year' } as Query)) {
      if (r.kind !== 'event_stat') throw new Error('event_stat expected')
      // FY2022: 11, 7, 7, 11 → 11; FY2023: 0 (the other FY2023 event recorded after the as-of date)
      expect(r.rows.map((row) => [row.key, row.value])).toEqual([
        ['2022', 11],
        ['2023', 0],
      ])
    }
  })
})
