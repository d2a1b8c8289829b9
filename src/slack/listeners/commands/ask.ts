import { t } from '../../../i18n/index.ts'
import type { QuestionService } from '../../../services/plugins.ts'
import { buildAnswer } from '../../blocks/answer.ts'
import { errorText } from '../../context.ts'
import { answerFiles, sendFilesToDm } from '../answers/reply.ts'
import type { SubcommandHandler } from './types.ts'

/**
 * `/grassroots ask <question>`: answered privately (ephemeral: asking should not disturb the channel), both
 * languages, the user's first, with "Share in channel" to post the same reading for everyone. An ephemeral
 * message cannot carry files, so the chart and any CSV go to the user's DM with the app.
 * Mentions answer in a thread instead (events/app-mention.ts).
 */
export function askCommand(questions: QuestionService | undefined): SubcommandHandler {
  return async ({ client, respond, userId, args, lang, logger }) => {
    if (questions === undefined) {
      await respond({ response_type: 'ephemeral', text: t(lang, 'slack_not_available', { command: 'ask' }) })
      return
    }
    const question = args.trim()
    if (question === '') {
      await respond({ response_type: 'ephemeral', text: t(lang, 'slack_ask_usage') })
      return
    }
    let answer
    try {
      answer = await questions.answer(question, { userId, lang })
    } catch (e) {
      await respond({ response_type: 'ephemeral', text: errorText(e, { lang, logger, context: 'ask' }) })
      return
    }
    const message = buildAnswer(answer, lang, { share: questions.answerQuery !== undefined })
    await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks })
    const files = await answerFiles({ answer, message, lang, logger })
    await sendFilesToDm(client, { userId, question, files, lang, logger })
  }
}
