// One try of one route: what Slack answered, sorted into delivered, try again (after Retry-After when Slack
// asked for one), give up on this route (the next route is tried), or unknown: the request left and no
// answer came back (a timeout, a dropped connection), so it may have been carried out. The Web API client
// used here makes one HTTP request per call (no retries of its own, 429 rejected at once): the worker owns
// retries, and what follows an unknown outcome (worker.ts).
import type { webApi } from '@slack/bolt'
import { z } from 'zod'
import type { OutboxReceipt } from '../../store/outbox.ts'
import type { outboxMessageSchema, Route } from './entry.ts'

export type Attempt =
  | { kind: 'delivered'; receipt: OutboxReceipt }
  /** A passing failure (5xx, a timeout, the network, 429): the same route again, not before `afterMs` if set. */
  | { kind: 'retry'; error: string; afterMs?: number }
  /** This route will not work (expired response_url, not_in_channel, invalid blocks…): the next one. */
  | { kind: 'next'; error: string }
  /** The request was sent and may have been carried out (no answer in time, the connection dropped). */
  | { kind: 'unknown'; error: string }

/** A failed call, sorted: `unknown` when Slack may have carried it out. */
export type CallFailure = Exclude<Attempt, { kind: 'delivered' }>

/** Slack's event_type of the metadata that names an outbox row on every message it posts. */
export const OUTBOX_EVENT_TYPE = 'grassroots_outbox'

/** The metadata a message is posted with, so that it can be found again by its row's key (lookup.ts). */
export function outboxMetadata(key: string): { event_type: string; event_payload: { key: string } } {
  return { event_type: OUTBOX_EVENT_TYPE, event_payload: { key } }
}

/**
 * Slack errors (ok:false) that pass: tried again on the same route. (Slack's reference says of internal_error
 * and fatal_error that some aspect of the operation may have succeeded; a message has not been seen to, and
 * Slack did answer, so they are retried like the others.)
 */
const PASSING_SLACK_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'team_added_to_org'])

/**
 * Network errors (undici's `cause.code`) raised before a byte of the request left: nothing was carried out.
 * Every other network error (a timeout, a reset, "other side closed") may come after Slack received it.
 */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

const causeSchema = z.object({ cause: z.object({ code: z.string() }) })

/** Whether a network error (fetch's, or the one WebClient wraps) came before the request was sent. */
function notSent(e: unknown): boolean {
  const cause = causeSchema.safeParse(e)
  return cause.success && NOT_SENT_CODES.has(cause.data.cause.code)
}

/** The shapes of @slack/web-api's errors (errors.d.ts), read by what they carry. */
const webApiErrorSchema = z.union([
  z.object({ code: z.literal('slack_webapi_rate_limited_error'), retryAfter: z.number() }),
  z.object({ code: z.literal('slack_webapi_platform_error'), data: z.object({ error: z.string() }) }),
  z.object({ code: z.literal('slack_webapi_http_error'), statusCode: z.number() }),
  z.object({ code: z.literal('slack_webapi_request_error'), original: z.unknown() }),
])

/** Sorts what a Web API call threw. */
export function webApiFailure(e: unknown): CallFailure {
  const known = webApiErrorSchema.safeParse(e)
  const text = e instanceof Error ? e.message : String(e)
  if (!known.success) return { kind: 'unknown', error: text }
  const err = known.data
  if (err.code === 'slack_webapi_request_error') return notSent(err.original) ? { kind: 'retry', error: text } : { kind: 'unknown', error: text }
  if (err.code === 'slack_webapi_rate_limited_error') return { kind: 'retry', error: 'ratelimited', afterMs: err.retryAfter * 1000 }
  if (err.code === 'slack_webapi_platform_error') {
    const error = err.data.error
    return PASSING_SLACK_ERRORS.has(error) ? { kind: 'retry', error } : { kind: 'next', error }
  }
  // an HTTP error status: Slack (or its edge) answered that the call was not carried out
  return err.statusCode >= 500 || err.statusCode === 408 ? { kind: 'retry', error: `HTTP ${err.statusCode}` } : { kind: 'next', error: `HTTP ${err.statusCode}` }
}

const postedSchema = z.object({ channel: z.string().optional(), ts: z.string().optional() })

/** Seconds of an HTTP Retry-After header (the delta-seconds form Slack sends), in ms; undefined if absent. */
export function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}

/**
 * Tries `route` once. Never throws. `key`: the outbox row's, carried in the metadata of a chat.postMessage
 * (Slack keeps no metadata on an ephemeral, and a response_url takes none).
 */
export async function attemptRoute(
  route: Route,
  message: z.infer<typeof outboxMessageSchema>,
  options: { client: webApi.WebClient; timeoutMs: number; key?: string | undefined; now?: Date },
): Promise<Attempt> {
  if (route.kind === 'response_url') return postToResponseUrl(route, message, options)
  const { client } = options
  try {
    const body = { text: message.text, ...(message.blocks ? { blocks: message.blocks as never } : {}) }
    const result =
      route.kind === 'ephemeral'
        ? await client.chat.postEphemeral({ channel: route.channel, user: route.user, ...body })
        : await client.chat.postMessage({
            channel: route.kind === 'dm' ? route.user : route.channel,
            ...(route.kind === 'channel' && route.threadTs !== undefined ? { thread_ts: route.threadTs } : {}),
            ...body,
            ...(options.key !== undefined ? { metadata: outboxMetadata(options.key) } : {}),
            unfurl_links: false,
            unfurl_media: false,
          })
    const posted = postedSchema.safeParse(result)
    const ts = posted.success ? (posted.data.ts ?? null) : null
    const channel = posted.success ? (posted.data.channel ?? null) : null
    return { kind: 'delivered', receipt: { via: route.kind, channel, ts } }
  } catch (e) {
    return webApiFailure(e)
  }
}

async function postToResponseUrl(
  route: Extract<Route, { kind: 'response_url' }>,
  message: z.infer<typeof outboxMessageSchema>,
  options: { timeoutMs: number; now?: Date },
): Promise<Attempt> {
  if ((options.now ?? new Date()).getTime() >= route.expiresAt) return { kind: 'next', error: 'response_url expired' }
  try {
    const res = await fetch(route.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: route.responseType, ...(route.replaceOriginal !== undefined ? { replace_original: route.replaceOriginal } : {}), ...message }),
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    await res.arrayBuffer().catch(() => undefined)
    if (res.ok) return { kind: 'delivered', receipt: { via: 'response_url', channel: null, ts: null } }
    const error = `HTTP ${res.status}`
    if (res.status === 429) {
      const afterMs = retryAfterMs(res.headers.get('retry-after'))
      return { kind: 'retry', error, ...(afterMs !== undefined ? { afterMs } : {}) }
    }
    // 404 / 410: the URL expired or was used up; another 4xx will not change on a retry
    return res.status >= 500 || res.status === 408 ? { kind: 'retry', error } : { kind: 'next', error }
  } catch (e) {
    const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
    // a timeout or a dropped connection once the POST went out: Slack may have shown the reply
    return notSent(e) ? { kind: 'retry', error } : { kind: 'unknown', error }
  }
}
