import type { App } from '@slack/bolt'
import type { SlackDeps } from '../../context.ts'
import { ACTION } from '../../ids.ts'
import { openEventForm, openPlaceholder } from '../open-event-form.ts'

/** The "Log event" button (App Home, the bare /grassroots reply). */
export function registerOpenLogModal(app: App, deps: SlackDeps): void {
  app.action(ACTION.openLogModal, async ({ ack, body, client, logger }) => {
    await ack()
    if (body.type !== 'block_actions') return
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
    })
  })
}
