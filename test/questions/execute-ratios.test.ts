// Shares, medians and per-unit averages against the naive reference (test/questions/reference.ts), on a real
// SQLite file and on PostgreSQL, with the same events: the figures must be identical on both.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORMATS, THEMES } from '../../src/domain/catalog.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { percentOf, wariJa } from '../../src/questions/intents/ratio-shared.ts'
import { rankedShares } from '../../src/questions/intents/share.ts'
import { medianOf } from '../../src/questions/intents/median-participants.ts'
import { querySchema, type Filters, type Period, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'
import { reference, type RefAnswer } from './reference.ts'
import { comparable as sharedComparable } from './comparable.ts'

const AS_OF = '2024-06-15'
const dir = tmpDir('grassroots-ratios-')
const pgdb = scratchPostgres()
const stores: Record<'sqlite' | 'postgresql', { store: Store; events: StoredEvent[] }> = {} as never

beforeAll(async () => {
  const data = makeEvents(400, 11)
  for (const [name, url] of [['sqlite', `file:${dir}/ratios.db`], ['postgresql', pgdb.url()]] as const) {
    const store = await openStore({ url })
    stores[name] = { store, events: await storeEvents(store.db, data) }
  }
}, 120_000)
afterAll(async () => {
  for (const s of Object.values(stores)) await s.store.close()
})

/** The ratio results the reference computes (comparable.ts); null for any other kind. */
function comparable(r: QueryResult): RefAnswer | null {
  return r.kind === 'share' || r.kind === 'median' || r.kind === 'average_events' || r.kind === 'ratio' ? sharedComparable(r) : null
}

/** Runs the query on both databases, checks each against the reference and the two against each other. */
async function check(query: Query, asOf = AS_OF): Promise<QueryResult> {
  const parsed = querySchema.parse(query)
  const results: QueryResult[] = []
  for (const name of ['sqlite', 'postgresql'] as const) {
    const { store, events } = stores[name]
    const r = await executeQuery(store.db, parsed, { asOf })
    expect(comparable(r), name).toEqual(reference(events, parsed, asOf))
    results.push(r)
  }
  expect(comparable(results[1]!)).toEqual(comparable(results[0]!))
  return results[0]!
}

const f = (over: Partial<Filters> = {}): Filters => ({ period: { kind: 'all' }, ...over })
const fy = (y: number): Period => ({ kind: 'fy', from: y, to: y })

describe('share', () => {
  it('gives the part, the whole and the percentage of events', async () => {
    const r = await check({ intent: 'share', of: 'events', filters: f({ period: fy(2021) }), condition: { formats: ['online'] } })
    if (r.kind !== 'share') throw new Error('share expected')
    const events = stores.sqlite.events.filter((e) => e.fiscalYear === 2021)
    expect(r.whole).toBe(events.length)
    expect(r.part).toBe(events.filter((e) => e.format === 'online').length)
    expect(r.percent).toBe(Math.round((r.part * 1000) / r.whole) / 10)
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.value).toBe(r.percent)
    expect(a.text.en).toContain(`${r.part} of ${r.whole} events`)
    expect(a.text.ja).toContain(`${r.whole}件のうち`)
    expect(a.interpretation.en).toContain('events matching “format: Online” ÷ all events counted')
  })

  it('gives the share of participants at best-practice events', async () => {
    await check({ intent: 'share', of: 'participants', filters: f({ period: fy(2022) }), condition: { bestPractice: true } })
  })

  it('gives the share of the states asked about that had an event, DC apart', async () => {
    const r = await check({ intent: 'share', of: 'states', filters: f({ period: fy(2022) }) })
    if (r.kind !== 'share') throw new Error('share expected')
    expect(r.whole).toBe(50)
    const west = await check({ intent: 'share', of: 'states', filters: f({ period: fy(2022), regions: ['west'] }), condition: { formats: ['online'] } })
    if (west.kind !== 'share') throw new Error('share expected')
    expect(west.whole).toBe(STATES.filter((s) => s.region === 'west' && s.code !== 'DC').length)
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.text.ja).toContain('全50州のうち')
  })

  it('has no percentage over an empty whole, and says so', async () => {
    const r = await check({ intent: 'share', of: 'events', filters: f({ period: fy(2010) }), condition: { formats: ['online'] } })
    if (r.kind !== 'share') throw new Error('share expected')
    expect(r.percent).toBeNull()
    expect(renderAnswer({ question: 'q', result: r }).text.en).toContain('no share')
  })

  it('answers 何割 with the percentage and the 割 after it', async () => {
    const r = await check({ intent: 'share', of: 'events', filters: f(), condition: { bestPractice: true }, wari: true })
    if (r.kind !== 'share' || r.percent === null) throw new Error('share expected')
    expect(renderAnswer({ question: "q", result: r }).text.ja).toContain(`${r.percent.toFixed(1)}%${wariJa(r.percent)}`)
  })

  it('refuses a share of events with no condition, or a condition the whole sets too', () => {
    expect(querySchema.safeParse({ intent: 'share', of: 'events', filters: f() }).success).toBe(false)
    expect(querySchema.safeParse({ intent: 'share', of: 'events', filters: f({ formats: ['online'] }), condition: { formats: ['online'] } }).success).toBe(false)
  })
})

