// Periods in questions: quarters and halves of fiscal years, open ends (inclusive/exclusive), rolling windows,
// era calendar dates, ranges with every tilde and dash; malformed ones are named, never given a figure.
import { describe, expect, it } from 'vitest'
import { fyPartDates, recentFrom, resolvePeriod } from '../../../src/questions/execute/periods.ts'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import type { Period } from '../../../src/questions/slots.ts'

const asOf = '2023-08-15'
const periodOf = (q: string, at = asOf): unknown => {
  const r = parseQuestion(q, { asOf: at })
  expect(r.kind, `${q}: ${JSON.stringify(r)}`).toBe('query')
  return r.kind === 'query' && 'filters' in r.query ? r.query.filters.period : undefined
}

describe('quarters and halves of a fiscal year (FY from April 1)', () => {
  const cases: [string, Period][] = [
    ['events in Q2 of FY2021', { kind: 'fy_part', fy: 2021, part: 'q2' }],
    ['FY2022 Q1 events', { kind: 'fy_part', fy: 2022, part: 'q1' }],
    ['FY22 Q4 participants', { kind: 'fy_part', fy: 2022, part: 'q4' }],
    ['events in the third quarter of FY2021', { kind: 'fy_part', fy: 2021, part: 'q3' }],
    ['2021年度第3四半期の件数', { kind: 'fy_part', fy: 2021, part: 'q3' }],
    ['2021年度の第一四半期の件数', { kind: 'fy_part', fy: 2021, part: 'q1' }],
    ['令和4年度上半期の件数', { kind: 'fy_part', fy: 2022, part: 'h1' }],
    ['2022年度下期の件数', { kind: 'fy_part', fy: 2022, part: 'h2' }],
    ['events in the first half of FY2022', { kind: 'fy_part', fy: 2022, part: 'h1' }],
    ['H2 FY2022 events', { kind: 'fy_part', fy: 2022, part: 'h2' }],
    ['今年度第1四半期の件数', { kind: 'fy_part_relative', offset: 0, part: 'q1' }],
    ['昨年度の上期の件数', { kind: 'fy_part_relative', offset: -1, part: 'h1' }],
    ['Q3 of last FY events', { kind: 'fy_part_relative', offset: -1, part: 'q3' }],
  ]
  for (const [q, p] of cases) it(q, () => expect(periodOf(q)).toEqual(p))

  it('a quarter with no year is the latest one begun by the as-of date, stated as an assumption', () => {
    // as of 2023-08-15: FY2023 Q1 (Apr–Jun 2023) has begun, FY2023 Q3 (Oct–Dec 2023) has not
    expect(parseQuestion('第1四半期の件数', { asOf })).toMatchObject({ kind: 'query', assumptions: ['latest_fy_part'], query: { filters: { period: { kind: 'fy_part_relative', offset: 0, part: 'q1' } } } })
    expect(parseQuestion('events in Q3', { asOf })).toMatchObject({ kind: 'query', assumptions: ['latest_fy_part'], query: { filters: { period: { kind: 'fy_part_relative', offset: -1, part: 'q3' } } } })
    expect(periodOf('events in Q3', '2023-10-01')).toEqual({ kind: 'fy_part_relative', offset: 0, part: 'q3' })
  })

  it('the dates of each part: Q4 is January–March of the next calendar year, H2 October–March', () => {
    expect(fyPartDates(2021, 'q1')).toEqual({ from: '2021-04-01', to: '2021-06-30' })
    expect(fyPartDates(2021, 'q2')).toEqual({ from: '2021-07-01', to: '2021-09-30' })
    expect(fyPartDates(2021, 'q3')).toEqual({ from: '2021-10-01', to: '2021-12-31' })
    expect(fyPartDates(2021, 'q4')).toEqual({ from: '2022-01-01', to: '2022-03-31' })
    expect(fyPartDates(2022, 'h1')).toEqual({ from: '2022-04-01', to: '2022-09-30' })
    expect(fyPartDates(2022, 'h2')).toEqual({ from: '2022-10-01', to: '2023-03-31' })
  })
})

