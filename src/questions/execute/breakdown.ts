// Breakdowns: one figure per group (fiscal year, month, state, region, office, type, theme, format). Each
// (metric, grouping) pair is answered by the cheapest store query that can (tallyByQuery); the rest read
// every matched event's grouping columns and tally in memory (tallyByFacts). Both give the same figures:
// test/questions/execute-derived.test.ts compares them.
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { OFFICES } from '../../domain/offices.ts'
import { REGIONS, STATES } from '../../domain/states.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countEventsByRegion } from '../../store/queries/count-region-pairs.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { countThemePairs } from '../../store/queries/count-theme-pairs.ts'
import { groupEvents, type EventGroupColumn } from '../../store/queries/group-events.ts'
import { readEventFacts, type EventFact } from '../../store/queries/read-event-facts.ts'
import type { EventScope } from '../../store/queries/scope.ts'
import { stateOfficePairs } from '../../store/queries/state-office-pairs.ts'
import type { BreakdownRow, ResolvedPeriod } from '../results.ts'
import type { Filters, GroupBy, Metric } from '../slots.ts'
import { scalarFigure, valueOf, type Figure } from './figures.ts'
import { fiscalYearsOf, monthsOf } from './periods.ts'
import { IS_STATE, REGION_OF } from './scope.ts'

interface GroupTally {
  events: number
  participants: number
  states: Set<string>
  offices: Set<string>
}

const newTally = (): GroupTally => ({ events: 0, participants: 0, states: new Set(), offices: new Set() })

/** The groups a breakdown shows, in catalogue order, limited by the question's own filters. */
function groupKeys(groupBy: GroupBy, filters: Filters, period: ResolvedPeriod, stateScope: string[] | undefined, metric: Metric): string[] {
  // an excluded value is no group ("by office, other than Chicago"): its events are not counted
  const keep = <T extends { code: string }>(xs: readonly T[], only: readonly string[] | undefined, excluded: readonly string[] | undefined) =>
    xs.filter((x) => (only === undefined || only.includes(x.code)) && !excluded?.includes(x.code)).map((x) => x.code)
  switch (groupBy) {
    case 'fiscal_year':
      return fiscalYearsOf(period).map(String)
    case 'month':
      return monthsOf(period)
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
  }
}

const EVENT_COLUMN: Partial<Record<GroupBy, EventGroupColumn>> = {
  fiscal_year: 'fiscalYear',
  month: 'startDate',
  office: 'officeCode',
  activity_type: 'activityType',
  format: 'format',
}

/** Group key of an Event-column group: months are folded from start dates. */
function columnKey(groupBy: GroupBy, key: string | number): string {
  return groupBy === 'month' ? String(key).slice(0, 7) : String(key)
}

