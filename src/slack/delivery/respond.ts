// Bolt's respond() for `/grassroots` replies and button presses, through the outbox: each reply is recorded,
// then posted to the response_url with retries, falling back to an ephemeral in the channel and then to a
// DM (a reply for the channel: to the channel); if all fail the user is told. Handlers call respond() as
// they would Bolt's.
import { randomUUID } from 'node:crypto'
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

/**
 * A respond() that records each reply in the outbox. `responseUrl`: the command's or the button's (absent
 * for a button on the Home tab: the reply goes as an ephemeral or a DM). `action`: what the user did, named
 * in the note that tells them a reply could not be delivered. Keys: the response_url (or the action's id)
 * and the reply's number, so a re-delivered request records nothing new.
 */
export function outboxRespond(options: {
  delivery: Delivery
  responseUrl?: string | undefined
  userId: string
  channelId?: string | undefined
  /** A slash command's text (`/grassroots help`), or a button press. */
  action: { command: string } | { button: string }
  lang: Lang
  now?: () => Date
}): Respond {
  const { delivery, responseUrl, userId, channelId, lang } = options
  const base = keyPart(responseUrl ?? ('button' in options.action ? options.action.button : randomUUID()))
  let n = 0
  const failureText =
    'command' in options.action
      ? t(lang, 'slack_delivery_failed_reply', { command: truncate(escapeMrkdwn(`${SLASH_COMMAND} ${options.action.command}`.trim()), 200) })
      : t(lang, 'slack_delivery_failed_action')
  return async (reply: string | RespondArguments) => {
    const args: RespondArguments = typeof reply === 'string' ? { text: reply } : reply
    n += 1
    const now = options.now?.() ?? new Date()
    const replaceOriginal = args.replace_original
    const routes: Route[] =
      args.response_type === 'in_channel'
        ? [
            ...(responseUrl !== undefined
              ? [{ kind: 'response_url' as const, url: responseUrl, responseType: 'in_channel' as const, expiresAt: now.getTime() + RESPONSE_URL_LIFETIME_MS, ...(replaceOriginal !== undefined ? { replaceOriginal } : {}) }]
              : []),
            ...(channelId !== undefined ? [{ kind: 'channel' as const, channel: channelId }] : []),
          ]
        : privateRoutes({ userId, channelId, responseUrl, now, ...(replaceOriginal !== undefined ? { replaceOriginal } : {}) })
    const blocks = 'blocks' in args && Array.isArray(args.blocks) ? (args.blocks as KnownBlock[]) : undefined
    await delivery.send(
      { key: `reply:${base}:${n}`, purpose: 'reply', userId, routes, message: { text: args.text ?? '', ...(blocks ? { blocks } : {}) }, failureText },
      { waitMs: REPLY_WAIT_MS },
    )
  }
}
