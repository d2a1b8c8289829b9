// How every surface writes numbers, counts and dates (answers, digest, report, deck, workbook, Slack views,
// charts): one module, built on Intl, keyed by the list of languages (a new language is a new row in LOCALES
// and in the tables below, and the compiler names every place that lacks it).
//
// Figures are written, never computed: the only rounding here is the bureau's reading of a large number of
// people (約376万名), given next to the exact figure in answers and on its own in the report, as the task
// force's paper writes it (資料１, 令和５年８月: 延べ参加者数約3,760,000名, 2019年度：約380,000名).
// Dates are ISO strings ('2023-03-05') everywhere else in the code; they are formatted at UTC midnight, so
// no time zone can move a day.
import { LOCALES, inEach, type Lang, type Localized } from './lang.ts'

const inEachLocale = <T>(f: (locale: string) => T): Localized<T> => inEach((lang) => f(LOCALES[lang]))

export { LOCALES }

const NUMBER: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 1 }),
  ja: new Intl.NumberFormat(LOCALES.ja, { maximumFractionDigits: 1 }),
}

/** 3760000 → '3,760,000'; 123.45 → '123.5' (one decimal at most: the executor rounds averages to one). */
export function formatNumber(n: number, lang: Lang = 'en'): string {
  return NUMBER[lang].format(n)
}

const PERCENT: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ja: new Intl.NumberFormat(LOCALES.ja, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
}

/** A share given in percent, with one decimal: 9.09 → '9.1%', 50 → '50.0%'. */
export function formatPercent(percent: number, lang: Lang = 'en'): string {
  return PERCENT[lang].format(percent / 100)
}

const SIGNED: Record<Lang, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(LOCALES.en, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
  ja: new Intl.NumberFormat(LOCALES.ja, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }),
}

/** A difference with its sign, a true minus (U+2212) and ±0 for none: '+12', '−3', '±0'. */
export function formatSigned(n: number, lang: Lang = 'en'): string {
  if (n === 0) return '±0'
  return SIGNED[lang].format(n).replace('-', '\u2212')
}

// ---------------------------------------------------------------------------------------------------------
// Counts with their unit.

export type CountUnit = 'events' | 'participants' | 'states' | 'offices' | 'cities'

/** Japanese counters (助数詞): 件, 名, 州, 公館. */
export const JA_COUNTERS: Record<CountUnit, string> = { events: '件', participants: '名', states: '州', offices: '公館', cities: '都市' }

const EN_NOUNS: Record<CountUnit, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }> = {
  events: { one: 'event', other: 'events' },
  participants: { one: 'participant', other: 'participants' },
  states: { one: 'state', other: 'states' },
  offices: { one: 'office', other: 'offices' },
  cities: { one: 'city', other: 'cities' },
}

const PLURAL_EN = new Intl.PluralRules(LOCALES.en)

/** The English noun for `n` of a unit, chosen by Intl.PluralRules: 1 → 'event', 0 and 2 → 'events'. */
export function unitNounEn(n: number, unit: CountUnit): string {
  const nouns = EN_NOUNS[unit]
  return nouns[PLURAL_EN.select(n)] ?? nouns.other
}

/** '1 event', '3 events' / '3件', '45名': a plain count with its unit (no 万 reading; see formatJaCount). */
export function formatCount(n: number, unit: CountUnit, lang: Lang): string {
  return COUNT[lang](n, unit)
}

export const COUNT = {
  en: (n, unit) => `${formatNumber(n, 'en')} ${unitNounEn(n, unit)}`,
  ja: (n, unit) => `${formatNumber(n, 'ja')}${JA_COUNTERS[unit]}`,
} as const satisfies Localized<(n: number, unit: CountUnit) => string>

// ---------------------------------------------------------------------------------------------------------
// 約 and 万: large figures as the bureau reads them.

/** From here on an answer gives the 万 reading next to the exact figure (six digits: 100,000 → 約10万). */
export const MAN_FROM = 100_000
/** From here on the bureau rounds a number of people, to the nearest 10,000, and marks it 約. */
export const ROUND_PEOPLE_FROM = 10_000
const MAN = 10_000
const OKU = 100_000_000

/**
 * A count of people as the bureau's paper gives it: from 10,000 up, rounded to the nearest 10,000
 * (3,764,321 → 3,760,000) and approximate (約), as every such figure of the seed is; below 10,000 exact.
 */
export function roundPeople(n: number): { value: number; approx: boolean } {
  if (!Number.isFinite(n) || Math.abs(n) < ROUND_PEOPLE_FROM) return { value: n, approx: false }
  return { value: Math.round(n / MAN) * MAN, approx: true }
}

