// Shared by mentions and DMs: answer a question once per Slack message, however often and as whatever events
// Slack delivers it. A DM that mentions the app arrives twice, as `message.im` and as `app_mention`, with two
// event_ids but the same channel and ts; a retry repeats both. The claim is a database row, so it also holds
// when the two events reach two instances of the app.
// Bolt has already acknowledged the event (Events API requests are acked before listeners run), so the
// slow part (the query, the chart) happens here without Slack retrying for it.
import type { Logger, webApi } from '@slack/bolt'
import type { QuestionService } from '../../../services/plugins.ts'
import { buildAnswer } from '../../blocks/answer.ts'
import { errorText, type SlackDeps } from '../../context.ts'
import { deliverAnswer } from '../answers/reply.ts'

export async function answerInSlack(options: {
  deps: SlackDeps
  questions: QuestionService
  client: webApi.WebClient
  logger: Logger
  userId: string
  channel: string
  /** The message's own ts: with the channel, it names the message whatever event carried it. */
  messageTs: string
  threadTs?: string
  question: string
}): Promise<void> {
  const { deps, questions, client, logger, userId, channel, threadTs } = options
  const key = messageKey(channel, options.messageTs)
  if (!(await deps.claim(key, 'slack-message'))) return
  const lang = await deps.locale.langOf(userId)
  const target = { delivery: deps.delivery, key: `answer:${key}`, userId, channel, threadTs, question: options.question, lang, logger }
  let answer
  try {
    answer = await questions.answer(options.question, { userId, lang })
  } catch (e) {
    await deliverAnswer(client, { ...target, message: { text: errorText(e, { lang, logger, context: 'answer question' }) } })
    return
  }
  // recorded before the first try: once claimed, the answer is delivered (or the user told), never dropped
  await deliverAnswer(client, { ...target, answer, message: buildAnswer(answer, lang) })
}

/** The idempotency key of one Slack message: (channel, ts) is unique in a workspace. */
export function messageKey(channel: string, ts: string): string {
  return `message:${channel}:${ts}`
}
