// The app as it runs in production: `grassroots serve` (HTTP mode) in processes of its own, one or several
// on one database; and the database outages of the soak — another process holding SQLite's write lock, or a
// PostgreSQL database closed to connections with its backends terminated.
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface Instance {
  /** http://127.0.0.1:PORT/slack/events */
  eventsUrl: string
  /** The app's own figures (GET /metrics; none from a process that died); resets its event-loop delay figures, as every scrape does. */
  scrape(): Promise<AppFigures>
  /** Still running (never restarted by the soak: a crash shows here). */
  alive(): boolean
  /**
   * Lines the app logged at error level or above (JSON lines on standard output) so far, by message (its first
   * and last line, at most 200 characters; at most 100 different messages, the rest under "…").
   */
  errorMessages(): Map<string, number>
  /** Answer charts the app left out ("answer chart not rendered", e.g. its render queue was full). */
  chartsNotRendered(): number
  /** The last lines of its output, for a harness error. */
  tail(): string
  /** SIGTERM, then SIGKILL after 15 s: how long it took and whether it had to be killed. */
  stop(): Promise<{ ms: number; killed: boolean }>
}

/**
 * Starts `grassroots serve` on port 0 with `env` (the Slack settings and DATABASE_URL) in `cwd` (where no .env
 * is read) and resolves once it listens. Rejects with the process's output when it exits or takes over 60 s.
 */
export async function startInstance(options: { env: Record<string, string>; cwd: string }): Promise<Instance> {
  // SOAK_APP_NODE_ARGS: node options for the app's processes (e.g. --cpu-prof --cpu-prof-dir=DIR, written on exit)
  const nodeArgs = (process.env.SOAK_APP_NODE_ARGS ?? '').split(' ').filter((a) => a !== '')
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin/grassroots.js'), 'serve'], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env, PORT: '0', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let chartsLeftOut = 0
  const messages = new Map<string, number>()
  let exited = false
  const lines = (chunk: Buffer) => {
    const text = chunk.toString('utf8')
    output = (output + text).slice(-20_000)
    for (const line of text.split('\n')) {
      if (/"level":(50|60)/.test(line)) {
        const msg = /"msg":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1]
        // a multi-line message (Prisma's) says where in its first line and why in its last
        const parts = (msg ?? '').split('\\n').map((p) => p.trim()).filter((p) => p !== '')
        const text = parts.length > 1 ? `${parts[0] ?? ''} … ${parts.at(-1) ?? ''}` : (parts[0] ?? '')
        const key = messages.size < 100 || messages.has(text.slice(0, 200)) ? text.slice(0, 200) : '…'
        messages.set(key, (messages.get(key) ?? 0) + 1)
      }
      if (line.includes('answer chart not rendered')) chartsLeftOut += 1
    }
  }
  child.stdout?.on('data', lines)
  child.stderr?.on('data', lines)
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true
      // an instance that dies says why: the end of its output goes to the soak's standard error
      if (process.env.SOAK_SHOW_EXIT === '1') process.stderr.write(`grassroots serve exited (${String(code ?? signal)}):\n${output.split('\n').slice(-40).join('\n')}\n`)
      resolve()
    }),
  )
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`grassroots serve did not start within 60 s:\n${output}`)), 60_000)
    const look = () => {
      const m = /listening on port (\d+)/.exec(output)
      if (m !== null) {
        clearTimeout(timer)
        child.stdout?.off('data', look)
        resolve(Number(m[1]))
      }
    }
    child.stdout?.on('data', look)
    void exit.then(() => {
      clearTimeout(timer)
      reject(new Error(`grassroots serve exited (${String(child.exitCode)}):\n${output}`))
    })
  })
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    // a process that died answers nothing: no figures (the soak reports it as not running)
    scrape: () =>
      fetch(`http://127.0.0.1:${port}/metrics`).then(
        async (res) => parseMetrics(await res.text()),
        () => ({ ackBuckets: new Map<number, number>(), loopMaxSec: Number.NaN }),
      ),
    alive: () => !exited,
    errorMessages: () => new Map(messages),
    chartsNotRendered: () => chartsLeftOut,
    tail: () => output.split('\n').slice(-30).join('\n'),
    async stop() {
      const started = Date.now()
      if (exited) return { ms: 0, killed: false }
      child.kill('SIGTERM')
      let killed = false
      const killer = setTimeout(() => {
        killed = true
        child.kill('SIGKILL')
      }, 15_000)
      await exit
      clearTimeout(killer)
      return { ms: Date.now() - started, killed }
    },
  }
}

