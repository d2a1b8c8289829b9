// Japan's fiscal year (年度): April 1 to March 31, named by the calendar year it starts in. An event
// belongs to the fiscal year of its (start) date. Dates are ISO strings ("2022-04-01") throughout, so
// no time zone can shift a day; only `todayIn` looks at a clock, and it takes the zone explicitly.
import type { Lang, Localized } from '../i18n/lang.ts'
import { normalizeText } from './text.ts'

export type EraCode = 'showa' | 'heisei' | 'reiwa'

export interface Era {
  code: EraCode
  nameJa: string
  nameEn: string
  /** Initial used in short forms: R4, H30, S63. */
  letter: string
  /** First day of the era. */
  start: string
  /** Western year = offset + era year. */
  offset: number
  /** Largest era year accepted in a fiscal-year label (平成31年度, 昭和63年度), for eras that have ended. */
  maxEraYear?: number
}

// Newest first, so the first era that has started on a date is the one in force.
export const ERAS: readonly Era[] = [
  { code: 'reiwa', nameJa: '令和', nameEn: 'Reiwa', letter: 'R', start: '2019-05-01', offset: 2018 },
  // 平成31年度 (FY2019) was in use before the era changed on 2019-05-01 (budgets were drawn up with it).
  { code: 'heisei', nameJa: '平成', nameEn: 'Heisei', letter: 'H', start: '1989-01-08', offset: 1988, maxEraYear: 31 },
  { code: 'showa', nameJa: '昭和', nameEn: 'Showa', letter: 'S', start: '1926-12-25', offset: 1925, maxEraYear: 63 },
]

/**
 * Bounds on any fiscal year the parsers accept, to turn typos (FY3022) into "not understood". FY1926 was
 * 大正15年度; eras before 昭和 are out of scope, so the first is 昭和2年度.
 */
export const MIN_FISCAL_YEAR = 1927
export const MAX_FISCAL_YEAR = 2100
/** A bare four-digit number is taken as a fiscal year only inside this range. */
const PLAIN_YEAR_MIN = 1989

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Strict YYYY-MM-DD naming a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function parts(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso)
  if (!m || !isValidIsoDate(iso)) throw new RangeError(`not a valid ISO date (YYYY-MM-DD): ${iso}`)
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** 2023-03-31 → 2022; 2023-04-01 → 2023. Throws on an invalid date. */
export function fiscalYearOf(isoDate: string): number {
  const { year, month } = parts(isoDate)
  return month >= 4 ? year : year - 1
}

/** FY2022 → { start: '2022-04-01', end: '2023-03-31' } (both inclusive). */
export function fiscalYearRange(fy: number): { start: string; end: string } {
  assertFiscalYear(fy)
  return { start: `${pad(fy, 4)}-04-01`, end: `${pad(fy + 1, 4)}-03-31` }
}

function assertFiscalYear(fy: number): void {
  if (!Number.isInteger(fy) || fy < 1 || fy > 9998) throw new RangeError(`not a fiscal year: ${fy}`)
}

export interface EraYear {
  era: Era
  /** 1 for the first (元) year. */
  year: number
}

/**
 * The era name of a fiscal year: FY2019 onwards is 令和 (FY2019 = 令和元年度, the usual label even though
 * April 2019 was still 平成31年), FY1989–FY2018 平成, FY1926–FY1988 昭和.
 */
export function eraOfYear(fy: number): EraYear {
  if (!Number.isInteger(fy) || fy < MIN_FISCAL_YEAR) {
    throw new RangeError(`fiscal year ${fy} is before the eras this module knows (FY${MIN_FISCAL_YEAR})`)
  }
  // An era labels fiscal years from its first calendar year on: 令和 began on 2019-05-01, yet government
  // usage names FY2019 令和元年度; FY1989 is 平成元年度 and FY1988 昭和63年度.
  for (const era of ERAS) {
    const startYear = Number(era.start.slice(0, 4))
    if (fy >= startYear) return { era, year: fy - era.offset }
  }
  throw new RangeError(`no era for fiscal year ${fy}`)
}

function eraYearText(year: number): string {
  return year === 1 ? '元' : String(year)
}

/** FY2022 → '令和4年度'; FY2019 → '令和元年度'; FY2018 → '平成30年度'. */
export function eraFiscalYearLabel(fy: number): string {
  const { era, year } = eraOfYear(fy)
  return `${era.nameJa}${eraYearText(year)}年度`
}

/** 'FY2022' / '2022年度（令和4年度）'. */
export function fyLabel(fy: number, lang: Lang): string {
  assertFiscalYear(fy)
  return FY_LABEL[lang](fy)
}

/** A fiscal year in each language: 'FY2022' / '2022年度（令和4年度）'. */
export const FY_LABEL = {
  en: (fy) => `FY${fy}`,
  ja: (fy) => `${fy}年度（${eraFiscalYearLabel(fy)}）`,
} as const satisfies Localized<(fy: number) => string>

