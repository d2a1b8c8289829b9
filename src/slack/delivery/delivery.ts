// What listeners use to post: record the message in the outbox, wake the worker, and (optionally) wait a
// little for it to be delivered — so that a reply still comes before what follows it (an answer's files).
// A delivery that takes longer goes on in the worker; the listener never posts a recorded message itself.
import type { webApi } from '@slack/bolt'
import type { Log } from '../../runtime/logger.ts'
import { retryWhileBusy } from '../../store/busy.ts'
import type { Db } from '../../store/client.ts'
import { enqueueOutbox, type OutboxReceipt } from '../../store/outbox.ts'
import { decodeRow, encodeEntry, type OutboxEntry } from './entry.ts'
import { attemptRoute } from './post.ts'
import type { DeliveryWorker } from './worker.ts'

/** How long recording a message waits out another process's SQLite write lock (ms), after the ack. */
const ENQUEUE_RETRY_MS = 10_000

export interface Delivery {
  /**
   * Records `entry` (once per key) and has it delivered. Resolves with where it was posted once delivered
   * within `waitMs` (default 0: do not wait), else undefined — the worker goes on trying. Never throws:
   * when the database cannot record it, each route is tried once right away instead (logged).
   */
  send(entry: OutboxEntry, options?: { waitMs?: number }): Promise<OutboxReceipt | undefined>
  /** Wakes the worker: rows were recorded by another transaction (a saved event's confirmation). */
  kick(): void
}

export function createDelivery(options: { db: Db; worker: DeliveryWorker; client: webApi.WebClient; attemptTimeoutMs: number; log?: Log }): Delivery {
  const { db, worker } = options
  const log = options.log?.child({ component: 'slack-delivery' })
  return {
    kick: () => worker.kick(),
    async send(entry, { waitMs = 0 } = {}) {
      const row = encodeEntry(entry)
      let id: number
      try {
        id = (await retryWhileBusy(() => enqueueOutbox(db, row), { until: Date.now() + ENQUEUE_RETRY_MS })).id
      } catch (e) {
        log?.error({ key: entry.key, purpose: entry.purpose, error: String(e) }, 'outbox not written; posting once without it')
        return postOnce(row, options)
      }
      worker.kick()
      return waitMs > 0 ? worker.waitDelivered(id, waitMs) : undefined
    },
  }
}

/**
 * The last resort when the outbox cannot be written: each route once, in order, until one works — or until
 * one may have (an unknown outcome: nothing is posted after it, as the worker does not either).
 */
async function postOnce(row: { key: string; routes: string; message: string }, options: { client: webApi.WebClient; attemptTimeoutMs: number }): Promise<OutboxReceipt | undefined> {
  const decoded = decodeRow(row)
  if (decoded === undefined) return undefined
  for (const route of decoded.routes) {
    const attempt = await attemptRoute(route, decoded.message, { client: options.client, timeoutMs: options.attemptTimeoutMs, key: row.key })
    if (attempt.kind === 'delivered') return attempt.receipt
    if (attempt.kind === 'unknown') return undefined
  }
  return undefined
}
