// Intent "top_events": the N largest (smallest) single events as a list ("top 5 events by participants in
// FY2022", 参加者数上位5件の事業, "the 3 smallest events"), or the event at the N-th place ("the second largest
// event", 参加者数が2番目に多かった事業). Events are ranked by their own participants (with `by: 'cost'`, their
// recorded cost, among the events with one: "the 3 most expensive events"). Places are counted by standard
// competition ranking (1, 1, 3), as ranked_place counts groups: events with the same figure share a place and
// the next place is skipped. A top N takes every event whose place is N or better, so when several events share
// the N-th place all of them are listed and the answer says so; when the N-th place falls inside a tie, no
// single event is given: the answer names the tie that covers it. The single largest event is largest_event.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { eventValues, eventsWithin } from '../../store/queries/extreme-events.ts'
import type { ListedEvent } from '../../store/queries/latest-events.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber, formatYenEn } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import { eventItems } from './items.ts'
import type { IntentModule } from './module.ts'
import { ordinalEn } from './ranked-place.ts'
import { describePeriod } from './shared.ts'

/** At most this many events are listed (the answer says how many there are when more share a place). */
export const MAX_EVENTS_SHOWN = 100

/**
 * The N largest (smallest) events (`n`), or the event(s) at one place (`place`): exactly one of the two.
 * `order: 'smallest'` counts from the fewest participants (lowest cost).
 */
export const topEventsQuerySchema = z
  .object({
    intent: z.literal('top_events'),
    filters: filtersSchema,
    /** The N of "top N", "the 5 largest events", 上位5件: 2–100 (one is largest_event). */
    n: z.number().int().min(2).max(MAX_EVENTS_SHOWN).optional(),
    /** The place asked about: 2 = "the second largest", 2番目に多い, 2位 (1 is largest_event). */
    place: z.number().int().min(2).max(100).optional(),
    order: z.enum(['largest', 'smallest']).default('largest'),
    /** What events are ranked by: participants (the default) or the recorded cost in yen (events with none left out). */
    by: z.enum(['participants', 'cost']).optional(),
  })
  .refine((q) => (q.n === undefined) !== (q.place === undefined), { path: ['n'], message: 'exactly one of n (a top N list) and place (the N-th event)' })
export type TopEventsQuery = z.infer<typeof topEventsQuerySchema>

/** An event with its place (standard competition ranking) and the figure it is ranked by. */
export interface PlacedEvent extends ListedEvent {
  rank: number
  value: number
}

export interface TopEventsResult extends ResultBase<TopEventsQuery> {
  kind: 'top_events'
  period: ResolvedPeriod
  by: 'participants' | 'cost'
  /** Events ranked: the matched events (by cost: those with a cost recorded). */
  ranked: number
  /** By cost: matched events with a cost recorded (null by participants). */
  withCost: number | null
  /**
   * The events given, best place first then newest, at most MAX_EVENTS_SHOWN: a top N's events (every event at
   * place N or better), or the event(s) exactly at the place asked, or the covering tie (see `covering`).
   */
  events: PlacedEvent[]
  /** How many events those are in all (more than `events.length` when the list is cut). */
  total: number
  /** A top N: the N-th event's figure and how many events share it (ties at the edge); null when fewer than N events. */
  edge: { value: number; rank: number; tied: number } | null
  /** A place: true when no event is exactly at it and `events` is the tie covering it. */
  covering: boolean
}

/** A place by standard competition ranking for each of `values` (already sorted best first): 1 + how many are better. */
export function competitionPlaces(values: readonly number[]): number[] {
  const out: number[] = []
  values.forEach((v, i) => out.push(i > 0 && values[i - 1] === v ? (out[i - 1] as number) : i + 1))
  return out
}

/**
 * The figures of the events to give, from every event's figure sorted best first: a top N takes the figures
 * from the best to the N-th one (ties with it included); a place takes the figure at that position (the
 * covering tie when its place is smaller). Null when there are fewer events than asked.
 */
