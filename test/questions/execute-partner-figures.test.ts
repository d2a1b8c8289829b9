// Partner figures beyond the count (distinct_partners): the partner at the N-th place of the ranking, the
// partners named on a number of events, the partners first named in a period, the different partners of each
// fiscal year or office, and a partner the events must not name (excludePartners) — on a real SQLite file AND
// on PostgreSQL, against figures worked out by hand from a fixture whose partners, dates and offices are set.
import { describe, expect, it } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import type { QueryResult } from '../../src/questions/execute.ts'
import type { Query } from '../../src/questions/query.ts'
import { storeOnBoth } from './both-stores.ts'
import { makeEvents } from './fixtures.ts'

const AS_OF = '2024-06-15'
// Alpha on 3 events (one spelled 'alpha '), Beta 2, Gamma 2, Delta 1, Epsilon 1, Zeta 1
const ROWS: Array<[string, 'chicago' | 'boston', string[]]> = [
  ['2020-05-01', 'chicago', ['Alpha']],
  ['2020-06-01', 'chicago', ['Alpha', 'Beta']],
  ['2021-05-01', 'boston', ['alpha ', 'Gamma']],
  ['2021-06-01', 'boston', ['Delta']],
  ['2021-07-01', 'chicago', []],
  ['2022-05-01', 'boston', ['Beta', 'Epsilon']],
  ['2022-06-01', 'chicago', ['Gamma']],
  ['2022-07-01', 'chicago', ['Zeta']],
]
function fixture(): EventData[] {
  return makeEvents(ROWS.length, 5).map((e, i) => {
    const [startDate, officeCode, partners] = ROWS[i]!
    return { ...e, startDate, endDate: null, fiscalYear: fiscalYearOf(startDate), officeCode, partners }
  })
}
const both = storeOnBoth({ name: 'partner-figures', data: fixture, asOf: AS_OF })
const fy = (y: number) => ({ kind: 'fy' as const, from: y, to: y })
const all = { kind: 'all' as const }

async function partners(q: Omit<Extract<Query, { intent: 'distinct_partners' }>, 'intent'>): Promise<Extract<QueryResult, { kind: 'partners' }>> {
  const [sqlite, pg] = await both.run({ intent: 'distinct_partners', ...q } as Query)
  expect(pg).toEqual(sqlite)
  if (sqlite?.kind !== 'partners') throw new Error('a partners result expected')
  return sqlite
}

describe('partner figures (SQLite and PostgreSQL)', () => {
  it('the partner at a place: the tie at 2nd place, a place inside a tie, the place after it', async () => {
    const second = await partners({ filters: { period: all }, place: 2 })
    expect(second.placed?.partners.map((p) => [p.key, p.events])).toEqual([['beta', 2], ['gamma', 2]])
    const answer = renderAnswer({ question: 'which partner is the second most frequent?', result: second })
    expect(answer.text.en).toContain('2 partners share 2nd place')
    expect(answer.text.ja).toContain('2番目に多いパートナーは次の2団体')
    const third = await partners({ filters: { period: all }, place: 3 })
    expect(third.placed?.partners).toEqual([])
    expect(third.placed?.tie).toEqual({ rank: 2, events: 2, names: ['Beta', 'Gamma'] })
    expect(renderAnswer({ question: 'third most frequent partner', result: third })).toMatchObject({ kind: 'breakdown', rows: [] })
    const fourth = await partners({ filters: { period: all }, place: 4 })
    expect(fourth.placed?.partners.map((p) => p.key)).toEqual(['delta', 'epsilon', 'zeta'])
  })

  it('partners named on only one event, and on at least 2', async () => {
    expect((await partners({ filters: { period: all }, eventsPerPartner: { lte: 1 } })).value).toBe(3)
    expect((await partners({ filters: { period: all }, eventsPerPartner: { gte: 2 } })).value).toBe(3)
    expect((await partners({ filters: { period: all }, eventsPerPartner: { gte: 3 } })).value).toBe(1)
    // within FY2022 alone every partner is named once
    expect((await partners({ filters: { period: fy(2022) }, eventsPerPartner: { lte: 1 } })).value).toBe(4)
  })

  it('partners first named in a fiscal year: named on no earlier event of the same filters', async () => {
    expect((await partners({ filters: { period: fy(2021) }, firstTime: true })).value).toBe(2) // Gamma, Delta
    expect((await partners({ filters: { period: fy(2022) }, firstTime: true })).value).toBe(2) // Epsilon, Zeta
    // Boston had no event before FY2021: alpha is new to it
    expect((await partners({ filters: { period: fy(2021), offices: ['boston'] }, firstTime: true })).value).toBe(3)
    const r = await partners({ filters: { period: fy(2021) }, firstTime: true })
    const answer = renderAnswer({ question: 'partners new in FY2021', result: r })
    expect(answer.text.en).toContain('named for the first time')
    expect(answer.text.ja).toContain('初めて記載された連携団体は2団体')
    // "which partners …": the partners themselves, not only their number
    expect(r.names).toEqual(['Delta', 'Gamma']) // one event each in FY2021: by key
    expect(answer.text.en).toContain(': Delta, Gamma.')
    expect(answer.text.ja).toContain('Delta、Gamma')
    expect((await partners({ filters: { period: all }, eventsPerPartner: { lte: 1 } })).names?.sort()).toEqual(['Delta', 'Epsilon', 'Zeta'])
  })

  it('the different partners of each fiscal year and of each office', async () => {
    const byFy = await partners({ filters: { period: all }, groupBy: 'fiscal_year' })
    expect(byFy.groups?.map((g) => [g.key, g.partners])).toEqual([['2020', 2], ['2021', 3], ['2022', 4]])
    const byOffice = await partners({ filters: { period: all }, groupBy: 'office' })
    expect(byOffice.groups?.map((g) => [g.key, g.partners])).toEqual([['boston', 5], ['chicago', 4]])
    expect(renderAnswer({ question: 'distinct partners by office', result: byOffice })).toMatchObject({ kind: 'breakdown', rows: [{ key: 'boston', value: 5 }, { key: 'chicago', value: 4 }] })
  })

  it('events that do not name a partner: those with no partner at all included', async () => {
    const [r] = await both.run({ intent: 'metric', metric: 'events', filters: { period: all, excludePartners: ['Alpha'] } })
    expect(r?.kind === 'scalar' && r.value).toBe(5)
    const [g] = await both.run({ intent: 'metric', metric: 'events', filters: { period: all, excludePartners: ['Alpha', 'Gamma'] } })
    expect(g?.kind === 'scalar' && g.value).toBe(4)
  })
})
