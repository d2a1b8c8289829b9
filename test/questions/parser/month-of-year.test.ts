// The rule parser on the months of the year across years (groupBy month_of_year: January … December, every
// year's events in one month added up), in English and Japanese; one fiscal year's months stay the monthly
// breakdown, and what it cannot read gets no figure.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'

const all = { period: { kind: 'all' } }

describe('the months of the year across years (month_of_year)', () => {
  it('reads "which month of the year has the most events" as the month of the year, never one month of one year', () => {
    expect(query('which month of the year has the most events')).toEqual({ intent: 'metric', metric: 'events', filters: all, groupBy: 'month_of_year', top: 1 })
  })

  it('reads the breakdown and its ranking in both languages', () => {
    const cases: [string, object][] = [
      ['which calendar month has historically had the most events (all years combined)?', { groupBy: 'month_of_year', top: 1 }],
      ['events by month of the year', { groupBy: 'month_of_year' }],
      ['月別（全年度合算）で最も件数が少ない月は？', { groupBy: 'month_of_year', top: 1, fewest: true }],
      ['何月に事業が多い？', { groupBy: 'month_of_year', top: 1 }],
      ['何月に事業が少ない？', { groupBy: 'month_of_year', top: 1, fewest: true }],
      ['月別（全年度合算）の件数', { groupBy: 'month_of_year' }],
      ['which months of the year had the fewest events?', { groupBy: 'month_of_year', top: 1, fewest: true }],
    ]
    for (const [q, rest] of cases) expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters: all, ...rest })
  })

  it('keeps one fiscal year and the participants', () => {
    expect(query('participants by month of the year in FY2022')).toEqual({ intent: 'metric', metric: 'participants', filters: { period: fy(2022) }, groupBy: 'month_of_year' })
    expect(query('which month had the most events in FY2022')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2022) }, groupBy: 'month', top: 1 })
  })

  it('gives no figure for a word it cannot read beside the month of the year', () => {
    for (const q of ['which week of the year has the most events', 'which month has the most events of the year', '何月何日に事業が多い？', 'events by calendar month']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('several months in every year', () => {
  const months = (m: number[], more: object = {}) => ({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, months: m, ...more } })
  it.each([
    ['how many events in September, October and November across all years?', [9, 10, 11]],
    ['events from March to May across all years', [3, 4, 5]],
    ['events between October and December across all the years', [10, 11, 12]],
    ['9月から11月の事業件数（全年度）', [9, 10, 11]],
    ['毎年10〜12月に実施した事業は何件？', [10, 11, 12]],
    ['3月・4月・5月の件数（全年度）', [3, 4, 5]],
  ] as const)('%s', (q, m) => {
    expect(query(q)).toEqual(months([...m]))
  })

  it('takes a season with its months written out, wrapping the year end, never a season alone', () => {
    expect(query('events in Ohio in winter (Nov-Jan)')).toEqual(months([11, 12, 1], { states: ['OH'] }))
    expect(query('冬（12〜2月）の事業件数')).toEqual(months([12, 1, 2]))
    expect(parse('events in winter').kind).not.toBe('query')
    expect(parse('冬の事業件数').kind).not.toBe('query')
  })

  it('breaks the months of every year down by fiscal year when asked each year', () => {
    expect(query('events from March to May in every year')).toEqual({ ...months([3, 4, 5]), groupBy: 'fiscal_year' })
  })

  it('leaves months of one year to the period reader', () => {
    expect(query('2021年9月〜11月の件数')).toMatchObject({ filters: { period: { kind: 'dates', from: '2021-09-01', to: '2021-11-30' } } })
  })
})
