import type { App } from '@slack/bolt'
import type { SlackDeps } from '../../context.ts'
import { CALLBACK } from '../../ids.ts'
import { openEventForm, openPlaceholder } from '../open-event-form.ts'

/** The global shortcut "Log event / 事業を登録": no channel, so the confirmation comes as a DM. */
export function registerLogEventShortcut(app: App, deps: SlackDeps): void {
  app.shortcut(CALLBACK.logShortcut, async ({ ack, shortcut, client, logger }) => {
    await ack()
    const modal = openPlaceholder(client, shortcut.trigger_id)
    const userId = shortcut.user.id
    await openEventForm({ deps, client, logger, modal, userId, lang: deps.locale.langOf(userId) })
  })
}
