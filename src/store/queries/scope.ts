// What the question executor asks the store about: a set of events described by plain values (no Prisma
// types leave src/store). Each query module turns an EventScope into Prisma where-clauses with the helpers
// below, so every figure for the same scope filters the same way.
import { fiscalYearOf, fiscalYearRange } from '../../domain/fiscal-year.ts'
import { REGIONS, STATES } from '../../domain/states.ts'
import { THEMES } from '../../domain/catalog.ts'
import type { Prisma } from '../../generated/prisma/client.ts'

export interface EventScope {
  /** Fiscal years, inclusive (Event.fiscalYear, the FY of the start date). */
  fiscalYears?: { from: number; to: number }
  /** Start dates, inclusive ('YYYY-MM-DD'). */
  dates?: { from: string; to: string }
  /** Events touching at least one of these states (USPS codes, DC allowed). An empty list matches nothing. */
  states?: readonly string[]
  offices?: readonly string[]
  types?: readonly string[]
  /** Events with at least one of these themes. */
  themes?: readonly string[]
  formats?: readonly string[]
  bestPractice?: boolean
  /** Events none of whose states is one of these (a multi-state event touching one is left out). */
  excludeStates?: readonly string[]
  /** Events whose office / type / format is none of these. */
  excludeOffices?: readonly string[]
  excludeTypes?: readonly string[]
  excludeFormats?: readonly string[]
  /** Events with none of these themes (events without a theme included). */
  excludeThemes?: readonly string[]
  /** Events with no theme at all. */
  withoutTheme?: boolean
  /** Bounds on the number of states an event touches (Event.stateCount). */
  stateCount?: CountBounds
  /** Bounds on an event's participants. */
  participants?: CountBounds
  /** Calendar months (1–12) of the start date, in any year. */
  months?: readonly number[]
  /** Events with no partner (Event.partnersKey empty: no partner name with a letter or digit). */
  withoutPartner?: boolean
  /** Events with every one of these themes. */
  allThemes?: readonly string[]
  /** Bounds on the calendar days an event spans (Event.durationDays, both ends counted). */
  days?: CountBounds
  /** ISO days of the week (1 = Monday … 7 = Sunday) the event starts on (Event.startWeekday). */
  weekdays?: readonly number[]
  /** true: events with a cost recorded (Event.costYen not null); false: events with none. */
  costRecorded?: boolean
  /** true: events with a summary (Event.summary neither null nor ''); false: events whose summary is blank. */
  summaryRecorded?: boolean
  /** true: events with an end date (Event.endDate not null); false: events with none. */
  endDateRecorded?: boolean
  /** true: events with an English (Japanese) title (Event.titleEn / titleJa neither null nor ''); false: with none. */
  titleEnRecorded?: boolean
  titleJaRecorded?: boolean
  /** Bounds on an event's recorded cost in yen (an event with no cost never matches). */
  cost?: CountBounds
  /** Bounds on the event's partners (Event.partnerCount, the lines of Event.partnersKey). */
  partnerCount?: CountBounds
  /** Events touching every one of these states. */
  allStates?: readonly string[]
  /** Events whose partnersKey contains every one of these needles (each already folded, as `partner`). */
  allPartners?: readonly string[]
  /** Events whose partnersKey contains none of these needles (folded as `partner`; no partner at all included). */
  excludePartners?: readonly string[]
  /** Bounds on the event's themes (EventTheme rows): at least 1 or 2, at most 0 or 1. */
  themeCount?: { gte?: number | undefined; lte?: number | undefined }
  /**
   * Office → the states it serves: only events touching a state their office does not serve (an office not in
   * the map serves none). The caller passes the reference table (src/domain/offices.ts).
   */
  outsideJurisdiction?: ReadonlyMap<string, readonly string[]>
  /** Office → the state it sits in: only events none of whose states is their office's. */
  outsideHostState?: ReadonlyMap<string, string>
  /**
   * Text filters on the event's search keys (src/domain/text-keys.ts), already folded by the caller: the
   * recorded city's key is one of `cityKeys`; textKey contains `text`; partnersKey contains `partner`.
   * Only Event has these columns: the derived tables reach them through the event.
   */
  cityKeys?: readonly string[]
  text?: string
  /** Where `text` is looked for: the titles alone (titleKey), the summary alone (summaryKey); both by default (textKey). */
  textIn?: 'title' | 'summary'
  partner?: string
  /** Events filed under one of these best-practice categories (Event.bestPracticeCategory). */
  bestPracticeCategories?: readonly string[]
  /** Event.ongoing is this. */
  ongoing?: boolean
  /** true: only events with a recorded city (Event.cityKey not empty); false: only events with none. */
  withCity?: boolean
  /** Only events filed under a best-practice category (Event.bestPracticeCategory not null). */
  withCategory?: boolean
}

