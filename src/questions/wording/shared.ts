// What the English and the Japanese wording share: reference-data names, month labels, the filters as
// words (every name for the interpretation line, a compact form for headlines) and period labels.
import { cityById, findCity, type City } from '../../domain/cities.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { knownPartnerJa } from '../../domain/known-partners.ts'
import { OFFICES, officeName } from '../../domain/offices.ts'
import { REGIONS, STATES, stateName } from '../../domain/states.ts'
import { formatDate, formatMonth, formatMonthName, formatNumber } from '../../i18n/format.ts'
import { LIST_SEPARATOR, nameIn, type Lang, type Localized } from '../../i18n/lang.ts'
import type { ResolvedPeriod } from '../results.ts'
import type { Filters, FyPart, GroupBy, Period } from '../slots.ts'
import { structureScope, type NameLister } from './structure.ts'

export const name = {
  state: (code: string, lang: Lang) => {
    const s = STATES.find((x) => x.code === code)
    if (!s) return code
    return SHARED_TEXT[lang].stateInTable(s)
  },
  /** A state in an English headline, without the code in brackets; Washington State is never the capital. */
  stateAlone: (code: string) => {
    const s = STATES.find((x) => x.code === code)
    return s ? (s.code === 'WA' ? 'Washington State' : s.nameEn) : code
  },
  region: (code: string, lang: Lang) => {
    const r = REGIONS.find((x) => x.code === code)
    return r ? nameIn(r, lang) : code
  },
  /** An office in a table or list row: "Chicago" / シカゴ総. */
  office: (code: string, lang: Lang) => (OFFICES.some((x) => x.code === code) ? officeName(code, lang, 'table') : code),
  /** An office named in a sentence, where a bare city could be read as a place: "Chicago consulate" / 在シカゴ総領事館. */
  officeAlone: (code: string, lang: Lang) => (OFFICES.some((x) => x.code === code) ? officeName(code, lang, 'text') : code),
  catalog: (table: ReadonlyArray<{ code: string; en: string; ja: string }>, code: string, lang: Lang) => {
    const e = table.find((x) => x.code === code)
    return e ? e[lang] : code
  },
}

export function groupKeyName(groupBy: GroupBy, key: string, lang: Lang): string {
  switch (groupBy) {
    case 'fiscal_year':
      return SHARED_TEXT[lang].fiscalYearKey(key)
    case 'month':
      return formatMonth(key, lang, 'short')
    case 'fiscal_quarter': {
      const [fy, part] = key.split('-') as [string, FyPart]
      return SHARED_TEXT[lang].fiscalPartKey(Number(fy), part)
    }
    case 'weekday':
      return WEEKDAY_NAMES[key]?.[lang] ?? key
    case 'month_of_year':
      return /^(?:0[1-9]|1[0-2])$/.test(key) ? formatMonthName(Number(key), lang, 'long') : key
    case 'state':
      return name.state(key, lang)
    case 'region':
      return name.region(key, lang)
    case 'office':
      return name.office(key, lang)
    case 'activity_type':
      return name.catalog(ACTIVITY_TYPES, key, lang)
    case 'theme':
      return name.catalog(THEMES, key, lang)
    case 'format':
      return name.catalog(FORMATS, key, lang)
    case 'city': {
      // a reference city by its id; any other by its key (breakdown rows carry the recorded spelling)
      const c = findCity(key)
      return c === undefined ? key.replace(/^~/u, '') : c[lang]
    }
    case 'best_practice_category':
      return key
  }
}

/** A breakdown row's name: its own label (a category, a city outside the reference list), else its key's. */
export function rowName(groupBy: GroupBy, row: { key: string; label?: { en: string; ja: string } }, lang: Lang): string {
  return row.label?.[lang] ?? groupKeyName(groupBy, row.key, lang)
}

/**
 * A dates period that runs from the first day of a month to the last day of a month, as whole months
 * (May 2022 / 2022年5月, or a range of them); null for any other dates period.
 */
export function wholeMonths(p: ResolvedPeriod): { y1: number; m1: number; y2: number; m2: number } | null {
  if (p.asked.kind !== 'dates' || p.from === null || p.to === null) return null
  const [y1, m1, d1] = p.from.split('-').map(Number) as [number, number, number]
  const [y2, m2, d2] = p.to.split('-').map(Number) as [number, number, number]
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate()
  return d1 === 1 && d2 === lastDay ? { y1, m1, y2, m2 } : null
}

