// Small helpers shared by the report and the digest: name lists in each language, labels for the reference
// data, and the escaping of Markdown and spreadsheet cells. Numbers and dates are written by
// i18n/format.ts, offices and states by their names in domain/. Formatting only: no figure is computed here.
import { findActivityType, findFormat, findTheme } from '../domain/catalog.ts'
import { stateName } from '../domain/states.ts'
import { LIST_SEPARATOR, type Lang } from '../i18n/lang.ts'

/** 'Wisconsin, Texas' / 'ウィスコンシン州、テキサス州' (DC as ワシントンDC（コロンビア特別区）). */
export const stateNames = (codes: readonly string[], lang: Lang): string =>
  codes.map((c) => stateName(c, lang)).join(LIST_SEPARATOR[lang])

export const activityTypeName = (code: string, lang: Lang): string => {
  const e = findActivityType(code)
  return e === undefined ? code : e[lang]
}

export const themeNames = (codes: readonly string[], lang: Lang): string =>
  codes.map((c) => findTheme(c)?.[lang] ?? c).join(LIST_SEPARATOR[lang])

export const formatName = (code: string, lang: Lang): string => findFormat(code)?.[lang] ?? code

/** Escapes the characters that would change the meaning of a Markdown table cell or line. */
export const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/**
 * A cell of a CSV meant for a spreadsheet (report and digest CSVs, not the import/export format, which must
 * round-trip): user text starting with = + - @ or a tab/CR is prefixed with ' so Excel shows it instead of
 * running it as a formula. Only for text columns: figures stay numbers.
 */
export const spreadsheetText = (s: string | null): string => (s !== null && /^[=+\-@\t\r]/.test(s) ? `'${s}` : (s ?? ''))
