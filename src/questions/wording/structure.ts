// How the structure filters (slots.ts: exclusions, no theme, number of states, participant bounds) are
// named in the interpretation line and the headlines, in both languages: "excluding Online" / 「オンライン以外」,
// "multi-state events" / 「複数州にまたがる事業」, "over 1,000 participants" / 「参加者1,000名超」.
// scopeOf (shared.ts) calls structureScope with its own name lister, so that long lists are shortened alike.
import type { Lang, Localized } from '../../i18n/lang.ts'
import { formatNumber } from '../numbers.ts'
import { languageName } from '../../i18n/format.ts'
import type { Bounds, Filters } from '../slots.ts'

/** Lists codes of one kind by name (shortened to a number in a headline with many). */
export type NameLister = (codes: readonly string[], kind: 'offices' | 'states' | 'regions' | 'types' | 'themes' | 'formats') => string

/** The structure filters' phrases: `offices` replaces "all offices" when offices are only excluded. */
export interface StructureScope {
  offices: string | null
  places: string[]
  kinds: string[]
}

/**
 * The phrases of a question's structure filters. `hasOffices`: the question also names offices (then an
 * excluded office is said among the kinds instead of in place of "all offices").
 */
export function structureScope(f: Filters, lang: Lang, compact: boolean, list: NameLister, hasOffices: boolean): StructureScope {
  const out: StructureScope = { offices: null, places: [], kinds: [] }
  const ex = f.exclude
  const T = SCOPE_TEXT[lang]
  if (ex?.offices?.length) {
    const names = list(ex.offices, 'offices')
    if (hasOffices) out.kinds.push(T.officesExcept(names))
    else out.offices = T.officesOtherThan(names, compact)
  }
  // an event held in an excluded state and in others is left out: said where the reading is spelt out
  if (ex?.states?.length) out.places.push(T.statesOutside(list(ex.states, 'states'), compact))
  if (ex?.regions?.length) out.places.push(T.regionsOutside(list(ex.regions, 'regions'), compact))
  if (ex?.types?.length) out.kinds.push(T.typesExcluded(list(ex.types, 'types')))
  if (ex?.themes?.length) out.kinds.push(T.themesExcluded(list(ex.themes, 'themes')))
  if (ex?.formats?.length) out.kinds.push(T.formatsExcluded(list(ex.formats, 'formats')))
  if (f.withoutTheme) out.kinds.push(T.withoutTheme(compact))
  if (f.stateCount) out.kinds.push(stateCountPhrase(f.stateCount, lang))
  if (f.participantCount) out.kinds.push(participantPhrase(f.participantCount, lang))
  if (f.months) out.kinds.push(monthsPhrase(f.months, lang))
  if (f.days) out.kinds.push(daysPhrase(f.days, lang, compact))
  if (f.weekdays) out.kinds.push(weekdaysPhrase(f.weekdays, lang, compact))
  if (f.withoutCity) out.kinds.push(T.withoutCity(compact))
  if (f.withoutPartner) out.kinds.push(T.withoutPartner(compact))
  if (f.costRecorded === true && !f.cost) out.kinds.push(T.costRecorded(compact))
  if (f.costRecorded === false) out.kinds.push(T.noCostRecorded(compact))
  if (f.cost) out.kinds.push(costPhrase(f.cost, lang, compact))
  if (f.summaryRecorded !== undefined) out.kinds.push(T.summary(f.summaryRecorded, compact))
  if (f.endDateRecorded !== undefined) out.kinds.push(T.endDate(f.endDateRecorded, compact))
  if (f.titleJaRecorded !== undefined) out.kinds.push(T.title('ja', f.titleJaRecorded, compact))
  if (f.titleEnRecorded !== undefined) out.kinds.push(T.title('en', f.titleEnRecorded, compact))
  if (f.allThemes) out.kinds.push(T.allThemes(f.allThemes.map((t) => list([t], 'themes'))))
  if (f.partnerCount) out.kinds.push(partnerCountPhrase(f.partnerCount, lang, compact))
  if (f.allStates) out.kinds.push(T.allStates(f.allStates.map((st) => list([st], 'states'))))
  if (f.themeCount) out.kinds.push(themeCountPhrase(f.themeCount, lang, compact))
  if (f.outsideJurisdiction) out.places.push(T.outsideJurisdiction(compact))
  if (f.outsideHostState) out.places.push(T.outsideHostState(compact))
  return out
}

