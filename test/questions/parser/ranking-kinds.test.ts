// The rule parser on rankings' places and the partner on the most events: "ranked second", 2番目に多い, 第2位
// become a ranked_place query (the groups at that place), in English and Japanese; a place with a top N,
// fewest, another figure or a single event gets no figure, and "second" stays a quarter or half elsewhere.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'


describe('the N-th place of a ranking (ranked_place)', () => {
  it('reads the place, the figure, the dimension and the period in both languages', () => {
    const cases: [string, 'events' | 'participants', string, number, object][] = [
      ['Which office ranked second by number of events in FY2021?', 'events', 'office', 2, fy(2021)],
      ['2020年度に件数が2番目に多かった公館', 'events', 'office', 2, fy(2020)],
      ['the third largest state by participants', 'participants', 'state', 3, { kind: 'all' }],
      ['which office placed 4th by events in FY2019?', 'events', 'office', 4, fy(2019)],
      ['2022年度に参加者数が3番目に多い州', 'participants', 'state', 3, fy(2022)],
      ['2021年度の件数で第5位の州は？', 'events', 'state', 5, fy(2021)],
    ]
    for (const [q, metric, groupBy, place, period] of cases) {
      expect(query(q), q).toEqual({ intent: 'ranked_place', metric, groupBy, place, filters: { period } })
    }
  })

  it('keeps the filters of the question', () => {
    expect(query('which state ranked second by events for the Chicago consulate in FY2022?')).toMatchObject({ intent: 'ranked_place', place: 2, groupBy: 'state', filters: { offices: ['chicago'], period: fy(2022) } })
  })

  it('gives no figure for a place it cannot rank', () => {
    for (const q of ['top 3 states ranked second', 'which office ranked second by average participants?']) {
      const r = parse(q)
      expect(r.kind, q).toBe('unknown')
    }
  })

  it('reads the N-th single event as top_events, not a ranking of groups', () => {
    for (const q of ['the second largest event', '2番目に大きい事業']) expect(query(q), q).toEqual({ intent: 'top_events', filters: { period: { kind: 'all' } }, order: 'largest', place: 2 })
  })

  it('counts a place from the fewest when the ordinal says so, in both languages', () => {
    for (const q of ['which office had the second fewest events?', '参加者数が2番目に少ない州']) expect(query(q), q).toMatchObject({ intent: 'ranked_place', place: 2, fewest: true })
    expect(query('which office had the second most events?')).not.toHaveProperty('fewest')
  })

  it('still reads "second" as a quarter or half of a fiscal year', () => {
    expect(query('events in the second quarter of FY2021 by office')).toMatchObject({ intent: 'metric', groupBy: 'office', filters: { period: { kind: 'fy_part', fy: 2021, part: 'q2' } } })
    expect(query('participants in the second half of FY2022')).toMatchObject({ intent: 'metric', metric: 'participants', filters: { period: { kind: 'fy_part', fy: 2022, part: 'h2' } } })
  })
})

describe('the partner on the most events (distinct_partners, top 1)', () => {
  it('reads the phrasings in both languages', () => {
    for (const q of ['Which partner organisation appears on the most events?', '一番多くの事業で連携しているパートナー団体は？', 'Which partners appear on the most events?', 'which partner was involved in the most events?', '最も多く連携したパートナー組織は？']) {
      expect(query(q), q).toEqual({ intent: 'distinct_partners', filters: { period: { kind: 'all' } }, top: 1 })
    }
    expect(query('Which partner appeared on the most events in FY2022?')).toEqual({ intent: 'distinct_partners', filters: { period: fy(2022) }, top: 1 })
  })
})

describe('the N largest events added up (top_events_total)', () => {
  it('reads N, the period and the filters in both languages', () => {
    expect(query("What's the combined attendance of our 10 largest events ever?")).toEqual({ intent: 'top_events_total', filters: { period: { kind: 'all' } }, n: 10 })
    expect(query('参加者上位10事業の参加者数の合計')).toEqual({ intent: 'top_events_total', filters: { period: { kind: 'all' } }, n: 10 })
    expect(query('total participants of the five biggest events in FY2021')).toEqual({ intent: 'top_events_total', filters: { period: fy(2021) }, n: 5 })
    expect(query('2022年度のオンライン事業で参加者数が多い上位3件の事業の参加者数の合計')).toEqual({ intent: 'top_events_total', filters: { period: fy(2022), formats: ['online'] }, n: 3 })
  })
  it('gives no figure for another statistic of the N largest', () => {
    expect(parse('参加者上位10事業の参加者数の平均').kind).toBe('unknown')
    expect(parse('combined attendance of our 10 largest events and the number of events').kind).toBe('unknown')
  })
})

