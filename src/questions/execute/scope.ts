// The events a question counts, as a store scope: the one place where a query's filters and period become
// what the store is asked about, and where the as-of date clips every period.
import { WEEKDAYS } from './periods.ts'
import { cityKeys } from '../../domain/cities.ts'
import { OFFICES, statesWithoutOffice } from '../../domain/offices.ts'
import { partnerNeedle, textNeedle } from '../../domain/text-keys.ts'
import { FIFTY_STATES, STATES } from '../../domain/states.ts'
import type { EventScope } from '../../store/queries/scope.ts'
import type { ResolvedPeriod } from '../results.ts'
import type { Filters } from '../slots.ts'

/** The 50 states (DC is not a state: product.md). */
export const IS_STATE = new Set(FIFTY_STATES.map((s) => s.code))
/** Each state's (and DC's) region. */
export const REGION_OF = new Map(STATES.map((s) => [s.code, s.region]))

/**
 * The states a question is about: the intersection of its state, region and "no office" filters, without
 * the states it excludes ("outside Texas", "not in the West": an excluded state is neither matched nor
 * counted, nor listed as a state without events). Undefined when no filter names a state.
 */
export function stateScopeOf(filters: Filters): string[] | undefined {
  const positive = positiveStateScope(filters)
  const excluded = excludedStatesOf(filters)
  if (excluded === undefined) return positive
  return (positive ?? STATES.map((s) => s.code)).filter((c) => !excluded.includes(c))
}

/** The states of the question's excluded states and regions (undefined: none excluded). */
export function excludedStatesOf(filters: Filters): string[] | undefined {
  const ex = filters.exclude
  if (ex?.states === undefined && ex?.regions === undefined) return undefined
  const regions = new Set<string>(ex.regions ?? [])
  return STATES.filter((s) => ex.states?.includes(s.code) || regions.has(s.region)).map((s) => s.code)
}

/** The intersection of the state, region and "no office" filters (what an event must touch one of). */
function positiveStateScope(filters: Filters): string[] | undefined {
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
export function scopeOf(filters: Filters, period: ResolvedPeriod, asOf: string): EventScope {
  const positive = positiveStateScope(filters)
  const excludedStates = excludedStatesOf(filters)
  const stateScope = positive === undefined ? undefined : stateScopeOf(filters)
  const asked = period.asked
  const from = asked.kind === 'all' ? BEFORE_ANY_EVENT : (period.from ?? BEFORE_ANY_EVENT)
  const to = period.to === null || period.to > asOf ? asOf : period.to
  // every period counted by its dates (not by whole fiscal years) is a date range; "all" is clipped only
  // when events after the as-of date exist (its `to` is then asOf) or none before it
  const byDates = asked.kind !== 'all' && period.fiscalYears === null
  const clipped = byDates || to !== period.to || (asked.kind === 'all' && (period.to === null || period.to >= asOf))
  return {
    ...(clipped ? { dates: { from, to } } : {}),
    ...(asked.kind !== 'all' && asked.kind !== 'dates' && period.fiscalYears ? { fiscalYears: period.fiscalYears } : {}),
    ...(stateScope ? { states: stateScope } : {}),
    ...(filters.offices ? { offices: filters.offices } : {}),
    ...(filters.types ? { types: filters.types } : {}),
    ...(filters.themes ? { themes: filters.themes } : {}),
    ...(filters.formats ? { formats: filters.formats } : {}),
    ...(filters.bestPractice !== undefined ? { bestPractice: filters.bestPractice } : {}),
    ...(excludedStates ? { excludeStates: excludedStates } : {}),
    ...(filters.exclude?.offices ? { excludeOffices: filters.exclude.offices } : {}),
    ...(filters.exclude?.types ? { excludeTypes: filters.exclude.types } : {}),
    ...(filters.exclude?.themes ? { excludeThemes: filters.exclude.themes } : {}),
    ...(filters.exclude?.formats ? { excludeFormats: filters.exclude.formats } : {}),
    ...(filters.withoutTheme ? { withoutTheme: true } : {}),
    ...(filters.stateCount ? { stateCount: filters.stateCount } : {}),
    ...(filters.participantCount ? { participants: filters.participantCount } : {}),
    ...(filters.months ? { months: filters.months } : {}),
    ...(filters.withoutPartner ? { withoutPartner: true } : {}),
    ...(filters.withoutCity ? { withCity: false } : {}),
    ...(filters.allThemes ? { allThemes: filters.allThemes } : {}),
    ...(filters.days ? { days: filters.days } : {}),
    ...(filters.weekdays ? { weekdays: filters.weekdays.map((d) => WEEKDAYS.indexOf(d) + 1) } : {}),
    ...(filters.costRecorded !== undefined ? { costRecorded: filters.costRecorded } : {}),
    ...(filters.summaryRecorded !== undefined ? { summaryRecorded: filters.summaryRecorded } : {}),
    ...(filters.endDateRecorded !== undefined ? { endDateRecorded: filters.endDateRecorded } : {}),
    ...(filters.titleEnRecorded !== undefined ? { titleEnRecorded: filters.titleEnRecorded } : {}),
    ...(filters.titleJaRecorded !== undefined ? { titleJaRecorded: filters.titleJaRecorded } : {}),
    ...(filters.cost ? { cost: filters.cost } : {}),
    ...(filters.bestPracticeCategories ? { bestPracticeCategories: filters.bestPracticeCategories } : {}),
    ...(filters.ongoing !== undefined ? { ongoing: filters.ongoing } : {}),
    ...(filters.partnerCount ? { partnerCount: filters.partnerCount } : {}),
    ...(filters.allStates ? { allStates: filters.allStates } : {}),
    ...(filters.allPartners ? { allPartners: filters.allPartners.map((p) => partnerNeedle(p) ?? '\n\n') } : {}),
    ...(filters.excludePartners ? { excludePartners: filters.excludePartners.map((p) => partnerNeedle(p) ?? '\n\n') } : {}),
    ...(filters.themeCount ? { themeCount: filters.themeCount } : {}),
    ...(filters.outsideJurisdiction ? { outsideJurisdiction: new Map(OFFICES.map((o) => [o.code, o.states])) } : {}),
    ...(filters.outsideHostState ? { outsideHostState: new Map(OFFICES.map((o) => [o.code, o.hostState])) } : {}),
    ...textScopeOf(filters),
  }
}

/**
 * The text filters as store scope: the city's keys, the word and the partner folded as Event's search keys
 * are (src/domain/text-keys.ts). A word with nothing to look for (no letter or digit; the schema refuses
 * those) matches no event rather than every event (no key holds two newlines in a row).
 */
function textScopeOf(filters: Filters): Pick<EventScope, 'cityKeys' | 'text' | 'textIn' | 'partner'> {
  const NOTHING = '\n\n'
  return {
    ...(filters.city !== undefined || filters.cities !== undefined
      ? { cityKeys: [...new Set([...(filters.city !== undefined ? [filters.city] : []), ...(filters.cities ?? [])].flatMap(cityKeys))] }
      : {}),
    ...(filters.text !== undefined ? { text: textNeedle(filters.text) ?? NOTHING, ...(filters.textIn ? { textIn: filters.textIn } : {}) } : {}),
    ...(filters.partner !== undefined ? { partner: partnerNeedle(filters.partner) ?? NOTHING } : {}),
  }
}