export function monthsLabel(p: ResolvedPeriod, lang: Lang): string | null {
  const m = wholeMonths(p)
  if (!m) return null
  // January to December: calendar years, said as such (never to be mistaken for fiscal years)
  if (m.m1 === 1 && m.m2 === 12) return SHARED_TEXT[lang].calendarYears(m.y1, m.y2)
  const first = formatMonth(ym(m.y1, m.m1), lang)
  if (m.y1 === m.y2 && m.m1 === m.m2) return first
  return SHARED_TEXT[lang].monthRange(m, first)
}

// ---------------------------------------------------------------------------------------------------------
// The filters of a question, for the interpretation line (every name) and for the headline (compact).

/** More names than this in one filter, and the headline gives their number instead ("12 states" / 12州). */
export const HEADLINE_NAMES_MAX = 3

export interface Scope {
  /** Offices, joined. */
  offices: string | null
  /** Where: states, regions, states without a consulate. */
  places: string[]
  /** What kind: type, theme, format, best practice. */
  kinds: string[]
}

type ScopeKind = 'offices' | 'states' | 'regions' | 'types' | 'themes' | 'formats'

/** How many names of a kind, in a headline with more than HEADLINE_NAMES_MAX: "12 states" / 12州. */
export const SCOPE_COUNTERS = {
  en: {
    offices: (n) => `${formatNumber(n)} offices`,
    states: (n) => `${formatNumber(n)} states`,
    regions: (n) => `${formatNumber(n)} regions`,
    types: (n) => `${formatNumber(n)} activity types`,
    themes: (n) => `${formatNumber(n)} themes`,
    formats: (n) => `${formatNumber(n)} formats`,
  },
  ja: {
    offices: (n) => `${n}公館`,
    states: (n) => `${n}州`,
    regions: (n) => `${n}地域`,
    types: (n) => `${n}分類`,
    themes: (n) => `${n}テーマ`,
    formats: (n) => `${n}形態`,
  },
} as const satisfies Localized<Record<ScopeKind, (n: number) => string>>

/** Filters with the names of their best-practice categories (added by the executor, which reads the table). */
export type NamedFilters = Filters & { categoryNames?: Readonly<Record<string, { en: string; ja: string }>> }

/**
 * The office whose jurisdiction `states` is the complement of (every state and DC but the ones it serves), when
 * exactly that one office is named: "states outside its own five" as the parser writes it (jurisdiction.ts).
 */
function jurisdictionComplement(states: readonly string[], offices: readonly string[] | undefined): { code: string; states: string[] } | undefined {
  if (offices?.length !== 1) return undefined
  const office = OFFICES.find((o) => o.code === offices[0])
  if (office === undefined) return undefined
  const all = STATES.map((s) => s.code).filter((s) => !office.states.includes(s))
  const given = new Set(states)
  return given.size === all.length && all.every((s) => given.has(s)) ? { code: office.code, states: office.states } : undefined
}

