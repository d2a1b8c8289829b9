import { t } from '../../../i18n/index.ts'
import { parseListFilter } from '../../../services/list-filter.ts'
import { buildEventList } from '../../blocks/event-list.ts'
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts'
import type { SubcommandHandler } from './types.ts'

/** `/grassroots list [fy 2022] [office chicago] [state WI] [mine]`: the first page, as an ephemeral reply. */
export const listCommand: SubcommandHandler = async ({ deps, respond, userId, args, lang }) => {
  const { filter, unknown } = parseListFilter(args)
  if (unknown.length > 0) {
    await respond({ response_type: 'ephemeral', text: t(lang, 'slack_err_list_filter', { words: escapeMrkdwn(unknown.map((w) => `"${w}"`).join(', ')) }) })
    return
  }
  const page = await deps.recording.list({ filter, page: 0, userId })
  const message = buildEventList({ lang, filter, ...page, canEdit: (e) => deps.permissions.canEdit(userId, e) })
  await respond({ response_type: 'ephemeral', ...message })
}
