// Confidence: a figure is given only when every content word of the question was used. Words left over by
// the recognisers (unused.ts) and words read that the query cannot use (decide.ts) are named as the user
// wrote them; a question with none of the product's signals at all is not about recorded events.
import { Tracked } from './tracked.ts'
import { type Span } from './unused.ts'
import { MAX_UNUSED_WORDS } from '../query.ts'
import { normalizeText } from '../../domain/text.ts'
import { currentFiscalYear } from '../../domain/fiscal-year.ts'
import { fyPartDates } from '../execute/periods.ts'
import type { ParseResult, Period, Query } from '../query.ts'
import type { PeriodMention } from './period.ts'
import { unique, type Findings } from './findings.ts'
import { asksRatio } from './ratios.ts'
import { asciiLower } from './scan.ts'
import { hasStructure } from './structure-filters.ts'
import { hasTextFindings } from './text-filters.ts'


/** Words that turn a condition around: with one of them unused, the rest of the question is not offered. */
const NEGATING_WORD =
  /(?<![a-z])(?:not|no|non|none|never|without|w\/o|excluding|exclude[sd]?|except(?:ing)?|other than|apart from|besides|outside|minus|but)(?![a-z])|以外|除|抜き|含まない|含めない|含めず|ない|なかった|ません|未|非/


/**
 * The unused spans of the scanned text as the user wrote them, in the order of the question: overlapping
 * or touching spans are one word; at most MAX_UNUSED_WORDS, each named once.
 */
function namedWords(spans: Span[], tracked: Tracked, written: string): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const sp of sorted) {
    const last = merged[merged.length - 1]
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end)
    else merged.push({ ...sp })
  }
  const words = merged
    .map((sp) => {
      const o = tracked.origin(sp.start, sp.end)
      return written.slice(o.start, o.end).replace(/\s+/gu, ' ').trim()
    })
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
  // a pasted blob is named by its start
  return unique(words.map((w) => (w.length > 60 ? `${w.slice(0, 59)}…` : w))).slice(0, MAX_UNUSED_WORDS)
}

/**
 * Whether a question names anything of the product's at all (a metric, a period, a place, an office, a
 * category, a structure or text filter, a breakdown, a ranking, a list, a ratio), or is only a count word with
 * nothing left over ("how many?"). Without one, it is not about recorded events (out_of_scope).
 */
export function aboutRecordedEvents(f: Findings, leftover: readonly Span[]): boolean {
  const strongSignal =
    f.metricNamed ||
    f.periods.mentions.length > 0 ||
    f.periods.cumulative ||
    f.periods.previousYear ||
    f.states.length > 0 ||
    f.ambiguousPlace !== undefined ||
    f.regions.length + f.offices.length + f.types.length + f.themes.length + f.formats.length > 0 ||
    f.bestPractice ||
    f.withoutOffice ||
    hasStructure(f.structure) ||
    hasTextFindings(f.text) ||
    f.groupBy !== undefined ||
    f.top !== undefined ||
    f.firstTime ||
    f.never ||
    f.list ||
    asksRatio(f.ratio)
  return strongSignal || (f.countWord && leftover.length === 0)
}

/**
 * The parse's result when every word was used; otherwise unknown/unused_words naming the unused `spans`
 * (positions in `tracked`'s text) as the user `written` them, with the query built from the rest offered as
 * `understood` — unless a negating word is among them (offering "online" for "excluding online" would suggest
 * the opposite question).
 */
export function accountForEveryWord(o: { result: ParseResult; spans: Span[]; tracked: Tracked; written: string }): ParseResult {
  const words = namedWords(o.spans, o.tracked, o.written)
  if (words.length === 0) return o.result
  const negated = words.some((w) => NEGATING_WORD.test(asciiLower(normalizeText(w))))
  const { result } = o
  return { kind: 'unknown', reason: 'unused_words', words, ...(result.kind === 'query' && !negated ? { understood: result.query } : {}) }
}

/**
 * "this year", 今年, "last year", 去年, "3 years ago": a year word, not a fiscal year. When it is the question's
 * only period and the query counts over it, the fiscal year (April–March) and the calendar year give different
 * figures, so the user is asked which (two readings, each a complete query). `asOf` gives the fiscal year.
 * Returns undefined when the question named a fiscal year or no such word.
 */
