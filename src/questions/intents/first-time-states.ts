// Intent "first_time_states": states (of the 50) with an event in the period and none in any earlier fiscal
// year; over all records, when each state was first covered.
import { z } from 'zod'
import { currentFiscalYear } from '../../domain/fiscal-year.ts'
import { FIFTY_STATES } from '../../domain/states.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { firstFiscalYears } from '../../store/queries/first-fiscal-years.ts'
import { statesSeenBefore } from '../../store/queries/states-seen-before.ts'
import { fiscalYearsOf, fyPeriod } from '../execute/periods.ts'
import { IS_STATE, scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, StatesResult } from '../results.ts'
import { filtersSchema, type Period } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { askedStates, describePeriod } from './shared.ts'
import { listInterpretation, stateItems } from './lists.ts'

/** States (50, DC apart) with an event in the period and none in any earlier fiscal year. */
export const firstTimeStatesQuerySchema = z.object({ intent: z.literal('first_time_states'), filters: filtersSchema })
export type FirstTimeStatesQuery = z.infer<typeof firstTimeStatesQuerySchema>
export type FirstTimeStatesResult = StatesResult<FirstTimeStatesQuery>

async function execute(db: Db, query: FirstTimeStatesQuery, ctx: ExecuteContext): Promise<FirstTimeStatesResult> {
  const { asOf, filters, notes, stateScope, resolve, dcNote } = ctx
  if (query.filters.period.kind === 'all') {
    const period = resolve(query.filters.period)
    const scope = scopeOf(query.filters, period, ctx.asOf)
    const candidates = FIFTY_STATES.filter((s) => stateScope === undefined || stateScope.includes(s.code)).map((s) => s.code)
    const [first, matched] = await Promise.all([firstFiscalYears(db, { scope, states: candidates }), countEvents(db, { scope })])
    const timeline = candidates
      .flatMap((state) => {
        const fiscalYear = first.get(state)
        return fiscalYear === undefined ? [] : [{ state, fiscalYear }]
      })
      .sort((a, b) => a.fiscalYear - b.fiscalYear || a.state.localeCompare(b.state))
    const states = timeline.map((t) => t.state).sort()
    return { kind: 'states', intent: 'first_time_states', query, filters, notes, period, states, outOf: candidates.length, timeline, matchedEvents: matched.events }
  }
  const asked = resolve(query.filters.period)
  const years = fiscalYearsOf(asked)
  const fy = years.at(-1) ?? currentFiscalYear(asOf)
  if (query.filters.period.kind === 'dates') notes.push({ code: 'first_time_fiscal_year', fiscalYear: fy, reason: 'dates' })
  else if (years.length > 1) notes.push({ code: 'first_time_fiscal_year', fiscalYear: fy, reason: 'range' })
  const single: Period = { kind: 'fy', from: fy, to: fy }
  const period = fyPeriod(single, fy, fy)
  const scope = scopeOf({ ...query.filters, period: single }, period, asOf)
  const [pairs, matched] = await Promise.all([countStatePairs(db, { scope }), countEvents(db, { scope })])
  const covered = pairs.filter((p) => IS_STATE.has(p.stateCode) && p.events > 0).map((p) => p.stateCode)
  const before = await statesSeenBefore(db, { scope, states: covered, fiscalYear: fy })
  dcNote(pairs.find((p) => p.stateCode === 'DC')?.events ?? 0)
  const states = covered.filter((s) => !before.has(s)).sort()
  const outOf = FIFTY_STATES.filter((s) => stateScope === undefined || stateScope.includes(s.code)).length
  return { kind: 'states', intent: 'first_time_states', query, filters, notes, period, states, outOf, matchedEvents: matched.events }
}

const WHAT: Record<Lang, string> = { en: 'states with their first event', ja: '初めて事業を実施した州' }

const QUESTION: Record<Lang, (q: FirstTimeStatesQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Which states had their first event${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodIn(p)}${w.scopePhrase(q.filters)}初めて事業を実施した州は？`,
}

export const firstTimeStatesIntent = {
  intent: 'first_time_states',
  schema: firstTimeStatesQuerySchema,
  description: {
    en:
      'States (of the 50) that had an event in the period and none in any earlier fiscal year; with no period, ' +
      'when each state was first covered ("when did we first cover Wyoming?").',
  },
  examples: ['Which states were covered for the first time in FY2022?', 'ワイオミング州で初めて事業を実施したのは何年度？'],
  execute,
  text: (r) => {
    if (r.timeline) {
      const timeline = r.timeline
      const asked = askedStates(r)
      return both((w) => w.firstTimeline(timeline, asked))
    }
    return both((w) => w.firstTime(r.period, r.states, r.filters))
  },
  figures: stateItems,
  interpretation: (r, w, lang) => listInterpretation(WHAT, r, w, lang),
  understood: (q, w, lang, asOf) => [WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'first_time_states', FirstTimeStatesQuery, FirstTimeStatesResult>
