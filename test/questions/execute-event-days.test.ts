// The days events started on (event_days): the busiest start date(s), ties kept, and how many days had at least N
// events — on a real SQLite file AND on PostgreSQL, against counts worked out from the fixture events by hand
// (several events put on the same days), with the answer's wording in both languages.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'
// three events on 2022-09-15, three on 2023-01-20, two on 2021-05-05; the others on their own (random) days
const SAME_DAYS = ['2022-09-15', '2022-09-15', '2022-09-15', '2023-01-20', '2023-01-20', '2023-01-20', '2021-05-05', '2021-05-05']
function fixture() {
  return makeEvents(160, 29).map((e, i) => {
    const day = SAME_DAYS[i]
    return day === undefined ? e : { ...e, startDate: day, endDate: null, fiscalYear: fiscalYearOf(day) }
  })
}
const both = storeOnBoth({ name: 'event-days', data: fixture, asOf: AS_OF })
let events: StoredEvent[]
beforeAll(() => {
  events = both.events().filter((e) => e.startDate <= AS_OF)
})

/** Events per start date over some events. */
function perDay(es: readonly StoredEvent[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const e of es) m.set(e.startDate, (m.get(e.startDate) ?? 0) + 1)
  return m
}

describe('event_days (SQLite and PostgreSQL)', () => {
  it('gives every start date tied with the most events', async () => {
    const counts = perDay(events)
    const most = Math.max(...counts.values())
    const want = [...counts.entries()].filter(([, n]) => n === most).map(([d]) => d).sort()
    for (const r of await both.run({ intent: 'event_days', filters: { period: { kind: 'all' } }, answer: 'busiest' })) {
      if (r.kind !== 'event_days') throw new Error('event_days expected')
      expect(r.days.map((d) => d.date)).toEqual(want)
      expect(r.days.every((d) => d.events === most)).toBe(true)
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.rows?.map((row) => row.key)).toEqual(want)
      expect(a.text.ja).toContain(`各${most}件`)
    }
  })

  it('keeps to the period: FY2022 has one busiest day', async () => {
    const fy2022 = events.filter((e) => e.fiscalYear === 2022)
    const counts = perDay(fy2022)
    const most = Math.max(...counts.values())
    for (const r of await both.run({ intent: 'event_days', filters: { period: { kind: 'fy', from: 2022, to: 2022 } }, answer: 'busiest' })) {
      if (r.kind !== 'event_days') throw new Error('event_days expected')
      expect(r.days).toEqual([...counts.entries()].filter(([, n]) => n === most).map(([date, n]) => ({ date, events: n })).sort((a, b) => (a.date < b.date ? -1 : 1)))
    }
  })

  it('counts the days with at least N events', async () => {
    const counts = perDay(events)
    for (const min of [2, 3]) {
      const want = [...counts.values()].filter((n) => n >= min).length
      for (const r of await both.run({ intent: 'event_days', filters: { period: { kind: 'all' } }, answer: 'at_least', min })) {
        if (r.kind !== 'event_days') throw new Error('event_days expected')
        expect(r.days.length).toBe(want)
        expect(renderAnswer({ question: 'q', result: r }).value).toBe(want)
      }
    }
  })
})
