// Every word of a question's answer, in English and Japanese side by side. `WORDING` must satisfy
// Record<Lang, Wording>, so a sentence missing in one language is a compile error. Figures arrive here
// already computed by the executor; this module only writes them (numbers.ts) and never computes one, apart
// from counting the items it is given.
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../domain/catalog.ts'
import { eraFiscalYearLabel, fyLabel } from '../domain/fiscal-year.ts'
import { OFFICES } from '../domain/offices.ts'
import { REGIONS, STATES } from '../domain/states.ts'
import type { Lang } from '../i18n/types.ts'
import type { ResolvedPeriod, ResultNote } from './execute.ts'
import { formatJaCount, formatNumber } from './numbers.ts'
import type { Filters, GroupBy, Metric, Query, UnknownReason } from './query.ts'

export type Unit = 'events' | 'participants' | 'states' | 'offices'
export type Assumption = 'year_as_fiscal_year' | 'default_metric_events' | 'dc_not_a_state' | 'latest_fy_for_first_time'
export type { UnknownReason }

/** An event line of a list answer, with names already chosen for the language. */
export interface EventLine {
  date: string
  office: string
  states: string[]
  title: string
  participants: number
}

export interface Wording {
  count(n: number, unit: Unit): string
  /** Figure of a metric in a sentence or table cell. */
  figure(metric: Metric, value: number | null): string
  /** A figure in a table column: like `figure`, without the 万 reading that would break the column. */
  cell(metric: Metric, value: number | null): string
  metric(metric: Metric): string
  groupBy(groupBy: GroupBy): string
  groupKey(groupBy: GroupBy, key: string): string
  /** The period with its concrete dates, for the interpretation line. */
  periodWithDates(p: ResolvedPeriod): string
  /** The period inside a sentence: "in FY2022" / 「2022年度（令和4年度）の」. */
  periodOf(p: ResolvedPeriod): string
  /** 「2022年度（令和4年度）に」 / "in FY2022" (for "held in"). */
  periodIn(p: ResolvedPeriod): string
  filters(f: Filters): string[]
  counted(parts: string[]): string
  matched(n: number): string
  matchedEach(a: number, b: number): string
  assumption(a: Assumption): string
  note(n: ResultNote): string
  breakdownBy(groupBy: GroupBy, top: number | null): string
  // sentences
  // The headline sentences name the filters that narrow the set (`f`; none when omitted), so that the
  // first line read alone does not claim more than was counted.
  scalar(metric: Metric, p: ResolvedPeriod, value: number | null, parts: { events: number; participants: number | null; outOf: number }, f?: Filters): string
  breakdownHead(metric: Metric, groupBy: GroupBy, top: number | null, p: ResolvedPeriod, f?: Filters): string
  averageCell(value: number | null, participants: number, events: number): string
  /** Why the groups add up to more than the total: several states (state, region), several themes (theme). */
  overlap(metric: Metric, total: number | null, groupBy?: GroupBy): string
  /** A top N that shows `shown` (> N) groups because the N-th place is shared. */
  tiesShown(groupBy: GroupBy, top: number, shown: number): string
  /** A breakdown by state leaves out `count` of the `of` states asked about, whose figure is 0. */
  zeroStatesHidden(count: number, of: number): string
  noRows: string
  comparison(
    metric: Metric,
    a: { label: string; value: number | null },
    b: { label: string; value: number | null },
    difference: number | null,
    changePercent: number | null,
    f?: Filters,
  ): string
  comparePeriods(a: ResolvedPeriod, b: ResolvedPeriod): string
  periodShort(p: ResolvedPeriod): string
  firstTime(p: ResolvedPeriod, states: string[], f?: Filters): string
  /** "When was X first covered?": each state's first fiscal year; `asked` = the states the question named (or all 50). */
  firstTimeline(timeline: Array<{ state: string; fiscalYear: number }>, asked: string[]): string
  uncovered(p: ResolvedPeriod, states: string[], outOf: number, f?: Filters): string
  eventsHead(p: ResolvedPeriod, shown: number, matched: number, f?: Filters): string
  eventLine(e: EventLine): string
  noEvents: string
  stateName(code: string): string
  clarify(labels: string[]): string
  clarifyInterpretation(n: number): string
  unknown(reason: UnknownReason): string
  /** The refusal for words no part of the query can use, naming them (as the user wrote them). */
  unusedWords(words: readonly string[]): string
  /** What was understood (the parts of the interpretation line), for the same refusal. */
  understood(parts: string[]): string
  /** The closest question that can be answered: the understood query, `p` its period (no data read). */
  suggestion(q: Query, p: ResolvedPeriod): string
  unknownInterpretation: string
  examplesHead: string
  examples: readonly string[]
  /** What a non-metric intent counts, for the interpretation line. */
  what(intent: 'first_time_states' | 'uncovered_states' | 'list_events'): string
  listSeparator: string
}

// ---------------------------------------------------------------------------------------------------------
// Reference-data names.

