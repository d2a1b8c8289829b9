// Formatting for the slide deck and the workbook, as a Japanese ministry writes its slides: people rounded to
// 約…名 and 約…万名, months in the era calendar with full-width digits (令和５年８月), offices by their short
// forms (シカゴ総, アンカレジ事務所), numbered items （１）. Formatting only: every figure comes from the report.
import { ERAS } from '../domain/fiscal-year.ts'
import { officeByCode } from '../domain/offices.ts'

/** ASCII digits to full-width (令和５年８月, （１）), as headings and cover pages are written. */
export const fullWidthDigits = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

/**
 * A count of people as the bureau's slides give it (資料１: 延べ参加者数約3,760,000名, 2019年度：約380,000名): from
 * 10,000 up, rounded to the nearest 10,000 (3,764,321 → 3,760,000) and marked approximate (約), as every such
 * figure of the seed is; below 10,000 exact.
 */
export function roundPeople(n: number): { value: number; approx: boolean } {
  if (n < 10_000) return { value: n, approx: false }
  return { value: Math.round(n / 10_000) * 10_000, approx: true }
}

const manFormat = new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumFractionDigits: 0 })

/**
 * '約3,760,000名' (`unit: 'mei'`), '約376万名' (`unit: 'man'`), '9,999名' (below 10,000 both are exact).
 * 万 through Intl.NumberFormat (ja-JP, compact) below 1億; from 1億 on
 * the count is still written in 万 (12,345万名), never rounded further.
 */
export function peopleJa(n: number, unit: 'mei' | 'man' = 'mei'): string {
  const { value, approx } = roundPeople(n)
  const about = approx ? '約' : ''
  if (unit === 'mei' || value < 10_000) return `${about}${value.toLocaleString('ja-JP')}名`
  const man = value < 100_000_000 ? manFormat.format(value) : `${(value / 10_000).toLocaleString('ja-JP')}万`
  return `${about}${man}名`
}

/** 'about 3,760,000' / '9,999'. */
export function peopleEn(n: number): string {
  const { value, approx } = roundPeople(n)
  return `${approx ? 'about ' : ''}${value.toLocaleString('en-US')}`
}

/** '2023-08' → '令和５年８月' (full-width digits; 元年 for an era's first year). */
export function eraMonthJa(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number]
  const first = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`
  const last = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-31`
  // a month the era changed in (2019-05 starts 令和) is named by the era in force at its end
  const era = ERAS.find((e) => last >= e.start) ?? ERAS.find((e) => first >= e.start)
  if (era === undefined) throw new RangeError(`month before the eras this module knows: ${yearMonth}`)
  const year = y - era.offset
  return fullWidthDigits(`${era.nameJa}${year === 1 ? '元' : year}年${m}月`)
}

/** '2023-08' → 'August 2023'. */
export function monthEn(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number]
  return `${new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`
}

/** An event's month: '2022-05-17' → '2022年5月' / 'May 2022'. */
export function eventMonth(iso: string, lang: 'en' | 'ja'): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return lang === 'ja' ? `${y}年${m}月` : monthEn(`${y}-${String(m).padStart(2, '0')}`)
}

/**
 * An office as the bureau's slides name it: シカゴ総 (総領事館 → 総), アンカレジ事務所 (領事事務所 → 事務所),
 * 大使館; in English the short name (Chicago, Anchorage, Embassy). From the short names of domain/offices.ts.
 */
export function officeSlideName(code: string, lang: 'en' | 'ja'): string {
  const o = officeByCode(code)
  if (lang === 'en') return o.shortEn
  if (o.kind === 'consulate_general') return o.shortJa.replace(/総領事館$/u, '総')
  if (o.kind === 'consular_office') return o.shortJa.replace(/領事事務所$/u, '事務所')
  return o.shortJa
}

/** （１）, （２）… / (1), (2)… */
export const itemNumber = (i: number, lang: 'en' | 'ja'): string => (lang === 'ja' ? fullWidthDigits(`（${i}）`) : `(${i})`)

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u

/**
 * The paragraphs of a summary in one language: the summaries hold an English and a Japanese paragraph
 * (blank line between); a paragraph with kana or kanji is Japanese. All paragraphs when none is in `lang`.
 */
export function summaryIn(summary: string | null, lang: 'en' | 'ja'): string[] {
  if (summary === null) return []
  const paragraphs = summary.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '')
  const mine = paragraphs.filter((p) => JAPANESE.test(p) === (lang === 'ja'))
  return mine.length > 0 ? mine : paragraphs
}

/** A Japanese paragraph as the slide's points: one per sentence (ending in 。). */
export function sentencesJa(paragraph: string): string[] {
  return paragraph.split(/(?<=。)/u).map((s) => s.trim()).filter((s) => s !== '')
}
