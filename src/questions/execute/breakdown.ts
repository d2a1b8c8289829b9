// Breakdowns: one figure per group (fiscal year, month, state, region, office, type, theme, format). Each
// (metric, grouping) pair is answered by the cheapest store query that can (tally-by-query.ts); the rest read
// every matched event's grouping columns and tally in memory (tally-by-facts.ts). Both give the same
// figures: test/questions/execute-derived.test.ts compares them. This file chooses the groups, the total,
// the order, the top N with ties and the notes (overlap, states left out at 0).
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { OFFICES } from '../../domain/offices.ts'
import { REGIONS, STATES } from '../../domain/states.ts'
import type { Db } from '../../store/client.ts'
import type { EventScope } from '../../store/queries/scope.ts'
import type { BreakdownRow, ResolvedPeriod } from '../results.ts'
import type { Filters, GroupBy, Metric } from '../slots.ts'
import { scalarFigure, valueOf, type Figure } from './figures.ts'
import { fiscalQuartersOf, fiscalYearsOf, monthsOf, MONTHS_OF_YEAR, WEEKDAYS } from './periods.ts'
import { IS_STATE, REGION_OF } from './scope.ts'
import { tallyByFacts } from './tally-by-facts.ts'
import { listCategories } from '../../store/best-practice-categories.ts'
import { newTally, tallyByQuery } from './tally-by-query.ts'

/** The groups a breakdown shows, in catalogue order, limited by the question's own filters. */
export function groupKeys(groupBy: GroupBy, filters: Filters, period: ResolvedPeriod, stateScope: string[] | undefined, metric: Metric): string[] {
  // an excluded value is no group ("by office, other than Chicago"): its events are not counted
  const keep = <T extends { code: string }>(xs: readonly T[], only: readonly string[] | undefined, excluded: readonly string[] | undefined) =>
    xs.filter((x) => (only === undefined || only.includes(x.code)) && !excluded?.includes(x.code)).map((x) => x.code)
  switch (groupBy) {
    case 'fiscal_year':
      return fiscalYearsOf(period).map(String)
    case 'month':
      return monthsOf(period)
    case 'fiscal_quarter':
      return fiscalQuartersOf(period)
    case 'weekday':
      return [...WEEKDAYS]
    case 'month_of_year':
      return [...MONTHS_OF_YEAR]
    case 'state': {
      const codes = keep(STATES, stateScope, undefined)
      return metric === 'states_covered' ? codes.filter((c) => IS_STATE.has(c)) : codes
    }
    case 'region':
      return REGIONS.filter((r) => stateScope === undefined || stateScope.some((s) => REGION_OF.get(s) === r.code)).map((r) => r.code)
    case 'office':
      return keep(OFFICES, filters.offices, filters.exclude?.offices)
    case 'activity_type':
      return keep(ACTIVITY_TYPES, filters.types, filters.exclude?.types)
    case 'theme':
      return keep(THEMES, filters.themes, filters.exclude?.themes)
    case 'format':
      return keep(FORMATS, filters.formats, filters.exclude?.formats)
    // the cities are those the matched events record (tally-by-facts.ts opens a group for each)
    case 'city':
      return []
    // the categories of the table (breakdown reads it)
    case 'best_practice_category':
      return []
  }
}

export const CHRONOLOGICAL: readonly GroupBy[] = ['fiscal_year', 'fiscal_quarter', 'month']
/** Groupings that split the matched events (each event in exactly one group) and keep their own order. */
export const IN_ORDER: readonly GroupBy[] = [...CHRONOLOGICAL, 'weekday', 'month_of_year']
const MULTI_VALUED: readonly GroupBy[] = ['state', 'region', 'theme']
/** Groupings in which every matched event is in exactly one group. */
const PARTITIONS: readonly GroupBy[] = [...IN_ORDER, 'office', 'activity_type', 'format']

