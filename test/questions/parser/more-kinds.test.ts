// The rule parser on the kinds of question added to the existing intents and slots: places with an event in
// both of two periods, … Each is read exactly in English and Japanese, and what differs from it by one word
// (a third period, no "both", a word no query uses) gets no figure.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'


describe('places with an event in both of two periods (period_difference, op both)', () => {
  it('reads the list and the count in both languages, the periods in the order asked', () => {
    const cases: [string, 'state' | 'office', 'list' | 'count', number, number][] = [
      ['how many states had events in both FY2021 and FY2022?', 'state', 'count', 2021, 2022],
      ['which states had an event in both FY2022 and FY2020', 'state', 'list', 2022, 2020],
      ['offices that hosted events in both FY2019 and FY2021', 'office', 'list', 2019, 2021],
      ['2021年度と2022年度の両方で実施した州の数', 'state', 'count', 2021, 2022],
      ['2021年度と2022年度の両方で実施した州', 'state', 'list', 2021, 2022],
      ['2019年度と2020年度のいずれも事業を実施した公館', 'office', 'list', 2019, 2020],
      ['2019年度と2020年度の両方で事業があった州は何州？', 'state', 'count', 2019, 2020],
    ]
    for (const [q, subject, answer, a, b] of cases) {
      expect(query(q), q).toEqual({ intent: 'period_difference', subject, filters: { period: { kind: 'all' } }, periods: [fy(a), fy(b)], op: 'both', answer })
    }
  })

  it('keeps the filters for both periods', () => {
    expect(query('which states in the Midwest had events in both FY2021 and FY2022?')).toMatchObject({ op: 'both', filters: { regions: ['midwest'] } })
  })

  it('reads 「…したけど…しなかった」 as the difference', () => {
    expect(query('2020年度には実施したけど2021年度には実施しなかった州')).toEqual({
      intent: 'period_difference',
      subject: 'state',
      filters: { period: { kind: 'all' } },
      periods: [fy(2020), fy(2021)],
      op: 'difference',
      answer: 'list',
    })
  })

  it('gives no figure without exactly two periods, or for "both" of two places', () => {
    for (const q of [
      'how many states had events in both FY2021 and FY2022 and FY2023?',
      'which states had events in both FY2021?',
      'how many states had events in both Texas and Ohio?',
      '2021年度から2022年度の両方で実施した州',
      '2021年度の両方で実施した州',
    ]) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('states or offices with exactly N events, or at most N (states_with_min_events with max)', () => {
  it('reads exactly N ("only one", "a single", 1件しか, ちょうど2件) in both languages, states or offices', () => {
    const cases: [string, number, 'state' | 'office', 'list' | 'count'][] = [
      ['which states have only ever had one event?', 1, 'state', 'list'],
      ['how many states had exactly 3 events?', 3, 'state', 'count'],
      ['states that held just one event', 1, 'state', 'list'],
      ['which consulates had only two events?', 2, 'office', 'list'],
      ['1件しか実施していない州は？', 1, 'state', 'list'],
      ['事業を2件だけ実施した州は何州？', 2, 'state', 'count'],
      ['1件のみの公館', 1, 'office', 'list'],
    ]
    for (const [q, n, subject, answer] of cases) {
      expect(query(q), q).toEqual({ intent: 'states_with_min_events', filters: { period: { kind: 'all' } }, min: n, max: n, subject, answer })
    }
  })

  it('asks back whether "at most N" / "fewer than N" / N件以下 / N件未満 takes in the places with none', () => {
    for (const [q, max] of [
      ['states with at most 2 events', 2],
      ['which states had fewer than 3 events?', 2],
      ['2件以下の州', 2],
      ['3件未満の州', 2],
    ] as const) {
      const r = parse(q)
      if (r.kind !== 'clarify') throw new Error(`expected a question back for ${q}`)
      expect(r.options.map((o) => o.query), q).toEqual([
        { intent: 'states_with_min_events', filters: { period: { kind: 'all' } }, min: 0, max, subject: 'state', answer: 'list' },
        { intent: 'states_with_min_events', filters: { period: { kind: 'all' } }, min: 1, max, subject: 'state', answer: 'list' },
      ])
    }
  })

  it('gives no figure for "only" on something else, a bound of zero, or two bounds', () => {
    for (const q of ['only 3 events in Texas?', 'which states had fewer than 1 event?', '0件しかない州', 'states with exactly one event and at least 5 events']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('states with their very first event in a fiscal year (first_time_states)', () => {
  it('reads "very first", "first ever", "saw their first" and 初めて / 初実施 with the fiscal year asked', () => {
    for (const [q, y] of [
      ['which states got their very first event in FY2018?', 2018],
      ['which states saw their first event in FY2018', 2018],
      ['states that hosted an event for the very first time in FY2020', 2020],
      ['2018年度に初めて実施した州', 2018],
      ['2019年度が初実施の州', 2019],
    ] as const) {
      expect(query(q), q).toEqual({ intent: 'first_time_states', filters: { period: fy(y) } })
    }
  })

  it('names what it cannot use: a first partner, a third fiscal year', () => {
    expect(parse('which states got their very first online partner in FY2018?')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    expect(parse('which states got their very first event in FY2018 and FY2019 and FY2020?')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })
})

describe('the busiest month, and a calendar month in every year (filters.months)', () => {
  it('reads the month with the most events of a fiscal year as the breakdown by month, top 1', () => {
    for (const q of ['2022年度で件数が最も多かった月は？', '2022年度に最も事業が多かった月', 'which month had the most events in FY2022?', '2022年度で一番件数が多い月はいつ？']) {
      expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2022) }, groupBy: 'month', top: 1 })
    }
  })

  it('reads a month with every year as a filter, each year / 各年度 as the breakdown by fiscal year', () => {
    expect(query('how many events in December across all years')).toEqual({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, months: [12] } })
    expect(query('毎年12月に実施した事業の件数')).toEqual({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, months: [12] } })
    expect(query('各年度の12月の件数')).toEqual({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, months: [12] }, groupBy: 'fiscal_year' })
    expect(query('participants in April of each year')).toEqual({ intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' }, months: [4] }, groupBy: 'fiscal_year' })
  })

  it('keeps a month with a year that month, and names a year next to "across all years"', () => {
    expect(query('2022年12月の件数')).toMatchObject({ filters: { period: { kind: 'dates', from: '2022-12-01', to: '2022-12-31' } } })
    expect(query('how many events in December')).toMatchObject({ filters: { period: { kind: 'dates' } } })
    expect(parse('how many events in December 2021 across all years')).toMatchObject({ kind: 'unknown' })
  })
})

describe('events without a partner, and events tagged with every one of two themes', () => {
  it('reads no partner in both languages', () => {
    for (const q of ['how many events had no partner at all', 'events without any partners', 'パートナーなしの案件は何件？', '連携団体がない事業の件数']) {
      expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, withoutPartner: true } })
    }
  })

  it('reads "both" with two themes as all of them, "and" alone as any of them', () => {
    const all = { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, allThemes: ['climate_energy', 'innovation_st'] } }
    expect(query('events tagged with both climate and innovation')).toEqual(all)
    expect(query('気候変動とイノベーションの両方がテーマの案件は何件？')).toEqual(all)
    expect(query('events on climate and innovation')).toEqual({ ...all, filters: { period: { kind: 'all' }, themes: ['climate_energy', 'innovation_st'] } })
    // the two themes side by side: "both" changes nothing
    expect(query('events tagged with both climate and innovation by theme')).toMatchObject({ groupBy: 'theme', filters: { themes: ['climate_energy', 'innovation_st'] } })
  })
})

describe('the partners named on the most events (distinct_partners with top)', () => {
  it('reads the top partner and a top N in both languages', () => {
    for (const [q, top] of [
      ['which partner shows up most often?', 1],
      ['the most frequent partner organisation', 1],
      ['which partner have we worked with the most', 1],
      ['top 5 partners', 5],
      ['最も多く連携したパートナー', 1],
      ['連携件数が最も多い団体は？', 1],
      ['連携件数の多いパートナー上位3団体', 3],
    ] as const) {
      expect(query(q), q).toEqual({ intent: 'distinct_partners', filters: { period: { kind: 'all' } }, top })
    }
  })

  it('gives no figure for partners ranked by participants, or a number of events asked of the top partner', () => {
    for (const q of ['top partners by participants', '最も多く連携したパートナーは何件？', 'which partner brought the most participants?']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('places with more (fewer) events in one fiscal year than in another (period_difference, op more / fewer)', () => {
  it('reads the period compared first and the baseline ("than", より) in both languages', () => {
    const cases: [string, 'more' | 'fewer', number, number, 'list' | 'count', 'state' | 'office'][] = [
      ['which states had more events in FY2021 than in FY2020?', 'more', 2021, 2020, 'list', 'state'],
      ['which states had fewer events in FY2020 than in FY2021?', 'fewer', 2020, 2021, 'list', 'state'],
      ['how many offices held more events in FY2022 than FY2021', 'more', 2022, 2021, 'count', 'office'],
      ['2020年度より2021年度の方が件数が多い州', 'more', 2021, 2020, 'list', 'state'],
      ['2021年度に2020年度より多く実施した州', 'more', 2021, 2020, 'list', 'state'],
      ['2021年度の件数が2020年度より少ない州は何州？', 'fewer', 2021, 2020, 'count', 'state'],
    ]
    for (const [q, op, a, b, answer, subject] of cases) {
      expect(query(q), q).toEqual({ intent: 'period_difference', subject, filters: { period: { kind: 'all' } }, periods: [fy(a), fy(b)], op, answer })
    }
  })

  it('gives no figure for participants, one period or three', () => {
    for (const q of [
      'which states had more participants in FY2021 than in FY2020?',
      'which states had more events than in FY2020?',
      'which states had more events in FY2021 than in FY2020 and FY2019?',
      '2020年度より件数が多い州',
    ]) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('small phrasings: two halves of one fiscal year, the latest or first event, bottom N つ, across all years, 始まった', () => {
  const h = (fy: number, part: string) => ({ kind: 'fy_part', fy, part })
  it('reads a part with no year joined to a part of the fiscal year as of that year', () => {
    for (const q of ['first half vs second half of FY2021, events', '上期と2021年度下期の件数']) {
      expect(query(q), q).toEqual({ intent: 'compare', metric: 'events', filters: { period: { kind: 'all' } }, periods: [h(2021, 'h1'), h(2021, 'h2')] })
    }
    // two fiscal years: which one the first part is of is not said
    expect(parse('Q1 vs Q2 of FY2021 and FY2022').kind).toBe('unknown')
  })

  it('lists the one latest (最後に実施された) or first event, "which one" used by it', () => {
    expect(query('最後に実施された事業はどれ')).toEqual({ intent: 'list_events', filters: { period: { kind: 'all' } }, limit: 1 })
    expect(query('first ever event in Wyoming - which one?')).toEqual({ intent: 'list_events', filters: { period: { kind: 'all' }, states: ['WY'] }, limit: 1, order: 'oldest' })
    // a count of them is no list: 最後に実施された事業の参加者数の割合 names its words
    expect(parse('最後に実施された事業の参加者数の割合').kind).toBe('unknown')
  })

  it('reads 下位3つ as the fewest 3, "across all years" as the whole record, 始まった as the start weekday', () => {
    expect(query('2022年度、件数が少ない公館を下位3つ')).toMatchObject({ intent: 'metric', groupBy: 'office', top: 3, fewest: true, filters: { period: fy(2022) } })
    expect(query('avg attendance by format across all years')).toEqual({ intent: 'metric', metric: 'avg_participants', filters: { period: { kind: 'all' } }, groupBy: 'format' })
    expect(query('states covered by the Denver consulate across all years')).toMatchObject({ metric: 'states_covered', filters: { period: { kind: 'all' }, offices: ['denver'] } })
    expect(query('2022年度に月曜日に始まった事業は何件')).toMatchObject({ metric: 'events', filters: { period: fy(2022), weekdays: ['mon'] } })
    // with a month and a year, "across all years" is named, never read as December 2021 alone
    expect(parse('how many events in December 2021 across all years').kind).toBe('unknown')
  })
})

describe('two-way breakdowns (crosstab)', () => {
  it('reads two breakdown cues in the order named, in English and Japanese', () => {
    expect(query('event counts per region per fiscal year')).toEqual({ intent: 'crosstab', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: ['region', 'fiscal_year'] })
    expect(query('年度別・形式別の件数')).toEqual({ intent: 'crosstab', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: ['fiscal_year', 'format'] })
    expect(query('participants by office and by format in FY2022')).toMatchObject({ metric: 'participants', groupBy: ['office', 'format'], filters: { period: fy(2022) } })
    // a second dimension joined to a "by" cue: "by office and format"
    expect(query('participants by office and format in FY2022')).toMatchObject({ intent: 'crosstab', groupBy: ['office', 'format'] })
    expect(parse('events by quarter and format').kind).toBe('unknown')
    const r = parse('地域別・年度別の参加者数（2019〜2022年度）')
    expect(r.kind === 'query' && r.confidence).toBe(1)
  })

  it('names the second cue for quarters, states, a ranking, or dates by fiscal year', () => {
    for (const q of ['四半期別・公館別の件数', 'events by state and by format', '年度別・形式別の件数の上位3', 'events by region by fiscal year in calendar year 2022']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('a ranked cell of a two-way breakdown (crosstab with top)', () => {
  const cell = (metric: 'events' | 'participants', a: string, b: string, top: number, fewest = false, period: object = { kind: 'all' }) => ({
    intent: 'crosstab',
    metric,
    filters: { period },
    groupBy: [a, b],
    top,
    ...(fewest ? { fewest: true } : {}),
  })

  it('reads the pair named as a combination, or a ranked dimension within a single fiscal year, in both languages', () => {
    const cases: [string, object][] = [
      ['which office and fiscal year combination had the most events?', cell('events', 'office', 'fiscal_year', 1)],
      ['which office had the most events in a single fiscal year?', cell('events', 'office', 'fiscal_year', 1)],
      ['which office held the most events in one fiscal year?', cell('events', 'office', 'fiscal_year', 1)],
      ['公館と年度の組合せで件数が最も多いのは？', cell('events', 'office', 'fiscal_year', 1)],
      ['単年度で件数が最も多かった公館は？', cell('events', 'office', 'fiscal_year', 1)],
      ['which region-FY pair had the fewest participants?', cell('participants', 'region', 'fiscal_year', 1, true)],
      ['top 3 office and fiscal year combinations by participants', cell('participants', 'office', 'fiscal_year', 3)],
      ['which theme and fiscal year combination had the most events in FY2021?', cell('events', 'theme', 'fiscal_year', 1, false, fy(2021))],
    ]
    for (const [q, expected] of cases) expect(query(q), q).toEqual(expected)
  })

  it('gives no figure for the cell words without a ranking, or beside what a cell cannot be', () => {
    for (const q of [
      'how many events in a single fiscal year?',
      '単年度での件数は？',
      'which office and fiscal year combination?',
      'which state had the most events in a single fiscal year?',
      'which office had the most events in a single fiscal year, by format',
    ]) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })
})

describe('the difference of a figure between two groups (group_difference)', () => {
  it('reads a word of difference beside two values of one dimension, in both languages', () => {
    expect(query('difference between average participants of online and in-person events in FY2021')).toEqual({
      intent: 'group_difference',
      metric: 'avg_participants',
      filters: { period: fy(2021), formats: ['online', 'in_person'] },
      groupBy: 'format',
      groups: ['online', 'in_person'],
    })
    expect(query('オンライン事業と対面事業の平均参加者数の差（2021年度）')).toMatchObject({ intent: 'group_difference', metric: 'avg_participants', groupBy: 'format', groups: ['online', 'in_person'] })
    expect(query('シカゴ総とニューヨーク総の件数の差（2022年度）')).toMatchObject({ intent: 'group_difference', metric: 'events', groupBy: 'office', groups: ['chicago', 'new-york'], filters: { period: fy(2022) } })
    expect(query('2022年度のテキサス州とオハイオ州の参加者数の差は？')).toMatchObject({ intent: 'group_difference', metric: 'participants', groupBy: 'state', groups: ['TX', 'OH'] })
  })

  it('leaves a difference between two periods to the comparison, and gives no figure for what it cannot read', () => {
    expect(query('difference between FY2021 and FY2022 events')).toMatchObject({ intent: 'compare' })
    for (const q of ['growth difference between online and in-person events', 'オンラインと対面とハイブリッドの件数の差']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
    // three groups, states covered, another breakdown: the groups side by side (a comparison), never one difference
    for (const q of ['difference in states covered between Texas and Ohio', 'difference in events between Texas, Ohio and Iowa', 'difference in events between online and in-person events by office']) {
      const r = parse(q)
      expect(r.kind === 'query' ? r.query.intent : r.kind, q).not.toBe('group_difference')
    }
  })
})

describe('the first or latest event of each group (group_first_event)', () => {
  it('reads a first or latest event beside one breakdown, in both languages', () => {
    const cases: [string, 'first' | 'last', string][] = [
      ["when was each office's first event?", 'first', 'office'],
      ['first event date by office', 'first', 'office'],
      ['公館別の初回実施日', 'first', 'office'],
      ['各州で最初に実施した事業', 'first', 'state'],
      ['the most recent event for each region', 'last', 'region'],
      ['州ごとの直近の事業', 'last', 'state'],
    ]
    for (const [q, which, groupBy] of cases) expect(query(q), q).toEqual({ intent: 'group_first_event', which, filters: { period: { kind: 'all' } }, groupBy })
  })

  it('gives no figure for a count or another figure of the first events', () => {
    for (const q of ['how many first events by office', "participants of each office's first event", 'first event by office and by format']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })
})