describe('median participants', () => {
  it('is the middle value, or the mean of the two middle ones', async () => {
    expect(medianOf([5, 1, 3])).toBe(3)
    expect(medianOf([4, 1, 3, 2])).toBe(2.5)
    expect(medianOf([])).toBeNull()
    await check({ intent: 'median_participants', filters: f({ period: fy(2022) }) })
    await check({ intent: 'median_participants', filters: f({ states: ['TX', 'CA'], themes: [THEMES[0]!.code] }) })
    const none = await check({ intent: 'median_participants', filters: f({ period: fy(2010) }) })
    expect(none.kind === 'median' && none.value).toBeNull()
  })
})

describe('average events', () => {
  it('per month: events over the calendar months up to the as-of date', async () => {
    const r = await check({ intent: 'average_events', per: 'month', filters: f({ period: { kind: 'fy_relative', offset: 0 } }) })
    if (r.kind !== 'average_events') throw new Error('average expected')
    expect(r.units).toBe(3) // April, May and June 2024 (as of June 15)
    expect(renderAnswer({ question: 'q', result: r }).interpretation.en).toContain('a month still running counted whole')
    const full = await check({ intent: 'average_events', per: 'month', filters: f({ period: fy(2022) }) })
    expect(full.kind === 'average_events' && full.units).toBe(12)
  })

  it('per office: events over every office of the list (or those named)', async () => {
    const r = await check({ intent: 'average_events', per: 'office', filters: f({ period: fy(2022) }) })
    expect(r.kind === 'average_events' && r.units).toBe(OFFICES.length)
    await check({ intent: 'average_events', per: 'office', filters: f({ offices: [OFFICES[0]!.code, OFFICES[1]!.code] }) })
  })

  it('per state: events in each state over the states asked about', async () => {
    const r = await check({ intent: 'average_events', per: 'state', filters: f({ period: fy(2022) }) })
    expect(r.kind === 'average_events' && r.units).toBe(50)
    await check({ intent: 'average_events', per: 'state', filters: f({ regions: ['midwest'], formats: [FORMATS[0]!.code] }) })
  })
})

