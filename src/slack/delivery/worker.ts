// The delivery worker: posts the outbox's rows (src/store/outbox.ts), in-process. It drains at start (rows
// left by a crash or by a stopped instance), when woken (a row was just recorded) and when the next row
// falls due (a backoff or a Retry-After ends; every `pollMs` at the latest, for rows of other instances
// whose worker died). A row is leased before it is posted, so two workers never post one row twice.
//
// Once, even when Slack's answer is lost. A try whose outcome is unknown (the request left, no answer came
// back in time, or the connection dropped) may have been carried out, so it is never simply repeated:
// - chat.postMessage (a channel, a thread, the user's DM) carries the row's key in message metadata. A row
//   taken again (after an unknown outcome, a worker that died holding it, or any other failed try: the
//   worker keeps no finer record, and a lookup costs one read) has its conversation read first
//   (conversations.history, conversations.replies for a thread; lookup.ts) from just before the row was
//   recorded, and a message with that key marks the row delivered with its ts instead of a new post. A
//   lookup that keeps failing lets the post go ahead (at least once, logged).
// - A response_url post or a chat.postEphemeral cannot be looked up afterwards (Slack shows neither in any
//   history), so there the message is delivered at most once: after an unknown outcome the row is marked
//   delivered, noted "unconfirmed" in lastError and logged, and is neither posted again nor sent by the next
//   route. The hang almost always comes after Slack has shown it, and a second copy (a second save
//   confirmation with its own Edit / Delete, a second answer) misleads more than a reply lost now and then,
//   which the user can ask for again.
import { randomUUID } from 'node:crypto'
import type { webApi } from '@slack/bolt'
import type { Log } from '../../runtime/logger.ts'
import { retryWhileBusy } from '../../store/busy.ts'
import type { Db } from '../../store/client.ts'
import {
  dueOutboxIds,
  failOutboxRow,
  leaseOutboxRow,
  markOutboxDelivered,
  nextOutboxDue,
  outboxRow,
  pruneOutbox,
  rescheduleOutboxRow,
  type OutboxReceipt,
  type OutboxRow,
} from '../../store/outbox.ts'
import { decodeRow, encodeEntry, failureRoutes } from './entry.ts'
import { findPosted, isCheckable } from './lookup.ts'
import { attemptRoute } from './post.ts'

/** Retries, timeouts and leases of deliveries, in ms. */
export interface DeliveryTiming {
  /** First pause after a passing failure; each next one doubles (with jitter), up to retryMaxMs. */
  retryBaseMs: number
  retryMaxMs: number
  /** Tries of one route before the next route is taken. */
  attemptsPerRoute: number
  /** One HTTP request's deadline. */
  attemptTimeoutMs: number
  /** How long a taken row is the worker's: longer than a row's tries in one go (every route, each timing out). */
  leaseMs: number
  /** The longest sleep between looks at the table. */
  pollMs: number
  /** Rows posted at the same time. */
  concurrency: number
  /** How long delivered and failed rows are kept for inquiry before they are deleted. */
  keepMs: number
}

/** About five tries per route over half a minute, as WebClient's own retries did; a Retry-After always waits. */
export const PRODUCTION_DELIVERY_TIMING: DeliveryTiming = {
  retryBaseMs: 1000,
  retryMaxMs: 30_000,
  attemptsPerRoute: 5,
  attemptTimeoutMs: 10_000,
  leaseMs: 60_000,
  pollMs: 5000,
  concurrency: 4,
  keepMs: 7 * 24 * 3600_000,
}

/** How often finished rows are pruned (ms). */
const PRUNE_EVERY_MS = 3600_000

/** A final outcome, for metrics. */
export interface DeliveryOutcome {
  purpose: string
  outcome: 'delivered' | 'failed'
  /** The route that worked (delivered). */
  via?: string
}

export interface DeliveryWorker {
  /** Starts: drains at once, then keeps delivering until stop(). */
  start(): void
  /** Stops taking rows and waits for the posts under way (rows due later stay in the table). */
  stop(): Promise<void>
  /** Wakes the worker: a row was just recorded. */
  kick(): void
  /** One pass over every row due now (what start() and kick() run); resolves when it is over. */
  drain(): Promise<void>
  /**
   * Resolves with the receipt once row `id` is delivered (by this worker, or already), undefined when it
   * failed or `waitMs` passed first.
   */
  waitDelivered(id: number, waitMs: number): Promise<OutboxReceipt | undefined>
}

/** The pause before try `n` (1: the first retry) of a route: exponential, half of it random. */
export function backoffMs(n: number, timing: Pick<DeliveryTiming, 'retryBaseMs' | 'retryMaxMs'>, random: () => number = Math.random): number {
  const full = Math.min(timing.retryMaxMs, timing.retryBaseMs * 2 ** Math.max(0, n - 1))
  return Math.round(full / 2 + (full / 2) * random())
}

