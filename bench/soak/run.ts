// The soak: the real app (`grassroots serve`, HTTP mode) under Slack's traffic, on SQLite (one instance) and
// on PostgreSQL (two instances on one fresh database), through three scenarios — load, a database outage,
// and a Web API that rate-limits, fails and hangs — each figure measured next to its goal. Slack's side (the
// signed requests and the fake Web API) runs in this process, the app in its own processes, so no figure
// waits on the app's event loop.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { mulberry32 } from '../../src/demo/random.ts'
import { openStore, sqliteFileOf, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { FakeSlack } from '../../test/slack/fake-slack.ts'
import { TEST_SIGNING_SECRET } from '../../test/slack/signing.ts'
import { generateEvents } from '../generate.ts'
import { checkStore, classifySave, commandKey, countDeliveries, type Deliveries, type StoreCheck } from './count.ts'
import { commonFigures, errorMessages, expectation, instanceFigures, outcomes } from './figures.ts'
import { ackP99Between, closePostgresDatabase, holdSqliteWriteLock, scratchPostgres, startInstance, startNullServer, type AppFigures, type Instance } from './instances.ts'
import { planRequests, type PlannedRequest } from './plan.ts'
import { fig, ms, percentile, SCENARIOS, type Figure, type Scenario, type Section, type SoakDb, type SoakReport } from './report.ts'
import { sendAll, type Acked } from './send.ts'

export interface SoakOptions {
  databases: readonly SoakDb[]
  quick: boolean
  scenarios?: readonly Scenario[]
  /** Scratch directory (SQLite file, working directory of the app processes); removed afterwards. */
  tmpDir: string
  /** Progress lines (stderr by default in the command). */
  progress?: (line: string) => void
  /** Seeds the requests planned and the faults drawn (default 7: every run draws the same). */
  seed?: number
  /** Measure the floor first (default true; see SoakReport.floor). */
  floor?: boolean
  /** Called after a scenario's traffic has settled and before the database is read (tests plant rows here). */
  afterScenario?: (info: { db: SoakDb; scenario: Scenario; store: Store; fake: FakeSlack; plan: readonly PlannedRequest[] }) => Promise<void>
}

interface Sizes {
  seedEvents: number
  load: { saves: number; commands: number; mentions: number; retries: number }
  outage: { saves: number; commands: number; mentions: number; retries: number; spreadMs: number; startMs: number; outageMs: number }
  faults: { saves: number; commands: number; mentions: number; retries: number; rateLimited: number; serverError: number; hang: number; hangMs: number; retryAfterSec: number }
}

/** The figures: 1,000 requests (450 saves, 225 commands, 225 mentions, 10 % of them re-sent), a 10 s outage, 30 s hangs. */
const FULL: Sizes = {
  seedEvents: 2000,
  load: { saves: 450, commands: 225, mentions: 225, retries: 100 },
  outage: { saves: 110, commands: 55, mentions: 55, retries: 24, spreadMs: 26_000, startMs: 8000, outageMs: 10_000 },
  faults: { saves: 135, commands: 68, mentions: 67, retries: 30, rateLimited: 0.08, serverError: 0.04, hang: 0.02, hangMs: 30_000, retryAfterSec: 1 },
}

/** --quick: a smoke test of every scenario, about half a minute per database. */
const QUICK: Sizes = {
  seedEvents: 200,
  load: { saves: 90, commands: 45, mentions: 45, retries: 20 },
  outage: { saves: 24, commands: 12, mentions: 12, retries: 5, spreadMs: 8000, startMs: 2500, outageMs: 3000 },
  faults: { saves: 30, commands: 15, mentions: 15, retries: 6, rateLimited: 0.08, serverError: 0.04, hang: 0.02, hangMs: 5000, retryAfterSec: 1 },
}

const CONCURRENCY = 50
/** Requests sent this long after the outage ended must all succeed (time to notice the database is back). */
const RECOVERY_GRACE_MS = 1000

/**
 * Waits until `done()` and nothing new for 1.5 s (a second delivery would show, chart uploads finish), or until
 * nothing new arrives for `quietMs` with no answer held back, or `maxMs` (ms waited).
 */
async function settle(fake: FakeSlack, done: () => boolean, options: { quietMs: number; maxMs: number }): Promise<number> {
  const started = Date.now()
  let seen = -1
  let since = Date.now()
  for (;;) {
    await new Promise((r) => setTimeout(r, 250))
    const now = fake.calls.length + fake.responses.length
    if (now !== seen) {
      seen = now
      since = Date.now()
    }
    // done: then until nothing new for 1.5 s (a second delivery would show; charts and files finish uploading)
    if (done() && Date.now() - since >= 1500 && fake.faultCounts.hanging === 0) return Date.now() - started
    if ((Date.now() - since >= options.quietMs && fake.faultCounts.hanging === 0) || Date.now() - started >= options.maxMs) return Date.now() - started
  }
}

interface Ctx {
  db: SoakDb
  fake: FakeSlack
  instances: Instance[]
  storeUrl: string
  sizes: Sizes
  seed: number
  options: SoakOptions
  postgresName?: string
  /** Every instance's /metrics when the scenario started. */
  scraped: AppFigures[]
  /** This process's event-loop delay during the scenario: Slack's side must not hold up its own figures. */
  loop?: IntervalHistogram
  /** What the app had logged when the scenario started: a scenario reports its own. */
  logged: { errors: Map<string, number>; charts: number }
}

/** Opens the store for a moment (on PostgreSQL its connections would not survive an outage). */
async function withStore<T>(url: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ url, migrate: false })
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

