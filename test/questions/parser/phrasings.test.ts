// Managers' phrasings of queries the product has (synonyms and word orders read into existing slots), and
// the near misses that must stay refused: the query each phrasing produces, in both languages.
import { describe, expect, it } from 'vitest'
import { SEED_BEST_PRACTICE_CATEGORIES } from '../../../src/domain/best-practice-category.ts'
import { parseQuestion } from '../../../src/questions/parser/index.ts'

const parse = (q: string) => parseQuestion(q, { asOf: '2023-08-15', categories: SEED_BEST_PRACTICE_CATEGORIES })
const queryOf = (q: string) => {
  const r = parse(q)
  return r.kind === 'query' ? r.query : r
}
const ALL = { kind: 'all' } as const
const fy = (y: number) => ({ kind: 'fy', from: y, to: y }) as const

describe('synonyms read into existing slots', () => {
  it('reads "touched", turnout, "teamed up with" and partner orgs', () => {
    expect(queryOf('How many events touched Ohio or Michigan in FY2017?')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2017), states: ['OH', 'MI'] } })
    expect(queryOf('Which FY2020 event had the largest turnout?')).toEqual({ intent: 'largest_event', filters: { period: fy(2020) }, order: 'largest' })
    expect(queryOf('how many diffrent partner orgs have we teamed up with overall?')).toEqual({ intent: 'distinct_partners', filters: { period: ALL } })
    expect(queryOf('これまでに連携した団体は何団体ありますか')).toEqual({ intent: 'distinct_partners', filters: { period: ALL } })
  })

  it('reads state and day counts, "fewest first" and "proportion"', () => {
    expect(queryOf('how many events spanned three states or more?')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, stateCount: { gte: 3 } } })
    expect(queryOf('how many events spanned three states?')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, stateCount: { gte: 3, lte: 3 } } })
    expect(queryOf('2州以上にまたがって実施した事業の件数')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, stateCount: { gte: 2 } } })
    expect(queryOf('events spanning more than one day in FY21')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2021), days: { gte: 2 } } })
    expect(queryOf('what were the numbers of events for each office in FY2017, fewest first')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2017) }, groupBy: 'office', fewest: true })
    expect(queryOf('What proportion of states have we covered?')).toEqual({ intent: 'share', of: 'states', filters: { period: ALL } })
    // the words added to the vocabulary never pull another word into them ("ascending" is no typo of "spending")
    expect(queryOf('events by office in ascending order')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL }, groupBy: 'office', fewest: true })
    expect(queryOf('spending in FY2022')).toEqual({ intent: 'budget_execution', filters: { period: fy(2022) }, figure: 'spent' })
  })

  it('reads a breakdown glossed with every one of its values, and names a gloss of some of them', () => {
    expect(queryOf('形式別（対面・オンライン・ハイブリッド）の件数を2021年度で')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2021) }, groupBy: 'format' })
    expect(parse('形式別（対面・オンライン）の件数を2021年度で')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })

  it('reads ゼロだった and を上回った between two fiscal years, and refuses them of participants', () => {
    expect(queryOf('2019年度に事業があって2020年度にはゼロだった州は？')).toEqual({ intent: 'period_difference', subject: 'state', filters: { period: ALL }, periods: [fy(2019), fy(2020)], op: 'difference', answer: 'list' })
    expect(queryOf('2022年度の件数が2021年度を上回った州')).toEqual({ intent: 'period_difference', subject: 'state', filters: { period: ALL }, periods: [fy(2022), fy(2021)], op: 'more', answer: 'list' })
    expect(queryOf('In how many states did we hold events in both FY2019 and FY2020?')).toEqual({ intent: 'period_difference', subject: 'state', filters: { period: ALL }, periods: [fy(2019), fy(2020)], op: 'both', answer: 'count' })
    expect(parse('2022年度の参加者数が2021年度を上回った州').kind).toBe('unknown')
  })

  it('reads 暦年 after an era year, a category by code, ongoing multi-year programmes and both partners', () => {
    expect(queryOf('令和元年の件数（暦年）')).toEqual({ intent: 'metric', metric: 'events', filters: { period: { kind: 'dates', from: '2019-05-01', to: '2019-12-31' } } })
    expect(queryOf('How many best practices fall under the no-consulate category?')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, bestPractice: true, bestPracticeCategories: ['no-consulate'] } })
    expect(queryOf('複数年にわたって継続中のプログラムは何件登録されていますか')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, ongoing: true } })
    expect(queryOf('JETROと国際交流基金の両方がパートナーの案件は？件数で')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, allPartners: ['JETRO', 'Japan Foundation'] } })
  })

  it('reads statistics of single events and cost figures "(where recorded)"', () => {
    expect(queryOf("For each fiscal year, what was the largest single event's attendance?")).toEqual({ intent: 'event_stat', stat: 'max_participants', filters: { period: ALL }, groupBy: 'fiscal_year' })
    expect(queryOf('各年度で最も参加者が少なかった事業の参加者数')).toEqual({ intent: 'event_stat', stat: 'min_participants', filters: { period: ALL }, groupBy: 'fiscal_year' })
    expect(queryOf('On average, how many states does one event cover?')).toEqual({ intent: 'event_stat', stat: 'avg_states', filters: { period: ALL } })
    expect(queryOf('average cost of an online event in FY2021 (where recorded)')).toEqual({ intent: 'event_cost', figure: 'average', filters: { period: fy(2021), formats: ['online'] } })
    expect(queryOf('費用記録のある2022年度事業の、参加者1人あたり費用は？')).toEqual({ intent: 'event_cost', figure: 'per_participant', filters: { period: fy(2022) } })
    expect(parse('events in FY2021 (where recorded)').kind).toBe('unknown')
  })

  it('reads events with no city recorded, and names it where cities are counted or grouped', () => {
    expect(queryOf('How many events have no city recorded?')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, withoutCity: true } })
    expect(queryOf('開催都市が記録されていない事業は何件')).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, withoutCity: true } })
    expect(parse('events with no city recorded by city')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    expect(parse('how many cities had events with no city recorded')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })

  it('reads a difference of two formats\' averages as the difference between the two groups', () => {
    expect(queryOf('2022年度のオンライン事業と対面事業の平均参加者数の差')).toMatchObject({ intent: 'group_difference', metric: 'avg_participants', groupBy: 'format', groups: ['online', 'in_person'] })
  })
})