/** The phrases of structureScope; `compact` in a headline, where the reading is not spelt out. */
interface ScopeText {
  officesOtherThan(names: string, compact: boolean): string
  officesExcept(names: string): string
  statesOutside(names: string, compact: boolean): string
  regionsOutside(names: string, compact: boolean): string
  typesExcluded(names: string): string
  themesExcluded(names: string): string
  formatsExcluded(names: string): string
  withoutTheme(compact: boolean): string
  withoutCity(compact: boolean): string
  withoutPartner(compact: boolean): string
  costRecorded(compact: boolean): string
  noCostRecorded(compact: boolean): string
  /** A summary recorded (true) or left blank (false). */
  summary(recorded: boolean, compact: boolean): string
  /** An end date recorded (true) or none (false). */
  endDate(recorded: boolean, compact: boolean): string
  /** A title in that language recorded (true) or none (false). */
  title(titleLang: Lang, recorded: boolean, compact: boolean): string
  allThemes(names: string[]): string
  allStates(names: string[]): string
  outsideJurisdiction(compact: boolean): string
  outsideHostState(compact: boolean): string
}

export const SCOPE_TEXT = {
  en: {
    officesOtherThan: (names, compact) => (compact ? `offices other than ${names}` : `all offices except ${names}`),
    officesExcept: (names) => `except ${names}`,
    statesOutside: (names, compact) => `outside ${names}${compact ? '' : ', leaving out every event held there even in part'}`,
    regionsOutside: (names, compact) => (compact ? `outside the ${names}` : `outside ${names} (region)`),
    typesExcluded: (names) => `excluding type: ${names}`,
    themesExcluded: (names) => `excluding theme: ${names}`,
    formatsExcluded: (names) => `excluding ${names}`,
    withoutTheme: (compact) => (compact ? 'no theme' : 'events without a theme'),
    withoutCity: (compact) => (compact ? 'no city recorded' : 'events with no city recorded'),
    withoutPartner: (compact) => (compact ? 'no partner' : 'events without a partner'),
    costRecorded: (compact) => (compact ? 'cost recorded' : 'events with a cost recorded'),
    noCostRecorded: (compact) => (compact ? 'no cost recorded' : 'events with no cost recorded'),
    summary: (recorded, compact) => (recorded ? (compact ? 'summary recorded' : 'events with a summary recorded') : compact ? 'no summary' : 'events whose summary was left blank'),
    endDate: (recorded, compact) => (recorded ? (compact ? 'end date recorded' : 'events with an end date recorded') : compact ? 'no end date' : 'events with no end date recorded'),
    title: (l, recorded, compact) => {
      const name = languageName(l, 'en')
      return recorded ? (compact ? `${name} title recorded` : `events with a ${name} title recorded`) : compact ? `no ${name} title` : `events with no ${name} title recorded`
    },
    allThemes: (names) => `tagged with every one of the themes: ${names.join('; ')}`,
    allStates: (names) => `events touching every one of: ${names.join('; ')}`,
    outsideJurisdiction: (compact) =>
      `events touching a state outside the organising office's jurisdiction${compact ? '' : ' (at least one of its states is not served by the organising office; jurisdictions as in the office table)'}`,
    outsideHostState: (compact) => `events not touching the organising office's own state${compact ? '' : ' (none of its states is the state where the organising office sits)'}`,
  },
  ja: {
    officesOtherThan: (names, compact) => `${names}以外の${compact ? '公館' : '在外公館'}`,
    officesExcept: (names) => `${names}を除く`,
    statesOutside: (names, compact) => `${names}以外${compact ? '' : '（一部でも当該州で実施した事業は除外）'}`,
    regionsOutside: (names, compact) => (compact ? `${names}以外` : `地域「${names}」以外`),
    typesExcluded: (names) => `事業分類「${names}」以外`,
    themesExcluded: (names) => `テーマ「${names}」以外`,
    formatsExcluded: (names) => `${names}以外`,
    withoutTheme: (compact) => (compact ? 'テーマ未設定' : 'テーマ未設定の事業'),
    withoutCity: (compact) => (compact ? '開催都市の記録なし' : '開催都市が記録されていない事業'),
    withoutPartner: (compact) => (compact ? 'パートナーなし' : 'パートナーのない事業'),
    costRecorded: (compact) => (compact ? '費用記録あり' : '費用が記録されている事業'),
    noCostRecorded: (compact) => (compact ? '費用記録なし' : '費用が記録されていない事業'),
    summary: (recorded, compact) => (recorded ? (compact ? '概要記入あり' : '概要が記入されている事業') : compact ? '概要未記入' : '概要が未記入の事業'),
    endDate: (recorded, compact) => (recorded ? (compact ? '終了日入力あり' : '終了日が入力されている事業') : compact ? '終了日未入力' : '終了日が未入力の事業'),
    title: (l, recorded, compact) => {
      const name = `${languageName(l, 'ja')}タイトル`
      return recorded ? (compact ? `${name}入力あり` : `${name}が入力されている事業`) : compact ? `${name}未入力` : `${name}が未入力の事業`
    },
    allThemes: (names) => (names.length === 2 ? `テーマ「${names[0]}」と「${names[1]}」の両方に該当する事業` : `テーマ「${names.join('」「')}」のすべてに該当する事業`),
    allStates: (names) => (names.length === 2 ? `${names[0]}と${names[1]}の両方で実施した事業` : `${names.join('・')}のすべてで実施した事業`),
    outsideJurisdiction: (compact) => `管轄外の州で実施した事業${compact ? '' : '（対象州の少なくとも1つが実施公館の管轄外。管轄は公館一覧による）'}`,
    outsideHostState: (compact) => `公館所在州以外で実施した事業${compact ? '' : '（対象州のいずれも実施公館の所在州でない事業）'}`,
  },
} as const satisfies Localized<ScopeText>

