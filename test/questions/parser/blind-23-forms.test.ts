// Forms a fresh blind set (blind-23) answered with a wrong figure, each as a kind with our own phrasings beside the
// set's: two figures joined when one is "people" ("evts + ppl": the participants alone were given), a value both
// kept and excluded ("Apart from Chicago itself, … Chicago consulate events": the office excluded from itself),
// and "from FY2017" beside a series by fiscal year (one year, where the series starts there).
import { describe, expect, it } from 'vitest'
import { parse, query } from './read.ts'

describe('words that once narrowed or changed the question (blind-23)', () => {
  it('asks which figure when events and people are asked together', () => {
    for (const q of ['evts + ppl fy22', 'events and people in FY2022', 'how many events and how many people in FY2021?']) expect(parse(q).kind, q).toBe('clarify')
    // "people" alone is the participants
    expect(query('how many people came to events in FY2022')).toMatchObject({ metric: 'participants' })
  })

  it('gives no figure when one value is both kept and excluded', () => {
    for (const q of ['Apart from Chicago itself, which city has hosted the most Chicago consulate events?', 'Chicago consulate events excluding the Chicago consulate', 'Texas events other than Texas']) expect(parse(q).kind, q).not.toBe('query')
  })

  it('reads "from FY…" beside a series by fiscal year as its start', () => {
    expect(query('cumulative event count by fiscal year, running total from FY2017')).toMatchObject({ groupBy: 'fiscal_year', cumulative: true, filters: { period: { kind: 'fy', from: 2017 } } })
    const q = query('events by fiscal year from FY2019')
    expect(q).toMatchObject({ groupBy: 'fiscal_year', filters: { period: { kind: 'fy', from: 2019 } } })
    expect(q.filters.period).not.toHaveProperty('to')
    // alone, "from FY2019" is that year; with an end, the range
    expect(query('events from FY2019')).toMatchObject({ filters: { period: { kind: 'fy', from: 2019, to: 2019 } } })
    expect(query('events by fiscal year from FY2019 to FY2021')).toMatchObject({ filters: { period: { kind: 'fy', from: 2019, to: 2021 } } })
  })
})