export function cutOf(values: readonly number[], q: { n?: number | undefined; place?: number | undefined }): { best: number; worst: number; count: number; covering: boolean; edge: { value: number; rank: number; tied: number } | null } | null {
  const places = competitionPlaces(values)
  const at = (q.n ?? q.place ?? 1) - 1
  if (values.length === 0) return null
  if (q.n !== undefined) {
    const i = Math.min(at, values.length - 1)
    const value = values[i] as number
    // every event tied with the N-th shares its place
    const count = places.filter((p) => p <= (places[i] as number)).length
    const edge = at < values.length ? { value, rank: places[i] as number, tied: values.filter((v) => v === value).length } : null
    return { best: values[0] as number, worst: value, count, covering: false, edge }
  }
  if (at >= values.length) return null
  const value = values[at] as number
  return { best: value, worst: value, count: values.filter((v) => v === value).length, covering: places[at] !== at + 1, edge: null }
}

async function execute(db: Db, query: TopEventsQuery, ctx: ExecuteContext): Promise<TopEventsResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const by = query.by ?? 'participants'
  const order = query.order
  const values = await eventValues(db, { scope, order, by })
  const matched = by === 'cost' ? (await countEvents(db, { scope })).events : values.length
  const base = { kind: 'top_events' as const, query, filters, notes, period, by, ranked: values.length, withCost: by === 'cost' ? values.length : null, matchedEvents: matched }
  const cut = cutOf(values, query)
  if (cut === null) return { ...base, events: [], total: 0, edge: null, covering: false }
  const [lo, hi] = order === 'largest' ? [cut.worst, cut.best] : [cut.best, cut.worst]
  const listed = await eventsWithin(db, { scope, order, by, from: lo, to: hi, take: MAX_EVENTS_SHOWN })
  const places = competitionPlaces(values)
  const placeOf = (v: number) => places[values.indexOf(v)] as number
  const events = listed.map((e) => {
    const value = by === 'cost' ? (e.costYen ?? 0) : e.participants
    return { ...e, value, rank: placeOf(value) }
  })
  return { ...base, events, total: cut.count, edge: cut.edge, covering: cut.covering }
}

// ---- wording ------------------------------------------------------------------------------------------

const ordinalJa = (n: number) => `${n}番目`

/** The figure of one event: "1,200 participants" / ¥1,000,000; 1,200名 / 1,000,000円. */
/** An amount of yen: ¥1,000,000 / 1,000,000円. */
const YEN: Record<Lang, (v: number) => string> = { en: (v) => formatYenEn(v), ja: (v) => `${formatNumber(v)}円` }

/** The cost after an event's line, and the place before it: " · ¥1,000,000", "#2 " / 「　費用1,000,000円」「2位　」. */
const LINE_PARTS: Record<Lang, { cost: (v: number) => string; rank: (n: number) => string }> = {
  en: { cost: (v) => ` · ${formatYenEn(v)}`, rank: (n) => `#${n} ` },
  ja: { cost: (v) => `　費用${formatNumber(v)}円`, rank: (n) => `${n}位　` },
}

const figureOf = (r: TopEventsResult, w: Wording, lang: Lang, v: number) =>
  r.by === 'cost' ? YEN[lang](v) : w.count(v, 'participants')

const WHAT: Record<Lang, (q: TopEventsQuery) => string> = {
  en: (q) => {
    const adj = q.by === 'cost' ? (q.order === 'largest' ? 'most expensive' : 'least expensive') : q.order === 'largest' ? 'largest' : 'smallest'
    const measure = q.by === 'cost' ? 'by recorded cost (events with no cost recorded left out)' : 'by their own participants'
    const rule = 'standard competition ranking: events with the same figure share a place and the next place is skipped, 1, 1, 3'
    return q.n !== undefined
      ? `the ${q.n} ${adj} events, ranked ${measure} (${rule}; every event tied with the ${ordinalEn(q.n)} is listed)`
      : `the ${ordinalEn(q.place ?? 2)} ${adj} event, ranked ${measure} (${rule}; a place inside a tie is named, not given to one event)`
  },
  ja: (q) => {
    const many = q.by === 'cost' ? (q.order === 'largest' ? '費用が多い' : '費用が少ない') : q.order === 'largest' ? '参加者数が多い' : '参加者数が少ない'
    const measure = q.by === 'cost' ? '事業ごとの費用で順位付け。費用の記録がない事業は除く' : '事業ごとの参加者数で順位付け'
    const rule = '同数は同順位とし、次の順位は飛ばす：1位、1位、3位'
    return q.n !== undefined
      ? `${many}順に${q.n}件の事業（${measure}。${rule}。${q.n}件目と同数の事業があればすべて表示）`
      : `${many}順に${ordinalJa(q.place ?? 2)}の事業（${measure}。${rule}。同順位の中に入る順位は、該当する同数の事業を示す）`
  },
}

