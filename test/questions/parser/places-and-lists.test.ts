// Places that cannot hold together, the states covered asked as a list, offices counted with いくつ, a region's
// states, and 知りたい: each checked with phrasings of our own.
import { describe, expect, it } from 'vitest'
import { placesAgree } from '../../../src/questions/parser/places.ts'
import { fy, parse, query } from './read.ts'

describe('a city and a state that cannot both hold', () => {
  it('gives no figure for a city outside every state or region named (it counted nothing: 0 events)', () => {
    for (const q of ['events in Chicago and New York in FY2022', 'how many events in Houston and Ohio?', 'events in Houston in the Midwest']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })

  it('keeps a city with its own state or region', () => {
    expect(query('events in Portland, Oregon')).toMatchObject({ filters: { states: ['OR'], city: 'portland' } })
    expect(query('events in Houston in the South')).toMatchObject({ filters: { regions: ['south'], city: 'houston' } })
  })

  it('checks every city against the states and the states of the regions', () => {
    expect(placesAgree({ city: 'chicago', states: ['NY'] })).toBe(false)
    expect(placesAgree({ city: 'chicago', regions: ['midwest'] })).toBe(true)
    expect(placesAgree({ cities: ['chicago', 'houston'], states: ['IL'] })).toBe(false)
    expect(placesAgree({ cities: ['chicago', 'houston'], states: ['IL', 'TX'] })).toBe(true)
    expect(placesAgree({ city: 'chicago' })).toBe(true)
  })
})

describe('the states covered asked as a list', () => {
  const covered = (period: object) => ({ intent: 'states_with_min_events', min: 1, subject: 'state', answer: 'list', filters: { period } })
  it.each([
    ['which states did we cover in FY2020?', fy(2020)],
    ['which states had events in FY2020?', fy(2020)],
    ['what states were reached in FY2020?', fy(2020)],
    ['give me a list of the states covered in FY2020', fy(2020)],
    ['2020年度に事業を実施した州の一覧', fy(2020)],
    ['令和2年度に事業を実施した州をリストで', fy(2020)],
    ['2020年度に事業を開催した州はどこですか', fy(2020)],
  ])('%s: the states with an event (DC is not a state), not a breakdown by state', (q, period) => {
    expect(query(q)).toEqual(covered(period))
  })

  it('leaves the other lists of states to their own reading', () => {
    expect(query('which states were covered for the first time in FY2020?')).toMatchObject({ intent: 'first_time_states' })
    expect(query('初めて事業を実施した州はどこ？')).toMatchObject({ intent: 'first_time_states' })
    expect(query('which states had the most events in FY2020?')).toMatchObject({ intent: 'metric', groupBy: 'state', top: 1 })
    expect(query('which states have had an event in every fiscal year?')).toMatchObject({ intent: 'states_with_min_events', everyFiscalYear: true })
  })
})

describe('offices counted with いくつ, a region\'s states, 知りたい', () => {
  it('counts the offices with an event when asked …した在外公館はいくつ, never the offices that exist', () => {
    expect(query('令和3年度に事業を実施した在外公館はいくつですか')).toMatchObject({ intent: 'metric', metric: 'offices_active', filters: { period: fy(2021) } })
    expect(parse('在外公館はいくつありますか').kind).not.toBe('query')
  })

  it('reads 南部の州 and "southern states" as the region, 中西部の州別 as the region by state', () => {
    expect(query('2021年度に西部の州で実施した事業の件数')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2021), regions: ['west'] } })
    expect(query('how many events in western states in FY2021?')).toMatchObject({ filters: { period: fy(2021), regions: ['west'] } })
    expect(query('西部の州別の件数')).toMatchObject({ filters: { regions: ['west'] }, groupBy: 'state' })
  })

  it('takes 知りたい and 知りたいのですが as politeness', () => {
    expect(query('2021年度の件数を知りたい')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2021) } })
    expect(query('2021年度の延べ参加者数を知りたいのですが')).toMatchObject({ intent: 'metric', metric: 'participants' })
  })
})

