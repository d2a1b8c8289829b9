// Opens the event store: applies pending migrations (no Prisma CLI needed), then returns a Prisma client on
// the better-sqlite3 driver adapter. The only module, with the repositories next to it, that knows Prisma.
import fs from 'node:fs'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '../generated/prisma/client.ts'
import { AppError } from '../errors.ts'
import { migrateSqlite, type MigrationReport } from './migrator.ts'

export type Db = PrismaClient

export interface Store {
  db: Db
  /** Absolute path of the SQLite file. */
  file: string
  migration: MigrationReport
  close(): Promise<void>
}

/** Resolves `file:./data/x.db` against the working directory, as users expect of a relative path. */
export function sqliteFileOf(url: string, cwd: string = process.cwd()): string {
  if (!url.startsWith('file:')) throw new AppError('database_unsupported', { url: url.replace(/\/\/[^@/]*@/, '//***@') })
  const raw = url.slice('file:'.length).split('?')[0] ?? ''
  if (raw === '') throw new AppError('database_unsupported', { url })
  return path.resolve(cwd, raw)
}

export async function openStore(options: { url: string; migrate?: boolean }): Promise<Store> {
  const file = sqliteFileOf(options.url)
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
  } catch (e) {
    throw new AppError('database_unreachable', { reason: (e as NodeJS.ErrnoException).code ?? 'mkdir failed' })
  }
  const migration = options.migrate === false ? { applied: [], alreadyApplied: [] } : migrateSqlite(file)
  const adapter = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 15_000 })
  const db = new PrismaClient({ adapter })
  return {
    db,
    file,
    migration,
    close: () => db.$disconnect(),
  }
}
