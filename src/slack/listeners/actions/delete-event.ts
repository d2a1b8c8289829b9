import type { App } from '@slack/bolt'
import { t } from '../../../i18n/index.ts'
import { eventTitle } from '../../blocks/labels.ts'
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts'
import { errorText, eventIdOf, tellUser, type SlackDeps } from '../../context.ts'
import { ACTION } from '../../ids.ts'

/**
 * Delete. The button carries Slack's confirmation dialog, so this runs only after the user said yes. The store
 * writes the audit entry; deleting an event twice (a double click) finds nothing the second time.
 */
export function registerDeleteEvent(app: App, deps: SlackDeps): void {
  app.action(ACTION.deleteEvent, async ({ ack, body, action, logger }) => {
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button') return
    const eventId = eventIdOf(action.value)
    if (eventId === undefined) return
    const userId = body.user.id
    const lang = await deps.locale.langOf(userId)
    let text: string
    try {
      const removed = await deps.recording.remove({ eventId, userId })
      text = removed === null
        ? t(lang, 'slack_err_event_not_found', { id: eventId })
        : t(lang, 'slack_deleted', { id: eventId, title: escapeMrkdwn(eventTitle(removed, lang, 150)) })
    } catch (e) {
      text = errorText(e, { lang, logger, context: `delete event ${eventId}` })
    }
    await tellUser(deps.delivery, { userId, channelId: body.channel?.id, responseUrl: body.response_url, reply: { text } })
  })
}
