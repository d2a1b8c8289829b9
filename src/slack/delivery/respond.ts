// Bolt's respond() for `/grassroots` replies, through the outbox: each reply is recorded, then posted to the
// command's response_url with retries, falling back to an ephemeral in the channel and then to a DM; if all
// fail the user is told. Subcommand handlers keep calling respond() as before.
import type { RespondArguments } from '@slack/bolt'
import { t, type Lang } from '../../i18n/index.ts'
import { truncate } from '../blocks/limits.ts'
import { escapeMrkdwn } from '../blocks/mrkdwn.ts'
import type { KnownBlock } from '../blocks/types.ts'
import { SLASH_COMMAND } from '../ids.ts'
import type { Delivery } from './delivery.ts'
import { keyPart, privateRoutes, RESPONSE_URL_LIFETIME_MS, type Route } from './entry.ts'

/**
 * How long a reply waits for its delivery before the handler goes on (ms): replies keep their order with
 * what follows them (an answer's files) when Slack answers at once; a reply still failing then is retried
 * by the worker meanwhile.
 */
export const REPLY_WAIT_MS = 3000

/** Sends a reply to a slash command; resolves once it is recorded (and delivered, or still being tried). */
export type Respond = (reply: string | RespondArguments) => Promise<void>

/** A respond() that records each reply in the outbox (keys: the response_url and the reply's number). */
export function outboxRespond(options: {
  delivery: Delivery
  command: { response_url: string; user_id: string; channel_id: string; text?: string | undefined }
  lang: Lang
  now?: () => Date
}): Respond {
  const { delivery, command, lang } = options
  const base = keyPart(command.response_url)
  let n = 0
  const failureText = t(lang, 'slack_delivery_failed_reply', { command: truncate(escapeMrkdwn(`${SLASH_COMMAND} ${command.text ?? ''}`.trim()), 200) })
  return async (reply: string | RespondArguments) => {
    const args: RespondArguments = typeof reply === 'string' ? { text: reply } : reply
    n += 1
    const now = options.now?.() ?? new Date()
    const inChannel = args.response_type === 'in_channel'
    const routes: Route[] = inChannel
      ? [
          { kind: 'response_url', url: command.response_url, responseType: 'in_channel', expiresAt: now.getTime() + RESPONSE_URL_LIFETIME_MS },
          { kind: 'channel', channel: command.channel_id },
        ]
      : privateRoutes({ userId: command.user_id, channelId: command.channel_id, responseUrl: command.response_url, now })
    const blocks = 'blocks' in args && Array.isArray(args.blocks) ? (args.blocks as KnownBlock[]) : undefined
    await delivery.send(
      { key: `reply:${base}:${n}`, purpose: 'reply', userId: command.user_id, routes, message: { text: args.text ?? '', ...(blocks ? { blocks } : {}) }, failureText },
      { waitMs: REPLY_WAIT_MS },
    )
  }
}
