// The months with no event (empty_months): the months of a fiscal year, or of this fiscal year up to the
// as-of date's month (included, though running), an event counted in the month it starts — on a real SQLite
// file AND on PostgreSQL, against months worked out by hand from a fixture whose dates are set.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2023-08-15'
// FY2022: April (twice), June, December (a Nov 30 – Dec 2 event counts in November), March 31;
// FY2023: May, and a Texas event in July
const DATES: [string, string | null][] = [
  ['2022-04-10', null],
  ['2022-04-20', null],
  ['2022-06-30', null],
  ['2022-11-30', '2022-12-02'],
  ['2023-03-31', null],
  ['2023-05-05', null],
  ['2023-07-01', null],
]
function fixture(): EventData[] {
  return makeEvents(DATES.length, 31).map((e, i) => {
    const [startDate, endDate] = DATES[i] as [string, string | null]
    return { ...e, startDate, endDate, fiscalYear: fiscalYearOf(startDate), stateCodes: (i === 6 ? ['TX'] : ['CA']) as EventData['stateCodes'] }
  })
}
const both = storeOnBoth({ name: 'empty-months', data: fixture, asOf: AS_OF })

const { run } = both

describe('empty_months (SQLite and PostgreSQL)', () => {
  it('gives the months of a fiscal year with no event, an event in the month it starts', async () => {
    for (const r of await run({ intent: 'empty_months', answer: 'count', filters: { period: { kind: 'fy', from: 2022, to: 2022 } } })) {
      if (r.kind !== 'empty_months') throw new Error('empty_months expected')
      expect(r.months).toEqual(['2022-05', '2022-07', '2022-08', '2022-09', '2022-10', '2022-12', '2023-01', '2023-02'])
      expect([r.outOf, r.running, r.matchedEvents]).toEqual([12, false, 5])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('8 of the 12 months')
      expect(a.value).toBe(8)
    }
  })

  it('counts this fiscal year through the running month, and says so', async () => {
    for (const r of await run({ intent: 'empty_months', answer: 'count', filters: { period: { kind: 'fy_relative', offset: 0 } } })) {
      if (r.kind !== 'empty_months') throw new Error('empty_months expected')
      expect(r.months).toEqual(['2023-04', '2023-06', '2023-08'])
      expect([r.first, r.last, r.outOf, r.running]).toEqual(['2023-04', '2023-08', 5, true])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.interpretation.en).toContain('August 2023 included though still running')
      expect(a.interpretation.ja).toContain('2023年8月は途中までを含む')
    }
  })

  it('keeps the filters', async () => {
    for (const r of await run({ intent: 'empty_months', answer: 'list', filters: { period: { kind: 'fy_relative', offset: 0 }, states: ['TX'] } })) {
      if (r.kind !== 'empty_months') throw new Error('empty_months expected')
      expect(r.months).toEqual(['2023-04', '2023-05', '2023-06', '2023-08'])
    }
  })
})