describe('ratio of two figures', () => {
  it('gives both counts and numerator ÷ denominator to two decimals', async () => {
    const r = await check({ intent: 'ratio', of: 'events', filters: f({ period: fy(2021) }), numerator: { formats: ['online'] }, denominator: { formats: ['in_person'] } })
    if (r.kind !== 'ratio') throw new Error('ratio expected')
    const events = stores.sqlite.events.filter((e) => e.fiscalYear === 2021)
    const online = events.filter((e) => e.format === 'online').length
    const inPerson = events.filter((e) => e.format === 'in_person').length
    expect([r.numerator, r.denominator]).toEqual([online, inPerson])
    expect(inPerson).toBeGreaterThan(0)
    expect(r.ratio).toBe(Math.round((online * 100) / inPerson) / 100)
    expect(r.matchedEvents).toBe(online + inPerson)
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.value).toBe(r.ratio)
    expect(a.text.en).toContain(`“format: Online” ${online} events, “format: In person” ${inPerson} events`)
    expect(a.text.en).toContain(`Ratio ${(r.ratio as number).toFixed(2)} : 1`)
    expect(a.text.ja).toContain(`実施形態「オンライン」が${online}件、実施形態「対面」が${inPerson}件`)
    expect(a.text.ja).toContain(`${(r.ratio as number).toFixed(2)}倍`)
    expect(a.interpretation.en).toContain('two decimal places, rounded half up')
  })

  it('sums participants, and has no ratio over a zero denominator', async () => {
    const r = await check({ intent: 'ratio', of: 'participants', filters: f({ period: fy(2022) }), numerator: { formats: ['online'] }, denominator: { formats: ['in_person'] } })
    const events = stores.sqlite.events.filter((e) => e.fiscalYear === 2022)
    const sum = (format: string) => events.filter((e) => e.format === format).reduce((n, e) => n + e.participants, 0)
    expect(r.kind === 'ratio' && [r.numerator, r.denominator]).toEqual([sum('online'), sum('in_person')])
    const none = await check({ intent: 'ratio', of: 'events', filters: f({ period: fy(2030) }), numerator: { formats: ['online'] }, denominator: { formats: ['in_person'] } })
    expect(none.kind === 'ratio' && none.ratio).toBeNull()
    expect(renderAnswer({ question: 'q', result: none }).text.en).toContain('There is no ratio')
  })

  it('refuses two identical sides, an empty side, or a side set in the filters too', () => {
    const q = { intent: 'ratio', of: 'events', filters: f() }
    expect(querySchema.safeParse({ ...q, numerator: { formats: ['online'] }, denominator: { formats: ['online'] } }).success).toBe(false)
    expect(querySchema.safeParse({ ...q, numerator: {}, denominator: { formats: ['online'] } }).success).toBe(false)
    expect(querySchema.safeParse({ ...q, filters: f({ formats: ['online'] }), numerator: { formats: ['online'] }, denominator: { formats: ['hybrid'] } }).success).toBe(false)
  })
})

describe('share ranked by group', () => {
  it('keeps the N highest shares and every group tied with the Nth, by exact fractions', async () => {
    const r = await check({ intent: 'share', of: 'events', filters: f({ period: fy(2021) }), condition: { formats: ['online'] }, groupBy: 'office', top: 1 })
    if (r.kind !== 'share' || r.rows === undefined) throw new Error('share rows expected')
    // by hand: each office's online events over its events in FY2021; the best share and all offices with it
    const events = stores.sqlite.events.filter((e) => e.fiscalYear === 2021)
    const shares = OFFICES.map((o) => {
      const mine = events.filter((e) => e.officeCode === o.code)
      return { key: o.code, part: mine.filter((e) => e.format === 'online').length, whole: mine.length }
    }).filter((x) => x.whole > 0)
    const best = Math.max(...shares.map((x) => x.part / x.whole))
    expect(r.rows.map((x) => x.key).sort()).toEqual(shares.filter((x) => x.part / x.whole === best).map((x) => x.key).sort())
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.interpretation.en).toContain('highest share first, top 1')
    expect(a.interpretation.ja).toContain('割合の高い順・上位1（同率のものを含む）')
  })

  it('ranks from the lowest share with fewest, leaving out groups with no event', async () => {
    const r = await check({ intent: 'share', of: 'events', filters: f(), condition: { formats: ['online'] }, groupBy: 'fiscal_year', top: 3, fewest: true })
    if (r.kind !== 'share' || r.rows === undefined) throw new Error('share rows expected')
    expect(r.rows.length).toBeGreaterThanOrEqual(3)
    expect(r.rows.every((x) => x.whole > 0)).toBe(true)
    for (let i = 1; i < r.rows.length; i++) expect(r.rows[i]!.part / r.rows[i]!.whole).toBeGreaterThanOrEqual(r.rows[i - 1]!.part / r.rows[i - 1]!.whole)
  })

  it('ties shown: two groups with equal fractions both stay at the cut', () => {
    const rows = [
      { key: 'a', part: 1, whole: 3, percent: 33.3 },
      { key: 'b', part: 2, whole: 6, percent: 33.3 },
      { key: 'c', part: 1, whole: 2, percent: 50 },
      { key: 'd', part: 0, whole: 0, percent: null },
    ]
    expect(rankedShares(rows, 2, false).map((r) => r.key)).toEqual(['c', 'b', 'a'])
    expect(rankedShares(rows, 1, true).map((r) => r.key)).toEqual(['b', 'a'])
    expect(rankedShares(rows, undefined, true).map((r) => r.key)).toEqual(['b', 'a', 'c'])
  })

  it('needs a breakdown to rank', () => {
    expect(querySchema.safeParse({ intent: 'share', of: 'events', filters: f(), condition: { formats: ['online'] }, top: 1 }).success).toBe(false)
  })
})

