// Intent "states_with_min_events": the states (of the 50; DC is not a state) with at least N events in the
// period, as a list or as their number. An event touching several states counts in each of them (product.md).
import { z } from 'zod'
import { FIFTY_STATES } from '../../domain/states.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { formatNumber } from '../numbers.ts'
import { IS_STATE, scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { name, scopeEn, scopeJaVerb } from '../wording/shared.ts'
import { stateItemsOf } from './items.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** States with at least `min` events; `answer` says whether the list or its number was asked for. */
export const statesWithMinEventsQuerySchema = z.object({
  intent: z.literal('states_with_min_events'),
  filters: filtersSchema,
  min: z.number().int().min(1).max(1_000_000),
  answer: z.enum(['list', 'count']).default('list'),
})
export type StatesWithMinEventsQuery = z.infer<typeof statesWithMinEventsQuerySchema>

export interface StatesWithMinEventsResult extends ResultBase<StatesWithMinEventsQuery> {
  kind: 'state_counts'
  period: ResolvedPeriod
  min: number
  answer: 'list' | 'count'
  /** The states with at least `min` events and their event counts: most events first, then by code. */
  states: Array<{ state: string; events: number }>
  /** How many of the 50 states the question was about. */
  outOf: number
}

async function execute(db: Db, query: StatesWithMinEventsQuery, ctx: ExecuteContext): Promise<StatesWithMinEventsResult> {
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const [pairs, matched] = await Promise.all([countStatePairs(db, { scope }), countEvents(db, { scope })])
  dcNote(pairs.find((p) => p.stateCode === 'DC')?.events ?? 0)
  const states = pairs
    .filter((p) => IS_STATE.has(p.stateCode) && (stateScope === undefined || stateScope.includes(p.stateCode)) && p.events >= query.min)
    .map((p) => ({ state: p.stateCode, events: p.events }))
    .sort((a, b) => b.events - a.events || a.state.localeCompare(b.state))
  const outOf = FIFTY_STATES.filter((s) => stateScope === undefined || stateScope.includes(s.code)).length
  return { kind: 'state_counts', query, filters, notes, period, min: query.min, answer: query.answer, states, outOf, matchedEvents: matched.events }
}

const WHAT: Record<Lang, (min: number) => string> = {
  en: (min) => `states with at least ${formatNumber(min)} event${min === 1 ? '' : 's'} (an event in several states counts in each)`,
  ja: (min) => `実施件数${formatNumber(min)}件以上の州（複数州にまたがる事業は各州で1件）`,
}

const SENTENCE: Record<Lang, (r: StatesWithMinEventsResult, w: Wording) => string> = {
  en: (r, w) => {
    const events = `${formatNumber(r.min)} event${r.min === 1 ? '' : 's'}`
    const head = `${formatNumber(r.states.length)} of the ${r.outOf} states had at least ${events}${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.answer === 'count' || r.states.length === 0) return `${head}.`
    return `${head}: ${r.states.map((s) => `${name.state(s.state, 'en')} ${formatNumber(s.events)}`).join(', ')}.`
  },
  ja: (r, w) => {
    const { who, what } = scopeJaVerb(r.filters)
    const head = `${w.periodIn(r.period)}${who}${what}事業を${formatNumber(r.min)}件以上実施した州は${formatNumber(r.states.length)}州です（${r.outOf}州中）`
    if (r.answer === 'count' || r.states.length === 0) return `${head}。`
    return `${head}。該当州：${r.states.map((s) => `${name.state(s.state, 'ja')}（${formatNumber(s.events)}件）`).join('、')}。`
  },
}

const QUESTION: Record<Lang, (q: StatesWithMinEventsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `${q.answer === 'count' ? 'How many' : 'Which'} states had at least ${q.min} events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodIn(p)}${w.scopePhrase(q.filters)}事業を${q.min}件以上実施した州${q.answer === 'count' ? 'の数' : ''}は？`,
}

export const statesWithMinEventsIntent = {
  intent: 'states_with_min_events',
  schema: statesWithMinEventsQuerySchema,
  description: {
    en:
      'The states (of the 50) with at least "min" events in the period ("at least 5", "10 or more", "more than 9" = min 10), ' +
      'as a list, or with answer "count" their number ("how many states had 10 or more events").',
  },
  examples: ['Which states had at least 5 events in FY2022?', 'How many states had 10 or more events?', '10件以上実施した州'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => (r.answer === 'count' ? { kind: 'scalar', value: r.states.length } : { kind: 'list', items: stateItemsOf(r.states) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.min), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q.min), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'states_with_min_events', StatesWithMinEventsQuery, StatesWithMinEventsResult>
