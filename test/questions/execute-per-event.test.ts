// Single events' statistics (event_stat: the largest and smallest participant count of one event, the average
// number of states per event, per group too), the number of partners, and every one of several states or
// partners: on a real SQLite file AND on PostgreSQL, against figures computed by hand from the fixture events.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Filters } from '../../src/questions/query.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'
import { refMatches, refPeriod } from './reference.ts'

const AS_OF = '2024-06-15'
let events: StoredEvent[]

/** The fixture, with some events in both Texas and Oklahoma (and DC), and a partner list of marks only. */
function fixture() {
  return makeEvents(240, 47).map((e, i) => ({
    ...e,
    stateCodes: i % 9 === 0 ? (['OK', 'TX'] as typeof e.stateCodes) : i % 9 === 1 ? (['DC', 'OK', 'TX'] as typeof e.stateCodes) : e.stateCodes,
    partners: i % 13 === 0 ? ['・'] : e.partners,
  }))
}

const both = storeOnBoth({ name: 'per-event', data: () => fixture(), asOf: AS_OF })
beforeAll(() => {
  events = both.events()
})

const matched = (f: Omit<Filters, 'period'>, period: Filters['period'] = { kind: 'all' }) => refMatches(events, { period, ...f }, refPeriod(period, AS_OF, events))
const named = (ps: readonly string[]) => ps.filter((p) => /[\p{L}\p{N}]/u.test(p)).length

const { run } = both

describe('event_stat (SQLite and PostgreSQL)', () => {
  it('gives the largest and smallest participant count of one event and the average states per event', async () => {
    const fy = { kind: 'fy' as const, from: 2021, to: 2021 }
    const es = matched({}, fy)
    expect(es.length).toBeGreaterThan(5)
    const ps = es.map((e) => e.participants)
    const expected = {
      max_participants: Math.max(...ps),
      min_participants: Math.min(...ps),
      avg_states: Math.round((es.reduce((n, e) => n + e.stateCodes.length, 0) * 10) / es.length) / 10,
    }
    for (const stat of ['max_participants', 'min_participants', 'avg_states'] as const) {
      for (const r of await run({ intent: 'event_stat', stat, filters: { period: fy } })) {
        expect(r.kind).toBe('event_stat')
        if (r.kind !== 'event_stat') continue
        expect(r.value, stat).toBe(expected[stat])
        expect(r.matchedEvents).toBe(es.length)
      }
    }
  })

  it('gives the statistic per group: by office and by state (an event in each of its states)', async () => {
    for (const groupBy of ['office', 'state', 'fiscal_year'] as const) {
      for (const r of await run({ intent: 'event_stat', stat: 'max_participants', filters: { period: { kind: 'fy', from: 2019, to: 2023 } }, groupBy })) {
        if (r.kind !== 'event_stat') throw new Error(r.kind)
        const es = matched({}, { kind: 'fy', from: 2019, to: 2023 })
        for (const row of r.rows) {
          const group = es.filter((e) => (groupBy === 'office' ? e.officeCode === row.key : groupBy === 'state' ? e.stateCodes.includes(row.key) : String(e.fiscalYear) === row.key))
          expect(row.events, `${groupBy} ${row.key}`).toBe(group.length)
          expect(row.value, `${groupBy} ${row.key}`).toBe(group.length === 0 ? null : Math.max(...group.map((e) => e.participants)))
        }
        if (groupBy === 'fiscal_year') expect(r.rows.map((x) => x.key)).toEqual(['2019', '2020', '2021', '2022', '2023'])
      }
    }
  })

  it('lists the event(s) touching the most states, every tie counted (largest_event by states)', async () => {
    const fy = { kind: 'fy' as const, from: 2018, to: 2023 }
    const es = matched({}, fy)
    const most = Math.max(...es.map((e) => e.stateCodes.length))
    const tied = es.filter((e) => e.stateCodes.length === most)
    expect(most).toBeGreaterThanOrEqual(3)
    for (const r of await run({ intent: 'largest_event', filters: { period: fy }, order: 'largest', by: 'states' })) {
      if (r.kind !== 'largest_event') throw new Error(r.kind)
      expect([r.states, r.participants, r.tied]).toEqual([most, null, tied.length])
      // the newest 20 of them, newest first
      const newest = [...tied].sort((a, b) => (a.startDate !== b.startDate ? (a.startDate < b.startDate ? 1 : -1) : b.id - a.id)).slice(0, 20)
      expect(r.events.map((e) => e.id)).toEqual(newest.map((e) => e.id))
    }
  })

  it('gives no figure over no events', async () => {
    for (const r of await run({ intent: 'event_stat', stat: 'avg_states', filters: { period: { kind: 'fy', from: 1990, to: 1990 } } })) {
      expect(r.kind === 'event_stat' && r.value).toBe(null)
    }
  })
})