// Compact notation rounds to whole 万 (3,764,321 → 376万; with separators from 1,000万 on, as the 万 figures
// above it); from 1億 on it would drop to whole 億 (1億), so the figure stays in 万 (12,346万), as the
// ministry's tables write it.
const MAN_COMPACT = new Intl.NumberFormat(LOCALES.ja, { notation: 'compact', maximumFractionDigits: 0, useGrouping: 'always' })
const WHOLE_JA = new Intl.NumberFormat(LOCALES.ja, { maximumFractionDigits: 0 })

/** A number of 万, rounded to the nearest 万: 3,764,321 → '376万', 123,456,789 → '12,346万'. */
export function formatMan(n: number): string {
  if (Math.abs(n) < OKU - MAN / 2) return MAN_COMPACT.format(Math.round(n / MAN) * MAN)
  return `${WHOLE_JA.format(Math.round(n / MAN))}万`
}

/**
 * A number of people in Japanese as the bureau writes it: '約3,760,000名' (`unit: 'mei'`) or '約376万名'
 * (`unit: 'man'`) from 10,000 up (rounded, see roundPeople); '9,999名' below, exact in both.
 */
export function peopleJa(n: number, unit: 'mei' | 'man' = 'mei'): string {
  const { value, approx } = roundPeople(n)
  const about = approx ? '約' : ''
  if (unit === 'mei' || !approx) return `${about}${formatNumber(value, 'ja')}名`
  return `${about}${formatMan(value)}名`
}

/** The English counterpart of peopleJa: 'about 3,760,000' / '9,999'. */
export function peopleEn(n: number): string {
  const { value, approx } = roundPeople(n)
  return `${approx ? 'about ' : ''}${formatNumber(value, 'en')}`
}

/**
 * A Japanese count with its counter, exact, and from MAN_FROM up followed by the bureau's reading:
 * '88件', '75,703名', '3,760,000名（約376万名）', '3,765,432名（約377万名）'. The exact figure always comes
 * first: an answer never gives a rounded figure alone.
 */
export function formatJaCount(n: number, counter: string): string {
  const plain = `${formatNumber(n, 'ja')}${counter}`
  return Number.isInteger(n) && Math.abs(n) >= MAN_FROM ? `${plain}（約${formatMan(n)}${counter}）` : plain
}

// ---------------------------------------------------------------------------------------------------------
// Dates and months. Japanese: 2023年3月5日, 2023年4月, 4月, 令和5年3月5日. English: 5 Mar 2023, April 2023.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_MONTH = /^(\d{4})-(\d{2})/

/** The UTC instant of an ISO day ('2023-03-05') or month ('2023-03', its first day). Throws on anything else. */
function utc(iso: string): Date {
  const day = ISO_DAY.exec(iso)
  const month = day ?? ISO_MONTH.exec(iso)
  if (month === null) throw new RangeError(`not an ISO date or month: ${iso}`)
  return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, day ? Number(day[3]) : 1))
}

const dtf = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })

