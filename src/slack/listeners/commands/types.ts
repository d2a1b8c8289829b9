import type { Logger, webApi } from '@slack/bolt'
import type { Lang } from '../../../i18n/index.ts'
import type { SlackDeps } from '../../context.ts'
import type { Respond } from '../../delivery/respond.ts'
import type { PendingModal } from '../open-event-form.ts'

/** What a `/grassroots <sub>` handler gets, after the command was acknowledged. */
export interface SubcommandContext {
  deps: SlackDeps
  client: webApi.WebClient
  logger: Logger
  /** Replies privately (or in the channel) through the outbox (src/slack/delivery/respond.ts). */
  respond: Respond
  userId: string
  channelId: string
  triggerId: string
  /** The text after the subcommand word. */
  args: string
  lang: Lang
  /** The placeholder modal, for a subcommand that opens a form (opened with the trigger before anything else). */
  modal?: PendingModal
}

export type SubcommandHandler = (ctx: SubcommandContext) => Promise<void>
