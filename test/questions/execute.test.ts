import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../src/domain/catalog.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Filters, type Period, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'
import { comparable } from './comparable.ts'
import { reference } from './reference.ts'

const dir = tmpDir('grassroots-execute-')
const AS_OF = '2024-06-15' // FY2024
let store: Store
let events: StoredEvent[]

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/execute.db` })
  events = await storeEvents(store.db, makeEvents(400, 7))
})
afterAll(async () => {
  await store.close()
})


async function check(query: Query, asOf = AS_OF): Promise<QueryResult> {
  const parsed = querySchema.parse(query)
  const result = await executeQuery(store.db, parsed, { asOf })
  expect(comparable(result)).toEqual(reference(events, parsed, asOf))
  return result
}

const f = (over: Partial<Filters> = {}): Filters => ({ period: { kind: 'all' }, ...over })

describe('executeQuery against a naive reference', () => {
  it('counts every event once in the cumulative total', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f() })
    expect(r.kind === 'scalar' && r.value).toBe(events.filter((e) => e.startDate <= AS_OF).length)
  })

  it('assigns March 31 to the old fiscal year and April 1 to the new one', async () => {
    const fy2022 = events.filter((e) => e.fiscalYear === 2022)
    expect(fy2022.some((e) => e.startDate === '2022-04-01')).toBe(true)
    expect(fy2022.some((e) => e.startDate === '2023-03-31')).toBe(true)
    expect(fy2022.some((e) => e.startDate === '2022-03-31')).toBe(false)
    const r = await check({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }) })
    expect(r.kind === 'scalar' && r.value).toBe(fy2022.length)
    if (r.kind !== 'scalar') throw new Error('scalar expected')
    expect([r.period.from, r.period.to]).toEqual(['2022-04-01', '2023-03-31'])
  })

  it('resolves relative fiscal years against the as-of date, across the April 1 boundary', async () => {
    const last = { intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy_relative', offset: -1 } }) } as const
    const before = await check(last, '2024-03-31')
    const after = await check(last, '2024-04-01')
    if (before.kind !== 'scalar' || after.kind !== 'scalar') throw new Error('scalar expected')
    expect(before.period.fiscalYears).toEqual({ from: 2022, to: 2022 })
    expect(after.period.fiscalYears).toEqual({ from: 2023, to: 2023 })
  })

  it('runs an open-ended FY range through the current FY', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2017 } }), groupBy: 'fiscal_year' })
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(r.rows.map((x) => x.key)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'])
    expect(r.period.to).toBe('2025-03-31')
  })

  it('includes empty fiscal years of the range as zero rows', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2012, to: 2017 } }), groupBy: 'fiscal_year' })
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(r.rows.slice(0, 4).map((x) => x.value)).toEqual([0, 0, 0, 0])
  })

  it('leaves DC out of states covered and reports it in a note', async () => {
    const dcEvents = events.filter((e) => e.stateCodes.includes('DC') && e.startDate <= AS_OF)
    expect(dcEvents.length).toBeGreaterThan(0)
    const r = await check({ intent: 'metric', metric: 'states_covered', filters: f() })
    if (r.kind !== 'scalar') throw new Error('scalar expected')
    expect(r.value).toBeLessThanOrEqual(50)
    expect(r.notes).toContainEqual({ code: 'dc_events', events: dcEvents.length })
    const onlyDc = await check({ intent: 'metric', metric: 'states_covered', filters: f({ states: ['DC'] }) })
    expect(onlyDc.kind === 'scalar' && onlyDc.value).toBe(0)
  })

  it('counts a multi-state event once in the total and once per region it touches', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'region' })
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    const sum = r.rows.reduce((n, x) => n + (x.value ?? 0), 0)
    const upToAsOf = events.filter((e) => e.startDate <= AS_OF).length
    expect(r.total).toBe(upToAsOf)
    expect(sum).toBeGreaterThan(upToAsOf)
    expect(r.overlapping).toBe(true)
    const byOffice = await check({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'office' })
    expect(byOffice.kind === 'breakdown' && byOffice.overlapping).toBe(false)
  })

  it('counts events touching a region once even when they touch two of its states', async () => {
    const west = STATES.filter((s) => s.region === 'west').map((s) => s.code)
    const twice = events.filter((e) => e.stateCodes.filter((s) => west.includes(s)).length >= 2)
    expect(twice.length).toBeGreaterThan(0)
    await check({ intent: 'metric', metric: 'events', filters: f({ regions: ['west'] }) })
    await check({ intent: 'metric', metric: 'events', filters: f({ regions: ['west'], period: { kind: 'fy', from: 2018, to: 2021 } }) })
  })

  it('takes the N largest groups, ties broken by key', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'state', top: 5 })
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(r.rows).toHaveLength(5)
    for (let i = 1; i < r.rows.length; i++) {
      const a = r.rows[i - 1]!
      const b = r.rows[i]!
      expect((a.value ?? 0) > (b.value ?? 0) || ((a.value ?? 0) === (b.value ?? 0) && a.key < b.key)).toBe(true)
    }
  })

  it('compares two fiscal years', async () => {
    const r = await check({ intent: 'compare', metric: 'events', filters: f(), periods: [{ kind: 'fy', from: 2021, to: 2021 }, { kind: 'fy', from: 2022, to: 2022 }] })
    if (r.kind !== 'comparison') throw new Error('comparison expected')
    expect(r.difference).toBe((r.rows[1].value ?? 0) - (r.rows[0].value ?? 0))
  })

  it('finds first-time states, using the last FY of a range and saying so', async () => {
    const r = await check({ intent: 'first_time_states', filters: f({ period: { kind: 'fy', from: 2016, to: 2017 } }) })
    expect(r.notes).toContainEqual({ code: 'first_time_fiscal_year', fiscalYear: 2017, reason: 'range' })
    const single = await check({ intent: 'first_time_states', filters: f({ period: { kind: 'fy', from: 2016, to: 2016 } }) })
    if (single.kind !== 'states') throw new Error('states expected')
    expect(single.states.length).toBeGreaterThan(0)
    expect(single.states).not.toContain('DC')
  })

  it('lists uncovered states of the 50, with filters', async () => {
    const r = await check({ intent: 'uncovered_states', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }) })
    if (r.kind !== 'states') throw new Error('states expected')
    expect(r.outOf).toBe(50)
    expect(r.states).not.toContain('DC')
    await check({ intent: 'uncovered_states', filters: f({ period: { kind: 'fy_relative', offset: 0 }, offices: ['chicago'], regions: ['midwest'] }) })
  })

  it('restricts to states without an office', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f({ withoutOffice: true }), groupBy: 'state' })
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    for (const row of r.rows) expect(['IL', 'NY', 'CA', 'DC', 'MA', 'TX']).not.toContain(row.key)
    await check({ intent: 'metric', metric: 'participants', filters: f({ withoutOffice: true, period: { kind: 'fy', from: 2020, to: 2023 } }) })
  })

  it('lists events newest first, up to the limit', async () => {
    const r = await check({ intent: 'list_events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), limit: 7 })
    if (r.kind !== 'events') throw new Error('events expected')
    expect(r.events).toHaveLength(7)
    expect(r.events[0]!.startDate >= r.events[6]!.startDate).toBe(true)
  })

  it('lists events oldest first when asked, up to the limit', async () => {
    const r = await check({ intent: 'list_events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 }, states: ['CA'] }), limit: 3, order: 'oldest' })
    if (r.kind !== 'events') throw new Error('events expected')
    const ca = events.filter((e) => e.fiscalYear === 2022 && e.stateCodes.includes('CA')).sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id))
    expect(r.events.map((e) => e.id)).toEqual(ca.slice(0, 3).map((e) => e.id))
  })

  it('reports the average with the two integers it comes from', async () => {
    const r = await check({ intent: 'metric', metric: 'avg_participants', filters: f({ period: { kind: 'fy', from: 2019, to: 2019 } }) })
    if (r.kind !== 'scalar') throw new Error('scalar expected')
    const fy = events.filter((e) => e.fiscalYear === 2019)
    expect(r.events).toBe(fy.length)
    expect(r.participants).toBe(fy.reduce((n, e) => n + e.participants, 0))
  })

  it('swaps a reversed date range and says so', async () => {
    const r = await check({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'dates', from: '2022-07-31', to: '2022-05-01' } }) })
    expect(r.notes).toContainEqual({ code: 'period_reversed' })
  })
})

// ---------------------------------------------------------------------------------------------------------
// Random queries: every intent, metric, grouping and filter combination the contract allows.

const codes = <T extends { code: string }>(xs: readonly T[]) => xs.map((x) => x.code)
const subset = (xs: string[]) => fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: 3 })
const fyArb = fc.integer({ min: 2014, max: 2027 })
const dateArb = fc.date({ min: new Date('2016-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.record({ kind: fc.constant('fy' as const), from: fyArb, to: fyArb }),
  fc.record({ kind: fc.constant('fy' as const), from: fyArb }),
  fc.record({ kind: fc.constant('fy_relative' as const), offset: fc.integer({ min: -4, max: 0 }) }),
  fc.record({ kind: fc.constant('dates' as const), from: dateArb, to: dateArb }),
)
const baseFiltersArb: fc.Arbitrary<Filters> = fc.record(
  {
    period: periodArb,
    states: subset(codes(STATES)),
    regions: subset(['northeast', 'midwest', 'south', 'west']) as fc.Arbitrary<Filters['regions'] & string[]>,
    offices: subset(codes(OFFICES)),
    types: subset(codes(ACTIVITY_TYPES)) as fc.Arbitrary<NonNullable<Filters['types']>>,
    themes: subset(codes(THEMES)) as fc.Arbitrary<NonNullable<Filters['themes']>>,
    formats: subset(codes(FORMATS)) as fc.Arbitrary<NonNullable<Filters['formats']>>,
    bestPractice: fc.boolean(),
    withoutOffice: fc.constant(true),
  },
  { requiredKeys: ['period'] },
).filter((x) => Object.keys(x).length <= 3)
// one text filter (city, word or partner) on top, in about half the queries (a separate draw: as more
// optional keys of the record above, it would make queries with at most 3 keys too rare for the filter)
const textFiltersArb = fc.oneof(
  fc.record({ city: fc.constantFrom('milwaukee', 'chicago', 'portland', 'new-york', 'st-louis', 'houston', 'boston') as fc.Arbitrary<NonNullable<Filters['city']>> }),
  fc.record({ text: fc.constantFrom('semiconductor', 'SEMICONDUCTOR', 'Ａｎｉｍｅ', '桜', '半導体', '100%', 'a_b', '100', 'event 1', 'nothing-here') }),
  fc.record({ partner: fc.constantFrom('JETRO', 'jetro chicago', 'Japan Society', 'ＪＡＰＡＮ society', 'ジェトロ', 'society', 'Japan Society of Boston', 'Jetr') }),
)
const filtersArb: fc.Arbitrary<Filters> = fc
  .tuple(baseFiltersArb, fc.option(textFiltersArb, { nil: undefined }))
  .map(([base, text]) => ({ ...base, ...(text ?? {}) }))
const metricArb = fc.constantFrom('events', 'participants', 'states_covered', 'offices_active', 'avg_participants' as const)
const groupArb = fc.constantFrom('fiscal_year', 'state', 'region', 'office', 'activity_type', 'theme', 'format', 'month' as const)
const queryArb: fc.Arbitrary<Query> = fc.oneof(
  fc.record({ intent: fc.constant('metric' as const), metric: metricArb, filters: filtersArb }),
  fc.record(
    { intent: fc.constant('metric' as const), metric: metricArb, filters: filtersArb, groupBy: groupArb, top: fc.integer({ min: 1, max: 6 }) },
    { requiredKeys: ['intent', 'metric', 'filters', 'groupBy'] },
  ),
  fc.record({ intent: fc.constant('compare' as const), metric: metricArb, filters: filtersArb, periods: fc.tuple(periodArb, periodArb) }),
  fc.record({ intent: fc.constant('first_time_states' as const), filters: filtersArb }),
  fc.record({ intent: fc.constant('uncovered_states' as const), filters: filtersArb }),
  fc.record({ intent: fc.constant('list_events' as const), filters: filtersArb, limit: fc.integer({ min: 1, max: 30 }), order: fc.constantFrom('newest' as const, 'oldest' as const) }),
)

describe('executeQuery on random queries', () => {
  it('agrees with the reference for every intent, metric, grouping and filter', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, dateArb, async (query, asOf) => {
        await check(query, asOf)
      }),
      { numRuns: 250, seed: 20240615 },
    )
  }, 120_000)
})

describe('notes that keep a 0 or a partial year from misleading', () => {
  it('says a period still running is counted so far, and only then', async () => {
    const running = await executeQuery(store.db, { intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy_relative', offset: 0 } }) }, { asOf: AS_OF })
    expect(running.notes).toContainEqual({ code: 'in_progress', through: AS_OF })
    const closed = await executeQuery(store.db, { intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }) }, { asOf: AS_OF })
    expect(closed.notes.some((n) => n.code === 'in_progress')).toBe(false)
  })

  it('when nothing matches, says which dates the recorded events cover (or that none are recorded)', async () => {
    const dates = events.map((e) => e.startDate).sort()
    const empty = await executeQuery(store.db, { intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2040, to: 2040 } }) }, { asOf: AS_OF })
    expect(empty.matchedEvents).toBe(0)
    expect(empty.notes).toContainEqual({ code: 'nothing_matched', first: dates[0], last: dates.at(-1) })
    const other = await openStore({ url: `file:${dir}/empty.db` })
    try {
      const none = await executeQuery(other.db, { intent: 'metric', metric: 'events', filters: f() }, { asOf: AS_OF })
      expect(none.notes).toContainEqual({ code: 'nothing_recorded' })
    } finally {
      await other.close()
    }
  })
})

describe('the as-of date clips every period', () => {
  const AS_OF_MID = '2023-02-15' // FY2022, which runs to 2023-03-31
  const upTo = (e: StoredEvent) => e.startDate <= AS_OF_MID
  const run = (query: Query) => executeQuery(store.db, querySchema.parse(query), { asOf: AS_OF_MID })

  it('never counts an event dated after the as-of date, whatever the period or intent', async () => {
    const fy2022 = events.filter((e) => e.fiscalYear === 2022)
    const later = fy2022.filter((e) => !upTo(e))
    expect(later.length).toBeGreaterThan(0)
    const counted = fy2022.filter(upTo)
    const fy = f({ period: { kind: 'fy', from: 2022, to: 2022 } })

    const scalar = await run({ intent: 'metric', metric: 'events', filters: fy })
    expect(scalar.kind === 'scalar' && scalar.value).toBe(counted.length)
    expect(scalar.notes).toContainEqual({ code: 'in_progress', through: AS_OF_MID })

    const thisFy = await run({ intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy_relative', offset: 0 } }) })
    expect(thisFy.kind === 'scalar' && thisFy.value).toBe(counted.reduce((n, e) => n + e.participants, 0))

    const all = await run({ intent: 'metric', metric: 'events', filters: f() })
    expect(all.kind === 'scalar' && all.value).toBe(events.filter(upTo).length)

    const range = await run({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2020, to: 2025 } }), groupBy: 'fiscal_year' })
    if (range.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(range.total).toBe(events.filter((e) => e.fiscalYear >= 2020 && upTo(e)).length)
    expect(range.rows.find((r) => r.key === '2022')?.value).toBe(counted.length)
    expect(range.rows.find((r) => r.key === '2024')?.value ?? 0).toBe(0)

    const dates = await run({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'dates', from: '2023-01-01', to: '2023-12-31' } }), groupBy: 'state' })
    if (dates.kind !== 'breakdown') throw new Error('breakdown expected')
    const inDates = events.filter((e) => e.startDate >= '2023-01-01' && upTo(e))
    expect(dates.total).toBe(inDates.length)
    expect(dates.rows.reduce((n, r) => n + (r.value ?? 0), 0)).toBe(inDates.reduce((n, e) => n + e.stateCodes.length, 0))

    const compare = await run({ intent: 'compare', metric: 'events', filters: f(), periods: [{ kind: 'fy', from: 2021, to: 2021 }, { kind: 'fy', from: 2022, to: 2022 }] })
    expect(compare.kind === 'comparison' && compare.rows[1].value).toBe(counted.length)

    const list = await run({ intent: 'list_events', filters: fy, limit: 100 })
    if (list.kind !== 'events') throw new Error('events expected')
    expect(list.matchedEvents).toBe(counted.length)
    expect(list.events.every((e) => e.startDate <= AS_OF_MID)).toBe(true)

    const uncovered = await run({ intent: 'uncovered_states', filters: fy })
    const coveredSoFar = new Set(counted.flatMap((e) => e.stateCodes))
    expect(uncovered.kind === 'states' && uncovered.states).toEqual(STATES.map((s) => s.code).filter((s) => s !== 'DC' && !coveredSoFar.has(s)).sort())

    const firstEver = await run({ intent: 'first_time_states', filters: f() })
    if (firstEver.kind !== 'states') throw new Error('states expected')
    expect(firstEver.states).toEqual([...new Set(events.filter(upTo).flatMap((e) => e.stateCodes))].filter((s) => s !== 'DC').sort())
    expect(firstEver.matchedEvents).toBe(events.filter(upTo).length)

    const firstThisFy = await run({ intent: 'first_time_states', filters: fy })
    const before = new Set(events.filter((e) => e.fiscalYear < 2022).flatMap((e) => e.stateCodes))
    expect(firstThisFy.kind === 'states' && firstThisFy.states).toEqual([...coveredSoFar].filter((s) => s !== 'DC' && !before.has(s)).sort())
  })

  it('counts nothing in a period that starts after the as-of date', async () => {
    const r = await run({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2024, to: 2024 } }) })
    expect(r.kind === 'scalar' && r.value).toBe(0)
  })
})
