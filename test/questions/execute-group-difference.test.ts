// The difference of one figure between two groups (intent group_difference) on a real SQLite file and on
// PostgreSQL with the same events: each side against a count made by hand over the fixture events, the
// difference the larger minus the smaller (exact averages, rounded once), and the two databases alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

const AS_OF = '2024-06-15'
const dir = tmpDir('grassroots-group-difference-')
const pgdb = scratchPostgres()
const stores: Record<'sqlite' | 'postgresql', { store: Store; events: StoredEvent[] }> = {} as never

beforeAll(async () => {
  const data = makeEvents(300, 41)
  for (const [name, url] of [['sqlite', `file:${dir}/difference.db`], ['postgresql', pgdb.url()]] as const) {
    const store = await openStore({ url })
    stores[name] = { store, events: await storeEvents(store.db, data) }
  }
}, 120_000)
afterAll(async () => {
  for (const s of Object.values(stores)) await s.store.close()
})

type Difference = Extract<QueryResult, { kind: 'group_difference' }>

async function run(query: Query): Promise<Difference> {
  const parsed = querySchema.parse(query)
  const [a, b] = await Promise.all((['sqlite', 'postgresql'] as const).map((n) => executeQuery(stores[n].store.db, parsed, { asOf: AS_OF })))
  if (a?.kind !== 'group_difference' || b?.kind !== 'group_difference') throw new Error('group_difference expected')
  expect({ sides: b.sides, value: b.value, larger: b.larger }).toEqual({ sides: a.sides, value: a.value, larger: a.larger })
  return a
}

describe('difference between two groups', () => {
  it('gives the exact difference of the average participants of two formats in one fiscal year', async () => {
    const period = { kind: 'fy' as const, from: 2021, to: 2021 }
    const r = await run({ intent: 'group_difference', metric: 'avg_participants', filters: { period, formats: ['online', 'in_person'] }, groupBy: 'format', groups: ['online', 'in_person'] })
    const events = stores.sqlite.events.filter((e) => e.fiscalYear === 2021)
    const avg = (f: string) => {
      const xs = events.filter((e) => e.format === f)
      return xs.reduce((n, e) => n + e.participants, 0) / xs.length
    }
    const exact = avg('online') - avg('in_person')
    expect(r.value).toBe(Math.round(Math.abs(exact) * 10) / 10)
    expect(r.larger).toBe(exact > 0 ? 'online' : 'in_person')
    expect(r.sides.map((s) => s.events)).toEqual([events.filter((e) => e.format === 'online').length, events.filter((e) => e.format === 'in_person').length])
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.value).toBe(r.value)
    expect(a.text.ja).toMatch(/の差は[\d,.]+名です/)
  })

  it('counts a two-state event in each state and names the larger group', async () => {
    const r = await run({ intent: 'group_difference', metric: 'events', filters: { period: { kind: 'all' }, states: ['TX', 'OH'] }, groupBy: 'state', groups: ['TX', 'OH'] })
    const events = stores.sqlite.events.filter((e) => e.startDate <= AS_OF)
    const tx = events.filter((e) => e.stateCodes.includes('TX')).length
    const oh = events.filter((e) => e.stateCodes.includes('OH')).length
    expect(r.sides.map((s) => s.value)).toEqual([tx, oh])
    expect(r.value).toBe(Math.abs(tx - oh))
    expect(r.larger).toBe(tx === oh ? null : tx > oh ? 'TX' : 'OH')
  })

  it('refuses a query whose filter does not hold exactly the two groups', () => {
    const base = { intent: 'group_difference', metric: 'events', groupBy: 'office', groups: ['chicago', 'boston'] }
    expect(querySchema.safeParse({ ...base, filters: { period: { kind: 'all' }, offices: ['chicago', 'boston'] } }).success).toBe(true)
    expect(querySchema.safeParse({ ...base, filters: { period: { kind: 'all' }, offices: ['chicago'] } }).success).toBe(false)
    expect(querySchema.safeParse({ ...base, filters: { period: { kind: 'all' } } }).success).toBe(false)
    expect(querySchema.safeParse({ ...base, groups: ['chicago', 'chicago'], filters: { period: { kind: 'all' }, offices: ['chicago', 'boston'] } }).success).toBe(false)
  })
})
