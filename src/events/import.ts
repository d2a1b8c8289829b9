// Imports a CSV file of events: all rows or none. Every problem in the file is reported in one run.
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Db } from '../store/client.ts'
import { countStoredSourceKeys, createEventBatches, createEvents, type NewEvent } from '../store/events.ts'
import { recordImportBatch } from '../store/imports.ts'
import { listCategories } from '../store/best-practice-categories.ts'
import { readTextBytes, type Encoding } from './decode.ts'
import { parseEventCsv, type CellProblem, type ParsedRow } from './csv-format.ts'
import { parseInWorker } from './parse-in-worker.ts'

export interface ImportOptions {
  file: string
  dryRun?: boolean
  ignoreUnknown?: boolean
  encoding?: Encoding
  actor: string
  /** Files at least this large are validated on a worker thread while rows are written (default 1 MB). */
  workerThreshold?: number
}

/** How the file was read: `detected` is true when it was read as Shift_JIS (Windows-31J) without being asked to. */
export interface ImportEncoding {
  encoding: Encoding
  detected: boolean
}

export type ImportOutcome = ImportEncoding &
  (
    | { ok: false; problems: CellProblem[]; rows: number }
    | { ok: true; dryRun: boolean; rows: number; created: number; skipped: number; fiscalYears: [number, number]; ignoredColumns: string[] }
  )

/** Thrown inside the import transaction when the file has a problem: it rolls back what was written. */
class RowsRejected extends Error {}

export async function importEventsCsv(db: Db, options: ImportOptions): Promise<ImportOutcome> {
  const { text, bytes, encoding, detected } = readTextBytes(options.file, options.encoding)
  const read: ImportEncoding = { encoding, detected }
  // the codes the column best_practice_category may name: a row naming another is refused with its line
  const categories = (await listCategories(db)).map((c) => c.code)
  const parseOptions = { file: options.file, ignoreUnknown: options.ignoreUnknown ?? false, categories }
  const problems: CellProblem[] = []
  let rowCount = 0
  let minFy = Infinity
  let maxFy = -Infinity
  const note = (rows: ParsedRow[]) => {
    rowCount += rows.length
    for (const r of rows) {
      if (r.data.fiscalYear < minFy) minFy = r.data.fiscalYear
      if (r.data.fiscalYear > maxFy) maxFy = r.data.fiscalYear
    }
  }
  const outcomeRows = () => rowCount + new Set(problems.map((p) => p.line)).size
  const toEvents = (rows: ParsedRow[]): NewEvent[] => rows.map((r) => ({ data: r.data, sourceKey: r.sourceKey }))

  if (options.dryRun === true || text.length < (options.workerThreshold ?? 1_000_000)) {
    const parsed = parseEventCsv(text, parseOptions)
    problems.push(...parsed.problems)
    note(parsed.rows)
    if (problems.length > 0) return { ...read, ok: false, problems, rows: outcomeRows() }
    const events = toEvents(parsed.rows)
    const fiscalYears: [number, number] = [minFy, maxFy]
    if (options.dryRun === true) {
      const present = await countStoredSourceKeys(db, events.map((e) => e.sourceKey))
      return { ...read, ok: true, dryRun: true, rows: outcomeRows(), created: events.length - present, skipped: present, fiscalYears, ignoredColumns: parsed.ignoredColumns }
    }
    const result = await createEvents(db, { events, actor: options.actor, source: 'import' })
    await record(db, options, bytes, { rows: outcomeRows(), ...result })
    return { ...read, ok: true, dryRun: false, rows: outcomeRows(), created: result.created, skipped: result.skipped, fiscalYears, ignoredColumns: parsed.ignoredColumns }
  }

  const worker = parseInWorker(text, parseOptions)
  async function* valid(): AsyncGenerator<NewEvent[]> {
    for await (const batch of worker.batches) {
      problems.push(...batch.problems)
      note(batch.rows)
      // once a problem is known nothing more is written; the worker still checks the rest of the file
      if (problems.length === 0) yield toEvents(batch.rows)
    }
    if (problems.length > 0) throw new RowsRejected()
  }
  try {
    const result = await createEventBatches(db, { batches: valid(), actor: options.actor, source: 'import' })
    await record(db, options, bytes, { rows: outcomeRows(), ...result })
    return { ...read, ok: true, dryRun: false, rows: outcomeRows(), created: result.created, skipped: result.skipped, fiscalYears: [minFy, maxFy], ignoredColumns: worker.ignoredColumns() }
  } catch (e) {
    if (e instanceof RowsRejected) return { ...read, ok: false, problems, rows: outcomeRows() }
    throw e
  }
}

async function record(db: Db, options: ImportOptions, bytes: Uint8Array, r: { rows: number; created: number; skipped: number }) {
  await recordImportBatch(db, {
    fileName: path.basename(options.file),
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    rows: r.rows,
    created: r.created,
    skipped: r.skipped,
    actor: options.actor,
  })
}
