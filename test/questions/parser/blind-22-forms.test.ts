// Forms a fresh blind set (blind-22) answered with a wrong figure, each as a kind with our own phrasings beside the
// set's: a running total of partners by year (累計 beside 年度別, which no running total of partners gives),
// 暦年別 (a breakdown by calendar year, which no query has, once read as the calendar years' total), より after a
// fiscal year before a word of change (2021年度に2020年度より増えた: "than", not "from"), a month in each fiscal
// year, 今年と去年 compared (fiscal or calendar years?), and a fiscal year that has not begun.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

const noFigure = (q: string) => expect(parse(q).kind, q).not.toBe('query')

describe('words that once widened or changed the question', () => {
  it('names 累計 beside a yearly breakdown of partners, and 暦年別 / "by calendar year"', () => {
    for (const q of ['年度別 連携団体数 累計。', 'cumulative number of partner organisations by fiscal year', '暦年別 延べ参加者数（2018年～2022年）。', 'participants by calendar year, 2018-2022', '暦年ごとの件数']) noFigure(q)
  })

  it('reads より after a fiscal year before a word of change as "than"', () => {
    const q = query('州別に見て、2021年度に2020年度より事業が増えた州は。')
    expect(q).toMatchObject({ intent: 'group_change', groupBy: 'state', periods: [fy(2020), fy(2021)] })
    expect(query('2020年度より2021年度の方が件数が多い公館は？')).toMatchObject({ intent: 'period_difference', subject: 'office', periods: [fy(2021), fy(2020)], op: 'more' })
    // より as "from" stays an open range
    expect(query('2020年度より後の件数')).toMatchObject({ filters: { period: { kind: 'fy', from: 2021 } } })
  })

  it('reads a month in each fiscal year as that month of every year, broken down by fiscal year', () => {
    expect(query('how many events in each fiscal year were in December?')).toMatchObject({ intent: 'metric', groupBy: 'fiscal_year', filters: { months: [12] } })
    expect(query('events in March by fiscal year')).toMatchObject({ intent: 'metric', groupBy: 'fiscal_year', filters: { months: [3] } })
  })

  it('asks back when this year and last year are compared (fiscal or calendar years)', () => {
    for (const q of ['今年と去年の件数を比較してください。', 'compare this year and last year: events']) {
      const r = parse(q)
      expect(r.kind, q).toBe('clarify')
      if (r.kind === 'clarify') {
        expect(r.options.map((o) => o.query)).toContainEqual(expect.objectContaining({ intent: 'compare', periods: [{ kind: 'fy_relative', offset: -1 }, { kind: 'fy_relative', offset: 0 }] }))
        expect(r.options.map((o) => o.query)).toContainEqual(expect.objectContaining({ intent: 'compare', periods: [{ kind: 'dates', from: '2022-01-01', to: '2022-12-31' }, { kind: 'dates', from: '2023-01-01', to: '2023-12-31' }] }))
      }
    }
  })

  it('gives no figure for a period that has not begun on the as-of date', () => {
    for (const q of ['how many events will there be in FY2024?', 'events in FY2025', '2024年度の件数', 'participants in 2024-05']) {
      const r = parse(q)
      expect(r, q).toMatchObject({ kind: 'unknown', reason: 'future' })
    }
    // the running year is no future
    expect(query('events in FY2023')).toMatchObject({ filters: { period: fy(2023) } })
  })
})

describe('a date written with slashes, month or day first', () => {
  it('reads 8/15/2022 and 15/8/2022 (one reading: a month has no day 13 or more) and never takes one as a division', () => {
    expect(query('events on 8/15/2022')).toMatchObject({ filters: { period: { kind: 'dates', from: '2022-08-15', to: '2022-08-15' } } })
    expect(query('how many events since 8/15/2022?')).toMatchObject({ filters: { period: { kind: 'dates_since', from: '2022-08-15' } } })
    expect(query('events from 4/1/2022 to 9/30/2022')).toMatchObject({ filters: { period: { kind: 'dates', from: '2022-04-01', to: '2022-09-30' } } })
    expect(query('events since 25/12/2021')).toMatchObject({ filters: { period: { kind: 'dates_since', from: '2021-12-25' } } })
  })

  it('names a date that reads as two days (10/1/2022: October 1 or January 10?)', () => {
    for (const q of ['how many events since 10/1/2022?', 'how many events before 6/1/2017']) {
      expect(parse(q), q).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    }
  })
})

describe('an English noun of a breakdown inside Japanese', () => {
  it('reads officeごと, fiscal year別, stateごと, monthごと as the Japanese cues', () => {
    expect(query('Midwestのeventsをfiscal year別に出してもらえますか')).toMatchObject({ metric: 'events', groupBy: 'fiscal_year', filters: { regions: ['midwest'] } })
    expect(query('officeごとのevent数')).toMatchObject({ metric: 'events', groupBy: 'office' })
    expect(query('stateごとのparticipants')).toMatchObject({ metric: 'participants', groupBy: 'state' })
    expect(query('FY2022のeventsをregion別に')).toMatchObject({ metric: 'events', groupBy: 'region' })
    expect(query('JETROとeventをやったofficeはいくつ？')).toMatchObject({ metric: 'offices_active', filters: { partner: 'JETRO' } })
  })

  it('leaves an office named in English as the office ("Houston officeの件数")', () => {
    expect(query('Houston officeの件数')).toMatchObject({ filters: { offices: ['houston'] } })
  })
})

describe('words of change a deputy director writes', () => {
  it('reads 伸ばした, 落とした and 落ち込んだ as a rise or a drop, and にかけて / どれだけ around a range', () => {
    expect(query('2018年度→2019年度で件数を伸ばした公館はどこか。')).toMatchObject({ intent: 'group_change', groupBy: 'office', show: 'moved', direction: 'rise', periods: [fy(2018), fy(2019)] })
    expect(query('2022年度に前年度比で最も件数を落とした公館は。')).toMatchObject({ intent: 'group_change', groupBy: 'office', show: 'largest', direction: 'drop', periods: [fy(2021), fy(2022)] })
    expect(query('網羅州数は2021年度から2022年度にかけてどれだけ増減しましたか。')).toMatchObject({ intent: 'compare', metric: 'states_covered', periods: [fy(2021), fy(2022)] })
  })
})
