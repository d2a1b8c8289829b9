// The fiscal year with the largest drop (rise) from the year before (year_change): each whole fiscal year
// against the one before, a year with no event at 0, ties shown, a running fiscal year left out — on a real
// SQLite file AND on PostgreSQL, against changes worked out by hand from a fixture whose dates are set.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2023-08-15'
// events per fiscal year: FY2018 5, FY2019 2 (−3), FY2020 0 (−2), FY2021 3 (+3), FY2022 0 (−3); FY2023 (running) 1
// participants: 100 each
const PER_FY: [number, number][] = [
  [2018, 5],
  [2019, 2],
  [2021, 3],
  [2023, 1],
]
function fixture(): EventData[] {
  const dates = PER_FY.flatMap(([fy, n]) => Array.from({ length: n }, (_, i) => `${fy}-0${5 + i}-10`))
  return makeEvents(dates.length, 9).map((e, i) => {
    const startDate = dates[i] as string
    return { ...e, startDate, endDate: null, fiscalYear: fiscalYearOf(startDate), participants: 100 }
  })
}
const both = storeOnBoth({ name: 'year-change', data: fixture, asOf: AS_OF })

const { run } = both

describe('year_change (SQLite and PostgreSQL)', () => {
  it('gives every year tied for the largest drop, a year with no event at 0, the running year left out', async () => {
    for (const r of await run({ intent: 'year_change', metric: 'events', direction: 'drop', filters: { period: { kind: 'fy', from: 2018, to: 2023 } } })) {
      if (r.kind !== 'year_change') throw new Error('year_change expected')
      expect(r.years.map((y) => [y.fiscalYear, y.value, y.change])).toEqual([
        [2018, 5, null],
        [2019, 2, -3],
        [2020, 0, -2],
        [2021, 3, 3],
        [2022, 0, -3],
      ])
      expect(r.top.map((y) => y.fiscalYear)).toEqual([2019, 2022])
      expect(r.leftOut).toBe(2023)
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('2 fiscal years share the largest drop in events')
      expect(a.text.en).toContain('FY2023 is still running and is not compared')
      expect(a.text.ja).toContain('次の2年度')
      expect(a.interpretation.en).toContain('the first year has no change')
      // the answer's figure is the year(s) asked for, each with its change — not every year's change
      expect(a.rows).toEqual([
        { key: '2019', value: -3 },
        { key: '2022', value: -3 },
      ])
    }
  })

  it('gives the largest rise, in participants too', async () => {
    for (const r of await run({ intent: 'year_change', metric: 'participants', direction: 'rise', filters: { period: { kind: 'fy', from: 2018, to: 2022 } } })) {
      if (r.kind !== 'year_change') throw new Error('year_change expected')
      expect(r.top.map((y) => [y.fiscalYear, y.change])).toEqual([[2021, 300]])
      expect(r.leftOut).toBeNull()
    }
  })

  it('says when no year dropped', async () => {
    for (const r of await run({ intent: 'year_change', metric: 'events', direction: 'drop', filters: { period: { kind: 'fy', from: 2020, to: 2021 } } })) {
      if (r.kind !== 'year_change') throw new Error('year_change expected')
      expect(r.top).toEqual([])
      expect(renderAnswer({ question: 'q', result: r }).text.en).toContain('No fiscal year had a drop')
    }
  })
})
