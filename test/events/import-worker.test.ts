// Large files are validated on a worker thread while rows are written: the outcome must be the same as the
// single-threaded path, and a bad row anywhere still means nothing is written.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateEvents } from '../../bench/generate.ts'
import { formatEventCsv } from '../../src/events/csv-format.ts'
import { exportEventsCsv } from '../../src/events/export.ts'
import { importEventsCsv } from '../../src/events/import.ts'
import { openStore } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir()
const events = generateEvents(3_500, 7)

async function importInto(name: string, file: string, workerThreshold: number) {
  const store = await openStore({ url: `file:${path.join(dir, name)}` })
  try {
    const outcome = await importEventsCsv(store.db, { file, actor: 'test', workerThreshold })
    const exported = await exportEventsCsv(store.db)
    return { outcome, exported, counts: { events: await store.db.event.count(), audits: await store.db.auditEntry.count() } }
  } finally {
    await store.close()
  }
}

describe('import on a worker thread', () => {
  it('stores exactly what the single-threaded path stores', async () => {
    const file = path.join(dir, 'ok.csv')
    fs.writeFileSync(file, formatEventCsv(events))
    const inline = await importInto('inline.db', file, Number.MAX_SAFE_INTEGER)
    const threaded = await importInto('threaded.db', file, 0)
    expect(threaded.outcome).toEqual(inline.outcome)
    expect(threaded.outcome.ok && threaded.outcome.created).toBe(events.length)
    expect(threaded.counts).toEqual({ events: events.length, audits: events.length })
    expect(threaded.exported.csv).toBe(inline.exported.csv)
  })

  it('writes nothing when a row near the end is bad, and reports every bad row', async () => {
    const lines = formatEventCsv(events).split('\r\n')
    // line 3,400 and the last data line get impossible dates (line numbers are 1-based; line 1 is the header)
    const bad = [3_400, events.length + 1]
    for (const n of bad) lines[n - 1] = lines[n - 1]!.replace(/^\uFEFF?\d{4}-\d{2}-\d{2}/, '2022-02-30')
    const file = path.join(dir, 'bad.csv')
    fs.writeFileSync(file, lines.join('\r\n'))
    const threaded = await importInto('bad.db', file, 0)
    expect(threaded.outcome.ok).toBe(false)
    if (!threaded.outcome.ok) expect(threaded.outcome.problems.map((p) => [p.line, p.column])).toEqual(bad.map((n) => [n, 'date']))
    expect(threaded.counts).toEqual({ events: 0, audits: 0 })
  })

  it('re-importing the same large file adds nothing', async () => {
    const file = path.join(dir, 'again.csv')
    fs.writeFileSync(file, formatEventCsv(events.slice(0, 1_500)))
    const store = await openStore({ url: `file:${path.join(dir, 'again.db')}` })
    try {
      const first = await importEventsCsv(store.db, { file, actor: 'test', workerThreshold: 0 })
      const second = await importEventsCsv(store.db, { file, actor: 'test', workerThreshold: 0 })
      expect(first.ok && first.created).toBe(1_500)
      expect(second.ok && [second.created, second.skipped]).toEqual([0, 1_500])
      expect(await store.db.event.count()).toBe(1_500)
    } finally {
      await store.close()
    }
  })
})