const DATE: Record<Lang, Intl.DateTimeFormat> = {
  en: dtf('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }),
  ja: dtf(LOCALES.ja, { year: 'numeric', month: 'long', day: 'numeric' }),
}

/** '2023-03-05' → '2023年3月5日' / '5 Mar 2023'. */
export function formatDate(iso: string, lang: Lang): string {
  return DATE[lang].format(utc(iso))
}

const DATE_PARTS_JA = dtf(LOCALES.ja, { year: 'numeric', month: 'numeric', day: 'numeric' })

/**
 * Two days as a range, the repeated year and month left out: '2023年1月23日〜29日', '2022年12月26日〜2023年1月1日'
 * (Japanese: Intl's own ja range pattern writes 2023/01/23～2023/01/29); '23 – 29 Jan 2023' (English, Intl).
 */
export function formatDateRange(from: string, to: string, lang: Lang): string {
  return DATE_RANGE[lang](from, to)
}

export const DATE_RANGE = {
  en: (from, to) => DATE.en.formatRange(utc(from), utc(to)),
  ja: (from, to) => dateRangeJa(from, to),
} as const satisfies Localized<(from: string, to: string) => string>

function dateRangeJa(from: string, to: string): string {
  const part = (iso: string) => {
    const parts = DATE_PARTS_JA.formatToParts(utc(iso))
    const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
    return { y: get('year'), m: get('month'), d: get('day') }
  }
  const a = part(from)
  const b = part(to)
  const end = a.y !== b.y ? `${b.y}年${b.m}月${b.d}日` : a.m !== b.m ? `${b.m}月${b.d}日` : `${b.d}日`
  return from === to ? formatDate(from, 'ja') : `${formatDate(from, 'ja')}〜${end}`
}

const MONTH_YEAR: Record<Lang, Record<'long' | 'short', Intl.DateTimeFormat>> = {
  // en-US abbreviations (Sep); en-GB's CLDR data writes Sept
  en: { long: dtf(LOCALES.en, { month: 'long', year: 'numeric' }), short: dtf(LOCALES.en, { month: 'short', year: 'numeric' }) },
  ja: { long: dtf(LOCALES.ja, { year: 'numeric', month: 'long' }), short: dtf(LOCALES.ja, { year: 'numeric', month: 'long' }) },
}

/** A month ('2022-05' or a date in it): '2022年5月' / 'May 2022' ('May 2022' short: 'Apr 2022'). */
export function formatMonth(isoMonth: string, lang: Lang, width: 'long' | 'short' = 'long'): string {
  return MONTH_YEAR[lang][width].format(utc(isoMonth.slice(0, 7)))
}

const MONTH_NAME: Record<Lang, Record<'long' | 'short', Intl.DateTimeFormat>> = {
  en: { long: dtf(LOCALES.en, { month: 'long' }), short: dtf(LOCALES.en, { month: 'short' }) },
  ja: { long: dtf(LOCALES.ja, { month: 'long' }), short: dtf(LOCALES.ja, { month: 'long' }) },
}

/** A month of the year alone (1–12): '4月' / 'Apr' ('April' long). */
export function formatMonthName(month: number, lang: Lang, width: 'long' | 'short' = 'short'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`not a month: ${month}`)
  return MONTH_NAME[lang][width].format(new Date(Date.UTC(2000, month - 1, 1)))
}

const ERA_MONTH = dtf('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long' })
const ERA_DATE = dtf('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric' })

/**
 * A month in the era calendar: '2023-08' → '令和5年8月', '2019-05' → '令和元年5月'. A month the era changed in
 * is named by the era in force at its end (2019-04 is 平成31年4月; 1989-01 is 平成元年1月).
 */
export function formatEraMonth(isoMonth: string): string {
  const first = utc(isoMonth.slice(0, 7))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0))
  return ERA_MONTH.format(last)
}

/** A day in the era calendar: '2023-03-05' → '令和5年3月5日', '2019-05-01' → '令和元年5月1日'. */
export function formatEraDate(iso: string): string {
  return ERA_DATE.format(utc(iso))
}

const LANGUAGE_NAMES = inEachLocale((locale) => new Intl.DisplayNames([locale], { type: 'language' }))

/** A language's name in a language: languageName('ja', 'en') → 'Japanese', languageName('en', 'ja') → '英語'. */
export function languageName(of: Lang, inLang: Lang): string {
  return LANGUAGE_NAMES[inLang].of(of) ?? of
}

/** ASCII digits to full-width (令和５年８月, （１）), as headings and cover pages are written. */
export const fullWidthDigits = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

// ---- yen -------------------------------------------------------------------------------------------------

/**
 * Japanese yen as the bureau writes a budget: from 1億 on 約X.XX億円 (three significant figures), from 1万
 * on 約X万円 (whole 万), below that exact: 208000000 → '約2.08億円', 12345678 → '約1,235万円', 5000 → '5,000円'.
 * '約' is left out when the rounded figure is exact (200000000 → '2億円').
 */
export function formatYenJa(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 100_000_000) {
    const oku = n / 100_000_000
    const digits = abs >= 10_000_000_000 ? 0 : abs >= 1_000_000_000 ? 1 : 2
    const rounded = Number(oku.toFixed(digits))
    const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(rounded)
    return `${Math.round(rounded * 100_000_000) === n ? '' : '約'}${text}億円`
  }
  if (abs >= 10_000) {
    const man = Math.round(n / 10_000)
    return `${man * 10_000 === n ? '' : '約'}${formatNumber(man)}万円`
  }
  return `${formatNumber(n)}円`
}

/** Exact yen in English: 208000000 → '¥208,000,000'. */
export function formatYenEn(n: number): string {
  return `¥${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n)}`
}

/** Yen in 万円 as a spending figure is written: 129600000 → '約12,960万円' ('約' unless exact), below 1万 exact: 5000 → '5,000円'. */
export function formatYenManJa(n: number): string {
  if (Math.abs(n) < 10_000) return `${formatNumber(n)}円`
  const man = Math.round(n / 10_000)
  return `${man * 10_000 === n ? '' : '約'}${formatNumber(man)}万円`
}
