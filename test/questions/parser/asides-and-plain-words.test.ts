// Asides about the asker read as nothing once everything else was read ("for a map slide", "my manager wants the
// list", 新人なので初歩的な質問ですが), plain words of both languages (どちら, 整理, なんけん, hmm, "online count"),
// and spending as cost: each checked with phrasings of our own, and an aside holding a condition still named.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('asides about the asker', () => {
  it.each([
    ["hi! could I get the FY2022 event count broken down by region? it's for a map slide", { intent: 'metric', groupBy: 'region' }],
    ['How many events have we had since October 2022? I\'m updating a tracker', { intent: 'metric', metric: 'events' }],
    ['how many events ran for exactly two days? sorry, I know it\'s oddly specific', { intent: 'metric', metric: 'events' }],
    ['Sorry to bother you — which states got their very first event in FY2018? My manager wants the list', { intent: 'first_time_states' }],
    ['not sure how to ask this, but how many of our FY2022 events had no partner at all?', { intent: 'metric', filters: { period: fy(2022), withoutPartner: true } }],
    ['Hi! I\'m new here :) Could you tell me how many events the Seattle consulate did last fiscal year?', { intent: 'metric', filters: { offices: ['seattle'] } }],
    ['すみません、新人なので初歩的な質問ですが、2022年度の月別の件数を教えていただけますか。', { intent: 'metric', groupBy: 'month' }],
    ['恐れ入ります、2022年度の曜日別の件数って出せますか？スライドに使いたくて', { intent: 'metric', groupBy: 'weekday' }],
    ['資料作成中です。州別の件数で上位5州を教えていただけると助かります…！', { intent: 'metric', groupBy: 'state', top: 5 }],
    ['Writing from the US side: how many events were held in Texas in FY2021?', { intent: 'metric', filters: { states: ['TX'], period: fy(2021) } }],
    ["I'm new to the budget side, so apologies in advance - what was the total cost of our events in FY2022?", { intent: 'budget_execution', figure: 'spent' }],
    ['Sorry if this is a basic question, I only joined last week - how many outreach events have we held in total since the programme started?', { intent: 'metric', metric: 'events' }],
    ['Sorry to ask again - for my onboarding notes, how many events per month did we average in FY2022?', { intent: 'average_events', per: 'month' }],
    ['2022年度の延べ参加者数につきまして、前年度比の増減率をご教示いただけますでしょうか。', { intent: 'compare', metric: 'participants' }],
    ['Hey folks, how many events did you run in the Midwest last fiscal year?', { intent: 'metric', filters: { regions: ['midwest'] } }],
    ['Sorry for the bother! How many events did we hold in the last 6 months? I need it for a status update.', { intent: 'metric', filters: { period: { kind: 'recent', n: 6, unit: 'months' } } }],
    ['Sorry, quick one from the new guy: how many events were held in Honolulu itself, all years?', { intent: 'metric', filters: { city: 'honolulu' } }],
    ['Apologies, this might be a silly question, but how many of the 50 states have we covered so far?', { intent: 'metric', metric: 'states_covered' }],
    ['Sorry if this is the wrong channel - how many events have we done together with JETRO so far?', { intent: 'metric', filters: { partner: 'JETRO' } }],
  ])('%s: the question itself', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // a condition inside the aside is a word read (online), so the aside is not one: nothing dropped in silence
    "how many events in FY2022? it's for the online slide",
    // words of an aside that are no aside
    'how many events in FY2022? my manager wants only the big ones',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })
})

describe('plain words', () => {
  it.each([
    ['2019年度に参加者数が最も多かった地域はどちらでしょうか。', { groupBy: 'region', top: 1, metric: 'participants' }],
    ['R3のオンラインの件数おしえてー', { metric: 'events', filters: { period: fy(2021), formats: ['online'] } }],
    ['R4.6の件数ってなんけん？', { metric: 'events' }],
    ['ベストプラクティスをカテゴリ別に件数で整理していただけますか。', { groupBy: 'best_practice_category' }],
    ['hmm, how many events did we run in the first half of FY2022? thanks so much!!', { filters: { period: { kind: 'fy_part', fy: 2022, part: 'h1' } } }],
    ['FY22 online count', { metric: 'events', filters: { period: fy(2022), formats: ['online'] } }],
    ['アンカレジ事務所って去年度なんけんやった？', { metric: 'events', filters: { offices: ['anchorage'] } }],
    ['テキサス洲以外での2022年度の件数', { metric: 'events', filters: { exclude: { states: ['TX'] } } }],
    ['JETROと組んだ事業って何件ありましたっけ', { metric: 'events', filters: { partner: 'JETRO' } }],
    ["How many states did the Chicago consulate's events touch in FY2021?", { metric: 'states_covered', filters: { offices: ['chicago'] } }],
    ['累計の延べ参加者数で上位3公館はいずれでしょうか。', { metric: 'participants', groupBy: 'office', top: 3 }],
    ['令和元年度の参加者数の中央値はいかほどでしょうか。', { intent: 'median_participants' }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it('keeps a participant count the participants', () => {
    expect(query('participant count FY22')).toMatchObject({ metric: 'participants' })
  })
})

describe('spending is the costs recorded', () => {
  it.each([
    ['sorry to bother — how much did we spend per participant in FY2021 (only events with a cost)?', { intent: 'event_cost', figure: 'per_participant' }],
    ['FY2022 spend per office', { intent: 'event_cost', figure: 'total', groupBy: 'office' }],
    ['how much did we spend in FY2022?', { filters: { period: fy(2022) } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })
})
