// Runs the `grassroots` command in-process with captured output, builds CSV input files, and counts rows in a
// database: shared by the CLI and events tests.
import fs from 'node:fs'
import path from 'node:path'
import { main } from '../../src/cli/main.ts'
import type { CliIo } from '../../src/cli/io.ts'
import { CSV_COLUMNS } from '../../src/events/csv-format.ts'
import { openStore } from '../../src/store/client.ts'

export interface CliRun {
  code: number
  /** Everything written to stdout, one `out` call per line-joined chunk. */
  out: string
  err: string
  outCalls: string[]
  errCalls: string[]
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Promise<CliRun> {
  const outCalls: string[] = []
  const errCalls: string[] = []
  const io: CliIo = {
    out: (text) => void outCalls.push(text),
    err: (text) => void errCalls.push(text),
    readStdin: async () => '',
    isTty: false,
  }
  const code = await main(argv, io, env, cwd)
  return { code, out: outCalls.join('\n'), err: errCalls.join('\n'), outCalls, errCalls }
}

let dbCounter = 0

/** Environment with a database file of its own (never shared between calls). */
export function freshEnv(dir: string, lang: 'en' | 'ja' = 'en'): NodeJS.ProcessEnv & { DATABASE_URL: string } {
  dbCounter += 1
  return { DATABASE_URL: `file:${path.join(dir, `db-${process.pid}-${dbCounter}.db`)}`, GRASSROOTS_LANG: lang }
}

export interface RowCounts {
  events: number
  states: number
  themes: number
  auditCreates: number
  audits: number
  batches: number
}

export async function countRows(url: string): Promise<RowCounts> {
  const store = await openStore({ url })
  try {
    const db = store.db
    return {
      events: await db.event.count(),
      states: await db.eventState.count(),
      themes: await db.eventTheme.count(),
      auditCreates: await db.auditEntry.count({ where: { action: 'create' } }),
      audits: await db.auditEntry.count(),
      batches: await db.importBatch.count(),
    }
  } finally {
    await store.close()
  }
}

// ---------------------------------------------------------------------------------------------------------
// CSV input files.

export type Row = Record<string, string>

/** A valid row; tests override the cells they are about. */
export const BASE_ROW: Readonly<Row> = {
  date: '2022-05-10',
  end_date: '',
  office: 'chicago',
  states: 'WI',
  city: 'Milwaukee',
  title_en: 'Seminar on Japan–US ties',
  title_ja: '',
  type: 'info',
  themes: '',
  format: 'in_person',
  participants: '10',
  partners: '',
  best_practice: 'false',
  summary: '',
}

export function row(overrides: Row = {}): Row {
  return { ...BASE_ROW, ...overrides }
}

export interface CsvOptions {
  columns?: readonly string[]
  eol?: '\n' | '\r\n'
  bom?: boolean
  /** Quote every cell, as some spreadsheet programs do. */
  quoteAll?: boolean
}

export function csvCell(value: string, force = false): string {
  return force || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const LINE_BREAK = /\r\n|\r|\n/g

function lineBreaks(s: string): number {
  return s.match(LINE_BREAK)?.length ?? 0
}

/**
 * CSV text for the rows, and the line each row starts on (the header is line 1), counted from the text
 * itself: a quoted cell with a line break makes its record span several lines.
 */
export function buildCsv(rows: readonly Row[], options: CsvOptions = {}): { text: string; lines: number[] } {
  const columns = options.columns ?? CSV_COLUMNS
  const eol = options.eol ?? '\n'
  const records = [columns.map((c) => csvCell(c, options.quoteAll)).join(',')]
  for (const r of rows) records.push(columns.map((c) => csvCell(r[c] ?? '', options.quoteAll)).join(','))
  const lines: number[] = []
  let line = 1 + lineBreaks(records[0] ?? '') + 1
  for (const rec of records.slice(1)) {
    lines.push(line)
    line += lineBreaks(rec) + 1
  }
  return { text: (options.bom === true ? '\uFEFF' : '') + records.join(eol) + eol, lines }
}

let fileCounter = 0

/** Writes a file (text as UTF-8, or raw bytes) in `dir` and returns its absolute path. */
export function writeInput(dir: string, content: string | Uint8Array, name?: string): string {
  fileCounter += 1
  const file = path.join(dir, name ?? `input-${fileCounter}.csv`)
  fs.writeFileSync(file, content)
  return file
}

/** Line numbers named by "Line N…" messages on stderr (English). */
export function reportedLines(err: string): number[] {
  return [...err.matchAll(/^Line (\d+)[,:]/gm)].map((m) => Number(m[1]))
}