describe('a partner at all, 累計 with a count of places, "what share were"', () => {
  it('reads "with a partner" / "had partners" as at least one partner, never a partner named after it', () => {
    expect(query('events with partners in FY2021')).toMatchObject({ filters: { period: fy(2021), partnerCount: { gte: 1 } } })
    expect(query('what share of events had a partner?')).toMatchObject({ intent: 'share', condition: { partnerCount: { gte: 1 } } })
    expect(query('percent of events with a partner, by office')).toMatchObject({ intent: 'share', condition: { partnerCount: { gte: 1 } }, groupBy: 'office' })
    expect(parse('events with a partner named JETRO').kind).not.toBe('query')
  })

  it('takes 累計 beside a count of places over the whole record, as with no period', () => {
    expect(query('累計で20件を超える実施があった州')).toMatchObject({ intent: 'states_with_min_events', min: 21, filters: { period: { kind: 'all' } } })
  })

  it('reads "what share were X" after the whole is named', () => {
    expect(query('of the FY2020 events in Ohio, what share were online?')).toMatchObject({ intent: 'share', filters: { period: fy(2020), states: ['OH'] }, condition: { formats: ['online'] } })
    expect(query("of Boston's events, what percentage of them were hybrid?")).toMatchObject({ intent: 'share', filters: { offices: ['boston'] }, condition: { formats: ['hybrid'] } })
  })
})

describe('"how many more … than" and より…何件多い between two groups', () => {
  it('is the difference of the two groups in both languages', () => {
    expect(query('how many more events did Atlanta hold than Denver in FY2020?')).toMatchObject({ intent: 'group_difference', metric: 'events', groupBy: 'office', groups: ['atlanta', 'denver'], filters: { period: fy(2020) } })
    expect(query('how many fewer participants did Ohio have than Texas?')).toMatchObject({ intent: 'group_difference', metric: 'participants', groupBy: 'state', groups: ['OH', 'TX'] })
    expect(query('アトランタ総はデンバー総より何件多い？')).toMatchObject({ intent: 'group_difference', groupBy: 'office', groups: ['atlanta', 'denver'] })
    expect(query('デンバー総はアトランタ総より累計で何件少ない？')).toMatchObject({ intent: 'group_difference', groupBy: 'office', filters: { period: { kind: 'all' } } })
  })

  it('compares two periods, and gives no figure with one period (the baseline is not the year before it)', () => {
    expect(query('how many more events in FY2022 than in FY2020?')).toMatchObject({ intent: 'compare', periods: [fy(2020), fy(2022)] })
    for (const q of ['how many more events than last year?', 'how many more events in FY2022?']) expect(parse(q).kind, q).not.toBe('query')
  })
})

describe('names before "consulates", the city said so, more verbs of the same things', () => {
  it('reads each name in "X and Y consulates" as an office (it read "Seattle" as the city: 0 events)', () => {
    expect(query('events at the Denver and Portland consulates in FY2021')).toMatchObject({ filters: { period: fy(2021), offices: ['denver', 'portland'] } })
    expect(query('Atlanta, Miami and Houston consulates: participants in FY2020')).toMatchObject({ metric: 'participants', filters: { offices: ['atlanta', 'miami', 'houston'] } })
  })

  it('reads "where the city was X" / "whose city is X" as the city', () => {
    expect(query('events where the city was Denver in FY2021')).toMatchObject({ filters: { period: fy(2021), city: 'denver' } })
    expect(query('events whose city is Atlanta')).toMatchObject({ filters: { city: 'atlanta' } })
  })

  it('reads "kicked off on a Friday", "orgs we partnered with", ジェトロが関わった', () => {
    expect(query('how many events kicked off on a Monday in FY2021?')).toMatchObject({ filters: { period: fy(2021), weekdays: ['mon'] } })
    expect(query('how many orgs did we partner with in FY2021?')).toMatchObject({ intent: 'distinct_partners', filters: { period: fy(2021) } })
    expect(query('JETROが入っている事業の件数')).toMatchObject({ filters: { partner: 'JETRO' } })
    expect(query('ジェトロが関わった事業は何件？')).toMatchObject({ filters: { partner: 'JETRO' } })
  })
})

