// Regressions for the walkthrough's worst problem: a question the rules did not understand was answered
// with a confident figure for ANOTHER question (the grand total, the event count, a list of 3). Each family
// is checked with several phrasings in English and Japanese; the rule is general, not sentence-specific.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { parseResultSchema, type ParseResult, type Period } from '../../../src/questions/query.ts'

const asOf = '2023-08-15' // FY2023
const parse = (q: string, at = asOf): ParseResult => parseResultSchema.parse(parseQuestion(q, { asOf: at }))
function query(q: string, at = asOf): Extract<ParseResult, { kind: 'query' }> {
  const r = parse(q, at)
  if (r.kind !== 'query') throw new Error(`expected a query for ${q}, got ${JSON.stringify(r)}`)
  return r
}
function expectUnknown(qs: readonly string[], reason: 'not_understood' | 'out_of_scope'): void {
  for (const q of qs) expect(parse(q), q).toEqual({ kind: 'unknown', reason })
}

describe('bug: a single event superlative was answered with the grand total or the event count', () => {
  it('does not understand single-event rankings no query has (by something other than participants, or a top N)', () => {
    expectUnknown(
      [
        'which seminar drew the most people last FY?',
        'top 5 events',
        '上位3件の事業',
        'the highest number of participants',
        '最大の参加者数',
        'the most successful event',
        'our most popular event in FY2022',
        'biggest events in FY2022',
        'the largest event and the smallest event',
      ],
      'not_understood',
    )
  })

  it('answers the largest / smallest single event by participants, exactly (largest_event)', () => {
    const cases: [string, 'largest' | 'smallest', Period, string[]?][] = [
      ['最も参加者が多かった事業は？', 'largest', { kind: 'all' }],
      ['参加者数が一番多いイベントを教えて', 'largest', { kind: 'all' }],
      ['一番大きなイベント', 'largest', { kind: 'all' }],
      ['令和4年度の最大規模の案件は', 'largest', { kind: 'fy', from: 2022, to: 2022 }],
      ['最も参加者が少なかった事業', 'smallest', { kind: 'all' }],
      ['what was the largest event in FY2022?', 'largest', { kind: 'fy', from: 2022, to: 2022 }],
      ['biggest event', 'largest', { kind: 'all' }],
      ['the event with the most participants', 'largest', { kind: 'all' }],
      ['our most attended event in Texas', 'largest', { kind: 'all' }, ['TX']],
    ]
    for (const [q, order, period, states] of cases) {
      expect(query(q).query, q).toEqual({ intent: 'largest_event', order, filters: { period, ...(states ? { states } : {}) } })
    }
  })

  it('keeps "which state / office / region / theme … most" as the breakdown with top 1', () => {
    const cases: [string, string][] = [
      ['最も参加者が多かった事業のある州は？', 'unknown'],
      ['which state had the most events?', 'state'],
      ['which office had the most participants in FY2022', 'office'],
      ['最も参加者が多かった地域は？', 'region'],
      ['which theme had the most events', 'theme'],
      ['事業件数が最も多い公館はどこですか', 'office'],
      ['最も多くの事業を実施した州', 'state'],
      ['参加者数が最大の州', 'state'],
      ['which event type had the most participants', 'activity_type'],
      ['最も件数が多い事業分野は', 'activity_type'],
    ]
    for (const [q, dim] of cases) {
      const r = parse(q)
      if (dim === 'unknown') {
        // A single event named with the superlative stays a question about one event: 州 is named, never a breakdown.
        expect(r.kind, q).toBe('unknown')
        continue
      }
      if (r.kind !== 'query' || r.query.intent !== 'metric') throw new Error(`expected a breakdown for ${q}: ${JSON.stringify(r)}`)
      expect(r.query.groupBy, q).toBe(dim)
      expect(r.query.top, q).toBe(1)
    }
  })

  it('reads "fewest" with a dimension as the smallest group and without one as not understood', () => {
    const r = query('which region has the fewest events?')
    expect(r.query).toMatchObject({ intent: 'metric', groupBy: 'region', top: 1, fewest: true })
    expectUnknown(['the fewest participants ever', '参加者が最少だったのは？'], 'not_understood')
    // "at least one" is no superlative.
    expect(query('how many offices have held at least one event?').query).toMatchObject({ metric: 'offices_active' })
  })
})