/** The scope has a text filter (city, words, partner): answered from Event's search keys only. */
export function hasTextFilters(scope: EventScope): boolean {
  return scope.cityKeys !== undefined || scope.text !== undefined || scope.partner !== undefined
}

/** Integer bounds: gt = more than, gte = at least, lt = fewer than, lte = at most. */
export interface CountBounds {
  gt?: number | undefined
  gte?: number | undefined
  lt?: number | undefined
  lte?: number | undefined
}

/**
 * The exclusions, "without a theme", and the state-count and participant bounds: conditions on the event
 * (or its states and themes as a whole) that no derived row carries; every path reads them through Event.
 */
export function hasStructureFilters(scope: EventScope): boolean {
  return (
    scope.excludeStates !== undefined ||
    scope.excludeOffices !== undefined ||
    scope.excludeTypes !== undefined ||
    scope.excludeFormats !== undefined ||
    scope.excludeThemes !== undefined ||
    scope.withoutTheme !== undefined ||
    scope.stateCount !== undefined ||
    scope.participants !== undefined ||
    scope.months !== undefined ||
    scope.withoutPartner !== undefined ||
    scope.allThemes !== undefined ||
    scope.days !== undefined ||
    scope.weekdays !== undefined ||
    scope.costRecorded !== undefined ||
    scope.summaryRecorded !== undefined ||
    scope.endDateRecorded !== undefined ||
    scope.titleEnRecorded !== undefined ||
    scope.titleJaRecorded !== undefined ||
    scope.cost !== undefined ||
    scope.bestPracticeCategories !== undefined ||
    scope.ongoing !== undefined ||
    scope.withCity !== undefined ||
    scope.withCategory !== undefined ||
    scope.partnerCount !== undefined ||
    scope.allStates !== undefined ||
    scope.allPartners !== undefined ||
    scope.excludePartners !== undefined ||
    scope.themeCount !== undefined ||
    scope.outsideJurisdiction !== undefined ||
    scope.outsideHostState !== undefined
  )
}

const boundsWhere = (b: CountBounds) => ({
  ...(b.gt !== undefined ? { gt: b.gt } : {}),
  ...(b.gte !== undefined ? { gte: b.gte } : {}),
  ...(b.lt !== undefined ? { lt: b.lt } : {}),
  ...(b.lte !== undefined ? { lte: b.lte } : {}),
})

/** An optional text column recorded (neither null nor '') or left blank (null or ''). */
function presenceWhere(column: 'summary' | 'titleEn' | 'titleJa', recorded: boolean): Prisma.EventWhereInput {
  return recorded ? { AND: [{ [column]: { not: null } }, { [column]: { not: '' } }] } : { OR: [{ [column]: null }, { [column]: '' }] }
}