/** 1. Load: the 1,000 requests from 50 clients at once. */
async function scenarioLoad(ctx: Ctx): Promise<Section> {
  const s = ctx.sizes.load
  const plan = planRequests({ phase: 'a', ...s, instances: ctx.instances.length, fakeUrl: ctx.fake.url, firstDate: '2019-01-01', seed: ctx.seed })
  const acked = await sendAll(plan, { urls: ctx.instances.map((i) => i.eventsUrl), concurrency: CONCURRENCY, secret: TEST_SIGNING_SECRET })
  const settledMs = await settle(ctx.fake, expectation(plan, acked, ctx.fake), { quietMs: 5000, maxMs: 60_000 })
  return finish(ctx, {
    scenario: 'load',
    plan,
    acked,
    settledMs,
    note: `${CONCURRENCY} concurrent clients; retries to ${ctx.instances.length > 1 ? 'the other instance' : 'the same instance'}, half at once, half ~40 requests later`,
    mustBeSaved: (saves) => new Set(saves.map((x) => x.token)),
  })
}

/** A scenario's section, once its traffic has settled: the shared figures, the scenario's own, the database's. */
async function finish(
  ctx: Ctx,
  o: {
    scenario: Scenario
    plan: readonly PlannedRequest[]
    acked: readonly Acked[]
    settledMs: number
    note: string
    /** The saves that must be in the database (lost otherwise). */
    mustBeSaved: (saves: Array<Extract<PlannedRequest, { kind: 'save' }>>, deliveries: Deliveries) => Set<string>
    extra?: (check: StoreCheck, deliveries: Deliveries) => Figure[]
  },
): Promise<Section> {
  const { scenario, plan, acked, settledMs, note, mustBeSaved, extra = () => [] } = o
  // the traffic is over: what follows (reading the database here) is not Slack's side holding up a request
  ctx.loop?.disable()
  const check = await withStore(ctx.storeUrl, async (store) => {
    await ctx.options.afterScenario?.({ db: ctx.db, scenario, store, fake: ctx.fake, plan })
    return checkStore(store.db)
  })
  const deliveries = countDeliveries(ctx.fake)
  const live = ctx.instances.filter((i) => i.alive())
  const after = live.length === ctx.instances.length ? await Promise.all(ctx.instances.map((i) => i.scrape())) : undefined
  const inApp = after === undefined ? undefined : ackP99Between(ctx.scraped, after)
  const loopMax = after === undefined ? Number.NaN : Math.max(...after.map((a) => a.loopMaxSec * 1000))
  const saves = plan.filter((r): r is Extract<PlannedRequest, { kind: 'save' }> => r.kind === 'save' && r.retryOf === undefined)
  const figures = [
    ...commonFigures({ plan, acked, rows: check.rowsByToken, deliveries, mustBeSaved: mustBeSaved(saves, deliveries), fake: ctx.fake, errorsExpected: scenario === 'outage' }),
    fig('in the app: arrival → ack p99 (GET /metrics, histogram bucket)', (inApp?.boundSec ?? Number.NaN) * 1000, inApp === undefined ? '—' : `≤ ${ms(inApp.boundSec * 1000)} (${inApp.count} requests)`, '—', null),
    fig("in the app: longest event-loop delay (GET /metrics)", loopMax, ms(loopMax), '—', null),
    fig("harness check: Slack's side's longest event-loop delay", (ctx.loop?.max ?? Number.NaN) / 1e6, ms((ctx.loop?.max ?? Number.NaN) / 1e6), '< 100 ms', (ctx.loop?.max ?? Infinity) / 1e6 < 100),
    ...extra(check, deliveries),
    fig('events with rows missing or unlike the event (whole database)', check.incomplete, `${check.incomplete} of ${check.events}`, '0', check.incomplete === 0),
    fig('orphan rows (state, theme, region rows without their event)', check.orphans, String(check.orphans), '0', check.orphans === 0),
    fig('time for deliveries to settle after the last ack', settledMs, ms(settledMs), '—', null),
    ...instanceFigures(ctx.instances, ctx.logged),
  ]
  const errors = [...errorMessages(ctx.instances)].filter(([m, n]) => n > (ctx.logged.errors.get(m) ?? 0)).map(([m, n]) => `${n - (ctx.logged.errors.get(m) ?? 0)} × ${m}`)
  return { db: ctx.db, scenario, note, figures, errors: errors.slice(0, 6) }
}

