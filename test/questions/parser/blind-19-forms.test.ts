// Forms of the nineteenth blind set's askers: a consulate's locally hired staffer writing non-native English
// ("events was made", "my supervisor ask me"), a Diet member's office relayed in formal Japanese (照会が
// ございました, ご教示いただけますと幸いです, 令和3年度分), a budget examiner (事業費, 何円, 現時点で何％), a press
// officer (the headline figure, the hook of the release, "I'll do the rounding myself"), an analyst typing
// in lower case with abbreviations (tx, w, evnts, orgs, diff, mnth) — and the three it got wrong at first run.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('first-run wrong figures of the nineteenth blind set', () => {
  it('names a bracketed "(festivals and the like)": examples, not a title word', () => {
    const r = parse('How many Japan-related events (festivals and the like) did we hold in FY2018?')
    expect(r).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })

  it('lists the first event of a state asked as 初めての事業はどれ (not the states first reached this year)', () => {
    expect(query('ワイオミング州　初めての事業はどれ？')).toMatchObject({ intent: 'list_events', filters: { states: ['WY'] }, limit: 1 })
  })

  it('lists the ongoing programmes asked as 継続中の事業は？ (a count only with a count word)', () => {
    expect(query('継続中の事業は？')).toMatchObject({ intent: 'list_events', filters: { ongoing: true } })
    expect(query('継続中の事業は何件？')).toMatchObject({ intent: 'metric', metric: 'events', filters: { ongoing: true } })
  })
})

