// Intent "largest_event": the single event with the most (or fewest) participants in the period, with every
// event tied with it. An event's size is its participant count; with `by: 'cost'` the event with the highest
// (lowest) recorded cost instead ("the most expensive event", 最も費用がかかった事業), among the events with a
// cost recorded (the interpretation line says how many have one); with `by: 'states'` the event touching the
// most states (最も多くの州にまたがった事業, DC counted as one state, as the stateCount filter counts). Nothing else
// about an event is measured.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { extremeEvents, widestEvents } from '../../store/queries/extreme-events.ts'
import type { ListedEvent } from '../../store/queries/latest-events.ts'
import { formatNumber, formatYenEn, formatYenManJa } from '../numbers.ts'
import { scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import { eventItems } from './items.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** At most this many tied events are listed (the answer says how many share the figure). */
export const MAX_TIED_SHOWN = 20

/**
 * The event with the most participants (largest) or the fewest (smallest), ties all counted; with `by: 'cost'`
 * the highest (lowest) recorded cost; with `by: 'states'`, the event touching the most states (largest only).
 */
export const largestEventQuerySchema = z
  .object({
    intent: z.literal('largest_event'),
    filters: filtersSchema,
    order: z.enum(['largest', 'smallest']).default('largest'),
    /** What is measured: the participants (the default), the recorded cost in yen (events with none are left out) or the states touched. */
    by: z.enum(['participants', 'cost', 'states']).optional(),
  })
  .refine((q) => q.by !== 'states' || q.order === 'largest', { path: ['order'], message: 'the event touching the fewest states is not asked: by states is largest only' })
export type LargestEventQuery = z.infer<typeof largestEventQuerySchema>
type Order = LargestEventQuery['order']

export interface LargestEventResult extends ResultBase<LargestEventQuery> {
  kind: 'largest_event'
  period: ResolvedPeriod
  order: Order
  by: 'participants' | 'cost' | 'states'
  /** The largest (smallest) participant count (by cost: recorded cost in yen) of one event; null when no event matched (had a cost), or by states. */
  participants: number | null
  /** By states: the most states one event touches (DC counted as one); null when no event matched (or not by states). */
  states: number | null
  /** By cost: matched events with a cost recorded (null by participants). */
  withCost: number | null
  /** Events with exactly that count (1 unless tied). */
  tied: number
  /** The tied events, newest first, at most MAX_TIED_SHOWN. */
  events: ListedEvent[]
}

async function execute(db: Db, query: LargestEventQuery, ctx: ExecuteContext): Promise<LargestEventResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  if (query.by === 'states') {
    const [widest, matched] = await Promise.all([widestEvents(db, { scope, take: MAX_TIED_SHOWN }), countEvents(db, { scope })])
    return { kind: 'largest_event', query, filters, notes, period, order: 'largest', by: 'states', participants: null, states: widest.states, withCost: null, tied: widest.tied, events: widest.events, matchedEvents: matched.events }
  }
  const by = query.by ?? 'participants'
  const [extreme, matched, withCost] = await Promise.all([
    extremeEvents(db, { scope, order: query.order, take: MAX_TIED_SHOWN, by }),
    countEvents(db, { scope }),
    by === 'cost' ? countEvents(db, { scope: { ...scope, costRecorded: true } }) : null,
  ])
  return { kind: 'largest_event', query, filters, notes, period, order: query.order, by, participants: extreme.value, states: null, withCost: withCost?.events ?? null, tied: extreme.tied, events: extreme.events, matchedEvents: matched.events }
}

const WHAT: Record<Lang, Record<Order, string>> = {
  en: { largest: 'the event with the most participants', smallest: 'the event with the fewest participants' },
  ja: { largest: '参加者数が最も多い事業', smallest: '参加者数が最も少ない事業' },
}
const WHAT_COST: Record<Lang, Record<Order, string>> = {
  en: { largest: 'the event with the highest recorded cost (events with no cost recorded left out)', smallest: 'the event with the lowest recorded cost (events with no cost recorded left out)' },
  ja: { largest: '費用が最も多くかかった事業（費用の記録がない事業は除く）', smallest: '費用が最も少なかった事業（費用の記録がない事業は除く）' },
}
const WHAT_STATES: Record<Lang, string> = {
  en: 'the event touching the most states (DC counted as one state)',
  ja: '対象州数が最も多い事業（ワシントンDCも1州として計数）',
}
const whatOf = (lang: Lang, order: Order, by: LargestEventQuery['by']): string =>
  by === 'states' ? WHAT_STATES[lang] : (by === 'cost' ? WHAT_COST : WHAT)[lang][order]