/** The structure filters as Event conditions (joined with AND: they may name the same columns as the others). */
function structureWhere(scope: EventScope): Prisma.EventWhereInput[] {
  const out: Prisma.EventWhereInput[] = []
  if (scope.excludeStates) out.push({ states: { none: { stateCode: inList(scope.excludeStates) } } })
  if (scope.excludeOffices) out.push({ officeCode: { notIn: [...scope.excludeOffices] } })
  if (scope.excludeTypes) out.push({ activityType: { notIn: [...scope.excludeTypes] } })
  if (scope.excludeFormats) out.push({ format: { notIn: [...scope.excludeFormats] } })
  if (scope.excludeThemes) out.push({ themes: { none: { themeCode: inList(scope.excludeThemes) } } })
  if (scope.withoutTheme === true) out.push({ themes: { none: {} } })
  if (scope.withoutTheme === false) out.push({ themes: { some: {} } })
  if (scope.stateCount) out.push({ stateCount: boundsWhere(scope.stateCount) })
  if (scope.participants) out.push({ participants: boundsWhere(scope.participants) })
  // startDate is 'YYYY-MM-DD': "-12-" occurs only as its month
  if (scope.months) out.push({ OR: scope.months.map((m) => ({ startDate: { contains: `-${String(m).padStart(2, '0')}-` } })) })
  if (scope.withoutPartner === true) out.push({ partnersKey: '' })
  if (scope.allThemes) for (const t of scope.allThemes) out.push({ themes: { some: { themeCode: t } } })
  if (scope.days) out.push({ durationDays: boundsWhere(scope.days) })
  if (scope.weekdays) out.push({ startWeekday: { in: [...scope.weekdays] } })
  if (scope.costRecorded === true) out.push({ costYen: { not: null } })
  if (scope.costRecorded === false) out.push({ costYen: null })
  if (scope.cost) out.push({ costYen: boundsWhere(scope.cost) })
  // the writers store a blank text as null (src/domain/event.ts); '' is matched too, for rows written otherwise
  if (scope.summaryRecorded !== undefined) out.push(presenceWhere('summary', scope.summaryRecorded))
  if (scope.titleEnRecorded !== undefined) out.push(presenceWhere('titleEn', scope.titleEnRecorded))
  if (scope.titleJaRecorded !== undefined) out.push(presenceWhere('titleJa', scope.titleJaRecorded))
  if (scope.endDateRecorded === true) out.push({ endDate: { not: null } })
  if (scope.endDateRecorded === false) out.push({ endDate: null })
  if (scope.bestPracticeCategories) out.push({ bestPracticeCategory: inList(scope.bestPracticeCategories) })
  if (scope.ongoing !== undefined) out.push({ ongoing: scope.ongoing })
  if (scope.withCity === true) out.push({ cityKey: { not: '' } })
  if (scope.withCity === false) out.push({ cityKey: '' })
  if (scope.withCategory === true) out.push({ bestPracticeCategory: { not: null } })
  if (scope.partnerCount) out.push({ partnerCount: boundsWhere(scope.partnerCount) })
  if (scope.allStates) for (const s of scope.allStates) out.push({ states: { some: { stateCode: s } } })
  if (scope.allPartners) for (const p of scope.allPartners) out.push({ partnersKey: { contains: p } })
  if (scope.excludePartners) for (const p of scope.excludePartners) out.push({ NOT: { partnersKey: { contains: p } } })
  if (scope.themeCount) out.push(...themeCountWhere(scope.themeCount))
  if (scope.outsideJurisdiction) {
    const served = scope.outsideJurisdiction
    // one branch per office (EventState.stateCode against that office's states); events of an office not in
    // the table are outside its (empty) jurisdiction wherever they are
    out.push({
      OR: [
        ...[...served].map(([office, states]) => ({ officeCode: office, states: { some: { stateCode: { notIn: [...states] } } } })),
        { officeCode: { notIn: [...served.keys()] } },
      ],
    })
  }
  if (scope.outsideHostState) {
    const host = scope.outsideHostState
    out.push({ OR: [...[...host].map(([office, state]) => ({ officeCode: office, states: { none: { stateCode: state } } })), { officeCode: { notIn: [...host.keys()] } }] })
  }
  return out
}

/**
 * Theme bounds on EventTheme (one row per theme of an event, each theme once): none = no row; a second
 * theme = for some catalogue theme, a row with it and a row with another (every stored theme is a catalogue
 * code: events are validated on the way in).
 */
function themeCountWhere(b: { gte?: number | undefined; lte?: number | undefined }): Prisma.EventWhereInput[] {
  const second: Prisma.EventWhereInput = {
    OR: THEMES.map((t) => ({ AND: [{ themes: { some: { themeCode: t.code } } }, { themes: { some: { themeCode: { not: t.code } } } }] })),
  }
  const out: Prisma.EventWhereInput[] = []
  if (b.gte !== undefined && b.gte >= 2) out.push(second)
  else if (b.gte !== undefined && b.gte >= 1) out.push({ themes: { some: {} } })
  if (b.lte !== undefined && b.lte <= 0) out.push({ themes: { none: {} } })
  else if (b.lte !== undefined && b.lte <= 1) out.push({ NOT: second })
  return out
}

/** Filters that only the Event row (or its themes) can answer: EventState alone cannot. */
export function hasEventLevelFilters(scope: EventScope): boolean {
  return (
    scope.dates !== undefined ||
    scope.offices !== undefined ||
    scope.types !== undefined ||
    scope.themes !== undefined ||
    scope.formats !== undefined ||
    scope.bestPractice !== undefined ||
    hasStructureFilters(scope) ||
    hasTextFilters(scope)
  )
}

