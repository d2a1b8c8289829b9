// How the structure filters (slots.ts: exclusions, no theme, number of states, participant bounds) are
// named in the interpretation line and the headlines, in both languages: "excluding Online" / 「オンライン以外」,
// "multi-state events" / 「複数州にまたがる事業」, "over 1,000 participants" / 「参加者1,000名超」.
// scopeOf (shared.ts) calls structureScope with its own name lister, so that long lists are shortened alike.
import type { Lang } from '../../i18n/types.ts'
import { formatNumber } from '../numbers.ts'
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
  const en = lang === 'en'
  if (ex?.offices?.length) {
    const names = list(ex.offices, 'offices')
    const alone = en ? (compact ? `offices other than ${names}` : `all offices except ${names}`) : `${names}以外の${compact ? '公館' : '在外公館'}`
    if (hasOffices) out.kinds.push(en ? `except ${names}` : `${names}を除く`)
    else out.offices = alone
  }
  if (ex?.states?.length) {
    // an event held in an excluded state and in others is left out: said where the reading is spelt out
    const names = list(ex.states, 'states')
    const held = compact ? '' : en ? ', leaving out every event held there even in part' : '（一部でも当該州で実施した事業は除外）'
    out.places.push(en ? `outside ${names}${held}` : `${names}以外${held}`)
  }
  if (ex?.regions?.length) {
    const names = list(ex.regions, 'regions')
    out.places.push(en ? (compact ? `outside the ${names}` : `outside ${names} (region)`) : compact ? `${names}以外` : `地域「${names}」以外`)
  }
  if (ex?.types?.length) out.kinds.push(en ? `excluding type: ${list(ex.types, 'types')}` : `事業分類「${list(ex.types, 'types')}」以外`)
  if (ex?.themes?.length) out.kinds.push(en ? `excluding theme: ${list(ex.themes, 'themes')}` : `テーマ「${list(ex.themes, 'themes')}」以外`)
  if (ex?.formats?.length) out.kinds.push(en ? `excluding ${list(ex.formats, 'formats')}` : `${list(ex.formats, 'formats')}以外`)
  if (f.withoutTheme) out.kinds.push(en ? (compact ? 'no theme' : 'events without a theme') : compact ? 'テーマ未設定' : 'テーマ未設定の事業')
  if (f.stateCount) out.kinds.push(stateCountPhrase(f.stateCount, lang))
  if (f.participantCount) out.kinds.push(participantPhrase(f.participantCount, lang))
  if (f.months) out.kinds.push(monthsPhrase(f.months, lang))
  if (f.days) out.kinds.push(daysPhrase(f.days, lang, compact))
  if (f.weekdays) out.kinds.push(weekdaysPhrase(f.weekdays, lang, compact))
  if (f.withoutCity) out.kinds.push(en ? (compact ? 'no city recorded' : 'events with no city recorded') : compact ? '開催都市の記録なし' : '開催都市が記録されていない事業')
  if (f.withoutPartner) out.kinds.push(en ? (compact ? 'no partner' : 'events without a partner') : compact ? 'パートナーなし' : 'パートナーのない事業')
  if (f.costRecorded === true && !f.cost) out.kinds.push(en ? (compact ? 'cost recorded' : 'events with a cost recorded') : compact ? '費用記録あり' : '費用が記録されている事業')
  if (f.costRecorded === false) out.kinds.push(en ? (compact ? 'no cost recorded' : 'events with no cost recorded') : compact ? '費用記録なし' : '費用が記録されていない事業')
  if (f.cost) out.kinds.push(costPhrase(f.cost, lang, compact))
  if (f.allThemes) {
    const names = f.allThemes.map((t) => list([t], 'themes'))
    const ja = names.length === 2 ? `テーマ「${names[0]}」と「${names[1]}」の両方に該当する事業` : `テーマ「${names.join('」「')}」のすべてに該当する事業`
    out.kinds.push(en ? `tagged with every one of the themes: ${names.join('; ')}` : ja)
  }
  if (f.partnerCount) out.kinds.push(partnerCountPhrase(f.partnerCount, lang, compact))
  if (f.allStates) {
    const names = f.allStates.map((s) => list([s], 'states'))
    const ja = names.length === 2 ? `${names[0]}と${names[1]}の両方で実施した事業` : `${names.join('・')}のすべてで実施した事業`
    out.kinds.push(en ? `events touching every one of: ${names.join('; ')}` : ja)
  }
  if (f.themeCount) out.kinds.push(themeCountPhrase(f.themeCount, lang, compact))
  if (f.outsideJurisdiction) {
    const how = compact ? '' : en ? ' (at least one of its states is not served by the organising office; jurisdictions as in the office table)' : '（対象州の少なくとも1つが実施公館の管轄外。管轄は公館一覧による）'
    out.places.push(en ? `events touching a state outside the organising office's jurisdiction${how}` : `管轄外の州で実施した事業${how}`)
  }
  if (f.outsideHostState) {
    const how = compact ? '' : en ? ' (none of its states is the state where the organising office sits)' : '（対象州のいずれも実施公館の所在州でない事業）'
    out.places.push(en ? `events not touching the organising office's own state${how}` : `公館所在州以外で実施した事業${how}`)
  }
  return out
}

