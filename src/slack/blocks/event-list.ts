// `/grassroots list`: a page of events, newest first, with Previous / Next. The page state travels in the
// buttons' values (the filter and the page number), so paging needs nothing stored.
import type { Button, KnownBlock } from './types.ts'
import { z } from 'zod'
import type { EventRecord } from '../../domain/event.ts'
import { fyLabel } from '../../domain/fiscal-year.ts'
import { t, type Lang } from '../../i18n/index.ts'
import { LIST_SEPARATOR, type Localized } from '../../i18n/lang.ts'
import { listFilterSchema, type ListFilter } from '../../services/list-filter.ts'
import { ACTION } from '../ids.ts'
import { eventBlocks, type CategoryNames } from './event-summary.ts'
import { officeName, stateName } from './labels.ts'
import { mrkdwn, plain } from './mrkdwn.ts'

export const listPageValueSchema = z.object({ f: listFilterSchema, p: z.number().int().min(0) })
export type ListPageValue = z.infer<typeof listPageValueSchema>

/** The filters of a list after its title: "Events (FY2022, Chicago)" / 「2022年度、シカゴ：事業一覧」. */
export const FILTER_LABEL = {
  en: (parts) => ` (${parts})`,
  ja: (parts) => `${parts}：`,
} as const satisfies Localized<(parts: string) => string>

export function filterLabel(filter: ListFilter, lang: Lang): string {
  const sep = LIST_SEPARATOR[lang]
  const parts = [
    ...(filter.fiscalYears ?? []).map((fy) => fyLabel(fy, lang)),
    ...(filter.officeCodes ?? []).map((o) => officeName(o, lang)),
    ...(filter.stateCodes ?? []).map((s) => stateName(s, lang)),
    ...(filter.mine ? [t(lang, 'slack_filter_mine')] : []),
  ]
  if (parts.length === 0) return ''
  return FILTER_LABEL[lang](parts.join(sep))
}

export function buildEventList(options: {
  lang: Lang
  filter: ListFilter
  total: number
  page: number
  pages: number
  events: EventRecord[]
  canEdit: (e: EventRecord) => boolean
  /** The best-practice categories' names (a best practice shows its category). */
  categories?: CategoryNames
}): { text: string; blocks: KnownBlock[] } {
  const { lang, filter, total, page, pages, events } = options
  const label = filterLabel(filter, lang)
  if (total === 0) {
    const text = t(lang, 'slack_list_empty', { filter: label })
    return { text, blocks: [{ type: 'section', block_id: 'list_header', text: mrkdwn(text) }] }
  }
  const header = t(lang, 'slack_list_header', { total, filter: label, page: page + 1, pages })
  const blocks: KnownBlock[] = [{ type: 'section', block_id: 'list_header', text: mrkdwn(`*${header}*`) }]
  for (const e of events) {
    blocks.push({ type: 'divider' })
    blocks.push(...eventBlocks(e, { lang, detail: false, canEdit: options.canEdit(e), ...(options.categories ? { categories: options.categories } : {}) }))
  }
  const nav: Button[] = []
  const value = (p: number) => JSON.stringify({ f: filter, p } satisfies ListPageValue)
  if (page > 0) nav.push({ type: 'button', action_id: `${ACTION.listPage}:prev`, text: plain(t(lang, 'slack_button_previous')), value: value(page - 1) })
  if (page + 1 < pages) nav.push({ type: 'button', action_id: `${ACTION.listPage}:next`, text: plain(t(lang, 'slack_button_next')), value: value(page + 1) })
  if (nav.length > 0) blocks.push({ type: 'actions', block_id: 'list_nav', elements: nav })
  return { text: header, blocks }
}
