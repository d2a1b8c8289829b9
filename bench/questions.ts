// Question benchmark: n generated events (default 1,000,000) in a fresh SQLite file, then each kind of
// question timed through executeQuery (the Prisma query API, as the bot runs it) next to the best
// hand-written SQL for the same figure on the same database (a better-sqlite3 prepared statement). The two
// must give the same figures; the bench checks that before it prints a time.
// Setup writes with raw SQL for speed (a bench may; the product never does). Events are loaded in date
// order, as a live system records them (roughly as they happen) and as exports and imports order them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { OFFICES } from '../src/domain/offices.ts'
import { REGIONS, STATES } from '../src/domain/states.ts'
import { executeQuery, type QueryResult } from '../src/questions/execute.ts'
import type { Query } from '../src/questions/query.ts'
import { openStore } from '../src/store/client.ts'
import { regionsOf } from '../src/store/derived-rows.ts'
import { migrateSqlite } from '../src/store/migrator.ts'
import { generateEvents } from './generate.ts'

const RUNS = 20
const AS_OF = '2025-06-15' // FY2025, the last generated fiscal year
const GOAL_P95_MS = 300
const GOAL_RATIO = 1.5

interface Case {
  name: string
  query: Query
  /** The same figure from hand-written SQL. */
  raw: (db: Database.Database) => unknown
  /** The figure from the executor's result, in the shape `raw` returns. */
  ours: (r: QueryResult) => unknown
}

const rows = (r: QueryResult) => (r.kind === 'breakdown' ? Object.fromEntries(r.rows.map((x) => [x.key, x.value])) : null)
const scalar = (r: QueryResult) => (r.kind === 'scalar' ? r.value : null)
const FY22 = { kind: 'fy', from: 2022, to: 2022 } as const
const REGION_OF = new Map(STATES.map((s) => [s.code, s.region as string]))
const keyed = (xs: Array<{ k: string; v: number | null }>) => Object.fromEntries(xs.map((r) => [r.k, r.v]))
/** The executor's rounding of an average (one decimal, half up). */
const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10)

