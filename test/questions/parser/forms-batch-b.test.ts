// Further forms of what the intents answer, each with phrasings of our own: per-event statistics said loosely
// (themes tagged, event length, spacing, recording delay, ラグ, "in days"), a US partner introducing themselves
// (their own place names never a filter), shares said tersely ("online %"), cost questions (priciest, 安く済んだ,
// 費用ベース, "only counting events with a cost"), every fiscal year said singly, and Japanese forms.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('further forms', () => {
  it.each([
    ['avg number of themes tagged per event, FY2022', { intent: 'event_stat', stat: 'avg_themes', filters: { period: fy(2022) } }],
    ['Mean event length in days across the whole record?', { intent: 'event_stat', stat: 'avg_days' }],
    ['average spacing between consecutive events in FY2022, in days', { intent: 'event_stat', stat: 'avg_gap_days', filters: { period: fy(2022) } }],
    ['mean recording delay for FY2022 events, in days', { intent: 'event_stat', stat: 'avg_lag_days', filters: { period: fy(2022) } }],
    ['公館別の平均登録ラグ（日数）', { intent: 'event_stat', stat: 'avg_lag_days', groupBy: 'office' }],
    ['2021年度の事業の開催間隔で一番長かったのは何日？', { intent: 'event_stat', stat: 'max_gap_days', filters: { period: fy(2021) } }],
    ['2022年度、1つの事業が対象とした州の数は平均でいくつ？', { intent: 'event_stat', stat: 'avg_states', filters: { period: fy(2022) } }],
    ['2021年度において、1件の事業で最も多かった参加者数はいかほどでしょうか。', { intent: 'event_stat', stat: 'max_participants', filters: { period: fy(2021) } }],
    ['2020年度でいちばん大きい事業といちばん小さい事業の参加者数の差ってどのくらい？', { intent: 'event_stat', stat: 'range_participants', filters: { period: fy(2020) } }],
    ['Greetings from Georgia\'s Department of Economic Development - how many events took place in Savannah?', { intent: 'metric', filters: { city: 'savannah' } }],
    ['Which states did your network cover in FY2022?', { intent: 'states_with_min_events', answer: 'list' }],
    ['online % FY21', { intent: 'share', condition: { formats: ['online'] }, filters: { period: fy(2021) } }],
    ['What proportion of FY2022 events involved one or more partners?', { intent: 'share', condition: { partnerCount: { gte: 1 } } }],
    ['priciest event of FY2021?', { intent: 'largest_event', by: 'cost', order: 'largest', filters: { period: fy(2021) } }],
    ['今までで一番安く済んだ事業ってどれ？（費用ベース）', { intent: 'largest_event', by: 'cost', order: 'smallest' }],
    ['2022年度において費用の高かった上位3事業をご教示ください。', { intent: 'top_events', by: 'cost', n: 3, order: 'largest' }],
    ["What's the average cost per event by activity type in FY2022, only counting events with a cost?", { intent: 'event_cost', figure: 'average', groupBy: 'activity_type' }],
    ['Which states had at least one event in each fiscal year on record?', { intent: 'states_with_min_events', everyFiscalYear: true }],
    ['Which states had events in FY2020 but nothing at all in FY2021?', { intent: 'period_difference', op: 'difference' }],
    ['How many FY2022 events beat that year\'s average attendance?', { intent: 'above_average', direction: 'above', filters: { period: fy(2022) } }],
    ['states reached FY20, DC aside', { metric: 'states_covered', filters: { period: fy(2020) } }],
    ['states covered in FY2021 leaving out Texas and California', { metric: 'states_covered', filters: { exclude: { states: ['TX', 'CA'] } } }],
    ['テーマが何も付いてない事業って全部で何件？', { filters: { withoutTheme: true } }],
    ['3州以上を対象とした事業は累計で何件ございますか。', { filters: { stateCount: { gte: 3 } } }],
    ['2022年度、同じ日に2件以上あった日って何日？', { intent: 'event_days', answer: 'at_least', min: 2 }],
    ['前年度と比べて実施件数が最も大きく落ち込んだ年度はいつでしょうか。', { intent: 'year_change', direction: 'drop', metric: 'events' }],
    ['2021年度と2022年度のいずれにおいても事業を実施した州は何州でしょうか。', { intent: 'period_difference', op: 'both', answer: 'count' }],
    ['2021年度に事業を実施した在外公館は何公館ございますか。', { metric: 'offices_active', filters: { period: fy(2021) } }],
    ['# offices w/ at least one event in FY19', { metric: 'offices_active', filters: { period: fy(2019) } }],
    ['months in FY2020 with zero events?', { intent: 'empty_months', filters: { period: fy(2020) } }],
    ['total headcount of the ten largest events in our records', { intent: 'top_events_total', n: 10 }],
    ['How many events were keyed into the bot during calendar 2022 (by entry date, not event date)?', { intent: 'recorded_events' }],
    ['Hello! Quick (hopefully) question: how many online events did the Atlanta consulate hold in FY2020? Sorry if I\'ve got the office name wrong.', { filters: { offices: ['atlanta'], formats: ['online'] } }],
    ['Could you break down the FY2021 Midwest events state by state? Sorry, I know it\'s a lot to ask.', { groupBy: 'state', filters: { regions: ['midwest'] } }],
    ["Sorry to bother you - I'm new and putting together a slide for tomorrow. Could you tell me the grand total of participants for everything we've ever recorded?", { metric: 'participants', filters: { period: { kind: 'all' } } }],
    ['For FY2021 I need the population SD of participants per event (dividing by n).', { intent: 'event_stat', stat: 'stddev_pop_participants' }],
    ['mean cost per event in FY2021, where a cost was logged', { intent: 'event_cost', figure: 'average' }],
    ['how do events split across themes, all years?', { groupBy: 'theme' }],
    ['2019年度の上期と下期、参加者数どっちがおおかった？', { intent: 'compare', metric: 'participants' }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it('reads "(dividing by n − 1)" only beside a sample standard deviation', () => {
    expect(parse('For FY2021 I need the population SD of participants per event (dividing by n - 1).').kind).not.toBe('query')
  })

  it.each([
    // an introduction naming a place, and a question that names nothing else: the place is not a filter
    'Hi, Ohio Development Services Agency here. How many events did we hold in FY2022?',
  ])('%s: the introduction is no filter', (q) => {
    const r = parse(q)
    expect(r.kind === 'query' && r.query.intent === 'metric' ? r.query.filters.states : undefined).toBeUndefined()
  })
})

describe('a last few forms', () => {
  it.each([
    ['昨年度、参加者数が最も少なかった事業はどの事業でしょうか。', { intent: 'largest_event', order: 'smallest' }],
    ['2022年度で、公館が所在する州を1つも含まない事業って何件？', { filters: { outsideHostState: true } }],
    ['In FY2022, which state ranks second from the bottom on participants (among states that had events)?', { intent: 'ranked_place', place: 2, fewest: true, groupBy: 'state', metric: 'participants' }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })
})

describe('asides and glosses, once more', () => {
  it.each([
    ['how many months in FY2022 had zero events? trying to spot gaps', { intent: 'empty_months', answer: 'count' }],
    ['Events before 2020 (calendar) — how many?', { filters: { period: { kind: 'dates_until', to: '2019-12-31' } } }],
    ["what's the average number of events per month in FY2022? roughly how busy are we", { intent: 'average_events', per: 'month' }],
    ["sorry, how many events have no city recorded at all? I'm cleaning up the data", { filters: { withoutCity: true } }],
    ['which event in FY2022 cost the most? just want to know which one it was', { intent: 'largest_event', by: 'cost' }],
    ['Which fiscal year had the largest decline in event count versus the prior year?', { intent: 'year_change', direction: 'drop', metric: 'events' }],
    ['hey, for a slide I need participants by fiscal year but only for in-person events, is that possible?', { groupBy: 'fiscal_year', filters: { formats: ['in_person'] } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it('keeps "but only" with nothing read after it named', () => {
    expect(parse('participants by fiscal year but only the big ones').kind).not.toBe('query')
  })
})
