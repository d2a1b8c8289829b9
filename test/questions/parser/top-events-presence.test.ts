// The rule parser on the N largest (smallest) single events and the N-th event (top_events), in English and
// Japanese, by participants or recorded cost; "top N events" with no measure, another measure and words pulling
// both ways get no figure. And the presence filters: a summary, an end date or a title recorded or left blank,
// read in any intent that takes filters; a field read both ways, or a title in another language, gets none.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'

const ALL = { kind: 'all' } as const

describe('the N largest events and the N-th event (top_events)', () => {
  it('reads a top N list in both languages', () => {
    const cases: [string, object][] = [
      ['top 5 events by participants in FY2022', { n: 5, order: 'largest', filters: { period: fy(2022) } }],
      ['the 3 smallest events', { n: 3, order: 'smallest', filters: { period: ALL } }],
      ['bottom 3 events by attendance', { n: 3, order: 'smallest', filters: { period: ALL } }],
      ['the 3 most expensive events in FY2022', { n: 3, order: 'largest', by: 'cost', filters: { period: fy(2022) } }],
      ['the five cheapest events', { n: 5, order: 'smallest', by: 'cost', filters: { period: ALL } }],
      ['参加者数上位5件の事業', { n: 5, order: 'largest', filters: { period: ALL } }],
      ['2022年度の参加者数が少ない順に3件の事業', { n: 3, order: 'smallest', filters: { period: fy(2022) } }],
      ['2021年度の費用が多い上位3件の事業', { n: 3, order: 'largest', by: 'cost', filters: { period: fy(2021) } }],
    ]
    for (const [q, expected] of cases) expect(query(q), q).toEqual({ intent: 'top_events', ...expected })
  })

  it('reads the N-th event in both languages', () => {
    const cases: [string, object][] = [
      ['the second largest event in FY2022', { place: 2, order: 'largest', filters: { period: fy(2022) } }],
      ['which event had the third most participants?', { place: 3, order: 'largest', filters: { period: ALL } }],
      ['the 2nd smallest event', { place: 2, order: 'smallest', filters: { period: ALL } }],
      ['the second most expensive event', { place: 2, order: 'largest', by: 'cost', filters: { period: ALL } }],
      ['2022年度に参加者数が2番目に多かった事業', { place: 2, order: 'largest', filters: { period: fy(2022) } }],
      ['参加者数が三番目に少なかった事業', { place: 3, order: 'smallest', filters: { period: ALL } }],
      ['費用が2番目に多くかかった事業', { place: 2, order: 'largest', by: 'cost', filters: { period: ALL } }],
    ]
    for (const [q, expected] of cases) expect(query(q), q).toEqual({ intent: 'top_events', ...expected })
  })

  it('keeps the filters of the question', () => {
    expect(query('the 3 largest events held by the Houston consulate in FY2022')).toEqual({ intent: 'top_events', n: 3, order: 'largest', filters: { period: fy(2022), offices: ['houston'] } })
    expect(query('the 3 largest online events in Texas in FY2022')).toEqual({ intent: 'top_events', n: 3, order: 'largest', filters: { period: fy(2022), states: ['TX'], formats: ['online'] } })
    expect(query('the second largest Texas event')).toEqual({ intent: 'top_events', place: 2, order: 'largest', filters: { period: ALL, states: ['TX'] } })
    expect(query('テキサス州で参加者数が2番目に多かった事業')).toEqual({ intent: 'top_events', place: 2, order: 'largest', filters: { period: ALL, states: ['TX'] } })
  })

  it('gives no figure for a top N with no measure, another measure, words pulling both ways or a second figure', () => {
    for (const q of [
      'top 5 events',
      '上位3件の事業',
      'top 5 events by partners',
      'the 3 largest events by duration',
      'the 5 largest events by cost',
      'the 3 most successful events',
      'the top 5 most popular events',
      '参加者数上位5件の事業と件数',
      'top 5 events and their total participants',
      'the 200th largest event',
      'the 3 largest events by participants and the total',
      '参加者上位10事業の平均',
    ]) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })

  it('leaves the group rankings and the sum of the N largest as they were', () => {
    expect(query('top 5 states by events')).toMatchObject({ intent: 'metric', groupBy: 'state', top: 5 })
    expect(query('the second largest office')).toMatchObject({ intent: 'ranked_place', place: 2 })
    expect(query('total participants of the top 5 events')).toMatchObject({ intent: 'top_events_total', n: 5 })
    expect(query('参加者数上位5件の事業の合計')).toMatchObject({ intent: 'top_events_total', n: 5 })
  })
})

describe('presence filters', () => {
  it('reads a summary, an end date and titles recorded or left blank, in both languages', () => {
    const cases: [string, object][] = [
      ['how many events with no summary in FY2022', { summaryRecorded: false, period: fy(2022) }],
      ['how many events have a summary recorded?', { summaryRecorded: true, period: ALL }],
      ['events whose summary was left blank', { summaryRecorded: false, period: ALL }],
      ['概要が未記入の事業は何件ですか', { summaryRecorded: false, period: ALL }],
      ['how many events have no end date?', { endDateRecorded: false, period: ALL }],
      ['2022年度に終了日が入力されている事業の件数', { endDateRecorded: true, period: fy(2022) }],
      ['how many events have a Japanese title but no English title?', { titleJaRecorded: true, titleEnRecorded: false, period: ALL }],
      ['英語タイトルが未入力の事業は何件ですか', { titleEnRecorded: false, period: ALL }],
      ['日本語タイトルはあるが英語タイトルが未入力の事業は何件ですか', { titleJaRecorded: true, titleEnRecorded: false, period: ALL }],
    ]
    for (const [q, filters] of cases) expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters })
  })

  it('carries the filters into other intents', () => {
    expect(query('list the events with no end date in FY2022')).toMatchObject({ intent: 'list_events', filters: { endDateRecorded: false } })
    expect(query('終了日が未入力の事業の延べ参加者数は？')).toMatchObject({ intent: 'metric', metric: 'participants', filters: { endDateRecorded: false } })
    expect(query('the largest event with no summary in FY2022')).toMatchObject({ intent: 'largest_event', filters: { summaryRecorded: false } })
    expect(query('events with no summary by office')).toMatchObject({ groupBy: 'office', filters: { summaryRecorded: false } })
    expect(query('what share of FY2022 events had no summary')).toEqual({ intent: 'share', of: 'events', filters: { period: fy(2022) }, condition: { summaryRecorded: false } })
    expect(query('2022年度の事業のうち概要が未記入の事業の割合')).toEqual({ intent: 'share', of: 'events', filters: { period: fy(2022) }, condition: { summaryRecorded: false } })
  })

  it('gives no figure for a field read both ways, a title in another language or no title at all', () => {
    for (const q of ['events with no summary and a summary', 'how many events with no French title', 'how many events have no title', '概要とタイトルが未記入の事業']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})
