// "Show events / 事業一覧" under an answer: the events its query's filters match, newest first, a page at a
// time, privately to the user who clicked, in their language. The filters and the page travel in the
// buttons' values, so paging needs nothing stored.
import { t, type Lang } from '../../i18n/index.ts'
import { firstIn } from '../../i18n/lang.ts'
import { WORDING } from '../../questions/wording.ts'
import type { AnswerEventPage } from '../../services/plugins.ts'
import type { Filters } from '../../questions/query.ts'
import { ACTION } from '../ids.ts'
import type { AnswerEventsValue } from './answer.ts'
import { SLACK_LIMITS, truncate } from './limits.ts'
import { escapeMrkdwn, mrkdwn, plain } from './mrkdwn.ts'
import type { Button, KnownBlock } from './types.ts'

export const ANSWER_EVENTS_PAGE_SIZE = 10

export function buildAnswerEvents(options: { lang: Lang; filters: Filters; page: AnswerEventPage; maxListed: number }): { text: string; blocks: KnownBlock[] } {
  const { lang, filters, page } = options
  const w = WORDING[lang]
  if (page.matched === 0 || page.events.length === 0) {
    const text = t(lang, 'slack_answer_events_none')
    return { text, blocks: [{ type: 'section', block_id: 'answer_events_header', text: mrkdwn(text) }] }
  }
  const from = page.page * ANSWER_EVENTS_PAGE_SIZE + 1
  const header = t(lang, 'slack_answer_events_header', {
    matched: page.matched,
    from,
    to: from + page.events.length - 1,
    page: page.page + 1,
    pages: page.pages,
  })
  const lines = page.events.map((e) =>
    w.eventLine({
      date: e.date,
      office: w.groupKey('office', e.office),
      states: e.states.map((s) => w.groupKey('state', s)),
      title: firstIn((l) => e.title[l], lang) ?? '',
      participants: e.participants,
    }),
  )
  const blocks: KnownBlock[] = [
    { type: 'section', block_id: 'answer_events_header', text: mrkdwn(`*${escapeMrkdwn(header)}*`) },
    { type: 'section', block_id: 'answer_events', text: mrkdwn(truncate(escapeMrkdwn(lines.join('\n')), SLACK_LIMITS.sectionText)) },
  ]
  if (page.matched > options.maxListed && page.page + 1 >= page.pages) {
    blocks.push({ type: 'context', block_id: 'answer_events_cut', elements: [mrkdwn(t(lang, 'slack_answer_events_cut', { max: options.maxListed }))] })
  }
  const nav: Button[] = []
  const value = (p: number) => JSON.stringify({ f: filters, p } satisfies AnswerEventsValue)
  if (page.page > 0) nav.push({ type: 'button', action_id: `${ACTION.answerEvents}:prev`, text: plain(t(lang, 'slack_button_previous')), value: value(page.page - 1) })
  if (page.page + 1 < page.pages) nav.push({ type: 'button', action_id: `${ACTION.answerEvents}:next`, text: plain(t(lang, 'slack_button_next')), value: value(page.page + 1) })
  if (nav.length > 0) blocks.push({ type: 'actions', block_id: 'answer_events_nav', elements: nav })
  return { text: header, blocks }
}
