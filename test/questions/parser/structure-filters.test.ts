// The parser's structure filters: a negated filter (only the name next to the negation word), events
// without a theme, multi-state events and the number of states, participant bounds — and what stays refused.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import type { Filters } from '../../../src/questions/query.ts'
import { parse, query } from './read.ts'

const asOf = '2023-08-15'

function filtersOf(q: string): Filters {
  const r = parseQuestion(q, { asOf })
  if (r.kind !== 'query') throw new Error(`${q}: expected a query, got ${JSON.stringify(r)}`)
  return r.query.filters
}

function unused(q: string): string[] {
  const r = parseQuestion(q, { asOf })
  expect(r, q).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  return r.kind === 'unknown' ? (r.words ?? []) : []
}

describe('negated filters', () => {
  it.each<[string, Partial<Filters>]>([
    ['events excluding online in FY2022', { exclude: { formats: ['online'] } }],
    ['オンラインを除く2022年度の件数', { exclude: { formats: ['online'] } }],
    ['対面以外の事業', { exclude: { formats: ['in_person'] } }],
    ['how many events outside Texas?', { exclude: { states: ['TX'] } }],
    ['events outside TX', { exclude: { states: ['TX'] } }],
    ['events other than the Chicago consulate', { exclude: { offices: ['chicago'] } }],
    ['シカゴ総以外の件数', { exclude: { offices: ['chicago'] } }],
    ['events not in the West', { exclude: { regions: ['west'] } }],
    ['non-best-practice events', { bestPractice: false }],
    ['events excluding Texas and California', { exclude: { states: ['TX', 'CA'] } }],
    ['テキサス州とカリフォルニア州以外の事業数', { exclude: { states: ['TX', 'CA'] } }],
    ['events in FY2022 except the online ones', { exclude: { formats: ['online'] } }],
  ])('%s', (q, expected) => {
    expect(filtersOf(q)).toMatchObject(expected)
  })

  it('negates only the name next to the negation word', () => {
    const f = filtersOf('online events in Texas excluding the Chicago consulate')
    expect(f).toMatchObject({ formats: ['online'], states: ['TX'], exclude: { offices: ['chicago'] } })
    expect(f.exclude).toEqual({ offices: ['chicago'] })
    const ja = filtersOf('テキサス州のオンライン以外の事業')
    expect(ja).toMatchObject({ states: ['TX'], exclude: { formats: ['online'] } })
    expect(ja.formats).toBeUndefined()
  })

  it('refuses a double negation, a contrast, and "outside" a consulate city', () => {
    expect(unused('not excluding online events')).toEqual(['not'])
    expect(unused('オンライン以外ではない事業')).toEqual(['ではない'])
    expect(unused('events in Texas, not Ohio')).toContain('not')
    expect(unused('events outside Chicago')).toContain('outside')
    expect(parseQuestion('best practices and non-best-practice events', { asOf })).toMatchObject({ kind: 'unknown' })
  })

  it('asks back when the scope is unclear, offering only the readings that are queries', () => {
    const neither = { period: { kind: 'all' }, exclude: { states: ['TX'], formats: ['online'] } }
    const texasNotOnline = { period: { kind: 'all' }, states: ['TX'], exclude: { formats: ['online'] } }
    // a list mixing kinds: neither of them, or the one kind's events without the other
    for (const q of ['excluding online and Texas events', 'オンラインとテキサス州以外の件数']) {
      const r = parseQuestion(q, { asOf })
      if (r.kind !== 'clarify') throw new Error(`${q}: a question back expected, got ${r.kind}`)
      expect(r.options.map((o) => o.query.filters), q).toEqual([neither, texasNotOnline])
    }
    // a place after the negated name: Texas's events that are not online is the one reading a query holds
    // (every event except Texas's online ones is none), so it is the only one offered
    for (const q of ['excluding online events in Texas', 'テキサス州のオンライン事業以外の件数']) {
      const r = parseQuestion(q, { asOf })
      if (r.kind !== 'clarify') throw new Error(`${q}: a question back expected, got ${r.kind}`)
      expect(r.options.map((o) => o.query.filters), q).toEqual([texasNotOnline])
      expect(r.options[0]?.label.ja).toBe('テキサス州の事業のうちオンライン以外')
    }
  })
})