describe('bugs the fresh blind set found (each a wrong figure)', () => {
  it('reads 「…のうち、アラスカ州の割合」 as the state\'s share, never the share of states covered (it said 100.0% of the states)', () => {
    expect(query('令和元年度の延べ参加者数のうち、オハイオ州の割合')).toMatchObject({ intent: 'share', of: 'participants', filters: { period: fy(2019) }, condition: { states: ['OH'] } })
    expect(query('2020年度の件数のうちコロラド州の割合')).toMatchObject({ intent: 'share', of: 'events', condition: { states: ['CO'] } })
    expect(query('州の割合は？（2022年度）')).toMatchObject({ intent: 'share', of: 'states' })
  })

  it('gives no figure for participants of the first-time states or of the states without events (it listed the states, dropping 参加者数)', () => {
    for (const q of ['2021年度に初めて事業を実施した州の参加者数', 'total participants in the states with no events in FY2021']) expect(parse(q).kind, q).not.toBe('query')
    expect(query('2021年度に初めて事業を実施した州の数')).toMatchObject({ intent: 'first_time_states' })
  })
})

describe('more forms the fresh blind set asked', () => {
  it('reads R1年度に (it was read as "in a single fiscal year": 1年度に)', () => {
    expect(query('R1年度に実施した件数')).toMatchObject({ filters: { period: fy(2019) } })
    expect(query('R2年度に実績のある在外公館っていくつ？')).toMatchObject({ metric: 'offices_active', filters: { period: fy(2020) } })
  })

  it('reads "offices by participants" as the breakdown by office of participants', () => {
    expect(query('offices by participants, fy2019')).toMatchObject({ intent: 'metric', metric: 'participants', groupBy: 'office', filters: { period: fy(2019) } })
    expect(query('states by number of events in FY2020')).toMatchObject({ metric: 'events', groupBy: 'state' })
  })

  it('takes a gloss that the named end year is included, beside a range ending there', () => {
    expect(query('2020年度までの累計件数（2020年度を含む）')).toMatchObject({ filters: { period: { kind: 'fy', to: 2020 } } })
    expect(parse('2021年度の件数（2020年度を含む）').kind).not.toBe('query')
  })

  it('reads 中西部以外の州 as outside the region, "w/ a recorded cost" as with a cost, "(% of the 50)" as the share of states', () => {
    expect(query('西部地域以外の州で実施した事業は何件')).toMatchObject({ filters: { exclude: { regions: ['west'] } } })
    expect(query('the 2 cheapest events w/ a recorded cost')).toMatchObject({ intent: 'top_events', n: 2, order: 'smallest', by: 'cost' })
    expect(query('state coverage rate in FY2021 (% of the 50)')).toMatchObject({ intent: 'share', of: 'states', filters: { period: fy(2021) } })
  })
})

