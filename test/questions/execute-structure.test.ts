// Exclusions ("outside Texas", "excluding online"), events without a theme, the number of states an event
// touches (multi-state) and participant bounds, through every executor path, against the naive reference on
// a real SQLite file AND on PostgreSQL: every metric × grouping under each filter, every intent, and random
// queries mixing the new filters with the others.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../src/domain/catalog.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import { querySchema, type Filters, type GroupBy, type Metric, type Period, type Query } from '../../src/questions/query.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'
import { reference, type RefAnswer } from './reference.ts'

const AS_OF = '2024-06-15'
let events: StoredEvent[]

const both = storeOnBoth({ name: 'structure', data: () => makeEvents(260, 23), asOf: AS_OF })
const stores = both.stores
beforeAll(() => {
  events = both.events()
})

/** Runs a query on both stores against the reference; the reference. */
const check = async (query: Query, asOf = AS_OF): Promise<RefAnswer> => (await both.check(query, asOf)).expected

const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
const GROUPS: Array<GroupBy | undefined> = [undefined, 'state', 'region', 'theme', 'office', 'activity_type', 'format', 'fiscal_year']
const FILTERS: Array<Omit<Filters, 'period'>> = [
  { exclude: { states: ['TX'] } },
  { exclude: { regions: ['west'] }, formats: ['online', 'hybrid'] },
  { regions: ['midwest'], exclude: { states: ['IL'] } },
  { states: ['CA', 'NY', 'TX'], exclude: { formats: ['online'] } },
  { exclude: { offices: ['chicago'], themes: ['trade_investment'] } },
  { exclude: { types: ['info'] }, bestPractice: false },
  { withoutTheme: true },
  { withoutTheme: true, states: ['WI', 'IL', 'CA'] },
  { stateCount: { gte: 2 } },
  { stateCount: { gte: 2 }, regions: ['south'] },
  { stateCount: { lte: 1 }, themes: ['workforce'] },
  { participantCount: { gt: 1000 } },
  { participantCount: { gte: 500, lt: 3000 }, regions: ['northeast', 'west'] },
  { participantCount: { lte: 100 }, withoutOffice: true },
]

describe('structure filters on SQLite and PostgreSQL', () => {
  it('the fixtures have events the new filters tell apart', () => {
    expect(events.some((e) => e.stateCodes.length >= 3)).toBe(true)
    expect(events.some((e) => e.stateCodes.length === 2 && e.stateCodes.includes('TX'))).toBe(true)
    expect(events.some((e) => e.themes.length === 0)).toBe(true)
    expect(events.some((e) => e.participants > 1000)).toBe(true)
  })

  it('agree with the reference for every metric and grouping under each filter', async () => {
    const period: Period = { kind: 'fy', from: 2018, to: 2023 }
    let checked = 0
    for (const filter of FILTERS) {
      for (const metric of METRICS) {
        for (const groupBy of GROUPS) {
          await check({ intent: 'metric', metric, filters: { period, ...filter }, ...(groupBy ? { groupBy } : {}) })
          checked++
        }
      }
    }
    expect(checked).toBe(FILTERS.length * METRICS.length * GROUPS.length)
  }, 240_000)

  it('agree with the reference for comparisons, first-time states, states without events and lists', async () => {
    for (const filter of FILTERS) {
      const filters = { period: { kind: 'all' as const }, ...filter }
      await check({ intent: 'compare', metric: 'events', filters, periods: [{ kind: 'fy', from: 2021, to: 2021 }, { kind: 'fy', from: 2022, to: 2022 }] })
      await check({ intent: 'first_time_states', filters: { ...filters, period: { kind: 'fy', from: 2022, to: 2022 } } })
      await check({ intent: 'first_time_states', filters })
      await check({ intent: 'uncovered_states', filters: { ...filters, period: { kind: 'fy', from: 2021, to: 2022 } } })
      await check({ intent: 'list_events', filters, limit: 15 })
    }
  }, 120_000)

  it('counts the events touching exactly N states, none with more or fewer, for every metric', async () => {
    for (const n of [2, 3]) {
      const filters: Filters = { period: { kind: 'all' }, stateCount: { gte: n, lte: n } }
      const exact = events.filter((e) => e.stateCodes.length === n && e.startDate <= AS_OF)
      expect(exact.length, `${n} states`).toBeGreaterThan(0)
      const { result } = await both.check({ intent: 'metric', metric: 'events', filters }, AS_OF)
      expect(result.kind === 'scalar' ? result.value : null).toBe(exact.length)
      for (const metric of METRICS) await check({ intent: 'metric', metric, filters, groupBy: 'office' })
    }
  })

  it('"outside Texas" leaves out a multi-state event touching Texas, and Texas from the states', async () => {
    const q: Query = { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, exclude: { states: ['TX'] } }, groupBy: 'state' }
    const ref = await check(q)
    const touching = events.filter((e) => e.startDate <= AS_OF && e.stateCodes.includes('TX') && e.stateCodes.length > 1)
    expect(touching.length).toBeGreaterThan(0)
    if (ref.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(ref.rows.map((r) => r.key)).not.toContain('TX')
    expect(ref.matched).toBe(events.filter((e) => e.startDate <= AS_OF && !e.stateCodes.includes('TX')).length)
    const uncovered = await check({ intent: 'uncovered_states', filters: { period: { kind: 'fy', from: 2020, to: 2020 }, exclude: { states: ['TX'] } } })
    expect(uncovered.kind === 'states' && uncovered.states).not.toContain('TX')
  })

  it('reads the bounds exactly: over (>) and at least (≥), under (<) and at most (≤)', async () => {
    const target = events.find((e) => e.startDate <= AS_OF)?.participants ?? 0
    const count = async (participantCount: Filters['participantCount']) => {
      const r = await check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, participantCount } })
      return r.kind === 'scalar' ? (r.value ?? 0) : NaN
    }
    const exactly = events.filter((e) => e.startDate <= AS_OF && e.participants === target).length
    expect(exactly).toBeGreaterThan(0)
    expect((await count({ gte: target })) - (await count({ gt: target }))).toBe(exactly)
    expect((await count({ lte: target })) - (await count({ lt: target }))).toBe(exactly)
  })
})