/** "events tagged with 2 or more themes" / 「テーマが2つ以上設定された事業」: each theme of the event counted once. */
export function themeCountPhrase(b: { gte?: number | undefined; lte?: number | undefined }, lang: Lang, compact = false): string {
  const min = b.gte ?? 0
  const max = b.lte
  const how = compact ? '' : lang === 'en' ? ' (each theme of an event counted once)' : '（事業に設定されたテーマを1つずつ計数）'
  if (lang === 'en') {
    if (max === 0) return compact ? 'no theme' : 'events without a theme'
    if (max === undefined) return `events tagged with ${min === 1 ? 'at least one theme' : `${formatNumber(min)} or more themes`}${how}`
    if (min === max) return `events tagged with exactly one theme${how}`
    return `events tagged with at most one theme${how}`
  }
  if (max === 0) return compact ? 'テーマ未設定' : 'テーマ未設定の事業'
  if (max === undefined) return `テーマが${formatNumber(min)}つ以上設定された事業${how}`
  if (min === max) return `テーマが1つだけ設定された事業${how}`
  return `テーマが1つ以下の事業${how}`
}

/**
 * "events with 2 or more partners" / 「パートナーが2団体以上の事業」: partners counted as the partner filter
 * splits them (each recorded name with a letter or digit), said where the reading is spelt out.
 */
export function partnerCountPhrase(b: Bounds, lang: Lang, compact = false): string {
  const min = b.gte ?? (b.gt !== undefined ? b.gt + 1 : 0)
  const max = b.lte ?? (b.lt !== undefined ? b.lt - 1 : undefined)
  const n = formatNumber
  const how = compact ? '' : lang === 'en' ? ' (each recorded partner name counted once)' : '（記録されたパートナー名を1団体として計数）'
  if (lang === 'en') {
    if (max === 0) return compact ? 'no partner' : 'events without a partner'
    if (max === undefined) return `events with ${min === 1 ? 'at least one partner' : `${n(min)} or more partners`}${how}`
    if (min === max) return `events with exactly ${min === 1 ? 'one partner' : `${n(min)} partners`}${how}`
    if (min === 0) return `events with at most ${max === 1 ? 'one partner' : `${n(max)} partners`}${how}`
    return `events with ${n(min)}–${n(max)} partners${how}`
  }
  if (max === 0) return compact ? 'パートナーなし' : 'パートナーのない事業'
  if (max === undefined) return `パートナーが${n(min)}団体以上の事業${how}`
  if (min === max) return `パートナーが${n(min)}団体の事業${how}`
  if (min === 0) return `パートナーが${n(max)}団体以下の事業${how}`
  return `パートナーが${n(min)}〜${n(max)}団体の事業${how}`
}

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "December (every year)" / 「12月（全年）」: the calendar months of the start date, in any year. */
export function monthsPhrase(months: readonly number[], lang: Lang): string {
  return lang === 'en' ? `${months.map((m) => MONTH_NAMES_EN[m - 1]).join(', ')}, every year` : `${months.map((m) => `${m}月`).join('・')}（各年）`
}

