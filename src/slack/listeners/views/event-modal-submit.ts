// The recording form was submitted. Everything that decides the answer (validation, permission, warnings,
// the write itself) happens before the ack, because the answer *is* the ack: errors on a field, an updated
// form with warnings to confirm, or closing the modal. Slow work (messages) comes after. A busy or failing
// database answers with an error on the first field, so the modal stays open with everything typed; a write
// still going on at the deadline (counted from the request's arrival) answers "saving…" and its outcome
// follows by message — the user is never told a save failed when it may have succeeded.
import type { App } from '@slack/bolt'
import { isAppError } from '../../../errors.ts'
import { t } from '../../../i18n/index.ts'
import { elapsedMs, traceFrom } from '../../../runtime/request-log.ts'
import type { FormFieldName } from '../../../services/event-form.ts'
import type { SubmitOutcome } from '../../../services/recording.ts'
import { buildEventModal, parseModalMetadata } from '../../blocks/event-modal.ts'
import { buildSavingModal } from '../../blocks/notice-modal.ts'
import { settleWithin, type Settled, type SlackDeps } from '../../context.ts'
import { CALLBACK, FIRST_FORM_BLOCK, FORM_BLOCK } from '../../ids.ts'
import { formFromViewState } from '../../view-state.ts'
import { confirmSaved, reportLateSave, savedNotices } from './save-notices.ts'

/** Where each form field's error is shown. */
const BLOCK_OF_FIELD: Record<FormFieldName, string> = {
  titleEn: FORM_BLOCK.titleEn,
  titleJa: FORM_BLOCK.titleJa,
  startDate: FORM_BLOCK.startDate,
  endDate: FORM_BLOCK.endDate,
  officeCode: FORM_BLOCK.office,
  stateCodes: FORM_BLOCK.states,
  city: FORM_BLOCK.city,
  activityType: FORM_BLOCK.activityType,
  themes: FORM_BLOCK.themes,
  format: FORM_BLOCK.format,
  participants: FORM_BLOCK.participants,
  partners: FORM_BLOCK.partners,
  bestPractice: FORM_BLOCK.bestPractice,
  bestPracticeCategory: FORM_BLOCK.bestPracticeCategory,
  ongoing: FORM_BLOCK.ongoing,
  costYen: FORM_BLOCK.costYen,
  summary: FORM_BLOCK.summary,
  confirmations: FORM_BLOCK.confirm,
}

/**
 * Slack's 3 s minus a margin for the network, counted from the request's arrival: by then the form is
 * answered — errors, warnings, closed, or "saving…" when the write is still going on.
 */
export const SUBMIT_DEADLINE_MS = 2500

/**
 * How long a save may wait for the database (a write lock held by an import, say) before the user is asked
 * to press Save again, counted from arrival: early enough that the answer still beats SUBMIT_DEADLINE_MS.
 */
export const SUBMIT_RETRY_MS = 2000

export function registerEventModalSubmit(app: App, deps: SlackDeps): void {
  app.view(CALLBACK.eventModal, async ({ ack, body, view, client, logger, context }) => {
    const trace = traceFrom(context)
    const meta = parseModalMetadata(view.private_metadata)
    const lang = meta.lang
    const userId = body.user.id
    const form = formFromViewState(view.state.values)
    const target = { deps, client, logger, userId, channelId: meta.channelId, lang }

    const saving = deps.recording.submit({
      form,
      userId,
      submissionId: view.id,
      retryUntil: Date.now() + Math.max(0, SUBMIT_RETRY_MS - elapsedMs(trace)),
      // the confirmation and the log channel's post, written in the event's transaction (no extra round trip)
      notices: savedNotices(target),
      ...(meta.eventId !== undefined ? { eventId: meta.eventId, kept: meta.kept ?? [] } : {}),
    })
    let settled: Settled<SubmitOutcome>
    try {
      settled = await settleWithin(saving, { trace, deadlineMs: SUBMIT_DEADLINE_MS })
    } catch (e) {
      // failed within the deadline: nothing was written (a busy or unreachable database), the form stays open
      let text: string
      if (isAppError(e)) {
        text = t(lang, e.key, e.params)
      } else {
        logger.error(`saving the event form failed: ${(e as Error)?.stack ?? String(e)}`)
        text = t(lang, 'slack_err_save_failed')
      }
      await ack({ response_action: 'errors', errors: { [FIRST_FORM_BLOCK]: text } })
      return
    }

    if (settled.late) {
      // The write may still succeed: never say it failed. "Saving…" now, the outcome by message later.
      trace.outcome = 'saving'
      await ack({ response_action: 'update', view: buildSavingModal({ lang }) })
      await reportLateSave(saving, { ...target, form })
      return
    }
    const outcome = settled.value

    if (outcome.kind === 'invalid') {
      const errors: Record<string, string> = {}
      for (const err of outcome.errors) errors[BLOCK_OF_FIELD[err.field]] = t(lang, err.key, err.params)
      await ack({ response_action: 'errors', errors })
      return
    }

    if (outcome.kind === 'confirm') {
      // Already asked about these very warnings: point at the checkbox. Otherwise show them (the form is
      // rebuilt from what was typed, so nothing is lost).
      const asked = new Set(
        view.blocks
          .filter((b) => b.block_id === FORM_BLOCK.confirm && b.type === 'input')
          .flatMap((b) => ('element' in b && b.element.type === 'checkboxes' ? b.element.options.map((o) => o.value ?? '') : [])),
      )
      if (outcome.unconfirmed.every((k) => asked.has(k))) {
        await ack({ response_action: 'errors', errors: { [FORM_BLOCK.confirm]: t(lang, 'slack_err_confirm_required') } })
      } else {
        // outcome.form: what was typed, with the stored values of fields the form could not show
        const updated = buildEventModal({ lang, form: outcome.form, metadata: meta, isAdmin: deps.permissions.isAdmin(userId), warnings: outcome.warnings, categories: outcome.categories })
        await ack({ response_action: 'update', view: updated })
      }
      return
    }

    await ack()
    confirmSaved(outcome, target)
  })
}
