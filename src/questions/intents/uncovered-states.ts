// Intent "uncovered_states": states (of the 50) with no event in the period.
import { z } from 'zod'
import { FIFTY_STATES } from '../../domain/states.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, StatesResult } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'
import { listInterpretation, stateItems } from './lists.ts'

/** States (50, DC apart) with no event in the period. */
export const uncoveredStatesQuerySchema = z.object({ intent: z.literal('uncovered_states'), filters: filtersSchema })
export type UncoveredStatesQuery = z.infer<typeof uncoveredStatesQuerySchema>
export type UncoveredStatesResult = StatesResult<UncoveredStatesQuery>

async function execute(db: Db, query: UncoveredStatesQuery, ctx: ExecuteContext): Promise<UncoveredStatesResult> {
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const [pairs, matched] = await Promise.all([countStatePairs(db, { scope }), countEvents(db, { scope })])
  const covered = new Set(pairs.filter((p) => p.events > 0).map((p) => p.stateCode))
  const candidates = FIFTY_STATES.filter((s) => stateScope === undefined || stateScope.includes(s.code)).map((s) => s.code)
  dcNote(pairs.find((p) => p.stateCode === 'DC')?.events ?? 0)
  const states = candidates.filter((s) => !covered.has(s)).sort()
  return { kind: 'states', intent: 'uncovered_states', query, filters, notes, period, states, outOf: candidates.length, matchedEvents: matched.events }
}

const WHAT: Record<Lang, string> = { en: 'states without an event', ja: '事業を実施していない州' }

const QUESTION: Record<Lang, (q: UncoveredStatesQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Which states had no event${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodIn(p)}${w.scopePhrase(q.filters)}事業を実施していない州は？`,
}

export const uncoveredStatesIntent = {
  intent: 'uncovered_states',
  schema: uncoveredStatesQuerySchema,
  description: { en: 'States (of the 50) with no event in the period: "never", "no events", "not yet covered".' },
  examples: ['Which states have never had an event?', '2022年度に実施していない州'],
  execute,
  text: (r) => both((w) => w.uncovered(r.period, r.states, r.outOf, r.filters)),
  figures: stateItems,
  interpretation: (r, w, lang) => listInterpretation(WHAT, r, w, lang),
  understood: (q, w, lang, asOf) => [WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'uncovered_states', UncoveredStatesQuery, UncoveredStatesResult>
