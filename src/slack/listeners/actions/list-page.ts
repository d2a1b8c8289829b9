import type { App } from '@slack/bolt'
import { buildEventList, listPageValueSchema } from '../../blocks/event-list.ts'
import { errorText, hasResponseUrl, type SlackDeps } from '../../context.ts'
import { outboxRespond } from '../../delivery/respond.ts'
import { ACTION } from '../../ids.ts'

/** Previous / Next on a list: the same filter, another page, in place of the old one. */
export function registerListPage(app: App, deps: SlackDeps): void {
  app.action(new RegExp(`^${ACTION.listPage}:`), async ({ ack, body, action, logger }) => {
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button') return
    // the list is a message: a press without its response_url (a forged request) has nothing to answer to
    if (!hasResponseUrl(body)) return
    let value: unknown
    try {
      value = JSON.parse(action.value ?? 'null')
    } catch {
      return
    }
    const parsed = listPageValueSchema.safeParse(value)
    if (!parsed.success) return
    const userId = body.user.id
    const lang = await deps.locale.langOf(userId)
    const respond = outboxRespond({
      delivery: deps.delivery,
      responseUrl: body.response_url,
      userId,
      channelId: body.channel?.id,
      action: { button: `${ACTION.listPage}:${body.trigger_id}` },
      lang,
    })
    const { f: filter, p } = parsed.data
    try {
      const page = await deps.recording.list({ filter, page: p, userId })
      await respond({ response_type: 'ephemeral', replace_original: true, ...buildEventList({ lang, filter, ...page, canEdit: (e) => deps.permissions.canEdit(userId, e) }) })
    } catch (e) {
      // the list stays as it was; the user is told why nothing changed
      await respond({ response_type: 'ephemeral', replace_original: false, text: errorText(e, { lang, logger, context: 'list page' }) }).catch(
        (err: Error) => logger.error(`list page: could not tell the user (${err.message})`),
      )
    }
  })
}