function cases(): Case[] {
  const stmt = (db: Database.Database, sql: string) => db.prepare(sql)
  return [
    {
      name: 'events, cumulative',
      query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } } },
      raw: (db) => (stmt(db, 'SELECT COUNT(*) AS n FROM "Event"').get() as { n: number }).n,
      ours: scalar,
    },
    {
      name: 'participants by FY, cumulative',
      query: { intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' } }, groupBy: 'fiscal_year' },
      // GROUP BY fiscalYear would read through the fiscal-year index (office order, scattered rows): about
      // 1–2 s here. The best statement found is one start-date range per fiscal year.
      raw: (db) => {
        const span = stmt(db, 'SELECT MIN(fiscalYear) AS a, MAX(fiscalYear) AS b FROM "Event"').get() as { a: number; b: number }
        const sum = stmt(db, 'SELECT SUM(participants) AS v FROM "Event" WHERE startDate BETWEEN ? AND ?')
        const out: Record<string, number> = {}
        for (let fy = span.a; fy <= span.b; fy++) out[String(fy)] = (sum.get(`${fy}-04-01`, `${fy + 1}-03-31`) as { v: number }).v
        return out
      },
      ours: rows,
    },
    {
      name: 'states covered in FY2022',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: FY22 } },
      raw: (db) => (stmt(db, `SELECT COUNT(DISTINCT stateCode) AS n FROM "EventState" WHERE fiscalYear = 2022 AND stateCode <> 'DC'`).get() as { n: number }).n,
      ours: scalar,
    },
    {
      name: 'events by region, FY2022',
      query: { intent: 'metric', metric: 'events', filters: { period: FY22 }, groupBy: 'region' },
      raw: (db) => regionCounts(db, 2022),
      ours: rows,
    },
    {
      name: 'events by region, cumulative',
      query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: 'region' },
      raw: (db) => regionCounts(db),
      ours: rows,
    },
    {
      name: 'events by office, FY2022',
      query: { intent: 'metric', metric: 'events', filters: { period: FY22 }, groupBy: 'office' },
      raw: (db) =>
        Object.fromEntries(
          (stmt(db, 'SELECT officeCode AS k, COUNT(*) AS v FROM "Event" WHERE fiscalYear = 2022 GROUP BY officeCode').all() as Array<{ k: string; v: number }>).map((r) => [r.k, r.v]),
        ),
      ours: rows,
    },
    {
      name: 'top 5 states by events, cumulative',
      query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: 'state', top: 5 },
      raw: (db) =>
        Object.fromEntries(
          (stmt(db, 'SELECT stateCode AS k, COUNT(*) AS v FROM "EventState" GROUP BY stateCode ORDER BY v DESC, k ASC LIMIT 5').all() as Array<{ k: string; v: number }>).map((r) => [r.k, r.v]),
        ),
      ours: rows,
    },
    {
      name: 'participants, FY2021 vs FY2022',
      query: { intent: 'compare', metric: 'participants', filters: { period: { kind: 'all' } }, periods: [{ kind: 'fy', from: 2021, to: 2021 }, FY22] },
      raw: (db) => {
        const sum = stmt(db, 'SELECT SUM(participants) AS v FROM "Event" WHERE startDate BETWEEN ? AND ?')
        return [2021, 2022].map((fy) => (sum.get(`${fy}-04-01`, `${fy + 1}-03-31`) as { v: number }).v)
      },
      ours: (r) => (r.kind === 'comparison' ? r.rows.map((x) => x.value) : null),
    },
    {
      name: 'first-time states in FY2022',
      query: { intent: 'first_time_states', filters: { period: FY22 } },
      // States of FY2022, each probed for an earlier year on [stateCode, fiscalYear] (faster than GROUP BY … HAVING MIN).
      raw: (db) => {
        const covered = (stmt(db, `SELECT DISTINCT stateCode AS k FROM "EventState" WHERE fiscalYear = 2022 AND stateCode <> 'DC'`).all() as Array<{ k: string }>).map((r) => r.k)
        const earlier = stmt(db, 'SELECT 1 FROM "EventState" WHERE stateCode = ? AND fiscalYear < 2022 LIMIT 1')
        return covered.filter((s) => earlier.get(s) === undefined).sort()
      },
      ours: (r) => (r.kind === 'states' ? r.states : null),
    },
    {
      name: 'uncovered states in FY2022',
      query: { intent: 'uncovered_states', filters: { period: FY22 } },
      raw: (db) => {
        const covered = new Set((stmt(db, 'SELECT DISTINCT stateCode AS k FROM "EventState" WHERE fiscalYear = 2022').all() as Array<{ k: string }>).map((r) => r.k))
        return STATES.filter((s) => s.isState && !covered.has(s.code)).map((s) => s.code)
      },
      ours: (r) => (r.kind === 'states' ? r.states : null),
    },
    {
      name: 'list 20 newest events, FY2022',
      query: { intent: 'list_events', filters: { period: FY22 }, limit: 20 },
      raw: (db) => {
        const ids = (
          stmt(db, `SELECT id FROM "Event" WHERE startDate BETWEEN '2022-04-01' AND '2023-03-31' ORDER BY startDate DESC, id DESC LIMIT 20`).all() as Array<{ id: number }>
        ).map((r) => r.id)
        stmt(db, `SELECT eventId, stateCode FROM "EventState" WHERE eventId IN (${ids.join(',')})`).all()
        stmt(db, `SELECT eventId, themeCode FROM "EventTheme" WHERE eventId IN (${ids.join(',')})`).all()
        return ids
      },
      ours: (r) => (r.kind === 'events' ? r.events.map((e) => e.id) : null),
    },
    // Breakdowns that used to read every matched event; now answered from the derived rows.
    {
      name: 'participants by state, FY2022',
      query: { intent: 'metric', metric: 'participants', filters: { period: FY22 }, groupBy: 'state' },
      raw: (db) => keyed(stmt(db, 'SELECT stateCode AS k, SUM(participants) AS v FROM "EventState" WHERE fiscalYear = 2022 GROUP BY stateCode HAVING v > 0').all() as Array<{ k: string; v: number }>),
      ours: rows,
    },
    {
      name: 'participants by state, cumulative',
      query: { intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' } }, groupBy: 'state' },
      raw: (db) => keyed(stmt(db, 'SELECT stateCode AS k, SUM(participants) AS v FROM "EventState" GROUP BY stateCode HAVING v > 0').all() as Array<{ k: string; v: number }>),
      ours: rows,
    },
    {
      name: 'participants by region, cumulative',
      query: { intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' } }, groupBy: 'region' },
      raw: (db) => keyed(stmt(db, 'SELECT regionCode AS k, SUM(participants) AS v FROM "EventRegion" GROUP BY regionCode').all() as Array<{ k: string; v: number }>),
      ours: rows,
    },
    {
      name: 'average participants by theme, cumul.',
      query: { intent: 'metric', metric: 'avg_participants', filters: { period: { kind: 'all' } }, groupBy: 'theme' },
      raw: (db) =>
        keyed(
          (stmt(db, 'SELECT themeCode AS k, SUM(participants) AS s, COUNT(*) AS n FROM "EventTheme" GROUP BY themeCode').all() as Array<{ k: string; s: number; n: number }>).map(
            (r) => ({ k: r.k, v: average(r.s, r.n) }),
          ),
        ),
      ours: rows,
    },
    {
      name: 'offices active by region, cumulative',
      query: { intent: 'metric', metric: 'offices_active', filters: { period: { kind: 'all' } }, groupBy: 'region' },
      // (office, state) pairs in index order, folded into regions (COUNT(DISTINCT) over a CASE of regions sorts every row)
      raw: (db) => {
        const offices = new Map<string, Set<string>>(REGIONS.map((r) => [r.code, new Set()]))
        for (const p of stmt(db, 'SELECT officeCode AS o, stateCode AS s FROM "EventState" GROUP BY officeCode, stateCode').all() as Array<{ o: string; s: string }>) {
          offices.get(REGION_OF.get(p.s) ?? '')?.add(p.o)
        }
        return Object.fromEntries([...offices].map(([k, v]) => [k, v.size]))
      },
      ours: rows,
    },
    {
      name: 'states covered by office, FY2022',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: FY22 }, groupBy: 'office' },
      raw: (db) => {
        const found = stmt(db, `SELECT officeCode AS k, COUNT(DISTINCT stateCode) AS v FROM "EventState" WHERE fiscalYear = 2022 AND stateCode <> 'DC' GROUP BY officeCode`).all() as Array<{ k: string; v: number }>
        return { ...Object.fromEntries(OFFICES.map((o) => [o.code, 0])), ...keyed(found) }
      },
      ours: rows,
    },
    {
      name: 'participants in the Midwest, FY2022',
      query: { intent: 'metric', metric: 'participants', filters: { period: FY22, regions: ['midwest'] } },
      raw: (db) => (stmt(db, `SELECT SUM(participants) AS v FROM "EventRegion" WHERE regionCode = 'midwest' AND fiscalYear = 2022`).get() as { v: number }).v,
      ours: scalar,
    },
  ]
}

