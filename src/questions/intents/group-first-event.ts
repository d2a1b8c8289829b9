// Intent "group_first_event": the first (or latest) event of each group — "when was each office's first
// event?", 公館別の初回実施日, "the most recent event of each state", 州ごとの直近の事業. For every group of the
// dimension (offices, states, regions, activity types, themes, formats; those of the question's filters when
// it names some), the start date of its earliest (latest) matched event and the event(s) of that date: a
// multi-state event is an event of each of its states, and groups with no matched event are named as such.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { latestEvents, type ListedEvent } from '../../store/queries/latest-events.ts'
import { readEventFacts, type EventFact } from '../../store/queries/read-event-facts.ts'
import { groupKeys } from '../execute/breakdown.ts'
import { scopeOf, stateScopeOf } from '../execute/scope.ts'
import { keysOfFact } from '../execute/tally-by-facts.ts'
import { formatDate } from '../../i18n/format.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, GROUP_FILTER, type Filters } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { eventItems } from './items.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

export const groupFirstEventDimSchema = z.enum(['office', 'state', 'region', 'activity_type', 'theme', 'format'])
export type GroupFirstEventDim = z.infer<typeof groupFirstEventDimSchema>

export const groupFirstEventQuerySchema = z.object({
  intent: z.literal('group_first_event'),
  /** 'first': each group's earliest event; 'last': its latest (up to the as-of date). */
  which: z.enum(['first', 'last']),
  filters: filtersSchema,
  groupBy: groupFirstEventDimSchema,
})
export type GroupFirstEventQuery = z.infer<typeof groupFirstEventQuerySchema>

export interface GroupFirstEventRow {
  key: string
  /** The start date of the group's first (latest) matched event; null when the group has none. */
  date: string | null
  /** How many of the group's events started on that date. */
  tied: number
  /** Those events (at most MAX_SHOWN per group), in id order. */
  events: ListedEvent[]
}

export interface GroupFirstEventResult extends ResultBase<GroupFirstEventQuery> {
  kind: 'group_first_event'
  period: ResolvedPeriod
  /** One row per group, the groups with an event by date (earliest first for 'first', latest first for 'last'), then those with none. */
  rows: GroupFirstEventRow[]
}

/** At most this many events of one group's date are listed (the answer says how many share it). */
const MAX_SHOWN = 3

async function execute(db: Db, query: GroupFirstEventQuery, ctx: ExecuteContext): Promise<GroupFirstEventResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const groupBy = query.groupBy
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const facts = await readEventFacts(db, { scope, states: groupBy === 'state' || groupBy === 'region', themes: groupBy === 'theme' })
  const stateScope = stateScopeOf(query.filters)
  const keys = groupKeys(groupBy, query.filters, period, stateScope, 'events')
  const inScope = (s: string) => stateScope === undefined || stateScope.includes(s)
  const best = new Map<string, { date: string; facts: EventFact[] }>()
  for (const f of facts) {
    for (const k of keysOfFact(groupBy, f, inScope, query.filters.themes)) {
      const b = best.get(k)
      const better = b === undefined || (query.which === 'first' ? f.startDate < b.date : f.startDate > b.date)
      if (better) best.set(k, { date: f.startDate, facts: [f] })
      else if (b.date === f.startDate) b.facts.push(f)
    }
  }
  const rows = await Promise.all(
    keys.map(async (key): Promise<GroupFirstEventRow> => {
      const b = best.get(key)
      if (b === undefined) return { key, date: null, tied: 0, events: [] }
      const ids = b.facts.map((f) => f.id).sort((x, y) => x - y)
      // the events of that date in the group, read with the group's own filter (its one value)
      const groupScope = scopeOf({ ...query.filters, [GROUP_FILTER[groupBy]]: [key] } as Filters, period, ctx.asOf)
      const listed = await latestEvents(db, { scope: { ...groupScope, dates: { from: b.date, to: b.date } }, take: 50, order: 'oldest' })
      const events = listed.filter((e) => ids.includes(e.id)).slice(0, MAX_SHOWN)
      return { key, date: b.date, tied: ids.length, events }
    }),
  )
  const dated = rows.filter((r) => r.date !== null).sort((a, b) => (a.date === b.date ? 0 : (a.date! < b.date!) === (query.which === 'first') ? -1 : 1))
  const none = rows.filter((r) => r.date === null)
  return { kind: 'group_first_event', query, filters, notes, period, rows: [...dated, ...none], matchedEvents: facts.length }
}

const WHICH: Record<Lang, Record<GroupFirstEventQuery['which'], string>> = {
  en: { first: 'first', last: 'latest' },
  ja: { first: '初回', last: '直近' },
}

const TEXT: Record<Lang, (r: GroupFirstEventResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const head = `The ${WHICH.en[q.which]} event of each ${w.groupBy(q.groupBy)}${w.scopePhrase(r.filters)} ${w.periodIn(r.period)}:`
    if (r.matchedEvents === 0) return `${head}\n${w.noRows}`
    const lines = r.rows.map(
      (row) =>
        `• ${w.groupKey(q.groupBy, row.key)}: ${
          row.date === null
            ? 'no event'
            : `${formatDate(row.date, 'en')} · ${row.events.map((e) => e.titleEn ?? e.titleJa ?? `#${e.id}`).join('; ')}${row.tied > row.events.length ? ` (+${row.tied - row.events.length} more that day)` : ''}`
        }`,
    )
    return [head, ...lines].join('\n')
  },
  ja: (r, w) => {
    const q = r.query
    const head = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}${w.groupBy(q.groupBy)}別の${WHICH.ja[q.which]}の事業：`
    if (r.matchedEvents === 0) return `${head}\n${w.noRows}`
    const lines = r.rows.map(
      (row) =>
        `・${w.groupKey(q.groupBy, row.key)}：${
          row.date === null
            ? '実施なし'
            : `${formatDate(row.date, 'ja')}　${row.events.map((e) => e.titleJa ?? e.titleEn ?? `#${e.id}`).join('、')}${row.tied > row.events.length ? `（同日ほか${row.tied - row.events.length}件）` : ''}`
        }`,
    )
    return [head, ...lines].join('\n')
  },
}

const WHAT: Record<Lang, (q: GroupFirstEventQuery, w: Wording) => string> = {
  en: (q, w) => `the ${WHICH.en[q.which]} event of each ${w.groupBy(q.groupBy)} by start date (every event of that date counted; a multi-state event is an event of each of its states)`,
  ja: (q, w) => `${w.groupBy(q.groupBy)}ごとの${WHICH.ja[q.which]}の事業（開始日基準。同日の事業はすべて計上、複数州の事業は各州に計上）`,
}

const QUESTION: Record<Lang, (q: GroupFirstEventQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `The ${WHICH.en[q.which]} event of each ${w.groupBy(q.groupBy)}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}${w.groupBy(q.groupBy)}別の${WHICH.ja[q.which]}の事業は？`,
}

export const groupFirstEventIntent = {
  intent: 'group_first_event',
  schema: groupFirstEventQuerySchema,
  description: {
    en: 'The first ("which": "first") or latest ("last") event of each group of one dimension, with its start date (初回実施日, "when was each office’s first event").',
  },
  examples: ['When was each office’s first event?', '公館別の初回実施日', 'The most recent event of each state'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => ({ kind: 'list', items: eventItems(r.rows.flatMap((row) => row.events)) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query, w), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q, w), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'group_first_event', GroupFirstEventQuery, GroupFirstEventResult>
