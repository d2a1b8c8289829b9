// How reference data and events read in Slack. States and offices always show both names (people search the
// select menus in either language); catalogue entries use the user's language.
import type { EventRecord } from '../../domain/event.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { fiscalYearRange, fyLabel } from '../../domain/fiscal-year.ts'
import { OFFICES, officeName as officeNameIn, type OfficeNameForm } from '../../domain/offices.ts'
import { STATES, stateName as stateNameIn } from '../../domain/states.ts'
import { formatDateRange, formatNumber } from '../../i18n/format.ts'
import type { Lang } from '../../i18n/index.ts'
import { titleIn, type Localized } from '../../i18n/lang.ts'
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

/** The form of an office's name in a Slack view, in each language. */
export const VIEW_OFFICE_FORM = { en: 'table', ja: 'text' } as const satisfies Localized<OfficeNameForm>

/** An office as a Slack view names it: "Chicago" / 在シカゴ総領事館. */
export const officeName = (code: string, lang: Lang): string => {
  const o = OFFICES.find((x) => x.code === code)
  return o === undefined ? code : officeNameIn(code, lang, VIEW_OFFICE_FORM[lang])
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
  const title = titleIn(e, lang)
  return truncate(title ?? '', max)
}

export function formatCount(n: number): string {
  return formatNumber(n)
}

/**
 * 'FY2022, 2022-04-01 – 2023-03-31' / '2022年度（令和4年度）、2022年4月1日〜2023年3月31日'; with `through`
 * before the FY's end (a FY counted so far), the range ends on that day.
 */
export const FY_RANGE_TEXT = {
  en: (fy, start, end) => `${fy}, ${start} – ${end}`,
  ja: (fy, start, end) => `${fy}、${formatDateRange(start, end, 'ja')}`,
} as const satisfies Localized<(fyLabel: string, start: string, end: string) => string>

export function fyRangeText(fy: number, lang: Lang, through?: string): string {
  const { start, end: last } = fiscalYearRange(fy)
  const end = through !== undefined && through < last ? through : last
  return FY_RANGE_TEXT[lang](fyLabel(fy, lang), start, end)
}