/** The headline of the event(s) touching the most states (`n` states each). */
const HEAD_STATES: Record<Lang, (r: LargestEventResult, w: Wording, n: number) => string> = {
  en: (r, w, n) => {
    const when = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.tied === 1) return `The event touching the most states${when} (${w.count(n, 'states')}):`
    const shown = r.events.length < r.tied ? ` (the ${formatNumber(r.events.length)} most recent shown)` : ''
    return `${formatNumber(r.tied)} events share the most states${when}, ${w.count(n, 'states')} each${shown}:`
  },
  ja: (r, w, n) => {
    const head = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}事業のうち、対象州数が最も多かった事業`
    if (r.tied === 1) return `${head}（${w.count(n, 'states')}）：`
    const shown = r.events.length < r.tied ? `。新しい順に${formatNumber(r.events.length)}件を表示` : ''
    return `${head}は${formatNumber(r.tied)}件あります（いずれも${w.count(n, 'states')}${shown}）：`
  },
}

/** "53 of 88 events have a cost recorded" / 「88件中53件に費用の記録あり」. */
const COST_COVERAGE: Record<Lang, (withCost: number, events: number) => string> = {
  en: (n, m) => `${formatNumber(n)} of ${formatNumber(m)} event${m === 1 ? ' has' : 's have'} a cost recorded; the others are not compared`,
  ja: (n, m) => `${formatNumber(m)}件中${formatNumber(n)}件に費用の記録あり（記録のない事業は比較していません）`,
}

const COST_HEAD: Record<Lang, (r: LargestEventResult, w: Wording, yen: number) => string> = {
  en: (r, w, yen) => {
    const what = r.order === 'largest' ? 'highest' : 'lowest'
    const when = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.tied === 1) return `The event with the ${what} recorded cost${when} (${formatYenEn(yen)}):`
    const shown = r.events.length < r.tied ? ` (the ${formatNumber(r.events.length)} most recent shown)` : ''
    return `${formatNumber(r.tied)} events share the ${what} recorded cost${when}, ${formatYenEn(yen)} each${shown}:`
  },
  ja: (r, w, yen) => {
    const what = r.order === 'largest' ? '多くかかった' : '少なかった'
    const head = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}事業のうち、費用が最も${what}事業`
    const amount = `${formatYenManJa(yen)}${yen >= 10_000 && yen % 10_000 !== 0 ? `、${formatNumber(yen)}円` : ''}`
    if (r.tied === 1) return `${head}（${amount}）：`
    const shown = r.events.length < r.tied ? `。新しい順に${formatNumber(r.events.length)}件を表示` : ''
    return `${head}は${formatNumber(r.tied)}件あります（いずれも${amount}${shown}）：`
  },
}

const TITLE: Record<Lang, (e: ListedEvent) => string> = {
  en: (e) => e.titleEn ?? e.titleJa ?? '',
  ja: (e) => e.titleJa ?? e.titleEn ?? '',
}

