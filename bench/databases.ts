// The databases a benchmark runs on: a fresh SQLite file, and a fresh PostgreSQL database of its own on the
// local server (127.0.0.1:5432 unless BENCH_PG_ADMIN_URL says otherwise), dropped afterwards. Raw SQL runs
// through one small interface on both, so that a hand-written reference is the same text on each.
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import Database from 'better-sqlite3'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

export const PG_ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

export type Dialect = 'sqlite' | 'postgresql'
export type Row = Record<string, unknown>

/** Raw SQL on one database: better-sqlite3 (prepared statements, cached by text) or a node-postgres client. */
export interface RawDb {
  dialect: Dialect
  all(sql: string): Promise<Row[]>
  close(): Promise<void>
}

export function rawSqlite(file: string): RawDb {
  const db = new Database(file, { readonly: true })
  const statements = new Map<string, Database.Statement>()
  return {
    dialect: 'sqlite',
    async all(sql) {
      let s = statements.get(sql)
      if (s === undefined) statements.set(sql, (s = db.prepare(sql)))
      return s.all() as Row[]
    },
    async close() {
      db.close()
    },
  }
}

export async function rawPostgres(url: string): Promise<RawDb> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    dialect: 'postgresql',
    async all(sql) {
      return (await client.query(sql)).rows as Row[]
    },
    async close() {
      await client.end()
    },
  }
}

/** A PostgreSQL database of the benchmark's own (unique name), and how to drop it. */
export async function scratchPostgres(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `grassroots_bench_${label}_${process.pid}_${randomBytes(3).toString('hex')}`
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL })
    await c.connect()
    try {
      await c.query(sql)
    } finally {
      await c.end()
    }
  }
  await admin(`CREATE DATABASE "${name}"`)
  const u = new URL(PG_ADMIN_URL)
  u.pathname = `/${name}`
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

export type Cell = string | number | boolean | null

/** A cell in COPY's text format. */
function copyCell(v: Cell): string {
  if (v === null) return '\\N'
  if (typeof v === 'boolean') return v ? 't' : 'f'
  if (typeof v === 'number') return String(v)
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
}

/** COPY rows into a table, in pieces of 50,000 rows. */
export async function copyRows(client: pg.Client, options: { table: string; columns: readonly string[]; rows: Iterable<Cell[]> }): Promise<void> {
  const sql = `COPY "${options.table}" (${options.columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`
  function* pieces() {
    let piece: string[] = []
    for (const r of options.rows) {
      piece.push(r.map(copyCell).join('\t'))
      if (piece.length === 50_000) {
        yield piece.join('\n') + '\n'
        piece = []
      }
    }
    if (piece.length > 0) yield piece.join('\n') + '\n'
  }
  await pipeline(Readable.from(pieces()), client.query(copyFrom(sql)))
}
