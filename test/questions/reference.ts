// A naive reference for the executor, in plain JavaScript over the same events the database holds: what
// each intent should answer, written as directly as the rules in product.md say it. Tests compare the
// executor with this; it shares no code with src/questions/execute.ts.
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../src/domain/catalog.ts'
import { CITIES } from '../../src/domain/cities.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import type { Filters, GroupBy, Metric, Period, Query } from '../../src/questions/query.ts'
import type { StoredEvent } from './fixtures.ts'

const FIFTY = STATES.filter((s) => s.code !== 'DC').map((s) => s.code)
const HOSTS = new Set(OFFICES.map((o) => o.hostState))
const regionOf = (code: string) => STATES.find((s) => s.code === code)?.region

const fyOf = (iso: string) => (Number(iso.slice(5, 7)) >= 4 ? Number(iso.slice(0, 4)) : Number(iso.slice(0, 4)) - 1)

export interface RefPeriod {
  /** inclusive bounds as predicates over an event */
  has: (e: StoredEvent) => boolean
  fys: number[]
  months: string[]
  key: string
}

/** The period as counted: nothing dated after the as-of date is ever counted, whatever the period. */
export function refPeriod(p: Period, asOf: string, all: StoredEvent[]): RefPeriod {
  const asked = refPeriodAsked(p, asOf, all)
  return { ...asked, has: (e) => e.startDate <= asOf && asked.has(e) }
}

function refPeriodAsked(p: Period, asOf: string, all: StoredEvent[]): RefPeriod {
  const current = fyOf(asOf)
  const fyRange = (a: number, b: number): RefPeriod => {
    const [lo, hi] = a <= b ? [a, b] : [b, a]
    const fys = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
    const months: string[] = []
    for (const fy of fys) for (let k = 0; k < 12; k++) months.push(monthKey(fy, 4 + k))
    return { has: (e) => e.fiscalYear >= lo && e.fiscalYear <= hi, fys, months, key: lo === hi ? String(lo) : `${lo}-${hi}` }
  }
  switch (p.kind) {
    case 'all': {
      // every record up to the as-of date: to the last event, or to the as-of date when later ones exist
      const dates = all.map((e) => e.startDate).filter((d) => d <= asOf).sort()
      const first = dates[0]
      const last = all.some((e) => e.startDate > asOf) ? asOf : dates.at(-1)
      if (first === undefined || last === undefined) return { has: () => true, fys: [], months: [], key: 'all' }
      return { has: () => true, fys: fyRange(fyOf(first), fyOf(last)).fys, months: monthsBetween(first, last), key: 'all' }
    }
    case 'fy':
      return fyRange(p.from, p.to ?? Math.max(p.from, current))
    case 'fy_relative':
      return fyRange(current + p.offset, current + p.offset)
    case 'dates': {
      const [a, b] = p.from <= p.to ? [p.from, p.to] : [p.to, p.from]
      const lo = fyOf(a)
      const hi = fyOf(b)
      return {
        has: (e) => e.startDate >= a && e.startDate <= b,
        fys: Array.from({ length: hi - lo + 1 }, (_, i) => lo + i),
        months: monthsBetween(a, b),
        key: `${a}..${b}`,
      }
    }
    case 'fy_part':
    case 'fy_part_relative': {
      // naive: an event is in the part when its fiscal year matches and its month's place in the FY does
      const fy = p.kind === 'fy_part' ? p.fy : current + p.offset
      const size = p.part.startsWith('q') ? 3 : 6
      const index = Number(p.part.slice(1)) - 1
      const inPart = (month: number) => Math.floor(((month + 8) % 12) / size) === index
      const months = Array.from({ length: 12 }, (_, k) => monthKey(fy, 4 + k)).filter((m) => inPart(Number(m.slice(5, 7))))
      const first = `${months[0]}-01`
      const lastMonth = months.at(-1) ?? ''
      const lastDay = new Date(Date.UTC(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7)), 0)).getUTCDate()
      return {
        has: (e) => e.fiscalYear === fy && inPart(Number(e.startDate.slice(5, 7))),
        fys: [fy],
        months,
        key: `${first}..${lastMonth}-${String(lastDay).padStart(2, '0')}`,
      }
    }
    case 'dates_since': {
      const b = p.from > asOf ? p.from : asOf
      return { has: (e) => e.startDate >= p.from, fys: fysBetween(p.from, b), months: monthsBetween(p.from, b), key: `${p.from}..${b}` }
    }
    case 'dates_until': {
      const first = all.map((e) => e.startDate).sort()[0]
      const a = first !== undefined && first <= p.to ? first : p.to
      return { has: (e) => e.startDate <= p.to, fys: fysBetween(a, p.to), months: monthsBetween(a, p.to), key: `${a}..${p.to}` }
    }
    case 'recent': {
      // naive: count back whole days (or calendar months) from the as-of date
      const day = 86_400_000
      const end = Date.parse(`${asOf}T00:00:00Z`)
      let a: string
      if (p.unit === 'months') {
        const d = new Date(end)
        const target = d.getUTCMonth() - p.n
        const probe = new Date(Date.UTC(d.getUTCFullYear(), target, 1))
        const lastDay = new Date(Date.UTC(probe.getUTCFullYear(), probe.getUTCMonth() + 1, 0)).getUTCDate()
        const start = Date.UTC(probe.getUTCFullYear(), probe.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)) + day
        a = new Date(start).toISOString().slice(0, 10)
      } else {
        const days = p.unit === 'days' ? p.n : 7 * p.n
        a = new Date(end - (days - 1) * day).toISOString().slice(0, 10)
      }
      return { has: (e) => e.startDate >= a && e.startDate <= asOf, fys: fysBetween(a, asOf), months: monthsBetween(a, asOf), key: `${a}..${asOf}` }
    }
  }
}

