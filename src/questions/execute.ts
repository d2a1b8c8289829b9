// The executor: the only place where a question becomes figures. A Query (from the rules or a language
// model, already validated) is run as deterministic queries over the recorded events; the result carries
// what was counted (the period with its concrete dates, the filters, how many events matched) so that the
// answer can say it. Counting rules (product.md): distinct events; an event belongs to the fiscal year of
// its start date; DC is not a state; a multi-state event counts once in a total and once in every state,
// region or theme group it touches.
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../domain/catalog.ts'
import { currentFiscalYear, fiscalYearOf, fiscalYearRange } from '../domain/fiscal-year.ts'
import { OFFICES, statesWithoutOffice } from '../domain/offices.ts'
import { FIFTY_STATES, REGIONS, STATES } from '../domain/states.ts'
import type { Db } from '../store/client.ts'
import { countEvents } from '../store/queries/count-events.ts'
import { countEventsByRegion } from '../store/queries/count-region-pairs.ts'
import { countStatePairs } from '../store/queries/count-state-pairs.ts'
import { countThemePairs } from '../store/queries/count-theme-pairs.ts'
import { eventDateSpan } from '../store/queries/event-date-span.ts'
import { groupEvents, type EventGroupColumn } from '../store/queries/group-events.ts'
import { latestEvents, type ListedEvent } from '../store/queries/latest-events.ts'
import { readEventFacts, type EventFact } from '../store/queries/read-event-facts.ts'
import type { EventScope } from '../store/queries/scope.ts'
import { stateOfficePairs } from '../store/queries/state-office-pairs.ts'
import { statesSeenBefore } from '../store/queries/states-seen-before.ts'
import { firstFiscalYears } from '../store/queries/first-fiscal-years.ts'
import { CATALOGUE } from './catalogue.ts'
import type { Filters, GroupBy, Intent, Metric, Period, Query } from './query.ts'

