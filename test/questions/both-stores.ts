// The same events in a scratch SQLite file and a scratch PostgreSQL database, for executor tests that hold
// both stores to one reference: opened (and filled) before the file's tests, closed after.
import { afterAll, beforeAll, expect } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { executeQuery, type ExecuteOptions, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { comparable } from './comparable.ts'
import { storeEvents, type StoredEvent } from './fixtures.ts'
import { reference, type RefAnswer } from './reference.ts'

export type StoreName = 'sqlite' | 'postgresql'

export interface BothStores {
  stores: Record<StoreName, Store | undefined>
  /** The stored events (SQLite's ids), once beforeAll has run. */
  events: () => StoredEvent[]
  /**
   * Runs a query on both stores and expects each result to equal the naive reference over the stored events
   * (as of `asOf`, default the options' asOf); returns the reference and the SQLite result.
   */
  check: (query: Query, asOf?: string) => Promise<{ expected: RefAnswer; result: QueryResult }>
  /**
   * Runs a query on both stores (as of the options' asOf unless `options` says otherwise) and returns the two
   * results, SQLite's first, for tests that hold them to figures worked out by hand.
   */
  run: (query: Query, options?: Partial<ExecuteOptions>) => Promise<QueryResult[]>
}

/**
 * Registers the hooks that store `data()` in both databases (ids checked equal across them) and close them.
 * `stores` is filled in beforeAll.
 */
export function storeOnBoth(options: { name: string; data: () => EventData[]; asOf: string }): BothStores {
  const dir = tmpDir(`grassroots-${options.name}-`)
  const pgdb = scratchPostgres()
  const stores: Record<StoreName, Store | undefined> = { sqlite: undefined, postgresql: undefined }
  let events: StoredEvent[] | undefined
  beforeAll(async () => {
    const data = options.data()
    const sqlite = await openStore({ url: `file:${dir}/${options.name}.db` })
    const postgres = await openStore({ url: pgdb.url() })
    stores.sqlite = sqlite
    stores.postgresql = postgres
    events = await storeEvents(sqlite.db, data)
    const pgEvents = await storeEvents(postgres.db, data)
    expect(pgEvents.map((e) => e.id)).toEqual(events.map((e) => e.id))
  }, 60_000)
  afterAll(async () => {
    await stores.sqlite?.close()
    await stores.postgresql?.close()
  })
  const stored = (): StoredEvent[] => {
    if (events === undefined) throw new Error('storeOnBoth: the events are stored in beforeAll')
    return events
  }
  const check = async (query: Query, asOf = options.asOf): Promise<{ expected: RefAnswer; result: QueryResult }> => {
    const parsed = querySchema.parse(query)
    const expected = reference(stored(), parsed, asOf)
    let first: QueryResult | undefined
    for (const [name, store] of Object.entries(stores)) {
      if (!store) throw new Error(`${name} store not open`)
      const result = await executeQuery(store.db, parsed, { asOf })
      expect(comparable(result), `${name}: ${JSON.stringify(parsed)}`).toEqual(expected)
      first ??= result
    }
    if (first === undefined) throw new Error('storeOnBoth: no store open')
    return { expected, result: first }
  }
  const run = async (query: Query, more: Partial<ExecuteOptions> = {}): Promise<QueryResult[]> => {
    const parsed = querySchema.parse(query)
    const out: QueryResult[] = []
    for (const [name, store] of Object.entries(stores)) {
      if (!store) throw new Error(`${name} store not open`)
      out.push(await executeQuery(store.db, parsed, { asOf: options.asOf, ...more }))
    }
    return out
  }
  return { stores, events: stored, check, run }
}