describe('number of partners, every one of several states or partners (SQLite and PostgreSQL)', () => {
  it('the fixture has events each filter tells apart', () => {
    expect(events.filter((e) => named(e.partners) >= 2).length).toBeGreaterThan(0)
    expect(events.filter((e) => named(e.partners) === 1).length).toBeGreaterThan(0)
    expect(events.filter((e) => e.partners.length > 0 && named(e.partners) === 0).length).toBeGreaterThan(0)
  })

  const cases: Array<[Omit<Filters, 'period'>, (e: StoredEvent) => boolean]> = [
    [{ partnerCount: { gte: 2 } }, (e) => named(e.partners) >= 2],
    [{ partnerCount: { gte: 1 } }, (e) => named(e.partners) >= 1],
    [{ partnerCount: { gte: 1, lte: 1 } }, (e) => named(e.partners) === 1],
    [{ partnerCount: { lte: 1 } }, (e) => named(e.partners) <= 1],
    [{ allStates: ['TX', 'OK'] }, (e) => e.stateCodes.includes('TX') && e.stateCodes.includes('OK')],
    [{ allStates: ['TX', 'OK', 'DC'] }, (e) => ['TX', 'OK', 'DC'].every((s) => e.stateCodes.includes(s))],
    [{ allPartners: ['JETRO', 'Japan Society'] }, (e) => e.partners.includes('JETRO Chicago') && e.partners.includes('Japan Society')],
    // none of the partners: events with no partner at all are among them
    [{ excludePartners: ['JETRO'] }, (e) => !e.partners.some((p) => p === 'JETRO' || p === 'JETRO Chicago')],
    [{ excludePartners: ['JETRO', 'Japan Society'] }, (e) => !e.partners.some((p) => ['JETRO', 'JETRO Chicago', 'Japan Society', 'Japan Society of Boston', 'Ｊａｐａｎ　Ｓｏｃｉｅｔｙ'].includes(p))],
  ]

  it.each(cases.map(([f, pred]) => [JSON.stringify(f), f, pred] as const))('%s counts the events a hand count finds', async (_name, f, pred) => {
    const expected = events.filter((e) => e.startDate <= AS_OF && pred(e))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(events.filter((e) => e.startDate <= AS_OF).length)
    const { result } = await both.check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, ...f } })
    expect(result.kind === 'scalar' && result.value).toBe(expected.length)
    await both.check({ intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' }, ...f }, groupBy: 'office' })
    await both.check({ intent: 'metric', metric: 'states_covered', filters: { period: { kind: 'fy', from: 2020, to: 2023 }, ...f }, groupBy: 'region' })
  })

  it('a share of events with at least one partner', async () => {
    const fy = { kind: 'fy' as const, from: 2022, to: 2022 }
    const whole = matched({}, fy)
    const part = whole.filter((e) => named(e.partners) >= 1)
    const { result } = await both.check({ intent: 'share', of: 'events', filters: { period: fy }, condition: { partnerCount: { gte: 1 } } })
    expect(result.kind === 'share' && [result.part, result.whole]).toEqual([part.length, whole.length])
  })
})