/** Tallies per group by the cheapest query that answers the pair (metric, groupBy); null if none does. */
async function tallyByQuery(
  db: Db,
  options: { metric: Metric; groupBy: GroupBy; scope: EventScope; keys: string[]; stateScope: string[] | undefined },
): Promise<Map<string, GroupTally> | null> {
  const { metric, groupBy, scope, keys } = options
  const tallies = new Map(keys.map((k) => [k, newTally()]))
  const column = EVENT_COLUMN[groupBy]
  const participants = metric === 'participants' || metric === 'avg_participants'
  if (groupBy === 'fiscal_year' && participants) {
    // One sum per fiscal year, each over a start-date range: a GROUP BY fiscalYear would read the rows in
    // the fiscal-year index's order (by office within a year), scattered across the table.
    for (const key of keys) {
      const fy = Number(key)
      const c = await countEvents(db, { scope: { ...scope, fiscalYears: { from: fy, to: fy } }, participants: true })
      const t = tallies.get(key)
      if (t) {
        t.events = c.events
        t.participants = c.participants ?? 0
      }
    }
    return tallies
  }
  if (column && metric !== 'states_covered') {
    const rows = await groupEvents(db, { scope, column, byOffice: metric === 'offices_active', participants })
    for (const r of rows) {
      const t = tallies.get(columnKey(groupBy, r.key))
      if (!t) continue
      t.events += r.events
      t.participants += r.participants ?? 0
      if (r.officeCode !== undefined) t.offices.add(r.officeCode)
      else if (groupBy === 'office') t.offices.add(String(r.key))
    }
    return tallies
  }
  if (metric === 'states_covered' && (groupBy === 'fiscal_year' || groupBy === 'state' || groupBy === 'region')) {
    const rows = await countStatePairs(db, { scope, byFiscalYear: groupBy === 'fiscal_year' })
    for (const r of rows) {
      if (!IS_STATE.has(r.stateCode) || r.events === 0) continue
      const key = groupBy === 'fiscal_year' ? String(r.fiscalYear) : groupBy === 'state' ? r.stateCode : (REGION_OF.get(r.stateCode) ?? '')
      tallies.get(key)?.states.add(r.stateCode)
    }
    return tallies
  }
  if (metric === 'states_covered' && (groupBy === 'office' || groupBy === 'activity_type' || groupBy === 'format')) {
    const detail = groupBy === 'activity_type' ? 'activityType' : groupBy === 'format' ? 'format' : undefined
    for (const p of await stateOfficePairs(db, { scope, ...(detail ? { detail } : {}) })) {
      if (!IS_STATE.has(p.stateCode)) continue
      const key = groupBy === 'office' ? p.officeCode : groupBy === 'activity_type' ? p.activityType : p.format
      tallies.get(key ?? '')?.states.add(p.stateCode)
    }
    return tallies
  }
  if (metric === 'offices_active' && (groupBy === 'state' || groupBy === 'region')) {
    for (const p of await stateOfficePairs(db, { scope })) {
      const t = tallies.get(groupBy === 'state' ? p.stateCode : (REGION_OF.get(p.stateCode) ?? ''))
      if (!t) continue
      t.offices.add(p.officeCode)
      if (groupBy === 'state') t.events += p.pairs // one pair per (event, state): the state's events
    }
    return tallies
  }
  if (metric !== 'events' && !participants) return null
  if (groupBy === 'state') {
    for (const r of await countStatePairs(db, { scope, participants })) {
      const t = tallies.get(r.stateCode)
      if (!t) continue
      t.events = r.events
      t.participants = r.participants ?? 0
    }
    return tallies
  }
  if (groupBy === 'theme') {
    for (const r of await countThemePairs(db, { scope, participants })) {
      const t = tallies.get(r.themeCode)
      if (!t) continue
      t.events = r.events
      t.participants = r.participants ?? 0
    }
    return tallies
  }
  if (groupBy === 'region') {
    for (const r of await countEventsByRegion(db, { scope, regions: keys })) {
      const t = tallies.get(r.regionCode)
      if (!t) continue
      t.events = r.events
      t.participants = r.participants
    }
    return tallies
  }
  return null
}

/** Keys of the groups one event falls in. */
function keysOfFact(groupBy: GroupBy, f: EventFact, inScope: (state: string) => boolean, themes: readonly string[] | undefined): string[] {
  switch (groupBy) {
    case 'fiscal_year':
      return [String(f.fiscalYear)]
    case 'month':
      return [f.startDate.slice(0, 7)]
    case 'office':
      return [f.officeCode]
    case 'activity_type':
      return [f.activityType]
    case 'format':
      return [f.format]
    case 'state':
      return f.stateCodes.filter(inScope)
    case 'region':
      return [...new Set(f.stateCodes.filter(inScope).map((s) => REGION_OF.get(s) ?? ''))]
    case 'theme':
      return f.themes.filter((t) => themes === undefined || themes.includes(t))
  }
}

function stateInGroup(groupBy: GroupBy, state: string, key: string): boolean {
  if (groupBy === 'state') return state === key
  if (groupBy === 'region') return REGION_OF.get(state) === key
  return true
}

