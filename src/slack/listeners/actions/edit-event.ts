import type { App } from '@slack/bolt'
import { eventIdOf, type SlackDeps } from '../../context.ts'
import { ACTION } from '../../ids.ts'
import { openEventForm, openPlaceholder } from '../open-event-form.ts'

/** Edit (on a confirmation or a list entry): the form, filled in; the event id travels in private_metadata. */
export function registerEditEvent(app: App, deps: SlackDeps): void {
  app.action(ACTION.editEvent, async ({ ack, body, action, client, logger }) => {
    await ack()
    if (body.type !== 'block_actions' || action.type !== 'button') return
    const eventId = eventIdOf(action.value)
    if (eventId === undefined) return
    const modal = openPlaceholder(client, body.trigger_id)
    const userId = body.user.id
    await openEventForm({
      deps,
      client,
      logger,
      modal,
      userId,
      lang: deps.locale.langOf(userId),
      channelId: body.channel?.id,
      eventId,
    })
  })
}