export interface ExecuteOptions {
  /** "Today" ('YYYY-MM-DD'): relative fiscal years and open-ended ranges are resolved against it. */
  asOf: string
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

interface ResultBase {
  query: Query
  /** The filters as asked; `stateScope` is the resulting set of states (regions, states, no-office ∩). */
  filters: Filters & { stateScope?: string[] }
  /** Distinct events that matched the period and filters. */
  matchedEvents: number
  notes: ResultNote[]
}

export interface ScalarResult extends ResultBase {
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
}

export interface BreakdownResult extends ResultBase {
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
}

export interface ComparisonRow extends BreakdownRow {
  period: ResolvedPeriod
  matchedEvents: number
}

export interface ComparisonResult extends ResultBase {
  kind: 'comparison'
  metric: Metric
  rows: [ComparisonRow, ComparisonRow]
  /** Second minus first; null when either value is null. */
  difference: number | null
  /** Change relative to the first, in percent, one decimal; null when the first is 0 or null. */
  changePercent: number | null
}

export interface StatesResult extends ResultBase {
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

export interface EventsResult extends ResultBase {
  kind: 'events'
  period: ResolvedPeriod
  events: ListedEvent[]
  limit: number
}

export type QueryResult = ScalarResult | BreakdownResult | ComparisonResult | StatesResult | EventsResult

// ---------------------------------------------------------------------------------------------------------
// Periods and filters.

type Span = { first: string; last: string } | null

function resolvePeriod(period: Period, asOf: string, span: Span): { resolved: ResolvedPeriod; reversed: boolean } {
  switch (period.kind) {
    case 'all': {
      // the recorded events up to the as-of date: an event dated after it is not counted (scopeOf)
      const last = span === null || span.first > asOf ? null : span.last < asOf ? span.last : asOf
      const first = last === null ? null : (span?.first ?? null)
      return {
        resolved: {
          asked: period,
          from: first,
          to: last,
          fiscalYears: first !== null && last !== null ? { from: fiscalYearOf(first), to: fiscalYearOf(last) } : null,
        },
        reversed: false,
      }
    }
    case 'fy': {
      // "since FY2017" runs through the current FY (or just FY2017 if that is still ahead)
      const to = period.to ?? Math.max(period.from, currentFiscalYear(asOf))
      const [a, b] = period.from <= to ? [period.from, to] : [to, period.from]
      return { resolved: fyPeriod(period, a, b), reversed: period.from > to }
    }
    case 'fy_relative': {
      const fy = currentFiscalYear(asOf) + period.offset
      return { resolved: fyPeriod(period, fy, fy), reversed: false }
    }
    case 'dates': {
      const [a, b] = period.from <= period.to ? [period.from, period.to] : [period.to, period.from]
      return {
        resolved: { asked: period, from: a, to: b, fiscalYears: null },
        reversed: period.from > period.to,
      }
    }
  }
}

/**
 * A period's dates and fiscal years from the as-of date alone (no data read: "all" has no dates), for
 * describing a query that is not run (the suggestion of a refusal).
 */
export function describePeriod(period: Period, asOf: string): ResolvedPeriod {
  return resolvePeriod(period, asOf, null).resolved
}

function fyPeriod(asked: Period, from: number, to: number): ResolvedPeriod {
  return { asked, from: fiscalYearRange(from).start, to: fiscalYearRange(to).end, fiscalYears: { from, to } }
}

/** Fiscal years a resolved period touches, in order (for fiscal-year breakdowns). */
function fiscalYearsOf(p: ResolvedPeriod): number[] {
  let range = p.fiscalYears
  if (range === null && p.from !== null && p.to !== null) range = { from: fiscalYearOf(p.from), to: fiscalYearOf(p.to) }
  if (range === null) return []
  const out: number[] = []
  for (let fy = range.from; fy <= range.to; fy++) out.push(fy)
  return out
}

/** Months ('YYYY-MM') a resolved period touches, in order. */
function monthsOf(p: ResolvedPeriod): string[] {
  if (p.from === null || p.to === null) return []
  const out: string[] = []
  let y = Number(p.from.slice(0, 4))
  let m = Number(p.from.slice(5, 7))
  const last = p.to.slice(0, 7)
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
    out.push(key)
    if (key >= last) break
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/** The states a question is about: the intersection of its state, region and "no office" filters. */
function stateScopeOf(filters: Filters): string[] | undefined {
  const sets: string[][] = []
  if (filters.states) sets.push(filters.states)
  if (filters.regions) {
    const regions = new Set<string>(filters.regions)
    sets.push(STATES.filter((s) => regions.has(s.region)).map((s) => s.code))
  }
  if (filters.withoutOffice) sets.push(statesWithoutOffice())
  if (sets.length === 0) return undefined
  const [first, ...rest] = sets
  return STATES.map((s) => s.code).filter((c) => first?.includes(c) && rest.every((set) => set.includes(c)))
}

/** A date no event starts before: the lower bound of "everything up to the as-of date". */
const BEFORE_ANY_EVENT = '1900-01-01'

/**
 * The events a question counts, as a store scope. This is the one place where a period becomes the date range
 * that is counted, and where the as-of date clips it: an event whose start date is after `asOf` is never
 * counted, whatever the period ("all", a fiscal year still running, a range reaching past today, dates), so
 * that "counted up to <asOf>" (the in_progress note) is true of every figure.
 */
function scopeOf(filters: Filters, period: ResolvedPeriod, asOf: string): EventScope {
  const stateScope = stateScopeOf(filters)
  const asked = period.asked
  const from = asked.kind === 'all' ? BEFORE_ANY_EVENT : (period.from ?? BEFORE_ANY_EVENT)
  const to = period.to === null || period.to > asOf ? asOf : period.to
  // "all" is clipped only when events after the as-of date exist (its `to` is then asOf) or none before it
  const clipped = asked.kind === 'dates' || to !== period.to || (asked.kind === 'all' && (period.to === null || period.to >= asOf))
  return {
    ...(clipped ? { dates: { from, to } } : {}),
    ...(asked.kind !== 'all' && asked.kind !== 'dates' && period.fiscalYears ? { fiscalYears: period.fiscalYears } : {}),
    ...(stateScope ? { states: stateScope } : {}),
    ...(filters.offices ? { offices: filters.offices } : {}),
    ...(filters.types ? { types: filters.types } : {}),
    ...(filters.themes ? { themes: filters.themes } : {}),
    ...(filters.formats ? { formats: filters.formats } : {}),
    ...(filters.bestPractice !== undefined ? { bestPractice: filters.bestPractice } : {}),
  }
}

const IS_STATE = new Set(FIFTY_STATES.map((s) => s.code))
const REGION_OF = new Map(STATES.map((s) => [s.code, s.region]))

/** Averages are the one figure that is not a whole number: one decimal, rounded half up, here only. */
export function averageOf(participants: number, events: number): number | null {
  return events === 0 ? null : Math.round((participants / events) * 10) / 10
}

function valueOf(metric: Metric, c: { events: number; participants: number | null; states?: number; offices?: number }): number | null {
  switch (metric) {
    case 'events':
      return c.events
    case 'participants':
      return c.participants ?? 0
    case 'avg_participants':
      return averageOf(c.participants ?? 0, c.events)
    case 'states_covered':
      return c.states ?? 0
    case 'offices_active':
      return c.offices ?? 0
  }
}

// ---------------------------------------------------------------------------------------------------------
// Scalars.

interface Figure {
  value: number | null
  events: number
  participants: number | null
  dcEvents: number
}

async function scalarFigure(db: Db, metric: Metric, scope: EventScope): Promise<Figure> {
  switch (metric) {
    case 'events': {
      const c = await countEvents(db, { scope })
      return { value: c.events, events: c.events, participants: null, dcEvents: 0 }
    }
    case 'participants':
    case 'avg_participants': {
      const c = await countEvents(db, { scope, participants: true })
      return { value: valueOf(metric, c), events: c.events, participants: c.participants, dcEvents: 0 }
    }
    case 'states_covered': {
      const [pairs, c] = await Promise.all([countStatePairs(db, { scope }), countEvents(db, { scope })])
      const states = pairs.filter((p) => IS_STATE.has(p.stateCode) && p.events > 0).length
      const dcEvents = pairs.find((p) => p.stateCode === 'DC')?.events ?? 0
      return { value: states, events: c.events, participants: null, dcEvents }
    }
    case 'offices_active': {
      if (scope.states !== undefined) {
        // a state filter: the offices of the matched (event, state) pairs, not a test of every event
        const [pairs, c] = await Promise.all([stateOfficePairs(db, { scope }), countEvents(db, { scope })])
        return { value: new Set(pairs.map((p) => p.officeCode)).size, events: c.events, participants: null, dcEvents: 0 }
      }
      const groups = await groupEvents(db, { scope, column: 'officeCode' })
      const events = groups.reduce((n, g) => n + g.events, 0)
      return { value: groups.filter((g) => g.events > 0).length, events, participants: null, dcEvents: 0 }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Breakdowns.

interface GroupTally {
  events: number
  participants: number
  states: Set<string>
  offices: Set<string>
}

const newTally = (): GroupTally => ({ events: 0, participants: 0, states: new Set(), offices: new Set() })

/** The groups a breakdown shows, in catalogue order, limited by the question's own filters. */
function groupKeys(groupBy: GroupBy, filters: Filters, period: ResolvedPeriod, stateScope: string[] | undefined, metric: Metric): string[] {
  const keep = <T extends { code: string }>(xs: readonly T[], only: readonly string[] | undefined) =>
    xs.filter((x) => only === undefined || only.includes(x.code)).map((x) => x.code)
  switch (groupBy) {
    case 'fiscal_year':
      return fiscalYearsOf(period).map(String)
    case 'month':
      return monthsOf(period)
    case 'state': {
      const codes = keep(STATES, stateScope)
      return metric === 'states_covered' ? codes.filter((c) => IS_STATE.has(c)) : codes
    }
    case 'region':
      return REGIONS.filter((r) => stateScope === undefined || stateScope.some((s) => REGION_OF.get(s) === r.code)).map((r) => r.code)
    case 'office':
      return keep(OFFICES, filters.offices)
    case 'activity_type':
      return keep(ACTIVITY_TYPES, filters.types)
    case 'theme':
      return keep(THEMES, filters.themes)
    case 'format':
      return keep(FORMATS, filters.formats)
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

const CHRONOLOGICAL: readonly GroupBy[] = ['fiscal_year', 'month']
const MULTI_VALUED: readonly GroupBy[] = ['state', 'region', 'theme']

function byValueThenKey(a: BreakdownRow, b: BreakdownRow): number {
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

async function breakdown(
  db: Db,
  options: { query: Extract<Query, { intent: 'metric' }>; period: ResolvedPeriod; scope: EventScope; stateScope: string[] | undefined },
): Promise<{ rows: BreakdownRow[]; total: Figure; overlapping: boolean; zeroStates: { count: number; of: number } | null }> {
  const { query, period, scope, stateScope } = options
  const groupBy = query.groupBy as GroupBy
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

// ---------------------------------------------------------------------------------------------------------
// The entry point.

function periodKey(p: ResolvedPeriod): string {
  if (p.fiscalYears && p.asked.kind !== 'all') {
    return p.fiscalYears.from === p.fiscalYears.to ? String(p.fiscalYears.from) : `${p.fiscalYears.from}-${p.fiscalYears.to}`
  }
  if (p.asked.kind === 'all') return 'all'
  return `${p.from}..${p.to}`
}

/**
 * What every intent's executor shares: the as-of date, the filters as counted, the notes of the result, and
 * period resolution (which records a reversed period once, whichever intent resolves it).
 */
export interface ExecuteContext {
  asOf: string
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

type QueryOf<I extends Intent> = Extract<Query, { intent: I }>

export async function executeMetric(db: Db, query: QueryOf<'metric'>, ctx: ExecuteContext): Promise<ScalarResult | BreakdownResult> {
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  if (query.groupBy === undefined) {
    const f = await scalarFigure(db, query.metric, scope)
    dcNote(f.dcEvents)
    return { kind: 'scalar', query, filters, notes, metric: query.metric, period, value: f.value, events: f.events, participants: f.participants, matchedEvents: f.events }
  }
  const b = await breakdown(db, { query, period, scope, stateScope })
  dcNote(b.total.dcEvents)
  return {
    kind: 'breakdown',
    query,
    filters,
    notes,
    metric: query.metric,
    groupBy: query.groupBy,
    top: query.top ?? null,
    period,
    rows: b.rows,
    total: b.total.value,
    overlapping: b.overlapping,
    zeroStates: b.zeroStates,
    matchedEvents: b.total.events,
  }
}

export async function executeCompare(db: Db, query: QueryOf<'compare'>, ctx: ExecuteContext): Promise<ComparisonResult> {
  const { filters, notes, resolve } = ctx
  const rows = await Promise.all(
    query.periods.map(async (p): Promise<ComparisonRow> => {
      const period = resolve(p)
      const f = await scalarFigure(db, query.metric, scopeOf(query.filters, period, ctx.asOf))
      return { key: periodKey(period), period, value: f.value, events: f.events, participants: f.participants, matchedEvents: f.events }
    }),
  )
  const [a, b] = rows as [ComparisonRow, ComparisonRow]
  const difference = a.value !== null && b.value !== null ? Math.round((b.value - a.value) * 10) / 10 : null
  const changePercent = a.value !== null && b.value !== null && a.value !== 0 ? Math.round(((b.value - a.value) / a.value) * 1000) / 10 : null
  return { kind: 'comparison', query, filters, notes, metric: query.metric, rows: [a, b], difference, changePercent, matchedEvents: a.matchedEvents + b.matchedEvents }
}

export async function executeFirstTimeStates(db: Db, query: QueryOf<'first_time_states'>, ctx: ExecuteContext): Promise<StatesResult> {
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

export async function executeUncoveredStates(db: Db, query: QueryOf<'uncovered_states'>, ctx: ExecuteContext): Promise<StatesResult> {
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

export async function executeListEvents(db: Db, query: QueryOf<'list_events'>, ctx: ExecuteContext): Promise<EventsResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const [events, matched] = await Promise.all([latestEvents(db, { scope, take: query.limit }), countEvents(db, { scope })])
  return { kind: 'events', query, filters, notes, period, events, limit: query.limit, matchedEvents: matched.events }
}

/** Runs a query. Every figure in the result comes from the store; nothing here guesses. */
export async function executeQuery(db: Db, query: Query, options: ExecuteOptions): Promise<QueryResult> {
  const { asOf } = options
  const periods = query.intent === 'compare' ? query.periods : [query.filters.period]
  const span = periods.some((p) => p.kind === 'all') ? await eventDateSpan(db) : null
  const stateScope = stateScopeOf(query.filters)
  const filters = { ...query.filters, ...(stateScope ? { stateScope } : {}) }
  const notes: ResultNote[] = []
  const resolve = (p: Period): ResolvedPeriod => {
    const { resolved, reversed } = resolvePeriod(p, asOf, span)
    if (reversed && !notes.some((n) => n.code === 'period_reversed')) notes.push({ code: 'period_reversed' })
    return resolved
  }
  const dcNote = (events: number) => {
    if (events > 0) notes.push({ code: 'dc_events', events })
  }
  const result = await runIntent(db, query, { asOf, filters, stateScope, notes, resolve, dcNote })
  const periodsOf = (r: QueryResult): ResolvedPeriod[] => (r.kind === 'comparison' ? r.rows.map((row) => row.period) : [r.period])
  if (periodsOf(result).some((p) => p.asked.kind !== 'all' && p.from !== null && p.to !== null && p.from <= asOf && asOf < p.to)) {
    result.notes.push({ code: 'in_progress', through: asOf })
  }
  if (result.matchedEvents === 0) {
    const recorded = span ?? (await eventDateSpan(db))
    result.notes.push(recorded ? { code: 'nothing_matched', first: recorded.first, last: recorded.last } : { code: 'nothing_recorded' })
  }
  return result
}

/** The intent's own executor, from the catalogue (generic so that the query's type follows its intent). */
function runIntent<I extends Intent>(db: Db, query: QueryOf<I>, ctx: ExecuteContext): Promise<QueryResult> {
  return CATALOGUE[query.intent].execute(db, query, ctx)
}
