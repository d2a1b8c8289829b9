// The report's best practices as the task force's slide 代表的な案件（ベストプラクティス） arranges them: under their
// category headings in the categories' order, numbered （１）（２）…, each item as （office：title（2022年5月））,
// the ones without a category last under その他 / Other. An ongoing programme (Event.ongoing) reads its date
// as （2018年～） / (since 2018), and one that started before the report's year is listed again, marked 継続中.
// Shared by the deck, the Markdown and the workbook. Formatting only: which events are listed is decided by
// buildFyReport (fy-report.ts).
import type { BestPracticeCategory } from '../domain/best-practice-category.ts'
import type { EventRecord } from '../domain/event.ts'
import { fiscalYearOf } from '../domain/fiscal-year.ts'
import { officeName } from '../domain/offices.ts'
import { formatMonth } from '../i18n/format.ts'
import { nameIn, type Lang, type Localized } from '../i18n/lang.ts'
import { itemNumber } from './office-format.ts'


/** What the grouping needs of a report: its year, its categories, its best practices. */
export interface BestPracticeSource {
  fy: number
  /** The categories recorded, in display order. */
  bestPracticeCategories: readonly BestPracticeCategory[]
  /** The FY's best practices, oldest first. */
  bestPractices: readonly EventRecord[]
  /** Ongoing best practices that started before the FY (listed again, 継続中), oldest first. */
  continuingBestPractices: readonly EventRecord[]
}

/** One heading of the slide: its number (1, 2, …), its category (null: その他 / Other) and its events. */
export interface BestPracticeGroup {
  number: number
  category: BestPracticeCategory | null
  events: EventRecord[]
}

/**
 * The best practices listed (the FY's and the ongoing ones carried over from earlier years), grouped by
 * category in the categories' order, numbered from 1; the events of a group oldest first; the events without
 * a category (or with one no longer recorded) last, in a group whose category is null. Empty groups are left
 * out. When no listed event has a category, there is one group (category null) and the report lists the items
 * numbered one by one, as before categories existed (see isGrouped).
 */
export function bestPracticeGroups(r: BestPracticeSource): BestPracticeGroup[] {
  // the ongoing ones of earlier years first, then the year's own: oldest first, as each list comes
  const all = [...r.continuingBestPractices, ...r.bestPractices]
  const known = new Map(r.bestPracticeCategories.map((c) => [c.code, c]))
  const groups: BestPracticeGroup[] = []
  for (const c of r.bestPracticeCategories) {
    const events = all.filter((e) => e.bestPracticeCategory === c.code)
    if (events.length > 0) groups.push({ number: groups.length + 1, category: c, events })
  }
  const other = all.filter((e) => e.bestPracticeCategory == null || !known.has(e.bestPracticeCategory))
  if (other.length > 0) groups.push({ number: groups.length + 1, category: null, events: other })
  return groups
}

/** True when the listed best practices are grouped under category headings (at least one has a category). */
export const isGrouped = (groups: readonly BestPracticeGroup[]): boolean => groups.some((g) => g.category !== null)

/** A group's heading: （１）総領事館が所在しない地域での事業 / (1) Activities in regions without a consulate-general; その他 / Other. */
export function categoryHeading(g: BestPracticeGroup, lang: Lang): string {
  const T = BEST_PRACTICE_TEXT[lang]
  return T.heading(g.number, g.category === null ? T.other : nameIn(g.category, lang))
}

/** When the event was held, as a heading reads it: 2022年5月 / May 2022; an ongoing programme 2018年～ / since 2018. */
export function bestPracticeWhen(e: EventRecord, lang: Lang): string {
  if (e.ongoing === true) return BEST_PRACTICE_TEXT[lang].since(e.startDate.slice(0, 4))
  return formatMonth(e.startDate, lang)
}

/** office：title（when）/ office: title (when), in the deck's language (the other title when it has none). */
function itemText(e: EventRecord, lang: Lang): string {
  const title = BEST_PRACTICE_TEXT[lang].title(e) ?? ''
  return BEST_PRACTICE_TEXT[lang].item(officeName(e.officeCode, lang, 'table'), title, bestPracticeWhen(e, lang))
}

/** An item under its category heading, as the seed writes it: （シカゴ総：草の根キャラバン（2022年5月））. */
export const bestPracticeItem = (e: EventRecord, lang: Lang): string => BEST_PRACTICE_TEXT[lang].bracketed(itemText(e, lang))

/** An item numbered on its own (no categories): （１）シカゴ総：草の根キャラバン（2022年5月） / (1) Chicago: … (May 2022). */
export const numberedBestPractice = (e: EventRecord, index: number, lang: Lang): string => BEST_PRACTICE_TEXT[lang].heading(index, itemText(e, lang))

interface BestPracticeText {
  /** A numbered heading: （１）name / (1) name. */
  heading(n: number, name: string): string
  other: string
  since(year: string): string
  /** The event's title in the language, else in another. */
  title(e: EventRecord): string | null
  item(office: string, title: string, when: string): string
  bracketed(item: string): string
  ongoingStarted(since: number): string
  ongoingSince(since: number, reportFy: number): string
}

export const BEST_PRACTICE_TEXT = {
  en: {
    heading: (n, name) => `${itemNumber(n, 'en')} ${name}`,
    other: 'Other',
    since: (year) => `since ${year}`,
    title: (e) => e.titleEn ?? e.titleJa,
    item: (office, title, when) => `${office}: ${title} (${when})`,
    bracketed: (item) => `(${item})`,
    ongoingStarted: (since) => `Ongoing, started in FY${since}.`,
    ongoingSince: (since, reportFy) => `Ongoing since FY${since} (still running in FY${reportFy}).`,
  },
  ja: {
    heading: (n, name) => `${itemNumber(n, 'ja')}${name}`,
    other: 'その他',
    since: (year) => `${year}年～`,
    title: (e) => e.titleJa ?? e.titleEn,
    item: (office, title, when) => `${office}：${title}（${when}）`,
    bracketed: (item) => `（${item}）`,
    ongoingStarted: (since) => `${since}年度に開始し、継続中の事業。`,
    ongoingSince: (since, reportFy) => `${since}年度から継続中の事業（${reportFy}年度も継続中）。`,
  },
} as const satisfies Localized<BestPracticeText>

/**
 * The note on an ongoing programme: 2018年度から継続中の事業（2022年度も継続中）。 / Ongoing since FY2018 (still running in
 * FY2022). Null for an event that is not ongoing.
 */
export function ongoingNote(e: EventRecord, reportFy: number, lang: Lang): string | null {
  if (e.ongoing !== true) return null
  const since = fiscalYearOf(e.startDate)
  if (since >= reportFy) return BEST_PRACTICE_TEXT[lang].ongoingStarted(since)
  return BEST_PRACTICE_TEXT[lang].ongoingSince(since, reportFy)
}