/** 2. A database outage in the middle of paced traffic: SQLite's write lock held, or PostgreSQL's database closed. */
async function scenarioOutage(ctx: Ctx): Promise<Section> {
  const s = ctx.sizes.outage
  const plan = planRequests({ phase: 'b', saves: s.saves, commands: s.commands, mentions: s.mentions, retries: s.retries, instances: ctx.instances.length, fakeUrl: ctx.fake.url, firstDate: '2020-06-01', seed: ctx.seed + 1, spreadMs: s.spreadMs })
  const sending = sendAll(plan, { urls: ctx.instances.map((i) => i.eventsUrl), concurrency: CONCURRENCY, secret: TEST_SIGNING_SECRET })
  await new Promise((r) => setTimeout(r, s.startMs))
  let how: string
  const outStart = Date.now()
  if (ctx.db === 'sqlite') {
    const lock = await holdSqliteWriteLock(sqliteFileOf(ctx.storeUrl))
    await new Promise((r) => setTimeout(r, s.outageMs - (Date.now() - outStart)))
    await lock.release()
    how = `another process held SQLite's write lock (BEGIN IMMEDIATE) for ${s.outageMs / 1000} s`
  } else {
    const closed = await closePostgresDatabase(ctx.postgresName ?? '')
    await new Promise((r) => setTimeout(r, s.outageMs - (Date.now() - outStart)))
    await closed.end()
    how = `ALTER DATABASE … ALLOW_CONNECTIONS false + pg_terminate_backend (${closed.terminated} backends), connections allowed again after ${s.outageMs / 1000} s (the shared server itself kept running)`
  }
  const outEnd = Date.now()
  const acked = await sending
  const settledMs = await settle(ctx.fake, expectation(plan, acked, ctx.fake), { quietMs: 5000, maxMs: 60_000 })
  const { originals, acksOf } = outcomes(plan, acked)
  const during = acked.filter((a) => a.sentAt >= outStart && a.sentAt <= outEnd)
  const duringMax = Math.max(...during.map((a) => a.ms), 0)
  const toldSaved = (r: PlannedRequest) => acksOf(r).some((a) => ['saved', 'saving'].includes(classifySave(a)))
  const toldRetry = (r: Extract<PlannedRequest, { kind: 'save' }>, d: Deliveries) => acksOf(r).some((a) => classifySave(a) === 'retry') || (d.lateNotices.get(r.token) ?? 0) > 0
  return finish(ctx, {
    scenario: 'outage',
    plan,
    acked,
    settledMs,
    note: `${plan.length} requests over ${s.spreadMs / 1000} s; from ${s.startMs / 1000} s ${how}`,
    // a save the user was told was saved (closed, or "saving…" with no later failure notice) must be there
    mustBeSaved: (saves, d) => new Set(saves.filter((r) => toldSaved(r) && (d.lateNotices.get(r.token) ?? 0) === 0).map((r) => r.token)),
    extra: (check, d) => {
      const saves = originals.filter((r): r is Extract<PlannedRequest, { kind: 'save' }> => r.kind === 'save')
      const unsaved = saves.filter((r) => (check.rowsByToken.get(r.token) ?? 0) === 0)
      const retryTold = saves.filter((r) => toldRetry(r, d)).length
      const silent = unsaved.filter((r) => !toldRetry(r, d)).length
      const after = originals.filter((r) => acksOf(r).some((a) => a.sentAt >= outEnd + RECOVERY_GRACE_MS))
      const failedAfter = after.filter((r) => {
        if (acksOf(r).some((a) => a.status !== 200)) return true
        if (r.kind === 'save') return (check.rowsByToken.get(r.token) ?? 0) === 0 || (d.confirmations.get(r.token) ?? 0) === 0
        if (r.kind === 'mention') return (d.mentionAnswers.get(r.ts) ?? 0) === 0
        return (d.commandAnswers.get(commandKey(r)) ?? 0) === 0
      }).length
      const mentionsDuring = originals.filter((r): r is Extract<PlannedRequest, { kind: 'mention' }> => r.kind === 'mention' && acksOf(r).some((a) => a.sentAt >= outStart && a.sentAt <= outEnd))
      const answeredDuring = mentionsDuring.filter((r) => (d.mentionAnswers.get(r.ts) ?? 0) > 0).length
      return [
        fig('ack max of requests sent during the outage', duringMax, `${ms(duringMax)} (${during.length} requests)`, '< 3000 ms', duringMax < 3000),
        fig('saves whose users were told to retry (form error or message)', retryTold, `${retryTold} of ${saves.length}`, '—', null),
        fig('saves neither recorded nor told to retry', silent, `${silent} of ${unsaved.length} not recorded`, '0', silent === 0),
        fig(`requests sent ≥ ${RECOVERY_GRACE_MS / 1000} s after the outage that failed (recovery without restart)`, failedAfter, `${failedAfter} of ${after.length}`, '0', failedAfter === 0 && after.length > 0),
        fig('mentions sent during the outage that were answered', answeredDuring, `${answeredDuring} of ${mentionsDuring.length}`, '—', null),
      ]
    },
  })
}

