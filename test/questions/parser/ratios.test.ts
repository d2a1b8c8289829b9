// Ratio words (src/questions/parser/ratios.ts): which filter is the condition of a share, when to ask back,
// and the change in percent leading a comparison.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../../src/questions/answer.ts'
import type { ComparisonResult } from '../../../src/questions/execute.ts'
import type { Query } from '../../../src/questions/query.ts'
import { parseQuestion } from '../../../src/questions/parser/index.ts'

const asOf = '2023-08-15'
const parsed = (q: string) => parseQuestion(q, { asOf })
const queryOf = (q: string): Query => {
  const r = parsed(q)
  if (r.kind !== 'query') throw new Error(`${q}: ${JSON.stringify(r)}`)
  return r.query
}

describe('the condition of a share', () => {
  it('may be a condition on the event itself: multi-state, participants over N, weekends, days, no theme, no partner, jurisdiction', () => {
    const fy = (y: number) => ({ kind: 'fy', from: y, to: y })
    const cases: Array<[string, object, object]> = [
      ['what share of FY2022 events were on weekends?', { period: fy(2022) }, { weekdays: ['sat', 'sun'] }],
      ['2022年度の事業のうち土日に実施したものの割合', { period: fy(2022) }, { weekdays: ['sat', 'sun'] }],
      ['what share of participants in FY2021 came from multi-state events?', { period: fy(2021) }, { stateCount: { gte: 2 } }],
      ['2021年度の延べ参加者数のうち複数州にまたがる事業の割合', { period: fy(2021) }, { stateCount: { gte: 2 } }],
      ['2020年度の事業で参加者数が1万人を超えたものの割合', { period: fy(2020) }, { participantCount: { gt: 10000 } }],
      ['what percentage of events lasted more than one day?', { period: { kind: 'all' } }, { days: { gte: 2 } }],
      ['テーマ未設定の事業の割合は？', { period: { kind: 'all' } }, { withoutTheme: true }],
      ['what share of FY2021 events had no partner?', { period: fy(2021) }, { withoutPartner: true }],
      ["what share of events were held outside the office's jurisdiction?", { period: { kind: 'all' } }, { outsideJurisdiction: true }],
      ['管轄外の州で実施した事業の割合', { period: { kind: 'all' } }, { outsideJurisdiction: true }],
    ]
    for (const [q, filters, condition] of cases) {
      const got = queryOf(q)
      expect(got, q).toMatchObject({ intent: 'share', filters, condition })
      if (got.intent === 'share') expect(Object.keys(got.condition ?? {}), q).toEqual(Object.keys(condition))
    }
    // with an office too, the anchor tells which is the part: Chicago's events, the weekend ones
    expect(queryOf("what share of Chicago's FY2022 events were on weekends?")).toMatchObject({ filters: { offices: ['chicago'] }, condition: { weekdays: ['sat', 'sun'] } })
  })

  it('is the filter after "were" in English and after のうち in Japanese; the rest is the whole', () => {
    for (const q of ["what share of Chicago's events were online?", 'シカゴ総領事館の事業のうちオンラインの割合']) {
      expect(queryOf(q), q).toMatchObject({ intent: 'share', of: 'events', filters: { offices: ['chicago'] }, condition: { formats: ['online'] } })
    }
    expect(queryOf('what share of online events were held by the Chicago consulate?')).toMatchObject({ filters: { formats: ['online'] }, condition: { offices: ['chicago'] } })
  })

  it('is asked back when nothing tells which filter it is', () => {
    const r = parsed('2022年度のシカゴ総領事館のベストプラクティス事業の割合')
    if (r.kind !== 'clarify') throw new Error('clarify expected')
    expect(r.options.map((o) => (o.query.intent === 'share' ? Object.keys(o.query.condition ?? {}) : []))).toEqual([['offices'], ['bestPractice']])
    expect(r.options.map((o) => o.label.ja)).toEqual(['在シカゴ総領事館の割合', 'ベストプラクティスの割合'])
  })

  it('is the format when one place and a format are named with no anchor (the place is the whole)', () => {
    for (const q of ['2022年度のシカゴ総領事館のオンライン事業の割合', 'シカゴ総のオンライン比率（2022年度）']) {
      expect(queryOf(q), q).toMatchObject({ intent: 'share', filters: { period: { kind: 'fy', from: 2022 }, offices: ['chicago'] }, condition: { formats: ['online'] } })
    }
    expect(queryOf('デトロイト総の2021年度のオンライン比率')).toMatchObject({ filters: { offices: ['detroit'] }, condition: { formats: ['online'] } })
    expect(queryOf('テキサス州の対面事業の割合')).toMatchObject({ filters: { states: ['TX'] }, condition: { formats: ['in_person'] } })
    // with an anchor, the place is the part: オンライン事業に占めるシカゴの割合
    expect(queryOf('オンライン事業に占めるシカゴ総領事館の割合')).toMatchObject({ filters: { formats: ['online'] }, condition: { offices: ['chicago'] } })
  })

  it('is never the period, and never two values of one filter', () => {
    expect(parsed('what share of events were in FY2022?')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['what share of'] })
    expect(parsed('オンラインと対面の割合')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['割合'] })
  })

  it('reads 網羅率 and "fraction of states" as a share of states, and 何割 with its 割', () => {
    expect(queryOf('2022年度の網羅率')).toEqual({ intent: 'share', of: 'states', filters: { period: { kind: 'fy', from: 2022, to: 2022 } } })
    expect(queryOf('what percentage of the 50 states did we reach last FY?')).toMatchObject({ intent: 'share', of: 'states', filters: { period: { kind: 'fy_relative', offset: -1 } } })
    expect(queryOf('ベストプラクティス事業は何割？')).toMatchObject({ intent: 'share', condition: { bestPractice: true }, wari: true })
  })
})