const name = {
  state: (code: string, lang: Lang) => {
    const s = STATES.find((x) => x.code === code)
    if (!s) return code
    return lang === 'en' ? `${s.nameEn} (${s.code})` : s.nameJa
  },
  /** A state in an English headline, without the code in brackets; Washington State is never the capital. */
  stateAlone: (code: string) => {
    const s = STATES.find((x) => x.code === code)
    return s ? (s.code === 'WA' ? 'Washington State' : s.nameEn) : code
  },
  region: (code: string, lang: Lang) => {
    const r = REGIONS.find((x) => x.code === code)
    return r ? (lang === 'en' ? r.nameEn : r.nameJa) : code
  },
  office: (code: string, lang: Lang) => {
    const o = OFFICES.find((x) => x.code === code)
    return o ? (lang === 'en' ? o.shortEn : o.shortJa) : code
  },
  /** An office named on its own, where a bare city could be read as a place: "Chicago consulate" / シカゴ総領事館. */
  officeAlone: (code: string, lang: Lang) => {
    const o = OFFICES.find((x) => x.code === code)
    if (!o || lang === 'ja') return name.office(code, lang)
    return o.kind === 'consulate_general' ? `${o.shortEn} consulate` : o.kind === 'consular_office' ? `${o.shortEn} consular office` : o.shortEn
  },
  catalog: (table: ReadonlyArray<{ code: string; en: string; ja: string }>, code: string, lang: Lang) => {
    const e = table.find((x) => x.code === code)
    return e ? e[lang] : code
  },
}

