// Intent "versus_rest": one figure for the events that match a condition and for all the other events of the same
// period and filters, side by side with the difference ("avg attendance, JETRO-partnered events vs everything
// else", "best practices vs the rest", ベストプラクティスとそれ以外の事業の平均参加者数, パートナーありとなしの平均参加者数).
// The rest is every matched event that does not match the condition, taken from the same events — so the two
// always make up the whole (its events and participants add up), whatever the condition is.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { readEventFacts } from '../../store/queries/read-event-facts.ts'
import { averageOf } from '../execute/figures.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { capitalise, scopeEn, scopeJaNoun, scopeOf as scopeNames } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'
import { conditionKeys, conditionSchema } from './share.ts'

/** The figures a side can give: counted events, their participants, or the average per event. */
export const versusRestMetricSchema = z.enum(['events', 'participants', 'avg_participants'])
export type VersusRestMetric = z.infer<typeof versusRestMetricSchema>

/** The events matching `condition` (within `filters`) against all the others within `filters`. */
export const versusRestQuerySchema = z
  .object({
    intent: z.literal('versus_rest'),
    metric: versusRestMetricSchema,
    filters: filtersSchema,
    condition: conditionSchema,
  })
  .superRefine((q, ctx) => {
    const keys = conditionKeys(q.condition)
    if (keys.length === 0) ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a comparison with the rest needs a condition' })
    const whole = conditionKeys(q.filters)
    for (const k of keys) if (whole.includes(k)) ctx.addIssue({ code: 'custom', path: ['condition', k], message: `${k} is set in both filters and condition` })
  })
export type VersusRestQuery = z.infer<typeof versusRestQuerySchema>

/** One side: its events, their participants, and the metric's value (null: an average of no event). */
export interface Side {
  events: number
  participants: number
  value: number | null
}

export interface VersusRestResult extends ResultBase<VersusRestQuery> {
  kind: 'versus_rest'
  period: ResolvedPeriod
  matching: Side
  rest: Side
  /** matching − rest, one decimal for averages; null when either side has no value. */
  difference: number | null
}

function sideOf(metric: VersusRestMetric, participants: readonly number[]): Side {
  const total = participants.reduce((s, p) => s + p, 0)
  const value = metric === 'events' ? participants.length : metric === 'participants' ? total : averageOf(total, participants.length)
  return { events: participants.length, participants: total, value }
}

async function execute(db: Db, query: VersusRestQuery, ctx: ExecuteContext): Promise<VersusRestResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const read = (f: typeof query.filters) => readEventFacts(db, { scope: scopeOf(f, period, ctx.asOf), states: false, themes: false })
  const [whole, part] = await Promise.all([read(query.filters), read({ ...query.filters, ...query.condition })])
  const matchingIds = new Set(part.map((e) => e.id))
  const matching = sideOf(query.metric, whole.filter((e) => matchingIds.has(e.id)).map((e) => e.participants))
  const rest = sideOf(query.metric, whole.filter((e) => !matchingIds.has(e.id)).map((e) => e.participants))
  const difference = matching.value === null || rest.value === null ? null : Math.round((matching.value - rest.value) * 10) / 10
  return { kind: 'versus_rest', query, filters, notes, period, matching, rest, difference, matchedEvents: whole.length }
}

const SEPARATOR: Record<Lang, string> = { en: ', ', ja: '・' }

/** The matching events in English: "events with a cost recorded" as it is, else "events (with partner “JETRO”)". */
function eventsOf(q: VersusRestQuery): string {
  const words = conditionWords(q, 'en')
  return /^events /.test(words) ? words : `events (${words})`
}

/** The condition in words: "with partner “JETRO”", 「ベストプラクティスのみ」. */
function conditionWords(q: VersusRestQuery, lang: Lang): string {
  const s = scopeNames({ period: { kind: 'all' }, ...q.condition }, lang, false)
  return [...(s.offices ? [s.offices] : []), ...s.places, ...s.kinds].filter((x) => x !== '').join(SEPARATOR[lang])
}

const WHAT: Record<Lang, (q: VersusRestQuery, w: Wording) => string> = {
  en: (q, w) => `${w.metric(q.metric)} of the ${eventsOf(q)} and of all the other events (each matched event on one side)`,
  ja: (q, w) => `該当事業（${conditionWords(q, 'ja')}）とそれ以外の事業の${w.metric(q.metric)}（各事業はいずれか一方に計上）`,
}

const SENTENCE: Record<Lang, (r: VersusRestResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const fig = (s: Side) => (q.metric === 'events' ? w.figure(q.metric, s.value) : `${w.figure(q.metric, s.value)} (${formatNumber(s.events)} event${s.events === 1 ? '' : 's'})`)
    const head = `${capitalise(w.metric(q.metric))}${scopeEn(r.filters)} ${w.periodIn(r.period)}: ${eventsOf(q)} ${fig(r.matching)}; all other events ${fig(r.rest)}.`
    if (r.difference === null) return head
    return `${head} Difference: ${r.difference > 0 ? '+' : ''}${formatNumber(r.difference)}${r.difference === 0 ? ' (the same)' : ''}.`
  },
  ja: (r, w) => {
    const q = r.query
    const fig = (s: Side) => (q.metric === 'events' ? w.figure(q.metric, s.value) : `${w.figure(q.metric, s.value)}（${formatNumber(s.events)}件）`)
    const head = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}${w.metric(q.metric)}は、該当事業（${conditionWords(q, 'ja')}）が${fig(r.matching)}、それ以外の事業が${fig(r.rest)}`
    if (r.difference === null) return `${head}です。`
    if (r.difference === 0) return `${head}で、差はありません。`
    return `${head}で、差は${w.figure(q.metric, Math.abs(r.difference))}（${r.difference > 0 ? '該当事業が多い' : 'それ以外の事業が多い'}）です。`
  },
}

const QUESTION: Record<Lang, (q: VersusRestQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `${capitalise(w.metric(q.metric))}${w.scopePhrase(q.filters)} ${w.periodIn(p)}: ${eventsOf(q)} vs all other events?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}該当事業（${conditionWords(q, 'ja')}）とそれ以外の事業の${w.metric(q.metric)}は？`,
}

export const versusRestIntent = {
  intent: 'versus_rest',
  schema: versusRestQuerySchema,
  description: {
    en: 'One figure (events, participants or average participants per event) for the events matching "condition" and for all the other events of the same filters, side by side with the difference ("X vs everything else", "with and without X", Xとそれ以外, ありとなし).',
  },
  examples: ['avg attendance, JETRO-partnered events vs everything else, FY2021', 'ベストプラクティスとそれ以外の事業の平均参加者数'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({
    kind: 'comparison',
    rows: [
      { key: 'matching', value: r.matching.value },
      { key: 'rest', value: r.rest.value },
    ],
  }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query, w), w.periodWithDates(r.period), ...w.filters(r.filters), w.matchedEach(r.matching.events, r.rest.events)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q, w), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'versus_rest', VersusRestQuery, VersusRestResult>
