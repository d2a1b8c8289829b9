// Small formatting helpers shared by the report and the digest: numbers with separators, name lists in
// each language, and labels for the reference data. Formatting only: no figure is computed here.
import { findActivityType, findFormat, findTheme } from '../domain/catalog.ts'
import { officeByCode } from '../domain/offices.ts'
import { stateByCode } from '../domain/states.ts'

export const num = (n: number): string => n.toLocaleString('en-US')

/** "+12", "−3", "±0": a signed difference, with a true minus sign. */
export function signed(n: number): string {
  if (n > 0) return `+${num(n)}`
  if (n < 0) return `−${num(-n)}`
  return '±0'
}

export const stateNames = (codes: readonly string[], lang: 'en' | 'ja'): string =>
  codes.map((c) => (lang === 'en' ? stateByCode(c).nameEn : stateByCode(c).nameJa)).join(lang === 'en' ? ', ' : '、')

export const officeName = (code: string, lang: 'en' | 'ja'): string => {
  const o = officeByCode(code)
  return lang === 'en' ? o.nameEn : o.nameJa
}

export const officeShort = (code: string, lang: 'en' | 'ja'): string => {
  const o = officeByCode(code)
  return lang === 'en' ? o.shortEn : o.shortJa
}

export const activityTypeName = (code: string, lang: 'en' | 'ja'): string => {
  const e = findActivityType(code)
  return e === undefined ? code : e[lang]
}

export const themeNames = (codes: readonly string[], lang: 'en' | 'ja'): string =>
  codes.map((c) => findTheme(c)?.[lang] ?? c).join(lang === 'en' ? ', ' : '、')

export const formatName = (code: string, lang: 'en' | 'ja'): string => findFormat(code)?.[lang] ?? code

/** '2022-05-17' → '17 May 2022' / '2022年5月17日'. */
export function dateLabel(iso: string, lang: 'en' | 'ja'): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (lang === 'ja') return `${y}年${m}月${d}日`
  const month = new Date(Date.UTC(2000, (m ?? 1) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
  return `${d} ${month} ${y}`
}

/** Escapes the characters that would change the meaning of a Markdown table cell or line. */
export const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/**
 * A cell of a CSV meant for a spreadsheet (report and digest CSVs, not the import/export format, which must
 * round-trip): user text starting with = + - @ or a tab/CR is prefixed with ' so Excel shows it instead of
 * running it as a formula. Only for text columns: figures stay numbers.
 */
export const spreadsheetText = (s: string | null): string => (s !== null && /^[=+\-@\t\r]/.test(s) ? `'${s}` : (s ?? ''))
