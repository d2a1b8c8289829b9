// One try of one route: what Slack answered, sorted into delivered, try again (after Retry-After when Slack
// asked for one), or give up on this route (the next route is tried). The Web API client used here makes
// one HTTP request per call (no retries of its own, 429 rejected at once): the worker owns retries.
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

/** Slack errors (ok:false) that pass: tried again on the same route. */
const PASSING_SLACK_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'team_added_to_org'])

/** The shapes of @slack/web-api's errors (errors.d.ts), read by what they carry. */
const webApiErrorSchema = z.union([
  z.object({ code: z.literal('slack_webapi_rate_limited_error'), retryAfter: z.number() }),
  z.object({ code: z.literal('slack_webapi_platform_error'), data: z.object({ error: z.string() }) }),
  z.object({ code: z.literal('slack_webapi_http_error'), statusCode: z.number() }),
])

const postedSchema = z.object({ channel: z.string().optional(), ts: z.string().optional() })

/** Seconds of an HTTP Retry-After header (the delta-seconds form Slack sends), in ms; undefined if absent. */
export function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined
  const seconds = Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined
}

/** Tries `route` once. Never throws. */
export async function attemptRoute(
  route: Route,
  message: z.infer<typeof outboxMessageSchema>,
  options: { client: webApi.WebClient; timeoutMs: number; now?: Date },
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
            unfurl_links: false,
            unfurl_media: false,
          })
    const posted = postedSchema.safeParse(result)
    const ts = posted.success ? (posted.data.ts ?? null) : null
    const channel = posted.success ? (posted.data.channel ?? null) : null
    return { kind: 'delivered', receipt: { via: route.kind, channel, ts } }
  } catch (e) {
    const known = webApiErrorSchema.safeParse(e)
    const text = e instanceof Error ? e.message : String(e)
    if (!known.success) return { kind: 'retry', error: text } // the network, a timeout
    const err = known.data
    if (err.code === 'slack_webapi_rate_limited_error') return { kind: 'retry', error: 'ratelimited', afterMs: err.retryAfter * 1000 }
    if (err.code === 'slack_webapi_platform_error') return PASSING_SLACK_ERRORS.has(err.data.error) ? { kind: 'retry', error: err.data.error } : { kind: 'next', error: err.data.error }
    return err.statusCode >= 500 || err.statusCode === 408 ? { kind: 'retry', error: `HTTP ${err.statusCode}` } : { kind: 'next', error: `HTTP ${err.statusCode}` }
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
    return { kind: 'retry', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }
  }
}
