// The first (latest) event of each group (intent group_first_event) on a real SQLite file and on PostgreSQL with
// the same events: each group's date against the earliest (latest) start date found by hand over the fixture
// events, every event of that date counted, groups with none named, and the two databases alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OFFICES } from '../../src/domain/offices.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

const AS_OF = '2024-06-15'
const dir = tmpDir('grassroots-group-first-')
const pgdb = scratchPostgres()
const stores: Record<'sqlite' | 'postgresql', { store: Store; events: StoredEvent[] }> = {} as never

beforeAll(async () => {
  const data = makeEvents(250, 57)
  for (const [name, url] of [['sqlite', `file:${dir}/first.db`], ['postgresql', pgdb.url()]] as const) {
    const store = await openStore({ url })
    stores[name] = { store, events: await storeEvents(store.db, data) }
  }
}, 120_000)
afterAll(async () => {
  for (const s of Object.values(stores)) await s.store.close()
})

type FirstEvents = Extract<QueryResult, { kind: 'group_first_event' }>

async function run(query: Query): Promise<FirstEvents> {
  const parsed = querySchema.parse(query)
  const [a, b] = await Promise.all((['sqlite', 'postgresql'] as const).map((n) => executeQuery(stores[n].store.db, parsed, { asOf: AS_OF })))
  if (a?.kind !== 'group_first_event' || b?.kind !== 'group_first_event') throw new Error('group_first_event expected')
  const brief = (r: FirstEvents) => r.rows.map((x) => ({ key: x.key, date: x.date, tied: x.tied, ids: x.events.map((e) => e.id) }))
  expect(brief(b)).toEqual(brief(a))
  return a
}

describe('the first or latest event of each group', () => {
  it('gives each office the start date of its earliest event, with every event of that date counted', async () => {
    const r = await run({ intent: 'group_first_event', which: 'first', filters: { period: { kind: 'fy', from: 2019, to: 2022 } }, groupBy: 'office' })
    const events = stores.sqlite.events.filter((e) => e.fiscalYear >= 2019 && e.fiscalYear <= 2022)
    expect(r.rows).toHaveLength(OFFICES.length)
    for (const row of r.rows) {
      const mine = events.filter((e) => e.officeCode === row.key)
      const first = mine.map((e) => e.startDate).sort()[0] ?? null
      expect(row.date, row.key).toBe(first)
      expect(row.tied, row.key).toBe(mine.filter((e) => e.startDate === first).length)
      for (const e of row.events) expect(e.startDate).toBe(first)
    }
    // earliest first, then the offices with no event
    const dates = r.rows.map((x) => x.date).filter((d) => d !== null)
    expect(dates).toEqual([...dates].sort())
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.kind).toBe('list')
    expect(a.text.ja).toContain('在外公館別の初回の事業')
  })

  it('gives each state the latest event touching it, up to the as-of date', async () => {
    const r = await run({ intent: 'group_first_event', which: 'last', filters: { period: { kind: 'all' }, states: ['TX', 'OH', 'CA'] }, groupBy: 'state' })
    const events = stores.sqlite.events.filter((e) => e.startDate <= AS_OF)
    expect(r.rows.map((x) => x.key).sort()).toEqual(['CA', 'OH', 'TX'])
    for (const row of r.rows) {
      const latest = events.filter((e) => e.stateCodes.includes(row.key)).map((e) => e.startDate).sort().at(-1) ?? null
      expect(row.date, row.key).toBe(latest)
    }
  })
})
