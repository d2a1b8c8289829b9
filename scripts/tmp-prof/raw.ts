import fs from 'node:fs'
import Database from 'better-sqlite3'
import { migrateSqlite } from '../../src/store/migrator.ts'
import { regionsOf } from '../../src/store/derived-rows.ts'
import { searchKeysOf } from '../../src/store/text-keys.ts'
import { generateEvents } from '../../bench/generate.ts'
const events = generateEvents(100_000)
for (const mode of (process.env.MODES ?? 'delete,wal').split(',')) {
  const f = `/work/tmp-main/raw-${mode}.db`
  for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(f + s, { force: true })
  migrateSqlite(f)
  const raw = new Database(f)
  raw.pragma(`journal_mode = ${mode}`)
  raw.pragma('cache_size = -65536'); raw.pragma('synchronous = NORMAL')
  const ret = process.env.RET === '1'; const ign = process.env.RET === '2'
  const insEvent = raw.prepare(`INSERT INTO "Event" (startDate, endDate, fiscalYear, officeCode, city, titleEn, titleJa, activityType, format, participants, stateCount, partners, bestPractice, summary, cityKey, textKey, partnersKey, source, sourceKey, createdBy, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, 'bench', ?)` + (ign ? ' ON CONFLICT ("sourceKey") DO NOTHING' : '') + (ret ? ' ON CONFLICT ("sourceKey") DO NOTHING RETURNING id, sourceKey' : ''))
  if (ret) insEvent.raw(true)
  const insState = raw.prepare('INSERT INTO "EventState" (eventId, stateCode, fiscalYear, participants, officeCode, activityType, format) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const insRegion = raw.prepare('INSERT INTO "EventRegion" (eventId, regionCode, fiscalYear, participants) VALUES (?, ?, ?, ?)')
  const insTheme = raw.prepare('INSERT INTO "EventTheme" (eventId, themeCode, fiscalYear, participants) VALUES (?, ?, ?, ?)')
  const insAudit = raw.prepare(`INSERT INTO "AuditEntry" (actor, action, eventId, source, after) VALUES ('bench', 'create', ?, 'import', ?)`)
  const t0 = performance.now()
  raw.transaction(() => {
    const now = new Date().toISOString()
    events.forEach((e, i) => {
      const k = searchKeysOf(e)
      const args = [e.startDate, e.endDate, e.fiscalYear, e.officeCode, e.city, e.titleEn, e.titleJa, e.activityType, e.format, e.participants, e.stateCodes.length, JSON.stringify(e.partners), e.bestPractice ? 1 : 0, e.summary, k.cityKey, k.textKey, k.partnersKey, `k${i}`, now]
      const id = ret ? Number((insEvent.get(args) as unknown[])[0]) : (() => { const r = insEvent.run(args); if (r.changes !== 1) throw new Error('x'); return Number(r.lastInsertRowid) })()
      for (const s of e.stateCodes) insState.run(id, s, e.fiscalYear, e.participants, e.officeCode, e.activityType, e.format)
      for (const r of regionsOf(e.stateCodes)) insRegion.run(id, r, e.fiscalYear, e.participants)
      for (const t of e.themes) insTheme.run(id, t, e.fiscalYear, e.participants)
      insAudit.run(id, JSON.stringify(e))
    })
  })()
  console.log(mode, 'ret', ret, (performance.now() - t0).toFixed(0), 'ms')
  raw.close()
}
