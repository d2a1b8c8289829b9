import { buildHelp, buildIntro } from '../../blocks/help.ts'
import type { SubcommandHandler } from './types.ts'

/** `/grassroots help` and any text the app does not know: the commands, in both languages. */
export const helpCommand: SubcommandHandler = async ({ respond, lang }) => {
  await respond({ response_type: 'ephemeral', ...buildHelp(lang) })
}

/** A bare `/grassroots`: one line and the Log button. */
export const introCommand: SubcommandHandler = async ({ respond, lang }) => {
  await respond({ response_type: 'ephemeral', ...buildIntro(lang) })
}