function fysBetween(a: string, b: string): number[] {
  const lo = fyOf(a)
  const hi = fyOf(b)
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

function monthKey(fyOrYear: number, month: number): string {
  const y = fyOrYear + Math.floor((month - 1) / 12)
  const m = ((month - 1) % 12) + 1
  return `${y}-${String(m).padStart(2, '0')}`
}

function monthsBetween(a: string, b: string): string[] {
  const out: string[] = []
  let y = Number(a.slice(0, 4))
  let m = Number(a.slice(5, 7))
  while (`${y}-${String(m).padStart(2, '0')}` <= b.slice(0, 7)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m++
    if (m === 13) {
      m = 1
      y++
    }
  }
  return out
}

/** The states a filter set allows, excluded states removed (undefined: no state filter and none excluded). */
export function refStateScope(f: Filters): string[] | undefined {
  const excluded = refExcludedStates(f)
  const positive = refPositiveStates(f)
  if (excluded.length === 0) return positive
  return (positive ?? STATES.map((s) => s.code)).filter((c) => !excluded.includes(c))
}

/** "outside Texas", "not in the West": the states no matched event may touch. */
function refExcludedStates(f: Filters): string[] {
  return STATES.filter((s) => f.exclude?.states?.includes(s.code) || f.exclude?.regions?.includes(s.region)).map((s) => s.code)
}

/** Bounds as written in the query: gt, gte, lt, lte. */
function within(n: number, b: { gt?: number | undefined; gte?: number | undefined; lt?: number | undefined; lte?: number | undefined } | undefined): boolean {
  if (b === undefined) return true
  return (b.gt === undefined || n > b.gt) && (b.gte === undefined || n >= b.gte) && (b.lt === undefined || n < b.lt) && (b.lte === undefined || n <= b.lte)
}

function refPositiveStates(f: Filters): string[] | undefined {
  let scope: string[] | undefined
  const narrow = (codes: string[]) => {
    scope = scope === undefined ? codes : scope.filter((c) => codes.includes(c))
  }
  if (f.states) narrow(f.states)
  if (f.regions) narrow(STATES.filter((s) => f.regions?.includes(s.region)).map((s) => s.code))
  if (f.withoutOffice) narrow(FIFTY.filter((c) => !HOSTS.has(c)))
  return scope
}

export function refMatches(events: StoredEvent[], f: Filters, period: RefPeriod): StoredEvent[] {
  const scope = refPositiveStates(f)
  const excluded = refExcludedStates(f)
  const ex = f.exclude
  return events.filter(
    (e) =>
      period.has(e) &&
      (scope === undefined || e.stateCodes.some((s) => scope.includes(s))) &&
      (f.offices === undefined || f.offices.includes(e.officeCode)) &&
      (f.types === undefined || f.types.includes(e.activityType)) &&
      (f.formats === undefined || f.formats.includes(e.format)) &&
      (f.themes === undefined || e.themes.some((t) => f.themes?.includes(t))) &&
      (f.bestPractice === undefined || e.bestPractice === f.bestPractice) &&
      !e.stateCodes.some((s) => excluded.includes(s)) &&
      !ex?.offices?.includes(e.officeCode as never) &&
      !ex?.types?.includes(e.activityType) &&
      !ex?.formats?.includes(e.format) &&
      !e.themes.some((t) => ex?.themes?.includes(t)) &&
      (f.withoutTheme !== true || e.themes.length === 0) &&
      within(e.stateCodes.length, f.stateCount) &&
      within(e.participants, f.participantCount) &&
      (f.city === undefined || refCityIs(e.city, f.city)) &&
      (f.cities === undefined || f.cities.some((c) => refCityIs(e.city, c))) &&
      (f.bestPracticeCategories === undefined || (e.bestPracticeCategory != null && f.bestPracticeCategories.includes(e.bestPracticeCategory))) &&
      (f.ongoing === undefined || (e.ongoing ?? false) === f.ongoing) &&
      (f.text === undefined ||
        (f.textIn === 'title' ? [e.titleEn, e.titleJa] : f.textIn === 'summary' ? [e.summary] : [e.titleEn, e.titleJa, e.summary]).some((t) => t !== null && refFold(t).includes(refFold(f.text ?? '')))) &&
      (f.partner === undefined || e.partners.some((p) => refPartnerHas(p, f.partner ?? ''))) &&
      (f.months === undefined || f.months.includes(Number(e.startDate.slice(5, 7)))) &&
      (f.withoutPartner !== true || e.partners.every((p) => !/[\p{L}\p{N}]/u.test(p))) &&
      (f.withoutCity !== true || e.city === null) &&
      (f.summaryRecorded === undefined || (e.summary !== null && e.summary !== '') === f.summaryRecorded) &&
      (f.endDateRecorded === undefined || (e.endDate !== null) === f.endDateRecorded) &&
      (f.titleEnRecorded === undefined || (e.titleEn !== null && e.titleEn !== '') === f.titleEnRecorded) &&
      (f.titleJaRecorded === undefined || (e.titleJa !== null && e.titleJa !== '') === f.titleJaRecorded) &&
      (f.allThemes === undefined || f.allThemes.every((t) => e.themes.includes(t))) &&
      within(refDays(e), f.days) &&
      (f.weekdays === undefined || f.weekdays.includes(refWeekday(e.startDate) as never)) &&
      within(e.partners.filter((p) => /[\p{L}\p{N}]/u.test(p)).length, f.partnerCount) &&
      (f.allStates === undefined || f.allStates.every((s) => e.stateCodes.includes(s))) &&
      (f.allPartners === undefined || f.allPartners.every((w) => e.partners.some((p) => refPartnerHas(p, w)))) &&
      (f.excludePartners === undefined || !f.excludePartners.some((w) => e.partners.some((p) => refPartnerHas(p, w)))) &&
      within(new Set(e.themes).size, f.themeCount),
  )
}

/** Naive: the days from start to end, both counted, by walking a calendar one day at a time. */
export function refDays(e: StoredEvent): number {
  if (e.endDate === null) return 1
  let n = 1
  for (let d = new Date(`${e.startDate}T00:00:00Z`); d.toISOString().slice(0, 10) < e.endDate; d.setUTCDate(d.getUTCDate() + 1)) n++
  return n
}

/** Naive: JavaScript's day of the week (Sunday = 0) as a name. */
const refWeekday = (date: string) => ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${date}T12:00:00Z`).getUTCDay()]

/** Case and width aside: NFKC, lower case, runs of spaces as one. */
const refFold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
/** A recorded city is the city when, without a ", ST" suffix, a final 市 and separators, it spells one of its names. */
function refCityIs(city: string | null, id: string): boolean {
  if (city === null) return false
  const bare = (s: string) => refFold(s).split(',')[0]!.replace(/市$/, '').replace(/[\s.'・-]/g, '')
  const c = CITIES.find((x) => x.id === id)
  return c !== undefined && [c.en, c.ja, ...c.aliases].some((n) => bare(n) === bare(city))
}
/** Naive: the city an event records, as a reference city's id or '~' and its bare spelling; null without one. */
export function refCityOf(city: string | null): string | null {
  if (city === null) return null
  const bare = refFold(city).split(',')[0]!.replace(/市$/, '').replace(/[\s.'・-]/g, '')
  if (bare === '') return null
  return CITIES.find((c) => refCityIs(city, c.id))?.id ?? `~${bare}`
}
/** The partner's name is the phrase, or has the phrase's words as a run of its whole words. */
function refPartnerHas(partner: string, phrase: string): boolean {
  const words = (s: string) => refFold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const p = words(partner)
  const q = words(phrase)
  return q.length > 0 && p.some((_, i) => q.every((w, k) => p[i + k] === w))
}

export function refValue(metric: Metric, es: StoredEvent[], statesAllowed: (s: string) => boolean): number | null {
  const participants = es.reduce((n, e) => n + e.participants, 0)
  switch (metric) {
    case 'events':
      return es.length
    case 'participants':
      return participants
    case 'avg_participants':
      return es.length === 0 ? null : Math.round((participants / es.length) * 10) / 10
    case 'states_covered':
      return new Set(es.flatMap((e) => e.stateCodes).filter((s) => s !== 'DC' && statesAllowed(s))).size
    case 'offices_active':
      return new Set(es.map((e) => e.officeCode)).size
    case 'cities':
      return new Set(es.flatMap((e) => refCityOf(e.city) ?? [])).size
  }
}

export interface RefRow {
  key: string
  value: number | null
}

/** Groups of a breakdown with the events of each and which states count inside it. */
function refGroups(groupBy: GroupBy, f: Filters, period: RefPeriod, matched: StoredEvent[]): Array<{ key: string; events: StoredEvent[]; allowed: (s: string) => boolean }> {
  const scope = refStateScope(f)
  const inScope = (s: string) => scope === undefined || scope.includes(s)
  const simple = (keys: string[], keyOf: (e: StoredEvent) => string) =>
    keys.map((key) => ({ key, events: matched.filter((e) => keyOf(e) === key), allowed: inScope }))
  const only = (codes: string[], filter: readonly string[] | undefined, excluded?: readonly string[]) =>
    codes.filter((c) => (filter === undefined || filter.includes(c)) && !excluded?.includes(c))
  switch (groupBy) {
    case 'fiscal_year':
      return simple(period.fys.map(String), (e) => String(e.fiscalYear))
    case 'month':
      return simple(period.months, (e) => e.startDate.slice(0, 7))
    case 'fiscal_quarter': {
      // naive: the quarter of the fiscal year by the month's place in it (April = month 1 of Q1)
      const quarterOf = (date: string) => `${fyOf(date)}-q${Math.ceil((((Number(date.slice(5, 7)) + 8) % 12) + 1) / 3)}`
      return simple([...new Set(period.months.map((m) => quarterOf(`${m}-01`)))], (e) => quarterOf(e.startDate))
    }
    case 'weekday': {
      // naive: JavaScript's day of the week (Sunday = 0), listed Monday first
      const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
      return simple(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], (e) => names[new Date(`${e.startDate}T12:00:00Z`).getUTCDay()] ?? '')
    }
    case 'month_of_year': {
      // naive: JavaScript's month (January = 0), two digits
      const keys = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'))
      return simple(keys, (e) => keys[new Date(`${e.startDate}T12:00:00Z`).getUTCMonth()] ?? '')
    }
    case 'office':
      return simple(only(OFFICES.map((o) => o.code), f.offices, f.exclude?.offices), (e) => e.officeCode)
    case 'activity_type':
      return simple(only(ACTIVITY_TYPES.map((o) => o.code), f.types, f.exclude?.types), (e) => e.activityType)
    case 'format':
      return simple(only(FORMATS.map((o) => o.code), f.formats, f.exclude?.formats), (e) => e.format)
    case 'theme':
      return only(THEMES.map((o) => o.code), f.themes, f.exclude?.themes).map((key) => ({ key, events: matched.filter((e) => e.themes.includes(key as never)), allowed: inScope }))
    case 'state':
      return STATES.map((s) => s.code)
        .filter(inScope)
        .map((key) => ({ key, events: matched.filter((e) => e.stateCodes.includes(key)), allowed: (s: string) => s === key }))
    case 'region':
      return ['northeast', 'midwest', 'south', 'west']
        .filter((r) => scope === undefined || scope.some((s) => regionOf(s) === r))
        .map((key) => {
          const allowed = (s: string) => inScope(s) && regionOf(s) === key
          return { key, events: matched.filter((e) => e.stateCodes.some(allowed)), allowed }
        })
    case 'city':
      return simple([...new Set(matched.flatMap((e) => refCityOf(e.city) ?? []))], (e) => refCityOf(e.city) ?? '')
    case 'best_practice_category':
      return simple([...new Set(matched.flatMap((e) => e.bestPracticeCategory ?? []))].sort(), (e) => e.bestPracticeCategory ?? '')
  }
}

export type RefAnswer =
  | { kind: 'scalar'; value: number | null; matched: number }
  | { kind: 'breakdown'; rows: RefRow[]; matched: number; total: number | null }
  | { kind: 'comparison'; values: [number | null, number | null]; keys: [string, string] }
  | { kind: 'states'; states: string[]; matched: number; firstYears?: Record<string, number> }
  | { kind: 'events'; ids: number[]; matched: number }
  | { kind: 'share'; part: number; whole: number; percent: number | null; matched: number; rows?: Array<{ key: string; part: number; whole: number; percent: number | null }> }
  | { kind: 'median'; value: number | null; matched: number }
  | { kind: 'average_events'; value: number | null; numerator: number; units: number; matched: number }
  | { kind: 'ratio'; numerator: number; denominator: number; ratio: number | null; matched: number }

/** One decimal, half up, the way a person would do it by hand: round(x × 10) / 10. */
const oneDecimal = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n * 10) / d) / 10)

const order = (a: RefRow, b: RefRow) => {
  const av = a.value ?? -Infinity
  const bv = b.value ?? -Infinity
  return av !== bv ? bv - av : a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

export function reference(events: StoredEvent[], query: Query, asOf: string): RefAnswer {
  const f = query.filters
  const scope = refStateScope(f)
  const inScope = (s: string) => scope === undefined || scope.includes(s)
  switch (query.intent) {
    case 'metric': {
      const period = refPeriod(f.period, asOf, events)
      // distinct cities and groups by city count the events that record a city; groups by category those filed under one
      const matched = refMatches(events, f, period).filter(
        (e) =>
          ((query.metric !== 'cities' && query.groupBy !== 'city') || refCityOf(e.city) !== null) &&
          (query.groupBy !== 'best_practice_category' || e.bestPracticeCategory != null),
      )
      const total = refValue(query.metric, matched, inScope)
      if (query.groupBy === undefined) return { kind: 'scalar', value: total, matched: matched.length }
      const groups = refGroups(query.groupBy, f, period, matched)
      let rows = groups.map((g) => ({
        key: g.key,
        value: refValue(query.metric, g.events, g.allowed),
      }))
      if (query.fewest) {
        // naive: the groups with an event (for states covered and offices active, with a figure above 0),
        // smallest first, then by key; the first N and every group tied with the N-th
        const had = (r: RefRow, i: number) =>
          query.metric === 'states_covered' || query.metric === 'offices_active' ? (r.value ?? 0) > 0 : (groups[i]?.events.length ?? 0) > 0
        const sorted = rows.filter(had).sort((a, b) => ((a.value ?? 0) !== (b.value ?? 0) ? (a.value ?? 0) - (b.value ?? 0) : a.key < b.key ? -1 : 1))
        const nth = query.top === undefined ? undefined : sorted[query.top - 1]
        rows = nth === undefined ? sorted : sorted.filter((r, i) => i < query.top! || r.value === nth.value)
        return { kind: 'breakdown', rows, matched: matched.length, total }
      }
      if (query.groupBy === 'state') rows = rows.filter((r) => (r.value ?? 0) > 0 && (query.metric !== 'states_covered' || r.key !== 'DC'))
      if (query.top !== undefined) {
        // the top N, and every group tied with the N-th
        const sorted = rows.sort(order)
        const nth = sorted[query.top - 1]
        rows = nth === undefined ? sorted : sorted.filter((r, i) => i < query.top! || r.value === nth.value)
      }
      else if (!['fiscal_year', 'fiscal_quarter', 'month', 'weekday', 'month_of_year'].includes(query.groupBy)) rows = rows.sort(order)
      if (query.cumulative) {
        // naive: each group's value is the figure over every event from the period's start to its group's end
        rows = rows.map((r, i) => ({ key: r.key, value: refValue(query.metric, groups.slice(0, i + 1).flatMap((g) => g.events), inScope) }))
      }
      return { kind: 'breakdown', rows, matched: matched.length, total }
    }
    case 'compare': {
      const [p1, p2] = query.periods.map((p) => refPeriod(p, asOf, events)) as [RefPeriod, RefPeriod]
      const v = (p: RefPeriod) => refValue(query.metric, refMatches(events, f, p), inScope)
      return { kind: 'comparison', values: [v(p1), v(p2)], keys: [p1.key, p2.key] }
    }
    case 'first_time_states': {
      const period = refPeriod(f.period, asOf, events)
      const withFilters = refMatches(events, { ...f, period: { kind: 'all' } }, refPeriod({ kind: 'all' }, asOf, events))
      const first = new Map<string, number>()
      for (const e of withFilters) for (const s of e.stateCodes) if (s !== 'DC' && inScope(s)) first.set(s, Math.min(first.get(s) ?? Infinity, e.fiscalYear))
      // over all records the question is "when": every state with an event, and the year of its first one
      if (f.period.kind === 'all') {
        return { kind: 'states', states: [...first.keys()].sort(), matched: withFilters.length, firstYears: Object.fromEntries([...first].sort()) }
      }
      const fy = period.fys.at(-1) as number
      const matched = withFilters.filter((e) => e.fiscalYear === fy).length
      return { kind: 'states', states: [...first].filter(([, y]) => y === fy).map(([s]) => s).sort(), matched }
    }
    case 'uncovered_states': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      const covered = new Set(matched.flatMap((e) => e.stateCodes))
      return { kind: 'states', states: FIFTY.filter((s) => inScope(s) && !covered.has(s)).sort(), matched: matched.length }
    }
    case 'share': {
      const period = refPeriod(f.period, asOf, events)
      const wholeEvents = refMatches(events, f, period)
      const partFilters = { ...f, ...(query.condition ?? {}) }
      const partEvents = refMatches(events, partFilters, period)
      if (query.of === 'states') {
        const partScope = refStateScope(partFilters)
        const covered = new Set(partEvents.flatMap((e) => e.stateCodes).filter((s) => s !== 'DC' && (partScope === undefined || partScope.includes(s)))).size
        const outOf = FIFTY.filter(inScope).length
        return { kind: 'share', part: covered, whole: outOf, percent: oneDecimal(covered * 100, outOf), matched: wholeEvents.length }
      }
      const value = (es: StoredEvent[]) => (query.of === 'participants' ? es.reduce((n, e) => n + e.participants, 0) : es.length)
      const part = value(partEvents)
      const whole = value(wholeEvents)
      if (query.groupBy === undefined) return { kind: 'share', part, whole, percent: oneDecimal(part * 100, whole), matched: wholeEvents.length }
      // naive: each group's part (its events that match the condition too) over its own whole
      const partIds = new Set(partEvents.map((e) => e.id))
      let rows = refGroups(query.groupBy, f, period, wholeEvents).map((g) => {
        const w = value(g.events)
        const p = value(g.events.filter((e) => partIds.has(e.id)))
        return { key: g.key, part: p, whole: w, percent: oneDecimal(p * 100, w) }
      })
      if (query.groupBy === 'state') rows = rows.filter((r) => r.whole > 0)
      if (query.top !== undefined || query.fewest) {
        // naive: shares as floats (equal fractions divide to the same double), the N best and every tie with the Nth
        const share = (r: { part: number; whole: number }) => r.part / r.whole
        const sorted = rows.filter((r) => r.whole > 0).sort((a, b) => (query.fewest ? share(a) - share(b) : share(b) - share(a)) || b.whole - a.whole || (a.key < b.key ? -1 : 1))
        const nth = query.top === undefined ? undefined : sorted[query.top - 1]
        rows = nth === undefined ? sorted : sorted.filter((r, i) => i < (query.top as number) || share(r) === share(nth))
      } else if (!['fiscal_year', 'fiscal_quarter', 'month', 'weekday', 'month_of_year'].includes(query.groupBy)) {
        rows.sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || b.whole - a.whole || (a.key < b.key ? -1 : 1))
      }
      return { kind: 'share', part, whole, percent: oneDecimal(part * 100, whole), matched: wholeEvents.length, rows }
    }
    case 'ratio': {
      const period = refPeriod(f.period, asOf, events)
      const a = refMatches(events, { ...f, ...query.numerator }, period)
      const b = refMatches(events, { ...f, ...query.denominator }, period)
      const value = (es: StoredEvent[]) => (query.of === 'participants' ? es.reduce((n, e) => n + e.participants, 0) : es.length)
      const [x, y] = [value(a), value(b)]
      const either = new Set([...a, ...b].map((e) => e.id)).size
      return { kind: 'ratio', numerator: x, denominator: y, ratio: y === 0 ? null : Math.round((x * 100) / y) / 100, matched: either }
    }
    case 'median_participants': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      const sorted = matched.map((e) => e.participants).sort((a, b) => a - b)
      const n = sorted.length
      const value = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2]! : oneDecimal(sorted[n / 2 - 1]! + sorted[n / 2]!, 2)
      return { kind: 'median', value, matched: n }
    }
    case 'average_events': {
      const period = refPeriod(f.period, asOf, events)
      const matched = refMatches(events, f, period)
      if (query.per === 'month') {
        // the calendar months of the period that have begun by the as-of date
        const months = period.months.filter((m) => m <= asOf.slice(0, 7))
        return { kind: 'average_events', value: oneDecimal(matched.length, months.length), numerator: matched.length, units: months.length, matched: matched.length }
      }
      if (query.per === 'fiscal_year' || query.per === 'office_fiscal_year') {
        // naive: the fiscal years of a fiscal-year period (or of the records, through last FY, for "all") that
        // ended before the as-of date; the events of those years only
        const current = fyOf(asOf)
        const byYears = ['all', 'fy', 'fy_relative'].includes(f.period.kind)
        const first = period.fys[0]
        const fys = !byYears || first === undefined ? [] : f.period.kind === 'all' ? Array.from({ length: Math.max(0, current - first) }, (_, i) => first + i) : period.fys.filter((y) => y < current)
        if (fys.length === 0) return { kind: 'average_events', value: null, numerator: 0, units: 0, matched: 0 }
        const inYears = matched.filter((e) => fys.includes(e.fiscalYear))
        const offices = query.per === 'office_fiscal_year' ? OFFICES.filter((o) => f.offices === undefined || f.offices.includes(o.code)).length : 1
        const units = fys.length * offices
        return { kind: 'average_events', value: oneDecimal(inYears.length, units), numerator: inYears.length, units, matched: inYears.length }
      }
      if (query.per === 'office') {
        const offices = OFFICES.filter((o) => f.offices === undefined || f.offices.includes(o.code)).length
        return { kind: 'average_events', value: oneDecimal(matched.length, offices), numerator: matched.length, units: offices, matched: matched.length }
      }
      const states = FIFTY.filter(inScope)
      const pairs = states.reduce((n, s) => n + matched.filter((e) => e.stateCodes.includes(s)).length, 0)
      return { kind: 'average_events', value: oneDecimal(pairs, states.length), numerator: pairs, units: states.length, matched: matched.length }
    }
    case 'list_events': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      const sorted = [...matched].sort((a, b) => (a.startDate !== b.startDate ? (a.startDate < b.startDate ? 1 : -1) : b.id - a.id))
      if (query.order === 'oldest') sorted.reverse()
      return { kind: 'events', ids: sorted.slice(0, query.limit).map((e) => e.id), matched: matched.length }
    }
    default:
      // the intents of single events, partners, offices without events, state thresholds and period
      // differences have their reference in reference-events.ts
      throw new Error(`no reference here for ${query.intent}`)
  }
}