describe('a change in percent', () => {
  it('is the comparison with the percentage first, in both languages', () => {
    const q = queryOf('2022年度の件数の伸び率')
    expect(q).toMatchObject({ intent: 'compare', asPercent: true })
    const row = (key: string, value: number, from: string, to: string, fy: number) => ({
      key, value, events: value, participants: null, matchedEvents: value,
      period: { asked: { kind: 'fy' as const, from: fy, to: fy }, from, to, fiscalYears: { from: fy, to: fy } },
    })
    const result: ComparisonResult<Query> = {
      kind: 'comparison', query: q, filters: { period: { kind: 'all' } }, notes: [], metric: 'events', matchedEvents: 98,
      rows: [row('2021', 40, '2021-04-01', '2022-03-31', 2021), row('2022', 58, '2022-04-01', '2023-03-31', 2022)], difference: 18, changePercent: 45,
    }
    const a = renderAnswer({ question: '2022年度の件数の伸び率', result })
    expect(a.text.en.split('\n')[0]).toBe('Events: +45% from FY2021 to FY2022.')
    expect(a.text.ja.split('\n')[0]).toBe('実施件数は、2021年度（令和3年度）から2022年度（令和4年度）にかけて45%増加しました。')
  })

  it('names the rate with no single year to compare with the year before', () => {
    expect(parsed('growth rate of events')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })
})

describe('per-unit averages and medians', () => {
  it('reads each unit in both languages', () => {
    const cases: [string, string][] = [
      ['1か月あたりの平均件数', 'month'],
      ['月平均の件数', 'month'],
      ['average events per month in FY2022', 'month'],
      ['公館ごとの平均件数', 'office'],
      ['1公館当たりの件数', 'office'],
      ['average number of events per consulate', 'office'],
      ['州ごとの平均件数', 'state'],
      ['average events per state', 'state'],
    ]
    for (const [q, per] of cases) expect(queryOf(q), q).toMatchObject({ intent: 'average_events', per })
  })

  it('keeps "events per month" (no average) the breakdown by month, and 州ごとの件数 the breakdown by state', () => {
    expect(queryOf('events per month in FY2022')).toMatchObject({ intent: 'metric', groupBy: 'month' })
    expect(queryOf('州ごとの件数')).toMatchObject({ intent: 'metric', groupBy: 'state' })
  })
})

describe('a ratio of two figures', () => {
  it('takes the value named first as the numerator, in English and Japanese', () => {
    const online = { formats: ['online'] }
    const inPerson = { formats: ['in_person'] }
    expect(queryOf('ratio of online to in-person events in FY2021')).toEqual({ intent: 'ratio', of: 'events', filters: { period: { kind: 'fy', from: 2021, to: 2021 } }, numerator: online, denominator: inPerson })
    expect(queryOf('2021年度の対面とオンラインの件数の比率')).toMatchObject({ intent: 'ratio', of: 'events', numerator: inPerson, denominator: online })
    expect(queryOf('2022年度のオンライン事業の参加者数は対面事業の何倍？')).toMatchObject({ intent: 'ratio', of: 'participants', numerator: online, denominator: inPerson })
    expect(queryOf('how many times more online events than in-person events in FY2022?')).toMatchObject({ intent: 'ratio', numerator: online, denominator: inPerson })
    // the other filters are both sides' own
    expect(queryOf('2022年度のテキサス州の対面事業はオンライン事業の何倍ですか')).toMatchObject({ filters: { states: ['TX'] }, numerator: inPerson, denominator: online })
  })

  it('is refused with one value, three values, or a share word (割合 asks for a part)', () => {
    for (const q of ['ratio of online events in FY2021', 'ratio of online to in-person to hybrid events', 'オンライン事業の何倍', '対面とオンラインの割合']) {
      expect(parsed(q).kind, q).toBe('unknown')
    }
  })
})

describe('a share ranked by group', () => {
  it('reads highest / 最も高い as top 1 and lowest / 下位N as fewest', () => {
    const online = { formats: ['online'] }
    expect(queryOf('which office had the highest share of online events in FY2021?')).toMatchObject({ intent: 'share', condition: online, groupBy: 'office', top: 1 })
    expect(queryOf('オンライン比率が最も高かった年度は？')).toMatchObject({ intent: 'share', condition: online, groupBy: 'fiscal_year', top: 1 })
    expect(queryOf('which office had the lowest share of online events?')).toMatchObject({ groupBy: 'office', top: 1, fewest: true })
    expect(queryOf('2022年度のオンライン比率が低い公館　下位3')).toMatchObject({ groupBy: 'office', top: 3, fewest: true })
    // a breakdown cue alone is the unranked breakdown, as before
    expect(queryOf('公館別のオンライン比率')).not.toHaveProperty('top')
  })

  it('refuses a ranking with no direction', () => {
    expect(parsed('オンライン比率のランキング（公館別）').kind).toBe('unknown')
  })
})

describe('an average per fiscal year', () => {
  it('reads per fiscal year, 1年度あたり, 年度ごとの平均 and per office per fiscal year', () => {
    expect(queryOf('average number of events per fiscal year since FY2017')).toEqual({ intent: 'average_events', per: 'fiscal_year', filters: { period: { kind: 'fy', from: 2017 } } })
    expect(queryOf('1年度あたりの平均件数（2017〜2022年度）')).toMatchObject({ per: 'fiscal_year', filters: { period: { kind: 'fy', from: 2017, to: 2022 } } })
    expect(queryOf('average events per office per fiscal year, FY2017-FY2022')).toMatchObject({ per: 'office_fiscal_year' })
    expect(queryOf('1公館1年度あたりの平均件数')).toMatchObject({ per: 'office_fiscal_year' })
    for (const q of ['average events per year', '1年あたりの平均件数']) {
      expect(parsed(q), q).toMatchObject({ kind: 'query', query: { per: 'fiscal_year' }, assumptions: ['year_as_fiscal_year'] })
    }
  })

  it('refuses a period that is not whole fiscal years and a third unit', () => {
    for (const q of ['average events per fiscal year in calendar year 2022', 'average events per office per month', 'average participants per fiscal year']) expect(parsed(q).kind, q).toBe('unknown')
  })
})
