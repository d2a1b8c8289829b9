// Intent "top_events_total": the participants of the N largest events added up ("the combined attendance of
// our 10 largest events", 参加者上位10事業の参加者数の合計), or with `share` that sum as a share of every matched
// event's participants ("what share of all-time attendance came from our ten largest events?", 延べ参加者数の
// うち参加者上位10事業が占める割合: percent, one decimal). Events are ranked by their recorded participants;
// when several events share the N-th place, whichever of them is taken adds the same number, so the total
// does not depend on it (the answer says how many shared it).
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { readEventFacts } from '../../store/queries/read-event-facts.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import { formatPercent } from '../../i18n/format.ts'
import { percentOf } from './ratio-shared.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { ordinalEn } from './ranked-place.ts'
import { describePeriod } from './shared.ts'

/** The participants of the `n` events with the most participants (of those matching the filters), added up. */
export const topEventsTotalQuerySchema = z.object({
  intent: z.literal('top_events_total'),
  filters: filtersSchema,
  n: z.number().int().min(2).max(100),
  /** The sum as a percentage of the participants of every matched event (one decimal). */
  share: z.literal(true).optional(),
})
export type TopEventsTotalQuery = z.infer<typeof topEventsTotalQuerySchema>

export interface TopEventsTotalResult extends ResultBase<TopEventsTotalQuery> {
  kind: 'top_events_total'
  period: ResolvedPeriod
  /** The participants of the events added (the N largest, or every matched event when fewer). */
  value: number
  /** How many events were added: min(n, matched events). */
  events: number
  /** The participants of the last event added (the N-th place); null with no event. */
  edge: number | null
  /** Events with exactly `edge` participants: those added and those left out (a shared N-th place). */
  edgeAdded: number
  edgeLeftOut: number
  /** The participants of every matched event (the share's whole). */
  total: number
  /** With `share`: value ÷ total × 100, one decimal (null when total is 0). */
  percent?: number | null
}

/** The sum of the `n` largest counts, the N-th count and how many events share it inside and outside the N. */
export function sumOfLargest(participants: readonly number[], n: number): { value: number; events: number; edge: number | null; edgeAdded: number; edgeLeftOut: number } {
  const sorted = [...participants].sort((a, b) => b - a)
  const taken = sorted.slice(0, n)
  const edge = taken.length > 0 ? (taken[taken.length - 1] as number) : null
  return {
    value: taken.reduce((s, p) => s + p, 0),
    events: taken.length,
    edge,
    edgeAdded: taken.filter((p) => p === edge).length,
    edgeLeftOut: sorted.slice(n).filter((p) => p === edge).length,
  }
}

async function execute(db: Db, query: TopEventsTotalQuery, ctx: ExecuteContext): Promise<TopEventsTotalResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const facts = await readEventFacts(db, { scope: scopeOf(query.filters, period, ctx.asOf), states: false, themes: false })
  const s = sumOfLargest(facts.map((f) => f.participants), query.n)
  const total = facts.reduce((sum, f) => sum + f.participants, 0)
  const percent = query.share ? { percent: percentOf(s.value, total) } : {}
  return { kind: 'top_events_total', query, filters, notes, period, ...s, total, ...percent, matchedEvents: facts.length }
}

const WHAT: Record<Lang, (n: number) => string> = {
  en: (n) =>
    `participants of the ${n} events with the most participants, added up (events ranked by their recorded participants; events sharing the ${ordinalEn(n)} place add the same number, so the total is the same whichever is taken)`,
  ja: (n) => `参加者数の多い上位${n}事業の参加者数の合計（事業ごとの参加者数で順位付け。${n}位に同数の事業が複数あっても、どれを含めても合計は同じ）`,
}

const WHAT_SHARE: Record<Lang, (n: number) => string> = {
  en: (n) => `the participants of the ${n} events with the most participants as a share of all the matched events' participants (percent, one decimal)`,
  ja: (n) => `延べ参加者数に占める参加者数上位${n}事業の参加者数の割合（％、小数第1位まで）`,
}

