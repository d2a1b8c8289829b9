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
  it('is the filter after "were" in English and after のうち in Japanese; the rest is the whole', () => {
    for (const q of ["what share of Chicago's events were online?", 'シカゴ総領事館の事業のうちオンラインの割合']) {
      expect(queryOf(q), q).toMatchObject({ intent: 'share', of: 'events', filters: { offices: ['chicago'] }, condition: { formats: ['online'] } })
    }
    expect(queryOf('what share of online events were held by the Chicago consulate?')).toMatchObject({ filters: { formats: ['online'] }, condition: { offices: ['chicago'] } })
  })

  it('is asked back when nothing tells which filter it is', () => {
    const r = parsed('2022年度のシカゴ総領事館のオンライン事業の割合')
    if (r.kind !== 'clarify') throw new Error('clarify expected')
    expect(r.options.map((o) => (o.query.intent === 'share' ? Object.keys(o.query.condition ?? {}) : []))).toEqual([['offices'], ['formats']])
    expect(r.options.map((o) => o.label.ja)).toEqual(['在シカゴ総領事館の割合', '実施形態「オンライン」の割合'])
  })

  it('is never the period, and never two values of one filter', () => {
    expect(parsed('what share of events were in FY2022?')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['what share of'] })
    expect(parsed('オンラインと対面の比率')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['比率'] })
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
