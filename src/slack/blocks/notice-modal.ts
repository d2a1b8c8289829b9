// Two small modals around the recording form. The placeholder is opened the moment a trigger_id arrives
// (it expires 3 s after the click, and the form needs the database first); the form, or a message saying why
// there is none, then replaces it with views.update.
import { t, type Lang } from '../../i18n/index.ts'
import { CALLBACK } from '../ids.ts'
import { SLACK_LIMITS, truncate } from './limits.ts'
import { mrkdwn, plain } from './mrkdwn.ts'
import type { ModalView } from './types.ts'

/** In both languages: it is opened before the user's language is known (that takes a lookup). */
export function buildLoadingModal(): ModalView {
  const both = (key: 'slack_loading_title' | 'slack_loading_text' | 'slack_notice_close') => `${t('en', key)} / ${t('ja', key)}`
  return {
    type: 'modal',
    callback_id: CALLBACK.loadingModal,
    title: plain(truncate(both('slack_loading_title'), SLACK_LIMITS.viewTitle)),
    close: plain(truncate(both('slack_notice_close'), SLACK_LIMITS.viewClose)),
    blocks: [{ type: 'section', block_id: 'loading', text: mrkdwn(both('slack_loading_text')) }],
  }
}

/** A message in place of the form (a refusal, an error), with a Close button. `text` is mrkdwn. */
export function buildNoticeModal(options: { lang: Lang; text: string }): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.noticeModal,
    title: plain(truncate(t(options.lang, 'slack_notice_title'), SLACK_LIMITS.viewTitle)),
    close: plain(truncate(t(options.lang, 'slack_notice_close'), SLACK_LIMITS.viewClose)),
    blocks: [{ type: 'section', block_id: 'notice', text: mrkdwn(truncate(options.text, SLACK_LIMITS.sectionText)) }],
  }
}

/**
 * What replaces the form when its save outlasts Slack's deadline: the save goes on, and a message confirms
 * it (or says it failed) once its outcome is known. No Submit button, so it cannot be saved twice from here.
 */
export function buildSavingModal(options: { lang: Lang }): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.noticeModal,
    title: plain(truncate(t(options.lang, 'slack_saving_title'), SLACK_LIMITS.viewTitle)),
    close: plain(truncate(t(options.lang, 'slack_notice_close'), SLACK_LIMITS.viewClose)),
    blocks: [{ type: 'section', block_id: 'saving', text: mrkdwn(truncate(`:hourglass_flowing_sand: ${t(options.lang, 'slack_saving_text')}`, SLACK_LIMITS.sectionText)) }],
  }
}
