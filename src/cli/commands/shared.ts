import { FY_RANGE, fyLabel } from '../../domain/fiscal-year.ts'
import type { Lang } from '../../i18n/index.ts'

/** 'FY2017–FY2022' / '2017年度〜2022年度'; a single year gets its full label. */
export function fyRangeLabel([from, to]: [number, number], lang: Lang): string {
  if (from === to) return fyLabel(from, lang)
  return FY_RANGE[lang](from, to)
}