describe('the askers\' forms', () => {
  it.each([
    ['Hi, my supervisor ask me how many events did the Consulate-General in Miami in FY2022. Can you help me please?', { metric: 'events', filters: { offices: ['miami'], period: fy(2022) } }],
    ['How many events was made in Florida state during the fiscal year 2021?', { metric: 'events', filters: { states: ['FL'], period: fy(2021) } }],
    ['How many states had at least one event in FY2019?', { intent: 'metric', metric: 'states_covered', filters: { period: fy(2019) } }],
    ['How many of our offices held at least one event in FY2022?', { intent: 'metric', metric: 'offices_active', filters: { period: fy(2022) } }],
    ['how many states had at least two events in FY2019?', { intent: 'states_with_min_events', min: 2, answer: 'count' }],
    ['How many states did we reach in FY2022 alone?', { metric: 'states_covered', filters: { period: fy(2022) } }],
    ["What's the total number of events on record? That's the headline figure.", { metric: 'events', filters: { period: { kind: 'all' } } }],
    ['How many events were held online in FY2020? The pandemic-year angle.', { metric: 'events', filters: { formats: ['online'], period: fy(2020) } }],
    ["For a press release: how many people in total have attended our grassroots events since FY2017? I'll do the rounding myself.", { metric: 'participants' }],
    ['How many people have attended the Anchorage consular office’s events, all told?', { metric: 'participants', filters: { offices: ['anchorage'] } }],
    ['Top five states by total attendance, all years, for an infographic.', { metric: 'participants', groupBy: 'state', top: 5 }],
    ['how many online evnts in tx fy21', { metric: 'events', filters: { states: ['TX'], formats: ['online'], period: fy(2021) } }],
    ['hw many events in ca in fy2018', { metric: 'events', filters: { states: ['CA'], period: fy(2018) } }],
    ['states w at least 20 events (all time) - list', { intent: 'states_with_min_events', min: 20, answer: 'list' }],
    ['events w no partner fy22', { filters: { withoutPartner: true, period: fy(2022) } }],
    ['diff in participants btwn texas and ohio fy21', { intent: 'group_difference', metric: 'participants', groups: ['TX', 'OH'] }],
    ['distinct partner orgs per office (all yrs)', { intent: 'distinct_partners', groupBy: 'office' }],
    ['how many events in or fy21', { filters: { states: ['OR'], period: fy(2021) } }],
    ['恐れ入りますが、国際交流基金と連携した事業の件数を令和3年度分についてご教示いただけますでしょうか。', { filters: { partner: 'Japan Foundation', period: fy(2021) } }],
    ['令和4年度に初めて事業が実施された州はどちらでしょうか。ご教示いただけますと幸いです。', { intent: 'first_time_states', filters: { period: fy(2022) } }],
    ['2022年度、参加者1人当たりの事業費は何円になりますか。', { intent: 'event_cost', figure: 'per_participant', filters: { period: fy(2022) } }],
    ['今年度の予算執行率は現時点で何％ですか。', { intent: 'budget_execution' }],
    ['2022年度で費用が多い上位3件の事業を挙げてください。', { intent: 'top_events', by: 'cost', n: 3 }],
    ['恐れ入りますが、参加者数が1万名以上の大規模な事業は、累計で何件ございますでしょうか。', { filters: { participantCount: { gte: 10000 } } }],
    ['Please, which office made the most events in FY2020? Only the first place is ok.', { metric: 'events', groupBy: 'office', top: 1, filters: { period: fy(2020) } }],
    ['How many states had at least one event in FY2019? Without DC, because DC is not a state.', { metric: 'states_covered', filters: { period: fy(2019) } }],
    ['Which one was the biggest event of the Miami consulate, by participants? All years.', { intent: 'largest_event', filters: { offices: ['miami'] } }],
    ['What is the average of participants for one event of the Miami consulate in FY2021?', { metric: 'avg_participants', filters: { offices: ['miami'], period: fy(2021) } }],
    ['For FY2022 I need the number of events for each activity type, please.', { metric: 'events', groupBy: 'activity_type' }],
    ['weekday breakdown fy22 (by start date)', { metric: 'events', groupBy: 'weekday' }],
    ['How many participants were in total in all the events of the Miami consulate, since the records start?', { metric: 'participants', filters: { offices: ['miami'], period: { kind: 'all' } } }],
    ['How many events drew 10,000 people or more? A "big events" figure.', { metric: 'events', filters: { participantCount: { gte: 10000 } } }],
    ['how many states had 5+ events in fy21', { intent: 'states_with_min_events', min: 5, answer: 'count', filters: { period: fy(2021) } }],
    ['which fy had the biggest drop in events vs the yr before', { intent: 'year_change', direction: 'drop', metric: 'events' }],
    ['2022年度に事業費が100万円以上だった事業は何件ありますか。', { metric: 'events', filters: { cost: { gte: 1_000_000 }, period: fy(2022) } }],
    ['2022年度の平均参加者数を上回った2022年度の事業は何件ですか。', { intent: 'above_average', direction: 'above', filters: { period: fy(2022) } }],
    ['「サプライチェーン強靱化」をテーマとした事業の件数を、年度別にご教示いただけますでしょうか。', { groupBy: 'fiscal_year', filters: { themes: ['supply_chain'] } }],
    ['ウィスコンシン州で事業を実施したことのある在外公館はどちらでしょうか。', { groupBy: 'office', filters: { states: ['WI'] } }],
    ['What share of all-time attendance came from our ten largest events?', { intent: 'top_events_total', n: 10, share: true }],
    ['What percentage of FY2022 participants came from the five largest events?', { intent: 'top_events_total', n: 5, share: true, filters: { period: fy(2022) } }],
    ['2021年度の延べ参加者数のうち、参加者上位10事業の占める割合', { intent: 'top_events_total', n: 10, share: true, filters: { period: fy(2021) } }],
    ['How many different partner organizations the Miami consulate has worked with, in all the years?', { intent: 'distinct_partners', filters: { offices: ['miami'] } }],
    ['how many days since the last event (as of today)?', { intent: 'event_stat', stat: 'days_since_last' }],
    ['最後の事業から今日まで何日？', { intent: 'event_stat', stat: 'days_since_last' }],
    ['Which state has gone the longest without an event as of today?', { intent: 'event_stat', stat: 'days_since_last', groupBy: 'state', top: 1 }],
    ['how many days since our last event in Texas?', { intent: 'event_stat', stat: 'days_since_last', filters: { states: ['TX'] } }],
    ['オクラホマ州、ヒューストン総以外が実施した件数', { metric: 'events', filters: { states: ['OK'], exclude: { offices: ['houston'] } } }],
    ['How many events featured sister-city exchange as a theme, overall?', { metric: 'events', filters: { themes: ['sister_city'] } }],
    ['事業費の年度別推移を示してください（記録のある年度のみで可）。', { intent: 'event_cost', figure: 'total', groupBy: 'fiscal_year' }],
    ['2023年度の予算額として登録されている金額を教えてください。', { intent: 'budget_execution', figure: 'budget' }],
    ['How many events the Atlanta and Miami consulates did in FY2021? I mean the two together, one number.', { metric: 'events', filters: { offices: ['atlanta', 'miami'] } }],
    ['2019年度から2021年度までの3か年度の実施件数の合計をご確認いただけますでしょうか。', { metric: 'events', filters: { period: { kind: 'fy', from: 2019, to: 2021 } } }],
    ['Can you give me the participants of Florida divided by fiscal year? All the years we have.', { metric: 'participants', groupBy: 'fiscal_year', filters: { states: ['FL'] } }],
    ['states coverd in fy20 (excl dc)', { metric: 'states_covered', filters: { period: fy(2020) } }],
    ['恐れ入りますが、国際協力機構（JICA）と連携した事業はこれまでに何件ございますでしょうか。', { metric: 'events', filters: { partner: 'JICA' } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // a word code in lower case is a state only right after "in"; "la" (Louisiana or Los Angeles?) never
    'how many events in la',
    // "alone" after a place is not a period's word (only Texas events, or events in Texas and elsewhere?)
    'events in Texas alone',
    // 大規模 with no threshold before it says no size
    '大規模な事業は何件？',
    // the average of one year against the events of another: no query holds it
    '2021年度の平均参加者数を上回った2022年度の事業は何件ですか。',
    // a quoted word that is no theme's name, said to be the theme: not a title word
    '「半導体」をテーマとした事業の件数',
    // a share of the largest events' participants with anything else between the words
    'What share of Texas attendance came from our ten largest events?',
    // "in all the years" beside a named period says two things
    'events in December 2021 in all the years',
    // the days since each group's latest event said with "each office's": not read yet
    "days since each office's last event",
    // a number of years that is not the range's own
    '2019年度から2021年度までの4か年度の実施件数の合計',
    // "I mean" is no average, and the words after it are read
    'How many events did Atlanta hold? I mean the mean one.',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })
})

describe('first-run wrong figures of the twentieth blind set', () => {
  it('reads 実施公館別 as the breakdown by office (not a count of the offices themselves)', () => {
    expect(query('2020年度の複数州にまたがる事業につきまして、実施公館別の件数をお示しいただけますでしょうか。')).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'office', filters: { stateCount: { gte: 2 } } })
    expect(query('2021年度の実施公館数')).toMatchObject({ intent: 'metric', metric: 'offices_active' })
  })
})