const codes = <T extends { code: string }>(xs: readonly T[]) => xs.map((x) => x.code)
const subset = (xs: string[]) => fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: 3 })
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.record({ kind: fc.constant('fy' as const), from: fc.integer({ min: 2016, max: 2025 }), to: fc.integer({ min: 2016, max: 2025 }) }),
  fc.record({ kind: fc.constant('dates' as const), from: fc.constant('2019-05-01'), to: fc.constant('2023-02-14') }),
)
const boundsArb = (max: number) =>
  fc.oneof(
    fc.record({ gt: fc.integer({ min: 0, max }) }),
    fc.record({ gte: fc.integer({ min: 0, max }) }),
    fc.record({ lt: fc.integer({ min: 1, max }) }),
    fc.record({ lte: fc.integer({ min: 0, max }) }),
    fc.record({ gte: fc.integer({ min: 0, max }), lte: fc.integer({ min: 0, max }) }),
  )
const excludeArb = fc.record(
  {
    states: subset(codes(STATES)),
    regions: subset(['northeast', 'midwest', 'south', 'west']),
    offices: subset(codes(OFFICES)),
    types: subset(codes(ACTIVITY_TYPES)),
    themes: subset(codes(THEMES)),
    formats: subset(codes(FORMATS)),
  },
  { requiredKeys: [] },
).filter((x) => Object.keys(x).length >= 1 && Object.keys(x).length <= 2)
const baseArb = fc
  .record(
    {
      states: subset(codes(STATES)),
      regions: subset(['northeast', 'midwest', 'south', 'west']),
      offices: subset(codes(OFFICES)),
      formats: subset(codes(FORMATS)),
      themes: subset(codes(THEMES)),
      bestPractice: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .filter((x) => Object.keys(x).length <= 2)
const structureArb = fc.oneof(
  excludeArb.map((exclude) => ({ exclude })),
  fc.constant({ withoutTheme: true as const }),
  boundsArb(4).map((stateCount) => ({ stateCount })),
  boundsArb(5000).map((participantCount) => ({ participantCount })),
  fc.tuple(excludeArb, boundsArb(5000)).map(([exclude, participantCount]) => ({ exclude, participantCount })),
)
const filtersArb = fc.tuple(periodArb, baseArb, structureArb).map(([period, base, structure]) => ({ period, ...base, ...structure }) as Filters)
const metricArb = fc.constantFrom<Metric>('events', 'participants', 'states_covered', 'offices_active', 'avg_participants')
const groupArb = fc.constantFrom<GroupBy>('fiscal_year', 'state', 'region', 'office', 'activity_type', 'theme', 'format')
const queryArb: fc.Arbitrary<Query> = fc.oneof(
  fc.record({ intent: fc.constant('metric' as const), metric: metricArb, filters: filtersArb }),
  fc.record(
    { intent: fc.constant('metric' as const), metric: metricArb, filters: filtersArb, groupBy: groupArb, top: fc.integer({ min: 1, max: 6 }) },
    { requiredKeys: ['intent', 'metric', 'filters', 'groupBy'] },
  ),
  fc.record({ intent: fc.constant('compare' as const), metric: metricArb, filters: filtersArb, periods: fc.tuple(periodArb, periodArb) }),
  fc.record({ intent: fc.constant('first_time_states' as const), filters: filtersArb }),
  fc.record({ intent: fc.constant('uncovered_states' as const), filters: filtersArb }),
  fc.record({ intent: fc.constant('list_events' as const), filters: filtersArb, limit: fc.integer({ min: 1, max: 30 }) }),
)

describe('random queries with the structure filters', () => {
  it('agree with the reference on both databases', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, async (query) => {
        if (!querySchema.safeParse(query).success) return // bounds such as gte > lte are still valid; others are skipped
        await check(query)
      }),
      { numRuns: 200, seed: 20241201 },
    )
  }, 240_000)
})
