// Shared by mentions and DMs: answer a question once per Slack event, however often Slack delivers it.
// Bolt has already acknowledged the event (Events API requests are acked before listeners run), so the
// slow part (the query, the chart) happens here without Slack retrying for it.
import type { Logger, webApi } from '@slack/bolt'
import type { QuestionService } from '../../../services/plugins.ts'
import { buildAnswer } from '../../blocks/answer.ts'
import { errorText, type SlackDeps } from '../../context.ts'
import { postAnswer } from '../answers/reply.ts'

export async function answerInSlack(options: {
  deps: SlackDeps
  questions: QuestionService
  client: webApi.WebClient
  logger: Logger
  eventId: string
  userId: string
  channel: string
  threadTs?: string
  question: string
}): Promise<void> {
  const { deps, questions, client, logger, userId, channel, threadTs } = options
  // the event_id is the same on every retry (X-Slack-Retry-Num, Socket Mode retry_attempt): one answer
  if (!(await deps.claim(`event:${options.eventId}`, 'slack-event'))) return
  const lang = await deps.locale.langOf(userId)
  let answer
  try {
    answer = await questions.answer(options.question, { userId, lang })
  } catch (e) {
    const text = errorText(e, { lang, logger, context: 'answer question' })
    await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text })
    return
  }
  await postAnswer(client, { channel, threadTs, answer, message: buildAnswer(answer, lang), lang, logger })
}
