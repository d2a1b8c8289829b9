// What every listener receives: the services (no Prisma here), the user's language, and the few Slack-side
// helpers shared by several listeners (telling a user something privately, translating an error once).
import { randomUUID } from 'node:crypto'
import type { Logger } from '@slack/bolt'
import type { KnownBlock } from './blocks/types.ts'
import type { AppConfig } from '../config.ts'
import { isAppError } from '../errors.ts'
import { t, type Lang } from '../i18n/index.ts'
import type { HomeSummary } from '../services/home.ts'
import type { LocaleService } from '../services/locale.ts'
import type { Permissions } from '../services/permissions.ts'
import type { PluggableServices } from '../services/plugins.ts'
import type { RecordingService } from '../services/recording.ts'
import type { Delivery } from './delivery/delivery.ts'
import { privateRoutes } from './delivery/entry.ts'
import { REPLY_WAIT_MS } from './delivery/respond.ts'
import { elapsedMs, type RequestTrace } from '../runtime/request-log.ts'

export interface SlackDeps {
  config: AppConfig
  recording: RecordingService
  permissions: Permissions
  locale: LocaleService
  homeSummary(userId: string): Promise<HomeSummary>
  /** Posts through the outbox: recorded, retried, with fallbacks, and the user told when it fails. */
  delivery: Delivery
  /** Exactly-once guard for side effects of re-deliverable events (true: first time, go ahead). */
  claim(key: string, scope: string): Promise<boolean>
  services: PluggableServices
  /** Today in the configured time zone (YYYY-MM-DD). */
  today(): string
  logger: Logger
}

export interface Reply {
  text: string
  blocks?: KnownBlock[]
}

/**
 * A private message to one user, through the outbox (recorded, retried): the response_url of what they did
 * when there is one, else an ephemeral in the channel where they acted (not in a DM), else a DM — each the
 * fallback of the one before. `key` names the message (default: a fresh one). Resolves once it is recorded
 * and delivered, or after a short wait while it is still being tried.
 */
export async function tellUser(
  delivery: Delivery,
  options: { userId: string; channelId?: string | undefined; responseUrl?: string | undefined; reply: Reply; key?: string },
): Promise<void> {
  const { userId, reply } = options
  await delivery.send(
    {
      key: options.key ?? `tell:${randomUUID()}`,
      purpose: 'reply',
      userId,
      routes: privateRoutes({ userId, channelId: options.channelId, responseUrl: options.responseUrl, replaceOriginal: false }),
      message: { text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) },
    },
    { waitMs: REPLY_WAIT_MS },
  )
}

/** The user-facing text for an error: an AppError's message, else a generic one (logged with its context). */
export function errorText(e: unknown, options: { lang: Lang; logger: Logger; context: string }): string {
  if (isAppError(e)) return t(options.lang, e.key, e.params)
  options.logger.error(`${options.context}: ${(e as Error)?.stack ?? String(e)}`)
  return t(options.lang, 'slack_err_generic')
}

/** The work's value, or `late` when it had not ended in time (the work goes on: await it for its outcome). */
export type Settled<T> = { late: false; value: T } | { late: true }

/**
 * Waits for `promise` until `deadlineMs` after the request arrived (`trace`, see src/runtime/request-log.ts),
 * not after the handler started: time spent in the receiver and queued behind other work counts. Resolves
 * `{ late: true }` when the deadline passes first; rejects when the work fails in time.
 */
export function settleWithin<T>(promise: Promise<T>, options: { trace: RequestTrace; deadlineMs: number }): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined
  const left = Math.max(0, options.deadlineMs - elapsedMs(options.trace))
  const late = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ late: true }), left)
  })
  return Promise.race([promise.then((value): Settled<T> => ({ late: false, value })), late]).finally(() => clearTimeout(timer))
}

/**
 * Whether a button press carries the response_url of the message its button sits on. Slack always sends one
 * for a button in a message (not for App Home or a modal): without it `respond` is absent, and a listener
 * that answers through it has nothing to answer to.
 */
export function hasResponseUrl(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { response_url?: unknown }).response_url === 'string'
}

/** The largest id an event can have: ids are 32-bit integer columns on both databases (prisma/schema.prisma). */
export const MAX_EVENT_ID = 2_147_483_647

/**
 * An event id from a button's value (data from outside): digits only, 1 to MAX_EVENT_ID; undefined
 * otherwise. A larger number would fail the database's own check rather than find nothing.
 */
export function eventIdOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,10}$/.test(value)) return undefined
  const id = Number(value)
  return id >= 1 && id <= MAX_EVENT_ID ? id : undefined
}