const inList = (xs: readonly string[]) => ({ in: [...xs] })

/** A fiscal-year condition: a number for one year (`= X`), bounds for several (`>= X AND <= Y`). */
export type FiscalYearCondition = number | { gte: number; lte: number }

/**
 * Fiscal years from..to as a condition. One year is stated as an equality: SQLite reads `= X` on an index
 * whose first column is the fiscal year in the order of the next columns (no temporary sort for a GROUP BY
 * on them), where `>= X AND <= X` is a range it sorts (measured 2.1–2.3× slower; bench/questions.ts).
 */
export function fiscalYearCondition(from: number, to: number): FiscalYearCondition {
  return from === to ? from : { gte: from, lte: to }
}

/** The fiscal-year condition that covers a scope, also for a date period (so EventState's FY index narrows). */
export function fiscalYearBounds(scope: EventScope): FiscalYearCondition | undefined {
  if (scope.fiscalYears) return fiscalYearCondition(scope.fiscalYears.from, scope.fiscalYears.to)
  if (scope.dates) return fiscalYearCondition(fiscalYearOf(scope.dates.from), fiscalYearOf(scope.dates.to))
  return undefined
}

/** How a where-clause states a fiscal-year period (the two are equivalent: fiscalYear is derived from startDate). */
export interface WhereOptions {
  /**
   * State the period as a start-date range. Sums need every row of the period, and the [startDate] index
   * reads rows in date order — on disk, roughly the order they were recorded in — where the fiscal-year
   * index ([fiscalYear, officeCode]) jumps between offices. Counts keep the fiscal year (that index covers them).
   */
  byStartDate?: boolean
}

/** The start dates of a scope's period, fiscal years included. */
export function startDateRange(scope: EventScope): { from: string; to: string } | undefined {
  let range = scope.dates
  if (scope.fiscalYears) {
    const from = fiscalYearRange(scope.fiscalYears.from).start
    const to = fiscalYearRange(scope.fiscalYears.to).end
    range = range ? { from: range.from > from ? range.from : from, to: range.to < to ? range.to : to } : { from, to }
  }
  return range
}

/**
 * The scope narrowed to one fiscal year. Its dates are dropped when they cover the whole year (every event of
 * the year is within them), so that the year is a plain `fiscalYear = X` on the covering index rather than a
 * start-date range that must read every row; dates that cut the year (a year still running) are kept.
 */
export function withinFiscalYear(scope: EventScope, fiscalYear: number): EventScope {
  const { dates, ...rest } = scope
  const year = fiscalYearRange(fiscalYear)
  const covered = dates === undefined || (dates.from <= year.start && dates.to >= year.end)
  return { ...rest, ...(covered ? {} : { dates }), fiscalYears: { from: fiscalYear, to: fiscalYear } }
}

/** Event columns only: period, office, type, format, best practice, themes, structure filters (no state filter). */
function eventColumnsWhere(scope: EventScope, options: WhereOptions = {}): Prisma.EventWhereInput {
  const dates = options.byStartDate ? startDateRange(scope) : scope.dates
  const structure = structureWhere(scope)
  return {
    ...(structure.length > 0 ? { AND: structure } : {}),
    ...(scope.fiscalYears && !options.byStartDate ? { fiscalYear: fiscalYearCondition(scope.fiscalYears.from, scope.fiscalYears.to) } : {}),
    ...(dates ? { startDate: { gte: dates.from, lte: dates.to } } : {}),
    ...(scope.offices ? { officeCode: inList(scope.offices) } : {}),
    ...(scope.types ? { activityType: inList(scope.types) } : {}),
    ...(scope.formats ? { format: inList(scope.formats) } : {}),
    ...(scope.bestPractice !== undefined ? { bestPractice: scope.bestPractice } : {}),
    ...(scope.themes ? { themes: { some: { themeCode: inList(scope.themes) } } } : {}),
    ...(scope.cityKeys ? { cityKey: inList(scope.cityKeys) } : {}),
    ...(scope.text !== undefined
      ? scope.textIn === 'title'
        ? { titleKey: { contains: scope.text } }
        : scope.textIn === 'summary'
          ? { summaryKey: { contains: scope.text } }
          : { textKey: { contains: scope.text } }
      : {}),
    ...(scope.partner !== undefined ? { partnersKey: { contains: scope.partner } } : {}),
  }
}