export function askFiscalOrCalendarYear(result: ParseResult, mentions: readonly PeriodMention[], asOf: string): ParseResult | undefined {
  const compared = askFiscalOrCalendarYears(result, mentions, asOf)
  if (compared) return compared
  const [only, ...more] = mentions
  if (result.kind !== 'query' || only?.calendarYear === undefined || more.length > 0 || only.period.kind !== 'fy_relative') return undefined
  const query = result.query
  if (!('filters' in query) || query.filters === undefined || JSON.stringify(query.filters.period) !== JSON.stringify(only.period)) return undefined
  const fy = currentFiscalYear(asOf) + only.period.offset
  const y = only.calendarYear
  const withPeriod = (period: Period): Query => ({ ...query, filters: { ...query.filters, period } }) as Query
  return {
    kind: 'clarify',
    options: [
      { label: { en: `FY${fy} (April ${fy} – March ${fy + 1})`, ja: `${fy}年度（${fy}年4月〜${fy + 1}年3月）` }, query: withPeriod(only.period) },
      { label: { en: `Calendar year ${y} (January – December)`, ja: `${y}年（1月〜12月）` }, query: withPeriod({ kind: 'dates', from: `${y}-01-01`, to: `${y}-12-31` }) },
    ],
  }
}

/**
 * 今年と去年の比較, "this year vs last year": two year words compared. Fiscal years (April–March) and calendar years
 * give different figures, so the user is asked which (each option the whole comparison). Undefined unless the
 * query compares exactly the two periods those words were read as.
 */
function askFiscalOrCalendarYears(result: ParseResult, mentions: readonly PeriodMention[], asOf: string): ParseResult | undefined {
  if (result.kind !== 'query' || result.query.intent !== 'compare' || mentions.length !== 2) return undefined
  const query = result.query
  const years = new Map<number, number>()
  for (const m of mentions) {
    if (m.calendarYear === undefined || m.period.kind !== 'fy_relative') return undefined
    years.set(m.period.offset, m.calendarYear)
  }
  const calendar = query.periods.map((p) => (p.kind === 'fy_relative' ? years.get(p.offset) : undefined))
  if (calendar.some((y) => y === undefined)) return undefined
  const fys = query.periods.map((p) => (p.kind === 'fy_relative' ? currentFiscalYear(asOf) + p.offset : 0))
  const [a, b] = calendar as [number, number]
  const [fa, fb] = fys as [number, number]
  const calendarQuery: Query = { ...query, periods: [{ kind: 'dates', from: `${a}-01-01`, to: `${a}-12-31` }, { kind: 'dates', from: `${b}-01-01`, to: `${b}-12-31` }] }
  return {
    kind: 'clarify',
    options: [
      { label: { en: `FY${fa} vs FY${fb} (April – March)`, ja: `${fa}年度と${fb}年度（4月〜3月）` }, query },
      { label: { en: `Calendar years ${a} vs ${b} (January – December)`, ja: `${a}年と${b}年（1月〜12月）` }, query: calendarQuery },
    ],
  }
}

/**
 * "Q2 2022", 2022年第3四半期, "H1 2022": a quarter or half next to a bare year. FY2022's Q2 (July–September) and
 * calendar 2022's Q2 (April–June) are different months, so the user is asked which (each option a complete
 * query). Returns undefined when no such part is the question's only period.
 */
export function askFiscalOrCalendarPart(result: ParseResult, mentions: readonly PeriodMention[]): ParseResult | undefined {
  const only = soleCalendarPart(result, mentions)
  if (only === undefined || result.kind !== 'query' || only.period.kind !== 'fy_part' || only.calendarPart === undefined) return undefined
  const query = result.query
  const { fy, part } = only.period
  const { from, to } = fyPartDates(fy, part)
  const withPeriod = (period: Period): Query => ({ ...query, filters: { ...query.filters, period } }) as Query
  const fyName = /^q/.test(part) ? { en: `Q${part.slice(1)}`, ja: `第${part.slice(1)}四半期` } : part === 'h1' ? { en: 'H1', ja: '上半期' } : { en: 'H2', ja: '下半期' }
  return {
    kind: 'clarify',
    options: [
      { label: { en: `FY${fy} ${fyName.en} (${enMonthSpan(from, to)})`, ja: `${fy}年度${fyName.ja}（${jaMonthSpan(from, to)}）` }, query: withPeriod(only.period) },
      { label: only.calendarPart.label, query: withPeriod({ kind: 'dates', from: only.calendarPart.from, to: only.calendarPart.to }) },
    ],
  }
}

