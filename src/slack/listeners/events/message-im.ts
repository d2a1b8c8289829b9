import type { App } from '@slack/bolt'
import type { QuestionService } from '../../../services/plugins.ts'
import type { SlackDeps } from '../../context.ts'
import { answerInSlack } from './answer-question.ts'

/** A question in a DM to the app (the Messages tab): answered in the DM (in its thread when asked in one). */
export function registerMessageIm(app: App, deps: SlackDeps, questions: QuestionService): void {
  app.event('message', async ({ event, client, logger }) => {
    // only what a person typed in a DM: no edits, joins, bot posts (our own answers included)
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return
    if (!('user' in event) || typeof event.user !== 'string' || typeof event.text !== 'string' || event.text.trim() === '') return
    await answerInSlack({
      deps,
      questions,
      client,
      logger,
      userId: event.user,
      channel: event.channel,
      messageTs: event.ts,
      ...('thread_ts' in event && typeof event.thread_ts === 'string' ? { threadTs: event.thread_ts } : {}),
      question: event.text.trim(),
    })
  })
}
