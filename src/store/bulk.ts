// Bulk writes (an import's thousands of events) on a connection of their own, in one transaction, by each
// database's fastest way in: on SQLite a better-sqlite3 statement prepared once per table and run for every
// row (the physical limit: preparing a multi-row statement per chunk cost more than the rows themselves); on
// PostgreSQL `COPY … FROM STDIN` (pg-copy-streams), the events with ids drawn from their sequence: the COPY
// is tried straight away, and once it meets a source key already stored (a re-imported file) the stored keys
// are read first and left out, the rows of that chunk going through a temporary table and `INSERT … SELECT …
// ON CONFLICT DO NOTHING RETURNING`. Prisma
// Client's query API costs about 300 µs a row here (its plan is rendered per parameter): the rest of the
// store uses it, imports use this.
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import Database from 'better-sqlite3'
import type { Pool, PoolClient } from 'pg'
import type { Db } from './db.ts'

/**
 * Where a client's bulk writes go: the same database as the client, on a connection of their own — on SQLite a
 * connection of its own (kept open between transactions), on PostgreSQL one taken from the process's pool (the pool Prisma
 * uses too, so bulk writes never add sessions beyond DATABASE_POOL_MAX).
 */
export type BulkTarget =
  | { provider: 'sqlite'; /** Absolute path of the file. */ file: string; /** Busy timeout, ms. */ timeoutMs: number; /** Set when the store closed. */ closed?: boolean }
  | { provider: 'postgres'; /** The store's connection pool. */ pool: Pool }

const targets = new WeakMap<Db, BulkTarget>()

/**
 * Settings of every SQLite connection the store opens (they are per connection): a 64 MB page cache keeps
 * the indexes of a large import in memory (the default 2 MB evicts them every few hundred rows), and NORMAL
 * sync is the documented safe level in WAL mode.
 */
export const SQLITE_CONNECTION_PRAGMAS = ['PRAGMA cache_size = -65536', 'PRAGMA synchronous = NORMAL'] as const

/** Called by openStore: remembers which database a client runs on. */
export function registerBulkTarget(db: Db, target: BulkTarget): void {
  targets.set(db, target)
}

/**
 * A wrapper of a store's client (a proxy that times or delays its calls) writes in bulk to the database of
 * the client it wraps.
 */
export function shareBulkTarget(wrapper: Db, wrapped: Db): void {
  const target = targets.get(wrapped)
  if (target !== undefined) targets.set(wrapper, target)
}

export type Cell = string | number | boolean | Date | null

export interface BulkInsert {
  table: string
  columns: readonly string[]
  rows: readonly Cell[][]
  /** Rows whose value in this unique column is already stored (or earlier in `rows`) are skipped. */
  skipConflictOn?: string
  /** Columns to return for each row written, in the order of `rows` (skipped rows return nothing). */
  returning?: readonly string[]
}