describe('the twentieth blind set\'s askers', () => {
  it.each([
    ['how many events in Q3 of FY2021? (that\'s oct-dec 2021 right)', { metric: 'events', filters: { period: { kind: 'fy_part', fy: 2021, part: 'q3' } } }],
    ['yo how many events have we done total?? like all time 🙏', { metric: 'events', filters: { period: { kind: 'all' } } }],
    ['which office did the fewest events last FY? no shade 😅', { metric: 'events', groupBy: 'office' }],
    ['Event counts per fiscal year, FY2017 through FY2022 inclusive.', { metric: 'events', groupBy: 'fiscal_year', filters: { period: { kind: 'fy', from: 2017, to: 2022 } } }],
    ['Sum of participants over all events with fiscal year 2019, each event counted exactly once regardless of how many states it touches.', { metric: 'participants', filters: { period: fy(2019) } }],
    ['年度別の網羅州数の推移（DCは州に含めない）を出してください。', { metric: 'states_covered', groupBy: 'fiscal_year' }],
    ['2022年度の州別件数、上位10州を教えてください（同数は全部）。', { metric: 'events', groupBy: 'state', top: 10 }],
    ['2019年度から2021年度までの3か年度におきまして、ハイブリッド形式で実施された事業の件数をご教示いただけますでしょうか。', { metric: 'events', filters: { formats: ['hybrid'], period: { kind: 'fy', from: 2019, to: 2021 } } }],
    ['2022年度において延べ参加者数が最も多かった在外公館はいずれでございましょうか。', { metric: 'participants', groupBy: 'office', top: 1 }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // a restatement of a different rule is no restatement: each event in every state it touches, in a total
    'Sum of participants in FY2019, each event counted in every state it touches.',
    // "inclusive" of something that is no range
    'events inclusive of online ones in FY2021',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })
})

describe('the twentieth blind set\'s askers, further forms', () => {
  it.each([
    ['How many Chicago consulate events touched at least one state outside our own jurisdiction?', { filters: { offices: ['chicago'], outsideJurisdiction: true } }],
    ['Number of events with a participant count strictly greater than 5,000, all years.', { filters: { participantCount: { gt: 5000 } } }],
    ['How many Chicago consulate events started on a Saturday or Sunday in FY2021?', { filters: { offices: ['chicago'], weekdays: ['sat', 'sun'], period: fy(2021) } }],
    ['Range (max − min) of participants per event in FY2022.', { intent: 'event_stat', stat: 'range_participants' }],
    ['how many multi-day events have there been, all time?', { filters: { days: { gte: 2 } } }],
    ['「新しい資本主義」をテーマとして設定された事業につきまして、これまでの件数をご教示いただけますでしょうか。', { filters: { themes: ['new_capitalism'] } }],
    ['how many events hit both Texas and Oklahoma?? 🤠', { filters: { allStates: ['TX', 'OK'] } }],
    ['Business-support events run by the Chicago consulate since FY2020 — how many?', { filters: { types: ['business_support'], offices: ['chicago'] } }],
    ['R4 件数だけ', { metric: 'events', filters: { period: fy(2022) } }],
    ['ngl kinda curious how many ppl showed up to stuff in FY2018 lol', { metric: 'participants', filters: { period: fy(2018) } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // which of two regions had more: a comparison, never the two added up
    '2022年度、中西部と南部ではどちらが件数が多かったですか？',
    // だけ after a place says only there (exclusively), which no filter holds
    'テキサス州だけで実施した事業は何件？',
  ])('%s: no total', (q) => {
    const r = parse(q)
    if (r.kind === 'query') expect(r.query).not.toMatchObject({ intent: 'metric', groupBy: undefined })
  })
})

describe('start dates said outright', () => {
  it.each([
    ['Maximum gap in days between two consecutive event start dates across the whole record.', { intent: 'event_stat', stat: 'max_gap_days' }],
    ['Count of events with start date in [2021-04-01, 2021-09-30], both ends inclusive.', { metric: 'events', filters: { period: { kind: 'dates', from: '2021-04-01', to: '2021-09-30' } } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it('keeps "after FY2020 (inclusive)" unread: an open end is no range to be inclusive of', () => {
    expect(parse('events after FY2020 (inclusive)').kind).not.toBe('query')
  })
})

describe('the twentieth blind set\'s askers, last forms', () => {
  it.each([
    ['2022年度の事業のうち、複数の州にまたがって実施されたものは何件ございましたでしょうか。', { filters: { stateCount: { gte: 2 }, period: fy(2022) } }],
    ['Which fiscal year had the largest absolute drop in event count versus the immediately preceding fiscal year?', { intent: 'year_change', direction: 'drop', metric: 'events' }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })
})

describe('states without an event counted, and rankings restated', () => {
  it.each([
    ['これまでに事業が一度も実施されていない州は、何州ございますでしょうか。', { intent: 'uncovered_states', filters: { period: { kind: 'all' } } }],
    ['Number of distinct states — the 50 only, DC excluded — with at least one event in FY2019.', { intent: 'metric', metric: 'states_covered', filters: { period: fy(2019) } }],
    ['Which Midwest state had the fewest events in FY2021? Only counting states that had at least one.', { groupBy: 'state', fewest: true, top: 1, filters: { regions: ['midwest'] } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })
})
