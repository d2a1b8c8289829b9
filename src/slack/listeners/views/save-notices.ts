// What a saved form is followed by: the confirmation to the user (once per submission) and the post in the
// log channel; and, for a save that outlasted Slack's deadline (the user saw "saving…"), the message that
// tells its outcome once it is known — confirmed, not saved (with why), failed, or, after an error that may
// have come after the commit, that it may or may not be recorded (never a false "not saved").
import type { Logger, webApi } from '@slack/bolt'
import { isAppError } from '../../../errors.ts'
import { t, type Lang } from '../../../i18n/index.ts'
import type { EventForm } from '../../../services/event-form.ts'
import type { SubmitOutcome } from '../../../services/recording.ts'
import { logChannelMessage, savedMessage } from '../../blocks/event-summary.ts'
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts'
import { errorText, tellUser, type SlackDeps } from '../../context.ts'

interface NoticeTarget {
  deps: SlackDeps
  client: webApi.WebClient
  logger: Logger
  userId: string
  /** Where the form was opened from (an ephemeral goes there; a DM when undefined). */
  channelId: string | undefined
  lang: Lang
}

/**
 * A saved submission confirmed to its user — once: a double click, a retry or a second press of Save after
 * a late save finds the notice already claimed — and, for a new event, posted in LOG_CHANNEL_ID.
 */
export async function confirmSaved(outcome: Extract<SubmitOutcome, { kind: 'saved' }>, target: NoticeTarget): Promise<void> {
  const { deps, client, logger, userId, lang } = target
  try {
    if (!(await deps.recording.claimNotice(outcome.noticeKey))) return
  } catch (e) {
    errorText(e, { lang, logger, context: 'confirmation key' })
    return
  }
  const record = outcome.record
  try {
    await tellUser(client, { userId, channelId: target.channelId, logger, reply: savedMessage(record, { lang, action: outcome.action, ...(outcome.categories ? { categories: outcome.categories } : {}) }) })
  } catch (e) {
    errorText(e, { lang, logger, context: 'confirmation message' })
  }
  const logChannel = deps.config.slack.logChannelId
  if (outcome.action === 'create' && logChannel !== undefined) {
    try {
      await client.chat.postMessage({ channel: logChannel, ...logChannelMessage(record, userId, outcome.categories) })
    } catch (e) {
      errorText(e, { lang, logger, context: `post to LOG_CHANNEL_ID ${logChannel}` })
    }
  }
}

/**
 * The outcome of a save that outlasted the deadline (the modal says "saving…"), told by message once known:
 * the confirmation when it was saved; otherwise why nothing was saved. Never throws.
 */
export async function reportLateSave(saving: Promise<SubmitOutcome>, target: NoticeTarget & { form: EventForm }): Promise<void> {
  const { lang, logger } = target
  const title = escapeMrkdwn((target.form.titleEn ?? '').trim() || (target.form.titleJa ?? '').trim() || '—')
  let text: string
  try {
    const outcome = await saving
    if (outcome.kind === 'saved') {
      await confirmSaved(outcome, target)
      return
    }
    const reason =
      outcome.kind === 'invalid'
        ? outcome.errors.map((err) => t(lang, err.key, err.params)).join(' ')
        : t(lang, 'slack_save_late_confirm')
    text = t(lang, 'slack_save_late_not_saved', { title, reason })
  } catch (e) {
    if (isAppError(e) && e.key === 'slack_err_save_failed') {
      // the database refused the write (a held lock): nothing was written
      text = t(lang, 'slack_save_late_failed', { title })
    } else if (isAppError(e)) {
      text = t(lang, 'slack_save_late_not_saved', { title, reason: t(lang, e.key, e.params) })
    } else {
      // an error of unknown stage may have come after the commit: say so rather than "not saved"
      logger.error(`saving the event form failed after the deadline: ${(e as Error)?.stack ?? String(e)}`)
      text = t(lang, 'slack_save_late_unknown', { title })
    }
  }
  try {
    await tellUser(target.client, { userId: target.userId, channelId: target.channelId, logger, reply: { text } })
  } catch (e) {
    errorText(e, { lang, logger, context: 'late save message' })
  }
}
