// Formatting proper to the slide deck and the workbook, as a Japanese ministry writes its slides: months in the
// era calendar with full-width digits (令和５年８月), numbered items （１）, summaries sentence by sentence.
// People (約…万名), dates and months come from i18n/format.ts, offices' short forms (シカゴ総) from
// domain/offices.ts. Formatting only: every figure comes from the report.
import { formatEraMonth, fullWidthDigits } from '../i18n/format.ts'
import type { Lang, Localized } from '../i18n/lang.ts'

/** '2023-08' → '令和５年８月': the era month with full-width digits, as a cover page writes it. */
export const eraMonthJa = (yearMonth: string): string => fullWidthDigits(formatEraMonth(yearMonth))

/** （１）, （２）… / (1), (2)… */
export const itemNumber = (i: number, lang: Lang): string => ITEM_NUMBER[lang](i)

export const ITEM_NUMBER = {
  en: (i) => `(${i})`,
  ja: (i) => fullWidthDigits(`（${i}）`),
} as const satisfies Localized<(i: number) => string>

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u

/** Whether a paragraph is written in each language: one with kana or kanji is Japanese, any other English. */
export const WRITTEN_IN = {
  en: (paragraph) => !JAPANESE.test(paragraph),
  ja: (paragraph) => JAPANESE.test(paragraph),
} as const satisfies Localized<(paragraph: string) => boolean>

/**
 * The paragraphs of a summary in one language: the summaries hold an English and a Japanese paragraph
 * (blank line between), told apart by WRITTEN_IN. All paragraphs when none is in `lang`.
 */
export function summaryIn(summary: string | null, lang: Lang): string[] {
  if (summary === null) return []
  const paragraphs = summary.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '')
  const mine = paragraphs.filter(WRITTEN_IN[lang])
  return mine.length > 0 ? mine : paragraphs
}

/** A Japanese paragraph as the slide's points: one per sentence (ending in 。). */
export function sentencesJa(paragraph: string): string[] {
  return paragraph.split(/(?<=。)/u).map((s) => s.trim()).filter((s) => s !== '')
}