/** "multi-state events" / 「複数州にまたがる事業」, "single-state events", "events in 3 or more states". */
export function stateCountPhrase(b: Bounds, lang: Lang): string {
  const min = b.gte ?? (b.gt !== undefined ? b.gt + 1 : undefined)
  const max = b.lte ?? (b.lt !== undefined ? b.lt - 1 : undefined)
  if (lang === 'en') {
    if (min === 2 && max === undefined) return 'multi-state events'
    if ((min === undefined || min <= 1) && max === 1) return 'single-state events'
    if (max === undefined) return `events in ${formatNumber(min ?? 0)} or more states`
    if (min === undefined || min <= 1) return `events in at most ${formatNumber(max)} states`
    return min === max ? `events in exactly ${formatNumber(min)} states` : `events in ${formatNumber(min)}–${formatNumber(max)} states`
  }
  if (min === 2 && max === undefined) return '複数州にまたがる事業'
  if ((min === undefined || min <= 1) && max === 1) return '単一州の事業'
  if (max === undefined) return `${formatNumber(min ?? 0)}州以上にまたがる事業`
  if (min === undefined || min <= 1) return `${formatNumber(max)}州以下の事業`
  return min === max ? `${formatNumber(min)}州にまたがる事業` : `${formatNumber(min)}〜${formatNumber(max)}州にまたがる事業`
}

/** "multi-day events (2 days or more)" / 「複数日にわたる事業（2日以上）」, "events lasting 3 days or more". */
export function daysPhrase(b: Bounds, lang: Lang, compact = false): string {
  const min = b.gte ?? (b.gt !== undefined ? b.gt + 1 : undefined)
  const max = b.lte ?? (b.lt !== undefined ? b.lt - 1 : undefined)
  const n = formatNumber
  // the interpretation line says how days are counted; a headline names the events only
  const how = compact ? '' : lang === 'en' ? ' (start and end dates both counted)' : '（開始日・終了日を含む日数）'
  if (lang === 'en') {
    if (min === 2 && max === undefined) return `multi-day events${compact ? '' : ' (end date after the start date)'}`
    if ((min === undefined || min <= 1) && max === 1) return `one-day events${compact ? '' : ' (no end date, or ending on the start date)'}`
    if (max === undefined) return `events lasting ${n(min ?? 0)} days or more${how}`
    if (min === undefined || min <= 1) return `events lasting at most ${n(max)} days${how}`
    return min === max ? `events lasting exactly ${n(min)} days${how}` : `events lasting ${n(min)}–${n(max)} days${how}`
  }
  if (min === 2 && max === undefined) return `複数日にわたる事業${compact ? '' : '（終了日が開始日より後）'}`
  if ((min === undefined || min <= 1) && max === 1) return `1日で終わる事業${compact ? '' : '（終了日なし又は開始日と同日）'}`
  if (max === undefined) return `実施期間${n(min ?? 0)}日以上の事業${how}`
  if (min === undefined || min <= 1) return `実施期間${n(max)}日以下の事業${how}`
  return min === max ? `実施期間${n(min)}日の事業${how}` : `実施期間${n(min)}〜${n(max)}日の事業${how}`
}

const WEEKDAY_EN: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' }
const WEEKDAY_JA: Record<string, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' }

