// Opens the recording form (new or edit) after checking that this user may. Shared by the slash command, the
// shortcut, the Log buttons and Edit.
import type { Logger } from '@slack/bolt'
import type { webApi } from '@slack/bolt'
import type { Lang } from '../../i18n/index.ts'
import { emptyForm, formOf } from '../../services/event-form.ts'
import { buildEventModal } from '../blocks/event-modal.ts'
import { errorText, tellUser, type SlackDeps } from '../context.ts'

export async function openEventForm(options: {
  deps: SlackDeps
  client: webApi.WebClient
  logger: Logger
  triggerId: string
  userId: string
  lang: Lang
  channelId?: string | undefined
  eventId?: number
}): Promise<void> {
  const { deps, client, logger, triggerId, userId, lang, channelId, eventId } = options
  try {
    let view
    if (eventId === undefined) {
      await deps.recording.assertCanRecord(userId)
      const form = { ...emptyForm(), startDate: deps.today(), officeCode: (await deps.recording.lastOffice(userId)) ?? null }
      view = buildEventModal({ lang, form, isAdmin: deps.permissions.isAdmin(userId), metadata: { lang, ...(channelId ? { channelId } : {}) } })
    } else {
      const event = await deps.recording.eventForEdit({ eventId, userId })
      view = buildEventModal({
        lang,
        form: formOf(event),
        isAdmin: deps.permissions.isAdmin(userId),
        metadata: { lang, eventId, ...(channelId ? { channelId } : {}) },
      })
    }
    await client.views.open({ trigger_id: triggerId, view })
  } catch (e) {
    // a refusal (AppError) says why; a Slack or database failure says so without details
    await tellUser(client, { userId, channelId, logger, reply: { text: errorText(e, { lang, logger, context: 'open event form' }) } })
  }
}
