// Whether the store can serve requests: the database answers, and every committed migration is applied
// (GET /readyz). A process whose database is gone or behind is alive but not ready.
import { MIGRATIONS_DIR, POSTGRES_MIGRATIONS_DIR, readMigrations } from './migrator.ts'
import type { Db } from './db.ts'

export interface Readiness {
  ready: boolean
  /** The database answered a query. */
  database: boolean
  /** Migrations committed with this version that the database has not applied (names). */
  pendingMigrations: string[]
}

/**
 * Checks the database behind `db` (`postgres`: a PostgreSQL database, else SQLite) within `timeoutMs`.
 * Never throws: an unreachable database is `database: false`.
 */
export async function checkReadiness(db: Db, options: { postgres: boolean; timeoutMs?: number }): Promise<Readiness> {
  const committed = readMigrations(options.postgres ? POSTGRES_MIGRATIONS_DIR : MIGRATIONS_DIR).map((m) => m.name)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), options.timeoutMs ?? 2000)
  })
  try {
    const rows = await Promise.race([
      db.$queryRawUnsafe<Array<{ migration_name: string }>>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL'),
      timeout,
    ])
    const applied = new Set(rows.map((r) => r.migration_name))
    const pendingMigrations = committed.filter((name) => !applied.has(name))
    return { ready: pendingMigrations.length === 0, database: true, pendingMigrations }
  } catch {
    return { ready: false, database: false, pendingMigrations: [] }
  } finally {
    clearTimeout(timer)
  }
}
