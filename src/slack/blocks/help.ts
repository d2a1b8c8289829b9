// `/grassroots help` (and unknown text): the commands with examples, in both languages; and the short
// intro with a Log button for a bare `/grassroots`.
import type { KnownBlock } from './types.ts'
import { t, type Lang } from '../../i18n/index.ts'
import { ACTION } from '../ids.ts'
import { mrkdwn, plain } from './mrkdwn.ts'

export function buildHelp(lang: Lang): { text: string; blocks: KnownBlock[] } {
  const first: Lang = lang
  const second: Lang = lang === 'ja' ? 'en' : 'ja'
  return {
    text: t(first, 'slack_help_title'),
    blocks: [
      { type: 'section', block_id: `help_${first}`, text: mrkdwn(`*${t(first, 'slack_help_title')}*\n${t(first, 'slack_help_body')}`) },
      { type: 'divider' },
      { type: 'section', block_id: `help_${second}`, text: mrkdwn(`*${t(second, 'slack_help_title')}*\n${t(second, 'slack_help_body')}`) },
    ],
  }
}

export function buildIntro(lang: Lang): { text: string; blocks: KnownBlock[] } {
  return {
    text: t(lang, 'slack_intro'),
    blocks: [
      { type: 'section', block_id: 'intro', text: mrkdwn(t(lang, 'slack_intro')) },
      {
        type: 'actions',
        block_id: 'intro_actions',
        elements: [{ type: 'button', action_id: ACTION.openLogModal, style: 'primary', text: plain(t(lang, 'slack_button_log')), value: 'command' }],
      },
    ],
  }
}
