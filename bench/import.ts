// Import benchmark: 100,000 generated CSV rows through `grassroots import` (decode, parse, validate, insert
// with derived rows and audit log, all in one transaction), next to a raw better-sqlite3 insert loop writing
// the same rows to the same tables in one transaction with prepared statements: the physical limit here.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { formatEventCsv, parseEventCsv } from '../src/events/csv-format.ts'
import { importEventsCsv } from '../src/events/import.ts'
import { openStore } from '../src/store/client.ts'
import { migrateSqlite } from '../src/store/migrator.ts'
import { regionsOf } from '../src/store/derived-rows.ts'
import { generateEvents } from './generate.ts'

export async function benchImport(rows = 100_000): Promise<{ ours: number; raw: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-'))
  try {
    const events = generateEvents(rows)
    const csvFile = path.join(dir, 'events.csv')
    fs.writeFileSync(csvFile, formatEventCsv(events))

    // raw: prepared statements, one transaction, same tables and the same audit rows
    const rawFile = path.join(dir, 'raw.db')
    migrateSqlite(rawFile)
    const raw = new Database(rawFile)
    const t0 = performance.now()
    const insEvent = raw.prepare(
      `INSERT INTO "Event" (startDate, endDate, fiscalYear, officeCode, city, titleEn, titleJa, activityType, format, participants, stateCount, partners, bestPractice, summary, source, sourceKey, createdBy, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, 'bench', ?)`,
    )
    // the same derived rows the store writes (prisma/schema.prisma), and the same connection settings
    raw.pragma('cache_size = -65536')
    raw.pragma('synchronous = NORMAL')
    const insState = raw.prepare(
      'INSERT INTO "EventState" (eventId, stateCode, fiscalYear, participants, officeCode, activityType, format) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insRegion = raw.prepare('INSERT INTO "EventRegion" (eventId, regionCode, fiscalYear, participants) VALUES (?, ?, ?, ?)')
    const insTheme = raw.prepare('INSERT INTO "EventTheme" (eventId, themeCode, fiscalYear, participants) VALUES (?, ?, ?, ?)')
    const insAudit = raw.prepare(`INSERT INTO "AuditEntry" (actor, action, eventId, source, after) VALUES ('bench', 'create', ?, 'import', ?)`)
    raw.transaction(() => {
      const now = new Date().toISOString()
      events.forEach((e, i) => {
        const id = Number(
          insEvent.run(e.startDate, e.endDate, e.fiscalYear, e.officeCode, e.city, e.titleEn, e.titleJa, e.activityType, e.format, e.participants, e.stateCodes.length, JSON.stringify(e.partners), e.bestPractice ? 1 : 0, e.summary, `k${i}`, now).lastInsertRowid,
        )
        for (const s of e.stateCodes) insState.run(id, s, e.fiscalYear, e.participants, e.officeCode, e.activityType, e.format)
        for (const r of regionsOf(e.stateCodes)) insRegion.run(id, r, e.fiscalYear, e.participants)
        for (const t of e.themes) insTheme.run(id, t, e.fiscalYear, e.participants)
        insAudit.run(id, JSON.stringify(e))
      })
    })()
    const rawMs = performance.now() - t0
    raw.close()

    const store = await openStore({ url: `file:${path.join(dir, 'ours.db')}` })
    const t1 = performance.now()
    const outcome = await importEventsCsv(store.db, { file: csvFile, actor: 'bench' })
    const oursMs = performance.now() - t1
    const count = await store.db.event.count()
    await store.close()
    if (!outcome.ok || count !== rows) throw new Error(`import benchmark imported ${count} of ${rows}`)

    const t2 = performance.now()
    parseEventCsv(fs.readFileSync(csvFile, 'utf8'), { file: csvFile })
    const parseMs = performance.now() - t2
    const rate = (ms: number) => Math.round(rows / (ms / 1000))
    console.log(`import ${rows.toLocaleString('en-US')} rows`)
    console.log(`  grassroots import (CSV → validated → driver adapter, one transaction): ${(oursMs / 1000).toFixed(2)} s, ${rate(oursMs).toLocaleString('en-US')} rows/s`)
    console.log(`    of which reading and validating the CSV alone: ${(parseMs / 1000).toFixed(2)} s`)
    console.log(`  raw better-sqlite3 insert loop (same rows, one transaction):  ${(rawMs / 1000).toFixed(2)} s, ${rate(rawMs).toLocaleString('en-US')} rows/s`)
    console.log(`  ratio: ${(rawMs / oursMs).toFixed(2)} of the raw rate (goal ≥ 0.33); goal under 10 s: ${oursMs < 10_000 ? 'met' : 'NOT met'}`)
    return { ours: oursMs, raw: rawMs }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
