// Question benchmark: n generated events (default 1,000,000) in a fresh SQLite file and a fresh PostgreSQL
// database, then each kind of question timed through executeQuery (the Prisma query API, as the bot runs it)
// next to the best hand-written SQL for the same figure on the same database, and the SQL printed under its
// figure. "Best" means what a careful engineer would write with the schema's indexes: each statement was
// checked with EXPLAIN QUERY PLAN (SQLite) and EXPLAIN ANALYZE (PostgreSQL) — an equality on the leading
// column of a covering index (`"fiscalYear" = 2022`, not a range), an IN list over the first column where the
// filter is on the second, no temporary sort. The SQL is the same text on both databases. Where the answer
// states how many events matched (a list: "20 of N events"), the reference counts them too. The two must
// give the same figures; the bench checks that before it prints a time.
// Setup writes with raw SQL for speed (a bench may; the product never does). Events are loaded in date
// order, as a live system records them (roughly as they happen) and as exports and imports order them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { OFFICES } from '../src/domain/offices.ts'
import { REGIONS, STATES } from '../src/domain/states.ts'
import type { EventData } from '../src/domain/event.ts'
import { executeQuery, type QueryResult } from '../src/questions/execute.ts'
import type { Query } from '../src/questions/query.ts'
import { openStore } from '../src/store/client.ts'
import { regionsOf } from '../src/store/derived-rows.ts'
import { migrateSqlite } from '../src/store/migrator.ts'
import { searchKeysOf } from '../src/store/text-keys.ts'
import { copyRows, rawPostgres, rawSqlite, scratchPostgres, type Cell, type Dialect, type RawDb, type Row } from './databases.ts'
import { generateEvents } from './generate.ts'

const RUNS = 20
const AS_OF = '2025-06-15' // FY2025, the last generated fiscal year
const GOAL_P95_MS = 300
const GOAL_RATIO = 1.5

interface Case {
  name: string
  query: Query
  /** The hand-written SQL: one or more statements, run in order, printed under the figure. */
  sql: string[]
  /** The figure from the statements' rows, in the shape `ours` returns. */
  fold: (results: Row[][]) => unknown
  /** The figure from the executor's result. */
  ours: (r: QueryResult) => unknown
}

const rows = (r: QueryResult) => (r.kind === 'breakdown' ? Object.fromEntries(r.rows.map((x) => [x.key, x.value])) : null)
const scalar = (r: QueryResult) => (r.kind === 'scalar' ? r.value : null)
const FY22 = { kind: 'fy', from: 2022, to: 2022 } as const
const REGION_OF = new Map(STATES.map((s) => [s.code, s.region as string]))
/** A number from a driver (PostgreSQL returns COUNT and SUM as strings), null kept. */
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
/** { k: v } from rows with columns k and v. */
const keyed = (xs: Row[]) => Object.fromEntries(xs.map((r) => [String(r.k), num(r.v)]))
const first = (xs: Row[]) => num(xs[0]?.v)
/** The executor's rounding of an average (one decimal, half up). */
const average = (sum: number, n: number) => (n === 0 ? null : Math.round((sum / n) * 10) / 10)
const regionList = REGIONS.map((r) => `'${r.code}'`).join(', ')
const withZeros = (keys: readonly string[], found: Record<string, number | null>) => ({ ...Object.fromEntries(keys.map((k) => [k, 0])), ...found })

