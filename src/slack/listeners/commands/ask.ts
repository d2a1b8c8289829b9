import { t } from '../../../i18n/index.ts'
import type { QuestionService } from '../../../services/plugins.ts'
import { buildAnswer } from '../../blocks/answer.ts'
import { errorText } from '../../context.ts'
import type { SubcommandHandler } from './types.ts'

/**
 * `/grassroots ask <question>`: answered privately (ephemeral) in the user's language with the other below.
 * Mentions answer in a thread instead (events/app-mention.ts).
 */
export function askCommand(questions: QuestionService | undefined): SubcommandHandler {
  return async ({ respond, userId, args, lang, logger }) => {
    if (questions === undefined) {
      await respond({ response_type: 'ephemeral', text: t(lang, 'slack_not_available', { command: 'ask' }) })
      return
    }
    if (args.trim() === '') {
      await respond({ response_type: 'ephemeral', text: t(lang, 'slack_ask_usage') })
      return
    }
    try {
      const answer = await questions.answer(args.trim(), { userId, lang })
      await respond({ response_type: 'ephemeral', ...buildAnswer(answer, lang) })
    } catch (e) {
      await respond({ response_type: 'ephemeral', text: errorText(e, { lang, logger, context: 'ask' }) })
    }
  }
}