describe('average events per fiscal year', () => {
  it('divides the events of the complete fiscal years by their number, leaving out the year still running', async () => {
    // as of 2024-06-15 FY2024 is running: since FY2020 counts FY2020–FY2023
    const r = await check({ intent: 'average_events', per: 'fiscal_year', filters: f({ period: { kind: 'fy', from: 2020 } }) })
    if (r.kind !== 'average_events') throw new Error('average expected')
    const inYears = stores.sqlite.events.filter((e) => e.fiscalYear >= 2020 && e.fiscalYear <= 2023).length
    expect([r.numerator, r.units, r.value]).toEqual([inYears, 4, Math.round((inYears * 10) / 4) / 10])
    expect(r.fiscalYears).toEqual({ counted: { from: 2020, to: 2023 }, offices: 1, leftOut: 2024 })
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.interpretation.en).toContain('FY2020–FY2023; FY2024, still running on the as-of date, left out with its events')
    expect(a.interpretation.ja).toContain('実施中の2024年度とその事業は算入しない')
    expect(a.interpretation.en).not.toContain('counted up to')
  })

  it('per office per fiscal year: events ÷ (offices × fiscal years); none when no fiscal year is complete', async () => {
    const r = await check({ intent: 'average_events', per: 'office_fiscal_year', filters: f({ period: { kind: 'fy', from: 2021, to: 2022 } }) })
    const inYears = stores.sqlite.events.filter((e) => e.fiscalYear === 2021 || e.fiscalYear === 2022).length
    expect(r.kind === 'average_events' && [r.numerator, r.units]).toEqual([inYears, 2 * OFFICES.length])
    const running = await check({ intent: 'average_events', per: 'fiscal_year', filters: f({ period: { kind: 'fy_relative', offset: 0 } }) })
    expect(running.kind === 'average_events' && running.value).toBeNull()
    expect(renderAnswer({ question: 'q', result: running }).text.en).toContain('No complete fiscal year')
  })
})

it('rounds percentages half up from integers', () => {
  expect(percentOf(12, 88)).toBe(13.6)
  expect(percentOf(1, 8)).toBe(12.5)
  expect(percentOf(0, 0)).toBeNull()
  expect(wariJa(13.6)).toBe('（約1割）')
  expect(wariJa(50)).toBe('（5割）')
  expect(wariJa(3)).toBe('（1割未満）')
})

