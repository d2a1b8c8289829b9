// Regressions for the six parser errors the blind held-out report found (97.0%, 194/200). Each bug is
// checked with phrasings of our own, never the blind set's wording, so the general rule is what is held.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { MODEL_CONFIDENCE_THRESHOLD } from '../../../src/questions/answer-question.ts'
import { parseResultSchema, type ParseResult, type Query } from '../../../src/questions/query.ts'

const asOf = '2023-08-15'
const parse = (q: string): ParseResult => parseResultSchema.parse(parseQuestion(q, { asOf }))
function query(q: string): Extract<ParseResult, { kind: 'query' }> {
  const r = parse(q)
  if (r.kind !== 'query') throw new Error(`expected a query for ${q}, got ${JSON.stringify(r)}`)
  return r
}
/** The words named as unused (the question gets no figure). */
function unused(q: string): string[] {
  const r = parse(q)
  if (r.kind !== 'unknown' || r.reason !== 'unused_words') throw new Error(`expected unused_words for ${q}, got ${JSON.stringify(r)}`)
  return r.words ?? []
}
const fy = (y: number) => ({ kind: 'fy', from: y, to: y }) as const
const uncovered = (period: Query['filters']['period']): Query => ({ intent: 'uncovered_states', filters: { period } })

describe('bug 1: a Japanese negation on a 州 question asks for the states without events', () => {
  it('reads なかった / 行っていない / 未実施 / 空白 / されていない as uncovered states, with the period', () => {
    const cases: [string, Query][] = [
      ['2021年度にイベントがなかった州を教えて', uncovered(fy(2021))],
      ['昨年度、事業を行っていない州は？', uncovered({ kind: 'fy_relative', offset: -1 })],
      ['どの州で事業が未実施ですか', uncovered({ kind: 'all' })],
      ['空白の州はどこですか', uncovered({ kind: 'all' })],
      ['令和3年度に案件のなかった州は', uncovered(fy(2021))],
      ['2020年度に事業が実施されていない州の一覧', uncovered(fy(2020))],
    ]
    for (const [q, want] of cases) {
      const r = query(q)
      expect(r.query, q).toEqual(want)
      expect(r.confidence, q).toBe(1)
    }
  })

  it('keeps 少なかった (fewest) apart from なかった (none)', () => {
    expect(query('事業が最も少なかった州は？').query.intent).toBe('metric')
  })

  it('gives no figure for a negation it cannot express, and names it', () => {
    for (const q of ['令和4年度に開催しなかった分野の件数']) {
      expect(unused(q).join(' '), q).toMatch(/なかった/)
    }
  })

  it('reads the months with no event as those months (empty_months), never as a count of events', () => {
    expect(query('2022年度に事業がなかった月は？').query).toEqual({ intent: 'empty_months', filters: { period: { kind: 'fy', from: 2022, to: 2022 } }, answer: 'list' })
  })
})

describe('bug 2: shorthand ("w/o") is spelt out, and an unmapped restriction lowers the confidence', () => {
  it('reads w/o, w/out and wo/ as without', () => {
    for (const q of ['participants in states w/o consulates last FY', 'events w/out a Japanese consulate in FY2021', 'how many events in wo/ consulate states']) {
      const r = query(q)
      expect(r.query.filters.withoutOffice, q).toBe(true)
      expect(r.confidence, q).toBeGreaterThanOrEqual(MODEL_CONFIDENCE_THRESHOLD)
    }
  })

  it('reads # of, no. of and approx. without losing confidence', () => {
    for (const q of ['# of events in Ohio in FY2022', 'no. of events in Ohio in FY2022', 'approx. how many events in Ohio in FY2022']) {
      const r = query(q)
      expect(r.query, q).toEqual({ intent: 'metric', metric: 'events', filters: { period: fy(2022), states: ['OH'] } })
      expect(r.confidence, q).toBe(1)
    }
  })

  it('never drops an exclusion or a restriction it cannot map: no figure, the words named as written', () => {
    const cases: [string, string][] = [
      ['events in Texas, not Ohio', 'not'],
      ['events w/ a consulate in FY2022', 'consulate'],
      ['how many events not held online', 'not'],
    ]
    for (const [q, word] of cases) expect(unused(q), q).toContain(word)
    // an unclear scope is asked back: every reading offered keeps both names, one of them excluded
    for (const q of ['excluding online and Texas events', 'オンラインとテキサス州以外の件数']) {
      const r = parseQuestion(q, { asOf: '2023-08-15' })
      if (r.kind !== 'clarify') throw new Error(`${q}: a question back expected`)
      for (const o of r.options) expect(o.query.filters.exclude?.formats, q).toEqual(['online'])
    }
  })
})