describe('bug: ratios, shares and percentages were answered with plain counts', () => {
  it('does not understand a ratio of two things, or a share it cannot tell the part of', () => {
    // a ratio of two values of one filter is the ratio intent (both figures and their ratio), never a plain count
    for (const q of ['ratio of online to in-person events', 'online to in-person ratio', 'オンラインと対面の比率']) {
      const r = parseQuestion(q, { asOf: '2023-08-15' })
      expect(r.kind === 'query' && r.query.intent, q).toBe('ratio')
    }
    for (const q of ['events per participant ratio', 'ratio of online to in-person to hybrid events', 'オンライン事業の何倍']) {
      expect(parseQuestion(q, { asOf: '2023-08-15' }).kind, q).toBe('unknown')
    }
    // a share with no condition (the period is never one), or of two values of one filter: the share words are named
    for (const q of ['what share of events were in FY2022?', 'オンラインと対面の割合', 'what proportion of events were in FY2022?']) {
      const r = parseQuestion(q, { asOf: '2023-08-15' })
      expect(r.kind, q).toBe('unknown')
    }
    // "proportion" is "share": one condition (hybrid) is the part, all participants the whole
    const hybrid = parseQuestion('what proportion of participants came to hybrid events', { asOf: '2023-08-15' })
    expect(hybrid.kind === 'query' && hybrid.query).toEqual({ intent: 'share', of: 'participants', filters: { period: { kind: 'all' } }, condition: { formats: ['hybrid'] } })
  })

  it('answers a share of one condition as a share, never as the plain count', () => {
    const share = (condition: object, of = 'events', period: object = { kind: 'all' }) => ({ intent: 'share', of, filters: { period }, condition })
    const cases: [string, object][] = [
      ['オンライン開催の割合', share({ formats: ['online'] })],
      ['オンラインの比率は？', share({ formats: ['online'] })],
      ['オンラインは何割？', { ...share({ formats: ['online'] }), wari: true }],
      ['対面開催が占める割合（2022年度）', share({ formats: ['in_person'] }, 'events', { kind: 'fy', from: 2022, to: 2022 })],
      ['中西部のシェア', share({ regions: ['midwest'] })],
      ['カバー率は', { intent: 'share', of: 'states', filters: { period: { kind: 'all' } } }],
      ['percentage of online events in FY2022', share({ formats: ['online'] }, 'events', { kind: 'fy', from: 2022, to: 2022 })],
      ['share of events in the Midwest', share({ regions: ['midwest'] })],
      ['what fraction of events were online?', share({ formats: ['online'] })],
      ['online events as a % of all events', share({ formats: ['online'] })],
    ]
    for (const [q, expected] of cases) expect(query(q).query, q).toEqual(expected)
  })
})

