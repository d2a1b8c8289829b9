// The same events in a scratch SQLite file and a scratch PostgreSQL database, for executor tests that hold
// both stores to one reference: opened (and filled) before the file's tests, closed after.
import { afterAll, beforeAll, expect } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { storeEvents, type StoredEvent } from './fixtures.ts'

export type StoreName = 'sqlite' | 'postgresql'

/**
 * Registers the hooks that store `data()` in both databases (ids checked equal across them) and close them.
 * `stores` is filled in beforeAll; `events()` gives the stored events (SQLite's ids) once it has run.
 */
export function storeOnBoth(options: { name: string; data: () => EventData[] }): { stores: Record<StoreName, Store | undefined>; events: () => StoredEvent[] } {
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
  return {
    stores,
    events: () => {
      if (events === undefined) throw new Error('storeOnBoth: the events are stored in beforeAll')
      return events
    },
  }
}