/** Distinct events per region: one count per region over EventRegion (one row per event and region). */
function regionCounts(db: Database.Database, fiscalYear?: number): Record<string, number | null> {
  const sql = `SELECT regionCode AS k, COUNT(*) AS v FROM "EventRegion"${fiscalYear === undefined ? '' : ` WHERE fiscalYear = ${fiscalYear}`} GROUP BY regionCode`
  return { ...Object.fromEntries(REGIONS.map((r) => [r.code, 0])), ...keyed(db.prepare(sql).all() as Array<{ k: string; v: number }>) }
}

/** Loads events with raw SQL: secondary indexes dropped during the load and rebuilt after (much faster). */
export function loadQuestionBenchDb(file: string, n: number): void {
  migrateSqlite(file)
  const events = generateEvents(n).sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Event', 'EventState', 'EventRegion', 'EventTheme')`)
    .all() as Array<{ name: string; sql: string }>
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`)
  const now = new Date().toISOString()
  const insEvent = db.prepare(
    `INSERT INTO "Event" (id, startDate, endDate, fiscalYear, officeCode, city, titleEn, titleJa, activityType, format, participants, stateCount, partners, bestPractice, summary, source, createdBy, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', 'bench', ?)`,
  )
  // with the derived rows (prisma/schema.prisma) as src/store/events.ts writes them
  const insState = db.prepare('INSERT INTO "EventState" (eventId, stateCode, fiscalYear, participants, officeCode, activityType, format) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const insRegion = db.prepare('INSERT INTO "EventRegion" (eventId, regionCode, fiscalYear, participants) VALUES (?, ?, ?, ?)')
  const insTheme = db.prepare('INSERT INTO "EventTheme" (eventId, themeCode, fiscalYear, participants) VALUES (?, ?, ?, ?)')
  db.transaction(() => {
    events.forEach((e, i) => {
      const id = i + 1
      insEvent.run(id, e.startDate, e.endDate, e.fiscalYear, e.officeCode, e.city, e.titleEn, e.titleJa, e.activityType, e.format, e.participants, e.stateCodes.length, JSON.stringify(e.partners), e.bestPractice ? 1 : 0, e.summary, now)
      for (const s of e.stateCodes) insState.run(id, s, e.fiscalYear, e.participants, e.officeCode, e.activityType, e.format)
      for (const r of regionsOf(e.stateCodes)) insRegion.run(id, r, e.fiscalYear, e.participants)
      for (const t of e.themes) insTheme.run(id, t, e.fiscalYear, e.participants)
    })
  })()
  for (const i of indexes) db.exec(i.sql)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

/** JSON with object keys sorted, so that the same figures compare equal whatever their order. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  )
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN
}

async function timeAsync(f: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now()
    await f()
    if (i >= 2) out.push(performance.now() - t)
  }
  return out
}

function timeSync(f: () => unknown): number[] {
  const out: number[] = []
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now()
    f()
    if (i >= 2) out.push(performance.now() - t)
  }
  return out
}

const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`

const PARSE_QUESTIONS = [
  'How many events in FY2022?',
  '2022年度の事業件数は？',
  'total participants since FY2017',
  '累計の延べ参加者数は？',
  'how many states covered this fiscal year?',
  '地域別の事業件数',
  'top 5 states by events',
  'compare FY2021 and FY2022 participants',
  '2022年度に初めて事業を実施した州は？',
  'which states had no events last FY?',
]

async function benchParse(): Promise<void> {
  let parseQuestion: ((text: string, options?: { asOf?: string }) => unknown) | undefined
  try {
    ;({ parseQuestion } = await import('../src/questions/parser/index.ts'))
  } catch {
    console.log('  parser: not available (src/questions/parser/index.ts), not timed')
    return
  }
  const times: number[] = []
  for (let round = 0; round < 50; round++) {
    for (const q of PARSE_QUESTIONS) {
      const t = performance.now()
      parseQuestion(q, { asOf: AS_OF })
      if (round > 0) times.push(performance.now() - t)
    }
  }
  const p50 = percentile(times, 50)
  const p95 = percentile(times, 95)
  console.log(`  parseQuestion (rules), ${PARSE_QUESTIONS.length} questions × 49 rounds: p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${Math.max(...times).toFixed(3)} ms (goal < 1 ms: ${p95 < 1 ? 'met' : 'NOT met'})`)
}

export async function benchQuestions(n = 1_000_000): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-questions-'))
  try {
    const file = path.join(dir, 'questions.db')
    const t0 = performance.now()
    loadQuestionBenchDb(file, n)
    console.log(`questions over ${n.toLocaleString('en-US')} events (loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${RUNS} runs each after 2 warm-ups)`)
    console.log(`  goals: answer p95 under ${GOAL_P95_MS} ms; within ${GOAL_RATIO}× of hand-written SQL (p50 ratio)`)
    console.log(`  ${'question'.padEnd(36)} ${'ours p50'.padStart(10)} ${'ours p95'.padStart(10)} ${'SQL p50'.padStart(10)} ${'SQL p95'.padStart(10)}  ratio  goals`)
    const store = await openStore({ url: `file:${file}` })
    const raw = new Database(file, { readonly: true })
    let failures = 0
    try {
      for (const c of cases()) {
        const result = await executeQuery(store.db, c.query, { asOf: AS_OF })
        const same = canonical(c.ours(result)) === canonical(c.raw(raw))
        if (!same) {
          failures++
          console.log(`  ${c.name}: FIGURES DIFFER — ours ${JSON.stringify(c.ours(result)).slice(0, 200)} vs SQL ${JSON.stringify(c.raw(raw)).slice(0, 200)}`)
          continue
        }
        const ours = await timeAsync(() => executeQuery(store.db, c.query, { asOf: AS_OF }))
        const sql = timeSync(() => c.raw(raw))
        const o50 = percentile(ours, 50)
        const o95 = percentile(ours, 95)
        const s50 = percentile(sql, 50)
        const ratio = o50 / s50
        const goals = `${o95 < GOAL_P95_MS ? 'p95 ok' : 'p95 SLOW'}, ${ratio <= GOAL_RATIO ? 'ratio ok' : 'ratio HIGH'}`
        console.log(`  ${c.name.padEnd(36)} ${ms(o50)} ${ms(o95)} ${ms(s50)} ${ms(percentile(sql, 95))}  ${ratio.toFixed(2).padStart(5)}  ${goals}`)
      }
    } finally {
      raw.close()
      await store.close()
    }
    await benchParse()
    if (failures > 0) throw new Error(`${failures} question(s) gave figures different from hand-written SQL`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
