// Opens the event store: applies pending migrations (no Prisma CLI needed), then returns a Prisma client on
// the better-sqlite3 driver adapter, or on PostgreSQL on @prisma/adapter-pg over one bounded pg.Pool per store
// that the bulk path and the migrator share. The only module, with the repositories next to it, that knows Prisma.
import fs from 'node:fs'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '../generated/prisma/client.ts'
import { AppError } from '../errors.ts'
import { derivedRowsMissing, rebuildDerivedRows, restoreLostEventRows } from './derived-rows.ts'
import { CLI_BUSY_TIMEOUT_MS } from './busy.ts'
import { closeBulkConnections, registerBulkTarget, SQLITE_CONNECTION_PRAGMAS } from './bulk.ts'
import { migratePostgres, migrateSqlite, type MigrationReport } from './migrator.ts'
import { rebuildSearchKeys, searchKeysMissing } from './text-keys.ts'

import type { Db } from './db.ts'

export type { Db }

export interface Store {
  db: Db
  provider: 'sqlite' | 'postgresql'
  /** Absolute path of the SQLite file, or the PostgreSQL URL without its password. */
  file: string
  migration: MigrationReport
  close(): Promise<void>
}

/** Resolves `file:./data/x.db` against the working directory, as users expect of a relative path. */
export function sqliteFileOf(url: string, cwd: string = process.cwd()): string {
  if (!url.startsWith('file:')) throw new AppError('database_unsupported', { url: redactUrl(url) })
  const raw = url.slice('file:'.length).split('?')[0] ?? ''
  if (raw === '') throw new AppError('database_unsupported', { url })
  return path.resolve(cwd, raw)
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}

/** PostgreSQL connections a store holds at most when DATABASE_POOL_MAX is not given (config.ts's default). */
export const DEFAULT_POOL_MAX = 10

/**
 * Opens the store. `busyTimeoutMs`: how long SQLite waits, synchronously, for another writer's lock
 * (default CLI_BUSY_TIMEOUT_MS; the server passes SERVER_BUSY_TIMEOUT_MS and retries asynchronously).
 * `poolMax`: on PostgreSQL, the most connections the store opens at once (DATABASE_POOL_MAX, default
 * DEFAULT_POOL_MAX); work beyond it waits for a free connection. Ignored on SQLite.
 */
export async function openStore(options: { url: string; migrate?: boolean; busyTimeoutMs?: number; poolMax?: number }): Promise<Store> {
  if (isPostgresUrl(options.url)) return openPostgresStore(options.url, options.migrate !== false, options.poolMax ?? DEFAULT_POOL_MAX)
  const file = sqliteFileOf(options.url)
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
  } catch (e) {
    throw new AppError('database_unreachable', { reason: (e as NodeJS.ErrnoException).code ?? 'mkdir failed' })
  }
  const migration = options.migrate === false ? { applied: [], alreadyApplied: [] } : migrateSqlite(file)
  const busyTimeoutMs = options.busyTimeoutMs ?? CLI_BUSY_TIMEOUT_MS
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: busyTimeoutMs })
  const db = new PrismaClient({ adapter })
  registerBulkTarget(db, { provider: 'sqlite', file, timeoutMs: busyTimeoutMs })
  // connection settings, not queries (see bulk.ts)
  for (const pragma of SQLITE_CONNECTION_PRAGMAS) await db.$executeRawUnsafe(pragma)
  if (options.migrate !== false) await fillDerivedRows(db, migration)
  return {
    db,
    provider: 'sqlite',
    file,
    migration,
    async close() {
      closeBulkConnections(db)
      await db.$disconnect()
    },
  }
}

/** Hides the password of a database URL for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@').replace(/([?&](?:password|sslpassword)=)[^&#]*/gi, '$1***')
}

async function openPostgresStore(url: string, migrate: boolean, poolMax: number): Promise<Store> {
  const { default: pg } = await import('pg')
  // the process's one pool: Prisma's queries and transactions, bulk writes (COPY) and the migrations all take
  // their connections from it, so the database never sees more than poolMax sessions from this store
  const pool = new pg.Pool({ connectionString: url, max: poolMax })
  // an idle connection the server closed (a restart, a terminated backend) is dropped by the pool and the
  // next query opens a new one; without a listener the event would end the process
  pool.on('error', () => undefined)
  let migration: MigrationReport = { applied: [], alreadyApplied: [] }
  try {
    if (migrate) migration = await migratePostgres(pool)
  } catch (e) {
    await pool.end().catch(() => undefined)
    if (e instanceof AppError) throw e
    throw new AppError('database_unreachable', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0] ?? 'error' })
  }
  const { PrismaPg } = await import('@prisma/adapter-pg')
  const { PrismaClient: PgClient } = await import('../generated/prisma-pg/client.ts')
  // an external pool: Prisma neither sizes nor ends it (disposeExternalPool is false); close() ends it
  const pgAdapter = new PrismaPg(pool)
  const client = new PgClient({ adapter: pgAdapter })
  // Both clients are generated from the same models (prisma/postgresql/schema.prisma is derived from
  // prisma/schema.prisma, and a test checks it), so their query APIs are the same.
  const db = client as unknown as Db
  registerBulkTarget(db, { provider: 'postgres', pool })
  try {
    if (migrate) await fillDerivedRows(db, migration)
  } catch (e) {
    await client.$disconnect().catch(() => undefined)
    await pool.end().catch(() => undefined)
    throw e
  }
  return {
    db,
    provider: 'postgresql',
    file: redactUrl(url),
    migration,
    async close() {
      await client.$disconnect()
      // pg refuses a second end(): a store closed twice (a stop after a failed start) closes once
      if (!pool.ended) await pool.end()
    },
  }
}

/**
 * The migration that added derived rows (prisma/schema.prisma) leaves existing rows with placeholder copies:
 * fill them in once, right after it is applied here — or on the first open of a database that the Prisma CLI
 * migrated (events but no region rows). Only the instance that applied the migration rebuilds.
 */
async function fillDerivedRows(db: Db, migration: MigrationReport): Promise<void> {
  // an upgrade: give back what an earlier migration's table rebuild took from existing events
  const restored = migration.applied.length > 0 ? await restoreLostEventRows(db) : { restored: 0 }
  if (restored.restored > 0 || migration.applied.some((name) => name.endsWith('_derived_rows')) || (await derivedRowsMissing(db))) await rebuildDerivedRows(db)
  // the same for the search keys of text filters (src/store/text-keys.ts)
  if (migration.applied.some((name) => name.endsWith('_text_keys') || name.endsWith('_title_keys')) || (await searchKeysMissing(db))) await rebuildSearchKeys(db)
}
