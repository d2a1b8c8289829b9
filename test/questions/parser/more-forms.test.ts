// More forms of what the intents answer: the verb form of the year with the largest drop, entries into the
// system, an office other than X, a place not touched, a calendar year said not to be fiscal, the asker's work
// (report stuff, a gap to flag), no city recorded in casual Japanese, 差って, regions that lost attendance, a
// format's share said tersely, a share of events with several themes, 連携したパートナー団体の数, a per-state average
// with its denominator said. Phrasings of our own.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('more forms', () => {
  it.each([
    ['in which fiscal year did our event count fall the most compared with the prior fiscal year?', { intent: 'year_change', metric: 'events', direction: 'drop' }],
    ['how many events did we enter into the system in calendar 2022 (by entry date, not event date)?', { intent: 'recorded_events', recorded: { kind: 'dates', from: '2022-01-01', to: '2022-12-31' } }],
    ['2023年1月以降にシステムへ登録された事業（実施日ではなく登録日ベース）は何件でしょうか。', { intent: 'recorded_events', recorded: { kind: 'dates_since', from: '2023-01-01' } }],
    ['2022年度のパートナー数の最大値（1事業あたり）', { intent: 'event_stat', stat: 'max_partners', filters: { period: fy(2022) } }],
    ['How many events in Tennessee were organised by an office other than Nashville?', { filters: { states: ['TN'], exclude: { offices: ['nashville'] } } }],
    ['Events in the South that did not touch DC, FY2022?', { filters: { regions: ['south'], exclude: { states: ['DC'] }, period: fy(2022) } }],
    ['how many of our events were held online in calendar year 2020? my boss said calendar, not fiscal', { filters: { formats: ['online'], period: { kind: 'dates', from: '2020-01-01', to: '2020-12-31' } } }],
    ['How many events did we have between April and June 2022? sorry, quarterly report stuff', { intent: 'metric', filters: { period: { kind: 'dates', from: '2022-04-01', to: '2022-06-30' } } }],
    ['which months of this fiscal year have had no events so far? I want to flag the gap', { intent: 'empty_months', answer: 'list' }],
    ['開催都市が記録されてない事業、2022年度だと何件？', { filters: { withoutCity: true, period: fy(2022) } }],
    ['カリフォルニア州とニューヨーク州の参加者数の差ってどれくらい？', { intent: 'group_difference', metric: 'participants', groups: ['CA', 'NY'] }],
    ['Which US regions lost attendance between FY2020 and FY2021?', { intent: 'group_change', groupBy: 'region', show: 'moved', direction: 'drop', metric: 'participants' }],
    ['online share FY2021', { intent: 'share', condition: { formats: ['online'] }, filters: { period: fy(2021) } }],
    ['Share of FY2021 events tagged with more than one theme.', { intent: 'share', condition: { themeCount: { gte: 2 } } }],
    ['これまでに連携したパートナー団体の数をご教示ください。', { intent: 'distinct_partners' }],
    ['Per-state average number of events in FY2021 (50 states as denominator).', { intent: 'average_events', per: 'state' }],
    ['Average events per office in FY2022 (all 16 offices in the denominator).', { intent: 'average_events', per: 'office' }],
    ['How many events has the consulate in Houston held in the Lone Star State?', { filters: { offices: ['houston'], states: ['TX'] } }],
    ['Any events in the Aloha State in FY2020? How many?', { filters: { states: ['HI'], period: fy(2020) } }],
    ['How many events have you done in the Windy City?', { filters: { city: 'chicago' } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // a denominator that is not the one the average uses
    'Average events per office in FY2022 (all 12 offices in the denominator).',
    // "share" as a verb
    'how many events share office and start date with another event?',
    // a bare "not fiscal" beside no calendar year
    'how many events in FY2021, not fiscal?',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })
})