/** The one period of the query when it is a quarter or half next to a bare year ("Q2 2022"); else undefined. */
function soleCalendarPart(result: ParseResult, mentions: readonly PeriodMention[]): PeriodMention | undefined {
  const [only, ...more] = mentions
  if (result.kind !== 'query' || only?.calendarPart === undefined || more.length > 0) return undefined
  const query = result.query
  if (!('filters' in query) || query.filters === undefined || JSON.stringify(query.filters.period) !== JSON.stringify(only.period)) return undefined
  return only
}

/**
 * The words of a quarter or half next to a bare year that cannot be asked back (another period beside it, a
 * comparison, a question back already): named as not understood, so no figure takes the fiscal reading unasked.
 */
export function unclearCalendarParts(result: ParseResult, mentions: readonly PeriodMention[]): Span[] {
  if (soleCalendarPart(result, mentions) !== undefined) return []
  return mentions.filter((m) => m.calendarPart !== undefined).map((m) => ({ start: m.start, end: m.end }))
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** 2022-07-01 – 2022-09-30 → 'July – September 2022'; across a year end: 'October 2022 – March 2023'. */
function enMonthSpan(from: string, to: string): string {
  const [fy, fm] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  return fy === ty ? `${MONTHS_EN[(fm ?? 1) - 1]} – ${MONTHS_EN[(tm ?? 1) - 1]} ${ty}` : `${MONTHS_EN[(fm ?? 1) - 1]} ${fy} – ${MONTHS_EN[(tm ?? 1) - 1]} ${ty}`
}

/** 2022-07-01 – 2022-09-30 → 2022年7月〜9月; across a year end: 2022年10月〜2023年3月. */
function jaMonthSpan(from: string, to: string): string {
  const [fy, fm] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  return fy === ty ? `${fy}年${fm}月〜${tm}月` : `${fy}年${fm}月〜${ty}年${tm}月`
}

/**
 * "the last 3 years", "past 3 fiscal years", 過去3年間, 直近3年度 as the question's only period: the N fiscal
 * years up to this one (in progress on the as-of date), the N whole fiscal years before it, or — when the
 * words name years, not fiscal years — the last 12×N months give different figures, so the user is asked which
 * (each option a complete query). Returns undefined when the question has no such period.
 */
export function askWhichPastYears(result: ParseResult, mentions: readonly PeriodMention[], asOf: string): ParseResult | undefined {
  const [only, ...more] = mentions
  if (result.kind !== 'query' || only?.pastYears === undefined || more.length > 0) return undefined
  const query = result.query
  if (!('filters' in query) || query.filters === undefined || JSON.stringify(query.filters.period) !== JSON.stringify(only.period)) return undefined
  const { n, fiscal } = only.pastYears
  const c = currentFiscalYear(asOf)
  const withPeriod = (period: Period): Query => ({ ...query, filters: { ...query.filters, period } }) as Query
  const options = [
    { label: { en: `FY${c - n + 1}–FY${c} (this FY to date)`, ja: `${c - n + 1}年度〜${c}年度（今年度は途中まで）` }, query: withPeriod(only.period) },
    { label: { en: `FY${c - n}–FY${c - 1} (the last ${n} whole FYs)`, ja: `${c - n}年度〜${c - 1}年度（終了した直近${n}年度）` }, query: withPeriod({ kind: 'fy', from: c - n, to: c - 1 }) },
  ]
  if (!fiscal && 12 * n <= 400) options.push({ label: { en: `The last ${12 * n} months`, ja: `直近${12 * n}か月` }, query: withPeriod({ kind: 'recent', n: 12 * n, unit: 'months' }) })
  return { kind: 'clarify', options }
}
