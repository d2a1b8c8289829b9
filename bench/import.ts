// Import benchmark: 100,000 generated CSV rows through `grassroots import` (decode, parse, validate, insert
// with derived rows and audit log, all in one transaction), next to the fastest raw write of the same rows to
// the same tables in one transaction: on SQLite a better-sqlite3 loop over statements prepared once, on
// PostgreSQL a COPY per table (pg-copy-streams) into a database of the bench's own. Goals: on SQLite under
// 10 s and at least half the raw rate; on PostgreSQL within 1.5× of the COPY.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { formatEventCsv, parseEventCsv } from '../src/events/csv-format.ts'
import { importEventsCsv } from '../src/events/import.ts'
import { openStore } from '../src/store/client.ts'
import { migrateSqlite } from '../src/store/migrator.ts'
import { regionsOf } from '../src/store/derived-rows.ts'
import { copyRows, scratchPostgres, type Cell } from './databases.ts'
import { generateEvents } from './generate.ts'
import pg from 'pg'
import type { EventData } from '../src/domain/event.ts'
import { searchKeysOf } from '../src/store/text-keys.ts'

/** The search keys the store writes with an event (src/store/text-keys.ts), in column order. */
function keysOf(e: EventData): [string, string, string] {
  const k = searchKeysOf(e)
  return [k.cityKey, k.textKey, k.partnersKey]
}

export async function benchImport(rows = 100_000): Promise<{ ours: number; raw: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-'))
  try {
    const events = generateEvents(rows)
    const csvFile = path.join(dir, 'events.csv')
    fs.writeFileSync(csvFile, formatEventCsv(events))

    // raw: statements prepared once, one transaction, same tables, search keys and audit rows
    const rawFile = path.join(dir, 'raw.db')
    migrateSqlite(rawFile)
    const raw = new Database(rawFile)
    const t0 = performance.now()
    const insEvent = raw.prepare(
      `INSERT INTO "Event" (startDate, endDate, fiscalYear, officeCode, city, titleEn, titleJa, activityType, format, participants, stateCount, partners, bestPractice, summary, cityKey, textKey, partnersKey, source, sourceKey, createdBy, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, 'bench', ?)`,
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
          insEvent.run(e.startDate, e.endDate, e.fiscalYear, e.officeCode, e.city, e.titleEn, e.titleJa, e.activityType, e.format, e.participants, e.stateCodes.length, JSON.stringify(e.partners), e.bestPractice ? 1 : 0, e.summary, ...keysOf(e), `k${i}`, now).lastInsertRowid,
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
    console.log(`  grassroots import (CSV → validated → statements prepared once, one transaction): ${(oursMs / 1000).toFixed(2)} s, ${rate(oursMs).toLocaleString('en-US')} rows/s`)
    console.log(`    of which reading and validating the CSV alone: ${(parseMs / 1000).toFixed(2)} s`)
    console.log(`  raw better-sqlite3 insert loop (same rows, one transaction):  ${(rawMs / 1000).toFixed(2)} s, ${rate(rawMs).toLocaleString('en-US')} rows/s`)
    console.log(`  ratio: ${(rawMs / oursMs).toFixed(2)} of the raw rate (goal ≥ 0.5: ${rawMs / oursMs >= 0.5 ? 'met' : 'NOT met'}); goal under 10 s: ${oursMs < 10_000 ? 'met' : 'NOT met'}`)
    if (process.env.BENCH_PG !== '0') await benchImportPostgres({ csvFile, events })
    return { ours: oursMs, raw: rawMs }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const EVENT_COLUMNS = ['id', 'startDate', 'endDate', 'fiscalYear', 'officeCode', 'city', 'titleEn', 'titleJa', 'activityType', 'format', 'participants', 'stateCount', 'partners', 'bestPractice', 'summary', 'cityKey', 'textKey', 'partnersKey', 'source', 'sourceKey', 'createdBy', 'createdAt', 'updatedAt', 'costYen']

/** The same CSV through `grassroots import` on PostgreSQL, next to a COPY of the same rows into every table. */
async function benchImportPostgres(options: { csvFile: string; events: EventData[] }): Promise<void> {
  const { csvFile, events } = options
  const rawDb = await scratchPostgres('import_raw')
  const oursDb = await scratchPostgres('import_ours')
  try {
    // both migrated before the clock starts
    for (const url of [rawDb.url, oursDb.url]) await (await openStore({ url })).close()
    const client = new pg.Client({ connectionString: rawDb.url })
    await client.connect()
    const t0 = performance.now()
    try {
      await client.query('BEGIN')
      const now = new Date().toISOString()
      const each = function* <T>(f: (e: EventData, id: number) => Iterable<T>) {
        for (let i = 0; i < events.length; i++) yield* f(events[i]!, i + 1)
      }
      await copyRows(client, {
        table: 'Event',
        columns: EVENT_COLUMNS,
        rows: each((e, id) => {
          const k = searchKeysOf(e)
          return [[id, e.startDate, e.endDate, e.fiscalYear, e.officeCode, e.city, e.titleEn, e.titleJa, e.activityType, e.format, e.participants, e.stateCodes.length, JSON.stringify(e.partners), e.bestPractice, e.summary, k.cityKey, k.textKey, k.partnersKey, 'import', `k${id}`, 'bench', now, now, e.costYen ?? null] as Cell[]]
        }),
      })
      await copyRows(client, { table: 'EventState', columns: ['eventId', 'stateCode', 'fiscalYear', 'participants', 'officeCode', 'activityType', 'format'], rows: each((e, id) => e.stateCodes.map((s) => [id, s, e.fiscalYear, e.participants, e.officeCode, e.activityType, e.format])) })
      await copyRows(client, { table: 'EventRegion', columns: ['eventId', 'regionCode', 'fiscalYear', 'participants'], rows: each((e, id) => regionsOf(e.stateCodes).map((r) => [id, r, e.fiscalYear, e.participants])) })
      await copyRows(client, { table: 'EventTheme', columns: ['eventId', 'themeCode', 'fiscalYear', 'participants'], rows: each((e, id) => e.themes.map((t) => [id, t, e.fiscalYear, e.participants])) })
      await copyRows(client, { table: 'AuditEntry', columns: ['at', 'actor', 'action', 'eventId', 'source', 'after'], rows: each((e, id) => [[now, 'bench', 'create', id, 'import', JSON.stringify(e)]]) })
      await client.query('COMMIT')
    } finally {
      await client.end()
    }
    const rawMs = performance.now() - t0
    const store = await openStore({ url: oursDb.url })
    const t1 = performance.now()
    const outcome = await importEventsCsv(store.db, { file: csvFile, actor: 'bench' })
    const oursMs = performance.now() - t1
    const count = await store.db.event.count()
    await store.close()
    if (!outcome.ok || count !== events.length) throw new Error(`PostgreSQL import benchmark imported ${count} of ${events.length}`)
    const rate = (ms: number) => Math.round(events.length / (ms / 1000))
    console.log(`  PostgreSQL: grassroots import: ${(oursMs / 1000).toFixed(2)} s, ${rate(oursMs).toLocaleString('en-US')} rows/s`)
    console.log(`  PostgreSQL: raw COPY of the same rows into every table, one transaction: ${(rawMs / 1000).toFixed(2)} s, ${rate(rawMs).toLocaleString('en-US')} rows/s`)
    console.log(`  ratio: ${(oursMs / rawMs).toFixed(2)}× the COPY (goal ≤ 1.5×: ${oursMs / rawMs <= 1.5 ? 'met' : 'NOT met'})`)
  } finally {
    await rawDb.drop()
    await oursDb.drop()
  }
}
