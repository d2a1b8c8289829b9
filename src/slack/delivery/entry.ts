// What the outbox records of a Slack message: its routes, tried in order until one works, and the message.
// The zod schemas are the border: a row is read back through them, so a row the code cannot post is failed
// (and logged) instead of crashing the worker.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { OutboxInsert, OutboxRow } from '../../store/outbox.ts'
import type { KnownBlock } from '../blocks/types.ts'

/** Slack accepts posts to a response_url for 30 minutes after the command (api.slack.com/interactivity/handling). */
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000

export const routeSchema = z.discriminatedUnion('kind', [
  /** The command's response_url (JSON POST), until `expiresAt` (epoch ms). */
  z.object({
    kind: z.literal('response_url'),
    url: z.string().url(),
    responseType: z.enum(['ephemeral', 'in_channel']),
    expiresAt: z.number(),
    /** Sent as replace_original when set (false: a new message under a button's message, not in its place). */
    replaceOriginal: z.boolean().optional(),
  }),
  /** chat.postEphemeral: seen by `user` only, in `channel`. */
  z.object({ kind: z.literal('ephemeral'), channel: z.string().min(1), user: z.string().min(1) }),
  /** chat.postMessage to a channel, in a thread when `threadTs` is set. */
  z.object({ kind: z.literal('channel'), channel: z.string().min(1), threadTs: z.string().optional() }),
  /** chat.postMessage to the user's ID: their DM with the app (opened without im:write). */
  z.object({ kind: z.literal('dm'), user: z.string().min(1) }),
])
export type Route = z.infer<typeof routeSchema>

export const outboxMessageSchema = z.object({
  text: z.string(),
  blocks: z.array(z.record(z.string(), z.unknown())).optional(),
})
export type OutboxMessage = { text: string; blocks?: KnownBlock[] | undefined }

/** What a message is for: logged and counted, and chosen by who records it. */
export type OutboxPurpose = 'reply' | 'answer' | 'saved' | 'log' | 'failure'

/** One message to deliver. */
export interface OutboxEntry {
  /** Unique per side effect: recording it again (a retry, a re-delivered event) finds the first. */
  key: string
  purpose: OutboxPurpose
  /** The user told when no route works (with `failureText`). */
  userId?: string | undefined
  routes: Route[]
  message: OutboxMessage
  /** What the user is told, privately, when the message could not be delivered; absent: nothing. */
  failureText?: string | undefined
}

/** The row to write for an entry. */
export function encodeEntry(entry: OutboxEntry): OutboxInsert {
  const message = { text: entry.message.text, ...(entry.message.blocks ? { blocks: entry.message.blocks } : {}) }
  return {
    key: entry.key,
    purpose: entry.purpose,
    userId: entry.userId ?? null,
    routes: JSON.stringify(entry.routes),
    message: JSON.stringify(message),
    failureText: entry.failureText ?? null,
  }
}

/** A row's routes and message, checked; undefined when they do not parse (the row is failed). */
export function decodeRow(row: Pick<OutboxRow, 'routes' | 'message'>): { routes: Route[]; message: z.infer<typeof outboxMessageSchema> } | undefined {
  try {
    const routes = z.array(routeSchema).safeParse(JSON.parse(row.routes))
    const message = outboxMessageSchema.safeParse(JSON.parse(row.message))
    return routes.success && message.success ? { routes: routes.data, message: message.data } : undefined
  } catch {
    return undefined
  }
}

/**
 * Routes of a private reply: the command's response_url (while valid), then an ephemeral in the channel
 * (not in a DM, where the app's own messages are private already), then a DM to the user.
 */
export function privateRoutes(options: {
  userId: string
  channelId?: string | undefined
  responseUrl?: string | undefined
  /** For a button's response_url: false posts a new message rather than replacing the button's. */
  replaceOriginal?: boolean
  now?: Date
}): Route[] {
  const routes: Route[] = []
  const now = (options.now ?? new Date()).getTime()
  if (options.responseUrl !== undefined) {
    routes.push({
      kind: 'response_url',
      url: options.responseUrl,
      responseType: 'ephemeral',
      expiresAt: now + RESPONSE_URL_LIFETIME_MS,
      ...(options.replaceOriginal !== undefined ? { replaceOriginal: options.replaceOriginal } : {}),
    })
  }
  if (options.channelId !== undefined && !options.channelId.startsWith('D')) routes.push({ kind: 'ephemeral', channel: options.channelId, user: options.userId })
  routes.push({ kind: 'dm', user: options.userId })
  return routes
}

/**
 * Routes of the note that tells a user a message failed, all private: the message's own private routes, an
 * ephemeral where a public one was to go, and the user's DM.
 */
export function failureRoutes(routes: readonly Route[], userId: string): Route[] {
  const out: Route[] = []
  for (const r of routes) {
    if (r.kind === 'response_url') out.push({ ...r, responseType: 'ephemeral' })
    else if (r.kind === 'ephemeral') out.push(r)
    else if (r.kind === 'channel' && !r.channel.startsWith('D')) out.push({ kind: 'ephemeral', channel: r.channel, user: userId })
  }
  out.push({ kind: 'dm', user: userId })
  return out
}

/** A short, stable key part for a long value (a response_url). */
export function keyPart(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 24)
}