describe('bug: "the last 3 years" was dropped or read as "the last 3 events"', () => {
  const range = (from: number, to: number): Period => ({ kind: 'fy', from, to })
  /** The periods of a question back's options (each a complete query). */
  const optionPeriods = (q: string, asOf?: string): Period[] => {
    const r = parseQuestion(q, { asOf: asOf ?? '2023-08-15' })
    if (r.kind !== 'clarify') throw new Error(`expected a question back for ${q}, got ${JSON.stringify(r)}`)
    return r.options.map((o) => o.query.filters.period)
  }

  it('asks which N years: the N fiscal years up to this one (in progress), the N whole ones before, or 12×N months', () => {
    const months = (n: number): Period => ({ kind: 'recent', n, unit: 'months' })
    const cases: [string, Period[]][] = [
      ['過去3年間の件数', [range(2021, 2023), range(2020, 2022), months(36)]],
      ['直近3年度の参加者数', [range(2021, 2023), range(2020, 2022)]],
      ['ここ2年の件数', [range(2022, 2023), range(2021, 2022), months(24)]],
      ['過去五年間の参加者数', [range(2019, 2023), range(2018, 2022), months(60)]],
      ['events in the last 3 years', [range(2021, 2023), range(2020, 2022), months(36)]],
      ['participants in the past three fiscal years', [range(2021, 2023), range(2020, 2022)]],
      ['how many events over the previous 5 FYs?', [range(2019, 2023), range(2018, 2022)]],
    ]
    for (const [q, periods] of cases) expect(optionPeriods(q), q).toEqual(periods)
  })

  it('takes the current fiscal year from asOf (April starts a new fiscal year)', () => {
    expect(optionPeriods('過去3年度の件数', '2024-03-31')[0]).toEqual(range(2021, 2023))
    expect(optionPeriods('過去3年度の件数', '2024-04-01')[0]).toEqual(range(2022, 2024))
  })

  it('keeps the filters and breakdowns of the question in every option', () => {
    const r = parseQuestion('過去5年間の州別件数', { asOf: '2023-08-15' })
    expect(r.kind).toBe('clarify')
    if (r.kind === 'clarify') for (const o of r.options) expect(o.query).toMatchObject({ intent: 'metric', groupBy: 'state' })
    const ohio = parseQuestion('events in Ohio over the past two fiscal years', { asOf: '2023-08-15' })
    expect(ohio.kind === 'clarify' ? ohio.options.map((o) => o.query.filters) : ohio).toEqual([
      { period: range(2022, 2023), states: ['OH'] },
      { period: range(2021, 2022), states: ['OH'] },
    ])
  })

  it('keeps "the last 3 events" / 直近3件 a list length', () => {
    for (const q of ['the last 3 events', '直近3件', 'show me the latest 3 events', '直近3件の事業を見せて']) {
      const r = query(q)
      expect(r.query, q).toMatchObject({ intent: 'list_events', limit: 3, filters: { period: { kind: 'all' } } })
    }
  })
})

describe('bug: requests to change data were answered with a count', () => {
  it('refuses to delete, add or update events as out of scope', () => {
    expectUnknown(
      [
        'delete all events',
        'remove the Chicago events',
        'please add an event in Ohio',
        'update participants to 500',
        'can you change the Boston seminar participants to 120',
        'erase FY2020 events',
        '事業を削除して',
        'シカゴ総の案件を全部消して',
        '2022年度の事業を追加してください',
        '参加者数を500人に変更して',
        'この事業を登録して',
      ],
      'out_of_scope',
    )
  })

  it('still answers questions that only look like commands', () => {
    expect(query('any update on events in Texas?').query).toMatchObject({ metric: 'events', filters: { states: ['TX'] } })
    expect(query('add up the participants in Texas').query).toMatchObject({ metric: 'participants' })
  })
})

describe('bug: a measure or operation no query expresses was dropped from the question', () => {
  it('does not understand maxima, minima, spreads, or a growth rate with no single year', () => {
    expectUnknown(['maximum participants', 'the minimum attendance', '延べ参加者数の最大値', 'standard deviation of participants'], 'not_understood')
    // a rate of change with no single year to compare with the one before: the words are named
    for (const [q, words] of [
      ['growth rate of events since FY2019', ['growth', 'rate']],
      ['件数の伸び率', ['伸び率']],
      ['参加者数の増加率は？', ['増加率']],
    ] as const) {
      const r = parseQuestion(q, { asOf: '2023-08-15' })
      expect(r.kind === 'unknown' && r.reason === 'unused_words' ? r.words : r, q).toEqual(words)
    }
  })

  it('answers the median of participants per event', () => {
    for (const q of ['median participants', 'median attendance per event in FY2022', '参加者数の中央値']) expect(query(q).query.intent, q).toBe('median_participants')
    expect(parse('median events per month')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['median'] })
  })

  it('keeps what the queries do express: 推移 (by FY), average, compare', () => {
    expect(query('日本食PRイベントの参加者数の推移').query).toMatchObject({ metric: 'participants', groupBy: 'fiscal_year' })
    expect(query('average participants per event in FY2022').query).toMatchObject({ metric: 'avg_participants' })
    expect(query('compare events in FY2021 and FY2022').query.intent).toBe('compare')
    expect(query('2022年度の件数の前年度比').query).toMatchObject({ intent: 'compare', asPercent: true })
  })
})