describe('no theme, number of states, participants', () => {
  it.each<[string, Partial<Filters>]>([
    ['テーマ未設定の事業', { withoutTheme: true }],
    ['events without a theme', { withoutTheme: true }],
    ['multi-state events', { stateCount: { gte: 2 } }],
    ['複数州にまたがる事業', { stateCount: { gte: 2 } }],
    ['events in 3 or more states', { stateCount: { gte: 3 } }],
    ['events spanning at least 4 states', { stateCount: { gte: 4 } }],
    ['3州以上にまたがる事業', { stateCount: { gte: 3 } }],
    ['single-state events', { stateCount: { lte: 1 } }],
    ['events with over 1,000 participants', { participantCount: { gt: 1000 } }],
    ['events with more than 1000 participants', { participantCount: { gt: 1000 } }],
    ['events with at least 500 participants', { participantCount: { gte: 500 } }],
    ['events with under 100 participants', { participantCount: { lt: 100 } }],
    ['events with at most 50 participants', { participantCount: { lte: 50 } }],
    ['events with 500+ participants', { participantCount: { gte: 500 } }],
    ['参加者1000名以上の事業', { participantCount: { gte: 1000 } }],
    ['100名未満の事業', { participantCount: { lt: 100 } }],
    ['参加者が50人以下の事業', { participantCount: { lte: 50 } }],
    ['参加者1000名超の事業', { participantCount: { gt: 1000 } }],
    // a range says its ends are inclusive, as it reads them
    ['events with between 200 and 800 attendees (inclusive)', { participantCount: { gte: 200, lte: 800 } }],
    ['events with between 200 and 800 participants, both inclusive', { participantCount: { gte: 200, lte: 800 } }],
  ])('%s', (q, expected) => {
    expect(filtersOf(q)).toMatchObject(expected)
  })

  it('counts events, not participants, when "participants" only bounds the events', () => {
    const r = parseQuestion('how many events had more than 100 participants?', { asOf })
    expect(r).toMatchObject({ kind: 'query', query: { intent: 'metric', metric: 'events' } })
    const p = parseQuestion('total participants of events with over 1000 participants in FY2022', { asOf })
    expect(p).toMatchObject({ kind: 'query', query: { metric: 'participants', filters: { participantCount: { gt: 1000 } } } })
  })

  it('reads no threshold on anything but participants (and partners) as a filter, and refuses two bounds on one side', () => {
    expect(parseQuestion('events with more than 5 staff', { asOf })).toMatchObject({ kind: 'unknown' })
    // partners per event take any count (Event.partnerCount)
    expect(parseQuestion('events with more than 5 partners', { asOf })).toMatchObject({ kind: 'query', query: { filters: { partnerCount: { gte: 6 } } } })
    // a threshold on events per state or office is its own question (states_with_min_events), never a filter
    expect(parseQuestion('5件以上実施した州', { asOf })).toMatchObject({ kind: 'query', query: { intent: 'states_with_min_events', min: 5 } })
    expect(parseQuestion('offices with more than 5 events', { asOf })).toMatchObject({ kind: 'query', query: { intent: 'states_with_min_events', min: 6, subject: 'office' } })
    expect(parseQuestion('events with over 100 participants and over 500 participants', { asOf })).toMatchObject({ kind: 'unknown' })
  })
})

describe('events touching exactly N states', () => {
  it('reads "exactly N states" and ちょうどN州 as that many states, exactly one as a single state', () => {
    const cases: [string, object, object?][] = [
      ['events with exactly 3 states', { gte: 3, lte: 3 }],
      ['ちょうど3州を対象にした事業', { gte: 3, lte: 3 }],
      ['how many events were held in exactly two states in FY2022?', { gte: 2, lte: 2 }, { kind: 'fy', from: 2022, to: 2022 }],
      ['ちょうど三州で実施した事業は何件？', { gte: 3, lte: 3 }],
      ['events with exactly one state', { lte: 1 }],
    ]
    for (const [q, stateCount, period] of cases) {
      expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters: { period: period ?? { kind: 'all' }, stateCount } })
    }
  })

  it('gives no figure for a number of states without ちょうど, two counts, or more states than there are', () => {
    for (const q of ['3州を対象にした事業', 'events with exactly 3 states and exactly 2 states', 'events with exactly 60 states', 'events with exactly 3 states or more']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})
