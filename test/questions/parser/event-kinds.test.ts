// The rule parser on events by their own shape: the number of themes of an event, events lasting exactly N
// days, and the average duration of an event in days — each read exactly in English and Japanese; a count the
// filters cannot hold ("more than two themes", テーマが3つ以上) and a duration of something else get no figure.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'

const ALL = { kind: 'all' as const }
const events = (filters: object) => ({ intent: 'metric', metric: 'events', filters: { period: ALL, ...filters } })

describe('the number of themes of an event', () => {
  it.each([
    ['how many events were tagged with more than one theme?', { themeCount: { gte: 2 } }],
    ['テーマが2つ以上設定されている事業の数', { themeCount: { gte: 2 } }],
    ['複数のテーマが設定されている事業は何件？', { themeCount: { gte: 2 } }],
    ['events with exactly one theme', { themeCount: { gte: 1, lte: 1 } }],
    ['テーマが1つだけの事業の件数', { themeCount: { gte: 1, lte: 1 } }],
    ['events with at least one theme', { themeCount: { gte: 1 } }],
  ] as const)('%s', (q, f) => {
    expect(query(q)).toEqual(events(f))
  })

  it('keeps the period and other filters beside it', () => {
    expect(query('how many FY2022 online events had more than one theme?')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2022), formats: ['online'], themeCount: { gte: 2 } } })
  })

  it.each(['how many events had more than two themes?', 'テーマが3つ以上の事業', 'events with more than one theme and no theme'])('gives no figure for %s', (q) => {
    expect(parse(q).kind).toBe('unknown')
  })
})

describe('events lasting exactly N days', () => {
  it.each([
    ['How many events lasted exactly two days?', { days: { gte: 2, lte: 2 } }],
    ['ちょうど2日間の事業は何件？', { days: { gte: 2, lte: 2 } }],
    ['events lasting exactly 3 days', { days: { gte: 3, lte: 3 } }],
    ['開催期間がちょうど3日の事業', { days: { gte: 3, lte: 3 } }],
    // a length with no bound word in English is that length: "lasting 2 days", "two-day events"
    ['events lasting 2 days', { days: { gte: 2, lte: 2 } }],
    ['how many two-day events?', { days: { gte: 2, lte: 2 } }],
    ['how many 3-day programs?', { days: { gte: 3, lte: 3 } }],
  ] as const)('%s', (q, f) => {
    expect(query(q)).toEqual(events(f))
  })

  it('gives no figure for a day count with no "exactly" in Japanese, or two different counts', () => {
    expect(parse('2日間の事業は何件？').kind).toBe('unknown')
    expect(parse('events lasting exactly two days and more than 3 days').kind).toBe('unknown')
    // "over 2 days" is a bound, never also read as exactly 2
    expect(query('events lasting over 2 days')).toEqual(events({ days: { gt: 2 } }))
  })
})

describe('any number of partners', () => {
  it.each([
    ['events with exactly two partner organisations', { partnerCount: { gte: 2, lte: 2 } }],
    ['パートナーがちょうど2団体の事業は何件？', { partnerCount: { gte: 2, lte: 2 } }],
    ['how many events had more than two partners?', { partnerCount: { gte: 3 } }],
    ['events with at least 4 partners', { partnerCount: { gte: 4 } }],
    ['events with at most two partners', { partnerCount: { lte: 2 } }],
    ['パートナーが3団体以上の事業', { partnerCount: { gte: 3 } }],
  ] as const)('%s', (q, f) => {
    expect(query(q)).toEqual(events(f))
  })

  it('gives no figure for 「パートナーが2団体の事業」 without ちょうど, or exactly one and exactly two at once', () => {
    expect(parse('パートナーが2団体の事業').kind).toBe('unknown')
    expect(parse('events with exactly one partner and exactly two partners').kind).toBe('unknown')
  })
})

describe('the average duration of an event (event_stat avg_days)', () => {
  it.each([
    ["What's the average duration of our events in days?", ALL, undefined],
    ['事業の平均開催日数', ALL, undefined],
    ['2022年度の1事業あたりの平均日数', fy(2022), undefined],
    ['average number of days per event by office', ALL, 'office'],
    ['2021年度の開催日数の平均', fy(2021), undefined],
  ] as const)('%s', (q, period, groupBy) => {
    expect(query(q)).toEqual({ intent: 'event_stat', stat: 'avg_days', filters: { period }, ...(groupBy ? { groupBy } : {}) })
  })

  it.each(['average duration of participants', 'total duration of events in days', '平均参加者数と平均開催日数', 'average duration of the longest event'])('gives no figure for %s', (q) => {
    expect(parse(q).kind).toBe('unknown')
  })
})