/** "events tagged with 2 or more themes" / 「テーマが2つ以上設定された事業」: each theme of the event counted once. */
export function themeCountPhrase(b: { gte?: number | undefined; lte?: number | undefined }, lang: Lang, compact = false): string {
  return PHRASE_TEXT[lang].themeCount(b.gte ?? 0, b.lte, compact)
}

/**
 * "events with 2 or more partners" / 「パートナーが2団体以上の事業」: partners counted as the partner filter
 * splits them (each recorded name with a letter or digit), said where the reading is spelt out.
 */
export function partnerCountPhrase(b: Bounds, lang: Lang, compact = false): string {
  const min = b.gte ?? (b.gt !== undefined ? b.gt + 1 : 0)
  const max = b.lte ?? (b.lt !== undefined ? b.lt - 1 : undefined)
  return PHRASE_TEXT[lang].partnerCount(min, max, compact)
}

/** "December (every year)" / 「12月（全年）」: the calendar months of the start date, in any year. */
export function monthsPhrase(months: readonly number[], lang: Lang): string {
  return PHRASE_TEXT[lang].months(months)
}

/** "multi-state events" / 「複数州にまたがる事業」, "single-state events", "events in 3 or more states". */
export function stateCountPhrase(b: Bounds, lang: Lang): string {
  const min = b.gte ?? (b.gt !== undefined ? b.gt + 1 : undefined)
  const max = b.lte ?? (b.lt !== undefined ? b.lt - 1 : undefined)
  return PHRASE_TEXT[lang].stateCount(min, max)
}

/** "multi-day events (2 days or more)" / 「複数日にわたる事業（2日以上）」, "events lasting 3 days or more". */
export function daysPhrase(b: Bounds, lang: Lang, compact = false): string {
  const min = b.gte ?? (b.gt !== undefined ? b.gt + 1 : undefined)
  const max = b.lte ?? (b.lt !== undefined ? b.lt - 1 : undefined)
  return PHRASE_TEXT[lang].days(min, max, compact)
}

const WEEKDAY_EN: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }
const WEEKDAY_JA: Record<string, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' }

/** "starting on a Saturday or Sunday" / 「土日に開始した事業」: the day of the week of the start date. */
export function weekdaysPhrase(days: readonly string[], lang: Lang, compact = false): string {
  const weekend = days.length === 2 && days.includes('sat') && days.includes('sun')
  return weekend ? PHRASE_TEXT[lang].weekend(compact) : PHRASE_TEXT[lang].weekdays(days)
}

/** "over 1,000 participants" / 「参加者1,000名超」; over = more than, at least, under = fewer than, at most. */
export function participantPhrase(b: Bounds, lang: Lang): string {
  const T = PHRASE_TEXT[lang]
  // one number on both sides: exactly that many (「ちょうど100名」)
  if (b.gte !== undefined && b.gte === b.lte && b.gt === undefined && b.lt === undefined) return T.participantsExactly(b.gte)
  // none recorded: the count is required on every event, so 0 is a recorded 0
  if (b.lte === 0 && b.gt === undefined && b.gte === undefined && b.lt === undefined) return T.noParticipants
  return T.participants(b)
}

