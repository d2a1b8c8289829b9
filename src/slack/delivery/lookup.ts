// Finding a message the outbox may have posted already: after a chat.postMessage whose outcome is unknown
// (no answer in time, or the connection dropped) or a worker that died while posting, the
// row's message is looked for in the conversation by the metadata it was posted with (post.ts) before it is
// posted again. A thread reply is read with conversations.replies (conversations.history shows only a
// thread's parent); a DM's channel is named by conversations.open (a post to a user ID names none until it
// answers). Scopes: channels:history, groups:history, im:history, im:write (manifest.yml).
import type { webApi } from '@slack/bolt'
import { z } from 'zod'
import type { OutboxReceipt } from '../../store/outbox.ts'
import type { Route } from './entry.ts'
import { OUTBOX_EVENT_TYPE, webApiFailure, type CallFailure } from './post.ts'

/** The routes whose messages can be found again: chat.postMessage ones (an ephemeral or a response_url cannot). */
export type CheckableRoute = Extract<Route, { kind: 'channel' | 'dm' }>

export function isCheckable(route: Route): route is CheckableRoute {
  return route.kind === 'channel' || route.kind === 'dm'
}

export type Lookup =
  | { kind: 'found'; receipt: OutboxReceipt }
  | { kind: 'absent' }
  /** The lookup itself failed: a passing failure (try again), or one that will not pass (`next`: cannot check). */
  | Exclude<CallFailure, { kind: 'unknown' }>

/**
 * How far before the row was recorded the lookup starts (ms): Slack's clock stamps the message, this
 * server's the row, and the two may disagree by a few seconds.
 */
const CLOCK_SKEW_MS = 60_000

/** Pages read at most (200 messages each): the window is minutes long, so the message is among the latest. */
const MAX_PAGES = 5

const messagesSchema = z.object({
  messages: z
    .array(z.object({ ts: z.string(), metadata: z.object({ event_type: z.string(), event_payload: z.record(z.string(), z.unknown()) }).optional() }).loose())
    .optional(),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
})

const openedSchema = z.object({ channel: z.object({ id: z.string() }) })

/**
 * Looks in `route`'s conversation for the message posted under outbox key `key` since `since` (when the row
 * was recorded, before its first try). Never throws.
 */
export async function findPosted(route: CheckableRoute, options: { client: webApi.WebClient; key: string; since: Date }): Promise<Lookup> {
  const { client } = options
  try {
    let channel: string
    if (route.kind === 'dm') {
      const opened = openedSchema.safeParse(await client.conversations.open({ users: route.user, return_im: false }))
      if (!opened.success) return { kind: 'next', error: 'conversations.open named no channel' }
      channel = opened.data.channel.id
    } else {
      channel = route.channel
    }
    const window = { oldest: ((options.since.getTime() - CLOCK_SKEW_MS) / 1000).toFixed(6), include_all_metadata: true, limit: 200 }
    const threadTs = route.kind === 'channel' ? route.threadTs : undefined
    let cursor: string | undefined
    for (let page = 0; page < MAX_PAGES; page++) {
      const more = cursor === undefined ? {} : { cursor }
      const raw = threadTs === undefined ? await client.conversations.history({ channel, ...window, ...more }) : await client.conversations.replies({ channel, ts: threadTs, ...window, ...more })
      const read = messagesSchema.safeParse(raw)
      if (!read.success) return { kind: 'next', error: 'unreadable history' }
      const found = read.data.messages?.find((m) => m.metadata?.event_type === OUTBOX_EVENT_TYPE && m.metadata.event_payload.key === options.key)
      if (found !== undefined) return { kind: 'found', receipt: { via: route.kind, channel, ts: found.ts } }
      cursor = read.data.response_metadata?.next_cursor
      if (cursor === undefined || cursor === '') return { kind: 'absent' }
    }
    return { kind: 'absent' }
  } catch (e) {
    const failure = webApiFailure(e)
    // a read has no side effect: whatever its outcome, it can simply be made again
    return failure.kind === 'unknown' ? { kind: 'retry', error: failure.error } : failure
  }
}