/** What the app measures itself (GET /metrics, Prometheus text). */
export interface AppFigures {
  /** grassroots_slack_ack_seconds: cumulative count of requests per bucket bound (seconds, +Inf last), all statuses. */
  ackBuckets: Map<number, number>
  /** The longest event-loop delay since the previous scrape (seconds). */
  loopMaxSec: number
}

export function parseMetrics(text: string): AppFigures {
  const ackBuckets = new Map<number, number>()
  let loopMaxSec = 0
  for (const line of text.split('\n')) {
    const bucket = /^grassroots_slack_ack_seconds_bucket\{[^}]*le="([^"]+)"[^}]*\} (\S+)/.exec(line)
    if (bucket !== null) {
      const le = bucket[1] === '+Inf' ? Infinity : Number(bucket[1])
      ackBuckets.set(le, (ackBuckets.get(le) ?? 0) + Number(bucket[2]))
    }
    const loop = /^grassroots_nodejs_eventloop_lag_max_seconds (\S+)/.exec(line)
    if (loop !== null) loopMaxSec = Number(loop[1])
  }
  return { ackBuckets, loopMaxSec }
}

/**
 * The app's arrival → ack p99 between two scrapes of every instance, as the bound of the histogram bucket it
 * falls in (seconds; Infinity past the last bound), and the count of requests.
 */
export function ackP99Between(before: readonly AppFigures[], after: readonly AppFigures[]): { boundSec: number; count: number } {
  const delta = new Map<number, number>()
  after.forEach((a, i) => {
    for (const [le, n] of a.ackBuckets) delta.set(le, (delta.get(le) ?? 0) + n - (before[i]?.ackBuckets.get(le) ?? 0))
  })
  const bounds = [...delta.keys()].sort((x, y) => x - y)
  const count = delta.get(Infinity) ?? 0
  const bound = bounds.find((le) => (delta.get(le) ?? 0) >= 0.99 * count) ?? Infinity
  return { boundSec: bound, count }
}

/**
 * A server that acknowledges every request at once (HTTP 200, empty body) in a process of its own: the same
 * sender against it shows what the machine and the harness add to every ack (the floor of the figures).
 */
export async function startNullServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const script = `
    const http = require('node:http')
    const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200); res.end() }) })
    server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'))
    process.stdin.once('data', () => server.close(() => process.exit(0)))`
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', script], { stdio: 'pipe' })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (c: Buffer) => resolve(Number(c.toString().trim())))
    child.once('exit', (code) => reject(new Error(`null server exited (${String(code)})`)))
  })
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.stdin.write('stop\n')
      }),
  }
}

/** Another process holding SQLite's write lock (BEGIN IMMEDIATE) on `file` until release(). */
export async function holdSqliteWriteLock(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(process.argv[1])
    db.exec('BEGIN IMMEDIATE')
    process.stdout.write('locked\\n')
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0) })`
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', script, file], { cwd: ROOT, stdio: 'pipe' })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`lock holder exited (${String(code)})`)))
  })
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.stdin.write('release\n')
      }),
  }
}

/** Where scratch PostgreSQL databases are created (trust authentication); PG_ADMIN_URL overrides it. */
export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A fresh, empty PostgreSQL database for one soak run; drop() removes it (and its connections). */
export async function scratchPostgres(): Promise<{ name: string; url: string; version: string; drop(): Promise<void> }> {
  const name = `grassroots_soak_${process.pid}_${randomBytes(3).toString('hex')}`
  const version = await admin(async (c) => {
    await c.query(`CREATE DATABASE "${name}"`)
    return String((await c.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?')
  })
  const u = new URL(PG_ADMIN_URL)
  u.pathname = `/${name}`
  return {
    name,
    url: u.toString(),
    version,
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  }
}

/**
 * A PostgreSQL outage confined to one database (the server is shared, so it is not stopped): new connections
 * refused (ALTER DATABASE … ALLOW_CONNECTIONS false), then every open one terminated (pg_terminate_backend).
 * end() allows connections again. Resolves with how many backends were terminated.
 */
export async function closePostgresDatabase(name: string): Promise<{ terminated: number; end(): Promise<void> }> {
  const terminated = await admin(async (c) => {
    await c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`)
    const r = await c.query('SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])
    return r.rowCount ?? 0
  })
  return { terminated, end: () => admin(async (c) => void (await c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`))) }
}