function groupKeyName(groupBy: GroupBy, key: string, lang: Lang): string {
  switch (groupBy) {
    case 'fiscal_year':
      return lang === 'en' ? `FY${key}` : `${key}年度`
    case 'month': {
      const [y, m] = key.split('-')
      const month = Number(m)
      return lang === 'en' ? `${MONTHS_EN[month - 1] ?? m} ${y}` : `${y}年${month}月`
    }
    case 'state':
      return name.state(key, lang)
    case 'region':
      return name.region(key, lang)
    case 'office':
      return name.office(key, lang)
    case 'activity_type':
      return name.catalog(ACTIVITY_TYPES, key, lang)
    case 'theme':
      return name.catalog(THEMES, key, lang)
    case 'format':
      return name.catalog(FORMATS, key, lang)
  }
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTHS_EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A dates period that runs from the first day of a month to the last day of a month, as whole months
 * (May 2022 / 2022年5月, or a range of them); null for any other dates period.
 */
function wholeMonths(p: ResolvedPeriod): { y1: number; m1: number; y2: number; m2: number } | null {
  if (p.asked.kind !== 'dates' || p.from === null || p.to === null) return null
  const [y1, m1, d1] = p.from.split('-').map(Number) as [number, number, number]
  const [y2, m2, d2] = p.to.split('-').map(Number) as [number, number, number]
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate()
  return d1 === 1 && d2 === lastDay ? { y1, m1, y2, m2 } : null
}

function monthsLabel(p: ResolvedPeriod, lang: Lang): string | null {
  const m = wholeMonths(p)
  if (!m) return null
  if (lang === 'en') {
    const mon = (i: number) => MONTHS_EN_FULL[i - 1] ?? String(i)
    if (m.y1 === m.y2) return m.m1 === m.m2 ? `${mon(m.m1)} ${m.y1}` : `${mon(m.m1)} – ${mon(m.m2)} ${m.y1}`
    return `${mon(m.m1)} ${m.y1} – ${mon(m.m2)} ${m.y2}`
  }
  if (m.y1 === m.y2) return m.m1 === m.m2 ? `${m.y1}年${m.m1}月` : `${m.y1}年${m.m1}月〜${m.m2}月`
  return `${m.y1}年${m.m1}月〜${m.y2}年${m.m2}月`
}

// ---------------------------------------------------------------------------------------------------------
// The filters of a question, for the interpretation line (every name) and for the headline (compact).

/** More names than this in one filter, and the headline gives their number instead ("12 states" / 12州). */
const HEADLINE_NAMES_MAX = 3

interface Scope {
  /** Offices, joined. */
  offices: string | null
  /** Where: states, regions, states without a consulate. */
  places: string[]
  /** What kind: type, theme, format, best practice. */
  kinds: string[]
}

const SCOPE_COUNTERS: Record<'offices' | 'states' | 'regions' | 'types' | 'themes' | 'formats', { en: string; ja: (n: number) => string }> = {
  offices: { en: 'offices', ja: (n) => `${n}公館` },
  states: { en: 'states', ja: (n) => `${n}州` },
  regions: { en: 'regions', ja: (n) => `${n}地域` },
  types: { en: 'activity types', ja: (n) => `${n}分類` },
  themes: { en: 'themes', ja: (n) => `${n}テーマ` },
  formats: { en: 'formats', ja: (n) => `${n}形態` },
}

/** The filters that narrow the set, named with the reference-data names; `compact` shortens long lists. */
function scopeOf(f: Filters | undefined, lang: Lang, compact: boolean): Scope {
  const sep = lang === 'en' ? ', ' : '、'
  const list = (codes: readonly string[], kind: keyof typeof SCOPE_COUNTERS, nameOf: (code: string) => string): string =>
    compact && codes.length > HEADLINE_NAMES_MAX
      ? lang === 'en'
        ? `${formatNumber(codes.length)} ${SCOPE_COUNTERS[kind].en}`
        : SCOPE_COUNTERS[kind].ja(codes.length)
      : codes.map(nameOf).join(sep)
  const out: Scope = { offices: null, places: [], kinds: [] }
  if (!f) return out
  const catalog = (table: ReadonlyArray<{ code: string; en: string; ja: string }>) => (c: string) => name.catalog(table, c, lang)
  if (f.offices?.length) out.offices = list(f.offices, 'offices', (o) => name.officeAlone(o, lang))
  if (f.states?.length) out.places.push(list(f.states, 'states', (s) => (compact && lang === 'en' ? name.stateAlone(s) : name.state(s, lang))))
  if (f.regions?.length) {
    const regions = list(f.regions, 'regions', (r) => name.region(r, lang))
    out.places.push(compact ? regions : lang === 'en' ? `${regions} (region)` : `地域「${regions}」`)
  }
  if (f.withoutOffice) out.places.push(lang === 'en' ? 'states without a consulate' : '総領事館が所在しない州')
  const kind = (codes: readonly string[] | undefined, k: 'types' | 'themes' | 'formats', table: ReadonlyArray<{ code: string; en: string; ja: string }>, en: string, ja: string) => {
    if (!codes?.length) return
    const names = list(codes, k, catalog(table))
    const counted = compact && codes.length > HEADLINE_NAMES_MAX
    out.kinds.push(counted ? names : lang === 'en' ? `${en}: ${names}` : `${ja}「${names}」`)
  }
  kind(f.types, 'types', ACTIVITY_TYPES, 'type', '事業分類')
  kind(f.themes, 'themes', THEMES, 'theme', 'テーマ')
  kind(f.formats, 'formats', FORMATS, 'format', '実施形態')
  if (f.bestPractice === true) out.kinds.push(lang === 'en' ? 'best practices only' : compact ? 'ベストプラクティス' : 'ベストプラクティスのみ')
  if (f.bestPractice === false) out.kinds.push(lang === 'en' ? 'excluding best practices' : compact ? 'ベストプラクティス以外' : 'ベストプラクティスを除く')
  return out
}

/** English headline scope: " (Chicago consulate; Texas; theme: Climate and energy)", or '' without filters. */
function scopeEn(f: Filters | undefined): string {
  const s = scopeOf(f, 'en', true)
  const parts = [...(s.offices ? [s.offices] : []), ...s.places, ...s.kinds]
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`
}

/** Japanese headline scope before a noun: 「シカゴ総領事館の」「テキサス州での」「シカゴ総領事館によるテキサス州でのテーマ「…」の」. */
function scopeJaNoun(f: Filters | undefined): string {
  const s = scopeOf(f, 'ja', true)
  const place = s.places.join('・')
  let out = s.offices && place ? `${s.offices}による${place}での` : s.offices ? `${s.offices}の` : place ? `${place}での` : ''
  if (s.kinds.length > 0) out += `${s.kinds.join('・')}の`
  return out
}

/**
 * Japanese headline scope around a verb (事業を実施した): `who` goes before the verb phrase
 * (「シカゴ総領事館がテキサス州で」), `what` before 事業 (「テーマ「…」の」). `placeOf` writes the place as
 * 「中西部の」 (for 「中西部の全12州で」) instead of 「中西部で」.
 */
function scopeJaVerb(f: Filters | undefined, placeOf = false): { who: string; what: string } {
  const s = scopeOf(f, 'ja', true)
  const place = s.places.join('・')
  const who = `${s.offices ? `${s.offices}が` : ''}${place ? `${place}${placeOf ? 'の' : 'で'}` : ''}`
  return { who, what: s.kinds.length > 0 ? `${s.kinds.join('・')}の` : '' }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** 2022-04-01 → 2022年4月1日. */
function jaDate(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
}

function relativeEn(offset: number): string {
  return offset === 0 ? 'this FY' : offset === -1 ? 'last FY' : `${-offset} FYs ago`
}

function relativeJa(offset: number): string {
  return offset === 0 ? '今年度' : offset === -1 ? '昨年度' : offset === -2 ? '一昨年度' : `${-offset}年度前`
}

// ---------------------------------------------------------------------------------------------------------
// English.

const GROUP_PLURAL_EN: Record<GroupBy, string> = {
  fiscal_year: 'fiscal years',
  state: 'states',
  region: 'regions',
  office: 'offices',
  activity_type: 'activity types',
  theme: 'themes',
  format: 'formats',
  month: 'months',
}

/** Counters for a number of groups in Japanese (「4州」「2公館」). */
const GROUP_COUNTER_JA: Record<GroupBy, string> = {
  fiscal_year: 'か年度',
  state: '州',
  region: '地域',
  office: '公館',
  activity_type: '種別',
  theme: 'テーマ',
  format: '形式',
  month: 'か月',
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

const enUnits: Record<Unit, [string, string]> = {
  events: ['event', 'events'],
  participants: ['participant', 'participants'],
  states: ['state', 'states'],
  offices: ['office', 'offices'],
}

/** The period after a noun: "in FY2022", and for all records "to date" (never "… in total" after "Total …"). */
function whenEn(p: ResolvedPeriod): string {
  return p.asked.kind === 'all' ? 'to date' : en.periodOf(p)
}

const en: Wording = {
  count: (n, unit) => `${formatNumber(n)} ${enUnits[unit][n === 1 ? 0 : 1]}`,
  figure: (metric, value) => (value === null ? '–' : formatNumber(value)),
  cell: (metric, value) => en.figure(metric, value),
  metric: (m) =>
    ({
      events: 'events',
      participants: 'total participants',
      states_covered: 'states covered',
      offices_active: 'offices with events',
      avg_participants: 'average participants per event',
    })[m],
  groupBy: (g) =>
    ({
      fiscal_year: 'fiscal year',
      state: 'state',
      region: 'region',
      office: 'office',
      activity_type: 'activity type',
      theme: 'theme',
      format: 'format',
      month: 'month',
    })[g],
  groupKey: (g, key) => groupKeyName(g, key, 'en'),
  periodShort: (p) => {
    const a = p.asked
    if (a.kind === 'all') return 'all records'
    if (p.fiscalYears) {
      const label = p.fiscalYears.from === p.fiscalYears.to ? fyLabel(p.fiscalYears.from, 'en') : `FY${p.fiscalYears.from}–FY${p.fiscalYears.to}`
      return a.kind === 'fy_relative' ? `${relativeEn(a.offset)} (${label})` : label
    }
    return monthsLabel(p, 'en') ?? `${p.from} – ${p.to}`
  },
  periodWithDates: (p) => {
    const short = en.periodShort(p)
    if (p.asked.kind === 'dates') return wholeMonths(p) ? `${short} (${p.from} – ${p.to})` : short
    if (p.from === null || p.to === null) return `${short} (none recorded yet)`
    return `${short} (${p.from} – ${p.to})`
  },
  periodOf: (p) => {
    const a = p.asked
    if (a.kind === 'all') return 'in total'
    if (a.kind === 'dates') return wholeMonths(p) ? `in ${en.periodShort(p)}` : `between ${p.from} and ${p.to}`
    return `in ${en.periodShort(p)}`
  },
  periodIn: (p) => (p.asked.kind === 'all' ? 'so far' : en.periodOf(p)),
  filters: (f) => {
    const s = scopeOf(f, 'en', false)
    return [s.offices ?? 'all offices', ...s.places, ...s.kinds]
  },
  counted: (parts) => `Counted: ${parts.join(' · ')}`,
  matched: (n) => `${formatNumber(n)} ${n === 1 ? 'event' : 'events'} matched`,
  matchedEach: (a, b) => `${formatNumber(a)} and ${formatNumber(b)} events matched`,
  assumption: (a) =>
    ({
      year_as_fiscal_year: 'a year read as a fiscal year (April–March)',
      default_metric_events: 'no measure named, so events are counted',
      dc_not_a_state: 'DC is not counted as a state',
      latest_fy_for_first_time: 'the latest fiscal year of the period used',
    })[a],
  note: (n) => {
    switch (n.code) {
      case 'dc_events':
        return `DC (not a state): ${en.count(n.events, 'events')}, not counted among the states`
      case 'first_time_fiscal_year':
        return `first-time states are judged for one fiscal year: ${fyLabel(n.fiscalYear, 'en')}${n.reason === 'all' ? ' (the current one)' : ' (the last of the period)'}`
      case 'period_reversed':
        return 'the period was given end first and was read forwards'
      case 'in_progress':
        return `the period is still running: counted up to ${n.through}`
      case 'nothing_matched':
        return `no recorded event matched; the events recorded so far run from ${n.first} to ${n.last}`
      case 'nothing_recorded':
        return 'no event has been recorded yet'
    }
  },
  breakdownBy: (g, top) => (top === null ? `by ${en.groupBy(g)}` : `top ${top} by ${en.groupBy(g)}`),
  scalar: (metric, p, value, parts, f) => {
    const when = en.periodOf(p)
    const scope = scopeEn(f)
    switch (metric) {
      case 'events':
        return value === 1 ? `There was 1 event${scope} ${when}.` : `There were ${formatNumber(value ?? 0)} events${scope} ${when}.`
      case 'participants':
        return `Total participants${scope} ${whenEn(p)}: ${formatNumber(value ?? 0)}.`
      case 'states_covered':
        if (value === parts.outOf && parts.outOf === 50) return `Events were held in all 50 states${scope} ${en.periodIn(p)}.`
        return `Events were held in ${formatNumber(value ?? 0)} of the ${parts.outOf} states${scope} ${en.periodIn(p)}.`
      case 'offices_active':
        return `${en.count(value ?? 0, 'offices')} held at least one event${scope} ${en.periodIn(p)}.`
      case 'avg_participants':
        return value === null
          ? `No events matched${scope} ${whenEn(p)}, so there is no average.`
          : `Average participants per event${scope} ${whenEn(p)}: ${formatNumber(value)} (${en.count(parts.participants ?? 0, 'participants')} ÷ ${en.count(parts.events, 'events')}).`
    }
  },
  breakdownHead: (metric, g, top, p, f) => {
    const what = en.metric(metric)
    const tail = `${scopeEn(f)} ${whenEn(p)}:`
    if (top === null) return `${capitalise(what)} by ${en.groupBy(g)}${tail}`
    return top === 1 ? `Top ${en.groupBy(g)} by ${what}${tail}` : `Top ${top} ${GROUP_PLURAL_EN[g]} by ${what}${tail}`
  },
  averageCell: (value, participants, events) => (value === null ? '–' : `${formatNumber(value)} (${formatNumber(participants)} ÷ ${formatNumber(events)})`),
  tiesShown: (g, top, shown) => `${shown} ${GROUP_PLURAL_EN[g]} shown: the ${ordinalEn(top)} place is shared.`,
  zeroStatesHidden: (count, of) => `States with 0 are not listed: ${count} of ${of}.`,
  overlap: (metric, total, g) => {
    if (metric === 'participants' && (g === 'state' || g === 'region')) {
      return `An event in several ${GROUP_PLURAL_EN[g]} counts its participants in each; the total without double counting is ${formatNumber(total ?? 0)}.`
    }
    const reason =
      g === 'state' || g === 'region'
        ? `An event held in several states counts once in each ${en.groupBy(g)} it touches`
        : g === 'theme'
          ? 'An event with several themes counts once under each of its themes'
          : 'An event can fall into more than one group and counts once in each'
    return `${reason}, so the groups add up to more than the total (${metric === 'participants' ? en.count(total ?? 0, 'participants') : en.count(total ?? 0, 'events')}).`
  },
  noRows: 'No events matched.',
  comparison: (metric, a, b, difference, changePercent, f) => {
    const base = `${capitalise(en.metric(metric))}${scopeEn(f)}: ${a.label} ${en.figure(metric, a.value)} → ${b.label} ${en.figure(metric, b.value)}`
    if (difference === null) return `${base}.`
    const sign = difference > 0 ? '+' : ''
    const pct = changePercent === null ? '' : `, ${changePercent > 0 ? '+' : ''}${formatNumber(changePercent)}%`
    return difference === 0 ? `${base} (no change).` : `${base} (${sign}${formatNumber(difference)}${pct}).`
  },
  comparePeriods: (a, b) => `${en.periodWithDates(a)} vs ${en.periodWithDates(b)}`,
  firstTime: (p, states, f) =>
    states.length === 0
      ? `No state had its first event${scopeEn(f)} in ${en.periodShort(p)}.`
      : `${en.count(states.length, 'states')} had ${states.length === 1 ? 'its' : 'their'} first event${scopeEn(f)} in ${en.periodShort(p)}: ${states.map((s) => name.state(s, 'en')).join(', ')}.`,
  firstTimeline: (timeline, asked) => {
    const first = new Map(timeline.map((t) => [t.state, t.fiscalYear]))
    const missing = asked.filter((s) => !first.has(s))
    if (asked.length <= 3) {
      return asked
        .map((s) => {
          const fy = first.get(s)
          return fy === undefined ? `${name.state(s, 'en')} has had no event yet.` : `${name.state(s, 'en')} had its first event in ${fyLabel(fy, 'en')}.`
        })
        .join(' ')
    }
    const covered = `${formatNumber(timeline.length)} of the ${asked.length} states have had an event`
    if (timeline.length === 0) return `None of the ${asked.length} states has had an event yet.`
    const lastFy = Math.max(...timeline.map((t) => t.fiscalYear))
    const last = timeline.filter((t) => t.fiscalYear === lastFy).map((t) => name.state(t.state, 'en'))
    const lastText = `The most recent first-time ${last.length === 1 ? 'state was' : 'states were'} ${last.join(', ')}, in ${fyLabel(lastFy, 'en')}.`
    return missing.length === 0
      ? `${asked.length === 50 ? 'All 50 states' : `All ${asked.length} states`} have had an event. ${lastText}`
      : `${covered}; not yet: ${missing.map((s) => name.state(s, 'en')).join(', ')}. ${lastText}`
  },
  uncovered: (p, states, outOf, f) =>
    states.length === 0
      ? `Every one of the ${outOf} states had an event${scopeEn(f)} ${en.periodIn(p)}.`
      : `${formatNumber(states.length)} of the ${outOf} states had no event${scopeEn(f)} ${en.periodIn(p)}: ${states.map((s) => name.state(s, 'en')).join(', ')}.`,
  eventsHead: (p, shown, matched, f) =>
    shown >= matched
      ? `${matched === 1 ? 'The only event' : matched === 2 ? 'Both events' : `All ${formatNumber(matched)} events`}${scopeEn(f)} ${whenEn(p)}, newest first:`
      : `The ${formatNumber(shown)} most recent of ${formatNumber(matched)} events${scopeEn(f)} ${whenEn(p)}:`,
  eventLine: (e) => `• ${e.date} · ${e.office} · ${e.states.join(', ')} · ${e.title} · ${en.count(e.participants, 'participants')}`,
  noEvents: 'No events matched.',
  stateName: (code) => name.state(code, 'en'),
  clarify: (labels) => [`Your question can be read in more than one way, with different figures. Which one did you mean?`, ...labels.map((l, i) => `${i + 1}. ${l}`)].join('\n'),
  clarifyInterpretation: (n) => `Nothing counted yet: the question has ${n} readings.`,
  unknown: (reason) =>
    ({
      out_of_scope: 'I can only answer questions about the recorded outreach events: how many, participants, states, offices, fiscal years.',
      empty: 'Please type a question.',
      not_understood: 'I could not turn this question into a figure I can count.',
      unused_words: 'I could not use every word of this question, so I give no figure.',
    })[reason],
  unusedWords: (words) => `I can't use ${words.map((x) => `“${x}”`).join(', ')} in this question yet, so I give no figure.`,
  understood: (parts) => `I understood: ${parts.join(' · ')}.`,
  suggestion: (q, p) => {
    const scope = scopeEn(q.filters)
    const when = en.periodIn(p)
    switch (q.intent) {
      case 'metric': {
        const by = q.groupBy === undefined ? '' : ` ${en.breakdownBy(q.groupBy, q.top ?? null)}`
        const what = q.metric === 'participants' || q.metric === 'avg_participants' ? capitalise(en.metric(q.metric)) : `How many ${en.metric(q.metric)}`
        return `Try: “${what}${scope} ${when}${by}?”`
      }
      case 'compare':
        return `Try: “${capitalise(en.metric(q.metric))}${scope}, ${q.periods.map(periodLabelEn).join(' vs ')}?”`
      case 'first_time_states':
        return `Try: “Which states had their first event${scope} ${when}?”`
      case 'uncovered_states':
        return `Try: “Which states had no event${scope} ${when}?”`
      case 'list_events':
        return `Try: “List the events${scope} ${when}.”`
    }
  },
  unknownInterpretation: 'Nothing counted: no figure is given.',
  examplesHead: 'Try, for example:',
  what: (i) => ({ first_time_states: 'states with their first event', uncovered_states: 'states without an event', list_events: 'events, newest first' })[i],
  examples: [
    'How many events were held in FY2022?',
    'Total participants since FY2017?',
    'How many states have been covered so far?',
    'Events by region this fiscal year',
  ],
  listSeparator: ', ',
}

// ---------------------------------------------------------------------------------------------------------
// Japanese.

const jaCounter: Record<Unit, string> = { events: '件', participants: '名', states: '州', offices: '公館' }
const METRIC_UNIT: Record<Metric, Unit> = {
  events: 'events',
  participants: 'participants',
  avg_participants: 'participants',
  states_covered: 'states',
  offices_active: 'offices',
}

const ja: Wording = {
  count: (n, unit) => formatJaCount(n, jaCounter[unit]),
  cell: (metric, value) => (value === null ? '–' : `${formatNumber(value)}${jaCounter[METRIC_UNIT[metric]]}`),
  figure: (metric, value) => {
    if (value === null) return '–'
    switch (metric) {
      case 'events':
        return formatJaCount(value, '件')
      case 'participants':
      case 'avg_participants':
        return formatJaCount(value, '名')
      case 'states_covered':
        return formatJaCount(value, '州')
      case 'offices_active':
        return formatJaCount(value, '公館')
    }
  },
  metric: (m) =>
    ({
      events: '実施件数',
      participants: '延べ参加者数',
      states_covered: '実施州数',
      offices_active: '事業を実施した在外公館数',
      avg_participants: '1件当たりの平均参加者数',
    })[m],
  groupBy: (g) =>
    ({
      fiscal_year: '年度',
      state: '州',
      region: '地域',
      office: '在外公館',
      activity_type: '事業分類',
      theme: 'テーマ',
      format: '実施形態',
      month: '月',
    })[g],
  groupKey: (g, key) => groupKeyName(g, key, 'ja'),
  periodShort: (p) => {
    const a = p.asked
    if (a.kind === 'all') return '累計'
    if (p.fiscalYears) {
      const { from, to } = p.fiscalYears
      if (a.kind === 'fy_relative') return `${relativeJa(a.offset)}（${from}年度・${eraFiscalYearLabel(from)}）`
      return from === to ? fyLabel(from, 'ja') : `${from}年度〜${to}年度`
    }
    return monthsLabel(p, 'ja') ?? `${jaDate(p.from ?? '')}〜${jaDate(p.to ?? '')}`
  },
  periodWithDates: (p) => {
    const short = ja.periodShort(p)
    if (p.asked.kind === 'dates') return wholeMonths(p) ? `${short}（${jaDate(p.from ?? '')}〜${jaDate(p.to ?? '')}）` : short
    if (p.from === null || p.to === null) return `${short}（登録なし）`
    return `${short}（${jaDate(p.from)}〜${jaDate(p.to)}）`
  },
  periodOf: (p) => `${ja.periodShort(p)}の`,
  periodIn: (p) => (p.asked.kind === 'all' ? 'これまでに' : `${ja.periodShort(p)}に`),
  filters: (f) => {
    const s = scopeOf(f, 'ja', false)
    return [s.offices ?? '全在外公館', ...s.places, ...s.kinds]
  },
  counted: (parts) => `集計対象：${parts.join('・')}`,
  matched: (n) => `該当${formatNumber(n)}件`,
  matchedEach: (a, b) => `該当${formatNumber(a)}件・${formatNumber(b)}件`,
  assumption: (a) =>
    ({
      year_as_fiscal_year: '年は年度（4月〜翌年3月）と解釈',
      default_metric_events: '集計項目の指定がないため実施件数を集計',
      dc_not_a_state: 'コロンビア特別区（DC）は州に含めず',
      latest_fy_for_first_time: '期間内の最新年度で判定',
    })[a],
  note: (n) => {
    switch (n.code) {
      case 'dc_events':
        return `コロンビア特別区（DC）の事業${formatNumber(n.events)}件は州の集計に含めず`
      case 'first_time_fiscal_year':
        return `初実施の州は${fyLabel(n.fiscalYear, 'ja')}${n.reason === 'all' ? '（今年度）' : '（期間内の最新年度）'}について判定`
      case 'period_reversed':
        return '期間の始めと終わりを入れ替えて集計'
      case 'in_progress':
        return `期間の途中のため、${jaDate(n.through)}までの登録分で集計`
      case 'nothing_matched':
        return `該当する事業の登録はありません（登録済みの事業は${jaDate(n.first)}〜${jaDate(n.last)}の実施分）`
      case 'nothing_recorded':
        return '事業はまだ登録されていません'
    }
  },
  breakdownBy: (g, top) => (top === null ? `${ja.groupBy(g)}別` : `${ja.groupBy(g)}別上位${top}`),
  scalar: (metric, p, value, parts, f) => {
    const of = `${ja.periodOf(p)}${scopeJaNoun(f)}`
    const { who, what } = scopeJaVerb(f)
    switch (metric) {
      case 'events':
        return `${of}実施件数は${ja.figure(metric, value)}です。`
      case 'participants':
        return `${of}延べ参加者数は${ja.figure(metric, value)}です。`
      case 'states_covered':
        if (value === parts.outOf && parts.outOf === 50) return `${ja.periodIn(p)}${scopeJaVerb(f, true).who}全50州で${what}事業を実施しています。`
        return `${ja.periodIn(p)}${who}${what}事業を実施した州は${ja.figure(metric, value)}です（全${parts.outOf}州中）。`
      case 'offices_active':
        return `${ja.periodIn(p)}${who}${what}事業を実施した在外公館は${ja.figure(metric, value)}です。`
      case 'avg_participants':
        return value === null
          ? `${of}該当する事業がないため、平均参加者数は算出できません。`
          : `${of}1件当たりの平均参加者数は${formatNumber(value)}名です（延べ${formatNumber(parts.participants ?? 0)}名÷${formatNumber(parts.events)}件）。`
    }
  },
  breakdownHead: (metric, g, top, p, f) => {
    const of = `${ja.periodOf(p)}${scopeJaNoun(f)}`
    if (top === null) return `${of}${ja.groupBy(g)}別${ja.metric(metric)}：`
    return top === 1 ? `${of}${ja.metric(metric)}が最も多い${ja.groupBy(g)}：` : `${of}${ja.metric(metric)}（${ja.groupBy(g)}別上位${top}）：`
  },
  averageCell: (value, participants, events) => (value === null ? '–' : `${formatNumber(value)}名（${formatNumber(participants)}名÷${formatNumber(events)}件）`),
  tiesShown: (g, top, shown) => `${top}位が同数のため${shown}${GROUP_COUNTER_JA[g]}を表示しています。`,
  zeroStatesHidden: (count, of) => `値が0の州は表示していません（${of}州中${count}州）。`,
  overlap: (metric, total, g) => {
    if (metric === 'participants' && (g === 'state' || g === 'region')) {
      const each = g === 'state' ? '各州' : '各地域'
      const across = g === 'state' ? '複数州' : '複数地域'
      return `${across}にまたがる事業の参加者数は${each}に計上しています（重複を除いた合計は${formatNumber(total ?? 0)}名）。`
    }
    const reason =
      g === 'state' || g === 'region'
        ? `複数の州にまたがる事業は該当する各${ja.groupBy(g)}でそれぞれ計上している`
        : g === 'theme'
          ? '複数のテーマに該当する事業は該当する各テーマでそれぞれ計上している'
          : '複数の区分に該当する事業は該当する各区分でそれぞれ計上している'
    return `${reason}ため、各区分の合計は全体（${metric === 'participants' ? ja.count(total ?? 0, 'participants') : ja.count(total ?? 0, 'events')}）を上回ります。`
  },
  noRows: '該当する事業はありません。',
  comparison: (metric, a, b, difference, changePercent, f) => {
    const head = `${scopeJaNoun(f)}${ja.metric(metric)}は、${a.label}が${ja.figure(metric, a.value)}、${b.label}が${ja.figure(metric, b.value)}`
    if (difference === null) return `${head}です。`
    if (difference === 0) return `${head}で、増減はありません。`
    const amount = ja.figure(metric, Math.abs(difference))
    const pct = changePercent === null ? '' : `（${formatNumber(Math.abs(changePercent))}%${difference > 0 ? '増' : '減'}）`
    return `${head}で、${amount}の${difference > 0 ? '増加' : '減少'}${pct}です。`
  },
  comparePeriods: (a, b) => `${ja.periodWithDates(a)}と${ja.periodWithDates(b)}の比較`,
  firstTime: (p, states, f) => {
    const { who, what } = scopeJaVerb(f)
    return states.length === 0
      ? `${ja.periodShort(p)}に${who}初めて${what}事業を実施した州はありません。`
      : `${ja.periodShort(p)}に${who}初めて${what}事業を実施した州は${states.length}州です。該当州：${states.map((s) => name.state(s, 'ja')).join('、')}。`
  },
  firstTimeline: (timeline, asked) => {
    const first = new Map(timeline.map((t) => [t.state, t.fiscalYear]))
    const missing = asked.filter((s) => !first.has(s))
    if (asked.length <= 3) {
      return asked
        .map((s) => {
          const fy = first.get(s)
          return fy === undefined ? `${name.state(s, 'ja')}ではまだ事業を実施していません。` : `${name.state(s, 'ja')}で初めて事業を実施したのは${fyLabel(fy, 'ja')}です。`
        })
        .join('')
    }
    if (timeline.length === 0) return `${asked.length}州のいずれでも、まだ事業を実施していません。`
    const lastFy = Math.max(...timeline.map((t) => t.fiscalYear))
    const last = timeline.filter((t) => t.fiscalYear === lastFy).map((t) => name.state(t.state, 'ja'))
    const lastText = `直近で初めて事業を実施したのは${last.join('、')}（${fyLabel(lastFy, 'ja')}）です。`
    return missing.length === 0
      ? `${asked.length === 50 ? '全50州' : `対象の${asked.length}州すべて`}で事業を実施済みです。${lastText}`
      : `${asked.length}州中${timeline.length}州で事業を実施済みです。未実施は${missing.map((s) => name.state(s, 'ja')).join('、')}です。${lastText}`
  },
  uncovered: (p, states, outOf, f) => {
    if (states.length === 0) {
      const { who, what } = scopeJaVerb(f, true)
      return `${ja.periodIn(p)}${who}全${outOf}州で${what}事業を実施しています。`
    }
    const { who, what } = scopeJaVerb(f)
    return `${ja.periodIn(p)}${who}${what}事業を実施していない州は${states.length}州です（全${outOf}州中）。該当州：${states.map((s) => name.state(s, 'ja')).join('、')}。`
  },
  eventsHead: (p, shown, matched, f) =>
    shown >= matched
      ? `${ja.periodOf(p)}${scopeJaNoun(f)}事業${formatNumber(matched)}件（新しい順）：`
      : `${ja.periodOf(p)}${scopeJaNoun(f)}事業${formatNumber(matched)}件のうち、新しい順に${formatNumber(shown)}件：`,
  eventLine: (e) => `・${jaDate(e.date)}　${e.office}　${e.states.join('、')}　${e.title}　${formatNumber(e.participants)}名`,
  noEvents: '該当する事業はありません。',
  stateName: (code) => name.state(code, 'ja'),
  clarify: (labels) => [`ご質問は複数の意味に解釈でき、解釈によって数値が異なります。次のいずれをお尋ねでしょうか。`, ...labels.map((l, i) => `${i + 1}. ${l}`)].join('\n'),
  clarifyInterpretation: (n) => `未集計：ご質問に${n}通りの解釈があります`,
  unknown: (reason) =>
    ({
      out_of_scope: 'お答えできるのは、登録された事業の集計（件数、参加者数、州、在外公館、年度）に関するご質問です。',
      empty: 'ご質問を入力してください。',
      not_understood: 'ご質問から集計の条件を読み取ることができませんでした。',
      unused_words: 'ご質問のすべての語句を集計条件として扱えないため、数値はお答えできません。',
    })[reason],
  unusedWords: (words) => `${words.map((x) => `「${x}」`).join('、')}はまだ集計条件として扱えないため、数値はお答えできません。`,
  understood: (parts) => `読み取れた条件：${parts.join('・')}`,
  suggestion: (q, p) => {
    const scope = scopeJaNoun(q.filters)
    const period = ja.periodOf(p)
    switch (q.intent) {
      case 'metric': {
        const by = q.groupBy === undefined ? '' : `（${ja.breakdownBy(q.groupBy, q.top ?? null)}）`
        return `次のご質問ならお答えできます：「${period}${scope}${ja.metric(q.metric)}${by}は？」`
      }
      case 'compare':
        return `次のご質問ならお答えできます：「${q.periods.map(periodLabelJa).join('と')}の${scope}${ja.metric(q.metric)}の比較は？」`
      case 'first_time_states':
        return `次のご質問ならお答えできます：「${ja.periodIn(p)}${scope}初めて事業を実施した州は？」`
      case 'uncovered_states':
        return `次のご質問ならお答えできます：「${ja.periodIn(p)}${scope}事業を実施していない州は？」`
      case 'list_events':
        return `次のご質問ならお答えできます：「${period}${scope}事業の一覧」`
    }
  },
  unknownInterpretation: '未集計：数値はお示ししていません',
  examplesHead: '例えば、次のようにご質問ください。',
  what: (i) => ({ first_time_states: '初めて事業を実施した州', uncovered_states: '事業を実施していない州', list_events: '事業一覧（新しい順）' })[i],
  examples: ['2022年度の実施件数は？', '2017年度以降の延べ参加者数は？', 'これまでに事業を実施した州の数は？', '今年度の地域別の実施件数'],
  listSeparator: '、',
}

/** A period of a suggested question, without its dates (none are read for a question not answered). */
function periodLabelEn(p: Query['filters']['period']): string {
  switch (p.kind) {
    case 'all':
      return 'all records'
    case 'fy':
      return p.to === undefined ? `since FY${p.from}` : p.from === p.to ? `FY${p.from}` : `FY${p.from}–FY${p.to}`
    case 'fy_relative':
      return relativeEn(p.offset)
    case 'dates':
      return `${p.from} – ${p.to}`
  }
}

function periodLabelJa(p: Query['filters']['period']): string {
  switch (p.kind) {
    case 'all':
      return '累計'
    case 'fy':
      return p.to === undefined ? `${p.from}年度以降` : p.from === p.to ? `${p.from}年度` : `${p.from}年度〜${p.to}年度`
    case 'fy_relative':
      return relativeJa(p.offset)
    case 'dates':
      return `${jaDate(p.from)}〜${jaDate(p.to)}`
  }
}

export const WORDING = { en, ja } as const satisfies Record<Lang, Wording>

export const LANGS: readonly Lang[] = ['en', 'ja']
