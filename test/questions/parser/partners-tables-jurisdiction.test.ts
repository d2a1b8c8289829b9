// Forms read since the eighteenth blind set: a partner the events must not name ("did not involve JNTO",
// 「JNTOが入っていない」), the partner at the N-th place, partners first named in a period, partners named on a
// number of events, the different partners of each fiscal year or office; a two-way table named by its two
// nouns ("office x format", 年度×形式); names joined by ・ (対面・オンライン・ハイブリッド); the jurisdiction said
// other ways ("went into at least one state outside …", 管轄外の州を対象にした); the date of the first or last
// event asked with "when" / いつ. And what each still may not be read as.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('partners', () => {
  it.each([
    ['events that did not involve JNTO in FY2022', { intent: 'metric', metric: 'events', filters: { period: fy(2022), excludePartners: ['JNTO'] } }],
    ['how many events without JETRO?', { filters: { excludePartners: ['JETRO'] } }],
    ['events excluding JETRO-partnered ones', { filters: { excludePartners: ['JETRO'] } }],
    ['JNTOが入ってない事業って何件？', { filters: { excludePartners: ['JNTO'] } }],
    ['2021年度にJETROと連携していない事業の件数', { filters: { period: fy(2021), excludePartners: ['JETRO'] } }],
    ['events with JETRO and JNTO both on board', { filters: { allPartners: ['JETRO', 'JNTO'] } }],
    ['Which partner is the second most frequent on our events?', { intent: 'distinct_partners', place: 2 }],
    ['the 3rd most common partner in FY2021', { intent: 'distinct_partners', place: 3, filters: { period: fy(2021) } }],
    ['連携回数が3番目に多いパートナーはどこ？', { intent: 'distinct_partners', place: 3 }],
    ['How many partner organisations appeared for the first time in FY2022?', { intent: 'distinct_partners', firstTime: true, filters: { period: fy(2022) } }],
    ['new partners in FY2021', { intent: 'distinct_partners', firstTime: true, filters: { period: fy(2021) } }],
    ['2021年度に初めて連携したパートナー団体はいくつ？', { intent: 'distinct_partners', firstTime: true, filters: { period: fy(2021) } }],
    ['partners that appear on only one event — how many?', { intent: 'distinct_partners', eventsPerPartner: { lte: 1 } }],
    ['1回しか出てこないパートナーって何団体くらい？', { intent: 'distinct_partners', eventsPerPartner: { lte: 1 } }],
    ['how many partner organisations have we worked with at least 10 times?', { intent: 'distinct_partners', eventsPerPartner: { gte: 10 } }],
    ['number of distinct partners we worked with in each fiscal year', { intent: 'distinct_partners', groupBy: 'fiscal_year' }],
    ['年度別の連携団体数', { intent: 'distinct_partners', groupBy: 'fiscal_year' }],
    ['公館ごとに、これまで連携したパートナー団体の数（重複なし）を教えてください', { intent: 'distinct_partners', groupBy: 'office' }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // a partner's negation says which partner; "not" before a partner's own words alone is not read
    'partners first named in all records',
    // first named needs a period: over the whole record every partner is
    'how many new partners so far?',
    // a second ranking beside the place
    'Which partner is the second most frequent, and the top 3 partners?',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })
})

describe('tables, lists and the jurisdiction', () => {
  it.each([
    ['FY2022 attendance, office x format', { intent: 'crosstab', metric: 'participants', groupBy: ['office', 'format'], filters: { period: fy(2022) } }],
    ['年度×形式のクロス集計（件数）をください', { intent: 'crosstab', metric: 'events', groupBy: ['fiscal_year', 'format'] }],
    ['table of event counts: region by fiscal year', { intent: 'crosstab', groupBy: ['region', 'fiscal_year'] }],
    ['年度と形式のクロス集計', { intent: 'crosstab', groupBy: ['fiscal_year', 'format'] }],
    ['2021年度、対面・オンライン・ハイブリッドそれぞれ何件？', { groupBy: 'format', filters: { period: fy(2021), formats: ['in_person', 'online', 'hybrid'] } }],
    ['在ナッシュビル総領事館の事業のうち管轄外の州を対象にした事業は何件でしょうか。', { filters: { offices: ['nashville'], outsideJurisdiction: true } }],
    ['FY2022: how many events went into at least one state outside the organising office\'s own jurisdiction?', { filters: { period: fy(2022), outsideJurisdiction: true } }],
    ['FY2021 events that reached into at least one state outside the organising office\'s jurisdiction', { filters: { period: fy(2021), outsideJurisdiction: true } }],
    ['管轄外の州を対象に含む事業の件数を、公館別にお示しください。', { groupBy: 'office', filters: { outsideJurisdiction: true } }],
    ['アイオワ州で最初に事業やったのっていつだっけ？', { intent: 'list_events', filters: { states: ['IA'] } }],
    ['when was our last event in Utah?', { intent: 'list_events', filters: { states: ['UT'] } }],
    ['テキサス州で最後に事業をしたのはいつですか', { intent: 'list_events', filters: { states: ['TX'] } }],
  ])('%s', (q, shape) => {
    expect(query(q)).toMatchObject(shape)
  })

  it.each([
    // only in states outside: not the filter (an event touching a served state too is one)
    '管轄外の州のみで実施した事業は何件でしょうか。',
    // a state and a format are no table's dimensions
    'how many events in Texas x online',
    // a name inside a longer katakana word is still no name
    'オンラインイベントフェアの件数',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })
})
