// The days since the latest event (event_stat days_since_last): from the latest start date on or before the
// as-of date to the as-of date, over the filters and per group (the group that has gone the longest first) —
// on a real SQLite file AND on PostgreSQL, against days counted by hand from a fixture whose dates are set.
import { describe, expect, it } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { storeOnBoth } from './both-stores.ts'
import { makeEvents } from './fixtures.ts'

const AS_OF = '2024-06-15'
// Texas last on 2024-06-01 (14 days before the as-of date), Ohio on 2023-06-15 (366 days: 2024 is a leap
// year), Utah on 2022-06-15 (731 days); one Texas event after the as-of date is never counted
const ROWS: Array<[string, string]> = [
  ['2022-06-15', 'UT'],
  ['2023-01-10', 'OH'],
  ['2023-06-15', 'OH'],
  ['2024-03-01', 'TX'],
  ['2024-06-01', 'TX'],
  ['2024-07-01', 'TX'],
]
function fixture(): EventData[] {
  return makeEvents(ROWS.length, 3).map((e, i) => {
    const [startDate, state] = ROWS[i]!
    return { ...e, startDate, endDate: null, fiscalYear: fiscalYearOf(startDate), stateCodes: [state] as EventData['stateCodes'] }
  })
}
const both = storeOnBoth({ name: 'days-since', data: fixture, asOf: AS_OF })

describe('days since the latest event (SQLite and PostgreSQL)', () => {
  it('counts from the latest event on or before the as-of date, over the filters', async () => {
    for (const r of await both.run({ intent: 'event_stat', stat: 'days_since_last', filters: { period: { kind: 'all' } } })) {
      if (r.kind !== 'event_stat') throw new Error('event_stat expected')
      expect(r.value).toBe(14)
      const a = renderAnswer({ question: 'how many days since our last event?', result: r })
      expect(a.text.en).toContain('14 days')
      expect(a.text.ja).toContain('14日')
    }
    for (const r of await both.run({ intent: 'event_stat', stat: 'days_since_last', filters: { period: { kind: 'all' }, states: ['OH'] } })) {
      expect(r.kind === 'event_stat' && r.value).toBe(366)
    }
  })

  it('ranks the groups that have gone the longest without an event first', async () => {
    for (const r of await both.run({ intent: 'event_stat', stat: 'days_since_last', filters: { period: { kind: 'all' } }, groupBy: 'state' })) {
      if (r.kind !== 'event_stat') throw new Error('event_stat expected')
      expect(r.rows.map((x) => [x.key, x.value])).toEqual([['UT', 731], ['OH', 366], ['TX', 14]])
    }
    for (const r of await both.run({ intent: 'event_stat', stat: 'days_since_last', filters: { period: { kind: 'all' } }, groupBy: 'state', top: 1 })) {
      expect(r.kind === 'event_stat' && r.rows.map((x) => x.key)).toEqual(['UT'])
    }
  })
})