/** The filters that narrow the set, named with the reference-data names; `compact` shortens long lists. */
export function scopeOf(f: NamedFilters | undefined, lang: Lang, compact: boolean): Scope {
  const T = SHARED_TEXT[lang]
  const sep = LIST_SEPARATOR[lang]
  const list = (codes: readonly string[], kind: ScopeKind, nameOf: (code: string) => string): string =>
    compact && codes.length > HEADLINE_NAMES_MAX ? SCOPE_COUNTERS[lang][kind](codes.length) : codes.map(nameOf).join(sep)
  // a state in a headline: English without its code in brackets
  const stateOf = (s: string) => (compact ? T.stateAlone(s) : name.state(s, lang))
  const out: Scope = { offices: null, places: [], kinds: [] }
  if (!f) return out
  const catalog = (table: ReadonlyArray<{ code: string; en: string; ja: string }>) => (c: string) => name.catalog(table, c, lang)
  if (f.offices?.length) out.offices = list(f.offices, 'offices', (o) => name.officeAlone(o, lang))
  const outside = f.states?.length ? jurisdictionComplement(f.states, f.offices) : undefined
  if (outside) {
    // every state (DC included) but those the one office named serves: said as its jurisdiction, the served states named
    const served = outside.states.map(T.stateAlone).join(sep)
    out.places.push(T.outsideJurisdiction(name.officeAlone(outside.code, lang), served, compact))
  } else if (f.states?.length) out.places.push(list(f.states, 'states', stateOf))
  if (f.regions?.length) {
    const regions = list(f.regions, 'regions', (r) => name.region(r, lang))
    out.places.push(compact ? regions : T.regions(regions))
  }
  if (f.withoutOffice) out.places.push(T.withoutOffice)
  if (f.city !== undefined) out.places.push(textFilterWords.city(f.city, lang))
  if (f.cities?.length) out.places.push(textFilterWords.cities(f.cities, lang))
  const kind = (codes: readonly string[] | undefined, k: 'types' | 'themes' | 'formats', table: ReadonlyArray<{ code: string; en: string; ja: string }>) => {
    if (!codes?.length) return
    const names = list(codes, k, catalog(table))
    const counted = compact && codes.length > HEADLINE_NAMES_MAX
    out.kinds.push(counted ? names : T.kind(k, names))
  }
  kind(f.types, 'types', ACTIVITY_TYPES)
  kind(f.themes, 'themes', THEMES)
  kind(f.formats, 'formats', FORMATS)
  if (f.bestPractice === true) out.kinds.push(T.bestPracticesOnly(compact))
  if (f.bestPractice === false) out.kinds.push(T.bestPracticesExcluded(compact))
  // exclusions, no theme, number of states, participants (structure.ts)
  const lister: NameLister = (codes, kind) =>
    list(codes, kind, (c) =>
      kind === 'offices' ? name.officeAlone(c, lang)
      : kind === 'states' ? stateOf(c)
      : kind === 'regions' ? name.region(c, lang)
      : catalog(kind === 'types' ? ACTIVITY_TYPES : kind === 'themes' ? THEMES : FORMATS)(c),
    )
  const st = structureScope(f, lang, compact, lister, out.offices !== null)
  out.offices ??= st.offices
  out.places.push(...st.places)
  out.kinds.push(...st.kinds)
  if (f.bestPracticeCategories?.length) {
    const names = f.bestPracticeCategories.map((c) => f.categoryNames?.[c]?.[lang] ?? c)
    // after "best practices only" the kind need not be said again
    const said = f.bestPractice === true
    out.kinds.push(T.categories(names, said))
  }
  if (f.ongoing === true) out.kinds.push(T.ongoingOnly)
  if (f.ongoing === false) out.kinds.push(T.ongoingExcluded)
  if (f.text !== undefined) out.kinds.push(textFilterWords.text(f.text, lang, f.textIn))
  if (f.partner !== undefined) out.kinds.push(textFilterWords.partner(f.partner, lang))
  if (f.allPartners !== undefined) out.kinds.push(textFilterWords.allPartners(f.allPartners, lang))
  if (f.excludePartners !== undefined) out.kinds.push(textFilterWords.excludePartners(f.excludePartners, lang))
  return out
}

/** The text filters in words: "Milwaukee (city)" / 「ミルウォーキー市」, the word and the partner as the user wrote them. */
export const textFilterWords = {
  city: (id: string, lang: Lang): string => SHARED_TEXT[lang].city(cityById(id)),
  /** Several cities: any of them ("Hilo or Honolulu (cities)" / 「ヒロ市・ホノルル市」). */
  cities: (ids: readonly string[], lang: Lang): string => SHARED_TEXT[lang].cities(ids.map(cityById)),
  text: (word: string, lang: Lang, within?: 'title' | 'summary'): string => SHARED_TEXT[lang].text(word, within),
  partner: (word: string, lang: Lang): string => SHARED_TEXT[lang].partner(word),
  /** Every one of the partners: "with every one of the partners “JETRO”; “JNTO”" / 「パートナー「…」と「…」の両方と連携した事業」. */
  allPartners: (words: readonly string[], lang: Lang): string => SHARED_TEXT[lang].allPartners(words),
  /** None of the partners: "without partner “JNTO”" / 「パートナーに「日本政府観光局（JNTO）」を含まない事業」. */
  excludePartners: (words: readonly string[], lang: Lang): string => SHARED_TEXT[lang].excludePartners(words),
}