/** "starting on a Saturday or Sunday" / 「土日に開始した事業」: the day of the week of the start date. */
export function weekdaysPhrase(days: readonly string[], lang: Lang, compact = false): string {
  const weekend = days.length === 2 && days.includes('sat') && days.includes('sun')
  if (weekend) {
    if (lang === 'en') return compact ? 'weekend events' : 'weekend events (start date on a Saturday or Sunday)'
    return compact ? '土日の事業' : '土日の事業（開始日が土曜日又は日曜日）'
  }
  if (lang === 'en') return `events starting on a ${days.map((d) => WEEKDAY_EN[d] ?? d).join(' or ')}`
  return `開始日が${days.map((d) => `${WEEKDAY_JA[d] ?? d}曜日`).join('又は')}の事業`
}

/** "over 1,000 participants" / 「参加者1,000名超」; over = more than, at least, under = fewer than, at most. */
export function participantPhrase(b: Bounds, lang: Lang): string {
  const n = formatNumber
  // one number on both sides: exactly that many (「ちょうど100名」)
  if (b.gte !== undefined && b.gte === b.lte && b.gt === undefined && b.lt === undefined) return lang === 'en' ? `exactly ${n(b.gte)} participants` : `参加者ちょうど${n(b.gte)}名`
  // none recorded: the count is required on every event, so 0 is a recorded 0
  if (b.lte === 0 && b.gt === undefined && b.gte === undefined && b.lt === undefined) return lang === 'en' ? '0 participants recorded' : '参加者数が0名と記録された事業'
  if (lang === 'en') {
    const parts = [
      ...(b.gt !== undefined ? [`over ${n(b.gt)}`] : []),
      ...(b.gte !== undefined ? [`at least ${n(b.gte)}`] : []),
      ...(b.lt !== undefined ? [`under ${n(b.lt)}`] : []),
      ...(b.lte !== undefined ? [`at most ${n(b.lte)}`] : []),
    ]
    return `${parts.join(' and ')} participants`
  }
  const parts = [
    ...(b.gt !== undefined ? [`${n(b.gt)}名超`] : []),
    ...(b.gte !== undefined ? [`${n(b.gte)}名以上`] : []),
    ...(b.lt !== undefined ? [`${n(b.lt)}名未満`] : []),
    ...(b.lte !== undefined ? [`${n(b.lte)}名以下`] : []),
  ]
  return `参加者${parts.join('')}`
}

/** Yen exactly as a bound is written: '¥1,000,000' / 「100万円」 (万 only when exact), 「1,234,567円」. */
export function exactYen(n: number, lang: Lang): string {
  if (lang === 'en') return `¥${formatNumber(n)}`
  return n >= 10_000 && n % 10_000 === 0 ? `${formatNumber(n / 10_000)}万円` : `${formatNumber(n)}円`
}

/**
 * "recorded cost over ¥1,000,000" / 「費用100万円超」: bounds on the recorded cost (events without a cost never
 * match one, which the interpretation line says).
 */
export function costPhrase(b: Bounds, lang: Lang, compact = false): string {
  const y = (n: number) => exactYen(n, lang)
  if (lang === 'en') {
    const parts = [
      ...(b.gt !== undefined ? [`over ${y(b.gt)}`] : []),
      ...(b.gte !== undefined ? [`at least ${y(b.gte)}`] : []),
      ...(b.lt !== undefined ? [`under ${y(b.lt)}`] : []),
      ...(b.lte !== undefined ? [`at most ${y(b.lte)}`] : []),
    ]
    return `recorded cost ${parts.join(' and ')}${compact ? '' : ' (events with no cost recorded not included)'}`
  }
  const parts = [
    ...(b.gt !== undefined ? [`${y(b.gt)}超`] : []),
    ...(b.gte !== undefined ? [`${y(b.gte)}以上`] : []),
    ...(b.lt !== undefined ? [`${y(b.lt)}未満`] : []),
    ...(b.lte !== undefined ? [`${y(b.lte)}以下`] : []),
  ]
  return `費用${parts.join('')}${compact ? '' : '（費用の記録がない事業は含まない）'}`
}