const TITLE: Record<Lang, (e: ListedEvent) => string> = {
  en: (e) => e.titleEn ?? e.titleJa ?? '',
  ja: (e) => e.titleJa ?? e.titleEn ?? '',
}

function lineOf(r: TopEventsResult, w: Wording, lang: Lang, e: PlacedEvent): string {
  const line = w.eventLine({ date: e.startDate, office: w.groupKey('office', e.officeCode), states: e.stateCodes.map((s) => w.groupKey('state', s)), title: TITLE[lang](e), participants: e.participants })
  const cost = r.by === 'cost' ? LINE_PARTS[lang].cost(e.value) : ''
  // "• #2 2022-05-01 · …" / 「・2位　2022年5月1日　…」
  const rank = LINE_PARTS[lang].rank(e.rank)
  return line.replace(/^(• |・)/, (b) => b + rank) + cost
}

const HEAD: Record<Lang, (r: TopEventsResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    const adj = r.by === 'cost' ? (q.order === 'largest' ? 'most expensive' : 'least expensive') : q.order === 'largest' ? 'largest' : 'smallest'
    const byWhat = r.by === 'cost' ? 'by recorded cost' : 'by participants'
    const evs = (n: number) => `${formatNumber(n)} event${n === 1 ? '' : 's'}`
    const cutNote = r.events.length < r.total ? ` (the first ${formatNumber(r.events.length)} shown)` : ''
    const first = r.events[0]
    if (first === undefined) {
      if (r.ranked === 0) return r.by === 'cost' && r.matchedEvents > 0 ? `None of the ${evs(r.matchedEvents)} matched${where} has a cost recorded.` : `No event matched${where}.`
      return `Only ${evs(r.ranked)}${r.by === 'cost' ? ' with a cost recorded' : ''} matched${where}, so there is no ${ordinalEn(q.place ?? 0)} place.`
    }
    if (q.n !== undefined) {
      const head =
        r.ranked < q.n
          ? `Only ${evs(r.ranked)}${r.by === 'cost' ? ' with a cost recorded' : ''} matched${where}; all of them, ${adj} first:`
          : `The ${q.n} ${adj} events${where}, ${byWhat}${cutNote}:`
      const e = r.edge
      const tie =
        e !== null && r.total > q.n
          ? ` The ${ordinalEn(q.n)} position falls in a tie: ${evs(e.tied)} had ${figureOf(r, w, 'en', e.value)} each and share place ${e.rank}, so all ${evs(r.total)} are listed${cutNote}.`
          : ''
      return tie ? head.replace(/:$/, '.') + tie.replace(/\.$/, ':') : head
    }
    const place = ordinalEn(q.place ?? 2)
    if (r.covering) {
      const next = first.rank + r.total
      return `No event ranked exactly ${place} ${byWhat}${where}: ${evs(r.total)} share the ${ordinalEn(first.rank)} place (${figureOf(r, w, 'en', first.value)} each), so the next place is ${ordinalEn(next)}${cutNote}:`
    }
    if (r.total === 1) return `The ${place} ${adj} event${where}, ${byWhat} (${figureOf(r, w, 'en', first.value)}):`
    return `${evs(r.total)} share the ${place} place ${byWhat}${where}, ${figureOf(r, w, 'en', first.value)} each${cutNote}:`
  },
  ja: (r, w) => {
    const q = r.query
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    const many = r.by === 'cost' ? (q.order === 'largest' ? '費用が多い' : '費用が少ない') : q.order === 'largest' ? '参加者数が多い' : '参加者数が少ない'
    const cutNote = r.events.length < r.total ? `。上位から${formatNumber(r.events.length)}件を表示` : ''
    const first = r.events[0]
    if (first === undefined) {
      if (r.ranked === 0) return r.by === 'cost' && r.matchedEvents > 0 ? `${where}該当する${formatNumber(r.matchedEvents)}件の事業には、費用の記録がありません。` : `${where}該当する事業はありません。`
      return `${where}該当する事業は${formatNumber(r.ranked)}件${r.by === 'cost' ? '（費用の記録があるもの）' : ''}のみのため、${q.place}位の事業はありません。`
    }
    if (q.n !== undefined) {
      const e = r.edge
      if (r.ranked < q.n) return `${where}該当する事業は${formatNumber(r.ranked)}件${r.by === 'cost' ? '（費用の記録があるもの）' : ''}のみです。${many}順にすべて示します：`
      const head = `${where}事業のうち、${q.order === 'largest' ? `${r.by === 'cost' ? '費用' : '参加者数'}上位${q.n}件の事業` : `${many}順に${q.n}件の事業`}`
      if (e !== null && r.total > q.n) return `${head}です。${q.n}件目は${figureOf(r, w, 'ja', e.value)}の${formatNumber(e.tied)}件が同数（${e.rank}位）のため、計${formatNumber(r.total)}件を示します${cutNote}：`
      return `${head}${cutNote ? `（${cutNote.slice(1)}）` : ''}：`
    }
    const place = q.place ?? 2
    if (r.covering) {
      return `${where}事業のうち、${many}順でちょうど${place}位の事業はありません。次の${formatNumber(r.total)}件が同数で${first.rank}位（各${figureOf(r, w, 'ja', first.value)}）のため、次は${first.rank + r.total}位です${cutNote}：`
    }
    const head = `${where}事業のうち、${many}順で${place}番目の事業`
    if (r.total === 1) return `${head}（${figureOf(r, w, 'ja', first.value)}）：`
    return `${head}は同数で${formatNumber(r.total)}件あります（各${figureOf(r, w, 'ja', first.value)}${cutNote}）：`
  },
}

