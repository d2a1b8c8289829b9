// Applies the committed Prisma migrations without the Prisma CLI, and records them in `_prisma_migrations`
// exactly as `prisma migrate deploy` does (same table, same sha256 checksum of migration.sql), so that a
// database migrated here can later be managed by the CLI and vice versa. Each migration runs in one
// transaction together with its bookkeeping row: a failure leaves the database as it was before that migration.
import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import type { ClientBase, Pool } from 'pg'
import { AppError } from '../errors.ts'

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/migrations')
export const POSTGRES_MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/postgresql/migrations')

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export interface MigrationReport {
  applied: string[]
  alreadyApplied: string[]
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

interface AppliedRow {
  migration_name: string
  checksum: string
  finished_at: string | null
  rolled_back_at: string | null
}

/** Prisma writes timestamps as RFC 3339 with milliseconds and an explicit offset. */
function prismaTimestamp(d: Date = new Date()): string {
  return d.toISOString().replace('Z', '+00:00')
}

/** Applies pending migrations to the SQLite file at `filePath`. Safe to call from several processes at once. */
export function migrateSqlite(filePath: string, options: { dir?: string } = {}): MigrationReport {
  const migrations = readMigrations(options.dir)
  const db = new Database(filePath, { timeout: 15_000 })
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.exec(MIGRATIONS_TABLE_DDL)
    const report: MigrationReport = { applied: [], alreadyApplied: [] }
    for (const m of migrations) {
      // Foreign keys off while a migration runs, as SQLite's procedure for schema changes requires: a table
      // rebuild (copy, drop, rename) would otherwise cascade the drop of "Event" to its states and themes.
      // The pragma does nothing inside a transaction, so it is set here, and the keys are checked before
      // the migration commits.
      db.pragma('foreign_keys = OFF')
      // BEGIN IMMEDIATE takes the write lock first, so two processes starting together apply each migration once.
      const outcome = db.transaction(() => {
        const rows = db
          .prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = ?')
          .all(m.name) as AppliedRow[]
        const live = rows.filter((r) => r.rolled_back_at === null)
        const failed = live.find((r) => r.finished_at === null)
        if (failed) {
          throw new AppError('migration_failed_before', { migration: m.name })
        }
        const done = live.find((r) => r.finished_at !== null)
        if (done) {
          if (done.checksum !== m.checksum) throw new AppError('migration_modified', { migration: m.name })
          return 'already' as const
        }
        const startedAt = prismaTimestamp()
        db.exec(m.sql)
        const broken = db.prepare('PRAGMA foreign_key_check').all()
        if (broken.length > 0) throw new AppError('migration_foreign_keys', { migration: m.name, rows: broken.length })
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        ).run(randomUUID(), m.checksum, prismaTimestamp(), m.name, startedAt)
        return 'applied' as const
      }).immediate()
      db.pragma('foreign_keys = ON')
      if (outcome === 'applied') report.applied.push(m.name)
      else report.alreadyApplied.push(m.name)
    }
    const known = new Set(migrations.map((m) => m.name))
    const unknown = (db.prepare('SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL').all() as AppliedRow[])
      .map((r) => r.migration_name)
      .filter((n) => !known.has(n))
    if (unknown.length > 0) throw new AppError('migration_unknown', { migration: unknown.join(', ') })
    return report
  } finally {
    db.close()
  }
}

const POSTGRES_MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

/** An arbitrary constant: the advisory lock that serialises migrations between app instances. */
const MIGRATION_LOCK_KEY = 72_707_319

/**
 * Applies pending migrations to PostgreSQL: `target` is a connection URL (a connection of its own, closed
 * afterwards: `grassroots migrate`) or the store's pool (one of its connections, returned afterwards: the
 * app at start). PostgreSQL runs DDL inside transactions too, so each migration and its bookkeeping row
 * commit together. A session-level advisory lock (pg_advisory_lock on MIGRATION_LOCK_KEY), held from before
 * the bookkeeping table is read until every migration is done, keeps several instances starting at once from
 * applying the same migration twice: the second waits, then finds them all applied.
 */
export async function migratePostgres(target: string | Pool, options: { dir?: string } = {}): Promise<MigrationReport> {
  const migrations = readMigrations(options.dir ?? POSTGRES_MIGRATIONS_DIR)
  let client: ClientBase
  let done: (failed?: Error) => Promise<void>
  if (typeof target === 'string') {
    const { default: pg } = await import('pg')
    const own = new pg.Client({ connectionString: target })
    await own.connect()
    client = own
    done = () => own.end()
  } else {
    const pooled = await target.connect()
    client = pooled
    // a connection that may still hold the lock or a transaction is closed, not returned to the pool
    done = async (failed) => pooled.release(failed)
  }
  let failed: Error | undefined
  try {
    const report: MigrationReport = { applied: [], alreadyApplied: [] }
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    try {
      await client.query(POSTGRES_MIGRATIONS_TABLE_DDL)
      for (const m of migrations) {
        await client.query('BEGIN')
        try {
          const { rows } = await client.query<AppliedRow>(
            'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1',
            [m.name],
          )
          const live = rows.filter((r) => r.rolled_back_at === null)
          if (live.some((r) => r.finished_at === null)) throw new AppError('migration_failed_before', { migration: m.name })
          const done = live.find((r) => r.finished_at !== null)
          if (done) {
            if (done.checksum !== m.checksum) throw new AppError('migration_modified', { migration: m.name })
            await client.query('COMMIT')
            report.alreadyApplied.push(m.name)
            continue
          }
          const startedAt = new Date()
          await client.query(m.sql)
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
            [randomUUID(), m.checksum, m.name, startedAt],
          )
          await client.query('COMMIT')
          report.applied.push(m.name)
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined)
          throw e
        }
      }
      const known = new Set(migrations.map((m) => m.name))
      const { rows } = await client.query<AppliedRow>('SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL')
      const unknown = rows.map((r) => r.migration_name).filter((n) => !known.has(n))
      if (unknown.length > 0) throw new AppError('migration_unknown', { migration: unknown.join(', ') })
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch((e: unknown) => {
        failed = e instanceof Error ? e : new Error(String(e))
      })
    }
    return report
  } catch (e) {
    failed ??= e instanceof Error ? e : new Error(String(e))
    throw e
  } finally {
    await done(failed)
  }
}
