// Terse nominal Japanese, as a 課長補佐 writes a memo's headings (体言止め): 事業未実施の公館, R3年度実施・R4年度未実施の州,
// 両年度とも事業実施の州, 10件以上実施の州, 毎年度欠かさず事業実施の州 — the same queries as their verb forms
// (事業がなかった公館, 実施し…実施しなかった州, 両方で実施した州, 10件以上実施した州, 毎年度実施した州).
import { describe, expect, it } from 'vitest'
import { fy, query } from './read.ts'

describe('nominal forms of places with and without events', () => {
  it('reads 事業未実施の公館 / 州 after a period', () => {
    expect(query('2022年10月～12月 事業未実施の公館。')).toMatchObject({ intent: 'offices_without_events', filters: { period: { kind: 'dates', from: '2022-10-01', to: '2022-12-31' } } })
    expect(query('2022年度 事業未実施の公館')).toMatchObject({ intent: 'offices_without_events', filters: { period: fy(2022) } })
    expect(query('令和3年度 事業未実施の州')).toMatchObject({ intent: 'uncovered_states', filters: { period: fy(2021) } })
  })

  it('reads X年度実施・Y年度未実施 as the places of one period and not the other', () => {
    expect(query('R3年度実施・R4年度未実施の州。')).toMatchObject({ intent: 'period_difference', subject: 'state', periods: [fy(2021), fy(2022)], op: 'difference' })
    expect(query('2021年度実施、2022年度未実施の公館')).toMatchObject({ intent: 'period_difference', subject: 'office', periods: [fy(2021), fy(2022)], op: 'difference' })
  })

  it('reads 両年度とも事業実施の州 as the places of both periods', () => {
    expect(query('R3・R4両年度とも事業実施の州 州数。')).toMatchObject({ intent: 'period_difference', subject: 'state', periods: [fy(2021), fy(2022)], op: 'both', answer: 'count' })
  })

  it('reads N件以上実施の州 and 毎年度欠かさず実施の州', () => {
    expect(query('R3年度 10件以上実施の州。')).toMatchObject({ intent: 'states_with_min_events', min: 10, subject: 'state', filters: { period: fy(2021) } })
    expect(query('毎年度欠かさず事業実施の州 何州。')).toMatchObject({ intent: 'states_with_min_events', min: 1, everyFiscalYear: true, answer: 'count' })
    expect(query('毎年度欠かさず事業を実施した州は何州')).toMatchObject({ intent: 'states_with_min_events', min: 1, everyFiscalYear: true, answer: 'count' })
  })
})
