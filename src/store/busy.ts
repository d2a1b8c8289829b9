// SQLite allows one writer at a time. better-sqlite3 waits for a held write lock *synchronously* (its busy
// timeout), and a synchronous wait stops every other request of the process: with 15 s, /healthz took 9.3 s
// while `grassroots import` held the lock. The server therefore does not wait inside SQLite at all and retries
// whole operations asynchronously, between which the event loop serves everything else: even 25 ms inside
// SQLite, taken by every one of tens of requests retrying at once, held acks for 7 s during a 10 s lock.
// PostgreSQL waits for locks asynchronously already; its errors are never "busy" here.
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'

/** The server's synchronous wait for a SQLite write lock (ms): none, so that no request holds up the others. */
export const SERVER_BUSY_TIMEOUT_MS = 0

/** The command line's (ms): nothing else runs in that process, so waiting inside SQLite is fine. */
export const CLI_BUSY_TIMEOUT_MS = 15_000

/** The shapes a SQLITE_BUSY takes: Prisma's P1008 with the driver adapter's cause, or the adapter's own error. */
const busyShapeSchema = z.union([
  z.object({ meta: z.object({ driverAdapterError: z.object({ cause: z.object({ originalCode: z.string().startsWith('SQLITE_BUSY') }) }) }) }),
  z.object({ cause: z.object({ originalCode: z.string().startsWith('SQLITE_BUSY') }) }),
  z.object({ code: z.string().startsWith('SQLITE_BUSY') }),
])

/** True when `e` says another connection holds SQLite's write lock (nothing of this operation was written). */
export function isBusy(e: unknown): boolean {
  return busyShapeSchema.safeParse(e).success
}

// PostgreSQL unreachable for a while (a restart, a failover, connections refused or cut by an operator):
// SQLSTATE classes 08 (connection) and 57P (operator intervention), 55000 with "not accepting connections",
// 53300 (too many connections), the socket's own errors, and Prisma's "can't reach" / "closed" / pool timeout.
const UNREACHABLE_CODES = /^(?:08\d{3}|57P0[123]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|P1001|P1002|P1017|P2024)$/
const UNREACHABLE_TEXT = /not currently accepting connections|Connection terminated|terminating connection|Can't reach database server|Server has closed the connection|the database system is (?:starting up|shutting down)/i

/** The codes an error carries, at any of the depths Prisma and the driver adapter put them. */
function codesOf(e: unknown, depth = 0): string[] {
  if (e === null || typeof e !== 'object' || depth > 4) return []
  const o = e as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown }
  const own = [o.code, o.originalCode].filter((c): c is string => typeof c === 'string')
  return [...own, ...codesOf(o.meta?.driverAdapterError, depth + 1), ...codesOf(o.cause, depth + 1)]
}

/**
 * True when `e` says the database cannot be reached just now (PostgreSQL down, restarting or refusing
 * connections): the operation did not run, or — a connection cut at commit — ran with a key that makes a
 * second run a no-op (every write retried here is keyed: claims, outbox rows, events by source key).
 */
export function isUnreachable(e: unknown): boolean {
  if (codesOf(e).some((c) => UNREACHABLE_CODES.test(c))) return true
  const message = e instanceof Error ? e.message : ''
  return UNREACHABLE_TEXT.test(message)
}

/**
 * Runs `work` (one whole operation or transaction: all or nothing), again after an asynchronous pause while
 * SQLite answers busy or the database cannot be reached, until the epoch ms `until`; then throws the last
 * such error. Other errors at once. Pauses grow from 10 ms to 100 ms (busy) or to 1 s (unreachable).
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, options: { until: number }): Promise<T> {
  let pause = 10
  for (;;) {
    try {
      return await work()
    } catch (e) {
      const unreachable = !isBusy(e) && isUnreachable(e)
      if ((!isBusy(e) && !unreachable) || Date.now() + pause >= options.until) throw e
      await sleep(pause)
      pause = Math.min(unreachable ? 1000 : 100, pause * 2)
    }
  }
}
