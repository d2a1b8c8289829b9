// `/grassroots help` (and unknown text): the commands with examples, in both languages; and the short
// intro with a Log button for a bare `/grassroots`.
import type { KnownBlock } from './types.ts'
import { t, type Lang } from '../../i18n/index.ts'
import { otherLangs } from '../../i18n/lang.ts'
import { ACTION } from '../ids.ts'
import { mrkdwn, plain } from './mrkdwn.ts'

export function buildHelp(lang: Lang): { text: string; blocks: KnownBlock[] } {
  const section = (l: Lang): KnownBlock => ({ type: 'section', block_id: `help_${l}`, text: mrkdwn(`*${t(l, 'slack_help_title')}*\n${t(l, 'slack_help_body')}`) })
  return {
    text: t(lang, 'slack_help_title'),
    blocks: [section(lang), ...otherLangs(lang).flatMap((l): KnownBlock[] => [{ type: 'divider' }, section(l)])],
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
