// Japanese (and a few English) forms of questions the intents already answer: the groups a change is said of
// (件数が減った公館), the largest event with its particle dropped, the average of the same year (同年度の平均,
// "that year's average"), "among the events" (事業のうち), months with zero events, 今年度に入ってから, the cost of
// one event (事業費用が最も多くかかった事業). Phrasings of our own.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('forms of the intents', () => {
  it.each([
    ['件数が減った公館は？（2021年度と2022年度の比較）', { intent: 'group_change', groupBy: 'office', show: 'moved', direction: 'drop' }],
    ['2020年度から2021年度にかけて参加者数が増えた州', { intent: 'group_change', groupBy: 'state', show: 'moved', direction: 'rise', metric: 'participants' }],
    ['一番参加者多かったイベントってどれ？', { intent: 'largest_event', order: 'largest' }],
    ["How many FY2021 events drew fewer participants than that year's average?", { intent: 'above_average', direction: 'below', filters: { period: fy(2021) } }],
    ['2021年度の事業のうち、参加者数が同年度の平均を上回った事業は何件でしょうか。', { intent: 'above_average', direction: 'above', filters: { period: fy(2021) } }],
    ['2021年度の事業のうち、参加者数が平均を上回った事業は何件', { intent: 'above_average', direction: 'above', filters: { period: fy(2021) } }],
    ['今年度に入ってから、事業がゼロだった月は何か月ございますか。', { intent: 'empty_months', answer: 'count', filters: { period: { kind: 'fy_relative', offset: 0 } } }],
    ['2021年度において、事業費用が最も多くかかった事業はどれでしょうか。', { intent: 'largest_event', by: 'cost', order: 'largest', filters: { period: fy(2021) } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it('still asks which figure when two are named after 事業のうち', () => {
    expect(parse('2022年度の事業のうち、件数と参加者数は？').kind).toBe('clarify')
  })

  it('names a change with no groups said ("件数が減った公館" with no periods is not a comparison)', () => {
    expect(parse('件数が減った公館').kind).not.toBe('query')
  })
})
