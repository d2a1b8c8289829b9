// The store on PostgreSQL: the same repository code as on SQLite (the Prisma query API, plus the portable
// multi-row INSERT of bulk imports) must give the same results. Runs against the local server.
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { generateEvents } from '../../bench/generate.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { exportEventsCsv } from '../../src/events/export.ts'
import { formatEventCsv } from '../../src/events/csv-format.ts'
import { importEventsCsv } from '../../src/events/import.ts'
import { openStore } from '../../src/store/client.ts'
import type { Db } from '../../src/store/client.ts'
import { rebuildDerivedRows } from '../../src/store/derived-rows.ts'
import { createEvent, deleteEvent, updateEvent } from '../../src/store/events.ts'
import { migratePostgres, readMigrations, POSTGRES_MIGRATIONS_DIR } from '../../src/store/migrator.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'

const pgdb = scratchPostgres()

/** Every derived row (prisma/schema.prisma), keyed by the event's sourceKey (ids may differ between providers). */
async function derivedRows(db: Db): Promise<string[]> {
  const events = await db.event.findMany({ include: { states: true, regions: true, themes: true } })
  return events
    .flatMap((e) => [
      ...e.states.map((s) => `S ${e.sourceKey} ${s.stateCode} ${s.fiscalYear} ${s.participants} ${s.officeCode} ${s.activityType} ${s.format}`),
      ...e.regions.map((r) => `R ${e.sourceKey} ${r.regionCode} ${r.fiscalYear} ${r.participants}`),
      ...e.themes.map((t) => `T ${e.sourceKey} ${t.themeCode} ${t.fiscalYear} ${t.participants}`),
    ])
    .sort()
}
const dir = tmpDir()

describe('PostgreSQL store', () => {
  it('applies the migrations once even when two instances start together, recorded as Prisma does', async () => {
    const [a, b] = await Promise.all([migratePostgres(pgdb.url()), migratePostgres(pgdb.url())])
    const names = readMigrations(POSTGRES_MIGRATIONS_DIR).map((m) => m.name)
    expect([...a.applied, ...b.applied].sort()).toEqual(names)
    const client = new pg.Client({ connectionString: pgdb.url() })
    await client.connect()
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"')
    await client.end()
    expect(rows.map((r) => r.migration_name).sort()).toEqual(names)
    expect(rows.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true)
  })

  it('imports, exports, edits and deletes exactly as on SQLite', async () => {
    const events = generateEvents(600, 3)
    const file = path.join(dir, 'events.csv')
    fs.writeFileSync(file, formatEventCsv(events))
    const results: Record<
      string,
      { csv: string; again: number; edited: string | null; derived: string[]; rebuilt: string[]; deleted: boolean; audits: string[] }
    > = {}
    for (const [name, url] of [['sqlite', `file:${path.join(dir, 'x.db')}`], ['postgresql', pgdb.url()]] as const) {
      const store = await openStore({ url })
      try {
        expect(store.provider).toBe(name)
        const first = await importEventsCsv(store.db, { file, actor: 'test' })
        const again = await importEventsCsv(store.db, { file, actor: 'test' })
        expect(first.ok && first.created).toBe(600)
        const data = eventInputSchema.parse({
          startDate: '2022-05-10', officeCode: 'chicago', stateCodes: ['WI'], titleEn: 'Caravan', activityType: 'business_support',
          format: 'in_person', participants: 120, bestPractice: true,
        })
        const { record, created } = await createEvent(store.db, { event: { data, sourceKey: 'slack:V1:abc' }, actor: 'U1', source: 'slack' })
        const retry = await createEvent(store.db, { event: { data, sourceKey: 'slack:V1:abc' }, actor: 'U1', source: 'slack' })
        expect([created, retry.created, retry.record.id]).toEqual([true, false, record.id])
        const edited = await updateEvent(store.db, { id: record.id, data: { ...data, participants: 150, stateCodes: ['CA', 'IL', 'WI'] }, actor: 'U2', source: 'slack' })
        // derived rows as the write path left them, then as rebuildDerivedRows recomputes them (portable SQL)
        const derived = await derivedRows(store.db)
        await store.db.eventRegion.deleteMany({})
        await store.db.eventState.updateMany({ data: { participants: 0 } })
        await rebuildDerivedRows(store.db)
        const rebuilt = await derivedRows(store.db)
        const deleted = await deleteEvent(store.db, { id: record.id, actor: 'U2', source: 'slack' })
        const audits = await store.db.auditEntry.findMany({ where: { eventId: record.id }, orderBy: { id: 'asc' } })
        results[name] = {
          csv: (await exportEventsCsv(store.db)).csv,
          again: again.ok ? again.skipped : -1,
          edited: edited ? `${edited.participants}:${edited.stateCodes.join(';')}:${edited.bestPractice}` : null,
          derived,
          rebuilt,
          deleted: deleted !== null && (await store.db.event.findUnique({ where: { id: record.id } })) === null,
          audits: audits.map((a) => `${a.action}:${a.actor}`),
        }
      } finally {
        await store.close()
      }
    }
    expect(results.postgresql).toEqual(results.sqlite)
    expect(results.sqlite?.again).toBe(600)
    expect(results.sqlite?.edited).toBe('150:CA;IL;WI:true')
    expect(results.sqlite?.rebuilt).toEqual(results.sqlite?.derived)
    expect(results.sqlite?.derived).toContain('R slack:V1:abc midwest 2022 150')
    expect(results.sqlite?.derived).toContain('R slack:V1:abc west 2022 150')
    expect(results.sqlite?.derived.filter((r) => r.startsWith('R ')).length).toBeGreaterThan(600)
    expect(results.sqlite?.audits).toEqual(['create:U1', 'update:U2', 'delete:U2'])
  })
})