const SHARE_SENTENCE: Record<Lang, (r: TopEventsTotalResult, w: Wording) => string> = {
  en: (r, w) => {
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.percent === null || r.percent === undefined) return `No participants were recorded${where}, so there is no share to give.`
    const n = Math.min(r.query.n, r.events)
    return `The ${n} events with the most participants${where} had ${formatNumber(r.value)} of ${formatNumber(r.total)} participants: ${formatPercent(r.percent, 'en')}.`
  },
  ja: (r, w) => {
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    if (r.percent === null || r.percent === undefined) return `${where}参加者の記録がなく、割合は出せません。`
    const n = Math.min(r.query.n, r.events)
    return `${where}延べ参加者数${formatNumber(r.total)}名のうち、参加者数上位${n}事業の参加者は${formatNumber(r.value)}名で、割合は${formatPercent(r.percent, 'ja')}です。`
  },
}

const SENTENCE: Record<Lang, (r: TopEventsTotalResult, w: Wording) => string> = {
  en: (r, w) => {
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.events === 0) return `No event matched${where}, so there is nothing to add up.`
    const head =
      r.events < r.query.n
        ? `Only ${formatNumber(r.events)} events matched${where}; together they had ${formatNumber(r.value)} participants.`
        : `The ${r.query.n} events with the most participants${where} had ${formatNumber(r.value)} participants together.`
    const tie =
      r.edgeLeftOut > 0
        ? ` The ${ordinalEn(r.query.n)} place is shared: ${formatNumber(r.edgeAdded + r.edgeLeftOut)} events had ${formatNumber(r.edge ?? 0)} participants each, ${formatNumber(r.edgeAdded)} of them counted; the total is the same whichever are taken.`
        : ''
    return head + tie
  },
  ja: (r, w) => {
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    if (r.events === 0) return `${where}該当する事業はありません。`
    const head =
      r.events < r.query.n
        ? `${where}該当する事業は${formatNumber(r.events)}件のみで、その参加者数の合計は${formatNumber(r.value)}名です。`
        : `${where}参加者数の多い上位${r.query.n}事業の参加者数の合計は${formatNumber(r.value)}名です。`
    const tie =
      r.edgeLeftOut > 0
        ? `${r.query.n}位は参加者数${formatNumber(r.edge ?? 0)}名の${formatNumber(r.edgeAdded + r.edgeLeftOut)}件が同数で、うち${formatNumber(r.edgeAdded)}件を含めています（どれを含めても合計は同じです）。`
        : ''
    return head + tie
  },
}

const QUESTION: Record<Lang, (q: TopEventsTotalQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) =>
    q.share ? `What share of participants came from the ${q.n} largest events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?` : `Combined participants of the ${q.n} largest events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) =>
    q.share ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}延べ参加者数に占める参加者数上位${q.n}事業の割合は？` : `${w.periodOf(p)}${w.scopePhrase(q.filters)}参加者数上位${q.n}事業の参加者数の合計は？`,
}

export const topEventsTotalIntent = {
  intent: 'top_events_total',
  schema: topEventsTotalQuerySchema,
  description: {
    en: 'The participants of the N events with the most participants, added up ("combined attendance of our 10 largest events"); with "share", that sum as a percentage of all the matched events\' participants ("what share of attendance came from our 10 largest events?").',
  },
  examples: ["What's the combined attendance of our 10 largest events ever?", '参加者上位10事業の参加者数の合計'],
  execute,
  text: (r) => both((w, lang) => (r.query.share ? SHARE_SENTENCE : SENTENCE)[lang](r, w)),
  figures: (r) => (r.query.share ? { kind: 'scalar', value: r.percent ?? null } : { kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [(r.query.share ? WHAT_SHARE : WHAT)[lang](r.query.n), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [(q.share ? WHAT_SHARE : WHAT)[lang](q.n), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'top_events_total', TopEventsTotalQuery, TopEventsTotalResult>
