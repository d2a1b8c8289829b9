// Opens the recording form (new or edit) after checking that this user may. Shared by the slash command, the
// shortcut, the Log buttons and Edit. A trigger_id expires 3 s after the click, and the form needs the
// database (permissions, last office, the event to edit) and the user's language first: so a placeholder is
// opened with the trigger at once, before anything slow, and the form (or why there is none) replaces it.
import type { Logger } from '@slack/bolt'
import type { webApi } from '@slack/bolt'
import type { Lang } from '../../i18n/index.ts'
import { emptyForm, formOf } from '../../services/event-form.ts'
import { buildEventModal } from '../blocks/event-modal.ts'
import { buildLoadingModal, buildNoticeModal } from '../blocks/notice-modal.ts'
import type { ModalView } from '../blocks/types.ts'
import { errorText, tellUser, type SlackDeps } from '../context.ts'

/** The placeholder modal: opened (its view id), or why not. Never rejects. */
export type PendingModal = Promise<{ ok: true; viewId: string } | { ok: false; error: unknown }>

/**
 * Opens the placeholder with `triggerId` now. Call it first thing after ack(), before any await: a request
 * that waits behind other work (a chart being drawn) may already have used much of the trigger's 3 s.
 */
export function openPlaceholder(client: webApi.WebClient, triggerId: string): PendingModal {
  return client.views.open({ trigger_id: triggerId, view: buildLoadingModal() }).then(
    (res) => (typeof res.view?.id === 'string' ? { ok: true as const, viewId: res.view.id } : { ok: false as const, error: new Error('views.open: no view id') }),
    (error: unknown) => ({ ok: false as const, error }),
  )
}

export async function openEventForm(options: {
  deps: SlackDeps
  client: webApi.WebClient
  logger: Logger
  /** From openPlaceholder, called as soon as the request was acknowledged. */
  modal: PendingModal
  userId: string
  /** The user's language (a lookup: it runs while the placeholder opens). */
  lang: Lang | Promise<Lang>
  channelId?: string | undefined
  eventId?: number
}): Promise<void> {
  const { deps, client, logger, userId, channelId, eventId } = options
  const lang = await options.lang
  let view: ModalView
  let refusal: string | undefined
  try {
    const isAdmin = deps.permissions.isAdmin(userId)
    // the category field's options (shown to admins only, with the best-practice checkbox)
    const categories = isAdmin ? await deps.recording.categories() : []
    if (eventId === undefined) {
      await deps.recording.assertCanRecord(userId)
      const form = { ...emptyForm(), startDate: deps.today(), officeCode: (await deps.recording.lastOffice(userId)) ?? null }
      view = buildEventModal({ lang, form, isAdmin, categories, metadata: { lang, ...(channelId ? { channelId } : {}) } })
    } else {
      const event = await deps.recording.eventForEdit({ eventId, userId })
      view = buildEventModal({
        lang,
        form: formOf(event),
        isAdmin,
        categories,
        metadata: { lang, eventId, ...(channelId ? { channelId } : {}) },
      })
    }
  } catch (e) {
    // a refusal (AppError) says why; a database failure says so without details
    refusal = errorText(e, { lang, logger, context: 'open event form' })
    view = buildNoticeModal({ lang, text: refusal })
  }
  const opened = await options.modal
  if (!opened.ok) {
    // no modal (Slack refused it, the trigger expired): say so where the user acted
    const text = refusal ?? errorText(opened.error, { lang, logger, context: 'open event form (views.open)' })
    await tellUser(deps.delivery, { userId, channelId, reply: { text } })
    return
  }
  try {
    await client.views.update({ view_id: opened.viewId, view })
  } catch (e) {
    // the user may have closed the placeholder already (not_found); otherwise the placeholder would stay on
    // "Loading…": say so where the user acted
    logger.warn(`open event form: views.update failed (${(e as Error).message})`)
    if ((e as { data?: { error?: string } }).data?.error !== 'not_found') {
      await tellUser(deps.delivery, { userId, channelId, reply: { text: refusal ?? errorText(e, { lang, logger, context: 'open event form (views.update)' }) } })
    }
  }
}