// ---------------------------------------------------------------------------------------------------------
const codes = <T extends { code: string }>(xs: readonly T[]) => xs.map((x) => x.code)
const fyArb = fc.integer({ min: 2014, max: 2027 })
const dateArb = fc.date({ min: new Date('2016-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.record({ kind: fc.constant('fy' as const), from: fyArb, to: fyArb }),
  fc.record({ kind: fc.constant('fy_relative' as const), offset: fc.integer({ min: -4, max: 0 }) }),
  fc.record({ kind: fc.constant('dates' as const), from: dateArb, to: dateArb }),
)
const one = (xs: string[]) => fc.constantFrom(...xs).map((x) => [x])
const conditionArb = fc.oneof(
  one(codes(FORMATS)).map((formats) => ({ formats })),
  fc.constant({ bestPractice: true }),
  one(codes(STATES)).map((states) => ({ states })),
  one(codes(OFFICES)).map((offices) => ({ offices })),
  one(codes(THEMES)).map((themes) => ({ themes })),
  // conditions on the event's own shape: multi-state, participant thresholds, weekends, no theme, days, no partner
  fc.constantFrom<Record<string, unknown>>(
    { stateCount: { gte: 2 } },
    { participantCount: { gt: 500 } },
    { participantCount: { lt: 100 } },
    { weekdays: ['sat', 'sun'] },
    { withoutTheme: true },
    { days: { gte: 2 } },
    { days: { gte: 2, lte: 2 } },
    { withoutPartner: true },
  ),
) as fc.Arbitrary<Record<string, unknown>>
const wholeArb = fc.oneof(
  fc.constant({}),
  fc.constant({ regions: ['south'] }),
  fc.constant({ withoutOffice: true }),
  fc.constant({ types: ['business_support'] }),
) as fc.Arbitrary<Record<string, unknown>>
const queryArb = fc.oneof(
  fc.record({ intent: fc.constant('share'), of: fc.constantFrom('events', 'participants'), period: periodArb, whole: wholeArb, condition: conditionArb }),
  fc.record({ intent: fc.constant('share'), of: fc.constant('states'), period: periodArb, whole: wholeArb, condition: conditionArb }),
  fc.record({ intent: fc.constant('median_participants'), period: periodArb, whole: wholeArb }),
  fc.record({ intent: fc.constant('average_events'), per: fc.constantFrom('month', 'office', 'state'), period: periodArb, whole: wholeArb }),
  fc.record({ intent: fc.constant('average_events'), per: fc.constantFrom('fiscal_year', 'office_fiscal_year'), period: periodArb, whole: wholeArb }),
  fc.record({
    intent: fc.constant('share'),
    of: fc.constantFrom('events', 'participants'),
    period: periodArb,
    whole: wholeArb,
    condition: fc.constantFrom({ formats: ['online'] }, { bestPractice: true }),
    groupBy: fc.constantFrom('office', 'fiscal_year', 'region', 'state', 'theme'),
    top: fc.integer({ min: 1, max: 4 }),
    fewest: fc.constantFrom(undefined, true),
  }).map(({ fewest, ...q }) => (fewest ? { ...q, fewest } : q)),
  fc.record({
    intent: fc.constant('ratio'),
    of: fc.constantFrom('events', 'participants'),
    period: periodArb,
    whole: wholeArb,
    pair: fc.oneof(
      fc.uniqueArray(fc.constantFrom(...codes(FORMATS)), { minLength: 2, maxLength: 2 }).map(([a, b]) => ({ numerator: { formats: [a] }, denominator: { formats: [b] } })),
      fc.uniqueArray(fc.constantFrom(...codes(THEMES)), { minLength: 2, maxLength: 2 }).map(([a, b]) => ({ numerator: { themes: [a] }, denominator: { themes: [b] } })),
    ),
  }).map(({ pair, ...q }) => ({ ...q, ...pair })),
).map(({ period, whole, ...rest }) => ({ ...rest, filters: { period, ...whole } }) as unknown as Query)

describe('ratios on random queries', () => {
  it('agree with the reference on both databases', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, dateArb, async (query, asOf) => {
        if (!querySchema.safeParse(query).success) return
        await check(query, asOf)
      }),
      { numRuns: 120, seed: 20240615 },
    )
  }, 240_000)
})