const ym = (y: number, mo: number) => `${y}-${String(mo).padStart(2, '0')}`
const QUARTER_MONTHS_EN: Record<FyPart, string> = { q1: 'Apr–Jun', q2: 'Jul–Sep', q3: 'Oct–Dec', q4: 'Jan–Mar', h1: '', h2: '' }
const QUARTER_MONTHS_JA: Record<FyPart, string> = { q1: '4〜6月', q2: '7〜9月', q3: '10〜12月', q4: '1〜3月', h1: '', h2: '' }

/** The words of the names, periods and filters shared by the answers. */
interface SharedText {
  /** A state in a table or list row: "Texas (TX)" / テキサス州. */
  stateInTable(s: (typeof STATES)[number]): string
  /** A state in a headline: "Texas", "Washington State" / テキサス州. */
  stateAlone(code: string): string
  fiscalYearKey(fy: string): string
  fiscalPartKey(fy: number, part: FyPart): string
  calendarYears(y1: number, y2: number): string
  /** Whole months over more than one month; `first` is the first month written. */
  monthRange(m: { y1: number; m1: number; y2: number; m2: number }, first: string): string
  outsideJurisdiction(office: string, served: string, compact: boolean): string
  regions(names: string): string
  withoutOffice: string
  kind(kind: 'types' | 'themes' | 'formats', names: string): string
  bestPracticesOnly(compact: boolean): string
  bestPracticesExcluded(compact: boolean): string
  categories(names: string[], bestPracticeSaid: boolean): string
  ongoingOnly: string
  ongoingExcluded: string
  city(c: City): string
  cities(cs: City[]): string
  /** A word in the titles or summary; in the titles alone or the summary alone when the question said so. */
  text(word: string, within?: 'title' | 'summary'): string
  partner(word: string): string
  allPartners(words: readonly string[]): string
  excludePartners(words: readonly string[]): string
}

export const SHARED_TEXT: Localized<SharedText> = {
  en: {
    stateInTable: (s) => `${s.nameEn} (${s.code})`,
    stateAlone: (code) => name.stateAlone(code),
    fiscalYearKey: (fy) => `FY${fy}`,
    fiscalPartKey: (fy, part) => `${fyPartEn(fy, part)} (${QUARTER_MONTHS_EN[part]})`,
    calendarYears: (y1, y2) => (y1 === y2 ? `calendar year ${y1}` : `calendar years ${y1}–${y2}`),
    monthRange: (m, first) => {
      const mon = (i: number) => formatMonthName(i, 'en', 'long')
      return m.y1 === m.y2 ? `${mon(m.m1)} – ${mon(m.m2)} ${m.y1}` : `${first} – ${formatMonth(ym(m.y2, m.m2), 'en')}`
    },
    outsideJurisdiction: (office, served, compact) => `states outside ${office}'s jurisdiction${compact ? '' : ` (every state and DC except ${served})`}`,
    regions: (names) => `${names} (region)`,
    withoutOffice: 'states without a consulate',
    kind: (kind, names) => `${{ types: 'type', themes: 'theme', formats: 'format' }[kind]}: ${names}`,
    bestPracticesOnly: () => 'best practices only',
    bestPracticesExcluded: () => 'excluding best practices',
    categories: (names, said) => `${said ? 'category' : 'best-practice category'}: ${names.join(' or ')}`,
    ongoingOnly: 'ongoing programmes only',
    ongoingExcluded: 'excluding ongoing programmes',
    city: (c) => `${c.en} (city)`,
    cities: (cs) => `${cs.map((c) => c.en).join(' or ')} (cities)`,
    text: (word, within) => `${within === 'title' ? 'titles' : within === 'summary' ? 'summaries' : 'titles or summaries'} containing “${word}”`,
    partner: (word) => `with partner “${word}”`,
    allPartners: (words) => `with every one of the partners ${words.map((w) => `“${w}”`).join('; ')}`,
    excludePartners: (words) => `without partner ${words.map((w) => `“${w}”`).join(' or ')}`,
  },
  ja: {
    stateInTable: (s) => stateName(s.code, 'ja'),
    stateAlone: (code) => name.state(code, 'ja'),
    fiscalYearKey: (fy) => `${fy}年度`,
    fiscalPartKey: (fy, part) => `${fyPartJa(fy, part)}（${QUARTER_MONTHS_JA[part]}）`,
    calendarYears: (y1, y2) => (y1 === y2 ? `${y1}年（暦年）` : `${y1}年〜${y2}年（暦年）`),
    monthRange: (m, first) => `${first}〜${m.y1 === m.y2 ? formatMonthName(m.m2, 'ja') : formatMonth(ym(m.y2, m.m2), 'ja')}`,
    outsideJurisdiction: (office, served, compact) => `管轄外の州${compact ? '' : `（${office}の管轄である${served}以外の全州及びワシントンDC）`}`,
    regions: (names) => `地域「${names}」`,
    withoutOffice: '総領事館が所在しない州',
    kind: (kind, names) => `${{ types: '事業分類', themes: 'テーマ', formats: '実施形態' }[kind]}「${names}」`,
    bestPracticesOnly: (compact) => (compact ? 'ベストプラクティス' : 'ベストプラクティスのみ'),
    bestPracticesExcluded: (compact) => (compact ? 'ベストプラクティス以外' : 'ベストプラクティスを除く'),
    categories: (names, said) => `${said ? '' : 'ベストプラクティスの'}分類「${names.join('」・「')}」`,
    ongoingOnly: '継続中の事業のみ',
    ongoingExcluded: '継続中の事業を除く',
    city: (c) => `${c.ja}市`,
    cities: (cs) => cs.map((c) => `${c.ja}市`).join('または'),
    text: (word, within) => `${within === 'title' ? 'タイトル' : within === 'summary' ? '概要' : 'タイトル・概要'}に「${word}」を含む事業`,
    partner: (word) => {
      // a known organisation is named in Japanese, with the name events record it under
      const ja = knownPartnerJa(word)
      return ja === undefined ? `パートナー「${word}」` : `パートナー「${ja}（${word}）」`
    },
    allPartners: (words) => {
      const names = words.map((w) => {
        const ja = knownPartnerJa(w)
        return ja === undefined ? `「${w}」` : `「${ja}（${w}）」`
      })
      return names.length === 2 ? `パートナー${names[0]}と${names[1]}の両方と連携した事業` : `パートナー${names.join('')}のすべてと連携した事業`
    },
    excludePartners: (words) => {
      const names = words.map((w) => {
        const ja = knownPartnerJa(w)
        return ja === undefined ? `「${w}」` : `「${ja}（${w}）」`
      })
      return `パートナーに${names.join('・')}を含まない事業`
    },
  },
}

