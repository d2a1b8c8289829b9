// The filters added for more kinds of question — a calendar month in every year ("December across all
// years"), events without a partner, events tagged with every one of several themes — through every executor
// path, against the naive reference (reference.ts, plain JavaScript over the events) on a real SQLite file AND
// on PostgreSQL: every metric × grouping under each filter, the other intents, and the edge cases each
// filter must tell apart.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Filters, type GroupBy, type Metric, type Period, type Query } from '../../src/questions/query.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'
import { reference, type RefAnswer } from './reference.ts'

const AS_OF = '2024-06-15'
let events: StoredEvent[]

/** The fixture, with partner lists that have no name with a letter (no partner) and events with both themes. */
function fixture() {
  return makeEvents(300, 31).map((e, i) => ({
    ...e,
    partners: i % 11 === 0 ? ['・', ' '] : e.partners,
    themes: i % 7 === 0 ? (['climate_energy', 'innovation_st'] as typeof e.themes) : i % 7 === 1 ? (['climate_energy'] as typeof e.themes) : e.themes,
  }))
}

const both = storeOnBoth({ name: 'more-filters', data: () => fixture(), asOf: AS_OF })
const stores = both.stores
beforeAll(() => {
  events = both.events()
})

/** Runs a query on both stores against the reference; the reference. */
const check = async (query: Query, asOf = AS_OF): Promise<RefAnswer> => (await both.check(query, asOf)).expected

const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
const GROUPS: Array<GroupBy | undefined> = [undefined, 'state', 'region', 'theme', 'office', 'activity_type', 'format', 'fiscal_year', 'month']
const FILTERS: Array<Omit<Filters, 'period'>> = [
  { months: [12] },
  { months: [3, 4], regions: ['south'] },
  { months: [1], themes: ['workforce', 'climate_energy'] },
  { withoutPartner: true },
  { withoutPartner: true, states: ['TX', 'CA', 'NY'], exclude: { formats: ['online'] } },
  { allThemes: ['climate_energy', 'innovation_st'] },
  { allThemes: ['climate_energy', 'innovation_st'], offices: ['chicago', 'new-york', 'embassy'] },
  { allThemes: ['climate_energy', 'innovation_st'], withoutPartner: true, months: [4, 5, 6, 7, 8, 9] },
]

const value = (r: RefAnswer) => (r.kind === 'scalar' ? (r.value ?? 0) : NaN)

describe('a month in every year, no partner, all of several themes (SQLite and PostgreSQL)', () => {
  it('the fixture has events each filter tells apart', () => {
    const past = events.filter((e) => e.startDate <= AS_OF)
    expect(past.some((e) => e.partners.length > 0 && e.partners.every((p) => !/[\p{L}\p{N}]/u.test(p)))).toBe(true)
    expect(past.some((e) => e.partners.length === 0)).toBe(true)
    expect(past.some((e) => e.themes.length === 1 && e.themes[0] === 'climate_energy')).toBe(true)
    expect(past.some((e) => e.startDate.slice(5, 7) === '12')).toBe(true)
  })

  it('agree with the reference for every metric and grouping under each filter', async () => {
    const periods: Period[] = [{ kind: 'all' }, { kind: 'fy', from: 2018, to: 2023 }]
    let checked = 0
    for (const period of periods) {
      for (const filter of FILTERS) {
        for (const metric of METRICS) {
          for (const groupBy of GROUPS) {
            if (groupBy === 'month' && period.kind === 'all') continue
            await check({ intent: 'metric', metric, filters: { period, ...filter }, ...(groupBy ? { groupBy } : {}) })
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(600)
  }, 300_000)

  it('agree with the reference for comparisons, first-time states, states without events and lists', async () => {
    for (const filter of FILTERS) {
      const filters = { period: { kind: 'all' as const }, ...filter }
      await check({ intent: 'compare', metric: 'events', filters, periods: [{ kind: 'fy', from: 2021, to: 2021 }, { kind: 'fy', from: 2022, to: 2022 }] })
      await check({ intent: 'first_time_states', filters: { ...filters, period: { kind: 'fy', from: 2022, to: 2022 } } })
      await check({ intent: 'uncovered_states', filters: { ...filters, period: { kind: 'fy', from: 2021, to: 2022 } } })
      await check({ intent: 'list_events', filters, limit: 15 })
      await check({ intent: 'metric', metric: 'events', filters, groupBy: 'month', top: 1 })
    }
  }, 120_000)

  it('December in every year is the sum of each year\'s December', async () => {
    const all = value(await check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, months: [12] } }))
    let sum = 0
    for (let y = 2016; y <= 2024; y++) {
      sum += value(await check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'dates', from: `${y}-12-01`, to: `${y}-12-31` } } }))
    }
    expect(all).toBeGreaterThan(0)
    expect(all).toBe(sum)
  })

  it('no partner leaves out an event with a partner, and counts a list of names without a letter as none', async () => {
    const none = value(await check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, withoutPartner: true } }))
    const past = events.filter((e) => e.startDate <= AS_OF)
    expect(none).toBe(past.filter((e) => !e.partners.some((p) => /[\p{L}\p{N}]/u.test(p))).length)
    expect(none).toBeLessThan(past.length)
  })

  it('all of two themes is fewer than either theme and than any of them', async () => {
    const f = (over: Partial<Filters>) => check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, ...over } }).then(value)
    const both = await f({ allThemes: ['climate_energy', 'innovation_st'] })
    const climate = await f({ themes: ['climate_energy'] })
    const either = await f({ themes: ['climate_energy', 'innovation_st'] })
    expect(both).toBeGreaterThan(0)
    expect(both).toBeLessThan(climate)
    expect(climate).toBeLessThan(either)
  })
})
