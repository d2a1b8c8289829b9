// A filter the parser reads is in the query it answers with, whatever the intent, or there is no figure.
// A held-out reading found single-event and set questions ("largest event in Milwaukee", "largest event
// excluding online") answered over every event: the city, title word, partner and structure filters were
// read, so no word was left unused, but only the metric path put them in its query. Here every kind of
// question is crossed with every kind of filter, in both languages.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { parseResultSchema, type Filters, type ParseResult } from '../../../src/questions/query.ts'

const asOf = '2023-08-15'
const parse = (q: string): ParseResult => parseResultSchema.parse(parseQuestion(q, { asOf }))

/** Questions of each kind, with {F} where a filter phrase goes. */
const KINDS_EN = [
  'how many events {F} in FY2022?',
  'the largest event {F}',
  'the smallest event {F} in FY2021',
  'median participants {F} in FY2022',
  'how many distinct partners {F} in FY2022?',
  'which states had at least 3 events {F} in FY2022?',
  'which offices had no events {F} in FY2022?',
  'states with events {F} in FY2021 but not in FY2022',
  'which states had their first event {F} in FY2022?',
  'list events {F} in FY2022',
  'what share of events {F} in FY2022 were online?',
]
const KINDS_JA = [
  '2022年度の{F}事業の件数は？',
  '{F}最大の事業は？',
  '2022年度の{F}事業の参加者数の中央値',
  '2022年度の{F}事業の連携団体数は？',
  '2022年度に{F}事業を3件以上実施した州は？',
  '2022年度に{F}事業を実施しなかった公館は？',
  '2022年度の{F}事業の一覧',
]

/** A filter phrase and the filter slot it must fill. */
const FILTERS_EN: [string, (f: Filters) => unknown][] = [
  ['in Milwaukee', (f) => f.city],
  ['excluding online', (f) => f.exclude],
  ['with JETRO', (f) => f.partner],
  ['with over 1,000 participants', (f) => f.participantCount],
  ['spanning more than one state', (f) => f.stateCount],
  ['with no theme', (f) => f.withoutTheme],
  ['titled "sake"', (f) => f.text],
]
const FILTERS_JA: [string, (f: Filters) => unknown][] = [
  ['ミルウォーキー市での', (f) => f.city],
  ['オンラインを除く', (f) => f.exclude],
  ['ジェトロと連携した', (f) => f.partner],
  ['参加者1000名以上の', (f) => f.participantCount],
  ['複数州にまたがる', (f) => f.stateCount],
  ['テーマ未設定の', (f) => f.withoutTheme],
  ['タイトルに「酒」を含む', (f) => f.text],
]

function cases(kinds: string[], filters: [string, (f: Filters) => unknown][]): [string, (f: Filters) => unknown][] {
  return kinds.flatMap((k) => filters.map(([phrase, slot]) => [k.replace('{F}', phrase).replace(/\s+/g, ' ').trim(), slot] as [string, (f: Filters) => unknown]))
}

describe('a filter read is a filter used: every kind of question × every kind of filter', () => {
  const all = [...cases(KINDS_EN, FILTERS_EN), ...cases(KINDS_JA, FILTERS_JA)]
  it.each(all)('%s', (q, slot) => {
    const r = parse(q)
    // no figure (a refusal or a question back) is honest; a figure must carry the filter in each reading
    const queries = r.kind === 'query' ? [r.query] : r.kind === 'clarify' ? r.options.map((o) => o.query) : []
    for (const query of queries) expect(slot(query.filters), JSON.stringify(query)).toBeDefined()
  })

  it('the single-event and set questions do answer with these filters (not only refuse)', () => {
    const answered = all.filter(([q]) => parse(q).kind === 'query').length
    // most pairs are answerable; the property above is not met by refusing everything
    expect(answered).toBeGreaterThan(all.length / 2)
  })
})