export interface BulkTx {
  /** Inserts rows into one table; returns the `returning` columns of the rows written (none without it). */
  insert(options: BulkInsert): Promise<unknown[][]>
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`
const columnList = (columns: readonly string[]) => columns.map(quote).join(', ')

/** A cell as better-sqlite3 binds it, as @prisma/adapter-better-sqlite3 writes it (ISO dates with +00:00, 0/1). */
let lastDate: Date | undefined
let lastDateTime = Number.NaN
let lastDateText = ''
/** A Date's ISO text; an import stamps every row with one Date, so the last one is formatted once. */
function isoText(v: Date): string {
  if (v !== lastDate || v.getTime() !== lastDateTime) {
    lastDate = v
    lastDateTime = v.getTime()
    lastDateText = v.toISOString()
  }
  return lastDateText
}

function sqliteValue(v: Cell): string | number | null {
  if (v instanceof Date) return isoText(v).replace('Z', '+00:00')
  if (typeof v === 'boolean') return v ? 1 : 0
  return v
}

/**
 * A bulk connection to a SQLite file, kept open between transactions with what it learnt: its prepared
 * statements and the tables' rowid aliases. A Slack save is one event in one transaction: opening the file,
 * setting its pragmas, reading six tables' columns and preparing six statements cost more than the rows.
 */
interface SqliteConn {
  conn: Database.Database
  statements: Map<string, Database.Statement>
  rowidAliases: Map<string, string | null>
}

/** Idle bulk connections per SQLite target (one per transaction at a time, as when each was opened anew). */
const idleSqlite = new WeakMap<object, SqliteConn[]>()
/** Bulk connections kept idle per file at most; more are closed after their transaction. */
const MAX_IDLE_SQLITE = 2
/** SQLite bulk connections opened per target (tests read it: a connection is reused). */
const openedSqlite = new WeakMap<object, number>()

function sqliteTx(c: SqliteConn): BulkTx {
  const { conn, statements, rowidAliases } = c
  const prepared = (sql: string) => {
    let stmt = statements.get(sql)
    if (stmt === undefined) {
      stmt = conn.prepare(sql)
      statements.set(sql, stmt)
    }
    return stmt
  }
  /** The table's INTEGER PRIMARY KEY column (SQLite's alias of the rowid), or null. */
  const rowidAlias = (table: string): string | null => {
    if (!rowidAliases.has(table)) {
      const pk = (conn.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; type: string; pk: number }[]).filter((c) => c.pk > 0)
      rowidAliases.set(table, pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? pk[0]!.name : null)
    }
    return rowidAliases.get(table) ?? null
  }
  return {
    async insert({ table, columns, rows, skipConflictOn, returning }) {
      const insert =
        `INSERT INTO ${quote(table)} (${columnList(columns)}) VALUES (${columns.map(() => '?').join(', ')})` +
        (skipConflictOn ? ` ON CONFLICT (${quote(skipConflictOn)}) DO NOTHING` : '')
      const alias = rowidAlias(table)
      if (returning === undefined || returning.every((c) => columns.includes(c) || c === alias)) {
        // RETURNING costs SQLite an extra result table per row (about 15% of an import); a row's own columns
        // and its rowid (`lastInsertRowid` of a run that changed a row) give the same answer without it
        const stmt = prepared(insert)
        const at = returning?.map((c) => columns.indexOf(c))
        const out: unknown[][] = []
        for (const row of rows) {
          const args = row.map(sqliteValue)
          const r = stmt.run(args)
          if (at === undefined || r.changes === 0) continue
          out.push(at.map((i) => (i >= 0 ? args[i] : Number(r.lastInsertRowid))))
        }
        return out
      }
      const stmt = prepared(`${insert} RETURNING ${columnList(returning)}`)
      stmt.raw(true)
      const out: unknown[][] = []
      for (const row of rows) {
        const written = stmt.get(row.map(sqliteValue)) as unknown[] | undefined
        if (written !== undefined) out.push(written)
      }
      return out
    },
  }
}

function openSqlite(target: SqliteTarget): SqliteConn {
  const conn = new Database(target.file, { timeout: target.timeoutMs })
  try {
    // the same connection settings as the client's own connection (see openStore)
    for (const p of SQLITE_CONNECTION_PRAGMAS) conn.exec(p)
  } catch (e) {
    conn.close()
    throw e
  }
  openedSqlite.set(target, (openedSqlite.get(target) ?? 0) + 1)
  return { conn, statements: new Map(), rowidAliases: new Map() }
}

type SqliteTarget = Extract<BulkTarget, { provider: 'sqlite' }>

async function withSqlite<T>(target: SqliteTarget, work: (tx: BulkTx) => Promise<T>): Promise<T> {
  const idle = idleSqlite.get(target) ?? []
  idleSqlite.set(target, idle)
  const c = idle.pop() ?? openSqlite(target)
  // a connection whose transaction could not be ended is in an unknown state: closed, never reused
  let reusable = false
  try {
    c.conn.exec('BEGIN IMMEDIATE')
    try {
      const result = await work(sqliteTx(c))
      c.conn.exec('COMMIT')
      reusable = true
      return result
    } catch (e) {
      if (c.conn.inTransaction) c.conn.exec('ROLLBACK')
      reusable = !c.conn.inTransaction
      throw e
    }
  } catch (e) {
    // BEGIN failed (another writer's lock): nothing was begun, the connection is fine
    if (!c.conn.inTransaction) reusable = true
    throw e
  } finally {
    if (reusable && !target.closed && idle.length < MAX_IDLE_SQLITE) idle.push(c)
    else c.conn.close()
  }
}

/** Closes the bulk connections kept open for `db`'s SQLite file (openStore's close()); later bulk writes open anew. */
export function closeBulkConnections(db: Db): void {
  const target = targets.get(db)
  if (target?.provider !== 'sqlite') return
  target.closed = true
  for (const c of idleSqlite.get(target)?.splice(0) ?? []) c.conn.close()
}

/** How many SQLite bulk connections were opened for `db` so far (each is kept for later transactions). */
export function bulkConnectionsOpened(db: Db): number {
  const target = targets.get(db)
  return target === undefined ? 0 : (openedSqlite.get(target) ?? 0)
}

/** Rows written by one INSERT on PostgreSQL rather than a COPY (see postgresTx's few). */
const FEW_ROWS = 50

const COPY_SPECIAL = /[\\\t\n\r]/

/** A cell in COPY's text format: `\N` for null, backslash escapes for the separators. */
function copyValue(v: Cell): string {
  if (v === null) return '\\N'
  if (v instanceof Date) return isoText(v)
  if (typeof v === 'boolean') return v ? 't' : 'f'
  if (typeof v === 'number') return String(v)
  // most cells have no separator: tested first, since a replace with a function costs a call per cell
  return COPY_SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : v
}

interface PgQueryable {
  query(text: string): Promise<unknown>
  query(config: { text: string; rowMode: 'array'; values?: unknown[] }): Promise<{ rows: unknown[][] }>
}

async function postgresTx(client: PoolClient): Promise<BulkTx> {
  const { from: copyFrom } = await import('pg-copy-streams')
  const q = client as unknown as PgQueryable
  const copy = async (table: string, columns: readonly string[], rows: readonly Cell[][]) => {
    const text = rows.map((r) => r.map(copyValue).join('\t')).join('\n') + '\n'
    await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${quote(table)} (${columnList(columns)}) FROM STDIN`)))
  }
  const staging = new Set<string>()
  /** Tables whose stored keys are read before each COPY: those where a COPY met a stored key. */
  const readKeysFirst = new Set<string>()
  /** The slow, always-right way: COPY to a temporary table, then INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING. */
  const viaStaging = async ({ table, columns, rows, skipConflictOn, returning }: BulkInsert): Promise<unknown[][]> => {
    const temp = `bulk_${table}`
    if (!staging.has(temp)) {
      await q.query(`CREATE TEMP TABLE ${quote(temp)} ON COMMIT DROP AS SELECT ${columnList(columns)} FROM ${quote(table)} WITH NO DATA`)
      staging.add(temp)
    } else {
      await q.query(`TRUNCATE ${quote(temp)}`)
    }
    await copy(temp, columns, rows)
    const r = await q.query({
      text:
        `INSERT INTO ${quote(table)} (${columnList(columns)}) SELECT ${columnList(columns)} FROM ${quote(temp)}` +
        (skipConflictOn ? ` ON CONFLICT (${quote(skipConflictOn)}) DO NOTHING` : '') +
        (returning ? ` RETURNING ${columnList(returning)}` : ''),
      rowMode: 'array',
    })
    return returning ? r.rows : []
  }
  /**
   * The fast way: the keys already stored are read first and left out (and a key repeated in `rows` kept
   * once), ids for a returned serial column are drawn from its sequence, and the rows go straight in by COPY.
   * Another writer storing one of the keys in between makes the COPY fail: it is undone to a savepoint and
   * the rows go the slow way.
   */
  const direct = async (options: BulkInsert & { skipConflictOn: string }): Promise<unknown[][]> => {
    const { table, columns, rows, skipConflictOn } = options
    const returning = options.returning ?? []
    const keyAt = columns.indexOf(skipConflictOn)
    const serial = returning.filter((c) => !columns.includes(c))
    if (keyAt < 0 || serial.length > 1) return viaStaging(options)
    const keys = rows.map((r) => r[keyAt] ?? null)
    // While no key of this transaction has been found stored, the COPY is tried without looking first (a
    // stored key makes it fail and the rows go the slow way); after that, the stored keys are read first.
    const stored = !readKeysFirst.has(table)
      ? { rows: [] as unknown[][] }
      : await q.query({ text: `SELECT ${quote(skipConflictOn)} FROM ${quote(table)} WHERE ${quote(skipConflictOn)} = ANY($1::text[])`, rowMode: 'array', values: [keys.filter((k) => k !== null).map(String)] })
    const seen = new Set(stored.rows.map((r) => String(r[0])))
    const fresh = rows.filter((_r, i) => {
      const k = keys[i]
      if (k === null || k === undefined) return true
      if (seen.has(String(k))) return false
      seen.add(String(k))
      return true
    })
    if (fresh.length === 0) return []
    let ids: number[] = []
    if (serial.length === 1) {
      const drawn = await q.query({ text: `SELECT nextval(pg_get_serial_sequence('${quote(table)}', '${serial[0]}')) FROM generate_series(1, ${fresh.length})`, rowMode: 'array' })
      ids = drawn.rows.map((r) => Number(r[0]))
    }
    const allColumns = serial.length === 1 ? [...columns, serial[0]!] : [...columns]
    await q.query('SAVEPOINT bulk_copy')
    try {
      await copy(table, allColumns, serial.length === 1 ? fresh.map((r, i) => [...r, ids[i]!]) : fresh)
    } catch (e) {
      if ((e as { code?: string }).code !== '23505') throw e // unique_violation: a key already stored
      await q.query('ROLLBACK TO SAVEPOINT bulk_copy')
      readKeysFirst.add(table)
      return viaStaging(options)
    }
    await q.query('RELEASE SAVEPOINT bulk_copy')
    return fresh.map((r, i) => returning.map((c) => (columns.includes(c) ? r[columns.indexOf(c)] : ids[i])))
  }
  /**
   * A few rows (a Slack save: one event and its derived rows): one parameterized INSERT, one round trip. The
   * COPY costs several (a savepoint, the ids drawn, the stream, the release) whatever its size. Dates are
   * written as COPY writes them (UTC ISO text), a key already stored or repeated is skipped by ON CONFLICT.
   */
  const few = async ({ table, columns, rows, skipConflictOn, returning }: BulkInsert): Promise<unknown[][]> => {
    const values: unknown[] = []
    const tuples = rows.map((r) => `(${r.map((v) => {
      values.push(v instanceof Date ? isoText(v) : v)
      return `$${values.length}`
    }).join(', ')})`)
    const r = await q.query({
      text:
        `INSERT INTO ${quote(table)} (${columnList(columns)}) VALUES ${tuples.join(', ')}` +
        (skipConflictOn ? ` ON CONFLICT (${quote(skipConflictOn)}) DO NOTHING` : '') +
        (returning ? ` RETURNING ${columnList(returning)}` : ''),
      rowMode: 'array',
      values,
    })
    return returning ? r.rows : []
  }
  return {
    async insert(options) {
      if (options.rows.length === 0) return []
      // RETURNING gives no promise of the rows' order: one row at most then
      if (options.rows.length <= (options.returning ? 1 : FEW_ROWS)) return few(options)
      if (options.skipConflictOn !== undefined) return direct({ ...options, skipConflictOn: options.skipConflictOn })
      if (options.returning) return viaStaging(options)
      await copy(options.table, options.columns, options.rows)
      return []
    },
  }
}

async function withPostgres<T>(pool: Pool, work: (tx: BulkTx) => Promise<T>): Promise<T> {
  // waits for a free connection when all of the pool's are in use
  const client = await pool.connect()
  // a connection whose ROLLBACK failed is in an unknown state: it is closed rather than returned to the pool
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    try {
      const result = await work(await postgresTx(client))
      await client.query('COMMIT')
      return result
    } catch (e) {
      await client.query('ROLLBACK').catch((rollback: unknown) => {
        broken = rollback instanceof Error ? rollback : new Error(String(rollback))
      })
      throw e
    }
  } finally {
    client.release(broken)
  }
}

/**
 * Runs `work` in one transaction on a connection of its own (on PostgreSQL one of the store's pool, waited for
 * when all are busy): committed when it resolves, rolled back when it throws (nothing of it is written).
 * Throws when `db` was not opened by openStore.
 */
export async function withBulkTransaction<T>(db: Db, work: (tx: BulkTx) => Promise<T>): Promise<T> {
  const target = targets.get(db)
  if (target === undefined) throw new Error('bulk writes need a client opened by openStore')
  return target.provider === 'sqlite' ? withSqlite(target, work) : withPostgres(target.pool, work)
}