/** English headline scope: " (Chicago consulate; Texas; theme: Climate and energy)", or '' without filters. */
export function scopeEn(f: Filters | undefined): string {
  const s = scopeOf(f, 'en', true)
  const parts = [...(s.offices ? [s.offices] : []), ...s.places, ...s.kinds]
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`
}

/** Japanese headline scope before a noun: 「シカゴ総領事館の」「テキサス州での」「シカゴ総領事館によるテキサス州でのテーマ「…」の」. */
export function scopeJaNoun(f: Filters | undefined): string {
  const s = scopeOf(f, 'ja', true)
  const place = s.places.join('・')
  let out = s.offices && place ? `${s.offices}による${place}での` : s.offices ? `${s.offices}の` : place ? `${place}での` : ''
  if (s.kinds.length > 0) out += `${s.kinds.join('・')}の`
  return out
}

/**
 * Japanese headline scope around a verb (事業を実施した): `who` goes before the verb phrase
 * (「シカゴ総領事館がテキサス州で」), `what` before 事業 (「テーマ「…」の」). `placeOf` writes the place as
 * 「中西部の」 (for 「中西部の全12州で」) instead of 「中西部で」.
 */
export function scopeJaVerb(f: Filters | undefined, placeOf = false): { who: string; what: string } {
  const s = scopeOf(f, 'ja', true)
  const place = s.places.join('・')
  const who = `${s.offices ? `${s.offices}が` : ''}${place ? `${place}${placeOf ? 'の' : 'で'}` : ''}`
  return { who, what: s.kinds.length > 0 ? `${s.kinds.join('・')}の` : '' }
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** 2022-04-01 → 2022年4月1日. */
export function jaDate(iso: string): string {
  return formatDate(iso, 'ja')
}

export function relativeEn(offset: number): string {
  return offset === 0 ? 'this FY' : offset === -1 ? 'last FY' : `${-offset} FYs ago`
}

export function relativeJa(offset: number): string {
  return offset === 0 ? '今年度' : offset === -1 ? '昨年度' : offset === -2 ? '一昨年度' : `${-offset}年度前`
}

// ---------------------------------------------------------------------------------------------------------
// English.

const WEEKDAY_NAMES: Record<string, { en: string; ja: string }> = {
  mon: { en: 'Monday', ja: '月曜日' },
  tue: { en: 'Tuesday', ja: '火曜日' },
  wed: { en: 'Wednesday', ja: '水曜日' },
  thu: { en: 'Thursday', ja: '木曜日' },
  fri: { en: 'Friday', ja: '金曜日' },
  sat: { en: 'Saturday', ja: '土曜日' },
  sun: { en: 'Sunday', ja: '日曜日' },
}

export const GROUP_PLURAL_EN: Record<GroupBy, string> = {
  fiscal_year: 'fiscal years',
  state: 'states',
  region: 'regions',
  office: 'offices',
  activity_type: 'activity types',
  theme: 'themes',
  format: 'formats',
  month: 'months',
  fiscal_quarter: 'quarters',
  weekday: 'days of the week',
  city: 'cities',
  best_practice_category: 'best-practice categories',
  month_of_year: 'months of the year',
}

/** Counters for a number of groups in Japanese (「4州」「2公館」). */
export const GROUP_COUNTER_JA: Record<GroupBy, string> = {
  fiscal_year: 'か年度',
  state: '州',
  region: '地域',
  office: '公館',
  activity_type: '種別',
  theme: 'テーマ',
  format: '形式',
  month: 'か月',
  fiscal_quarter: '四半期',
  weekday: '曜日',
  city: '都市',
  best_practice_category: '分類',
  month_of_year: 'か月',
}

/** A quarter or half of a fiscal year: 'FY2021 Q2', 'FY2022 H1'. */
export function fyPartEn(fy: number, part: FyPart): string {
  return `FY${fy} ${part.toUpperCase()}`
}

/** A quarter or half of a fiscal year: '2021年度第2四半期', '2022年度上半期'. */
export function fyPartJa(fy: number | null, part: FyPart): string {
  const name = part === 'h1' ? '上半期' : part === 'h2' ? '下半期' : `第${part.slice(1)}四半期`
  return fy === null ? name : `${fy}年度${name}`
}

/** "the last 60 days" / 過去60日間: a rolling window ending at the as-of date. */
export function recentEn(n: number, unit: 'days' | 'weeks' | 'months'): string {
  const noun = n === 1 ? unit.slice(0, -1) : unit
  return n === 1 ? `the last ${noun}` : `the last ${n} ${noun}`
}

export function recentJa(n: number, unit: 'days' | 'weeks' | 'months'): string {
  return `過去${n}${unit === 'days' ? '日間' : unit === 'weeks' ? '週間' : 'か月間'}`
}

/** A period of a suggested question, without its dates (none are read for a question not answered). */
export function periodLabelEn(p: Period): string {
  switch (p.kind) {
    case 'all':
      return 'all records'
    case 'fy':
      return p.to === undefined ? `since FY${p.from}` : p.from === p.to ? `FY${p.from}` : `FY${p.from}–FY${p.to}`
    case 'fy_relative':
      return relativeEn(p.offset)
    case 'dates':
      return `${p.from} – ${p.to}`
    case 'fy_part':
      return fyPartEn(p.fy, p.part)
    case 'fy_part_relative':
      return `${p.part.toUpperCase()} of ${relativeEn(p.offset)}`
    case 'dates_since':
      return `since ${p.from}`
    case 'dates_until':
      return `up to ${p.to}`
    case 'recent':
      return recentEn(p.n, p.unit)
  }
}

export function periodLabelJa(p: Period): string {
  switch (p.kind) {
    case 'all':
      return '累計'
    case 'fy':
      return p.to === undefined ? `${p.from}年度以降` : p.from === p.to ? `${p.from}年度` : `${p.from}年度〜${p.to}年度`
    case 'fy_relative':
      return relativeJa(p.offset)
    case 'dates':
      return `${jaDate(p.from)}〜${jaDate(p.to)}`
    case 'fy_part':
      return fyPartJa(p.fy, p.part)
    case 'fy_part_relative':
      return `${relativeJa(p.offset)}${fyPartJa(null, p.part)}`
    case 'dates_since':
      return `${jaDate(p.from)}以降`
    case 'dates_until':
      return `${jaDate(p.to)}まで`
    case 'recent':
      return recentJa(p.n, p.unit)
  }
}
