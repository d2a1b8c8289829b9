// One digest run, exactly once per period: work out which period is due, claim it in the database, post,
// record the post. A run that finds the period posted does nothing; one that finds a live claim stands
// back; one that finds a stale claim (its owner died) takes it over, first asking Slack whether the owner
// had already posted, so a crash between posting and recording never posts twice. Only the latest due
// period is ever posted: after downtime the digest goes out once, marked late, not once per missed week.
import os from 'node:os'
import { randomUUID } from 'node:crypto'
import { stringify } from 'csv-stringify/sync'
import type { ChartRenderer } from '../charts/renderer.ts'
import { spreadsheetText } from '../reports/format.ts'
import type { Db } from '../store/client.ts'
import { claimDigestRun, markDigestPosted } from '../store/digest-runs.ts'
import { eventsRecordedBetween } from '../store/report-queries.ts'
import { buildDigestBlocks } from './blocks.ts'
import { buildDigest, type Digest } from './build.ts'
import { renderDigestChart } from './chart.ts'
import type { DigestLinks } from './content.ts'
import { digestPeriodFor, latestScheduledRun, localDate, periodInstants } from './period.ts'
import { DIGEST_EVENT_TYPE, type DigestPoster } from './poster.ts'

export const DEFAULT_LEASE_MS = 10 * 60_000
/** A digest posted more than this after its scheduled time is marked late. */
export const DEFAULT_LATE_AFTER_MS = 60 * 60_000

export type DigestLog = (message: string, data?: Record<string, unknown>) => void

export interface RunDigestOptions {
  db: Db
  poster: DigestPoster
  channel: string
  cron: string
  timeZone: string
  now?: Date
  /**
   * Post the digest for this date's period instead of the schedule's latest one (`grassroots digest
   * --post --as-of`); it is claimed the same way, so a week is still posted only once.
   */
  asOf?: string
  /** Who claims: host, process and a random part, so two instances never share an id. */
  instanceId?: string
  leaseMs?: number
  lateAfterMs?: number
  /** Draws the chart posted in the digest's thread; without it the digest goes out without a chart. */
  charts?: ChartRenderer
  links?: DigestLinks
  log?: DigestLog
}

export type RunDigestOutcome =
  | { status: 'nothing_due' }
  | { status: 'posted'; period: string; ts: string; late: boolean; recovered: boolean }
  | { status: 'already_posted'; period: string; ts: string | null }
  | { status: 'busy'; period: string; claimedBy: string; retryAfterMs: number }

export function newInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
}

/** The week's events as CSV for a spreadsheet (titles typed as formulas are neutralised). */
export async function weekCsv(db: Db, d: Digest): Promise<Buffer> {
  const { events } = await eventsRecordedBetween(db, periodInstants(d.period, d.timeZone))
  const rows = events.map((e) => [e.id, e.startDate, e.officeCode, e.stateCodes.join(';'), spreadsheetText(e.city), spreadsheetText(e.titleEn), spreadsheetText(e.titleJa), e.activityType, e.format, e.participants])
  const text = stringify(rows, {
    header: true,
    columns: ['id', 'date', 'office', 'states', 'city', 'title_en', 'title_ja', 'type', 'format', 'participants'],
    bom: true,
    record_delimiter: 'windows',
  })
  return Buffer.from(text, 'utf8')
}

/** Posts the chart (and the full list, when the message could not show every event) in the thread. */
async function attach(options: RunDigestOptions, d: Digest, ts: string, listed: number): Promise<void> {
  const { poster, channel, log } = options
  if (options.charts !== undefined) {
    try {
      const png = await renderDigestChart(d, options.charts)
      await poster.uploadFile({ channel, threadTs: ts, filename: `digest-${d.period.key}.png`, title: `Events per month / 月別実施件数 (${d.period.key})`, content: png })
    } catch (e) {
      log?.('digest chart not attached', { period: d.period.key, error: (e as Error).message })
    }
  }
  if (d.recorded.total > listed) {
    try {
      const csv = await weekCsv(options.db, d)
      await poster.uploadFile({ channel, threadTs: ts, filename: `digest-${d.period.key}-events.csv`, title: `Events recorded / 登録された事業 (${d.period.key})`, content: csv })
    } catch (e) {
      log?.('digest event list not attached', { period: d.period.key, error: (e as Error).message })
    }
  }
}

export async function runDigest(options: RunDigestOptions): Promise<RunDigestOutcome> {
  const { db, poster, channel, timeZone, log } = options
  const now = options.now ?? new Date()
  const instanceId = options.instanceId ?? newInstanceId()
  let asOf: string
  let late = false
  if (options.asOf !== undefined) asOf = options.asOf
  else {
    const scheduled = latestScheduledRun({ cron: options.cron, timeZone, now })
    if (scheduled === null) return { status: 'nothing_due' }
    asOf = localDate(scheduled, timeZone)
    late = now.getTime() - scheduled.getTime() > (options.lateAfterMs ?? DEFAULT_LATE_AFTER_MS)
  }
  const period = digestPeriodFor(asOf)
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS

  const claim = await claimDigestRun(db, { period: period.key, instanceId, now, leaseMs, late, channel })
  if (claim.kind === 'posted') return { status: 'already_posted', period: period.key, ts: claim.run.messageTs }
  if (claim.kind === 'busy') return { status: 'busy', period: period.key, claimedBy: claim.run.claimedBy, retryAfterMs: claim.retryAfterMs }

  if (claim.takenOverFrom !== undefined) {
    // The previous owner may have posted and died before recording it: Slack knows.
    const since = new Date(claim.takenOverFrom.claimedAt.getTime() - 60_000)
    const ts = await poster.findDigestMessage({ channel, period: period.key, since })
    log?.('digest claim taken over', { period: period.key, from: claim.takenOverFrom.claimedBy, alreadyPosted: ts !== null })
    if (ts !== null) {
      await markDigestPosted(db, { period: period.key, instanceId, messageTs: ts, channel, postedAt: now })
      return { status: 'posted', period: period.key, ts, late: claim.run.late, recovered: true }
    }
  }

  const digest = await buildDigest(db, { asOf, timeZone, late: claim.run.late })
  const message = buildDigestBlocks(digest, options.links === undefined ? {} : { links: options.links })
  const { ts } = await poster.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { period: period.key } },
  })
  const recorded = await markDigestPosted(db, { period: period.key, instanceId, messageTs: ts, channel, postedAt: new Date() })
  if (!recorded) log?.('digest posted but the claim had been taken over meanwhile', { period: period.key, ts })
  await attach(options, digest, ts, message.listed)
  return { status: 'posted', period: period.key, ts, late: claim.run.late, recovered: false }
}
