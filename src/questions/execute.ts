// The executor: the only place where a question becomes figures. A Query (from the rules or a language
// model, already validated) is run as deterministic queries over the recorded events by its intent's module
// (src/questions/intents/); the result carries what was counted (the period with its concrete dates, the
// filters, how many events matched) so that the answer can say it. Counting rules (product.md): distinct
// events; an event belongs to the fiscal year of its start date; DC is not a state; a multi-state event
// counts once in a total and once in every state, region or theme group it touches.
import type { Db } from '../store/client.ts'
import { eventDateSpan } from '../store/queries/event-date-span.ts'
import { resolvePeriod } from './execute/periods.ts'
import { stateScopeOf } from './execute/scope.ts'
import { listCategories } from '../store/best-practice-categories.ts'
import type { AverageEventsResult } from './intents/average-events.ts'
import { intentModule, type Query } from './intents/index.ts'
import type { MedianParticipantsResult } from './intents/median-participants.ts'
import type { ShareResult } from './intents/share.ts'
import type { BudgetExecutionResult } from './intents/budget-execution.ts'
import type { EventCostResult } from './intents/event-cost.ts'
import type { EventStatResult } from './intents/event-stat.ts'
import type { DistinctPartnersResult } from './intents/distinct-partners.ts'
import type { LargestEventResult } from './intents/largest-event.ts'
import type { OfficesWithoutEventsResult } from './intents/offices-without-events.ts'
import type { PeriodDifferenceResult } from './intents/period-difference.ts'
import type { StatesWithMinEventsResult } from './intents/states-with-min-events.ts'
import type { RatioResult } from './intents/ratio.ts'
import type { CrosstabResult } from './intents/crosstab.ts'
import type { RankedPlaceResult } from './intents/ranked-place.ts'
import type { TopEventsTotalResult } from './intents/top-events-total.ts'
import type { TopEventsResult } from './intents/top-events.ts'
import type { AboveAverageResult } from './intents/above-average.ts'
import type { EmptyMonthsResult } from './intents/empty-months.ts'
import type { RecordedEventsResult } from './intents/recorded-events.ts'
import type { YearChangeResult } from './intents/year-change.ts'
import type { GroupChangeResult } from './intents/group-change.ts'
import type { GroupDifferenceResult } from './intents/group-difference.ts'
import type { GroupFirstEventResult } from './intents/group-first-event.ts'
import type { EventDaysResult } from './intents/event-days.ts'
import type { VersusRestResult } from './intents/versus-rest.ts'
import type { BreakdownResult, ComparisonResult, EventsResult, ExecuteOptions, ResolvedPeriod, ResultNote, ScalarResult, StatesResult } from './results.ts'
import type { Period } from './slots.ts'

export type {
  BreakdownRow,
  ComparisonRow,
  ExecuteContext,
  ExecuteOptions,
  ResolvedPeriod,
  ResultNote,
} from './results.ts'
export { averageOf } from './execute/figures.ts'
export { topWithTies } from './execute/breakdown.ts'
export { describePeriod } from './intents/shared.ts'
export type { ScalarResult, BreakdownResult, ComparisonResult, StatesResult, EventsResult }
export type { DistinctPartnersResult, LargestEventResult, OfficesWithoutEventsResult, PeriodDifferenceResult, StatesWithMinEventsResult }

/** What any query's executor returns (its `query` is the query that was run). */
export type QueryResult =
  | ScalarResult<Query>
  | BreakdownResult<Query>
  | ComparisonResult<Query>
  | StatesResult<Query>
  | EventsResult<Query>
  | ShareResult
  | MedianParticipantsResult
  | AverageEventsResult
  | LargestEventResult
  | DistinctPartnersResult
  | OfficesWithoutEventsResult
  | StatesWithMinEventsResult
  | PeriodDifferenceResult
  | BudgetExecutionResult
  | EventCostResult
  | EventStatResult
  | RatioResult
  | CrosstabResult
  | RankedPlaceResult
  | TopEventsTotalResult
  | TopEventsResult
  | AboveAverageResult
  | EmptyMonthsResult
  | RecordedEventsResult
  | YearChangeResult
  | GroupChangeResult
  | GroupDifferenceResult
  | GroupFirstEventResult
  | EventDaysResult
  | VersusRestResult

/** Runs a query. Every figure in the result comes from the store; nothing here guesses. */
export async function executeQuery(db: Db, query: Query, options: ExecuteOptions): Promise<QueryResult> {
  const { asOf } = options
  const periods = query.intent === 'compare' || query.intent === 'period_difference' ? query.periods : query.intent === 'recorded_events' && query.recorded ? [query.filters.period, query.recorded] : [query.filters.period]
  const span = periods.some((p) => p.kind === 'all' || p.kind === 'dates_until') ? await eventDateSpan(db) : null
  const stateScope = stateScopeOf(query.filters)
  // the names of the best-practice categories asked about, for the answer's words (they are data)
  const categoryNames = query.filters.bestPracticeCategories ? await namesOfCategories(db, query.filters.bestPracticeCategories) : undefined
  const filters = { ...query.filters, ...(stateScope ? { stateScope } : {}), ...(categoryNames ? { categoryNames } : {}) }
  const notes: ResultNote[] = []
  const resolve = (p: Period): ResolvedPeriod => {
    const { resolved, reversed } = resolvePeriod(p, asOf, span)
    if (reversed && !notes.some((n) => n.code === 'period_reversed')) notes.push({ code: 'period_reversed' })
    return resolved
  }
  const dcNote = (events: number) => {
    if (events > 0) notes.push({ code: 'dc_events', events })
  }
  const result = (await intentModule(query.intent).execute(db, query, { asOf, ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}), filters, stateScope, notes, resolve, dcNote })) as QueryResult
  const periodsOf = (r: QueryResult): ResolvedPeriod[] =>
    r.kind === 'comparison' ? r.rows.map((row) => row.period) : r.kind === 'difference' || r.kind === 'group_change' ? r.periods : r.kind === 'recorded_events' && r.recorded !== null ? [r.period, r.recorded] : [r.period]
  if (periodsOf(result).some((p) => p.asked.kind !== 'all' && p.from !== null && p.to !== null && p.from <= asOf && asOf < p.to)) {
    result.notes.push({ code: 'in_progress', through: asOf })
  }
  if (result.matchedEvents === 0) {
    const recorded = span ?? (await eventDateSpan(db))
    result.notes.push(recorded ? { code: 'nothing_matched', first: recorded.first, last: recorded.last } : { code: 'nothing_recorded' })
  }
  return result
}

/** The Japanese and English names of these best-practice categories (a code not in the table keeps no name). */
async function namesOfCategories(db: Db, codes: readonly string[]): Promise<Record<string, { en: string; ja: string }>> {
  const table = await listCategories(db)
  return Object.fromEntries(table.filter((c) => codes.includes(c.code)).map((c) => [c.code, { en: c.nameEn, ja: c.nameJa }]))
}
