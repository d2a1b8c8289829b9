import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore, redactUrl, sqliteFileOf } from '../../src/store/client.ts'
import { migrateSqlite, readMigrations } from '../../src/store/migrator.ts'
import { AppError } from '../../src/errors.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir()

describe('migrator', () => {
  it('applies every committed migration once and records it as Prisma does', async () => {
    const file = path.join(dir, 'a.db')
    const first = migrateSqlite(file)
    const all = readMigrations().map((m) => m.name)
    expect(all.length).toBeGreaterThan(0)
    expect(first.applied).toEqual(all)
    const second = migrateSqlite(file)
    expect(second.applied).toEqual([])
    expect(second.alreadyApplied).toEqual(all)
    const db = new Database(file)
    const rows = db.prepare('SELECT * FROM _prisma_migrations ORDER BY migration_name').all() as Array<Record<string, unknown>>
    db.close()
    expect(rows.map((r) => r.migration_name)).toEqual(all)
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(readMigrations()[i]?.checksum)
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/)
      expect(r.finished_at).not.toBeNull()
      expect(r.applied_steps_count).toBe(1)
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('refuses a migration edited after it was applied', () => {
    const file = path.join(dir, 'b.db')
    const migDir = path.join(dir, 'migs-b')
    fs.cpSync(path.resolve('prisma/migrations'), migDir, { recursive: true })
    migrateSqlite(file, { dir: migDir })
    const first = readMigrations(migDir)[0]!
    fs.appendFileSync(path.join(migDir, first.name, 'migration.sql'), '\n-- edited\n')
    expect(() => migrateSqlite(file, { dir: migDir })).toThrow(AppError)
    try {
      migrateSqlite(file, { dir: migDir })
    } catch (e) {
      expect((e as AppError).key).toBe('migration_modified')
    }
  })

  it('leaves the database as it was when a migration fails half way', () => {
    const file = path.join(dir, 'c.db')
    const migDir = path.join(dir, 'migs-c')
    fs.cpSync(path.resolve('prisma/migrations'), migDir, { recursive: true })
    migrateSqlite(file, { dir: migDir })
    fs.mkdirSync(path.join(migDir, '99990101000000_broken'))
    fs.writeFileSync(
      path.join(migDir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "Half" ("id" INTEGER);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    )
    expect(() => migrateSqlite(file, { dir: migDir })).toThrow()
    const db = new Database(file)
    const half = db.prepare("SELECT name FROM sqlite_master WHERE name = 'Half'").get()
    const recorded = db.prepare("SELECT * FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'").get()
    db.close()
    expect(half).toBeUndefined()
    expect(recorded).toBeUndefined()
  })

  it('refuses a database migrated by a newer version', () => {
    const file = path.join(dir, 'd.db')
    migrateSqlite(file)
    const db = new Database(file)
    db.prepare(
      "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('x', 'y', '2030-01-01', '99990101000000_future', 1)",
    ).run()
    db.close()
    expect(() => migrateSqlite(file)).toThrow(/newer|99990101000000_future/)
  })
})

describe('openStore', () => {
  it('creates the file and its folder on first use and returns a working client', async () => {
    const url = `file:${path.join(dir, 'nested', 'deeper', 'x.db')}`
    const store = await openStore({ url })
    try {
      expect(fs.existsSync(store.file)).toBe(true)
      expect(await store.db.event.count()).toBe(0)
    } finally {
      await store.close()
    }
  })

  it('resolves relative file: URLs against the working directory and rejects other schemes', () => {
    expect(sqliteFileOf('file:./data/g.db', '/srv/app')).toBe('/srv/app/data/g.db')
    expect(() => sqliteFileOf('mysql://u:secret@h/db')).toThrow(AppError)
    try {
      sqliteFileOf('mysql://u:secret@h/db')
    } catch (e) {
      expect(JSON.stringify((e as AppError).params)).not.toContain('secret')
    }
  })
})

describe('redactUrl', () => {
  it('hides a password given in the authority or as a query parameter (never printed in messages)', () => {
    expect(redactUrl('postgresql://app:s3cret@db.example:5432/grassroots')).toBe('postgresql://app:***@db.example:5432/grassroots')
    expect(redactUrl('postgresql://db.example/grassroots?user=app&password=s3cret&sslmode=require')).toBe(
      'postgresql://db.example/grassroots?user=app&password=***&sslmode=require',
    )
    expect(redactUrl('postgresql://db.example/grassroots?PASSWORD=s3cret')).not.toContain('s3cret')
  })
})