/** Yen exactly as a bound is written: '¥1,000,000' / 「100万円」 (万 only when exact), 「1,234,567円」. */
export function exactYen(n: number, lang: Lang): string {
  return PHRASE_TEXT[lang].yen(n)
}

/**
 * "recorded cost over ¥1,000,000" / 「費用100万円超」: bounds on the recorded cost (events without a cost never
 * match one, which the interpretation line says).
 */
export function costPhrase(b: Bounds, lang: Lang, compact = false): string {
  return PHRASE_TEXT[lang].cost(b, compact)
}

/** The bounds of a figure as words, each bound once: [over X, at least Y…] / [X超, Y以上…]. */
const boundParts = (b: Bounds, word: (n: number) => string, say: Record<'gt' | 'gte' | 'lt' | 'lte', (x: string) => string>): string[] => [
  ...(b.gt !== undefined ? [say.gt(word(b.gt))] : []),
  ...(b.gte !== undefined ? [say.gte(word(b.gte))] : []),
  ...(b.lt !== undefined ? [say.lt(word(b.lt))] : []),
  ...(b.lte !== undefined ? [say.lte(word(b.lte))] : []),
]
const BOUNDS_EN = { gt: (x: string) => `over ${x}`, gte: (x: string) => `at least ${x}`, lt: (x: string) => `under ${x}`, lte: (x: string) => `at most ${x}` }
const BOUNDS_JA = { gt: (x: string) => `${x}超`, gte: (x: string) => `${x}以上`, lt: (x: string) => `${x}未満`, lte: (x: string) => `${x}以下` }

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const n = formatNumber

/** The phrases of the structure filters with a figure; `compact` in a headline, where the reading is not spelt out. */
interface PhraseText {
  themeCount(min: number, max: number | undefined, compact: boolean): string
  partnerCount(min: number, max: number | undefined, compact: boolean): string
  months(months: readonly number[]): string
  stateCount(min: number | undefined, max: number | undefined): string
  days(min: number | undefined, max: number | undefined, compact: boolean): string
  weekend(compact: boolean): string
  weekdays(days: readonly string[]): string
  participantsExactly(n: number): string
  noParticipants: string
  participants(b: Bounds): string
  yen(n: number): string
  cost(b: Bounds, compact: boolean): string
}

