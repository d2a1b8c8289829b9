// Two-way breakdowns (intent crosstab) on a real SQLite file and on PostgreSQL with the same events: each cell
// against a count made by hand over the fixture events, and the two databases against each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORMATS, THEMES } from '../../src/domain/catalog.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { REGIONS, STATES } from '../../src/domain/states.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

const AS_OF = '2024-06-15'
const dir = tmpDir('grassroots-crosstab-')
const pgdb = scratchPostgres()
const stores: Record<'sqlite' | 'postgresql', { store: Store; events: StoredEvent[] }> = {} as never

beforeAll(async () => {
  const data = makeEvents(300, 23)
  for (const [name, url] of [['sqlite', `file:${dir}/crosstab.db`], ['postgresql', pgdb.url()]] as const) {
    const store = await openStore({ url })
    stores[name] = { store, events: await storeEvents(store.db, data) }
  }
}, 120_000)
afterAll(async () => {
  for (const s of Object.values(stores)) await s.store.close()
})

type Crosstab = Extract<QueryResult, { kind: 'crosstab' }>

/** Runs the query on both databases; the rows, total and matched events must be the same on both. */
async function run(query: Query): Promise<Crosstab> {
  const parsed = querySchema.parse(query)
  const [a, b] = await Promise.all((['sqlite', 'postgresql'] as const).map((n) => executeQuery(stores[n].store.db, parsed, { asOf: AS_OF })))
  if (a?.kind !== 'crosstab' || b?.kind !== 'crosstab') throw new Error('crosstab expected')
  expect({ rows: b.rows, total: b.total, matched: b.matchedEvents }).toEqual({ rows: a.rows, total: a.total, matched: a.matchedEvents })
  return a
}

const REGION_OF = new Map(STATES.map((s) => [s.code, s.region]))
const all = { kind: 'all' as const }

