// Runs the digest on its schedule (croner, in the digest's time zone). At start it runs once, so a period
// missed while the app was down is posted on return (late, and only the latest one). When another instance
// holds the period, or a run fails, it tries again after the lease: a claim left by a crash is taken over.
import { Cron } from 'croner'
import type { DigestConfig } from '../config.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import type { Db } from '../store/client.ts'
import type { DigestLinks } from './content.ts'
import type { DigestPoster } from './poster.ts'
import { DEFAULT_LEASE_MS, newInstanceId, runDigest, type DigestLog, type RunDigestOutcome } from './run.ts'

export interface DigestScheduler {
  /** Runs now (as the schedule would); resolves with what happened. */
  runNow(): Promise<RunDigestOutcome | { status: 'disabled' } | { status: 'failed'; error: string }>
  /** No new run starts; resolves when a run already under way has finished (so the database can close). */
  stop(): Promise<void>
}

export function startDigestScheduler(options: {
  db: Db
  poster: DigestPoster
  config: Pick<DigestConfig, 'channelId' | 'cron' | 'timeZone'>
  log?: DigestLog
  links?: DigestLinks
  charts?: ChartRenderer
  leaseMs?: number
  /** Clock, for tests. */
  now?: () => Date
}): DigestScheduler {
  const { db, poster, config, log } = options
  const channel = config.channelId
  if (channel === undefined) {
    log?.('weekly digest disabled: DIGEST_CHANNEL_ID is not set')
    return { runNow: async () => ({ status: 'disabled' }), stop: async () => {} }
  }
  const instanceId = newInstanceId()
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
  let stopped = false
  let retry: NodeJS.Timeout | undefined

  const scheduleRetry = (ms: number) => {
    if (stopped) return
    if (retry !== undefined) clearTimeout(retry)
    retry = setTimeout(() => void run(), ms + 1000)
    retry.unref()
  }

  const inFlight = new Set<Promise<unknown>>()
  const run: DigestScheduler['runNow'] = () => {
    const p = runOnce()
    inFlight.add(p)
    void p.finally(() => inFlight.delete(p))
    return p
  }

  const runOnce: DigestScheduler['runNow'] = async () => {
    if (stopped) return { status: 'disabled' }
    try {
      const outcome = await runDigest({
        db,
        poster,
        channel,
        cron: config.cron,
        timeZone: config.timeZone,
        instanceId,
        leaseMs,
        ...(options.now ? { now: options.now() } : {}),
        ...(options.links ? { links: options.links } : {}),
        ...(options.charts ? { charts: options.charts } : {}),
        ...(log ? { log } : {}),
      })
      if (outcome.status === 'busy') scheduleRetry(outcome.retryAfterMs)
      if (outcome.status === 'posted') log?.('weekly digest posted', { period: outcome.period, ts: outcome.ts, late: outcome.late, recovered: outcome.recovered })
      return outcome
    } catch (e) {
      const error = (e as Error).message
      log?.('weekly digest failed; will retry after the lease', { error })
      scheduleRetry(leaseMs)
      return { status: 'failed', error }
    }
  }

  const job = new Cron(config.cron, { timezone: config.timeZone, protect: true }, () => void run())
  // Catch up at start: posts the latest period if it was missed (and does nothing if it was posted).
  void run()
  return {
    runNow: run,
    stop: async () => {
      stopped = true
      job.stop()
      if (retry !== undefined) clearTimeout(retry)
      await Promise.allSettled([...inFlight])
    },
  }
}