describe('readings added from the fresh blind set\'s refusals', () => {
  it('ranks "the N states with the most / fewest events"', () => {
    expect(query('the 4 states with the most events in FY2021')).toMatchObject({ groupBy: 'state', top: 4, filters: { period: fy(2021) } })
    expect(query('the 3 offices with the fewest events')).toMatchObject({ groupBy: 'office', top: 3, fewest: true })
  })

  it('reads half a year, "through today" after an open start, and peak as most', () => {
    expect(query('過去半年の件数')).toMatchObject({ filters: { period: { kind: 'recent', n: 6, unit: 'months' } } })
    expect(query('events from 2022-10-01 through today')).toMatchObject({ filters: { period: { kind: 'dates_since', from: '2022-10-01' } } })
    expect(query('in which month of FY2021 did events peak?')).toMatchObject({ groupBy: 'month', top: 1 })
  })

  it('reads the offices listed with 実施した公館は？, 事業ゼロの公館, 実施し…実施しなかった州', () => {
    expect(query('2021年度にオハイオ州で事業を実施した公館は？')).toMatchObject({ intent: 'states_with_min_events', subject: 'office', min: 1, filters: { states: ['OH'] } })
    expect(query('事業ゼロの公館は？')).toMatchObject({ intent: 'offices_without_events' })
    expect(query('令和2年度に実施し令和3年度に実施しなかった州')).toMatchObject({ intent: 'period_difference', op: 'difference', subject: 'state' })
  })

  it('reads N州にまたがる as exactly N states, 州をまたぐ as multi-state, パートナー有り, かつ, やったっけ', () => {
    expect(query('2州にまたがる事業の件数')).toMatchObject({ filters: { stateCount: { gte: 2, lte: 2 } } })
    expect(query('州をまたぐ事業の平均参加者数')).toMatchObject({ metric: 'avg_participants', filters: { stateCount: { gte: 2 } } })
    expect(query('パートナー有りの事業の件数')).toMatchObject({ filters: { partnerCount: { gte: 1 } } })
    expect(query('参加者500名超かつ対面の事業は何件')).toMatchObject({ filters: { participantCount: { gt: 500 }, formats: ['in_person'] } })
    expect(parse('去年って何件やったっけ').kind).toBe('clarify')
  })

  it('reads the largest single event\'s figure after 事業で, "co-host with", "had X in the title"', () => {
    expect(query('在デンバー総領事館の事業で最大の参加者数は？')).toMatchObject({ intent: 'event_stat', stat: 'max_participants', filters: { offices: ['denver'] } })
    expect(query('events we co-host with JETRO')).toMatchObject({ filters: { partner: 'JETRO' } })
    expect(query('how many events had Sakura in the title?')).toMatchObject({ filters: { text: 'Sakura' } })
  })
})

describe('an office\'s states, the first event of a kind, "but had"', () => {
  it('lists the states an office covered, the office left to its own reading', () => {
    expect(query('list the states the Denver consulate covered in FY2021')).toMatchObject({ intent: 'states_with_min_events', min: 1, subject: 'state', filters: { period: fy(2021), offices: ['denver'] } })
    expect(query('which states did the Boston office reach?')).toMatchObject({ intent: 'states_with_min_events', filters: { offices: ['boston'] } })
  })

  it('gives the earliest event for "when … first" of a kind with no word of states, never for "which fiscal year"', () => {
    expect(query('初めてハイブリッド形式で事業を実施したのはいつ？')).toEqual({ intent: 'list_events', filters: { period: { kind: 'all' }, formats: ['hybrid'] }, limit: 1, order: 'oldest' })
    expect(query('when did the Miami consulate hold its first event?')).toMatchObject({ intent: 'list_events', order: 'oldest', limit: 1, filters: { offices: ['miami'] } })
    expect(parse('In which fiscal year did the Miami consulate hold its first event?').kind).not.toBe('query')
  })

  it('reads "but had" between two conditions of the same events as and', () => {
    expect(query('FY2021 events that cost over ¥1M but had fewer than 300 participants')).toMatchObject({ filters: { period: fy(2021), participantCount: { lt: 300 }, cost: { gt: 1000000 } } })
  })
})

describe('the median within each group', () => {
  it('is the statistic of single events per group (event_stat median_participants), never a ranking of medians', () => {
    expect(query('median attendance by region')).toEqual({ intent: 'event_stat', stat: 'median_participants', filters: { period: { kind: 'all' } }, groupBy: 'region' })
    expect(query('対面事業の参加者数の中央値（年度別）')).toEqual({ intent: 'event_stat', stat: 'median_participants', filters: { period: { kind: 'all' }, formats: ['in_person'] }, groupBy: 'fiscal_year' })
    expect(query('median participants in FY2021')).toMatchObject({ intent: 'median_participants' })
    expect(parse('which office has the highest median attendance?').kind).not.toBe('query')
  })
})