/** Two fiscal years as a range: FY2017–FY2022 / 2017年度〜2022年度. */
export const FY_RANGE = {
  en: (from, to) => `FY${from}–FY${to}`,
  ja: (from, to) => `${fyShortLabelJa(from)}〜${fyShortLabelJa(to)}`,
} as const satisfies Localized<(from: number, to: number) => string>

/** '2022年度'. */
export function fyShortLabelJa(fy: number): string {
  assertFiscalYear(fy)
  return `${fy}年度`
}

/** A date in the era calendar: 2019-04-30 → '平成31年4月30日', 2019-05-01 → '令和元年5月1日'. */
export function eraDateLabel(isoDate: string): string {
  const { year, month, day } = parts(isoDate)
  const era = ERAS.find((e) => isoDate >= e.start)
  if (!era) throw new RangeError(`date before the eras this module knows: ${isoDate}`)
  return `${era.nameJa}${eraYearText(year - era.offset)}年${month}月${day}日`
}

// ---------------------------------------------------------------------------------------------------
// Parsing. Both parsers work on NFKC-normalized text, so ２０２２年度, ＦＹ２２ and ㋿４年度 are understood.

function inRange(fy: number): number | undefined {
  return Number.isInteger(fy) && fy >= MIN_FISCAL_YEAR && fy <= MAX_FISCAL_YEAR ? fy : undefined
}

/** 令和4 / R4 / 平成31 → western fiscal year; undefined for 令和0, 平成32, 昭和64 and the like. */
function fromEra(eraToken: string, yearToken: string): number | undefined {
  const era = ERAS.find((e) => e.nameJa === eraToken || e.letter === eraToken.toUpperCase())
  if (!era) return undefined
  const year = yearToken === '元' ? 1 : Number(yearToken)
  if (!Number.isInteger(year) || year < 1) return undefined
  if (era.maxEraYear !== undefined && year > era.maxEraYear) return undefined
  return inRange(era.offset + year)
}

/** FY22 → 2022; two-digit years from 89 up are read as 1989–1999 (the 平成 years), the rest as 20xx. */
function fromFyDigits(digits: string): number | undefined {
  if (digits.length === 4) return inRange(Number(digits))
  const yy = Number(digits)
  return inRange(yy >= 89 ? 1900 + yy : 2000 + yy)
}

const ERA_KANJI = '令和|平成|昭和'

