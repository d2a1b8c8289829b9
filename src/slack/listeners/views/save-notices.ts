// What a saved form is followed by: the confirmation to the user (once per submission) and the post in the
// log channel, both recorded in the outbox with the event; and, for a save that outlasted Slack's deadline
// (the user saw "saving…"), the message that tells its outcome once it is known — confirmed, not saved (with
// why), failed, or, after an error that may have come after the commit, that it may or may not be recorded
// (never a false "not saved").
import type { Logger } from '@slack/bolt'
import { isAppError } from '../../../errors.ts'
import { t, type Lang } from '../../../i18n/index.ts'
import { titleIn } from '../../../i18n/lang.ts'
import type { EventForm } from '../../../services/event-form.ts'
import type { SavedEvent, SubmitOutcome } from '../../../services/recording.ts'
import type { OutboxInsert } from '../../../store/outbox.ts'
import { logChannelMessage, savedMessage } from '../../blocks/event-summary.ts'
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts'
import { errorText, tellUser, type SlackDeps } from '../../context.ts'
import { encodeEntry, privateRoutes } from '../../delivery/entry.ts'

interface NoticeTarget {
  deps: SlackDeps
  logger: Logger
  userId: string
  /** Where the form was opened from (an ephemeral goes there; a DM when undefined). */
  channelId: string | undefined
  lang: Lang
}

/**
 * The messages a save causes, recorded by the recording service in the outbox in the same transaction as
 * the event (src/store/events.ts): the confirmation with Edit / Delete to the user (ephemeral where the form
 * was opened, else a DM; the user is told if it cannot be posted), and, for a new event, the post in
 * LOG_CHANNEL_ID. One of each per submission: a retry or a double click records nothing new.
 */
export function savedNotices(target: Pick<NoticeTarget, 'deps' | 'userId' | 'channelId' | 'lang'>): (saved: SavedEvent) => OutboxInsert[] {
  const { deps, userId, lang } = target
  return ({ action, record, noticeKey, categories }) => {
    const title = escapeMrkdwn(titleIn(record, lang) ?? '—')
    const rows = [
      encodeEntry({
        key: noticeKey,
        purpose: 'saved',
        userId,
        routes: privateRoutes({ userId, channelId: target.channelId }),
        message: savedMessage(record, { lang, action, ...(categories ? { categories } : {}) }),
        failureText: t(lang, 'slack_delivery_failed_saved', { id: record.id, title }),
      }),
    ]
    const logChannel = deps.config.slack.logChannelId
    if (action === 'create' && logChannel !== undefined) {
      rows.push(encodeEntry({ key: `log:${noticeKey}`, purpose: 'log', routes: [{ kind: 'channel', channel: logChannel }], message: logChannelMessage(record, userId, categories) }))
    }
    return rows
  }
}

/**
 * A saved submission's messages are on their way: they were recorded with the event, and the worker is
 * woken to post them now. (A retry or a double click recorded nothing new: waking the worker is harmless.)
 */
export function confirmSaved(_outcome: Extract<SubmitOutcome, { kind: 'saved' }>, target: Pick<NoticeTarget, 'deps'>): void {
  target.deps.delivery.kick()
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
      confirmSaved(outcome, target)
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
    await tellUser(target.deps.delivery, { userId: target.userId, channelId: target.channelId, reply: { text } })
  } catch (e) {
    errorText(e, { lang, logger, context: 'late save message' })
  }
}
