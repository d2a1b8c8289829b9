// The recording form was submitted. Everything that decides the answer (validation, permission, warnings,
// the write itself) happens before the ack, because the answer *is* the ack: errors on a field, an updated
// form with warnings to confirm, or closing the modal. Slow work (messages) comes after. A failing or slow
// database answers with an error on the first field, so the modal stays open with everything typed.
import type { App } from '@slack/bolt'
import { isAppError } from '../../../errors.ts'
import { t } from '../../../i18n/index.ts'
import type { FormFieldName } from '../../../services/event-form.ts'
import type { SubmitOutcome } from '../../../services/recording.ts'
import { buildEventModal, parseModalMetadata } from '../../blocks/event-modal.ts'
import { logChannelMessage, savedMessage } from '../../blocks/event-summary.ts'
import { DeadlineError, errorText, tellUser, withDeadline, type SlackDeps } from '../../context.ts'
import { CALLBACK, FIRST_FORM_BLOCK, FORM_BLOCK } from '../../ids.ts'
import { formFromViewState } from '../../view-state.ts'

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
  summary: FORM_BLOCK.summary,
  confirmations: FORM_BLOCK.confirm,
}

/** Slack's 3 s minus a margin for the network: past this the user is told to press Save again. */
export const SUBMIT_DEADLINE_MS = 2500

export function registerEventModalSubmit(app: App, deps: SlackDeps): void {
  app.view(CALLBACK.eventModal, async ({ ack, body, view, client, logger }) => {
    const meta = parseModalMetadata(view.private_metadata)
    const lang = meta.lang
    const userId = body.user.id
    const form = formFromViewState(view.state.values)

    let outcome: SubmitOutcome
    try {
      outcome = await withDeadline(
        deps.recording.submit({
          form,
          userId,
          submissionId: view.id,
          ...(meta.eventId !== undefined ? { eventId: meta.eventId, kept: meta.kept ?? [] } : {}),
        }),
        SUBMIT_DEADLINE_MS,
      )
    } catch (e) {
      let text: string
      if (isAppError(e)) {
        text = t(lang, e.key, e.params)
      } else {
        logger.error(`saving the event form failed: ${e instanceof DeadlineError ? e.message : ((e as Error)?.stack ?? String(e))}`)
        text = t(lang, 'slack_err_save_failed')
      }
      await ack({ response_action: 'errors', errors: { [FIRST_FORM_BLOCK]: text } })
      return
    }

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
        const updated = buildEventModal({ lang, form: outcome.form, metadata: meta, isAdmin: deps.permissions.isAdmin(userId), warnings: outcome.warnings })
        await ack({ response_action: 'update', view: updated })
      }
      return
    }

    await ack()
    // A double click or a retry is confirmed once. A save that outran Slack's deadline (the user was asked
    // to press Save again) was never confirmed: the second press finds it saved and confirms it now.
    try {
      if (!(await deps.recording.claimNotice(outcome.noticeKey))) return
    } catch (e) {
      errorText(e, { lang, logger, context: 'confirmation key' })
      return
    }
    const record = outcome.record
    try {
      await tellUser(client, { userId, channelId: meta.channelId, logger, reply: savedMessage(record, { lang, action: outcome.action }) })
    } catch (e) {
      errorText(e, { lang, logger, context: 'confirmation message' })
    }
    const logChannel = deps.config.slack.logChannelId
    if (outcome.action === 'create' && logChannel !== undefined) {
      try {
        await client.chat.postMessage({ channel: logChannel, ...logChannelMessage(record, userId) })
      } catch (e) {
        errorText(e, { lang, logger, context: `post to LOG_CHANNEL_ID ${logChannel}` })
      }
    }
  })
}
