// `npm run bench -- slack`: how fast the Slack app acknowledges and opens forms, idle and while charts are
// drawn. The real app (HTTP mode, real SQLite with generated events, the real question service) on
// 127.0.0.1; Slack's side runs in a worker thread: it signs and sends the requests, and it is also the Web
// API the app calls, so every time is taken on a clock that the app's own event loop cannot hold up.
//
// Figures, each idle and while 5 answers with a 51-state chart render at once (the product's real path:
// 5 concurrent `/grassroots ask events by state`):
// - ack latency p50/p99 of 50 concurrent signed slash commands (half `log`, half `list fy 2022`), then 50
//   more in waves of 5 every 250 ms (so that some arrive while a chart is drawn); goal p99 < 100 ms
// - command → views.open: from sending `/grassroots log` to the Web API receiving views.open (a trigger_id
//   expires 3 s after the command); goal under 1 s
// - the app's event-loop delay p99 (perf_hooks.monitorEventLoopDelay) during each run.
import diagnostics from 'node:diagnostics_channel'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { LogLevel } from '@slack/bolt'
import { createServices, createSlackApp } from '../src/app.ts'
import { chartRendererFrom } from '../src/charts/renderer.ts'
import { loadAppConfig } from '../src/config.ts'
import { openStore } from '../src/store/client.ts'
import { createEvents } from '../src/store/events.ts'
import { formBody, slashCommandFields } from '../test/slack/payloads.ts'
import { TEST_SIGNING_SECRET } from '../test/slack/signing.ts'
import { generateEvents } from './generate.ts'

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i] ?? Number.NaN
}