function cases(): Case[] {
  return [
    {
      name: 'events, cumulative',
      query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } } },
      // "all" counts events up to the as-of date
      sql: [`SELECT COUNT(*) AS v FROM "Event" WHERE "startDate" <= '${AS_OF}'`],
      fold: ([r]) => first(r!),
      ours: scalar,
    },
    {
      name: 'participants by FY, cumulative',
      query: { intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' } }, groupBy: 'fiscal_year' },
      // one read of the covering index [fiscalYear, officeCode, participants], in its order; FY2025 only up to the as-of date
      sql: [
        `SELECT "fiscalYear" AS k, SUM("participants") AS v FROM "Event" WHERE "fiscalYear" < 2025 GROUP BY "fiscalYear"`,
        `SELECT SUM("participants") AS v FROM "Event" WHERE "startDate" BETWEEN '2025-04-01' AND '${AS_OF}'`,
      ],
      fold: ([years, last]) => ({ ...keyed(years!), 2025: first(last!) }),
      ours: rows,
    },
    {
      name: 'states covered in FY2022',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: FY22 } },
      sql: [`SELECT COUNT(DISTINCT "stateCode") AS v FROM "EventState" WHERE "fiscalYear" = 2022 AND "stateCode" <> 'DC'`],
      fold: ([r]) => first(r!),
      ours: scalar,
    },
    {
      name: 'events by region, FY2022',
      query: { intent: 'metric', metric: 'events', filters: { period: FY22 }, groupBy: 'region' },
      // index [regionCode, fiscalYear, participants]: an IN list makes it one equality search per region
      sql: [`SELECT "regionCode" AS k, COUNT(*) AS v FROM "EventRegion" WHERE "regionCode" IN (${regionList}) AND "fiscalYear" = 2022 GROUP BY "regionCode"`],
      fold: ([r]) => withZeros(REGIONS.map((x) => x.code), keyed(r!)),
      ours: rows,
    },
    {
      name: 'events by region, cumulative',
      query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: 'region' },
      sql: [`SELECT "regionCode" AS k, COUNT(*) AS v FROM "EventRegion" WHERE "fiscalYear" <= 2025 AND "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" <= '${AS_OF}') GROUP BY "regionCode"`],
      fold: ([r]) => withZeros(REGIONS.map((x) => x.code), keyed(r!)),
      ours: rows,
    },
    {
      name: 'events by office, FY2022',
      query: { intent: 'metric', metric: 'events', filters: { period: FY22 }, groupBy: 'office' },
      sql: [`SELECT "officeCode" AS k, COUNT(*) AS v FROM "Event" WHERE "fiscalYear" = 2022 GROUP BY "officeCode"`],
      fold: ([r]) => keyed(r!),
      ours: rows,
    },
    {
      name: 'top 5 states by events, cumulative',
      query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: 'state', top: 5 },
      sql: [`SELECT "stateCode" AS k, COUNT(*) AS v FROM "EventState" s WHERE "fiscalYear" <= 2025 AND "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" <= '${AS_OF}') GROUP BY "stateCode" ORDER BY v DESC, k ASC LIMIT 5`],
      fold: ([r]) => keyed(r!),
      ours: rows,
    },
    {
      name: 'participants, FY2021 vs FY2022',
      query: { intent: 'compare', metric: 'participants', filters: { period: { kind: 'all' } }, periods: [{ kind: 'fy', from: 2021, to: 2021 }, FY22] },
      // the covering index [fiscalYear, officeCode, participants], an equality per year
      sql: [`SELECT SUM("participants") AS v FROM "Event" WHERE "fiscalYear" = 2021`, `SELECT SUM("participants") AS v FROM "Event" WHERE "fiscalYear" = 2022`],
      fold: (rs) => rs.map((r) => first(r)),
      ours: (r) => (r.kind === 'comparison' ? r.rows.map((x) => x.value) : null),
    },
    {
      name: 'first-time states in FY2022',
      query: { intent: 'first_time_states', filters: { period: FY22 } },
      // states of FY2022, each probed for an earlier year on [stateCode, fiscalYear, …]
      sql: [
        `SELECT c."stateCode" AS k FROM (SELECT DISTINCT "stateCode" FROM "EventState" WHERE "fiscalYear" = 2022 AND "stateCode" <> 'DC') c WHERE NOT EXISTS (SELECT 1 FROM "EventState" p WHERE p."stateCode" = c."stateCode" AND p."fiscalYear" < 2022) ORDER BY k`,
      ],
      fold: ([r]) => r!.map((x) => String(x.k)),
      ours: (r) => (r.kind === 'states' ? r.states : null),
    },
    {
      name: 'uncovered states in FY2022',
      query: { intent: 'uncovered_states', filters: { period: FY22 } },
      sql: [`SELECT DISTINCT "stateCode" AS k FROM "EventState" WHERE "fiscalYear" = 2022`],
      fold: ([r]) => {
        const covered = new Set(r!.map((x) => String(x.k)))
        return STATES.filter((s) => s.isState && !covered.has(s.code)).map((s) => s.code)
      },
      ours: (r) => (r.kind === 'states' ? r.states : null),
    },
    {
      name: 'list 20 newest events, FY2022',
      query: { intent: 'list_events', filters: { period: FY22 }, limit: 20 },
      // the list with its states and themes, and how many events matched ("20 of N"), as the answer says
      sql: [
        `SELECT "id", "startDate", "participants" FROM "Event" WHERE "startDate" BETWEEN '2022-04-01' AND '2023-03-31' ORDER BY "startDate" DESC, "id" DESC LIMIT 20`,
        `SELECT "eventId", "stateCode" FROM "EventState" WHERE "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" BETWEEN '2022-04-01' AND '2023-03-31' ORDER BY "startDate" DESC, "id" DESC LIMIT 20)`,
        `SELECT "eventId", "themeCode" FROM "EventTheme" WHERE "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" BETWEEN '2022-04-01' AND '2023-03-31' ORDER BY "startDate" DESC, "id" DESC LIMIT 20)`,
        `SELECT COUNT(*) AS v FROM "Event" WHERE "fiscalYear" = 2022`,
      ],
      fold: ([list, , , count]) => ({ ids: list!.map((x) => Number(x.id)), matched: first(count!) }),
      ours: (r) => (r.kind === 'events' ? { ids: r.events.map((e) => e.id), matched: r.matchedEvents } : null),
    },
    // Breakdowns that used to read every matched event; now answered from the derived rows.
    {
      name: 'participants by state, FY2022',
      query: { intent: 'metric', metric: 'participants', filters: { period: FY22 }, groupBy: 'state' },
      sql: [`SELECT "stateCode" AS k, SUM("participants") AS v FROM "EventState" WHERE "fiscalYear" = 2022 GROUP BY "stateCode" HAVING SUM("participants") > 0`],
      fold: ([r]) => keyed(r!),
      ours: rows,
    },
    {
      name: 'participants by state, cumulative',
      query: { intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' } }, groupBy: 'state' },
      sql: [`SELECT "stateCode" AS k, SUM("participants") AS v FROM "EventState" WHERE "fiscalYear" <= 2025 AND "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" <= '${AS_OF}') GROUP BY "stateCode" HAVING SUM("participants") > 0`],
      fold: ([r]) => keyed(r!),
      ours: rows,
    },
    {
      name: 'participants by region, cumulative',
      query: { intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' } }, groupBy: 'region' },
      sql: [`SELECT "regionCode" AS k, SUM("participants") AS v FROM "EventRegion" WHERE "fiscalYear" <= 2025 AND "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" <= '${AS_OF}') GROUP BY "regionCode"`],
      fold: ([r]) => keyed(r!),
      ours: rows,
    },
    {
      name: 'average participants by theme, cumul.',
      query: { intent: 'metric', metric: 'avg_participants', filters: { period: { kind: 'all' } }, groupBy: 'theme' },
      sql: [`SELECT "themeCode" AS k, SUM("participants") AS s, COUNT(*) AS n FROM "EventTheme" WHERE "fiscalYear" <= 2025 AND "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" <= '${AS_OF}') GROUP BY "themeCode"`],
      fold: ([r]) => Object.fromEntries(r!.map((x) => [String(x.k), average(Number(x.s), Number(x.n))])),
      ours: rows,
    },
    {
      name: 'offices active by region, cumulative',
      query: { intent: 'metric', metric: 'offices_active', filters: { period: { kind: 'all' } }, groupBy: 'region' },
      // (office, state) pairs in index order, folded into regions (COUNT(DISTINCT) over a CASE of regions sorts every row)
      sql: [`SELECT "officeCode" AS o, "stateCode" AS s FROM "EventState" WHERE "fiscalYear" <= 2025 AND "eventId" IN (SELECT "id" FROM "Event" WHERE "startDate" <= '${AS_OF}') GROUP BY "officeCode", "stateCode"`],
      fold: ([r]) => {
        const offices = new Map<string, Set<string>>(REGIONS.map((x) => [x.code, new Set()]))
        for (const p of r!) offices.get(REGION_OF.get(String(p.s)) ?? '')?.add(String(p.o))
        return Object.fromEntries([...offices].map(([k, v]) => [k, v.size]))
      },
      ours: rows,
    },
    {
      name: 'states covered by office, FY2022',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: FY22 }, groupBy: 'office' },
      sql: [`SELECT "officeCode" AS k, COUNT(DISTINCT "stateCode") AS v FROM "EventState" WHERE "fiscalYear" = 2022 AND "stateCode" <> 'DC' GROUP BY "officeCode"`],
      fold: ([r]) => withZeros(OFFICES.map((o) => o.code), keyed(r!)),
      ours: rows,
    },
    {
      name: 'participants in the Midwest, FY2022',
      query: { intent: 'metric', metric: 'participants', filters: { period: FY22, regions: ['midwest'] } },
      sql: [`SELECT SUM("participants") AS v FROM "EventRegion" WHERE "regionCode" = 'midwest' AND "fiscalYear" = 2022`],
      fold: ([r]) => first(r!),
      ours: scalar,
    },
  ]
}

