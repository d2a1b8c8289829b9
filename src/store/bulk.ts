// Bulk writes straight through the store's driver adapter (the same @prisma/adapter-better-sqlite3 or
// @prisma/adapter-pg that Prisma Client runs on), on a connection of their own and in one transaction.
// Prisma Client's raw queries serialise every parameter to JSON and back; at 40 parameters an event that is
// most of a 100,000-row import's time. The statements are plain SQL that SQLite and PostgreSQL both accept
// as written; only the placeholder syntax differs, and the adapter says which provider it is.
import type { ArgType, SqlDriverAdapterFactory, SqlQueryable, Transaction } from '@prisma/driver-adapter-utils'
import type { Db } from './db.ts'

const adapters = new WeakMap<Db, SqlDriverAdapterFactory>()

/**
 * Settings of every SQLite connection the store opens (they are per connection): a 64 MB page cache keeps
 * the indexes of a large import in memory (the default 2 MB evicts them every few hundred rows), and NORMAL
 * sync is the documented safe level in WAL mode.
 */
export const SQLITE_CONNECTION_PRAGMAS = ['PRAGMA cache_size = -65536', 'PRAGMA synchronous = NORMAL'] as const

/** Called by openStore: remembers which adapter a client runs on. */
export function registerBulkAdapter(db: Db, factory: SqlDriverAdapterFactory): void {
  adapters.set(db, factory)
}

/**
 * A wrapper of a store's client (a proxy that times or delays its calls) writes in bulk through the
 * adapter of the client it wraps.
 */
export function shareBulkAdapter(wrapper: Db, wrapped: Db): void {
  const factory = adapters.get(wrapped)
  if (factory !== undefined) adapters.set(wrapper, factory)
}

export type Cell = string | number | boolean | Date | null

export interface BulkTx {
  /** INSERT INTO table (columns) VALUES (…), (…) [suffix]; returns the rows of a RETURNING suffix. */
  insert(options: { table: string; columns: readonly string[]; rows: Cell[][]; suffix?: string }): Promise<unknown[][]>
}

function argType(v: Cell): ArgType {
  if (v instanceof Date) return { scalarType: 'datetime', arity: 'scalar' }
  if (typeof v === 'number') return { scalarType: Number.isInteger(v) ? 'int' : 'float', arity: 'scalar' }
  if (typeof v === 'boolean') return { scalarType: 'boolean', arity: 'scalar' }
  return { scalarType: v === null ? 'unknown' : 'string', arity: 'scalar' }
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`

function bulkTx(q: SqlQueryable, provider: string): BulkTx {
  const placeholder = provider === 'postgres' ? (i: number) => `$${i}` : () => '?'
  return {
    async insert({ table, columns, rows, suffix }) {
      if (rows.length === 0) return []
      const args: Cell[] = []
      const tuples = rows.map((row) => `(${row.map((v) => (args.push(v), placeholder(args.length))).join(', ')})`)
      const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${tuples.join(', ')}${suffix ? ` ${suffix}` : ''}`
      const query = { sql, args, argTypes: args.map(argType) }
      if (suffix?.includes('RETURNING')) return (await q.queryRaw(query)).rows
      await q.executeRaw(query)
      return []
    },
  }
}

/**
 * Runs `work` in one transaction on a connection of its own: committed when it resolves, rolled back when it
 * throws.
 */
export async function withBulkTransaction<T>(db: Db, work: (tx: BulkTx) => Promise<T>): Promise<T> {
  const factory = adapters.get(db)
  if (factory === undefined) throw new Error('bulk writes need a client opened by openStore')
  const conn = await factory.connect()
  try {
    // the same connection settings as the client's own connection (see openStore)
    if (conn.provider === 'sqlite') await conn.executeScript(SQLITE_CONNECTION_PRAGMAS.map((p) => `${p};`).join(' '))
    const tx: Transaction = await conn.startTransaction()
    // the adapter opens the transaction (BEGIN); ending it is the caller's statement, as Prisma's engine
    // does (the adapter's commit() and rollback() only release the connection)
    const end = (sql: 'COMMIT' | 'ROLLBACK') => tx.executeRaw({ sql, args: [], argTypes: [] })
    try {
      const result = await work(bulkTx(tx, conn.provider))
      await end('COMMIT')
      await tx.commit()
      return result
    } catch (e) {
      await end('ROLLBACK').catch(() => undefined)
      await tx.rollback()
      throw e
    }
  } finally {
    await conn.dispose()
  }
}
