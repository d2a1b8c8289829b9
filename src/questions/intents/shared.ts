// Helpers the intent modules share: the states a question is about, and the period of a query not run.
import { FIFTY_STATES } from '../../domain/states.ts'
import { resolvePeriod } from '../execute/periods.ts'
import type { QueryCore, ResolvedPeriod, ResultBase } from '../results.ts'
import type { Period } from '../slots.ts'

/** How many of the 50 states a question is about (its region/state filters narrow it). Reference data only. */
export function statesAskedAbout(r: ResultBase<QueryCore>): number {
  const scope = r.filters.stateScope
  return scope === undefined ? FIFTY_STATES.length : FIFTY_STATES.filter((s) => scope.includes(s.code)).length
}

/** The 50-state codes a question is about (all, or those of its state/region filters), DC never. */
export function askedStates(r: ResultBase<QueryCore>): string[] {
  const scope = r.filters.stateScope
  return FIFTY_STATES.filter((s) => scope === undefined || scope.includes(s.code)).map((s) => s.code)
}

/**
 * A period's dates and fiscal years from the as-of date alone (no data read: "all" has no dates), for
 * describing a query that is not run (the suggestion of a refusal).
 */
export function describePeriod(period: Period, asOf: string): ResolvedPeriod {
  return resolvePeriod(period, asOf, null).resolved
}