describe('two-way breakdown', () => {
  it('counts the events of each fiscal year and format, every pair listed, keyed fiscal_year|format', async () => {
    const period = { kind: 'fy' as const, from: 2019, to: 2022 }
    const r = await run({ intent: 'crosstab', metric: 'events', filters: { period }, groupBy: ['fiscal_year', 'format'] })
    const events = stores.sqlite.events
    const expected = [2019, 2020, 2021, 2022].flatMap((fy) =>
      FORMATS.map((f) => ({ key: `${fy}|${f.code}`, value: events.filter((e) => e.fiscalYear === fy && e.format === f.code).length })),
    )
    expect(r.rows).toEqual(expected)
    expect(r.total).toBe(events.filter((e) => e.fiscalYear >= 2019 && e.fiscalYear <= 2022).length)
    expect(r.rows.reduce((n, x) => n + x.value, 0)).toBe(r.total)
    expect(r.overlapping).toBe(false)
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.rows?.length).toBe(4 * FORMATS.length)
    expect(a.interpretation.en).toContain('one row per pair of groups (keyed fiscal_year|format)')
    expect(a.text.ja).toContain('年度別・実施形態別の実施件数')
  })

  it('sums participants by office and format in the order named (office|format)', async () => {
    const period = { kind: 'fy' as const, from: 2021, to: 2021 }
    const r = await run({ intent: 'crosstab', metric: 'participants', filters: { period }, groupBy: ['office', 'format'] })
    const events = stores.sqlite.events.filter((e) => e.fiscalYear === 2021)
    const expected = OFFICES.flatMap((o) =>
      FORMATS.map((f) => ({ key: `${o.code}|${f.code}`, value: events.filter((e) => e.officeCode === o.code && e.format === f.code).reduce((n, e) => n + e.participants, 0) })),
    )
    expect(r.rows).toEqual(expected)
  })

  it('counts a multi-region event in each of its regions, per fiscal year (region|fiscal_year), and says the cells overlap', async () => {
    const r = await run({ intent: 'crosstab', metric: 'events', filters: { period: { kind: 'fy', from: 2020, to: 2023 } }, groupBy: ['region', 'fiscal_year'] })
    const events = stores.sqlite.events
    const inRegion = (e: StoredEvent, region: string) => e.stateCodes.some((s) => REGION_OF.get(s) === region)
    for (const region of REGIONS) {
      for (const fy of [2020, 2021, 2022, 2023]) {
        const row = r.rows.find((x) => x.key === `${region.code}|${fy}`)
        expect(row?.value, `${region.code}|${fy}`).toBe(events.filter((e) => e.fiscalYear === fy && inRegion(e, region.code)).length)
      }
    }
    expect(r.overlapping).toBe(true)
    expect(renderAnswer({ question: 'q', result: r }).text.en).toContain('counts in each of them')
  })

  it('keeps the question’s filters in every cell (themes by format, online and hybrid only)', async () => {
    const r = await run({ intent: 'crosstab', metric: 'events', filters: { period: all, formats: ['online', 'hybrid'] }, groupBy: ['theme', 'format'] })
    const events = stores.sqlite.events.filter((e) => e.startDate <= AS_OF)
    expect(r.rows.map((x) => x.key.split('|')[1])).not.toContain('in_person')
    for (const t of THEMES) {
      for (const f of ['online', 'hybrid'] as const) {
        expect(r.rows.find((x) => x.key === `${t.code}|${f}`)?.value).toBe(events.filter((e) => e.format === f && e.themes.includes(t.code)).length)
      }
    }
  })

  it('refuses one dimension twice and a period of dates by fiscal year', () => {
    expect(querySchema.safeParse({ intent: 'crosstab', metric: 'events', filters: { period: all }, groupBy: ['format', 'format'] }).success).toBe(false)
    expect(querySchema.safeParse({ intent: 'crosstab', metric: 'events', filters: { period: { kind: 'dates', from: '2022-01-01', to: '2022-12-31' } }, groupBy: ['fiscal_year', 'format'] }).success).toBe(false)
    expect(querySchema.safeParse({ intent: 'crosstab', metric: 'events', filters: { period: all }, groupBy: ['state', 'format'] }).success).toBe(false)
  })

  it('ranks the cells: the largest pair(s) of office and fiscal year, ties at the N-th all kept', async () => {
    const r = await run({ intent: 'crosstab', metric: 'events', filters: { period: all }, groupBy: ['office', 'fiscal_year'], top: 3 })
    const events = stores.sqlite.events.filter((e) => e.startDate <= AS_OF)
    const counts = new Map<string, number>()
    for (const e of events) counts.set(`${e.officeCode}|${e.fiscalYear}`, (counts.get(`${e.officeCode}|${e.fiscalYear}`) ?? 0) + 1)
    const values = [...counts.values()].sort((a, b) => b - a)
    const third = values[2]!
    // every cell at or above the third largest value, and no other
    expect(r.rows.map((x) => x.value)).toEqual(values.filter((v) => v >= third))
    for (const row of r.rows) expect(row.value).toBe(counts.get(row.key))
    expect(r.ranked).toBe(true)
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.text.en).toMatch(/The 3 pairs of office and fiscal year with the most events/)
    expect(a.text.ja).toContain('の組合せ')
  })

  it('ranks from the fewest among cells with an event (participants by region and fiscal year)', async () => {
    const r = await run({ intent: 'crosstab', metric: 'participants', filters: { period: { kind: 'fy', from: 2020, to: 2022 } }, groupBy: ['region', 'fiscal_year'], top: 1, fewest: true })
    const events = stores.sqlite.events.filter((e) => e.fiscalYear >= 2020 && e.fiscalYear <= 2022)
    const inRegion = (e: StoredEvent, region: string) => e.stateCodes.some((s) => REGION_OF.get(s) === region)
    const sums = REGIONS.flatMap((g) => [2020, 2021, 2022].map((fy) => events.filter((e) => e.fiscalYear === fy && inRegion(e, g.code)).reduce((n, e) => n + e.participants, 0)))
    const least = Math.min(...sums.filter((v) => v > 0))
    expect(r.rows.length).toBeGreaterThanOrEqual(1)
    for (const row of r.rows) expect(row.value).toBe(least)
    expect(querySchema.safeParse({ intent: 'crosstab', metric: 'events', filters: { period: all }, groupBy: ['office', 'format'], fewest: true }).success).toBe(false)
  })
})