describe('open ends: since/以降 include the day, after excludes it, before/より前 exclude it, until/まで/以前 include it', () => {
  const cases: [string, Period][] = [
    ['events since 2022-07-01', { kind: 'dates_since', from: '2022-07-01' }],
    ['2022年7月1日以降の件数', { kind: 'dates_since', from: '2022-07-01' }],
    ['2022年7月1日以後の件数', { kind: 'dates_since', from: '2022-07-01' }],
    ['events after 2022-07-01', { kind: 'dates_since', from: '2022-07-02' }],
    ['events since August 2022', { kind: 'dates_since', from: '2022-08-01' }],
    ['events after August 2022', { kind: 'dates_since', from: '2022-09-01' }],
    ['2021年10月以降の件数', { kind: 'dates_since', from: '2021-10-01' }],
    ['2022年7月からの件数', { kind: 'dates_since', from: '2022-07-01' }],
    ['events before 2022-07-01', { kind: 'dates_until', to: '2022-06-30' }],
    ['2022年8月より前の件数', { kind: 'dates_until', to: '2022-07-31' }],
    ['events until June 2022', { kind: 'dates_until', to: '2022-06-30' }],
    ['events up to 2022-06-30', { kind: 'dates_until', to: '2022-06-30' }],
    ['2022年6月までの件数', { kind: 'dates_until', to: '2022-06-30' }],
    ['2022年6月以前の件数', { kind: 'dates_until', to: '2022-06-30' }],
    ['2022年以降の件数', { kind: 'dates_since', from: '2022-01-01' }],
    ['events before calendar year 2022', { kind: 'dates_until', to: '2021-12-31' }],
    ['令和4年5月以降の件数', { kind: 'dates_since', from: '2022-05-01' }],
    ['events since Q2 of FY2021', { kind: 'dates_since', from: '2021-07-01' }],
    ['events before FY2019', { kind: 'fy', from: 1989, to: 2018 }],
    ['2019年度より前の件数', { kind: 'fy', from: 1989, to: 2018 }],
    ['events after FY2019', { kind: 'fy', from: 2020 }],
    ['2019年度より後の件数', { kind: 'fy', from: 2020 }],
    ['2019年度以前の件数', { kind: 'fy', from: 1989, to: 2019 }],
    ['2019年度以後の件数', { kind: 'fy', from: 2019 }],
    ['events since FY2017', { kind: 'fy', from: 2017 }],
  ]
  for (const [q, p] of cases) it(q, () => expect(periodOf(q)).toEqual(p))

  it('"from" with no end opens a range from a day; before a month it keeps the month, as "from FY2022" keeps the year', () => {
    expect(periodOf('events from 2022-07-01')).toEqual({ kind: 'dates_since', from: '2022-07-01' })
    expect(periodOf('events from 2022-07-01 to 2022-07-31')).toEqual({ kind: 'dates', from: '2022-07-01', to: '2022-07-31' })
    expect(periodOf('events from May 2022')).toEqual({ kind: 'dates', from: '2022-05-01', to: '2022-05-31' })
  })

  it('two open-end words that disagree are named, never read one way', () => {
    expect(parseQuestion('events since 2022-07-01まで', { asOf }).kind).toBe('unknown')
  })
})

describe('rolling windows ending at the as-of date, kept relative in the query', () => {
  const cases: [string, Period][] = [
    ['events in the last 60 days', { kind: 'recent', n: 60, unit: 'days' }],
    ['events in the past 2 weeks', { kind: 'recent', n: 2, unit: 'weeks' }],
    ['participants over the last three months', { kind: 'recent', n: 3, unit: 'months' }],
    ['過去3か月の件数', { kind: 'recent', n: 3, unit: 'months' }],
    ['直近6ヶ月間の件数', { kind: 'recent', n: 6, unit: 'months' }],
    ['過去2週間の件数', { kind: 'recent', n: 2, unit: 'weeks' }],
    ['過去30日間の件数', { kind: 'recent', n: 30, unit: 'days' }],
  ]
  for (const [q, p] of cases) it(q, () => expect(periodOf(q)).toEqual(p))

  it('the same question parses to the same query whatever the as-of date', () => {
    expect(periodOf('過去3か月の件数', '2020-01-31')).toEqual(periodOf('過去3か月の件数', '2023-08-15'))
  })

  it('resolves to the window ending at the as-of date, inclusive', () => {
    expect(recentFrom('2023-08-15', 60, 'days')).toBe('2023-06-17')
    expect(recentFrom('2023-08-15', 1, 'days')).toBe('2023-08-15')
    expect(recentFrom('2023-08-15', 2, 'weeks')).toBe('2023-08-02')
    expect(recentFrom('2023-08-15', 3, 'months')).toBe('2023-05-16')
    expect(recentFrom('2023-01-31', 1, 'months')).toBe('2023-01-01')
    expect(recentFrom('2023-03-31', 1, 'months')).toBe('2023-03-01')
    expect(resolvePeriod({ kind: 'recent', n: 3, unit: 'months' }, '2023-08-15', null).resolved).toMatchObject({ from: '2023-05-16', to: '2023-08-15', fiscalYears: null })
  })
})