// Plain JavaScript, run in the worker. Slack's side: posts signed requests and records when each was
// acknowledged; answers the app's Web API calls (views.open recorded by trigger_id, file uploads counted).
const SLACK_SIDE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHmac } = require('node:crypto')
const http = require('node:http')
const now = () => performance.timeOrigin + performance.now()
const opened = new Map()
const counts = { uploads: 0, responses: 0 }
let views = 0
let base = ''
const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (c) => chunks.push(c))
  req.on('end', () => {
    const at = now()
    const url = new URL(req.url, 'http://x')
    const body = Buffer.concat(chunks).toString('utf8')
    const send = (data) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(data)) }
    if (url.pathname.startsWith('/response/')) { counts.responses++; return send({ ok: true }) }
    if (url.pathname.startsWith('/upload/')) return send({ ok: true })
    const method = url.pathname.replace('/api/', '')
    const args = req.headers['content-type']?.startsWith('application/json') ? JSON.parse(body || '{}') : Object.fromEntries(new URLSearchParams(body))
    switch (method) {
      case 'auth.test': return send({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0FAKE' })
      case 'views.open': opened.set(args.trigger_id, at); views++; return send({ ok: true, view: { id: 'V' + views } })
      case 'views.update': return send({ ok: true, view: { id: args.view_id } })
      case 'users.info': return send({ ok: true, user: { id: args.user, locale: 'en-US' } })
      case 'chat.postMessage': return send({ ok: true, channel: args.channel, ts: String(at / 1000) })
      case 'files.getUploadURLExternal': return send({ ok: true, upload_url: base + 'upload/' + views, file_id: 'F' + at })
      case 'files.completeUploadExternal': counts.uploads++; return send({ ok: true, files: [] })
      default: return send({ ok: true })
    }
  })
})
// the app keeps its Web API connections open: never close one under it between calls
server.keepAliveTimeout = 120000
async function post(target, body) {
  const ts = Math.floor(Date.now() / 1000)
  const sig = 'v0=' + createHmac('sha256', workerData.secret).update('v0:' + ts + ':' + body).digest('hex')
  const sent = now()
  // a new connection per request, as Slack's many senders would (no reuse of a connection the app closed)
  const status = await new Promise((resolve) => {
    const req = http.request(target, { method: 'POST', agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode))
    })
    req.on('error', () => resolve(0))
    req.end(body)
  })
  return { status, sent, ms: now() - sent }
}
parentPort.on('message', async (m) => {
  const reply = (value) => parentPort.postMessage({ id: m.id, value })
  if (m.type === 'listen') server.listen(0, '127.0.0.1', () => { base = 'http://127.0.0.1:' + server.address().port + '/'; reply(server.address().port) })
  if (m.type === 'round') reply(await Promise.all(m.bodies.map((b) => post(m.url, b))))
  if (m.type === 'state') reply({ opened: Object.fromEntries(opened), ...counts })
  if (m.type === 'close') server.close(() => reply('closed'))
})
`

interface Sent {
  status: number
  /** When it was sent (ms since the epoch, worker clock). */
  sent: number
  /** Until the HTTP answer (the ack). */
  ms: number
}

interface RunFigures {
  /** In the app: from the request's arrival to its answer written (Node's http diagnostics channels). */
  serverP50: number
  serverP99: number
  ackP50: number
  ackP99: number
  ackMax: number
  non200: number
  openP50: number
  openP99: number
  openMax: number
  /** log commands whose views.open never came within the wait. */
  notOpened: number
  loopP99: number
  loopMax: number
}

export async function benchSlack(concurrent = 50, charts = 5): Promise<{ idle: RunFigures; rendering: RunFigures }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-slack-'))
  const slackSide = new Worker(SLACK_SIDE, { eval: true, workerData: { secret: TEST_SIGNING_SECRET } })
  // several calls may be under way at once (waves of commands): each answer carries its call's id
  const pending = new Map<number, (value: unknown) => void>()
  let nextId = 0
  slackSide.on('message', (m: { id: number; value: unknown }) => {
    pending.get(m.id)?.(m.value)
    pending.delete(m.id)
  })
  const call = <T>(message: Record<string, unknown>): Promise<T> =>
    new Promise((resolve) => {
      nextId += 1
      pending.set(nextId, resolve as (value: unknown) => void)
      slackSide.postMessage({ ...message, id: nextId })
    })
  const apiPort = await call<number>({ type: 'listen' })
  const base = `http://127.0.0.1:${apiPort}/`

  const config = loadAppConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: `${base}api/`,
    DATABASE_URL: `file:${dir}/bench.db`,
    GRASSROOTS_TZ: 'Asia/Tokyo',
  })
  const store = await openStore({ url: config.databaseUrl })
  await createEvents(store.db, { actor: 'bench', source: 'demo', events: generateEvents(5000).map((data, i) => ({ data, sourceKey: `bench:${i}` })) })
  // the app's chart renderer (worker pool), as `serve` builds it
  const renderer = chartRendererFrom(config.charts)
  const slack = createSlackApp({ config, db: store.db, services: createServices({ config, db: store.db, charts: renderer }), logLevel: LogLevel.ERROR, retryConfig: { retries: 0 } })
  const { port } = await slack.start({ port: 0, host: '127.0.0.1' })
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`

  let seq = 0
  const command = (text: string, userId: string) => {
    seq += 1
    const triggerId = `trigger-${seq}`
    return { triggerId, body: formBody(slashCommandFields({ text, userId, channelId: 'C0BENCH', responseUrl: `${base}response/${seq}`, triggerId })) }
  }
  const round = (bodies: string[]) => call<Sent[]>({ type: 'round', url: eventsUrl, bodies })
  const state = () => call<{ opened: Record<string, number>; uploads: number; responses: number }>({ type: 'state' })
  const waitUntil = async (ok: (s: Awaited<ReturnType<typeof state>>) => boolean, ms: number) => {
    const deadline = Date.now() + ms
    for (;;) {
      const s = await state()
      if (ok(s) || Date.now() > deadline) return s
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const QUESTION = 'ask events by state'

  // The app's side of each request, measured where it runs: arrival of the request → its answer written. The
  // sender's figures (ack p50/p99 below) add what the sending side and the connections cost on the same cores.
  const serverTimes: number[] = []
  const arrivals = new WeakMap<object, number>()
  const onStart = (m: unknown) => {
    const { request } = m as { request: { url?: string } }
    if (request.url?.startsWith('/slack/events')) arrivals.set(request, performance.now())
  }
  const onFinish = (m: unknown) => {
    const { request } = m as { request: object }
    const at = arrivals.get(request)
    if (at !== undefined) serverTimes.push(performance.now() - at)
  }
  diagnostics.subscribe('http.server.request.start', onStart)
  diagnostics.subscribe('http.server.response.finish', onFinish)

  async function run(withCharts: boolean): Promise<RunFigures> {
    const loop = monitorEventLoopDelay({ resolution: 10 })
    loop.enable()
    serverTimes.length = 0
    const before = await state()
    if (withCharts) {
      // 5 answers at once; each posts its words, then draws its 51-state chart on the app's thread
      const asks = Array.from({ length: charts }, (_, i) => command(QUESTION, `U0CHART${i}`).body)
      void round(asks)
    }
    // the commands: all at once, then the same number again in waves over the next seconds, so that some
    // arrive while a chart is being drawn whenever that happens
    const cmds = Array.from({ length: concurrent * 2 }, (_, i) => command(i % 2 === 0 ? 'log' : 'list fy 2022', `U0BENCH${i % concurrent}`))
    const waves = 10
    const burst = round(cmds.slice(0, concurrent).map((c) => c.body))
    const spread = Array.from({ length: waves }, async (_, w) => {
      await new Promise((r) => setTimeout(r, 250 * (w + 1)))
      const size = concurrent / waves
      return round(cmds.slice(concurrent + w * size, concurrent + (w + 1) * size).map((c) => c.body))
    })
    const results = [...(await burst), ...(await Promise.all(spread)).flat()]
    const logs = cmds.map((c, i) => ({ ...c, sent: results[i]!.sent })).filter((_, i) => i % 2 === 0)
    const after = await waitUntil(
      (s) => logs.every((l) => s.opened[l.triggerId] !== undefined) && (!withCharts || s.uploads >= before.uploads + charts),
      60_000,
    )
    loop.disable()
    const server = [...serverTimes].sort((a, b) => a - b)
    const ms = results.map((r) => r.ms).sort((a, b) => a - b)
    const opens = logs.flatMap((l) => (after.opened[l.triggerId] === undefined ? [] : [after.opened[l.triggerId]! - l.sent])).sort((a, b) => a - b)
    return {
      serverP50: percentile(server, 50),
      serverP99: percentile(server, 99),
      ackP50: percentile(ms, 50),
      ackP99: percentile(ms, 99),
      ackMax: ms.at(-1) ?? Number.NaN,
      non200: results.filter((r) => r.status !== 200).length,
      openP50: percentile(opens, 50),
      openP99: percentile(opens, 99),
      openMax: opens.at(-1) ?? Number.NaN,
      notOpened: logs.length - opens.length,
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
    }
  }

  try {
    // untimed: module loading, connections, Prisma's first queries, the chart renderer's first use
    await run(true)
    const idle = await run(false)
    const rendering = await run(true)
    const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—')
    const rows: Array<[string, (r: RunFigures) => string]> = [
      ['in the app: arrival → ack written, p50', (r) => f(r.serverP50)],
      ['in the app: arrival → ack written, p99', (r) => f(r.serverP99)],
      ['ack p50', (r) => f(r.ackP50)],
      ['ack p99 (goal < 100 ms)', (r) => f(r.ackP99)],
      ['ack max (Slack gives up at 3 s)', (r) => f(r.ackMax)],
      ['non-200 answers', (r) => String(r.non200)],
      ['command → views.open p50', (r) => f(r.openP50)],
      ['command → views.open p99 (goal < 1 s)', (r) => f(r.openP99)],
      ['command → views.open max (trigger expires at 3 s)', (r) => f(r.openMax)],
      ['forms never opened', (r) => String(r.notOpened)],
      ['event-loop delay p99 (10 ms samples)', (r) => f(r.loopP99)],
      ['event-loop delay max (longest block)', (r) => f(r.loopMax)],
    ]
    console.log(`(load average when done: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores: other work on the machine slows every figure)`)
    console.log(`slack: ${concurrent} concurrent signed slash commands + ${concurrent} in waves (half /grassroots log), idle and while ${charts} answers with a 51-state chart render`)
    console.log(`  ${''.padEnd(50)} ${'idle'.padStart(10)} ${'charts'.padStart(10)}`)
    for (const [label, value] of rows) console.log(`  ${label.padEnd(50)} ${value(idle).padStart(10)} ${value(rendering).padStart(10)}`)
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
    console.log(`  goal ack p99 < 100 ms: idle ${met(idle.ackP99 < 100)}, while rendering ${met(rendering.ackP99 < 100)}`)
    console.log(`  goal views.open < 1 s while rendering: ${met(rendering.openMax < 1000 && rendering.notOpened === 0)}`)
    return { idle, rendering }
  } finally {
    diagnostics.unsubscribe('http.server.request.start', onStart)
    diagnostics.unsubscribe('http.server.response.finish', onFinish)
    await slack.stop(5000)
    await renderer.close()
    await store.close()
    await call({ type: 'close' })
    await slackSide.terminate()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