const EVENT_COLUMNS = ['id', 'startDate', 'endDate', 'fiscalYear', 'officeCode', 'city', 'titleEn', 'titleJa', 'activityType', 'format', 'participants', 'stateCount', 'partners', 'bestPractice', 'summary', 'cityKey', 'textKey', 'partnersKey', 'source', 'createdBy', 'updatedAt'] as const

/** The rows of every table for the events (ids 1…n in date order), as the store writes them. */
function tableRows(events: EventData[], now: string) {
  const eventRow = (e: EventData, id: number, bool: (b: boolean) => Cell): Cell[] => {
    const keys = searchKeysOf(e)
    return [id, e.startDate, e.endDate, e.fiscalYear, e.officeCode, e.city, e.titleEn, e.titleJa, e.activityType, e.format, e.participants, e.stateCodes.length, JSON.stringify(e.partners), bool(e.bestPractice), e.summary, keys.cityKey, keys.textKey, keys.partnersKey, 'demo', 'bench', now]
  }
  return {
    event: function* (bool: (b: boolean) => Cell) {
      for (let i = 0; i < events.length; i++) yield eventRow(events[i]!, i + 1, bool)
    },
    // derived rows (prisma/schema.prisma) as src/store/events.ts writes them
    state: function* (): Generator<Cell[]> {
      for (let i = 0; i < events.length; i++) for (const s of events[i]!.stateCodes) yield [i + 1, s, events[i]!.fiscalYear, events[i]!.participants, events[i]!.officeCode, events[i]!.activityType, events[i]!.format]
    },
    region: function* (): Generator<Cell[]> {
      for (let i = 0; i < events.length; i++) for (const r of regionsOf(events[i]!.stateCodes)) yield [i + 1, r, events[i]!.fiscalYear, events[i]!.participants]
    },
    theme: function* (): Generator<Cell[]> {
      for (let i = 0; i < events.length; i++) for (const t of events[i]!.themes) yield [i + 1, t, events[i]!.fiscalYear, events[i]!.participants]
    },
  }
}