describe('era calendar dates (令和 from 2019-05-01; 平成31年 is 2019-01-01..2019-04-30)', () => {
  const cases: [string, Period][] = [
    ['令和4年5月の件数', { kind: 'dates', from: '2022-05-01', to: '2022-05-31' }],
    ['平成31年4月30日の件数', { kind: 'dates', from: '2019-04-30', to: '2019-04-30' }],
    ['R4年6月の件数', { kind: 'dates', from: '2022-06-01', to: '2022-06-30' }],
    ['R4.6の件数', { kind: 'dates', from: '2022-06-01', to: '2022-06-30' }],
    ['令和元年5月の件数', { kind: 'dates', from: '2019-05-01', to: '2019-05-31' }],
    ['令和元年の件数', { kind: 'dates', from: '2019-05-01', to: '2019-12-31' }],
    ['平成31年の件数', { kind: 'dates', from: '2019-01-01', to: '2019-04-30' }],
    ['H30年の件数', { kind: 'dates', from: '2018-01-01', to: '2018-12-31' }],
    ['令和4年度の件数', { kind: 'fy', from: 2022, to: 2022 }],
    ['R4年度の件数', { kind: 'fy', from: 2022, to: 2022 }],
  ]
  for (const [q, p] of cases) it(q, () => expect(periodOf(q)).toEqual(p))
})

describe('ranges with every tilde and dash', () => {
  const april2022 = { kind: 'dates', from: '2022-04-01', to: '2022-06-30' }
  for (const q of [
    '2022年4月~6月の件数',
    '2022年4月〜6月の件数',
    '2022年4月～6月の件数',
    '2022年4月-6月の件数',
    // the first 月 left out before the range
    '2022年4〜6月の件数',
    '2022年4~6月の件数',
    '2022年4-6月の件数',
    '2022年4月から2022年6月までの件数',
    '2022/4〜2022/6の件数',
    '2022/4~2022/6の件数',
    '令和4年4月〜6月の件数',
    '令和4年4〜6月の件数',
    '令和4年4月から令和4年6月までの件数',
    'events April–June 2022',
    'events April—June 2022',
    'events from April to June 2022',
    'events 2022-04 to 2022-06',
    'events 2022-04 through 2022-06',
  ]) {
    it(q, () => expect(periodOf(q)).toEqual(april2022))
  }
})

describe('malformed periods are named, never given a figure', () => {
  for (const q of [
    'events in Q5 of FY2022',
    'Q5 FY2022 events',
    '2022年度第5四半期の件数',
    '第5四半期の件数',
    '令和0年の件数',
    '令和0年5月の件数',
    '平成32年の件数',
    'H32年の件数',
    '2022年13月の件数',
    '2022/13の件数',
    '令和元年4月の件数',
    '平成31年5月の件数',
    '2022年2月30日の件数',
    'events in the last 0 days',
    // a quarter next to a bare year may be the calendar quarter: with another period it cannot be asked back
    'Q2 2022 vs Q2 2021 events',
    // a quarter with no year in a question naming another fiscal year
    'Q2 events compared with FY2021',
  ]) {
    it(q, () => {
      const r = parseQuestion(q, { asOf })
      expect(r.kind, `${q}: ${JSON.stringify(r)}`).toBe('unknown')
    })
  }
})

describe('a quarter or half next to a bare year is asked back: the fiscal one or the calendar one', () => {
  for (const [q, fyPart, calendar] of [
    ['events in Q2 2022', { kind: 'fy_part', fy: 2022, part: 'q2' }, { kind: 'dates', from: '2022-04-01', to: '2022-06-30' }],
    ['2022年第3四半期の件数', { kind: 'fy_part', fy: 2022, part: 'q3' }, { kind: 'dates', from: '2022-07-01', to: '2022-09-30' }],
    ['participants in H2 2021', { kind: 'fy_part', fy: 2021, part: 'h2' }, { kind: 'dates', from: '2021-07-01', to: '2021-12-31' }],
    ['2020年上半期の件数', { kind: 'fy_part', fy: 2020, part: 'h1' }, { kind: 'dates', from: '2020-01-01', to: '2020-06-30' }],
  ] as const) {
    it(q, () => {
      const r = parseQuestion(q, { asOf })
      if (r.kind !== 'clarify') throw new Error(`${q}: ${JSON.stringify(r)}`)
      expect(r.options.map((o) => ('filters' in o.query ? o.query.filters.period : undefined))).toEqual([fyPart, calendar])
      expect(r.options[1]?.label.ja).toMatch(/^\d{4}年(?:第\d四半期|上半期|下半期)（\d{4}年\d{1,2}月〜\d{1,2}月）$/)
    })
  }
})

describe('a quarter or half said to be of a calendar year', () => {
  const dates = (from: string, to: string) => ({ kind: 'dates', from, to })
  for (const [q, p] of [
    ['events in Q3 of calendar 2021', dates('2021-07-01', '2021-09-30')],
    ['events in calendar Q4 2020', dates('2020-10-01', '2020-12-31')],
    ['participants in CY2021 H1', dates('2021-01-01', '2021-06-30')],
    ['events in the second half of calendar year 2019', dates('2019-07-01', '2019-12-31')],
    ['暦年2021年の第3四半期の件数', dates('2021-07-01', '2021-09-30')],
    ['2020年（暦年）下半期の件数', dates('2020-07-01', '2020-12-31')],
  ] as const) {
    it(q, () => expect(periodOf(q)).toEqual(p))
  }
})