/** 3. Slack failing: a share of Web API calls and response_url posts get 429, 500 or a 30 s hang. */
async function scenarioFaults(ctx: Ctx): Promise<Section> {
  const s = ctx.sizes.faults
  const plan = planRequests({ phase: 'c', saves: s.saves, commands: s.commands, mentions: s.mentions, retries: s.retries, instances: ctx.instances.length, fakeUrl: ctx.fake.url, firstDate: '2021-06-01', seed: ctx.seed + 2 })
  const before = { ...ctx.fake.faultCounts }
  ctx.fake.faults({ rateLimited: s.rateLimited, serverError: s.serverError, hang: s.hang, hangMs: s.hangMs, retryAfterSec: s.retryAfterSec, responseUrls: true, random: mulberry32(ctx.seed + 3) })
  let acked: Acked[]
  let settledMs: number
  try {
    acked = await sendAll(plan, { urls: ctx.instances.map((i) => i.eventsUrl), concurrency: CONCURRENCY, secret: TEST_SIGNING_SECRET })
    // the app's retries back off up to 15 s between tries: wait longer than that for quiet
    settledMs = await settle(ctx.fake, expectation(plan, acked, ctx.fake), { quietMs: 17_000, maxMs: 120_000 })
  } finally {
    ctx.fake.faults(undefined)
  }
  const c = ctx.fake.faultCounts
  const pct = (x: number) => `${Math.round(x * 100)} %`
  return finish(ctx, {
    scenario: 'faults',
    plan,
    acked,
    settledMs,
    note: `Web API calls (not auth.test) and response_url posts: ${pct(s.rateLimited)} HTTP 429 (Retry-After ${s.retryAfterSec} s), ${pct(s.serverError)} HTTP 500, ${pct(s.hang)} answered after ${s.hangMs / 1000} s (carried out at once); drawn: ${c.rateLimited - before.rateLimited} × 429, ${c.serverError - before.serverError} × 500, ${c.hang - before.hang} hangs`,
    mustBeSaved: (saves) => new Set(saves.map((x) => x.token)),
  })
}

/** The SQLite library's version (the one the app's driver is built with). */
async function sqliteVersion(): Promise<string> {
  const db = new Database(':memory:')
  try {
    return `SQLite ${String((db.prepare('select sqlite_version() as v').get() as { v: string }).v)}`
  } finally {
    db.close()
  }
}