describe('quarters relative to today, YTD, "the top office"', () => {
  it('reads last / this quarter as the three-month block before / holding the as-of date (fiscal and calendar quarters share dates)', () => {
    // as of 2023-08-15: this quarter July–September, last quarter April–June
    expect(query('how many events last quarter?')).toMatchObject({ filters: { period: { kind: 'dates', from: '2023-04-01', to: '2023-06-30' } } })
    expect(query('今四半期の参加者数')).toMatchObject({ filters: { period: { kind: 'dates', from: '2023-07-01', to: '2023-09-30' } } })
  })

  it('asks back YTD as this fiscal or calendar year; reads いま and ここまで as nothing', () => {
    expect(parse('YTD events?').kind).toBe('clarify')
    expect(query('今年度ここまでの件数')).toMatchObject({ filters: { period: { kind: 'fy_relative', offset: 0 } } })
  })

  it('reads "the top office" as the first', () => {
    expect(query('top region by attendance in FY2021')).toMatchObject({ metric: 'participants', groupBy: 'region', top: 1 })
  })
})

describe('a second dimension "and year", a part with its fiscal year in brackets', () => {
  it('reads "by office and year" / "and FY" as the two-way breakdown with the fiscal year', () => {
    expect(query('events by office and year')).toMatchObject({ intent: 'crosstab', groupBy: ['office', 'fiscal_year'] })
    expect(query('participants by region and FY')).toMatchObject({ intent: 'crosstab', metric: 'participants', groupBy: ['region', 'fiscal_year'] })
  })

  it('reads 第2四半期（2022年度） and "Q3 (FY2021)"', () => {
    expect(query('第2四半期（2021年度）の件数')).toMatchObject({ filters: { period: { kind: 'fy_part', fy: 2021, part: 'q2' } } })
    expect(query('Q3 (FY2020) participants')).toMatchObject({ metric: 'participants', filters: { period: { kind: 'fy_part', fy: 2020, part: 'q3' } } })
  })
})

describe('bug: typo correction moved a place (a wrong figure)', () => {
  it('never corrects a word into a place or a month beyond one edit or with another first letter', async () => {
    const { correctWord } = await import('../../../src/questions/parser/typos.ts')
    // "Northwest" and "Southeast" were counted as the Northeast (216 events), "Columbus" as DC, "Augusta" as August, "youth" as the South
    for (const w of ['northwest', 'southeast', 'southwest', 'atlantic', 'columbus', 'augusta', 'youth', 'northwestern']) expect(correctWord(w), w).toBeUndefined()
    expect(correctWord('wisconson')).toBe('wisconsin')
    expect(correctWord('tennesee')).toBe('tennessee')
    // a state's long name two edits away, first letter kept (blind-22: "Missisipi" was named, no figure)
    for (const [w, to] of [['missisipi', 'mississippi'], ['conneticutt', 'connecticut'], ['masachusets', 'massachusetts'], ['minesotta', 'minnesota']]) expect(correctWord(w!), w).toBe(to)
    // never two edits into a shorter state word, a region, or with another first letter
    for (const w of ['nevaddaa', 'kannsass', 'nartheest', 'ississippi']) expect(correctWord(w), w).toBeUndefined()
    expect(query('how many events in Missisipi all time')).toMatchObject({ filters: { states: ['MS'] } })
    for (const q of ['events in the Northwest', 'events in the Southeast in FY2021', 'events in the Pacific Northwest', 'events in Columbus', 'youth events']) expect(parse(q).kind, q).not.toBe('query')
  })
})

describe('participant counts as managers write them', () => {
  it.each([
    ['events with over a thousand participants', { gt: 1000 }],
    ['events with more than 1k participants', { gt: 1000 }],
    ['events with 10k+ attendees', { gte: 10000 }],
    ['events with 2.5k or more participants', { gte: 2500 }],
    ['events with 100-200 participants', { gte: 100, lte: 200 }],
    ['events with more than 500 participants and less than 1000 in FY2021', { gt: 500, lt: 1000 }],
  ] as const)('%s', (q, bounds) => {
    expect(query(q)).toMatchObject({ filters: { participantCount: bounds } })
  })

  it('takes no second end that counts something else', () => {
    expect(parse('events with more than 500 participants and less than 3 states').kind).not.toBe('query')
  })
})

