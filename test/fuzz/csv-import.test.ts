// Fuzzing the CSV import: real rows with random cells swapped in, random headers, random bytes. Parsing never
// throws but an AppError about the whole file; every problem names a line and reads in both languages; an
// import writes all its rows or none (a real SQLite file), and a formula-like cell is stored as text.
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateEvents } from '../../bench/generate.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { isAppError } from '../../src/errors.ts'
import { CSV_COLUMNS, parseEventCsv, toCells, writeCell } from '../../src/events/csv-format.ts'
import { importEventsCsv } from '../../src/events/import.ts'
import { t } from '../../src/i18n/index.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { assertNothingLeaks, fuzz, watchUnhandled } from './budget.ts'

const dir = tmpDir('grassroots-fuzz-csv-')
const unhandled = watchUnhandled()
let store: Store
const REAL = generateEvents(40, 7).map((e) => toCells(e))

beforeAll(async () => {
  store = await openStore({ url: `file:${path.join(dir, 'fuzz.db')}` })
})
afterAll(async () => {
  await store.close()
  unhandled.stop()
  expect(unhandled.errors.map(String)).toEqual([])
})

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
const line = (cells: readonly string[]) => cells.map(quote).join(',')

const junkCell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', '=1+1', '+SUM(A1)', '-2', '@cmd', "'=HYPERLINK(\"x\")", '\t=1', 'NaN', '1e9', '１２', '-1', '2023-02-30', '2023/4/1', '令和5年4月1日', 'R5.4.1', 'WI;IL;;', 'chicago;embassy', 'はい', 'maybe', '"', '""', '\r\n', ';'.repeat(30), 'x'.repeat(3000)),
  fc.integer({ min: -1e6, max: 1e10 }).map(String),
)

/** A real row with some cells replaced by junk (or cut short, or made longer). */
const row = fc.tuple(fc.nat(REAL.length - 1), fc.array(fc.tuple(fc.nat(CSV_COLUMNS.length - 1), junkCell), { maxLength: 3 }), fc.integer({ min: -2, max: 2 })).map(([i, swaps, lengthChange]) => {
  const cells = [...REAL[i]!].map(writeCell)
  for (const [at, v] of swaps) cells[at] = v
  return lengthChange < 0 ? cells.slice(0, cells.length + lengthChange) : [...cells, ...Array.from({ length: lengthChange }, () => 'extra')]
})
const header = fc.oneof(
  { arbitrary: fc.constant([...CSV_COLUMNS] as string[]), weight: 6 },
  { arbitrary: fc.shuffledSubarray([...CSV_COLUMNS, 'unknown', 'DATE', ' date '] as string[], { minLength: 1 }), weight: 2 },
  { arbitrary: fc.array(junkCell, { minLength: 1, maxLength: 16 }), weight: 1 },
)
const csvText = fc.oneof(
  // real rows as exported, in any order and any number (some repeated): files that import
  { arbitrary: fc.tuple(fc.array(fc.nat(REAL.length - 1), { minLength: 1, maxLength: 8 }), fc.constantFrom('\r\n', '\n')).map(([at, eol]) => [CSV_COLUMNS, ...at.map((i) => REAL[i]!.map(writeCell))].map(line).join(eol) + eol), weight: 3 },
  { arbitrary: fc.tuple(header, fc.array(row, { maxLength: 12 }), fc.constantFrom('\r\n', '\n'), fc.boolean()).map(([h, rows, eol, bom]) => (bom ? '\uFEFF' : '') + [h, ...rows].map(line).join(eol) + eol), weight: 8 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 400 }), weight: 1 },
  { arbitrary: fc.tuple(fc.array(row, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 20 })).map(([rows, tail]) => [CSV_COLUMNS, ...rows].map(line).join('\n') + `\n"${tail}`), weight: 1 },
)

function assertProblemsReadable(problems: Array<{ line: number; key: Parameters<typeof t>[1]; params: Parameters<typeof t>[2] }>): void {
  for (const p of problems) {
    expect(p.line).toBeGreaterThanOrEqual(1)
    for (const lang of ['en', 'ja'] as const) {
      const text = t(lang, p.key, p.params)
      expect(text.trim()).not.toBe('')
      assertNothingLeaks(text, [])
    }
  }
}

describe('CSV import fuzzing', () => {
  it('parses any text without throwing but an AppError, every problem naming a line in both languages', async () => {
    await fuzz(
      'csv rows (parse)',
      { modest: 400, full: 25_000 },
      fc.property(csvText, (text) => {
        let result: ReturnType<typeof parseEventCsv>
        try {
          result = parseEventCsv(text, { file: 'fuzz.csv' })
        } catch (e) {
          // a problem with the whole file (empty, unreadable, no required column): a message, never a crash
          expect(isAppError(e), String(e)).toBe(true)
          if (isAppError(e)) for (const lang of ['en', 'ja'] as const) assertNothingLeaks(t(lang, e.key, e.params), [])
          return
        }
        assertProblemsReadable(result.problems)
        for (const r of result.rows) expect(eventInputSchema.safeParse(r.data).success).toBe(true)
      }),
    )
  })

  let n = 0
  const seen = { written: 0, refused: 0 }
  it('imports all rows or none, and stores formula-like cells as text', async () => {
    await fuzz(
      'csv import (all-or-nothing)',
      { modest: 40, full: 2_000 },
      fc.asyncProperty(csvText, async (text) => {
        n += 1
        const file = path.join(dir, `import-${n}.csv`)
        fs.writeFileSync(file, text)
        const before = await store.db.event.count()
        const batches = await store.db.importBatch.count()
        let outcome: Awaited<ReturnType<typeof importEventsCsv>> | undefined
        try {
          outcome = await importEventsCsv(store.db, { file, actor: 'fuzz' })
        } catch (e) {
          expect(isAppError(e), String(e)).toBe(true)
        }
        const after = await store.db.event.count()
        if (outcome === undefined || !outcome.ok) {
          // refused: not one row written, nor the batch recorded
          seen.refused += 1
          expect(after).toBe(before)
          expect(await store.db.importBatch.count()).toBe(batches)
          if (outcome !== undefined) {
            expect(outcome.problems.length).toBeGreaterThan(0)
            assertProblemsReadable(outcome.problems)
          }
        } else {
          seen.written += 1
          expect(after).toBe(before + outcome.created)
          expect(outcome.created + outcome.skipped).toBeGreaterThanOrEqual(0)
        }
        fs.rmSync(file)
      }),
    )
    // both ways were taken: files refused and files written
    expect(seen.refused).toBeGreaterThan(0)
    expect(seen.written).toBeGreaterThan(0)
    // a title that a spreadsheet would run is kept as the text typed
    const formula = [...REAL[0]!]
    formula[CSV_COLUMNS.indexOf('title_en')] = '=HYPERLINK("http://x","y")'
    const file = path.join(dir, 'formula.csv')
    fs.writeFileSync(file, [CSV_COLUMNS, formula].map(line).join('\n'))
    const r = await importEventsCsv(store.db, { file, actor: 'fuzz' })
    expect(r.ok).toBe(true)
    expect(await store.db.event.count({ where: { titleEn: '=HYPERLINK("http://x","y")' } })).toBe(1)
  })
})