export const PHRASE_TEXT: Localized<PhraseText> = {
  en: {
    themeCount: (min, max, compact) => {
      const how = compact ? '' : ' (each theme of an event counted once)'
      if (max === 0) return compact ? 'no theme' : 'events without a theme'
      if (max === undefined) return `events tagged with ${min === 1 ? 'at least one theme' : `${formatNumber(min)} or more themes`}${how}`
      if (min === max) return `events tagged with exactly one theme${how}`
      return `events tagged with at most one theme${how}`
    },
    partnerCount: (min, max, compact) => {
      const how = compact ? '' : ' (each recorded partner name counted once)'
      if (max === 0) return compact ? 'no partner' : 'events without a partner'
      if (max === undefined) return `events with ${min === 1 ? 'at least one partner' : `${n(min)} or more partners`}${how}`
      if (min === max) return `events with exactly ${min === 1 ? 'one partner' : `${n(min)} partners`}${how}`
      if (min === 0) return `events with at most ${max === 1 ? 'one partner' : `${n(max)} partners`}${how}`
      return `events with ${n(min)}–${n(max)} partners${how}`
    },
    months: (months) => `${months.map((m) => MONTH_NAMES_EN[m - 1]).join(', ')}, every year`,
    stateCount: (min, max) => {
      if (min === 2 && max === undefined) return 'multi-state events'
      if ((min === undefined || min <= 1) && max === 1) return 'single-state events'
      if (max === undefined) return `events in ${formatNumber(min ?? 0)} or more states`
      if (min === undefined || min <= 1) return `events in at most ${formatNumber(max)} states`
      return min === max ? `events in exactly ${formatNumber(min)} states` : `events in ${formatNumber(min)}–${formatNumber(max)} states`
    },
    days: (min, max, compact) => {
      // the interpretation line says how days are counted; a headline names the events only
      const how = compact ? '' : ' (start and end dates both counted)'
      if (min === 2 && max === undefined) return `multi-day events${compact ? '' : ' (end date after the start date)'}`
      if ((min === undefined || min <= 1) && max === 1) return `one-day events${compact ? '' : ' (no end date, or ending on the start date)'}`
      if (max === undefined) return `events lasting ${n(min ?? 0)} days or more${how}`
      if (min === undefined || min <= 1) return `events lasting at most ${n(max)} days${how}`
      return min === max ? `events lasting exactly ${n(min)} days${how}` : `events lasting ${n(min)}–${n(max)} days${how}`
    },
    weekend: (compact) => (compact ? 'weekend events' : 'weekend events (start date on a Saturday or Sunday)'),
    weekdays: (days) => `events starting on a ${days.map((d) => WEEKDAY_EN[d] ?? d).join(' or ')}`,
    participantsExactly: (x) => `exactly ${n(x)} participants`,
    noParticipants: '0 participants recorded',
    participants: (b) => `${boundParts(b, n, BOUNDS_EN).join(' and ')} participants`,
    yen: (x) => `¥${formatNumber(x)}`,
    cost: (b, compact) => `recorded cost ${boundParts(b, PHRASE_TEXT.en.yen, BOUNDS_EN).join(' and ')}${compact ? '' : ' (events with no cost recorded not included)'}`,
  },
  ja: {
    themeCount: (min, max, compact) => {
      const how = compact ? '' : '（事業に設定されたテーマを1つずつ計数）'
      if (max === 0) return compact ? 'テーマ未設定' : 'テーマ未設定の事業'
      if (max === undefined) return `テーマが${formatNumber(min)}つ以上設定された事業${how}`
      if (min === max) return `テーマが1つだけ設定された事業${how}`
      return `テーマが1つ以下の事業${how}`
    },
    partnerCount: (min, max, compact) => {
      const how = compact ? '' : '（記録されたパートナー名を1団体として計数）'
      if (max === 0) return compact ? 'パートナーなし' : 'パートナーのない事業'
      if (max === undefined) return `パートナーが${n(min)}団体以上の事業${how}`
      if (min === max) return `パートナーが${n(min)}団体の事業${how}`
      if (min === 0) return `パートナーが${n(max)}団体以下の事業${how}`
      return `パートナーが${n(min)}〜${n(max)}団体の事業${how}`
    },
    months: (months) => `${months.map((m) => `${m}月`).join('・')}（各年）`,
    stateCount: (min, max) => {
      if (min === 2 && max === undefined) return '複数州にまたがる事業'
      if ((min === undefined || min <= 1) && max === 1) return '単一州の事業'
      if (max === undefined) return `${formatNumber(min ?? 0)}州以上にまたがる事業`
      if (min === undefined || min <= 1) return `${formatNumber(max)}州以下の事業`
      return min === max ? `${formatNumber(min)}州にまたがる事業` : `${formatNumber(min)}〜${formatNumber(max)}州にまたがる事業`
    },
    days: (min, max, compact) => {
      const how = compact ? '' : '（開始日・終了日を含む日数）'
      if (min === 2 && max === undefined) return `複数日にわたる事業${compact ? '' : '（終了日が開始日より後）'}`
      if ((min === undefined || min <= 1) && max === 1) return `1日で終わる事業${compact ? '' : '（終了日なし又は開始日と同日）'}`
      if (max === undefined) return `実施期間${n(min ?? 0)}日以上の事業${how}`
      if (min === undefined || min <= 1) return `実施期間${n(max)}日以下の事業${how}`
      return min === max ? `実施期間${n(min)}日の事業${how}` : `実施期間${n(min)}〜${n(max)}日の事業${how}`
    },
    weekend: (compact) => (compact ? '土日の事業' : '土日の事業（開始日が土曜日又は日曜日）'),
    weekdays: (days) => `開始日が${days.map((d) => `${WEEKDAY_JA[d] ?? d}曜日`).join('又は')}の事業`,
    participantsExactly: (x) => `参加者ちょうど${n(x)}名`,
    noParticipants: '参加者数が0名と記録された事業',
    participants: (b) => `参加者${boundParts(b, (x) => `${n(x)}名`, BOUNDS_JA).join('')}`,
    yen: (x) => (x >= 10_000 && x % 10_000 === 0 ? `${formatNumber(x / 10_000)}万円` : `${formatNumber(x)}円`),
    cost: (b, compact) => `費用${boundParts(b, PHRASE_TEXT.ja.yen, BOUNDS_JA).join('')}${compact ? '' : '（費用の記録がない事業は含まない）'}`,
  },
}
