// Upgrading a database that holds events keeps every row of every table. SQLite can only rebuild a table
// (copy, drop, rename: the schema tool's way to change a column) with foreign keys off, and `PRAGMA
// foreign_keys` does nothing inside a transaction: with them on, dropping "Event" cascades to its states,
// themes and regions, which are the events' own data. Each migration is applied from a database at the
// schema before it, holding events with states and themes.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { migrateSqlite, readMigrations } from '../../src/store/migrator.ts'
import { makeEvents } from '../questions/fixtures.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-migrations-keep-rows-')
const ALL = path.resolve('prisma/migrations')

/** A migrations folder holding the first `n` migrations. */
function firstMigrations(n: number, into: string): string {
  fs.mkdirSync(into, { recursive: true })
  for (const m of readMigrations(ALL).slice(0, n)) {
    fs.mkdirSync(path.join(into, m.name), { recursive: true })
    fs.writeFileSync(path.join(into, m.name, 'migration.sql'), m.sql)
  }
  return into
}

const counts = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    const n = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n
    return { Event: n('Event'), EventState: n('EventState'), EventTheme: n('EventTheme') }
  } finally {
    db.close()
  }
}

describe('migrations applied to a database holding events', () => {
  const migrations = readMigrations(ALL)
  // from the schema after the first migration (events with states and themes exist from the start)
  for (let n = 1; n < migrations.length; n++) {
    it(`keeps every event, state and theme row from the schema before ${migrations[n]?.name} to the last`, () => {
      const file = path.join(dir, `upgrade-${n}.db`)
      migrateSqlite(file, { dir: firstMigrations(n, path.join(dir, `first-${n}`)) })
      const db = new Database(file)
      db.exec(`INSERT INTO "Event" (id, startDate, fiscalYear, officeCode, activityType, format, source, createdBy, updatedAt)
               VALUES (1, '2022-05-17', 2022, 'chicago', 'japan_event', 'in_person', 'test', 'test', '2022-05-18T00:00:00.000+00:00'),
                      (2, '2022-06-23', 2022, 'houston', 'seminar', 'online', 'test', 'test', '2022-06-24T00:00:00.000+00:00')`)
      db.exec(`INSERT INTO "EventState" (eventId, stateCode, fiscalYear) VALUES (1, 'OK', 2022), (1, 'KS', 2022), (2, 'TX', 2022)`)
      db.exec(`INSERT INTO "EventTheme" (eventId, themeCode) VALUES (1, 'workforce'), (2, 'digital_garden_city')`)
      db.close()
      const before = counts(file)
      migrateSqlite(file)
      expect(counts(file)).toEqual(before)
      expect(before).toEqual({ Event: 2, EventState: 3, EventTheme: 2 })
    })
  }
})

describe('a database whose events lost their states and themes to an earlier upgrade', () => {
  it('gets them back from the audit log at the next upgrade, with their regions and state counts', async () => {
    const url = `file:${path.join(dir, 'damaged.db')}`
    const events = makeEvents(40, 7)
    let store = await openStore({ url })
    await createEvents(store.db, { events: events.map((data, i) => ({ data, sourceKey: `k${i}` })), actor: 'test', source: 'import' })
    const rows = async () => ({
      states: await store.db.eventState.count(),
      themes: await store.db.eventTheme.count(),
      regions: await store.db.eventRegion.count(),
      stateCounts: (await store.db.event.findMany({ select: { stateCount: true }, orderBy: { id: 'asc' } })).map((e) => e.stateCount),
    })
    const before = await rows()
    expect(before.states).toBe(events.reduce((n, e) => n + new Set(e.stateCodes).size, 0))
    // what the cascade left: no state, theme or region row; and a migration still to apply
    await store.db.$executeRawUnsafe('DELETE FROM "EventRegion"')
    await store.db.$executeRawUnsafe('DELETE FROM "EventTheme"')
    await store.db.$executeRawUnsafe('DELETE FROM "EventState"')
    await store.db.$executeRawUnsafe('UPDATE "Event" SET "stateCount" = 0')
    const last = readMigrations(ALL).at(-1)?.name ?? ''
    await store.db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = '${last}'`)
    await store.close()
    const db = new Database(path.join(dir, 'damaged.db'))
    // the last migration undone by hand so that it can be applied again (its tables and columns dropped)
    const undo = fs.readFileSync(path.join(ALL, last, 'migration.sql'), 'utf8').match(/CREATE TABLE "(\w+)"/g)?.map((m) => m.slice(14, -1)) ?? []
    for (const t of undo) db.exec(`DROP TABLE IF EXISTS "${t}"`)
    for (const [, index] of fs.readFileSync(path.join(ALL, last, 'migration.sql'), 'utf8').matchAll(/CREATE (?:UNIQUE )?INDEX "(\w+)"/g)) db.exec(`DROP INDEX IF EXISTS "${index}"`)
    const added = [...fs.readFileSync(path.join(ALL, last, 'migration.sql'), 'utf8').matchAll(/ALTER TABLE "(\w+)" ADD COLUMN "(\w+)"/g)]
    for (const [, t, c] of added) db.exec(`ALTER TABLE "${t}" DROP COLUMN "${c}"`)
    db.close()

    store = await openStore({ url })
    try {
      expect(await rows()).toEqual(before)
    } finally {
      await store.close()
    }
  })
})