const WHOLE_FORMS: readonly { re: RegExp; fy: (m: RegExpExecArray) => number | undefined }[] = [
  // 2022年度
  { re: /^(\d{4}) ?年度$/u, fy: (m) => inRange(Number(m[1])) },
  // 令和4年度, 令和元年度, 平成31年度, 令和4
  { re: new RegExp(`^(${ERA_KANJI}) ?(\\d{1,2}|元) ?(?:年度)?$`, 'u'), fy: (m) => fromEra(m[1] ?? '', m[2] ?? '') },
  // R4, R4年度, r04, H30, S63
  { re: /^([RHS]) ?(\d{1,2}|元) ?(?:年度)?$/iu, fy: (m) => fromEra(m[1] ?? '', m[2] ?? '') },
  // FY22, FY2022, FY 2022, fy2022, FY'22
  { re: /^FY ?['’]?(\d{2}|\d{4})$/iu, fy: (m) => fromFyDigits(m[1] ?? '') },
  // 2022 (a bare year, taken as the fiscal year)
  { re: /^(\d{4})$/u, fy: (m) => (Number(m[1]) >= PLAIN_YEAR_MIN ? inRange(Number(m[1])) : undefined) },
]

/**
 * A fiscal year written on its own, in any usual form: 2022年度, 令和4年度, 令和元年度, 平成31年度 (= 2019),
 * R4, R4年度, r04, H30, FY22, FY2022, FY 2022, FY'22, or a bare 2022 (1989–2100). Undefined otherwise.
 */
export function parseFiscalYear(text: string): number | undefined {
  const s = normalizeText(text)
  if (s === '') return undefined
  for (const form of WHOLE_FORMS) {
    const m = form.re.exec(s)
    if (m) return form.fy(m)
  }
  return undefined
}

export interface FiscalYearMention {
  fy: number
  /** Span in the original text, UTF-16 offsets, end exclusive: text.slice(start, end) is the mention. */
  start: number
  end: number
  /** The mention as written. */
  text: string
  /**
   * True when the text says it is a fiscal year (年度, FY, an era form). False for a bare year such as
   * "2022" or "2022年", which may mean the calendar year: the caller should decide or ask.
   */
  explicit: boolean
}

// Word edges for Latin tokens; Japanese has no spaces, so kanji and kana around a token are fine.
const NOT_WORD_BEFORE = '(?<![A-Za-z0-9])'
const NOT_WORD_AFTER = '(?![A-Za-z0-9])'

// One scanner, alternatives tried left to right at each position, so "2022年度" is read once as explicit.
const MENTION = new RegExp(
  [
    // 令和4年度, 平成31年度 (the kanji era forms need 年度: 令和4年 is a calendar year)
    `(?<eraKanji>${ERA_KANJI}) ?(?<eraKanjiYear>\\d{1,2}|元) ?年度`,
    // FY22, FY 2022, FY'22, fiscal 2022, fiscal year 2022, financial year 2022
    `${NOT_WORD_BEFORE}(?:[Ff][Yy] ?['’]?|[Ff]iscal (?:[Yy]ear )?|[Ff]inancial [Yy]ear )(?<fyDigits>\\d{4}|\\d{2})${NOT_WORD_AFTER}`,
    // 2022年度
    `(?<!\\d)(?<yearNendo>\\d{4}) ?年度`,
    // R4, R4年度, H30. A one-digit H needs 年度: "H1"/"H2" in English usually mean half-years.
    `${NOT_WORD_BEFORE}(?:(?<rLetter>[Rr]) ?(?<rYear>\\d{1,2})|(?<hLetter>[Hh]) ?(?<hYear>\\d{2}|\\d(?= ?年度)))(?: ?年度|${NOT_WORD_AFTER})`,
    // A bare year: 2022, 2022年. Not part of a date (2022-05-01, 5/1/2022, 2022年5月), a number (2022.5,
    // 12,2022) or a count (2000件); a range such as 2017-2022 gives both years.
    `(?<![A-Za-z\\d.,])(?<!(?<!\\d)\\d{1,2}[-/])(?<plain>\\d{4})` +
      `(?![A-Za-z\\d]|[.,]\\d|[-/]\\d{1,2}(?!\\d)| ?年 ?\\d| ?(?:[件名人社回円%]|ドル|か所|箇所))(?: ?年)?`,
  ].join('|'),
  'gu',
)

/** NFKC per code point, keeping for each normalized UTF-16 unit the span of the original it came from. */
function normalizeWithMap(text: string): { s: string; from: number[]; to: number[] } {
  let s = ''
  const from: number[] = []
  const to: number[] = []
  let i = 0
  for (const ch of text) {
    const piece = ch.normalize('NFKC')
    for (let k = 0; k < piece.length; k++) {
      from.push(i)
      to.push(i + ch.length)
    }
    s += piece
    i += ch.length
  }
  return { s, from, to }
}

/**
 * Every fiscal-year mention in a sentence, in order, with its span in the original text:
 * "events in FY22 vs 令和3年度" → [{ fy: 2022, … }, { fy: 2021, … }]. Bare years ("in 2022") come back with
 * explicit = false. Relative words (今年度, last FY) need today's date and are left to the caller.
 */
export function findFiscalYearsIn(text: string): FiscalYearMention[] {
  const { s, from, to } = normalizeWithMap(text)
  const mentions: FiscalYearMention[] = []
  for (const m of s.matchAll(MENTION)) {
    const g = m.groups ?? {}
    let fy: number | undefined
    let explicit = true
    if (g.eraKanji !== undefined) fy = fromEra(g.eraKanji, g.eraKanjiYear ?? '')
    else if (g.fyDigits !== undefined) fy = fromFyDigits(g.fyDigits)
    else if (g.yearNendo !== undefined) fy = inRange(Number(g.yearNendo))
    else if (g.rLetter !== undefined) fy = fromEra(g.rLetter, g.rYear ?? '')
    else if (g.hLetter !== undefined) fy = fromEra(g.hLetter, g.hYear ?? '')
    else if (g.plain !== undefined) {
      const year = Number(g.plain)
      fy = year >= PLAIN_YEAR_MIN ? inRange(year) : undefined
      explicit = false
    }
    if (fy === undefined) continue
    const startN = m.index
    const endN = startN + m[0].length
    const start = from[startN] ?? text.length
    const end = to[endN - 1] ?? text.length
    mentions.push({ fy, start, end, text: text.slice(start, end), explicit })
  }
  return mentions
}

// ---------------------------------------------------------------------------------------------------
// Calendar helpers.

/** Today's date (YYYY-MM-DD) in a time zone; `now` is a parameter so callers and tests control the clock. */
export function todayIn(timeZone = 'Asia/Tokyo', now: Date = new Date()): string {
  const fmt = dayFormat(timeZone)
  const formatted = fmt.formatToParts(now)
  const get = (type: Intl.DateTimeFormatPartTypes): string => {
    const part = formatted.find((p) => p.type === type)
    if (!part) throw new RangeError(`cannot format ${type} in time zone ${timeZone}`)
    return part.value
  }
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`
}

/**
 * One formatter per time zone: making an Intl.DateTimeFormat costs far more than using one (it loads the
 * zone's rules), and "today" is read several times per Slack request.
 */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>()
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let fmt = DAY_FORMATS.get(timeZone)
  if (fmt === undefined) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    DAY_FORMATS.set(timeZone, fmt)
  }
  return fmt
}

/** The fiscal year a date falls in, e.g. `currentFiscalYear(todayIn(config.timeZone))` for 今年度. */
export function currentFiscalYear(asOfIso: string): number {
  return fiscalYearOf(asOfIso)
}

/** The ISO date n days after (or before, for negative n) a date. */
export function addDays(iso: string, n: number): string {
  const { year, month, day } = parts(iso)
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`)
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999; day overflow rolls over.
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day + n)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
}

/** Negative, zero or positive as a is before, equal to or after b (ISO dates sort as strings). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
