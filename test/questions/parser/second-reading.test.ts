// What a second reading of this work found, each a question that got a wrong or broader figure, each now answered
// exactly or named: のため inside a noun phrase, a topic in a clause of purpose, "before the Tokyo visit" (a time, not
// an aside), a greeting that was a modifier ("Morning events"), "with and without" answered with one side, a change
// asked of a condition against the rest, three groups lumped into one side, どれ after two groups, a count asked
// beside 事業名, a glossed part after a bare year.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

const noFigure = (q: string) => expect(parse(q).kind, q).not.toBe('query')

describe('clauses that may carry a condition keep their words', () => {
  it('names のため inside a noun phrase and a topic in a clause of purpose', () => {
    for (const q of ['子供のための事業は何件？', '高齢者のための事業の参加者数', '日本語教育の観点から、事業の件数', '環境問題を扱う観点から、2022年度の参加者数', '大学生向けでございまして、2022年度の件数', 'アニメ関連に関心がありますので、2022年度の件数']) noFigure(q)
  })

  it('names "before the Tokyo visit" and a greeting word that modifies ("Morning events")', () => {
    noFigure('How many events did we hold before the Tokyo visit?')
    noFigure('Morning events in FY2022?')
    expect(query('Morning! How many events in FY2022?')).toMatchObject({ metric: 'events', filters: { period: fy(2022) } })
  })
})

describe('a condition against the rest, exactly', () => {
  it('gives both sides of "with and without" (it gave the "without" side alone)', () => {
    expect(query('Events with and without partners in FY2022')).toMatchObject({ intent: 'versus_rest', metric: 'events', filters: { period: fy(2022) }, condition: { withoutPartner: true } })
    expect(query('Average attendance with and without a partner')).toMatchObject({ intent: 'versus_rest', metric: 'avg_participants' })
  })

  it('names a change asked of it, three groups, and "and others"', () => {
    for (const q of ['Year-on-year increase in attendance, JETRO events vs everything else, FY2022', 'オンライン事業とハイブリッド事業とそれ以外の件数', 'How many events did we run with JETRO and others?']) noFigure(q)
  })
})

describe('other forms the new rules reached', () => {
  it('does not answer "which of two states" with one event', () => {
    const r = parse('テキサス州とオハイオ州で、参加者が最も多かったのはどれ？')
    expect(r.kind === 'query' && r.query.intent === 'largest_event').toBe(false)
    expect(query('テーマ別で一番参加者が多かったのはどれ')).toMatchObject({ intent: 'metric', groupBy: 'theme', top: 1 })
  })

  it('names 事業名 beside a count, a glossed part after a bare year, and a ranking by 事業数 that sums participants', () => {
    for (const q of ['2022年度の件数と事業名を教えて', '2022年第2四半期（7月〜9月）の件数', '事業数上位5公館の参加者数合計']) noFigure(q)
  })

  it('still compares two fiscal years written side by side', () => {
    expect(query('Compare FY2021 FY2022 events')).toMatchObject({ intent: 'compare', periods: [fy(2021), fy(2022)] })
  })
})

describe('a ranking by one measure with the other figure asked around it', () => {
  it('names "how many events did the top 3 states by attendance run" and "participants in the 3 states with the most events"', () => {
    for (const q of ['How many events did the top 3 states by attendance run?', 'Number of events in the 3 states with the highest turnout', 'Total participants in the 3 states with the most events']) noFigure(q)
  })

  it('still ranks by the one measure asked', () => {
    expect(query('the 3 states with the most events')).toMatchObject({ metric: 'events', groupBy: 'state', top: 3 })
    expect(query('top 5 states by participants in FY2022')).toMatchObject({ metric: 'participants', groupBy: 'state', top: 5 })
  })
})
