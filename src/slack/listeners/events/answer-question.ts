// Shared by mentions and DMs: answer a question once per Slack event, however often Slack delivers it.
import type { Logger, webApi } from '@slack/bolt'
import type { QuestionService } from '../../../services/plugins.ts'
import { buildAnswer } from '../../blocks/answer.ts'
import { errorText, type SlackDeps } from '../../context.ts'

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
  if (!(await deps.claim(`event:${options.eventId}`, 'slack-event'))) return
  const lang = await deps.locale.langOf(userId)
  let reply
  try {
    reply = buildAnswer(await questions.answer(options.question, { userId, lang }), lang)
  } catch (e) {
    reply = { text: errorText(e, { lang, logger, context: 'answer question' }) }
  }
  await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...reply })
}
