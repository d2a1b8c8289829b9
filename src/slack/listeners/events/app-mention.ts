import type { App } from '@slack/bolt'
import type { QuestionService } from '../../../services/plugins.ts'
import type { SlackDeps } from '../../context.ts'
import { answerInSlack } from './answer-question.ts'

/**
 * "@bot how many events in FY2022?": answered in a thread, so the channel stays quiet. A mention in a DM with
 * the app is answered as the DM's own message is (message-im.ts): in the DM, in a thread only if it was in one,
 * so the answer lands in the same place whichever of the two events claims the message first.
 */
export function registerAppMention(app: App, deps: SlackDeps, questions: QuestionService): void {
  app.event('app_mention', async ({ event, client, logger, context }) => {
    // people only: never the app itself, never another bot (two bots mentioning each other would loop)
    if (event.user === undefined || 'bot_id' in event || event.subtype === 'bot_message') return
    if (context.botUserId !== undefined && event.user === context.botUserId) return
    const question = event.text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').trim()
    if (question === '') return
    await answerInSlack({
      deps,
      questions,
      client,
      logger,
      userId: event.user,
      channel: event.channel,
      messageTs: event.ts,
      threadTs: event.channel.startsWith('D') ? event.thread_ts : (event.thread_ts ?? event.ts),
      question,
    })
  })
}