describe('bug: "New York" alone was read as the state (92 events) where the consulate (130) may be meant', () => {
  it('asks back state or consulate for a bare New York / ニューヨーク, keeps the state, the consulate and the city when said', () => {
    for (const q of ['how many events did New York hold in FY2021?', 'ニューヨークの件数', 'New York events']) {
      const r = parse(q)
      if (r.kind !== 'clarify') throw new Error(`${q}: ${r.kind}`)
      expect(r.options.map((o) => o.query.filters)).toMatchObject([{ states: ['NY'] }, { offices: ['new-york'] }])
    }
    expect(query('ニューヨーク州の件数')).toMatchObject({ filters: { states: ['NY'] } })
    expect(query('New York State events')).toMatchObject({ filters: { states: ['NY'] } })
    expect(query('ニューヨーク総の件数')).toMatchObject({ filters: { offices: ['new-york'] } })
    expect(query('events in New York City')).toMatchObject({ filters: { city: 'new-york' } })
  })
})

describe('the bureau\'s formal requests, casual endings and chatter carry no condition', () => {
  it.each([
    ['令和3年度の件数をご教示ください。', { period: fy(2021) }],
    ['令和3年度の延べ参加者数をお示しください', { period: fy(2021) }],
    ['令和3年度に事業を実施した在外公館の数をお知らせください。', { period: fy(2021) }],
    ['令和3年度第4四半期の延べ参加者数はいかがでしょうか。', { period: { kind: 'fy_part', fy: 2021, part: 'q4' } }],
    ['在ボストン総領事館の令和3年度の件数を確認させてください。', { period: fy(2021), offices: ['boston'] }],
    ['累計で何州網羅してるんでしたっけ', { period: { kind: 'all' } }],
    ['日米協会と連携した事業って累計何件くらい？', { period: { kind: 'all' }, partner: 'Japan-America Society' }],
    ['sorry, how many events in FY2021? just the count is fine lol', { period: fy(2021) }],
  ] as const)('%s', (q, filters) => {
    expect(query(q)).toMatchObject({ filters })
  })

  it('keeps a negation inside a polite ending (…ございませんか is no function word)', () => {
    expect(parse('2021年度に実施していない州はございますか').kind).toBe('query')
  })
})

describe('a closed range of era months ending in まで, "how many … list them"', () => {
  it('reads 平成31年1月から4月まで as January–April 2019, never "up to April 2019"', () => {
    expect(query('平成31年1月から4月までの実施件数')).toMatchObject({ filters: { period: { kind: 'dates', from: '2019-01-01', to: '2019-04-30' } } })
  })

  it('lists the states when "list them" follows "how many"', () => {
    expect(query('how many states have had at least 30 events? list them')).toMatchObject({ intent: 'states_with_min_events', min: 30, answer: 'list' })
    expect(query('how many states have had at least 30 events?')).toMatchObject({ answer: 'count' })
  })
})

describe('what a question says about the asker, and "X % of"', () => {
  it('reads no condition from a newcomer\'s apology, what the figure is for, a courtesy or a restated rule', () => {
    expect(query("hi, I'm new on the team, sorry if this is basic: how many events in FY2020? need it for a slide")).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2020) } })
    expect(query('恐れ入りますが、資料作成のため令和2年度の件数をご教示ください')).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2020) } })
    expect(query('Mean duration of events in days, FY2020 (no end date = 1 day)')).toMatchObject({ intent: 'event_stat', stat: 'avg_days' })
    expect(query('population standard deviation of participants per event in FY2020, one decimal please')).toMatchObject({ stat: 'stddev_pop_participants' })
  })

  it('keeps what is not about the asker: a stray clause is still named', () => {
    expect(parse('how many events in FY2020? I need it for the Texas deck').kind).not.toBe('query')
  })

  it('reads "online % of FY2022 events" and "as % of all events" as shares', () => {
    expect(query('hybrid % of FY2020 events')).toMatchObject({ intent: 'share', filters: { period: fy(2020) }, condition: { formats: ['hybrid'] } })
    expect(query('best practices as % of all events')).toMatchObject({ intent: 'share', condition: { bestPractice: true } })
  })
})