export function byValueThenKey(a: BreakdownRow, b: BreakdownRow): number {
  const av = a.value ?? -Infinity
  const bv = b.value ?? -Infinity
  if (av !== bv) return bv - av
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** Smallest first (no value last), then by key: the order of a fewest-first ranking. */
export function byValueAscThenKey(a: BreakdownRow, b: BreakdownRow): number {
  const av = a.value ?? Infinity
  const bv = b.value ?? Infinity
  if (av !== bv) return av - bv
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/**
 * The first `n` rows of rows sorted largest first (or smallest first, for a fewest-first ranking), and every further row tied with the n-th (same value):
 * "the top 3" never hides a group that ranks as high as one shown.
 */
export function topWithTies(sorted: BreakdownRow[], n: number): BreakdownRow[] {
  const last = sorted[n - 1]
  if (last === undefined) return sorted
  let end = n
  while (end < sorted.length && sorted[end]?.value === last.value) end++
  return sorted.slice(0, end)
}

/** What a breakdown query asks: the metric, the grouping, an optional top N, and the filters (for the groups shown). */
export interface BreakdownAsk {
  metric: Metric
  groupBy: GroupBy
  top?: number | undefined
  /** Rank from the smallest figure up, among groups with at least one matched event (metric.ts). */
  fewest?: boolean | undefined
  filters: Filters
}

/**
 * The rows of a breakdown (sorted largest first, chronological groups in order; top N with ties), the figure
 * over all matched events, whether groups overlap (multi-state events), and states left out at 0.
 */
export async function breakdown(
  db: Db,
  options: { query: BreakdownAsk; period: ResolvedPeriod; scope: EventScope; stateScope: string[] | undefined },
): Promise<{ rows: BreakdownRow[]; total: Figure; overlapping: boolean; zeroStates: { count: number; of: number } | null; unranked: { count: number; of: number } | null }> {
  const { query, period, stateScope } = options
  const groupBy = query.groupBy
  // by city or category, the events counted are those with one (the total and the matched events too)
  const scope = groupBy === 'city' ? { ...options.scope, withCity: true } : groupBy === 'best_practice_category' ? { ...options.scope, withCategory: true } : options.scope
  const metric = query.metric
  const categories = groupBy === 'best_practice_category' ? await listCategories(db) : []
  const keys =
    groupBy === 'best_practice_category'
      ? categories.map((c) => c.code).filter((c) => query.filters.bestPracticeCategories === undefined || query.filters.bestPracticeCategories.includes(c))
      : groupKeys(groupBy, query.filters, period, stateScope, metric)
  // Fiscal years, quarters, months and weekdays partition the period, and an event has one office, type and
  // format (the groups being those the filters leave): for additive figures the total is the sum of the rows,
  // not a second count of the events.
  const partition = PARTITIONS.includes(groupBy) && metric !== 'states_covered' && metric !== 'offices_active' && metric !== 'cities'
  const [byQuery, separateTotal] = await Promise.all([
    tallyByQuery(db, { metric, groupBy, scope, keys, stateScope }),
    partition ? null : scalarFigure(db, metric, scope),
  ])
  const facts = byQuery === null ? await tallyByFacts(db, { metric, groupBy, scope, keys, stateScope, themes: query.filters.themes }) : null
  const tallies = byQuery ?? facts?.tallies ?? new Map<string, ReturnType<typeof newTally>>()
  const labelOf = (key: string): { en: string; ja: string } | undefined => {
    if (groupBy === 'best_practice_category') {
      const c = categories.find((x) => x.code === key)
      return c === undefined ? undefined : { en: c.nameEn, ja: c.nameJa }
    }
    const spelling = groupBy === 'city' ? facts?.spellings.get(key) : undefined
    return spelling === undefined ? undefined : { en: spelling, ja: spelling }
  }
  // open groups (cities) are the keys the events gave
  const rowKeys = groupBy === 'city' ? [...tallies.keys()] : keys
  let total = separateTotal
  if (total === null) {
    const events = [...tallies.values()].reduce((n, t) => n + t.events, 0)
    const participants = [...tallies.values()].reduce((n, t) => n + t.participants, 0)
    total = { value: valueOf(metric, { events, participants }), events, participants, dcEvents: 0 }
  }
  let rows: BreakdownRow[] = rowKeys.map((key) => {
    const t = tallies.get(key) ?? newTally()
    const usesParticipants = metric === 'participants' || metric === 'avg_participants'
    const label = labelOf(key)
    return {
      key,
      value: valueOf(metric, { events: t.events, participants: t.participants, states: t.states.size, offices: t.offices.size, cities: t.cities.size }),
      events: t.events,
      participants: usesParticipants ? t.participants : null,
      ...(label !== undefined ? { label } : {}),
    }
  })
  // Fewest first ranks the groups with at least one matched event: a group with none is not ranked (a state's
  // or an office's having no event is its own question), and how many were left out is said.
  if (query.fewest === true) {
    const asked = groupBy === 'state' ? rows.filter((r) => r.key !== 'DC') : rows
    const withEvents = rows.filter((r) => hadEvents(metric, r))
    // cities are those the events record: none is without an event, so there is nothing to say
    const unranked = groupBy === 'city' ? null : { count: asked.filter((r) => !hadEvents(metric, r)).length, of: asked.length }
    const sorted = [...withEvents].sort(byValueAscThenKey)
    const additive = metric === 'events' || metric === 'participants'
    const sum = withEvents.reduce((n, r) => n + (r.value ?? 0), 0)
    const overlapping = additive && MULTI_VALUED.includes(groupBy) && (sum > (total.value ?? 0) || (groupBy === 'theme' && sum !== (total.value ?? 0)))
    return { rows: query.top === undefined ? sorted : topWithTies(sorted, query.top), total, overlapping, zeroStates: null, unranked }
  }
  // A state breakdown lists states with events (zero rows would be most of the 51), and says how many it left
  // out (so that the last row is never read as the fewest); others keep every group.
  let zeroStates: { count: number; of: number } | null = null
  if (groupBy === 'state') {
    const states = rows.filter((r) => r.key !== 'DC')
    if (query.top === undefined) zeroStates = { count: states.filter((r) => (r.value ?? 0) <= 0).length, of: states.length }
    rows = rows.filter((r) => (r.value ?? 0) > 0)
  }
  // overlap is judged over every group (before a top N is taken): a state's figure counts a multi-state
  // event's events and participants in full, whether or not the other states are shown
  const additive = metric === 'events' || metric === 'participants'
  const sum = rows.reduce((n, r) => n + (r.value ?? 0), 0)
  // by theme the groups may also add up to less: an event with no theme is under none of them
  const overlapping = additive && MULTI_VALUED.includes(groupBy) && (sum > (total.value ?? 0) || (groupBy === 'theme' && sum !== (total.value ?? 0)))
  if (query.top !== undefined) rows = topWithTies([...rows].sort(byValueThenKey), query.top)
  // categories keep the table's order (the report's); other groups go largest first
  else if (!IN_ORDER.includes(groupBy) && groupBy !== 'best_practice_category') rows = [...rows].sort(byValueThenKey)
  return { rows, total, overlapping, zeroStates, unranked: null }
}

/**
 * Whether a group had at least one matched event. Event and participant tallies count the group's events;
 * states covered and offices active are counted from (event, state) and (event, office) pairs, which a
 * group has exactly when it has an event.
 */
function hadEvents(metric: Metric, row: BreakdownRow): boolean {
  return metric === 'states_covered' || metric === 'offices_active' || metric === 'cities' ? (row.value ?? 0) > 0 : row.events > 0
}
