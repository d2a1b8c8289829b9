// Large files are validated on a worker thread while rows are written: the outcome must be the same as the
// single-threaded path, and a bad row anywhere still means nothing is written.
import fs from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
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

  it('reads a Windows-31J file with Excel dates and separators the same way on the worker as inline', async () => {
    const some = events.slice(0, 2_000).map((e) => ({ ...e, titleJa: `①㈱髙﨑 ${e.titleJa ?? ''}`, participants: e.participants + 1_000 }))
    const iso = formatEventCsv(some, { bom: false })
    // as Japanese Excel saves it: CP932, dates 2022/5/1, participants 1,200
    const slashes = (d: string) => d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_m, y: string, mo: string, day: string) => `${y}/${Number(mo)}/${Number(day)}`)
    const excel = iso
      .split('\r\n')
      .map((l, i) => (i === 0 || l === '' ? l : l.replace(/^([^,]*),([^,]*),/, (_m, a: string, b: string) => `${slashes(a)},${slashes(b)},`)))
      .join('\r\n')
      .replace(/,(\d{1,3})(\d{3}),(?=[^,]*,(true|false),)/g, ',"$1,$2",')
    expect(excel).toMatch(/\r\n\d{4}\/\d{1,2}\/\d{1,2},/)
    expect(excel).toContain(',"1,')
    const bytes = iconv.encode(excel, 'cp932')
    expect(iconv.decode(bytes, 'cp932')).toBe(excel) // every character exists in CP932
    const file = path.join(dir, 'excel.csv')
    fs.writeFileSync(file, bytes)
    const inline = await importInto('excel-inline.db', file, Number.MAX_SAFE_INTEGER)
    const threaded = await importInto('excel-threaded.db', file, 0)
    expect(threaded.outcome).toEqual(inline.outcome)
    expect(threaded.outcome).toMatchObject({ ok: true, created: some.length, encoding: 'shift_jis', detected: true })
    // what was stored is what the ISO-dated UTF-8 file gives
    const isoFile = path.join(dir, 'iso.csv')
    fs.writeFileSync(isoFile, iso)
    expect(threaded.exported.csv).toBe((await importInto('iso.db', isoFile, 0)).exported.csv)
    expect(inline.exported.csv).toBe(threaded.exported.csv)
  })

  it('refuses "12,00" participants on the worker, naming the line, and writes nothing', async () => {
    const marked = events.map((e, i) => (i === events.length - 1 ? { ...e, participants: 987_654 } : e))
    const text = formatEventCsv(marked).replace(',987654,', ',"12,00",')
    const file = path.join(dir, 'grouping.csv')
    fs.writeFileSync(file, text)
    const threaded = await importInto('grouping.db', file, 0)
    expect(threaded.outcome.ok).toBe(false)
    // line 1 is the header, so the last event is on line events.length + 1
    if (!threaded.outcome.ok) expect(threaded.outcome.problems.map((p) => [p.line, p.column, p.key])).toEqual([[events.length + 1, 'participants', 'cell_participants_grouping']])
    expect(threaded.counts).toEqual({ events: 0, audits: 0 })
  })
})