const QUESTION: Record<Lang, (q: TopEventsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => {
    const adj = q.by === 'cost' ? (q.order === 'largest' ? 'most expensive' : 'least expensive') : q.order === 'largest' ? 'largest' : 'smallest'
    return q.n !== undefined ? `The ${q.n} ${adj} events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?` : `The ${ordinalEn(q.place ?? 2)} ${adj} event${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
  },
  ja: (q, w, p) => {
    const many = q.by === 'cost' ? (q.order === 'largest' ? '費用が多い' : '費用が少ない') : q.order === 'largest' ? '参加者数が多い' : '参加者数が少ない'
    return q.n !== undefined ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}${many}順に${q.n}件の事業は？` : `${w.periodOf(p)}${w.scopePhrase(q.filters)}${many}順で${q.place}番目の事業は？`
  },
}

/** "53 of 88 events have a cost recorded" / 「88件中53件に費用の記録あり」. */
const COST_COVERAGE: Record<Lang, (withCost: number, events: number) => string> = {
  en: (n, m) => `${formatNumber(n)} of ${formatNumber(m)} event${m === 1 ? ' has' : 's have'} a cost recorded; the others are not ranked`,
  ja: (n, m) => `${formatNumber(m)}件中${formatNumber(n)}件に費用の記録あり（記録のない事業は順位付けしていません）`,
}

export const topEventsIntent = {
  intent: 'top_events',
  schema: topEventsQuerySchema,
  description: {
    en:
      'The N largest single events as a list (n: "top 5 events by participants", "the 3 smallest events" with order "smallest", 参加者数上位5件の事業), ' +
      'or the event at the N-th place (place: "the second largest event", 参加者数が2番目に多かった事業). Events ranked by their own participants, ' +
      'or with by "cost" by recorded cost ("the 3 most expensive events"); standard competition ranking (1, 1, 3), ties shown. ' +
      'The single largest event is largest_event; the participants of the N largest added up is top_events_total.',
  },
  examples: ['top 5 events by participants in FY2022', '参加者数が2番目に多かった事業', 'the 3 most expensive events'],
  execute,
  text: (r) =>
    both((w, lang) => {
      const head = HEAD[lang](r, w)
      return [head, ...r.events.map((e) => lineOf(r, w, lang, e))].join('\n')
    }),
  figures: (r) => ({ kind: 'list', items: eventItems(r.events, { cost: r.by === 'cost' }) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query), w.periodWithDates(r.period), ...w.filters(r.filters), r.withCost === null ? w.matched(r.matchedEvents) : COST_COVERAGE[lang](r.withCost, r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'top_events', TopEventsQuery, TopEventsResult>