export function createDeliveryWorker(options: {
  db: Db
  /** A Web API client that does not retry (retries: 0, rejectRateLimitedCalls): the worker does. */
  client: webApi.WebClient
  timing?: Partial<DeliveryTiming>
  log?: Log
  /** Names this worker in the lease column (default: a random id per process). */
  workerId?: string
  onOutcome?: (outcome: DeliveryOutcome) => void
}): DeliveryWorker {
  const { db, client } = options
  const timing = { ...PRODUCTION_DELIVERY_TIMING, ...options.timing }
  const worker = options.workerId ?? `worker-${randomUUID()}`
  const log = options.log?.child({ component: 'slack-delivery' })
  const waiters = new Map<number, Set<(r: OutboxReceipt | undefined) => void>>()
  let running = false
  let pass: Promise<void> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined

  // A write after a post must land, or the row would be posted again when the lease runs out: another
  // process's SQLite write lock (an import) is waited out, asynchronously, for up to half a lease.
  const write = <T>(work: () => Promise<T>): Promise<T> => retryWhileBusy(work, { until: Date.now() + timing.leaseMs / 2 })

  const settle = (id: number, receipt: OutboxReceipt | undefined) => {
    for (const w of waiters.get(id) ?? []) w(receipt)
    waiters.delete(id)
  }

  /** Tries the row's routes from its current one while the lease holds; reschedules, delivers or fails it. */
  async function deliver(row: OutboxRow): Promise<void> {
    const decoded = decodeRow(row)
    if (decoded === undefined) {
      log?.error({ outbox: row.id, key: row.key }, 'outbox row cannot be read; marked failed')
      await write(() => failOutboxRow(db, { id: row.id, worker, lastError: 'unreadable row', routeIndex: row.routeIndex }))
      settle(row.id, undefined)
      return
    }
    const { routes, message } = decoded
    let routeIndex = row.routeIndex
    let routeAttempts = row.routeAttempts
    let lastError = row.lastError ?? ''
    // Taken before (`attempts` counts this lease too): an earlier try may have been carried out without its
    // answer reaching us (an unknown outcome, a worker that died while posting): on the route the row resumes
    // on, the message is looked for before it is posted.
    let mayBePosted = row.attempts > 1

    const delivered = async (via: string, receipt: OutboxReceipt, note?: string) => {
      if (!(await write(() => markOutboxDelivered(db, { id: row.id, worker, receipt, at: new Date(), ...(note !== undefined ? { note } : {}) })))) return
      if (routeIndex > 0) log?.warn({ outbox: row.id, purpose: row.purpose, via, lastError }, 'Slack message delivered by a fallback route')
      options.onOutcome?.({ purpose: row.purpose, outcome: 'delivered', via })
      settle(row.id, receipt)
    }
    const later = (pause: number, attempts: number) =>
      write(() => rescheduleOutboxRow(db, { id: row.id, worker, nextAttemptAt: new Date(Date.now() + pause), routeIndex, routeAttempts: attempts, lastError }))

    while (routeIndex < routes.length) {
      const route = routes[routeIndex]!
      if (mayBePosted && isCheckable(route)) {
        const lookup = await findPosted(route, { client, key: row.key, since: row.createdAt })
        if (lookup.kind === 'found') {
          log?.info({ outbox: row.id, purpose: row.purpose, route: route.kind, lastError }, 'Slack message found posted by an earlier try; not posted again')
          await delivered(route.kind, lookup.receipt)
          return
        }
        if (lookup.kind === 'retry' && routeAttempts + 1 < timing.attemptsPerRoute) {
          lastError = `${route.kind}: lookup: ${lookup.error}`
          await later(lookup.afterMs ?? backoffMs(routeAttempts + 1, timing), routeAttempts + 1)
          return
        }
        if (lookup.kind === 'absent' && routeAttempts >= timing.attemptsPerRoute) {
          // an unknown outcome ended this route's last try, and it had not been carried out
          log?.warn({ outbox: row.id, purpose: row.purpose, route: route.kind, lastError }, 'Slack route given up; trying the next')
          routeIndex += 1
          routeAttempts = 0
          mayBePosted = false
          continue
        }
        if (lookup.kind !== 'absent') log?.warn({ outbox: row.id, purpose: row.purpose, route: route.kind, error: lookup.error }, 'Slack message could not be looked up; posting it again')
      }
      mayBePosted = false
      const attempt = await attemptRoute(route, message, { client, timeoutMs: timing.attemptTimeoutMs, key: row.key })
      if (attempt.kind === 'delivered') {
        await delivered(route.kind, attempt.receipt)
        return
      }
      lastError = `${route.kind}: ${attempt.error}`
      if (attempt.kind === 'unknown') {
        if (!isCheckable(route)) {
          // at most once where Slack cannot be asked: the user most likely has it already
          log?.warn({ outbox: row.id, purpose: row.purpose, route: route.kind, error: attempt.error }, 'Slack message may have been delivered (no answer); not posted again')
          await delivered(route.kind, { via: route.kind, channel: null, ts: null }, `unconfirmed: ${lastError}`)
          return
        }
        // looked up before any new try, once Slack has had the time to finish what it was doing
        const pause = Math.max(backoffMs(routeAttempts + 1, timing), timing.attemptTimeoutMs)
        log?.info({ outbox: row.id, purpose: row.purpose, route: route.kind, error: attempt.error, lookupInMs: pause }, 'Slack message may have been posted; looked up before any new try')
        await later(pause, routeAttempts + 1)
        return
      }
      if (attempt.kind === 'retry' && routeAttempts + 1 < timing.attemptsPerRoute) {
        const pause = attempt.afterMs ?? backoffMs(routeAttempts + 1, timing)
        log?.info({ outbox: row.id, purpose: row.purpose, route: route.kind, error: attempt.error, retryInMs: pause }, 'Slack message not delivered yet; retrying')
        await later(pause, routeAttempts + 1)
        return
      }
      log?.warn({ outbox: row.id, purpose: row.purpose, route: route.kind, error: attempt.error }, 'Slack route given up; trying the next')
      routeIndex += 1
      routeAttempts = 0
    }
    // every route tried: the user is told, by a note of its own (recorded with the failure, delivered like any row)
    const notice =
      row.failureText !== null && row.userId !== null
        ? encodeEntry({ key: `${row.key}:failed`, purpose: 'failure', userId: row.userId, routes: failureRoutes(routes, row.userId), message: { text: row.failureText } })
        : undefined
    if (await write(() => failOutboxRow(db, { id: row.id, worker, lastError, routeIndex, ...(notice ? { notice } : {}) }))) {
      log?.error({ outbox: row.id, purpose: row.purpose, key: row.key, lastError, told: notice !== undefined }, 'Slack message could not be delivered')
      options.onOutcome?.({ purpose: row.purpose, outcome: 'failed' })
      settle(row.id, undefined)
      if (notice !== undefined) again = true
    }
  }

  async function take(id: number): Promise<void> {
    const row = await leaseOutboxRow(db, { id, worker, now: new Date(), leaseMs: timing.leaseMs })
    if (row !== null) await deliver(row)
  }

  let prunedAt = 0
  async function prune(): Promise<void> {
    if (Date.now() - prunedAt < PRUNE_EVERY_MS) return
    prunedAt = Date.now()
    const n = await pruneOutbox(db, new Date(Date.now() - timing.keepMs)).catch(() => 0)
    if (n > 0) log?.info({ rows: n }, 'old outbox rows deleted')
  }

  async function drainOnce(): Promise<void> {
    await prune()
    // a bounded number of rounds: rows that fall due while draining are taken by the next pass
    for (let round = 0; round < 50; round++) {
      const ids = await dueOutboxIds(db, { now: new Date(), take: timing.concurrency })
      if (ids.length === 0) return
      const results = await Promise.allSettled(ids.map(take))
      for (const r of results) if (r.status === 'rejected') log?.warn({ error: String(r.reason) }, 'outbox row not handled; tried again later')
      if (results.every((r) => r.status === 'rejected')) return // the database fails: wait for the next wake-up
    }
  }

  async function wakeIn(): Promise<number> {
    const due = await nextOutboxDue(db).catch(() => undefined)
    if (due === undefined) return timing.pollMs
    return Math.max(0, Math.min(timing.pollMs, due.getTime() - Date.now()))
  }

  function run(): Promise<void> {
    if (pass !== undefined) {
      again = true
      return pass
    }
    clearTimeout(timer)
    pass = (async () => {
      do {
        again = false
        await drainOnce().catch((e: unknown) => log?.warn({ error: String(e) }, 'outbox not read; tried again later'))
      } while (again && running)
    })().finally(async () => {
      pass = undefined
      if (!running) return
      const ms = await wakeIn()
      if (!running || pass !== undefined) return
      clearTimeout(timer)
      timer = setTimeout(() => void run(), ms)
    })
    return pass
  }

  return {
    start() {
      if (running) return
      running = true
      void run()
    },
    async stop() {
      running = false
      clearTimeout(timer)
      await pass
      for (const id of [...waiters.keys()]) settle(id, undefined)
    },
    kick() {
      if (running) void run()
    },
    drain: () => run(),
    async waitDelivered(id, waitMs) {
      let poll: NodeJS.Timeout | undefined
      let finished = false
      const wait = new Promise<OutboxReceipt | undefined>((resolve) => {
        const timeout = setTimeout(() => done(undefined), waitMs)
        const done = (r: OutboxReceipt | undefined) => {
          finished = true
          clearTimeout(timeout)
          clearInterval(poll)
          waiters.get(id)?.delete(done)
          resolve(r)
        }
        const set = waiters.get(id) ?? new Set()
        set.add(done)
        waiters.set(id, set)
      })
      // delivered already (before the wait began), or meanwhile by another instance's worker
      const look = async () => {
        const row = await outboxRow(db, id).catch(() => null)
        if (row !== null && row.status !== 'pending') settle(id, row.status === 'delivered' ? { via: row.deliveredVia ?? '', channel: row.deliveredChannel, ts: row.deliveredTs } : undefined)
      }
      await look()
      if (!finished) poll = setInterval(() => void look(), Math.min(timing.pollMs, 1000))
      return wait
    },
  }
}
