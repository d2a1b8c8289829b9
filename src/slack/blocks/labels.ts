// How reference data and events read in Slack. States and offices always show both names (people search the
// select menus in either language); catalogue entries use the user's language.
import type { EventRecord } from '../../domain/event.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { fiscalYearRange, fyLabel } from '../../domain/fiscal-year.ts'
import { OFFICES } from '../../domain/offices.ts'
import { STATES } from '../../domain/states.ts'
import type { Lang } from '../../i18n/index.ts'
import { truncate } from './limits.ts'

export const stateOptionText = (code: string): string => {
  const s = STATES.find((x) => x.code === code)
  return s === undefined ? code : `${s.nameEn} / ${s.nameJa}`
}

export const stateName = (code: string, lang: Lang): string => {
  const s = STATES.find((x) => x.code === code)
  return s === undefined ? code : lang === 'ja' ? s.nameJa : s.nameEn
}

export const officeOptionText = (code: string): string => {
  const o = OFFICES.find((x) => x.code === code)
  return o === undefined ? code : `${o.shortEn} / ${o.shortJa}`
}

export const officeName = (code: string, lang: Lang): string => {
  const o = OFFICES.find((x) => x.code === code)
  return o === undefined ? code : lang === 'ja' ? o.shortJa : o.shortEn
}

const catalogName = (table: ReadonlyArray<{ code: string; en: string; ja: string }>, code: string, lang: Lang): string => {
  const entry = table.find((x) => x.code === code)
  return entry === undefined ? code : entry[lang]
}

export const activityTypeName = (code: string, lang: Lang) => catalogName(ACTIVITY_TYPES, code, lang)
export const themeName = (code: string, lang: Lang) => catalogName(THEMES, code, lang)
export const formatName = (code: string, lang: Lang) => catalogName(FORMATS, code, lang)

/** The title in the user's language when there is one, else the other. */
export function eventTitle(e: Pick<EventRecord, 'titleEn' | 'titleJa'>, lang: Lang, max = 200): string {
  const title = lang === 'ja' ? (e.titleJa ?? e.titleEn) : (e.titleEn ?? e.titleJa)
  return truncate(title ?? '', max)
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}

/**
 * 'FY2022, 2022-04-01 – 2023-03-31' / '2022年度（令和4年度）、2022-04-01〜2023-03-31'; with `through`
 * before the FY's end (a FY counted so far), the range ends on that day.
 */
export function fyRangeText(fy: number, lang: Lang, through?: string): string {
  const { start, end: last } = fiscalYearRange(fy)
  const end = through !== undefined && through < last ? through : last
  return lang === 'ja' ? `${fyLabel(fy, lang)}、${start}〜${end}` : `${fyLabel(fy, lang)}, ${start} – ${end}`
}