describe('glosses that restate the reading, colloquial endings, words the corrector must keep', () => {
  it('reads the glosses and endings as nothing', () => {
    expect(query('events by weekday (start date) in FY2021')).toMatchObject({ groupBy: 'weekday' })
    expect(query('how many events were on a weekend (Sat/Sun start)?')).toMatchObject({ filters: { weekdays: ['sat', 'sun'] } })
    expect(query('events in each quarter of FY2020 (Q1=Apr-Jun right?)')).toMatchObject({ groupBy: 'fiscal_quarter', filters: { period: fy(2020) } })
    expect(query('Cross-tab: events by region and fiscal year')).toMatchObject({ intent: 'crosstab' })
    expect(query('participants by format and fiscal year (two-way)')).toMatchObject({ intent: 'crosstab', metric: 'participants' })
    expect(query('曜日別の件数って出せます？2021年度で')).toMatchObject({ groupBy: 'weekday', filters: { period: fy(2021) } })
    expect(query('2州以上にまたがってる事業ってどのくらいある？')).toMatchObject({ filters: { stateCount: { gte: 2 } } })
    expect(query('令和2年度に事業を実施した州の一覧をいただけますでしょうか。')).toMatchObject({ intent: 'states_with_min_events', answer: 'list' })
  })

  it('reads 参加者数最多の事業 as the largest event, with 累計 as the whole record', () => {
    expect(query('参加者数最多の事業（累計）')).toMatchObject({ intent: 'largest_event', order: 'largest', filters: { period: { kind: 'all' } } })
  })
})

describe('"CG Houston", 公館ごとに…一番多かったイベントの人数, a calendar gloss that says "not the fiscal year"', () => {
  it('reads each', () => {
    expect(query('How many events has CG Denver done in Utah, all-time?')).toMatchObject({ filters: { offices: ['denver'], states: ['UT'] } })
    expect(query('公館ごとに一番参加者が多かったイベントの人数')).toMatchObject({ intent: 'event_stat', stat: 'max_participants', groupBy: 'office' })
    expect(query('events in calendar year 2020 (Jan to Dec, not the fiscal year)')).toMatchObject({ filters: { period: { kind: 'dates', from: '2020-01-01', to: '2020-12-31' } } })
  })
})

describe('"which event in FY2022 cost the most?" (it was refused as off-topic: the cost word was not read)', () => {
  it('is the most (least) expensive event, with the words after the noun left to the filters', () => {
    expect(query('which event in FY2021 cost the most?')).toMatchObject({ intent: 'largest_event', by: 'cost', order: 'largest', filters: { period: fy(2021) } })
    expect(query('which hybrid event in FY2020 cost the least?')).toMatchObject({ intent: 'largest_event', by: 'cost', order: 'smallest', filters: { period: fy(2020), formats: ['hybrid'] } })
  })
})

describe('"average participants per food PR event"', () => {
  it('is the per-event average of the filtered events; an unknown word between is still named', () => {
    expect(query('avg participants per food PR event by FY')).toMatchObject({ metric: 'avg_participants', groupBy: 'fiscal_year', filters: { types: ['food_pr'] } })
    expect(query('average participants per hybrid event in FY2021')).toMatchObject({ metric: 'avg_participants', filters: { period: fy(2021), formats: ['hybrid'] } })
    expect(parse('average participants per Kalamazoo event').kind).not.toBe('query')
  })
})

describe('前年度比（％）', () => {
  it('reads the bracketed unit of a year-on-year change, and no bracketed % beside a plain count', () => {
    expect(query('2021年度件数の前年度比（％）')).toMatchObject({ intent: 'compare', asPercent: true, periods: [fy(2020), fy(2021)] })
    expect(parse('2021年度の件数（％）').kind).not.toBe('query')
  })
})
