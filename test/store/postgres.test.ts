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
import { createEvent, deleteEvent, updateEvent } from '../../src/store/events.ts'
import { migratePostgres, readMigrations, POSTGRES_MIGRATIONS_DIR } from '../../src/store/migrator.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'

const pgdb = scratchPostgres()
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
    const results: Record<string, { csv: string; again: number; edited: string | null; deleted: boolean; audits: string[] }> = {}
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
        const edited = await updateEvent(store.db, { id: record.id, data: { ...data, participants: 150, stateCodes: ['IL', 'WI'] }, actor: 'U2', source: 'slack' })
        const deleted = await deleteEvent(store.db, { id: record.id, actor: 'U2', source: 'slack' })
        const audits = await store.db.auditEntry.findMany({ where: { eventId: record.id }, orderBy: { id: 'asc' } })
        results[name] = {
          csv: (await exportEventsCsv(store.db)).csv,
          again: again.ok ? again.skipped : -1,
          edited: edited ? `${edited.participants}:${edited.stateCodes.join(';')}:${edited.bestPractice}` : null,
          deleted: deleted !== null && (await store.db.event.findUnique({ where: { id: record.id } })) === null,
          audits: audits.map((a) => `${a.action}:${a.actor}`),
        }
      } finally {
        await store.close()
      }
    }
    expect(results.postgresql).toEqual(results.sqlite)
    expect(results.sqlite?.again).toBe(600)
    expect(results.sqlite?.edited).toBe('150:IL;WI:true')
    expect(results.sqlite?.audits).toEqual(['create:U1', 'update:U2', 'delete:U2'])
  })
})