const STATE_COLUMNS = ['eventId', 'stateCode', 'fiscalYear', 'participants', 'officeCode', 'activityType', 'format'] as const
const REGION_COLUMNS = ['eventId', 'regionCode', 'fiscalYear', 'participants'] as const
const THEME_COLUMNS = ['eventId', 'themeCode', 'fiscalYear', 'participants'] as const
const DERIVED = ['Event', 'EventState', 'EventRegion', 'EventTheme']

function benchEvents(n: number): EventData[] {
  return generateEvents(n).sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
}

/** Loads events with raw SQL: secondary indexes dropped during the load and rebuilt after (much faster). */
export function loadQuestionBenchDb(file: string, n: number, events: EventData[] = benchEvents(n)): void {
  migrateSqlite(file)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${DERIVED.map((t) => `'${t}'`).join(', ')})`)
    .all() as Array<{ name: string; sql: string }>
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`)
  const t = tableRows(events, new Date().toISOString())
  const insert = (table: string, columns: readonly string[]) => db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
  db.transaction(() => {
    const e = insert('Event', EVENT_COLUMNS)
    for (const r of t.event((b) => (b ? 1 : 0))) e.run(r)
    const s = insert('EventState', STATE_COLUMNS)
    for (const r of t.state()) s.run(r)
    const g = insert('EventRegion', REGION_COLUMNS)
    for (const r of t.region()) g.run(r)
    const h = insert('EventTheme', THEME_COLUMNS)
    for (const r of t.theme()) h.run(r)
  })()
  for (const i of indexes) db.exec(i.sql)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

