// A breakdown word with the values it splits, a range of participants among some events, the states one event of
// a kind covers, and examples given in brackets: each checked with phrasings of our own.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('a breakdown word with the values it splits', () => {
  it.each([
    ["What's the split between in-person, online and hybrid for all events ever? Thanks so much!!", 'format'],
    ['split between online and in-person events in FY2022', 'format'],
    ['オンラインと対面の内訳（2022年度）', 'format'],
    ['breakdown of FY2022 events in Texas and Ohio', 'state'],
  ])('%s: by that dimension', (q, groupBy) => {
    expect(query(q)).toMatchObject({ intent: 'metric', groupBy })
  })

  it('still asks which dimension when the breakdown word has no values', () => {
    expect(parse('breakdown of events in FY2022').kind).toBe('clarify')
  })
})

describe('the range of participants among some events', () => {
  it.each([
    ['Range of participants (max minus min) among FY2022 events?', { period: fy(2022) }],
    ['range of participants among online events', { period: { kind: 'all' }, formats: ['online'] }],
    ['difference between the largest and smallest event in FY2021 (participants)', { period: fy(2021) }],
  ])('%s: range_participants over those events', (q, filters) => {
    expect(query(q)).toEqual({ intent: 'event_stat', stat: 'range_participants', filters })
  })

  it('gives no figure for "range of participants" with no events named', () => {
    expect(parse('range of participants').kind).not.toBe('query')
  })
})

describe('how many states one event of a kind covers', () => {
  it.each([
    ['On average, how many states does one FY2022 event cover?', { period: fy(2022) }],
    ['On average, how many states does one online event cover?', { period: { kind: 'all' }, formats: ['online'] }],
  ])('%s: avg_states over those events', (q, filters) => {
    expect(query(q)).toEqual({ intent: 'event_stat', stat: 'avg_states', filters })
  })

  it('names a word between that it cannot read', () => {
    expect(parse('On average, how many states does one blorp event cover?')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['blorp'] })
  })
})

describe('examples in brackets', () => {
  it.each([
    'how many events spanned 3 or more states? (like caravans and seminars)',
    'how many events spanned 3 or more states? (e.g. caravans)',
    'セミナー（例えば投資セミナーなど）の件数',
  ])('%s: never read as a filter, named, no figure', (q) => {
    const r = parse(q)
    expect(r.kind).toBe('unknown')
    expect(r.kind === 'unknown' && r.reason === 'unused_words' ? (r.words ?? []).join(' ') : '').toMatch(/like|e\.g|例えば/)
  })
})