/** The general way: read every matched event's grouping columns and tally in memory. */
async function tallyByFacts(
  db: Db,
  options: { metric: Metric; groupBy: GroupBy; scope: EventScope; keys: string[]; stateScope: string[] | undefined; themes: readonly string[] | undefined },
): Promise<Map<string, GroupTally>> {
  const tallies = new Map(options.keys.map((k) => [k, newTally()]))
  const scopeSet = options.stateScope ? new Set(options.stateScope) : undefined
  const inScope = (s: string) => scopeSet === undefined || scopeSet.has(s)
  // States are needed to group by state or region, and to count states covered; themes only to group by theme.
  const states = options.groupBy === 'state' || options.groupBy === 'region' || options.metric === 'states_covered'
  const facts = await readEventFacts(db, { scope: options.scope, states, themes: options.groupBy === 'theme' })
  for (const f of facts) {
    for (const key of keysOfFact(options.groupBy, f, inScope, options.themes)) {
      const t = tallies.get(key)
      if (!t) continue
      t.events += 1
      t.participants += f.participants
      t.offices.add(f.officeCode)
      // states covered within the group: only the 50, only those of the question's scope and of the group
      for (const s of f.stateCodes) if (IS_STATE.has(s) && inScope(s) && stateInGroup(options.groupBy, s, key)) t.states.add(s)
    }
  }
  return tallies
}

export const CHRONOLOGICAL: readonly GroupBy[] = ['fiscal_year', 'month']
const MULTI_VALUED: readonly GroupBy[] = ['state', 'region', 'theme']

export function byValueThenKey(a: BreakdownRow, b: BreakdownRow): number {
  const av = a.value ?? -Infinity
  const bv = b.value ?? -Infinity
  if (av !== bv) return bv - av
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/**
 * The first `n` rows of rows sorted largest first, and every further row tied with the n-th (same value):
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
  filters: Filters
}

/**
 * The rows of a breakdown (sorted largest first, chronological groups in order; top N with ties), the figure
 * over all matched events, whether groups overlap (multi-state events), and states left out at 0.
 */
export async function breakdown(
  db: Db,
  options: { query: BreakdownAsk; period: ResolvedPeriod; scope: EventScope; stateScope: string[] | undefined },
): Promise<{ rows: BreakdownRow[]; total: Figure; overlapping: boolean; zeroStates: { count: number; of: number } | null }> {
  const { query, period, scope, stateScope } = options
  const groupBy = query.groupBy
  const metric = query.metric
  const keys = groupKeys(groupBy, query.filters, period, stateScope, metric)
  // Fiscal years and months partition the period: for additive figures the total is the sum of the rows.
  const partition = CHRONOLOGICAL.includes(groupBy) && metric !== 'states_covered' && metric !== 'offices_active'
  const [byQuery, separateTotal] = await Promise.all([
    tallyByQuery(db, { metric, groupBy, scope, keys, stateScope }),
    partition ? null : scalarFigure(db, metric, scope),
  ])
  const tallies = byQuery ?? (await tallyByFacts(db, { metric, groupBy, scope, keys, stateScope, themes: query.filters.themes }))
  let total = separateTotal
  if (total === null) {
    const events = [...tallies.values()].reduce((n, t) => n + t.events, 0)
    const participants = [...tallies.values()].reduce((n, t) => n + t.participants, 0)
    total = { value: valueOf(metric, { events, participants }), events, participants, dcEvents: 0 }
  }
  let rows: BreakdownRow[] = keys.map((key) => {
    const t = tallies.get(key) ?? newTally()
    const usesParticipants = metric === 'participants' || metric === 'avg_participants'
    return {
      key,
      value: valueOf(metric, { events: t.events, participants: t.participants, states: t.states.size, offices: t.offices.size }),
      events: t.events,
      participants: usesParticipants ? t.participants : null,
    }
  })
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
  const overlapping = additive && MULTI_VALUED.includes(groupBy) && sum > (total.value ?? 0)
  if (query.top !== undefined) rows = topWithTies([...rows].sort(byValueThenKey), query.top)
  else if (!CHRONOLOGICAL.includes(groupBy)) rows = [...rows].sort(byValueThenKey)
  return { rows, total, overlapping, zeroStates }
}