describe('bug 3: LA (and Washington) in any position asks which is meant; unused place tokens lower the confidence', () => {
  const clarifiesLa = (q: string) => {
    const r = parse(q)
    expect(r.kind, q).toBe('clarify')
    if (r.kind !== 'clarify') return
    expect(r.options.map((o) => [o.query.filters.states, o.query.filters.offices]), q).toEqual([
      [['LA'], undefined],
      [undefined, ['los-angeles']],
    ])
  }

  it('clarifies LA as a subject, a possessive, shouted or written L.A.', () => {
    for (const q of ["LA's food events in FY2021", 'did LA run any seminars this FY?', 'HOW MANY EVENTS DID LA HOLD IN FY2022', 'events organised by L.A. last fiscal year']) {
      clarifiesLa(q)
    }
    const r = parse('did LA run any seminars this FY?')
    if (r.kind === 'clarify') expect(r.options[0]?.query.filters.period).toEqual({ kind: 'fy_relative', offset: 0 })
  })

  it('still reads "the LA consulate" as the office, without asking', () => {
    expect(query('events held by the L.A. consulate in FY2022').query.filters.offices).toEqual(['los-angeles'])
  })

  it('clarifies Washington as a subject too', () => {
    const r = parse('did Washington hold any seminars in FY2021?')
    expect(r.kind).toBe('clarify')
  })

  it('gives no total when a place it cannot use is named, and names it', () => {
    const cases: [string, string][] = [
      ['how many events in Plano in FY2022', 'Plano'],
      ['how many events did tx do', 'tx'],
      ['events run by the consulate in FY2022', 'consulate'],
      ['how many events did the XY team hold', 'XY team'],
    ]
    for (const [q, word] of cases) expect(unused(q), q).toContain(word)
  })
})

describe('bug 4: "the year before" another period compares it with its previous fiscal year, in time order', () => {
  it('reads the year before / the prior year / a year earlier / 前の年度 / 前年度 after a year', () => {
    const cases: [string, 'events' | 'participants', number][] = [
      ['FY2021 participants vs the prior year', 'participants', 2021],
      ['compare events in FY2020 with the year before', 'events', 2020],
      ['how many events in FY2022 compared to a year earlier?', 'events', 2022],
      ['2021年度と前の年度の参加者数を比べて', 'participants', 2021],
      ['令和4年度と前年度の件数を比較', 'events', 2022],
    ]
    for (const [q, metric, y] of cases) {
      expect(query(q).query, q).toEqual({ intent: 'compare', metric, filters: { period: { kind: 'all' } }, periods: [fy(y - 1), fy(y)] })
    }
  })

  it('keeps "the year before last" two years back and 前年度 alone last fiscal year', () => {
    expect(query('events the fiscal year before last').query.filters.period).toEqual({ kind: 'fy_relative', offset: -2 })
    // a year word (not a fiscal year) asks which: the fiscal year two back or the calendar year two back
    const asked = parseQuestion('events the year before last', { asOf: '2023-08-15' })
    expect(asked.kind === 'clarify' && asked.options.map((o) => ('filters' in o.query ? o.query.filters?.period : undefined))).toEqual([
      { kind: 'fy_relative', offset: -2 },
      { kind: 'dates', from: '2021-01-01', to: '2021-12-31' },
    ])
    expect(query('前年度の件数').query.filters.period).toEqual({ kind: 'fy_relative', offset: -1 })
  })
})

describe("bug 5: contractions (haven't, didn't, weren't…) read like the full negation", () => {
  it('reads them as uncovered states, keeping the period', () => {
    const cases: [string, Query][] = [
      ["which states hasn't the task force reached?", uncovered({ kind: 'all' })],
      ['states we didnt cover in FY2022', uncovered(fy(2022))],
      ["where haven't we held any events since FY2020?", uncovered({ kind: 'fy', from: 2020 })],
      ['which states weren’t covered last fiscal year', uncovered({ kind: 'fy_relative', offset: -1 })],
      ['states not yet reached', uncovered({ kind: 'all' })],
    ]
    for (const [q, want] of cases) expect(query(q).query, q).toEqual(want)
  })
})

describe('bug 6: SQL in any shape is refused', () => {
  it('refuses statements, tautologies and comment tricks as out of scope', () => {
    for (const q of [
      'select count(*) from events',
      'SELECT name FROM EventState',
      'events; DROP TABLE Event;',
      "Texas' UNION SELECT password FROM users --",
      'how many events where 1=1',
      "events in Ohio ' OR '1'='1",
      'events in Ohio /* all */',
      'UPDATE Event SET participants = 0',
    ]) {
      expect(parse(q), q).toEqual({ kind: 'unknown', reason: 'out_of_scope' })
    }
  })

  it('still reads ordinary questions with "select", "where" and "from" (not as SQL)', () => {
    // "where" asks for places, which a count does not answer: no figure, and the word is named
    expect(unused('where did we hold events in FY2022?')).toEqual(['where'])
    expect(query('events from FY2022 in Ohio').query.filters.states).toEqual(['OH'])
  })
})