/** The same rows into a migrated PostgreSQL database by COPY, secondary indexes rebuilt after, then ANALYZE. */
async function loadQuestionBenchPostgres(url: string, events: EventData[]): Promise<void> {
  const store = await openStore({ url })
  await store.close()
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const indexes = (
      await client.query<{ name: string; sql: string }>(
        `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
        [DERIVED],
      )
    ).rows
    for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`)
    const t = tableRows(events, new Date().toISOString())
    await copyRows(client, { table: 'Event', columns: EVENT_COLUMNS, rows: t.event((b) => b) })
    await copyRows(client, { table: 'EventState', columns: STATE_COLUMNS, rows: t.state() })
    await copyRows(client, { table: 'EventRegion', columns: REGION_COLUMNS, rows: t.region() })
    await copyRows(client, { table: 'EventTheme', columns: THEME_COLUMNS, rows: t.theme() })
    for (const i of indexes) await client.query(i.sql)
    await client.query(`SELECT setval(pg_get_serial_sequence('"Event"', 'id'), ${events.length})`)
    await client.query('VACUUM ANALYZE')
  } finally {
    await client.end()
  }
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

/** Runs a case's statements in order. */
async function runSql(raw: RawDb, c: Case): Promise<unknown> {
  const results: Row[][] = []
  for (const sql of c.sql) results.push(await raw.all(sql))
  return c.fold(results)
}

/**
 * Times ours and the SQL alternately (2 warm-ups each, then RUNS each), so that load from other processes
 * on a shared machine falls on both alike.
 */
async function timePair(ours: () => Promise<unknown>, sql: () => Promise<unknown>): Promise<{ ours: number[]; sql: number[] }> {
  const out = { ours: [] as number[], sql: [] as number[] }
  for (let i = 0; i < RUNS + 2; i++) {
    let t = performance.now()
    await ours()
    if (i >= 2) out.ours.push(performance.now() - t)
    t = performance.now()
    await sql()
    if (i >= 2) out.sql.push(performance.now() - t)
  }
  return out
}

/** Every case on one database; returns how many gave figures different from the SQL. */
export async function benchOn(options: { dialect: Dialect; url: string; raw: RawDb; showSql: boolean }): Promise<number> {
  const { raw } = options
  console.log(`  ${options.dialect}:`)
  console.log(`  ${'question'.padEnd(38)} ${'ours p50'.padStart(10)} ${'ours p95'.padStart(10)} ${'SQL p50'.padStart(10)} ${'SQL p95'.padStart(10)}  ratio  goals (ratio ≤ ${GOAL_RATIO}, p95 < ${GOAL_P95_MS} ms)`)
  const store = await openStore({ url: options.url })
  let failures = 0
  try {
    for (const c of cases()) {
      const result = await executeQuery(store.db, c.query, { asOf: AS_OF })
      const expected = await runSql(raw, c)
      if (canonical(c.ours(result)) !== canonical(expected)) {
        failures++
        console.log(`  ${c.name}: FIGURES DIFFER — ours ${JSON.stringify(c.ours(result)).slice(0, 200)} vs SQL ${JSON.stringify(expected).slice(0, 200)}`)
        continue
      }
      const t = await timePair(
        () => executeQuery(store.db, c.query, { asOf: AS_OF }),
        () => runSql(raw, c),
      )
      const o50 = percentile(t.ours, 50)
      const o95 = percentile(t.ours, 95)
      const s50 = percentile(t.sql, 50)
      const ratio = o50 / s50
      const goals = `${ratio <= GOAL_RATIO ? 'ratio met' : 'ratio NOT met'}, ${o95 < GOAL_P95_MS ? 'p95 met' : 'p95 NOT met'}`
      console.log(`  ${c.name.padEnd(38)} ${ms(o50)} ${ms(o95)} ${ms(s50)} ${ms(percentile(t.sql, 95))}  ${`${ratio.toFixed(2)}×`.padStart(6)}  ${goals}`)
      if (options.showSql) for (const sql of c.sql) console.log(`      SQL: ${sql}`)
    }
  } finally {
    await store.close()
  }
  return failures
}

/**
 * The question benchmark on SQLite, then on PostgreSQL (skipped with BENCH_PG=0). The hand-written SQL is
 * printed once, under the SQLite figures; it is the same text on PostgreSQL.
 */
export async function benchQuestions(n = 1_000_000): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-questions-'))
  let failures = 0
  try {
    const events = benchEvents(n)
    const file = path.join(dir, 'questions.db')
    const t0 = performance.now()
    loadQuestionBenchDb(file, n, events)
    console.log(`questions over ${n.toLocaleString('en-US')} events (${RUNS} runs each after 2 warm-ups, ours and SQL alternately; load ${os.loadavg()[0]!.toFixed(1)})`)
    console.log(`  goals: each answer within ${GOAL_RATIO}× of the best hand-written SQL for its figure (p50), p95 under ${GOAL_P95_MS} ms`)
    console.log(`  SQLite loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const sqlite = rawSqlite(file)
    try {
      failures += await benchOn({ dialect: 'sqlite', url: `file:${file}`, raw: sqlite, showSql: true })
    } finally {
      await sqlite.close()
    }
    if (process.env.BENCH_PG !== '0') {
      const db = await scratchPostgres('questions')
      try {
        const t1 = performance.now()
        await loadQuestionBenchPostgres(db.url, events)
        console.log(`  PostgreSQL loaded in ${((performance.now() - t1) / 1000).toFixed(1)} s (COPY, indexes rebuilt, VACUUM ANALYZE)`)
        const pgRaw = await rawPostgres(db.url)
        try {
          failures += await benchOn({ dialect: 'postgresql', url: db.url, raw: pgRaw, showSql: false })
        } finally {
          await pgRaw.close()
        }
      } finally {
        await db.drop()
      }
    }
    await benchParse()
    if (failures > 0) throw new Error(`${failures} question(s) gave figures different from hand-written SQL`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