/** Every event in the scope (each event once, however many states it touches). */
export function eventWhere(scope: EventScope, options: WhereOptions = {}): Prisma.EventWhereInput {
  const fy = fiscalYearBounds(scope)
  return {
    ...eventColumnsWhere(scope, options),
    ...(scope.states
      ? { states: { some: { stateCode: inList(scope.states), ...(fy ? { fiscalYear: fy } : {}) } } }
      : {}),
  }
}

/**
 * Filters that EventState cannot answer alone: its rows carry copies of the event's period, office, type and
 * format (derived rows, prisma/schema.prisma), but not its dates, themes, best-practice flag or search keys,
 * nor the structure filters (exclusions, no theme, state count, participant bounds: hasStructureFilters).
 */
export function needsEventJoin(scope: EventScope): boolean {
  return scope.dates !== undefined || scope.themes !== undefined || scope.bestPractice !== undefined || hasStructureFilters(scope) || hasTextFilters(scope)
}

/**
 * (event, state) pairs of events in the scope, for the states of the scope (or `states` when given). Reads
 * EventState alone — index [fiscalYear, stateCode] or [stateCode, fiscalYear], office, type and format from
 * the row's copies — unless the scope has dates, themes, best practice or structure filters, which need a join to Event.
 */
export function statePairWhere(scope: EventScope, states?: readonly string[]): Prisma.EventStateWhereInput {
  const fy = fiscalYearBounds(scope)
  const codes = states ?? scope.states
  return {
    ...(codes ? { stateCode: inList(codes) } : {}),
    ...(fy ? { fiscalYear: fy } : {}),
    ...(scope.offices ? { officeCode: inList(scope.offices) } : {}),
    ...(scope.types ? { activityType: inList(scope.types) } : {}),
    ...(scope.formats ? { format: inList(scope.formats) } : {}),
    ...(needsEventJoin(scope) ? { event: eventColumnsWhere(scope) } : {}),
  }
}

/**
 * The regions whose states are exactly `states` (a region filter), or undefined when `states` splits a
 * region: only then is "events touching these states" the same as "events touching these regions".
 */
export function wholeRegions(states: readonly string[]): string[] | undefined {
  const wanted = new Set(states)
  const regions = REGIONS.map((r) => r.code).filter((r) => STATES.some((s) => s.region === r && wanted.has(s.code)))
  const covered = STATES.filter((s) => (regions as string[]).includes(s.region))
  return covered.length === wanted.size && covered.every((s) => wanted.has(s.code)) ? regions : undefined
}

/** (event, region) pairs of events in the scope, for `regions` (EventRegion; other filters through Event). */
export function regionPairWhere(scope: EventScope, regions: readonly string[]): Prisma.EventRegionWhereInput {
  const fy = fiscalYearBounds(scope)
  return {
    regionCode: inList(regions),
    ...(fy ? { fiscalYear: fy } : {}),
    ...(hasEventLevelFilters(scope) ? { event: eventColumnsWhere(scope) } : {}),
  }
}

/** (event, theme) pairs of events in the scope, for the themes of the scope (period from EventTheme's copy). */
export function themePairWhere(scope: EventScope): Prisma.EventThemeWhereInput {
  const { themes, ...rest } = scope
  const fy = fiscalYearBounds(rest)
  const join = rest.states !== undefined || hasEventLevelFilters(rest)
  return {
    ...(themes ? { themeCode: inList(themes) } : {}),
    ...(fy ? { fiscalYear: fy } : {}),
    ...(join ? { event: eventWhere(rest) } : {}),
  }
}

/**
 * How a participant sum should state its period. The [fiscalYear, officeCode, participants] index answers a
 * sum over fiscal years and offices without reading the table; any other filter (or grouping) needs the rows,
 * and those are read fastest in start-date order.
 */
export function sumWhereOptions(scope: EventScope, groupColumns: readonly string[] = []): WhereOptions {
  const indexOnly =
    scope.dates === undefined &&
    scope.states === undefined &&
    scope.types === undefined &&
    scope.themes === undefined &&
    scope.formats === undefined &&
    scope.bestPractice === undefined &&
    !hasStructureFilters(scope) &&
    !hasTextFilters(scope) &&
    groupColumns.every((c) => c === 'fiscalYear' || c === 'officeCode')
  return { byStartDate: !indexOnly }
}
