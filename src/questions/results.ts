// What an executor returns and what it shares with the others: the types every intent module uses. Types
// only, so that intent modules, the wording and the answer renderer can all import them without a cycle.
import type { ListedEvent } from '../store/queries/latest-events.ts'
import type { Filters, GroupBy, Metric, Period } from './slots.ts'

export interface ExecuteOptions {
  /** "Today" ('YYYY-MM-DD'): relative fiscal years and open-ended ranges are resolved against it. */
  asOf: string
  /** The app's calendar (IANA time zone) for instants read as dates (when an event was recorded); default Asia/Tokyo. */
  timeZone?: string
}

/** A period as counted: its kind as asked, and the concrete dates it stood for. */
export interface ResolvedPeriod {
  /** The period as the query gave it. */
  asked: Period
  /** First and last day counted, inclusive; null only for "all" when nothing is recorded. */
  from: string | null
  to: string | null
  /** Fiscal years covered, for fiscal-year periods (and for "all": the years with recorded events). */
  fiscalYears: { from: number; to: number } | null
}

export type ResultNote =
  /** DC had matched events; it is not a state, so state figures leave it out. */
  | { code: 'dc_events'; events: number }
  /** First-time states need one fiscal year; this one was used. */
  | { code: 'first_time_fiscal_year'; fiscalYear: number; reason: 'range' | 'all' | 'dates' }
  /** The period's ends were given in reverse order and were swapped. */
  | { code: 'period_reversed' }
  /** The period runs past the as-of date: it is counted so far, not complete. */
  | { code: 'in_progress'; through: string }
  /** Nothing matched: what the database holds, so a user sees whether the period or the filters are empty. */
  | { code: 'nothing_matched'; first: string; last: string }
  | { code: 'nothing_recorded' }

/** What a query looks like to a result: its intent and filters (each intent's module gives its own type). */
export interface QueryCore {
  intent: string
  filters: Filters
}

export interface ResultBase<Q extends QueryCore = QueryCore> {
  query: Q
  /** The filters as asked; `stateScope` is the resulting set of states (regions, states, no-office ∩). */
  filters: Filters & { stateScope?: string[]; categoryNames?: Record<string, { en: string; ja: string }> }
  /** Distinct events that matched the period and filters. */
  matchedEvents: number
  notes: ResultNote[]
}

export interface ScalarResult<Q extends QueryCore = QueryCore> extends ResultBase<Q> {
  kind: 'scalar'
  metric: Metric
  period: ResolvedPeriod
  /** The figure; null for an average over no events. Averages are rounded to one decimal here, only here. */
  value: number | null
  /** For averages: the two exact integers it comes from. */
  events: number
  participants: number | null
}

export interface BreakdownRow {
  /** FY "2022", month "2022-05", USPS code, or a region/office/type/theme/format code. */
  key: string
  value: number | null
  events: number
  participants: number | null
  /** The group's name when its key does not say it (a best-practice category, a city outside the reference list). */
  label?: { en: string; ja: string }
}

/**
 * How a breakdown ranks its groups: `top` N groups (ties with the N-th kept) or all (null); `fewest` ranks
 * from the smallest figure up, among the groups with at least one matched event (a group with none is not
 * ranked: it is counted in `unranked`; the offices or states with no events are their own questions).
 */
export interface Rank {
  top: number | null
  fewest: boolean
  /** A running total over chronological groups (each row: everything from the period's start to its end). */
  cumulative?: boolean
}

export interface BreakdownResult<Q extends QueryCore = QueryCore> extends ResultBase<Q> {
  kind: 'breakdown'
  metric: Metric
  groupBy: GroupBy
  top: number | null
  period: ResolvedPeriod
  rows: BreakdownRow[]
  /** The figure over all matched events, each once (what the rows would add up to without overlaps). */
  total: number | null
  /** Some event counts in more than one group, so the rows add up to more than the total. */
  overlapping: boolean
  /** By state without a top N: the states (of `of` asked about, DC apart) left out of the rows because their figure is 0. */
  zeroStates: { count: number; of: number } | null
  /** Ranked fewest first (see Rank), among groups with at least one matched event. */
  fewest: boolean
  /** Rows are running totals from the period's start (chronological groups; `rows[i].events` stays the group's own). */
  cumulative: boolean
  /** With `fewest`: the groups (of `of` asked about, DC apart by state) with no matched event, left unranked. */
  unranked: { count: number; of: number } | null
}

export interface ComparisonRow extends BreakdownRow {
  period: ResolvedPeriod
  matchedEvents: number
}

export interface ComparisonResult<Q extends QueryCore = QueryCore> extends ResultBase<Q> {
  kind: 'comparison'
  metric: Metric
  rows: [ComparisonRow, ComparisonRow]
  /** Second minus first; null when either value is null. */
  difference: number | null
  /** Change relative to the first, in percent, one decimal; null when the first is 0 or null. */
  changePercent: number | null
}

export interface StatesResult<Q extends QueryCore = QueryCore> extends ResultBase<Q> {
  kind: 'states'
  intent: 'first_time_states' | 'uncovered_states'
  period: ResolvedPeriod
  /** USPS codes, alphabetical; DC never. */
  states: string[]
  /** How many of the 50 states the question was about (50, or fewer with a region or state filter). */
  outOf: number
  /**
   * For "when" questions (first-time states over all records): each covered state's first fiscal year,
   * ordered by that year then code; `states` then holds the states with an event.
   */
  timeline?: Array<{ state: string; fiscalYear: number }>
}

export interface EventsResult<Q extends QueryCore = QueryCore> extends ResultBase<Q> {
  kind: 'events'
  period: ResolvedPeriod
  events: ListedEvent[]
  limit: number
}

/**
 * What every intent's executor shares: the as-of date, the filters as counted, the notes of the result, and
 * period resolution (which records a reversed period once, whichever intent resolves it).
 */
export interface ExecuteContext {
  asOf: string
  /** The app's calendar for instants read as dates (ExecuteOptions.timeZone). */
  timeZone?: string
  /** The filters as asked, with the resulting state scope. */
  filters: Filters & { stateScope?: string[] }
  /** The states the question is about (state, region and "no office" filters intersected), if narrowed. */
  stateScope: string[] | undefined
  /** Notes of the result; executors append to it. */
  notes: ResultNote[]
  resolve: (p: Period) => ResolvedPeriod
  /** Records that DC had matched events (it is not a state), when it had any. */
  dcNote: (events: number) => void
}
