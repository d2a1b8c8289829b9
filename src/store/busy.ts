// SQLite allows one writer at a time. better-sqlite3 waits for a held write lock *synchronously* (its busy
// timeout), and a synchronous wait stops every other request of the process: with 15 s, /healthz took 9.3 s
// while `grassroots import` held the lock. The server therefore waits only a few milliseconds inside SQLite
// and retries whole operations asynchronously, between which the event loop serves everything else.
// PostgreSQL waits for locks asynchronously already; its errors are never "busy" here.
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'

/** The server's synchronous wait for a SQLite write lock (ms): short enough not to hold up other requests. */
export const SERVER_BUSY_TIMEOUT_MS = 25

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

/**
 * Runs `work` (one whole operation or transaction: all or nothing), again after an asynchronous pause while
 * SQLite answers busy, until the epoch ms `until`; then throws the last busy error. Other errors at once.
 * Pauses grow from 10 ms to 100 ms.
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, options: { until: number }): Promise<T> {
  let pause = 10
  for (;;) {
    try {
      return await work()
    } catch (e) {
      if (!isBusy(e) || Date.now() + pause >= options.until) throw e
      await sleep(pause)
      pause = Math.min(100, pause * 2)
    }
  }
}
