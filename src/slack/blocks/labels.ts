// How reference data and events read in Slack. States and offices always show both names (people search the
// select menus in either language); catalogue entries use the user's language.
import type { EventRecord } from '../../domain/event.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { fiscalYearRange, fyLabel } from '../../domain/fiscal-year.ts'
import { OFFICES, officeName as officeNameIn } from '../../domain/offices.ts'
import { STATES, stateName as stateNameIn } from '../../domain/states.ts'
import { formatDateRange, formatNumber } from '../../i18n/format.ts'
import type { Lang } from '../../i18n/index.ts'
import { truncate } from './limits.ts'

export const stateOptionText = (code: string): string => {
  const s = STATES.find((x) => x.code === code)
  return s === undefined ? code : `${s.nameEn} / ${stateNameIn(code, 'ja')}`
}

export const stateName = (code: string, lang: Lang): string => {
  const s = STATES.find((x) => x.code === code)
  return s === undefined ? code : stateNameIn(code, lang)
}

export const officeOptionText = (code: string): string => {
  const o = OFFICES.find((x) => x.code === code)
  return o === undefined ? code : `${o.shortEn} / ${o.textJa}`
}

/** An office as a Slack view names it: "Chicago" / 在シカゴ総領事館. */
export const officeName = (code: string, lang: Lang): string => {
  const o = OFFICES.find((x) => x.code === code)
  return o === undefined ? code : lang === 'ja' ? officeNameIn(code, 'ja', 'text') : o.shortEn
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
  return formatNumber(n)
}

/**
 * 'FY2022, 2022-04-01 – 2023-03-31' / '2022年度（令和4年度）、2022年4月1日〜2023年3月31日'; with `through`
 * before the FY's end (a FY counted so far), the range ends on that day.
 */
export function fyRangeText(fy: number, lang: Lang, through?: string): string {
  const { start, end: last } = fiscalYearRange(fy)
  const end = through !== undefined && through < last ? through : last
  return lang === 'ja' ? `${fyLabel(fy, lang)}、${formatDateRange(start, end, 'ja')}` : `${fyLabel(fy, lang)}, ${start} – ${end}`
}