describe('events above or below the average (above_average)', () => {
  it('reads the direction and the one period in both languages', () => {
    expect(query('how many events drew more people than the FY2022 average?')).toEqual({ intent: 'above_average', filters: { period: fy(2022) }, direction: 'above' })
    expect(query('2021年度の平均を上回る参加者数だった2021年度の事業は何件？')).toEqual({ intent: 'above_average', filters: { period: fy(2021) }, direction: 'above' })
    expect(query('How many FY2022 events had below-average attendance?')).toEqual({ intent: 'above_average', filters: { period: fy(2022) }, direction: 'below' })
    expect(query('2022年度に参加者数が平均を下回った事業は何件？')).toEqual({ intent: 'above_average', filters: { period: fy(2022) }, direction: 'below' })
  })
  it('gives no figure when the average is of another period', () => {
    const r = parse('how many FY2022 events drew more people than the FY2021 average?')
    expect(r).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })
})

describe('the months with no event (empty_months)', () => {
  it('reads how many or which months, the period and the filters in both languages', () => {
    expect(query('How many months of FY2022 had no events at all?')).toEqual({ intent: 'empty_months', filters: { period: fy(2022) }, answer: 'count' })
    expect(query('今年度、事業が1件もなかった月は何か月ありますか')).toEqual({ intent: 'empty_months', filters: { period: { kind: 'fy_relative', offset: 0 } }, answer: 'count' })
    expect(query('which months had no events in FY2019?')).toEqual({ intent: 'empty_months', filters: { period: fy(2019) }, answer: 'list' })
    expect(query('2020年度に事業がなかった月はいつですか')).toEqual({ intent: 'empty_months', filters: { period: fy(2020) }, answer: 'list' })
    expect(query('how many months in FY2022 had no events in Texas?')).toEqual({ intent: 'empty_months', filters: { period: fy(2022), states: ['TX'] }, answer: 'count' })
  })
  it('gives no figure for weeks or for months with few events', () => {
    for (const q of ['how many weeks of FY2022 had no events?', 'how many months had fewer than 3 events in FY2022?', '事業が1件もなかった週は何週ありますか', '2021年度に事業が少なかった月は何か月']) expect(parse(q).kind, q).toBe('unknown')
  })
})

describe('events by recording date (recorded_events)', () => {
  it('reads the recording period after (before) its cue and the lag, in both languages', () => {
    expect(query('How many events were entered into the system during calendar 2022?')).toEqual({ intent: 'recorded_events', filters: { period: { kind: 'all' } }, recorded: { kind: 'dates', from: '2022-01-01', to: '2022-12-31' } })
    expect(query('2023年に入ってから登録された事業の件数（登録日ベース）')).toEqual({ intent: 'recorded_events', filters: { period: { kind: 'all' } }, recorded: { kind: 'dates_since', from: '2023-01-01' } })
    expect(query('How many events were logged more than 10 days after they took place?')).toEqual({ intent: 'recorded_events', filters: { period: { kind: 'all' } }, lagDays: { gt: 10 } })
    expect(query('実施日から1週間以上たってから登録された事業は何件？')).toEqual({ intent: 'recorded_events', filters: { period: { kind: 'all' } }, lagDays: { gte: 7 } })
    expect(query('how many FY2022 events were logged at least 2 weeks after they took place?')).toEqual({ intent: 'recorded_events', filters: { period: fy(2022) }, lagDays: { gte: 14 } })
  })
  it('keeps "recorded in" as the event date, and gives no figure for other lags or figures', () => {
    expect(query('how many events were recorded in calendar 2022?')).toMatchObject({ intent: 'metric', filters: { period: { kind: 'dates', from: '2022-01-01', to: '2022-12-31' } } })
    for (const q of ['how many events and participants were entered during calendar 2022?', 'how many events were logged more than 2 months after they took place?', '実施日から2か月以上たってから登録された事業は何件？']) expect(parse(q).kind, q).toBe('unknown')
  })
})

describe('the fiscal year with the largest drop or rise from the year before (year_change)', () => {
  it('reads the figure and the direction in both languages', () => {
    expect(query('Which fiscal year saw the biggest drop in events compared with the year before?')).toEqual({ intent: 'year_change', metric: 'events', filters: { period: { kind: 'all' } }, direction: 'drop' })
    expect(query('前年度からの件数の減少が最も大きかった年度')).toEqual({ intent: 'year_change', metric: 'events', filters: { period: { kind: 'all' } }, direction: 'drop' })
    expect(query('参加者数の前年度からの増加が最も大きかった年度はどこですか')).toEqual({ intent: 'year_change', metric: 'participants', filters: { period: { kind: 'all' } }, direction: 'rise' })
    expect(query('which fiscal year had the largest increase in participants over the previous year since FY2019?')).toEqual({ intent: 'year_change', metric: 'participants', filters: { period: { kind: 'fy', from: 2019 } }, direction: 'rise' })
  })
  it('gives no figure for a month, a state or a share', () => {
    for (const q of ['which month saw the biggest drop in events compared with the month before?', 'which state saw the biggest drop in events compared with the year before?', '前月からの件数の減少が最も大きかった月']) expect(parse(q).kind, q).toBe('unknown')
  })
})