const HEAD: Record<Lang, (r: LargestEventResult, w: Wording, n: number) => string> = {
  en: (r, w, n) => {
    const what = r.order === 'largest' ? 'largest' : 'smallest'
    const when = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.tied === 1) return `The ${what} event${when}, by participants (${w.count(n, 'participants')}):`
    const shown = r.events.length < r.tied ? ` (the ${formatNumber(r.events.length)} most recent shown)` : ''
    return `${formatNumber(r.tied)} events share the ${what} attendance${when}, ${w.count(n, 'participants')} each${shown}:`
  },
  ja: (r, w, n) => {
    const what = r.order === 'largest' ? '多かった' : '少なかった'
    const head = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}事業のうち、参加者数が最も${what}事業`
    if (r.tied === 1) return `${head}（${w.count(n, 'participants')}）：`
    const shown = r.events.length < r.tied ? `。新しい順に${formatNumber(r.events.length)}件を表示` : ''
    return `${head}は${formatNumber(r.tied)}件あります（いずれも${w.count(n, 'participants')}${shown}）：`
  },
}

const QUESTION: Record<Lang, (q: LargestEventQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) =>
    q.by === 'states'
      ? `Which event${w.scopePhrase(q.filters)} touched the most states ${w.periodIn(p)}?`
      : q.by === 'cost'
      ? `Which event${w.scopePhrase(q.filters)} had the ${q.order === 'largest' ? 'highest' : 'lowest'} recorded cost ${w.periodIn(p)}?`
      : `Which event${w.scopePhrase(q.filters)} had the ${q.order === 'largest' ? 'most' : 'fewest'} participants ${w.periodIn(p)}?`,
  ja: (q, w, p) =>
    q.by === 'states'
      ? `${w.periodIn(p)}${w.scopePhrase(q.filters)}最も多くの州にまたがった事業は？`
      : q.by === 'cost'
      ? `${w.periodIn(p)}${w.scopePhrase(q.filters)}費用が最も${q.order === 'largest' ? '多くかかった' : '少なかった'}事業は？`
      : `${w.periodIn(p)}${w.scopePhrase(q.filters)}参加者が最も${q.order === 'largest' ? '多かった' : '少なかった'}事業は？`,
}

const LARGEST_TEXT: Record<Lang, { noCost: (events: string) => string; withCost: (line: string, yen: number) => string }> = {
  en: { noCost: (events) => `None of the ${events} matched has a cost recorded.`, withCost: (line, yen) => `${line} · ${formatYenEn(yen)}` },
  ja: { noCost: (events) => `該当する${events}の事業には、費用の記録がありません。`, withCost: (line, yen) => `${line}　費用${formatNumber(yen)}円` },
}

export const largestEventIntent = {
  intent: 'largest_event',
  schema: largestEventQuerySchema,
  description: {
    en:
      'The single event with the most participants ("largest", "biggest", "best attended") or, with order "smallest", the fewest; ' +
      'every event tied with it is shown. Size is the participant count only ("most successful" is not recorded; the longest event in days is event_stat max_days). ' +
      'With by "cost": the event with the highest (order "smallest": lowest) recorded cost ("most expensive event", 最も費用がかかった事業). ' +
      'With by "states": the event touching the most states (最も多くの州にまたがった事業; DC counted as one state).',
  },
  examples: ['What was our biggest event in FY2022?', '参加者が最も多かった事業は？', 'smallest event last FY'],
  execute,
  text: (r) =>
    both((w, lang) => {
      if (r.by === 'states') {
        if (r.states === null) return w.noEvents
        const lines = r.events.map((e) => w.eventLine({ date: e.startDate, office: w.groupKey('office', e.officeCode), states: e.stateCodes.map((s) => w.groupKey('state', s)), title: TITLE[lang](e), participants: e.participants }))
        return [HEAD_STATES[lang](r, w, r.states), ...lines].join('\n')
      }
      if (r.participants === null) {
        if (r.by !== 'cost' || r.matchedEvents === 0) return w.noEvents
        return LARGEST_TEXT[lang].noCost(w.count(r.matchedEvents, 'events'))
      }
      const lines = r.events.map((e) => {
        const line = w.eventLine({ date: e.startDate, office: w.groupKey('office', e.officeCode), states: e.stateCodes.map((s) => w.groupKey('state', s)), title: TITLE[lang](e), participants: e.participants })
        return r.by === 'cost' && e.costYen !== null ? LARGEST_TEXT[lang].withCost(line, e.costYen) : line
      })
      return [r.by === 'cost' ? COST_HEAD[lang](r, w, r.participants) : HEAD[lang](r, w, r.participants), ...lines].join('\n')
    }),
  figures: (r) => ({ kind: 'list', items: eventItems(r.events, { cost: r.by === 'cost' }) }),
  interpretation: (r, w, lang) => [
    whatOf(lang, r.order, r.by),
    w.periodWithDates(r.period),
    ...w.filters(r.filters),
    r.withCost === null ? w.matched(r.matchedEvents) : COST_COVERAGE[lang](r.withCost, r.matchedEvents),
  ],
  understood: (q, w, lang, asOf) => [whatOf(lang, q.order, q.by), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'largest_event', LargestEventQuery, LargestEventResult>
