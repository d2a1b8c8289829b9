// The App Home tab: this fiscal year's figures, the user's office, the latest events and the Log button.
import type { HomeView, KnownBlock } from './types.ts'
import { fyLabel } from '../../domain/fiscal-year.ts'
import { t, type Lang } from '../../i18n/index.ts'
import type { CoverageTotals, HomeSummary } from '../../services/home.ts'
import { ACTION } from '../ids.ts'
import { eventText } from './event-summary.ts'
import { formatCount, fyRangeText, officeName } from './labels.ts'
import { SLACK_LIMITS, truncate } from './limits.ts'
import { mrkdwn, plain } from './mrkdwn.ts'

function officeLine(totals: CoverageTotals, lang: Lang): string {
  return t(lang, 'slack_home_office_value', {
    events: formatCount(totals.events),
    participants: formatCount(totals.participants),
    states: totals.states,
  })
}

export function buildHome(options: { lang: Lang; summary: HomeSummary }): HomeView {
  const { lang, summary } = options
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: 'home_title', text: plain(truncate(t(lang, 'slack_home_title', { fy: fyLabel(summary.fiscalYear, lang) }), SLACK_LIMITS.header)) },
    {
      type: 'section',
      block_id: 'home_totals',
      fields: [
        mrkdwn(`*${t(lang, 'slack_home_events')}*\n${formatCount(summary.all.events)}`),
        mrkdwn(`*${t(lang, 'slack_home_participants')}*\n${formatCount(summary.all.participants)}`),
        mrkdwn(`*${t(lang, 'slack_home_states')}*\n${t(lang, 'slack_home_states_value', { count: summary.all.states, dc: summary.all.dc ? 1 : 0 })}`),
      ],
    },
    {
      type: 'section',
      block_id: 'home_office',
      text: mrkdwn(
        summary.office === null
          ? t(lang, 'slack_home_office_unknown')
          : `*${t(lang, 'slack_home_office', { office: officeName(summary.office.code, lang) })}*\n${officeLine(summary.office.totals, lang)}`,
      ),
    },
    { type: 'context', block_id: 'home_counted', elements: [mrkdwn(t(lang, 'slack_home_counted', { range: fyRangeText(summary.fiscalYear, lang, summary.countedThrough) }))] },
    {
      type: 'actions',
      block_id: 'home_actions',
      elements: [{ type: 'button', action_id: ACTION.openLogModal, style: 'primary', text: plain(t(lang, 'slack_button_log')), value: 'home' }],
    },
    { type: 'divider' },
    { type: 'section', block_id: 'home_latest', text: mrkdwn(`*${t(lang, 'slack_home_latest')}*`) },
  ]
  if (summary.latest.length === 0) {
    blocks.push({ type: 'context', block_id: 'home_none', elements: [mrkdwn(t(lang, 'slack_home_none'))] })
  }
  for (const e of summary.latest) {
    blocks.push({ type: 'section', block_id: `home_event:${e.id}`, text: mrkdwn(eventText(e, { lang, detail: false, ...(summary.categories ? { categories: summary.categories } : {}) })) })
  }
  return { type: 'home', blocks }
}
