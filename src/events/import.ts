// Imports a CSV file of events: all rows or none. Every problem in the file is reported in one run.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Db } from '../store/client.ts'
import { createEvents } from '../store/events.ts'
import { recordImportBatch } from '../store/imports.ts'
import { readTextFile, type Encoding } from './decode.ts'
import { parseEventCsv, type CellProblem } from './csv-format.ts'

export interface ImportOptions {
  file: string
  dryRun?: boolean
  ignoreUnknown?: boolean
  encoding?: Encoding
  actor: string
}

export type ImportOutcome =
  | { ok: false; problems: CellProblem[]; rows: number }
  | { ok: true; dryRun: boolean; rows: number; created: number; skipped: number; fiscalYears: [number, number]; ignoredColumns: string[] }

export async function importEventsCsv(db: Db, options: ImportOptions): Promise<ImportOutcome> {
  const text = readTextFile(options.file, options.encoding)
  const parsed = parseEventCsv(text, { file: options.file, ignoreUnknown: options.ignoreUnknown ?? false })
  const rows = parsed.rows.length + new Set(parsed.problems.map((p) => p.line)).size
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems, rows }
  const fys = parsed.rows.map((r) => r.data.fiscalYear)
  const fiscalYears: [number, number] = [Math.min(...fys), Math.max(...fys)]
  const events = parsed.rows.map((r) => ({ data: r.data, sourceKey: r.sourceKey }))
  if (options.dryRun === true) {
    const present = await countPresent(db, events.map((e) => e.sourceKey))
    return { ok: true, dryRun: true, rows, created: events.length - present, skipped: present, fiscalYears, ignoredColumns: parsed.ignoredColumns }
  }
  const result = await createEvents(db, { events, actor: options.actor, source: 'import' })
  await recordImportBatch(db, {
    fileName: path.basename(options.file),
    fileSha256: createHash('sha256').update(fs.readFileSync(options.file)).digest('hex'),
    rows,
    created: result.created,
    skipped: result.skipped,
    actor: options.actor,
  })
  return { ok: true, dryRun: false, rows, created: result.created, skipped: result.skipped, fiscalYears, ignoredColumns: parsed.ignoredColumns }
}

async function countPresent(db: Db, keys: string[]): Promise<number> {
  let n = 0
  for (let i = 0; i < keys.length; i += 1000) {
    n += await db.event.count({ where: { sourceKey: { in: keys.slice(i, i + 1000) } } })
  }
  return n
}