/** One database: a fresh one seeded, its instances started, the scenarios in turn; everything removed after. */
async function runOn(db: SoakDb, run: { options: SoakOptions; sizes: Sizes; report: SoakReport }): Promise<void> {
  const { options, sizes, report } = run
  const say = options.progress ?? (() => undefined)
  const scenarios = options.scenarios ?? SCENARIOS
  const dir = fs.mkdtempSync(path.join(options.tmpDir, `soak-${db}-`))
  const instances: Instance[] = []
  let fake: FakeSlack | undefined
  let pgDb: Awaited<ReturnType<typeof scratchPostgres>> | undefined
  try {
    fake = await FakeSlack.start()
    pgDb = db === 'postgres' ? await scratchPostgres() : undefined
    const storeUrl = pgDb?.url ?? `file:${dir}/soak.db`
    if (pgDb !== undefined) report.versions.postgres = `PostgreSQL ${pgDb.version}`
    else report.versions.sqlite = await sqliteVersion()
    say(`${db}: seeding ${sizes.seedEvents} events`)
    const seeded = await openStore({ url: storeUrl }) // creates the database's tables
    await createEvents(seeded.db, { actor: 'soak', source: 'demo', events: generateEvents(sizes.seedEvents).map((data, i) => ({ data, sourceKey: `soak:seed:${i}` })) })
    await seeded.close()
    const env = { SLACK_BOT_TOKEN: 'xoxb-soak', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: storeUrl, GRASSROOTS_TZ: 'Asia/Tokyo' }
    // one after the other: the first applies the migrations
    for (let i = 0; i < (db === 'postgres' ? 2 : 1); i++) instances.push(await startInstance({ env, cwd: dir }))
    say(`${db}: ${instances.length} instance(s) of grassroots serve listening`)
    const ctx: Ctx = { db, fake, instances, storeUrl, sizes, seed: options.seed ?? 7, options, scraped: [], logged: { errors: new Map(), charts: 0 }, ...(pgDb ? { postgresName: pgDb.name } : {}) }
    const runners = { load: scenarioLoad, outage: scenarioOutage, faults: scenarioFaults }
    for (const scenario of scenarios) {
      say(`${db}: ${scenario}…`)
      const started = Date.now()
      ctx.scraped = await Promise.all(instances.map((i) => i.scrape()))
      ctx.logged = { errors: errorMessages(instances), charts: instances.reduce((n, i) => n + i.chartsNotRendered(), 0) }
      ctx.loop = monitorEventLoopDelay({ resolution: 10 })
      ctx.loop.enable()
      try {
        report.sections.push(await runners[scenario](ctx))
      } finally {
        ctx.loop.disable()
      }
      say(`${db}: ${scenario} done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
  } finally {
    for (const stopped of await Promise.all(instances.map((i) => i.stop()))) report.stops.push({ db, ...stopped })
    await fake?.close()
    await pgDb?.drop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The load's requests against a server that acks at once (SoakReport.floor). */
async function measureFloor(sizes: Sizes): Promise<SoakReport['floor']> {
  const server = await startNullServer()
  try {
    const plan = planRequests({ phase: 'z', ...sizes.load, instances: 1, fakeUrl: 'http://127.0.0.1:9/', firstDate: '2019-01-01', seed: 1 })
    const acked = await sendAll(plan, { urls: [server.url], concurrency: CONCURRENCY, secret: TEST_SIGNING_SECRET })
    const sorted = acked.map((a) => a.ms).sort((a, b) => a - b)
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN, requests: sorted.length }
  } finally {
    await server.stop()
  }
}

/** Runs the soak on each database in turn; throws on a harness error (an app that would not start, a database that could not be created). */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now()
  const report: SoakReport = {
    startedAt: new Date(started).toISOString(),
    node: process.version,
    versions: {},
    cores: os.cpus().length,
    loadAverageStart: os.loadavg(),
    loadAverageEnd: [],
    quick: options.quick,
    seed: options.seed ?? 7,
    floor: undefined,
    stops: [],
    sections: [],
    durationSec: 0,
  }
  const sizes = options.quick ? QUICK : FULL
  if (options.floor !== false) report.floor = await measureFloor(sizes)
  for (const db of options.databases) await runOn(db, { options, sizes, report })
  report.loadAverageEnd = os.loadavg()
  report.durationSec = Math.round((Date.now() - started) / 1000)
  return report
}
