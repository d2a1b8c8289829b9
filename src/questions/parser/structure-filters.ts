// Recognisers for the structure filters (slots.ts): a negated filter ("excluding online", "outside Texas",
// "other than the Chicago consulate", "non-best-practice", 「オンラインを除く」「対面以外の」「シカゴ総以外」),
// events without a theme, multi-state events and the number of states, and participant bounds ("over 1,000
// participants", 「参加者1000名以上」). They run before the name recognisers, so a negated name is never
// also read as the positive filter.
//
// Scope of a negation: only the name (or list of names of ONE kind) right next to the negation word is
// negated. When what is negated is unclear, the negation word is left unused (the question is then refused,
// naming it): a list mixing kinds ("excluding online and Texas events"), a negated noun phrase followed by
// another name that may belong to it ("excluding online events in Texas", 「テキサス州のオンライン事業以外」),
// a contrast ("Texas, not Ohio"), and "outside"/"not in" before an office (a city, or the office?).
// A double negation ("not excluding online", 「オンライン以外ではない」) leaves its second negation unused.
import type { ActivityTypeCode, FormatCode, ThemeCode } from '../../domain/catalog.ts'
import type { RegionCode } from '../../domain/states.ts'
import type { Bounds, Filters, PartnerCount, ThemeCount } from '../slots.ts'
import { FORMAT_NAMES, OFFICE_NAMES, REGION_NAMES, STATE_CODES, STATE_NAMES, THEME_NAMES, TYPE_NAMES, type PlaceValue } from './lexicon.ts'
import { maskCostWords, takeCostFilters } from './costs.ts'
import type { Match, Scan } from './scan.ts'
import type { Span } from './unused.ts'
import { takeJurisdiction, type JurisdictionFindings } from './jurisdiction.ts'
import { hasPresence, takePresenceFilters, type PresenceFindings } from './presence-filters.ts'

/**
 * A negation whose scope is unclear, left unread (its word is named): a list mixing kinds ("excluding online and
 * Texas events", 「オンラインとテキサス州以外」), a place after the negated name ("excluding online events in
 * Texas", テキサス州のオンライン事業以外), or "outside" before an office's city ("outside Chicago": the office or
 * the city?). negation-scope.ts turns it into a question back where every reading offered is a query.
 */
export interface UnclearNegation {
  kind: 'mixed' | 'post' | 'place_office'
  /** The negation word(s) as they stand in the question (the words named when no reading is offered). */
  cue: Span
  /** The names negated, as read (the first of a mixed list first). */
  negated: Array<{ kind: Kind; value: string }>
  /** 'mixed': the name of the other kind; 'post': the place after the negated name. */
  other?: { kind: Kind; value: string }
}

export interface StructureFindings {
  /** Negations whose scope is unclear (see UnclearNegation). */
  unclear: UnclearNegation[]
  exclude: { states: string[]; regions: RegionCode[]; offices: string[]; types: ActivityTypeCode[]; themes: ThemeCode[]; formats: FormatCode[] }
  /** "non-best-practice", 「ベストプラクティス以外」: bestPractice = false. */
  notBestPractice: boolean
  withoutTheme: boolean
  stateCount?: Bounds
  participantCount?: Bounds
  /** "December across all years", 各年度の12月: the calendar month in any year. */
  months?: number[]
  /** "no partner", パートナーなし. */
  withoutPartner: boolean
  /** "no city recorded", 開催都市が記録されていない: the words read (named when the query counts or groups cities). */
  withoutCity?: Span
  /** "more than one partner", パートナーが2団体以上: at least 1 or 2, at most 1 (slots.ts). */
  partnerCount?: PartnerCount
  /** "multi-day", "lasting more than 2 days", 複数日にわたる, 3日以上: the days an event spans. */
  days?: Bounds
  /** "weekend events", 土日に実施した, "held on Mondays": the day(s) of the week of the start date. */
  weekdays?: Array<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>
  /** "have a cost recorded" (true), "with no cost recorded" (false): costs.ts. */
  costRecorded?: boolean
  /** "a recorded cost over 1 million yen", 費用が100万円以上: bounds on the cost in yen (costs.ts). */
  cost?: Bounds
  /** "tagged with more than one theme", テーマが2つ以上: at least 1 or 2, at most 1 (slots.ts). */
  themeCount?: ThemeCount
  /** "outside its jurisdiction", 管轄外の州で, "did not touch the state where the office is located" (jurisdiction.ts). */
  jurisdiction: JurisdictionFindings
  /** "no summary", 終了日が未入力, "a Japanese title but no English title" (presence-filters.ts). */
  presence: PresenceFindings
  /** Every span taken here: the metric readers must not read "participants" or "states" inside them. */
  spans: Span[]
}

type Kind = 'offices' | 'states' | 'regions' | 'types' | 'themes' | 'formats' | 'bestPractice'
/** The noun of a kind that may follow its excluded names ("the sister city theme", "the online format"). */
const KIND_NOUN: Partial<Record<Kind, RegExp>> = {
  themes: /^\s+(?:themes?|theme tags?)(?![a-z])/,
  formats: /^\s+formats?(?![a-z])/,
  types: /^\s+(?:types?|activity types?)(?![a-z])/,
  regions: /^\s+(?:census\s+)?regions?(?![a-z])/,
}

interface NameHit {
  kind: Kind
  value: string
  start: number
  end: number
}

const BEST_PRACTICE_NAMES = /best[- ]?practices?|showcase|flagship|good practices?|ベストプラクティス|好事例|優良事例|グッドプラクティス/u

/** The tables a negated name is looked up in, in the order recognise() reads them (offices first). */
const TABLES: ReadonlyArray<{ kind: Kind; re: RegExp; value: (text: string) => string | undefined }> = [
  { kind: 'offices', re: OFFICE_NAMES.re, value: (t) => OFFICE_NAMES.valueOf(t) },
  {
    kind: 'states',
    re: STATE_NAMES.re,
    value: (t) => {
      const v: PlaceValue | undefined = STATE_NAMES.valueOf(t)
      return v && 'state' in v ? v.state : undefined
    },
  },
  { kind: 'regions', re: REGION_NAMES.re, value: (t) => REGION_NAMES.valueOf(t) },
  { kind: 'types', re: TYPE_NAMES.re, value: (t) => TYPE_NAMES.valueOf(t) },
  { kind: 'themes', re: THEME_NAMES.re, value: (t) => THEME_NAMES.valueOf(t) },
  { kind: 'formats', re: FORMAT_NAMES.re, value: (t) => FORMAT_NAMES.valueOf(t) },
  { kind: 'bestPractice', re: new RegExp(BEST_PRACTICE_NAMES.source, 'gu'), value: () => 'true' },
]

const anchoredStart = new Map(TABLES.map((t) => [t.kind, new RegExp(`^(?:${t.re.source})`, 'u')]))
const anchoredEnd = new Map(TABLES.map((t) => [t.kind, new RegExp(`(?:${t.re.source})$`, 'u')]))

/** The name starting exactly at `pos` of `lower` (a capitalised USPS code read from `cased`), if any. */
export function nameAt(lower: string, cased: string, pos: number, only?: Kind): NameHit | undefined {
  const rest = lower.slice(pos)
  for (const t of TABLES) {
    if (only && t.kind !== only) continue
    const m = anchoredStart.get(t.kind)?.exec(rest)
    if (!m || m[0].trim() === '') continue
    const value = t.value(m[0])
    if (value !== undefined) return { kind: t.kind, value, start: pos, end: pos + m[0].length }
    // an ambiguous place (Washington, L.A.) is no name to negate
    return undefined
  }
  if (only === undefined || only === 'states') {
    const code = /^([A-Z]{2})(?![A-Za-z0-9])/.exec(cased.slice(pos))
    if (code?.[1] && STATE_CODES.has(code[1])) return { kind: 'states', value: code[1], start: pos, end: pos + 2 }
  }
  return undefined
}

/** The name ending exactly at `end` of `lower`, if any. */
export function nameBefore(lower: string, end: number, only?: Kind, cased?: string): NameHit | undefined {
  const head = lower.slice(0, end)
  for (const t of TABLES) {
    if (only && t.kind !== only) continue
    const m = anchoredEnd.get(t.kind)?.exec(head)
    if (!m || m[0].trim() === '') continue
    const value = t.value(m[0])
    if (value !== undefined) return { kind: t.kind, value, start: m.index, end }
    return undefined
  }
  // a capitalised USPS code before a Japanese negation: 「DCを除く」「TX以外」
  if (cased !== undefined && (only === undefined || only === 'states')) {
    const code = /(?<![A-Za-z0-9])([A-Z]{2})$/.exec(cased.slice(0, end))
    if (code?.[1] && STATE_CODES.has(code[1])) return { kind: 'states', value: code[1], start: end - 2, end }
  }
  return undefined
}

// English: the negation before the name, and what may stand between ("excluding events in", "outside of the").
const EN_NEGATION =
  /(?<![a-z])(?:(not counting|without counting|(?:do not|don'?t|doesn'?t|does not) count|(?:an?\s+|any\s+)?(?:offices?|consulates?)\s+other than|not (?:organi[sz]ed|run|held|hosted) by|(?:that\s+|which\s+)?(?:did not|didn'?t|do not|don'?t|does not|doesn'?t) (?:touch|involve|include)|leaving out|leave out|not touching|not involving|not in|not at|not by|not from|but not|not|excluding|exclude|excludes|except for|except in|except|excepting|outside of|outside|other than|apart from|besides|without)(?![a-z])|(non)[- ]?)(?:\s+(?:those|ones|events?|projects?|activities)\s+(?:in|at|by|from|of|held in|run by|organi[sz]ed by))?\s*(?:the\s+)?/g
const EN_JOIN = /^\s*(?:,\s*(?:and|or)?|and|or|&|\/|nor)\s*(?:the\s+)?/
const EN_EVENT_NOUN = /^\s*(?:events?|projects?|activities|programs?|programmes?|seminars?|ones)(?![a-z])/
const EN_POSTMODIFIER = /^\s*(?:events?|projects?|activities|programs?|programmes?|seminars?|ones)?\s*(?:in|at|by|from|of|for|held in|run by|organi[sz]ed by|with)\s+(?:the\s+)?/

// English, after one name: "DC doesn't count", "(Texas excluded)", "online left out". One name only: a list
// before it ("Texas and California excluded") is not read, and its words are named.
const EN_NEGATION_AFTER = /(?<![a-z])(?:(?:does not|doesn'?t|do not|don'?t) count|not counted|not included|(?:is |are |being )?excluded|left out|aside|set aside)(?![a-z])/g
const EN_LIST_BEFORE = /(?:,|&|\/|(?<![a-z])(?:and|or|nor))\s*$/

// Japanese: the negation after the name (and an optional 州 / の事業), and the list joiners before it.
const JA_NEGATION = /^(?:州|地域|地方)?(?:の)?(?:事業|イベント|案件)?(?:以外(?:の)?|を除く|を除いた|を除いて|を除き|を除けば|除く|は除く|は除いて|は除き|は含まない|は含めない|を含まない|を含めない|を対象に含(?:まない|めない|まず)|は対象外|じゃない|ではない|でない)/u
const JA_NEGATION_CUE = /以外|を除(?:く|いた|いて|き|けば)|除く|は除(?:く|いて|き)|(?:は|を)含(?:まない|めない)|を対象に含(?:まない|めない|まず)|は対象外|じゃない|ではない|でない/gu
const JA_JOIN = /(?:と|・|、|や|及び|および|,)\s*$/u
const JA_EVENT_IN_NEGATED = /^(?:州)?(?:の)?(?:事業|イベント|案件)/u

/** Reads the structure filters and consumes what it used (see the file comment for what is left unused). */
export function takeStructureFilters(scan: Scan): StructureFindings {
  const out: StructureFindings = {
    unclear: [],
    exclude: { states: [], regions: [], offices: [], types: [], themes: [], formats: [] },
    notBestPractice: false,
    withoutTheme: false,
    withoutPartner: false,
    jurisdiction: {},
    presence: {},
    spans: [],
  }
  const use = (start: number, end: number) => {
    scan.consume(start, end)
    out.spans.push({ start, end })
  }
  const add = (hits: NameHit[]) => {
    for (const h of hits) {
      if (h.kind === 'bestPractice') out.notBestPractice = true
      else (out.exclude[h.kind] as string[]).push(h.value)
    }
  }

  out.presence = takePresenceFilters(scan, use)
  Object.assign(out, takeCostFilters(scan, use))
  takeThemeless(scan, out, use)
  takePartnerless(scan, out, use)
  takeCityless(scan, out, use)
  takePartnerCount(scan, out, use)
  takeThemeCount(scan, out, use)
  takeMonthOfYear(scan, out, use)
  takeParticipantBounds(scan, out, use)
  takeZeroParticipants(scan, out, use)
  takeStateCount(scan, out, use)
  takeEventDays(scan, out, use)
  out.jurisdiction = takeJurisdiction(scan, use)
  takeAreaGloss(scan, out, use)
  takeNeitherState(scan, out, use)

  const unclearOnes = out.unclear
  const nv = (h: NameHit) => ({ kind: h.kind, value: h.value })
  // English: negation word, then one name or a list of names of one kind
  for (const m of [...scan.lower.matchAll(EN_NEGATION)]) {
    const lower = scan.lower
    if (lower.slice(m.index, m.index + m[0].length).trim() !== m[0].trim()) continue // consumed meanwhile
    const cue = m[1] ?? m[2] ?? ''
    const first = nameAt(lower, scan.cased, m.index + m[0].length)
    if (!first) continue
    const nonPrefix = cue.startsWith('non')
    if (nonPrefix && !['formats', 'types', 'themes', 'bestPractice'].includes(first.kind)) continue
    if (cue === 'without' && first.kind !== 'formats' && first.kind !== 'themes' && first.kind !== 'bestPractice') continue
    // "not touching DC": a place the event's states may touch
    if ((cue === 'not touching' || cue === 'not involving') && first.kind !== 'states' && first.kind !== 'regions') continue
    const hits = [first]
    let end = first.end
    let unclear = false
    for (;;) {
      const j = EN_JOIN.exec(lower.slice(end))
      if (!j) break
      const next = nameAt(lower, scan.cased, end + j[0].length)
      if (!next) break
      if (next.kind !== first.kind) {
        unclear = true // "excluding online and Texas events"
        if (next.kind !== 'bestPractice' && first.kind !== 'bestPractice') unclearOnes.push({ kind: 'mixed', cue: { start: m.index, end: m.index + m[0].length }, negated: hits.map(nv), other: nv(next) })
        break
      }
      hits.push(next)
      end = next.end
    }
    const after = lower.slice(end)
    // "excluding online events in Texas": is Texas part of what is excluded?
    const post = EN_POSTMODIFIER.exec(after)
    const placeCue = cue === 'outside' || cue === 'outside of' || cue === 'not in' || cue === 'not at'
    const postName = post ? nameAt(lower, scan.cased, end + post[0].length) : undefined
    if (postName && (!placeCue || EN_EVENT_NOUN.test(after))) {
      if (!unclear && postName.kind !== first.kind) unclearOnes.push({ kind: 'post', cue: { start: m.index, end: m.index + m[0].length }, negated: hits.map(nv), other: nv(postName) })
      unclear = true
    }
    // "outside Chicago": the city or the office?
    if (placeCue && first.kind === 'offices') {
      if (!unclear && hits.length === 1) unclearOnes.push({ kind: 'place_office', cue: { start: m.index, end: m.index + m[0].length }, negated: hits.map(nv) })
      unclear = true
    }
    // "not Texas" (say "not in Texas" or "outside Texas"); "not online", "not best practice" are read
    if (cue === 'not' && first.kind !== 'formats' && first.kind !== 'bestPractice' && first.kind !== 'types' && first.kind !== 'themes') unclear = true // "not Texas": say "not in Texas" or "outside Texas"
    if (unclear) continue
    if (first.kind === 'bestPractice' && bestPracticeElsewhere(lower, m.index, end)) continue
    // "except the online ones": "ones" stands for the events
    const ones = /^\s+ones(?![a-z])/.exec(lower.slice(end))
    // "excluding the sister city theme", "except the online format": the kind's own noun after its names
    const noun = (KIND_NOUN[first.kind] ?? null)?.exec(lower.slice(end))
    // "excluding the sister city theme and Texas": is Texas excluded too? not read (as with no noun)
    if (noun) {
      const j = EN_JOIN.exec(lower.slice(end + noun[0].length))
      if (j && nameAt(lower, scan.cased, end + noun[0].length + j[0].length)) continue
    }
    add(hits)
    use(m.index, end + (ones ? ones[0].length : noun ? noun[0].length : 0))
  }

  // English: one name, then "doesn't count" / "excluded"
  for (const m of [...scan.lower.matchAll(EN_NEGATION_AFTER)]) {
    const lower = scan.lower
    if (lower.slice(m.index, m.index + m[0].length) !== m[0]) continue // consumed meanwhile
    // "online events left out": the events' noun may stand between the name and the negation
    const nameEnd = lower.slice(0, m.index).replace(/\s*(?:(?:events?|projects?|activities|ones)\s*)?$/, '').length
    const hit = nameBefore(lower, nameEnd, undefined, scan.cased)
    if (!hit) continue
    const joiner = EN_LIST_BEFORE.exec(lower.slice(0, hit.start))
    if (joiner && nameBefore(lower, lower.slice(0, joiner.index).trimEnd().length, undefined, scan.cased)) continue
    if (hit.kind === 'bestPractice' && bestPracticeElsewhere(lower, hit.start, m.index + m[0].length)) continue
    add([hit])
    use(hit.start, m.index + m[0].length)
  }

  // Japanese: name(s), then 以外 / を除く / じゃない
  for (const m of [...scan.lower.matchAll(JA_NEGATION_CUE)]) {
    const lower = scan.lower
    if (lower.slice(m.index, m.index + m[0].length) !== m[0]) continue
    // the name ends before the cue, allowing 州 / の事業 between
    let nameEnd = m.index
    let hit: NameHit | undefined
    for (let k = m.index; k >= Math.max(0, m.index - 6) && !hit; k--) {
      const between = lower.slice(k, m.index + m[0].length)
      const g = JA_NEGATION.exec(between)
      if (!g || g.index !== 0 || g[0].length < between.length) continue
      const h = nameBefore(lower, k, undefined, scan.cased)
      if (h) {
        hit = h
        nameEnd = k
      }
    }
    if (!hit) continue
    const tail = JA_NEGATION.exec(lower.slice(nameEnd))
    if (!tail) continue
    // 地域 / 地方 between a name and its negation belong to a region's name only (西部地域以外)
    if (/^(?:地域|地方)/.test(tail[0]) && hit.kind !== 'regions') continue
    const hits = [hit]
    let start = hit.start
    let unclear = false
    // 「オクラホマ州、ヒューストン総以外が実施した」: an office negated as the one that ran the events — the name
    // before it is a filter of its own, never part of what is negated
    const officeAsAgent = hit.kind === 'offices' && /^\s*(?:の(?:在外)?(?:公館|総領事館))?(?:が|の)(?:実施|開催|主催)/u.test(lower.slice(nameEnd + tail[0].length))
    for (;;) {
      if (officeAsAgent) break
      const j = JA_JOIN.exec(lower.slice(0, start))
      if (!j) break
      const prev = nameBefore(lower, j.index, undefined, scan.cased)
      if (!prev) break
      if (prev.kind !== hit.kind) {
        unclear = true // 「オンラインとテキサス州以外」
        if (prev.kind !== 'bestPractice' && hit.kind !== 'bestPractice') unclearOnes.push({ kind: 'mixed', cue: { start: nameEnd, end: nameEnd + tail[0].length }, negated: [nv(prev)], other: nv(hit) })
        break
      }
      hits.unshift(prev)
      start = prev.start
    }
    // 「テキサス州のオンライン事業以外」: is Texas part of what is excluded?
    const place = JA_EVENT_IN_NEGATED.test(lower.slice(nameEnd)) && /の\s*$/.test(lower.slice(0, start)) ? nameBefore(lower, lower.slice(0, start).replace(/の\s*$/, '').length) : undefined
    if (place) {
      if (!unclear && place.kind !== hit.kind && hit.kind !== 'bestPractice') unclearOnes.push({ kind: 'post', cue: { start: nameEnd, end: nameEnd + tail[0].length }, negated: hits.map(nv), other: nv(place) })
      unclear = true
    }
    if (unclear || (hit.kind === 'bestPractice' && bestPracticeElsewhere(lower, start, nameEnd + tail[0].length))) continue
    add(hits)
    // 「シカゴ総以外の公館」「テキサス州以外の州」: the noun of the negated kind after 以外の is the rest of that kind
    const restOfKind = /の$/.test(tail[0]) ? JA_REST_OF_KIND[hit.kind]?.exec(lower.slice(nameEnd + tail[0].length)) : undefined
    use(start, nameEnd + tail[0].length + (restOfKind?.[0].length ?? 0))
  }
  return out
}

// "outside the DC area, i.e. not touching DC": the area glossed as the state itself (the same state on both
// sides, or the gloss is not read and its words are named)
const OUTSIDE_CUE = /(?<![a-z])outside\s+(?:of\s+)?(?:the\s+)?/g
const AREA_GLOSS = /^\s+area\s*,?\s*(?:i\.\s?e\.?|ie|that is|in other words)\s*,?\s*(?:not touching|not involving|not in|excluding)\s+(?:the\s+)?/

function takeAreaGloss(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  for (const m of [...scan.lower.matchAll(OUTSIDE_CUE)]) {
    const first = nameAt(scan.lower, scan.cased, m.index + m[0].length, 'states')
    if (!first) continue
    const gloss = AREA_GLOSS.exec(scan.lower.slice(first.end))
    if (!gloss) continue
    const second = nameAt(scan.lower, scan.cased, first.end + gloss[0].length, 'states')
    if (!second || second.value !== first.value) continue
    out.exclude.states.push(first.value)
    use(m.index, second.end)
  }
}

// 「テキサス州にもオクラホマ州にも関わらない」: events touching none of the states named (each with にも)
const NEITHER_JA = /にも(?:関わ|かかわ)らない|にも関係(?:しない|のない)|にもまたがらない/gu

function takeNeitherState(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  for (const m of [...scan.lower.matchAll(NEITHER_JA)]) {
    const lower = scan.lower
    const found: string[] = []
    let end = m.index
    let start = -1
    for (;;) {
      const at = lower.slice(0, end).endsWith('州') && !nameBefore(lower, end, 'states', scan.cased) ? end - 1 : end
      const hit = nameBefore(lower, at, undefined, scan.cased)
      if (!hit || hit.kind !== 'states') break
      found.unshift(hit.value)
      start = hit.start
      const joined = /(?:にも|、)\s*$/u.exec(lower.slice(0, start))
      if (!joined || !/にも/u.test(joined[0]) || found.length > 10) break
      end = joined.index
    }
    if (found.length === 0) continue
    // 「…にも関わらないもの」: もの stands for the events
    const ones = /^もの/u.exec(lower.slice(m.index + m[0].length))
    out.exclude.states.push(...found)
    use(start, m.index + m[0].length + (ones ? ones[0].length : 0))
  }
}

/** After 「…以外の」, the noun that names the rest of the negated kind (the other offices, states, regions). */
const JA_REST_OF_KIND: Partial<Record<Kind, RegExp>> = {
  offices: /^(?:在外公館|総領事館|公館|領事館)/u,
  states: /^州/u,
  regions: /^(?:地域|州)/u,
}

/** "best practices and non-best-practice events": both readings at once, the negation is left unused. */
function bestPracticeElsewhere(lower: string, start: number, end: number): boolean {
  return BEST_PRACTICE_NAMES.test(lower.slice(0, start) + ' ' + lower.slice(end))
}

// ---- events without a theme ---------------------------------------------------------------------

const THEMELESS =
  /(?<![a-z])(?:without (?:a |any )?themes?(?: tagged| set| assigned)?|with no themes?(?: tagged| set| assigned)?|(?:having |that have |that had |have |had )no themes?(?: tagged| set| assigned)?|no[- ]theme(?: tagged| set| assigned)?|untagged|theme[- ]?less|(?:that are |are )?not (?:assigned|tagged with|given) (?:a |any )?themes?|(?:that |which )?(?:did not|didn't|do not|don't|does not|doesn't) (?:have|carry|list) (?:a |any )?themes?(?: tagged| set| assigned| at all)?|un[- ]?themed)(?![a-z])|テーマ(?:が|を)?(?:未設定|未登録|未選択|なし|無し|が設定されていない|を設定していない|の設定がない|の無い|のない|がない)|テーマ(?:が)?(?:何も|ひとつも|1つも|一つも)(?:付いて|ついて|設定されて)(?:い)?ない/g

function takeThemeless(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  for (const m of scan.take(THEMELESS, { keep: true })) {
    out.withoutTheme = true
    use(m.start, m.end)
  }
}

// ---- events without a partner ---------------------------------------------------------------------

const PARTNER_EN = String.raw`(?:partner (?:organi[sz]ations?|orgs?|institutions?|groups?)|partners?|co-?hosts?|co-?organi[sz]ers?)`
const PARTNERLESS = new RegExp(
  String.raw`(?<![a-z])(?:without (?:a |any )?${PARTNER_EN}|with (?:no|zero) ${PARTNER_EN}|(?:having |that have |that had |which had |had |have |has )(?:no|zero) ${PARTNER_EN}|no[- ]partners?|partner[- ]?less|(?:that |which )?(?:did not|didn't|do not|does not) have (?:a |any )?${PARTNER_EN})(?:\s+at all)?(?![a-z])` +
    String.raw`|(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)(?:が|の|は)?(?:一つも|ひとつも|1つも|一団体も|1団体も|一切|全く|まったく)?(?:なし|無し|いない|いなかった|ない|無い|なかった|ゼロ)(?:で)?`,
  'g',
)

function takePartnerless(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  for (const m of scan.take(PARTNERLESS, { keep: true })) {
    out.withoutPartner = true
    use(m.start, m.end)
  }
}

// ---- events without a city ------------------------------------------------------------------------------

const CITYLESS = new RegExp(
  String.raw`(?<![a-z])(?:(?:with|having|that have|that had|which have|which had|have|has|had)\s+)?no\s+(?:host\s+)?city(?:\s+(?:recorded|listed|given|entered|on record))?(?![a-z])` +
    String.raw`|(?<![a-z])without\s+(?:a\s+|any\s+)?(?:recorded\s+)?city(?:\s+recorded)?(?![a-z])` +
    String.raw`|(?<![a-z])(?:(?:that |which )?(?:did not|didn't|do not|does not) have\s+(?:a\s+|any\s+)?city(?:\s+recorded)?|(?:where|whose)\s+(?:the\s+)?city\s+(?:is|was)\s+(?:not recorded|missing|blank|empty)|(?:a\s+)?(?:missing|blank|empty)\s+city)(?![a-z])` +
    String.raw`|(?:開催)?都市(?:名)?(?:が|の|は)?(?:(?:記録|登録|入力)(?:が|の)?(?:ない|無い|なし|無し|なかった)|(?:記録|登録|入力)(?:されて|して)(?:いない|ない|いなかった|なかった)|(?:記録|登録|入力)されなかった|未(?:記録|登録|入力)|(?:ない|無い|なし|無し|不明))(?:の)?`,
  'gu',
)

function takeCityless(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  const found = scan.take(CITYLESS, { keep: true })
  const [first] = found
  if (!first) return
  out.withoutCity = { start: first.start, end: first.end }
  for (const m of found) use(m.start, m.end)
}

// ---- the number of partners ----------------------------------------------------------------------------

// One partner or more, two or more, exactly one, at most one; a larger count ("3 or more partners") is no
// filter and stays unread (named). "partner(s)" may be "partner organizations", "co-hosts".
const PARTNERS_EN = String.raw`(?:partner(?:s| organi[sz]ations?| orgs?| institutions?)?|co-?hosts?|co-?organi[sz]ers?)(?![a-z])`
const HAVING_EN = String.raw`(?:(?:with|having|that had|which had|that have|which have|had|has|have|that involved|involving)\s+)?`
const PARTNER_COUNT: ReadonlyArray<[RegExp, PartnerCount]> = [
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:more than one|more than 1|over one|multiple|several|two or more|2 or more|at least two|at least 2|2\+)\s+${PARTNERS_EN}|(?<![a-z])multi[- ]?partner(?![a-z])`, 'g'), { gte: 2 }],
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:at least one|at least 1|one or more|1 or more|1\+)\s+${PARTNERS_EN}`, 'g'), { gte: 1 }],
  // "events with a partner", "had partners", "with any partners": a partner at all (never a partner named after it)
  [new RegExp(String.raw`(?<![a-z])(?:with|having|that had|which had|that have|which have|had|has|have)\s+(?:an?\s+|any\s+)?${PARTNERS_EN}(?!\s*(?:named|called|like|such|from|of|including|is|was|were|are|:|"|'|“|‘))`, 'g'), { gte: 1 }],
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:exactly one|exactly 1|only one|just one|a single|one single)\s+${PARTNERS_EN}`, 'g'), { gte: 1, lte: 1 }],
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:at most one|at most 1|no more than one|no more than 1|one or fewer|one or no)\s+${PARTNERS_EN}`, 'g'), { lte: 1 }],
  [/(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)(?:の数)?(?:が|は)?\s*(?:2|２|二|ふた)(?:つ|団体|者|社|機関)?以上(?:ある|あった|の)?|複数(?:の)?(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)(?:と(?:連携|共催)(?:した|して|の)?|が?(?:ある|あった|いる|いた)|の|で)?/gu, { gte: 2 }],
  [/(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)(?:の数)?(?:が|は)?\s*(?:1|１|一|ひと)(?:つ|団体|者|社|機関)?以上(?:ある|あった|の)?|(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)(?:が|の)?(?:ある|あった|いる|いた|あり|有り|有る|付き)(?:の)?/gu, { gte: 1 }],
  [/(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)(?:の数)?(?:が|は)?\s*(?:1|１|一|ひと)(?:つ|団体|者|社|機関)(?:のみ|だけ)(?:の)?/gu, { gte: 1, lte: 1 }],
]

// Any other count (Event.partnerCount): "exactly two partner organisations", "3 or more partners", "more than
// two partners" (3 or more), "at most two partners", パートナーが3団体以上, パートナーがちょうど2団体の事業 (ちょうど is
// required: 「パートナーが2団体の事業」 is left to be named)
const PARTNER_N = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)`
const PARTNER_N_JA = String.raw`(\d{1,3}|一|二|三|四|五|六|七|八|九|十)`
const PARTNER_NOUN_JA = String.raw`(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)`
const KANJI_N: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const partnerN = (raw: string | undefined): number => (raw === undefined ? NaN : (SMALL[raw] ?? KANJI_N[raw] ?? Number(raw)))
const PARTNER_COUNT_N: ReadonlyArray<[RegExp, (n: number) => PartnerCount | undefined]> = [
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}exactly\s+${PARTNER_N}\s+${PARTNERS_EN}`, 'g'), (n) => (n >= 2 ? { gte: n, lte: n } : undefined)],
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:at least\s+${PARTNER_N}|${PARTNER_N}\s+or more|${PARTNER_N}\+)\s+${PARTNERS_EN}`, 'g'), (n) => (n >= 3 ? { gte: n } : undefined)],
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:more than|over)\s+${PARTNER_N}\s+${PARTNERS_EN}`, 'g'), (n) => (n >= 2 ? { gte: n + 1 } : undefined)],
  [new RegExp(String.raw`(?<![a-z])${HAVING_EN}(?:at most|no more than)\s+${PARTNER_N}\s+${PARTNERS_EN}`, 'g'), (n) => (n >= 2 ? { lte: n } : undefined)],
  [new RegExp(String.raw`${PARTNER_NOUN_JA}(?:の数)?(?:が|は)?\s*${PARTNER_N_JA}(?:つ|団体|者|社|機関)?以上(?:ある|あった|の)?`, 'gu'), (n) => (n >= 3 ? { gte: n } : undefined)],
  [new RegExp(String.raw`${PARTNER_NOUN_JA}(?:の数)?(?:が|は)?\s*ちょうど${PARTNER_N_JA}(?:つ|団体|者|社|機関)(?:ある|あった|の|で)?`, 'gu'), (n) => (n >= 1 ? { gte: n, lte: n } : undefined)],
]

function takePartnerCount(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  // beside "no partner" no count is read
  if (out.withoutPartner) return
  const forms = [
    ...PARTNER_COUNT.map(([re, b]) => [re, () => b] as const),
    ...PARTNER_COUNT_N.map(([re, read]) => [re, (g: (string | undefined)[]) => read(partnerN(g.find((x) => x !== undefined)))] as const),
  ]
  // a form with a number never reads words a fixed form read ("exactly one partner")
  const count = agreedBound(scan, forms, use, { skipOverlapsFrom: PARTNER_COUNT.length })
  if (count) out.partnerCount = count
}

// ---- the number of themes -----------------------------------------------------------------------------

// One theme or more, two or more, exactly one, at most one ("tagged with more than one theme", テーマが2つ以上
// 設定されている事業); a larger count ("3 or more themes") is no filter and stays unread (named).
const THEMES_EN = String.raw`(?:themes?|theme tags?)(?![a-z])`
const TAGGED_EN = String.raw`(?:(?:that were |which were |that are |which are |were |are |was |is )?(?:tagged|labell?ed|classified|filed)\s+(?:with|under|as)\s+|(?:with|having|that had|which had|that have|which have|had|has|have|carrying|covering)\s+)?`
const THEME_COUNT: ReadonlyArray<[RegExp, ThemeCount]> = [
  [new RegExp(String.raw`(?<![a-z])${TAGGED_EN}(?:more than one|more than 1|over one|multiple|several|two or more|2 or more|at least two|at least 2|2\+)\s+${THEMES_EN}|(?<![a-z])multi[- ]?theme(?:d)?(?![a-z])`, 'g'), { gte: 2 }],
  [new RegExp(String.raw`(?<![a-z])${TAGGED_EN}(?:at least one|at least 1|one or more|1 or more|1\+)\s+${THEMES_EN}`, 'g'), { gte: 1 }],
  [new RegExp(String.raw`(?<![a-z])${TAGGED_EN}(?:exactly one|exactly 1|only one|just one|a single|one single)\s+${THEMES_EN}`, 'g'), { gte: 1, lte: 1 }],
  [new RegExp(String.raw`(?<![a-z])${TAGGED_EN}(?:at most one|at most 1|no more than one|no more than 1|one or fewer)\s+${THEMES_EN}`, 'g'), { lte: 1 }],
  [/テーマ(?:の数)?(?:が|を)?\s*(?:2|２|二|ふた)(?:つ|個|件)?以上(?:設定(?:されている|された|されて(?:い)?た|の)?|(?:付いている|付いた|ついている|ついた|ある|あった|の))?|複数(?:の)?テーマ(?:が(?:設定(?:されている|された)|付いている|ついている|ある|あった)|を(?:持つ|設定した)|に(?:該当する|またがる)|の)?/gu, { gte: 2 }],
  [/テーマ(?:の数)?(?:が|を)?\s*(?:1|１|一|ひと)(?:つ|個|件)?以上(?:設定(?:されている|された|の)?|(?:付いている|ついている|ある|あった|の))?/gu, { gte: 1 }],
  [/テーマ(?:の数)?(?:が|を)?\s*(?:1|１|一|ひと)(?:つ|個|件)(?:のみ|だけ)(?:設定(?:されている|された|の)?|(?:の))?/gu, { gte: 1, lte: 1 }],
]

function takeThemeCount(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  // beside "without a theme" no count is read
  if (out.withoutTheme) return
  const count = agreedBound(scan, THEME_COUNT.map(([re, b]) => [re, () => b] as const), use)
  if (count) out.themeCount = count
}

// ---- a calendar month in every year ---------------------------------------------------------------

const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}
const ALL_YEARS_EN = String.raw`(?:(?:across|over|in|for|during|throughout|of)\s+(?:all|every|each|any)\s+(?:of\s+)?(?:the\s+)?(?:fiscal\s+)?years|(?:in|of|during)\s+any\s+(?:fiscal\s+)?year|all (?:fiscal )?years|regardless of (?:the )?(?:fiscal )?year)`
// the month, then "events" or nothing, then the years (used); or the month before a per-year cue ("each year",
// left to the breakdown by fiscal year)
const MONTH_ALL_YEARS_EN = new RegExp(
  String.raw`(?<![a-z0-9])(?:in\s+|during\s+)?(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|(?<=in )may)(?![a-z])(?!\s*\d)(\s+(?:events?|activities|projects)\s*,?)?\s*,?\s*(${ALL_YEARS_EN}|(?=(?:of\s+)?(?:each|every)\s+(?:fiscal\s+)?year(?![a-z])))`,
  'g',
)
const MONTH_IN_EN = new RegExp(String.raw`(?<![a-z0-9])(?:(?:in|during)\s+)?${'(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|(?<=in )may)'}(?![a-z])(?!\s*,?\s*\d)(?!\s*(?:-|–|~|〜|to|through|thru|until|and|or|of|in)(?![a-z]))`, 'g')
const PER_YEAR_EN = /(?<![a-z])(?:each|every)\s+(?:fiscal\s+)?year(?![a-z'’])|(?<![a-z])(?:by|per)\s+(?:fiscal\s+year|fy|year)(?![a-z])|(?<![a-z])year[- ]by[- ]year(?![a-z])/
const MONTH_JA = /(?<![0-9度〜~\-/])(?<![0-9０-９元昨今去前来翌]年)(1[0-2]|[1-9])月(?![0-9日〜~\-])(?!(?:から|まで|以降|以前|より))/g
// 毎年・例年・全年度・年度を問わず (used here); 各年度・年度別・年度ごと・毎年度 are the breakdown by fiscal year
const ALL_YEARS_JA = /(?:全年度|すべての年度|全ての年度|年度を問わず|年を問わず|(?<!年)毎年(?!度)|例年|歴年|各年(?!度))(?:の|で|に)?/g
const PER_YEAR_JA = /各年度|年度別|年度ごと|年度毎|毎年度|年別|年ごと/

// Several months in every year: a range ("June to August across all years", 6〜8月（全年度）, Dec-Feb wraps
// the year end) or a list ("June, July and August in all years", 6月・7月・8月（全年度）); a season word is taken
// only with its months written out ("winter (Dec-Feb)", 夏（6〜8月）), which say the season recurs every year.
const MONTH_EN = `(${Object.keys(MONTHS_EN).sort((a, b) => b.length - a.length).join('|')})`
const MONTH_RANGE_EN = String.raw`(?:from\s+|between\s+)?${MONTH_EN}\.?\s*(?:-|–|~|〜|to|through|thru|until|and)\s*${MONTH_EN}(?![a-z])`
const MONTH_LIST_EN = String.raw`${MONTH_EN}(?:\s*,\s*${MONTH_EN})*\s*,?\s*(?:and|or|&)\s+${MONTH_EN}(?![a-z])`
const SEASON_EN = String.raw`(?:summer|winter|spring|fall|autumn)(?:\s+(?:months|season))?`
const MONTH_RANGE_JA = String.raw`(1[0-2]|[1-9])月?\s*(?:〜|~|～|-|–|から)\s*(1[0-2]|[1-9])月(?:まで)?`
const MONTH_LIST_JA = String.raw`(?:(?:1[0-2]|[1-9])月(?:・|、|と|及び|および|や)){1,11}(?:1[0-2]|[1-9])月`
const SEASON_JA = String.raw`(?:夏|冬|春|秋)(?:季|期|場)?`
const MONTHS_ALL_YEARS: ReadonlyArray<{ re: RegExp; season: boolean }> = [
  { re: new RegExp(String.raw`(?<![a-z])(?:in\s+|during\s+)?(?:the\s+)?${SEASON_EN}\s*\(\s*(?:${MONTH_RANGE_EN}|${MONTH_LIST_EN})\s*\)`, 'g'), season: true },
  { re: new RegExp(String.raw`${SEASON_JA}\s*[（(]\s*(?:${MONTH_RANGE_JA}|${MONTH_LIST_JA})\s*[）)](?:の|に|で)?`, 'gu'), season: true },
  { re: new RegExp(String.raw`(?<![a-z0-9])(?:in\s+|during\s+)?(?:${MONTH_RANGE_EN}|${MONTH_LIST_EN})(?!\s*\d)`, 'g'), season: false },
  { re: new RegExp(String.raw`(?<![0-9度/\-])(?<![0-9０-９元昨今去前来翌]年)(?:${MONTH_RANGE_JA}|${MONTH_LIST_JA})(?![0-9日])(?:の|に|で)?`, 'gu'), season: false },
]

/** The months named in a range or list (a range may wrap the year end: Dec–Feb = 12, 1, 2); undefined when none. */
function monthsOf(text: string): number[] | undefined {
  const names = [...text.matchAll(new RegExp(MONTH_EN, 'g'))].map((m) => MONTHS_EN[m[1] ?? ''])
  const nums = [...text.matchAll(/(1[0-2]|[1-9])(?=月|\s*(?:〜|~|～|-|–|から))/gu)].map((m) => Number(m[1]))
  const found = (names.length > 0 ? names : nums).filter((n): n is number => n !== undefined)
  if (found.length < 2) return undefined
  const ranged = /(?:-|–|~|〜|～|to|through|thru|until|から)/.test(text) && !/,|、|・|(?<![a-z])(?:and|or)(?![a-z])|と|及び|および|や/.test(text.replace(/between\s+\w+\s+and/, ''))
  const between = /between\s+\w+\.?\s+and/.test(text)
  if ((ranged || between) && found.length === 2) {
    const [a, b] = found as [number, number]
    const out: number[] = []
    for (let m = a; ; m = (m % 12) + 1) {
      out.push(m)
      if (m === b || out.length > 12) break
    }
    return out.length <= 11 ? out : undefined
  }
  const set = [...new Set(found)]
  return set.length === found.length && set.length <= 11 ? set.sort((x, y) => x - y) : undefined
}

function takeMonthsOfYear(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): boolean {
  for (const { re, season } of MONTHS_ALL_YEARS) {
    const found = scan.take(re, { keep: true })
    const [m] = found
    if (m === undefined) continue
    if (found.length > 1) return false
    const months = monthsOf(m.text)
    if (months === undefined) return false
    // without a season word, the years must be said: across all years, 全年度, 毎年
    const en = season ? [] : scan.take(new RegExp(String.raw`\s*,?\s*\(?\s*${ALL_YEARS_EN}\s*\)?`, 'g'), { keep: true })
    const ja = season ? [] : scan.take(new RegExp(String.raw`[（(]?\s*(?:${ALL_YEARS_JA.source})\s*[）)]?`, 'gu'), { keep: true })
    // "each year", 年度別 after the months: the months of every year, broken down by fiscal year (the cue is the breakdown's)
    const perYear = /(?<![a-z])(?:each|every|per)\s+(?:fiscal\s+)?year(?![a-z])|各年度|年度別|年度ごと|年度毎|毎年度/.test(scan.lower)
    if (!season && en.length + ja.length === 0 && !perYear) return false
    out.months = months
    use(m.start, m.end)
    for (const c of [...en, ...ja]) use(c.start, c.end)
    return true
  }
  return false
}

function takeMonthOfYear(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  if (takeMonthsOfYear(scan, out, use)) return
  const en = scan.take(MONTH_ALL_YEARS_EN, { keep: true })
  if (en.length === 1 && en[0]) {
    const m = en[0]
    const month = MONTHS_EN[(m.groups[0] ?? '').trim()]
    if (month === undefined) return
    out.months = [month]
    const head = m.text.length - (m.groups[2]?.length ?? 0) - (m.groups[1]?.length ?? 0)
    const monthEnd = m.start + m.text.slice(0, head).trimEnd().length
    use(m.start, monthEnd)
    if (m.groups[2]) use(m.end - m.groups[2].length, m.end)
    return
  }
  // "how many events in each fiscal year were in December", "December events by fiscal year": the per-year cue
  // said anywhere (left to the breakdown by fiscal year) makes a month with no year of its own every year's
  const inMonth = scan.take(MONTH_IN_EN, { keep: true })
  if (inMonth.length === 1 && inMonth[0] && PER_YEAR_EN.test(scan.lower)) {
    const month = MONTHS_EN[inMonth[0].groups[0] ?? '']
    if (month === undefined) return
    out.months = [month]
    use(inMonth[0].start, inMonth[0].end)
    return
  }
  const months = scan.take(MONTH_JA, { keep: true })
  if (months.length !== 1 || !months[0]) return
  const cues = scan.take(ALL_YEARS_JA, { keep: true })
  if (cues.length === 0 && !PER_YEAR_JA.test(scan.lower)) return
  out.months = [Number(months[0].groups[0])]
  use(months[0].start, months[0].end)
  for (const c of cues) use(c.start, c.end)
}

// ---- participants -------------------------------------------------------------------------------

type Op = 'gt' | 'gte' | 'lt' | 'lte'
const EN_OPS: ReadonlyArray<[RegExp, Op]> = [
  [/^(?:over|more than|greater than|above|exceeding|exceeded|topped|surpassed|in excess of)$/, 'gt'],
  [/^(?:at least|no fewer than|no less than|a minimum of|min(?:imum)? of|reached)$/, 'gte'],
  [/^(?:under|less than|fewer than|below)$/, 'lt'],
  [/^(?:at most|no more than|up to|a maximum of|not more than)$/, 'lte'],
]
// 1,000 · 1000 · 1万 · 1.5万 · 1k · 2.5k · "a thousand" · "two thousand"
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{1,2})?\s?万|\d{1,4}(?:\.\d)?k(?![a-z])|\d{1,8}|(?:a|one|two|three|five|ten)\s+thousand)`
const PEOPLE_EN = String.raw`(?:participants?|attendees?|people|persons|visitors|guests)(?![a-z])`
const PARTICIPANTS_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:with|having|that had|which had|that drew|drawing|attended by|attracting)\s+)?(over|more than|greater than|above|exceeding|in excess of|at least|no fewer than|no less than|a minimum of|under|less than|fewer than|below|at most|no more than|not more than|up to|a maximum of)\s+${NUMBER}\s+${PEOPLE_EN}` +
    String.raw`|(?<![a-z])(?:(?:with|having|that had|which had)\s+)?${NUMBER}(\+|\s+or more|\s+or fewer|\s+or less)\s+${PEOPLE_EN}` +
    // the people first: "where participants topped 1,000", "attendance over 500", "turnout of at least 200"
    String.raw`|(?<![a-z])(?:(?:where|whose|with|when)\s+)?(?:the\s+)?(?:participants?|attendees?|attendance|turnout|participant count|number of participants)\s+(?:was\s+|were\s+|of\s+|is\s+)?(over|more than|greater than|above|exceeding|exceeded|topped|surpassed|in excess of|at least|no fewer than|no less than|reached|under|less than|fewer than|below|at most|no more than|not more than|up to)\s+${NUMBER}(?!\d|,\d)(?:\s+(?:people|persons|participants|attendees))?` +
    // "drew 10,000 people or more": the bound after the people
    String.raw`|(?<![a-z\d,.])${NUMBER}\s+${PEOPLE_EN}\s+(or more|or fewer|or less)(?![a-z])`,
  'g',
)
// Both ends at once, inclusive: "between 500 and 1,000 participants", "500 to 1,000 attendees", "exactly 100
// participants", 参加者500〜1,000名, 参加者数がちょうど100名.
const PARTICIPANT_RANGE = new RegExp(
  String.raw`(?<![a-z])(?:(?:with|having|that had|which had|that drew|attended by)\s+)?(?:between\s+${NUMBER}\s+and\s+|${NUMBER}\s*(?:to\s+|-|–|—)\s*)${NUMBER}\s+${PEOPLE_EN}(?:\s*,?\s*\(?\s*(?:both\s+)?inclusive(?:\s+of\s+both(?:\s+ends)?)?\s*\)?)?` +
    String.raw`|(?<![a-z])(?:(?:with|having|that had|which had|that drew|attended by)\s+)?(?:exactly|precisely)\s+${NUMBER}\s+${PEOPLE_EN}` +
    String.raw`|(?:参加者(?:数)?(?:が|は)?\s*)${NUMBER}\s*(?:名|人)?\s*(?:から|〜|～|~|-|–)\s*${NUMBER}\s*(?:名|人)(?:まで)?(?:の)?` +
    String.raw`|(?:参加者(?:数)?(?:が|は)?\s*)?(?:ちょうど|丁度)\s*${NUMBER}\s*(?:名|人)(?:の)?`,
  'g',
)
const PARTICIPANTS_JA = new RegExp(
  String.raw`(参加者(?:数)?(?:が|は)?\s*)?${NUMBER}\s*(名|人)?\s*(以上|以下|未満|超(?:え)?|を超える|を超えた|を上回る|より多い|より少ない)(?:の)?`,
  'g',
)

/** The other end of a participant bound right after one, with no noun of its own ("… participants and less than 1000"). */
const SECOND_BOUND_EN = new RegExp(
  String.raw`^\s*,?\s*(?:and|but)\s+(?:with\s+)?(under|less than|fewer than|below|at most|no more than|not more than|over|more than|above|at least|no fewer than)\s+${NUMBER}(?![\d,.])(?!\s*(?:states?|partners?|days?|events?|themes?|cities|offices?|yen|dollars?|percent|%|¥|\$|円|件|州|日))`,
)

/** A participant bound and the other end after it with no noun of its own ("… participants and less than 1000"), for strayThreshold. */
const BOUND_AND_SECOND_EN = new RegExp(`(?:${PARTICIPANTS_EN.source})${SECOND_BOUND_EN.source.replace(/^\^/, '')}`, 'g')

/** A participant count as written: "1,000", "1000", 「1万」「1.5万」 (万 = 10,000). */
const THOUSANDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, five: 5, ten: 10 }
const toNumber = (s: string): number => {
  const man = /^([\d.]+)\s?万$/.exec(s)
  if (man) return Math.round(Number(man[1]) * 10_000)
  const k = /^([\d.]+)k$/.exec(s)
  if (k) return Math.round(Number(k[1]) * 1_000)
  const words = /^([a-z]+)\s+thousand$/.exec(s)
  if (words) return (THOUSANDS[words[1] ?? ''] ?? Number.NaN) * 1_000
  return Number(s.replace(/,/g, ''))
}

function takeParticipantBounds(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  const bounds: Bounds = {}
  let conflict = false
  const put = (op: Op, n: number) => {
    const lower = op === 'gt' || op === 'gte'
    const taken = lower ? bounds.gt !== undefined || bounds.gte !== undefined : bounds.lt !== undefined || bounds.lte !== undefined
    if (taken || !Number.isSafeInteger(n) || n > 10_000_000) conflict = true
    else bounds[op] = n
  }
  const found: Match[] = []
  for (const m of scan.take(PARTICIPANT_RANGE, { keep: true })) {
    const [a, b, c, d, e, f, g] = m.groups
    const [low, high] = a !== undefined ? [a, c] : b !== undefined ? [b, c] : d !== undefined ? [d, d] : e !== undefined ? [e, f] : [g, g]
    put('gte', toNumber(low ?? ''))
    put('lte', toNumber(high ?? ''))
    found.push(m)
  }
  for (const m of scan.take(PARTICIPANTS_EN, { keep: true })) {
    const word = m.groups[0] ?? m.groups[4]
    const n = toNumber(m.groups[1] ?? m.groups[2] ?? m.groups[5] ?? m.groups[6] ?? '')
    if (word) {
      const op = EN_OPS.find(([re]) => re.test(word))?.[1]
      if (op) put(op, n)
    } else {
      const tail = (m.groups[3] ?? m.groups[7] ?? '').trim()
      put(tail === '+' || tail === 'or more' ? 'gte' : 'lte', n)
    }
    found.push(m)
    // "more than 500 participants and less than 1000": the other end, its noun left out
    const other = SECOND_BOUND_EN.exec(scan.lower.slice(m.end))
    const op = other ? EN_OPS.find(([re]) => re.test(other[1] ?? ''))?.[1] : undefined
    if (other && op) {
      put(op, toNumber(other[2] ?? ''))
      found.push({ ...m, start: m.end, end: m.end + other[0].length, text: other[0] })
    }
  }
  for (const m of scan.take(PARTICIPANTS_JA, { keep: true })) {
    const [prefix, num, unit, op] = m.groups
    if (!prefix && !unit) continue // 「1000件以上」 is no participant bound
    const n = toNumber(num ?? '')
    put(op === '以上' ? 'gte' : op === '以下' ? 'lte' : op === '未満' || op === 'より少ない' ? 'lt' : 'gt', n)
    found.push(m)
  }
  // two bounds on one side ("over 100 and over 500"): left unused, never guessed
  if (conflict || found.length === 0 || (bounds.gt ?? bounds.gte ?? -1) > (bounds.lt ?? bounds.lte ?? Infinity)) return
  out.participantCount = bounds
  for (const m of found) use(m.start, m.end)
}

// "zero participants", 参加者0名, 参加者がいない: events whose recorded participants are 0 (a count is
// required on every event, so 0 is a count recorded as 0). With another participant bound the words are left unused.
const ZERO_PARTICIPANTS =
  /(?<![a-z0-9.,])(?:(?:with|having|that had|which had)\s+)?(?:zero|no|0)\s+(?:participants?|attendees?)(?![a-z])|(?<![a-z])(?:participants?|attendance|turnout)\s+(?:of\s+|was\s+|were\s+)?(?:zero|0)(?![a-z0-9])|参加者(?:数)?(?:が|は)?\s*(?:0|ゼロ)\s*(?:名|人)?(?:の)?(?![0-9])|参加者(?:が)?(?:いない|いなかった|なし|無し)(?:の)?/g

function takeZeroParticipants(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  if (out.participantCount !== undefined) return
  const found = scan.take(ZERO_PARTICIPANTS, { keep: true })
  if (found.length === 0) return
  out.participantCount = { lte: 0 }
  for (const m of found) use(m.start, m.end)
}

// ---- number of states ---------------------------------------------------------------------------

const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
const COUNT = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)`
const STATE_COUNT: ReadonlyArray<[RegExp, (g: (string | undefined)[]) => Bounds | undefined]> = [
  [/(?<![a-z])multi[- ]?states?(?![a-z])|(?<![a-z])(?:spanning|across|covering|in|involving|touching|held in)\s+(?:multiple|several|more than one|two or more|2 or more)\s+states(?![a-z])|(?<![a-z])(?:cross|inter)[- ]?state(?![a-z])/g, () => ({ gte: 2 })],
  [new RegExp(String.raw`(?<![a-z])(?:spann?(?:ed|ing|s)?|across|covere?(?:d|ing|s)?|in|involv(?:ed|ing|es)?|touch(?:ed|ing|es)?|reach(?:ed|ing|es)?|held in)\s+(?:(?:at least\s+${COUNT}|${COUNT}\s+or more|${COUNT}\+)\s+states|${COUNT}\s+states\s+or more)(?![a-z])`, 'g'), (g) => atLeast(g[0] ?? g[1] ?? g[2] ?? g[3])],
  [new RegExp(String.raw`(?<![a-z])(?:spann?(?:ed|ing|s)?|covere?(?:d|ing|s)?|touch(?:ed|ing|es)?|involv(?:ed|ing|es)?|reach(?:ed|ing|es)?|across)\s+(?:more than one|multiple|several|two or more|2 or more|over one)\s+states?(?![a-z])`, 'g'), () => ({ gte: 2 })],
  [new RegExp(String.raw`(?<![a-z])(?:spann?(?:ed|ing|s)?|covere?(?:d|ing|s)?|touch(?:ed|ing|es)?|involv(?:ed|ing|es)?)\s+(?:exactly\s+)?${COUNT}\s+states(?![a-z])(?!\s+or (?:more|over|fewer|less))`, 'g'), (g) => exactly(g[0])],
  [/(?<![a-z])single[- ]states?(?![a-z])|(?<![a-z])(?:in|held in)\s+(?:only\s+)?(?:one|a single|1)\s+state\s+only(?![a-z])|(?<![a-z])(?:in|held in)\s+only\s+(?:one|a single|1)\s+state(?![a-z])/g, () => ({ lte: 1 })],
  [/複数(?:の)?州に(?:またが|わた|跨が|跨)(?:って(?:実施|開催)(?:された|した)|る|った|り)|複数州(?:の|で|にまたがる)?(?=事業|イベント|案件)|(?:複数(?:の)?)?州を(?:またぐ|またいだ|跨ぐ|跨いだ|またいで)/gu, () => ({ gte: 2 })],
  // 3州にまたがる事業: spanning that many states, as "spanning 3 states" is (以上 would say "at least")
  [/(?<![\d０-９])(\d{1,2}|二|三|四|五|六|七|八|九|十)\s*州に(?:またが|跨が|跨)(?:る|った|って|り)(?=(?:の)?(?:事業|イベント|案件))/gu, (g) => exactly(g[0] === undefined ? undefined : String(KANJI_N[g[0]] ?? g[0]))],
  [/(?:(\d{1,2})\s*州以上|(\d{1,2})\s*(?:つ|か所|カ所)?以上の州)に(?:またが|わた|跨が|跨)(?:る|った|って|り)|(\d{1,2})\s*州以上(?:の|で)(?=(?:(?:実施|開催)(?:した|された|の))?(?:事業|イベント|案件))|(\d{1,2})\s*州以上を対象と(?:した|する)(?=(?:事業|イベント|案件))/gu, (g) => atLeast(g[0] ?? g[1] ?? g[2] ?? g[3])],
  [/単一(?:の)?州(?:のみ)?(?:の|で)(?=事業|イベント|案件)|(?:1|一)州のみ(?:の|で)(?=事業|イベント|案件)/gu, () => ({ lte: 1 })],
  // "events with exactly 3 states", "held in exactly two states", ちょうど3州を対象にした事業 (ちょうど is required in
  // Japanese: 「3州を対象にした事業」 is left to be named); exactly one state is a single-state event
  [new RegExp(String.raw`(?<![a-z])(?:with|in|held in|across|covering|targeting|involving|touching|reaching)\s+exactly\s+(?:${COUNT}\s+states|(one|1|a single)\s+state)(?![a-z])`, 'g'), (g) => (g[1] !== undefined ? { lte: 1 } : exactly(g[0]))],
  [/ちょうど\s*(\d{1,2}|二|三|四|五|六|七|八|九|十)\s*(?:つの)?州(?:を対象(?:に|と)(?:した|する|して)|に(?:またが|わた|跨が|跨)(?:る|った|って|り)|で(?:実施|開催)(?:した|された|の)|の)(?=(?:(?:実施|開催)(?:した|された|の))?(?:事業|イベント|案件))/gu, (g) => exactly(g[0] === undefined ? undefined : String(KANJI_N[g[0]] ?? g[0]))],
]

/** "spanned 3 states": exactly that many (2–51). */
function exactly(raw: string | undefined): Bounds | undefined {
  const n = raw === undefined ? NaN : (SMALL[raw] ?? Number(raw))
  return Number.isInteger(n) && n >= 2 && n <= 51 ? { gte: n, lte: n } : undefined
}

function atLeast(raw: string | undefined): Bounds | undefined {
  const n = raw === undefined ? NaN : (SMALL[raw] ?? Number(raw))
  return Number.isInteger(n) && n >= 2 && n <= 51 ? { gte: n } : undefined
}

/**
 * The one bound every form of `forms` found in the question agrees on, its words used; undefined (nothing
 * used) when none is found or two differ ("multi-state single-state events", "multi-day one-day events").
 * A match of the forms from index `skipOverlapsFrom` on overlapping the words of one read before it is not a
 * reading.
 */
function agreedBound<B>(
  scan: Scan,
  forms: ReadonlyArray<readonly [RegExp, (g: (string | undefined)[]) => B | undefined]>,
  use: (s: number, e: number) => void,
  options: { skipOverlapsFrom?: number } = {},
): B | undefined {
  const readings: B[] = []
  const spans: Span[] = []
  for (const [i, [re, read]] of forms.entries()) {
    const skipOverlaps = options.skipOverlapsFrom !== undefined && i >= options.skipOverlapsFrom
    for (const m of scan.take(re, { keep: true })) {
      const b = read(m.groups)
      if (b === undefined || (skipOverlaps && spans.some((sp) => sp.start < m.end && m.start < sp.end))) continue
      readings.push(b)
      spans.push({ start: m.start, end: m.end })
    }
  }
  const first = readings[0]
  if (!first || readings.some((b) => JSON.stringify(b) !== JSON.stringify(first))) return undefined
  for (const s of spans) use(s.start, s.end)
  return first
}

function takeStateCount(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  const bound = agreedBound(scan, STATE_COUNT, use)
  if (bound) out.stateCount = bound
}

// ---- days an event spans, and weekend events -------------------------------------------------------------

const DAYS_N = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)`
const LASTING = String.raw`(?:lasting|lasted|that lasted|which lasted|running|ran|held over|spanning|spanned|that spanned|which spanned|over)`
const EVENT_DAYS: ReadonlyArray<[RegExp, (g: (string | undefined)[]) => Bounds | undefined]> = [
  [new RegExp(String.raw`(?<![a-z])multi[- ]?days?(?![a-z])|(?<![a-z])${LASTING}\s+(?:multiple|several|more than one|two or more|2 or more)\s+days(?![a-z])`, 'g'), () => ({ gte: 2 })],
  [new RegExp(String.raw`(?<![a-z])(?:${LASTING}\s+)?(?:more than|over|longer than)\s+${DAYS_N}\s+days?(?![a-z])`, 'g'), (g) => days(g[0], 'gt')],
  [new RegExp(String.raw`(?<![a-z])(?:${LASTING}\s+)?(?:at least\s+${DAYS_N}\s+days?|${DAYS_N}\s+(?:or more\s+days|days or (?:more|longer)))(?![a-z])`, 'g'), (g) => days(g[0] ?? g[1], 'gte')],
  [/(?<![a-z])(?:one|single|1)[- ]day(?=\s+(?:events?|projects?|activities))/g, () => ({ lte: 1 })],
  [new RegExp(String.raw`(?<![a-z])(?:${LASTING}\s+)?(?:more than|longer than)\s+(?:one|a|1|a single)\s+day(?![a-z])`, 'g'), () => ({ gte: 2 })],
  [/複数日(?:間)?(?:にわた(?:る|った|って)|にまたが(?:る|った)|の|で)?/gu, () => ({ gte: 2 })],
  [/(?:(?:実施|開催)?期間が?)?(\d{1,3})\s*日(?:間)?以上(?:にわた(?:る|った)|続いた|の)?/gu, (g) => days(g[0], 'gte')],
  [/(?:(?:実施|開催)?期間が?)?(\d{1,3})\s*日(?:間)?(?:を超える|を超えた|超の?)/gu, (g) => days(g[0], 'gt')],
  // exactly N days: "lasted exactly two days", ちょうど2日間の事業 (ちょうど is required: 「2日間の事業」 alone is left unread)
  [new RegExp(String.raw`(?<![a-z])(?:${LASTING}\s+|(?:that\s+|which\s+)?(?:lasted|last|were|was)\s+|for\s+)?exactly\s+${DAYS_N}\s+days?(?![a-z])`, 'g'), (g) => exactDays(g[0])],
  [/(?:(?:実施|開催)?期間が?)?ちょうど\s*(\d{1,3})\s*日(?:間)?(?:にわた(?:る|った)|続いた|の|で)?/gu, (g) => exactDays(g[0])],
  // a length with no bound word is that length: "events lasting 2 days", "two-day events" (read after the bounded forms)
  [new RegExp(String.raw`(?<![a-z])(?:lasting|lasted|running|ran|spanning|spanned)\s+${DAYS_N}\s+days(?![a-z])|(?<![a-z])${DAYS_N}[- ]day(?=\s+(?:events?|projects?|activities|programs?|programmes?)(?![a-z]))`, 'g'), (g) => exactDays(g[0] ?? g[1])],
]
const WEEKEND = /(?<![a-z])(?:(?:held|run|on|over|during)\s+)?(?:the\s+)?weekends?(?![a-z])|(?<![a-z])(?:on\s+)?(?:a\s+)?saturdays?\s+(?:or|and|&)\s+sundays?(?![a-z])|(?:土日|土曜(?:日)?(?:・|と|か|や|又は|または)日曜(?:日)?|週末)(?:に|の|で)?(?:(?:実施|開催)(?:した|された|の)?)?/gu

// One day of the week, recurring: "events held on Mondays", "on a Friday", "Tuesday events", 月曜日に開始した事業,
// 金曜日の事業. Not a date: "last Monday", 先週の月曜日 are left to be named.
const WEEKDAY_EN: Record<string, 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'> = { monday: 'mon', tuesday: 'tue', wednesday: 'wed', thursday: 'thu', friday: 'fri', saturday: 'sat', sunday: 'sun' }
const WEEKDAY_JA: Record<string, 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'> = { 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat', 日: 'sun' }
const ONE_WEEKDAY =
  /(?<![a-z])(?<!(?:last|this|next|previous|coming) )(?:(?:held|run|started|starting|that started|which started|beginning|began|begun|kicked off|kicking off|that kicked off|commenced|opened)\s+)?(?:on\s+)?(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s|a\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z])|(?<![a-z])(?<!(?:last|this|next|previous|coming|on) )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+(?:events?|projects?|activities|programs?|programmes?)(?![a-z]))|(?<!先週|今週|来週|先々週|前)(?:の)?(?<![0-9０-９日])([月火水木金土日])曜(?:日)?(?:に|の|で)?(?:(?:実施|開催|開始)(?:した|された|の)?|始ま(?:った|る))?(?=.*(?:事業|案件|イベント|件数|件))/gu

/** "more than 2 days" (gt 2), "at least 3 days" (gte 3): 1–366 days, or no bound. */
function days(raw: string | undefined, kind: 'gt' | 'gte'): Bounds | undefined {
  const n = raw === undefined ? NaN : (SMALL[raw] ?? Number(raw))
  if (!Number.isInteger(n) || n < 1 || n > 366) return undefined
  // "more than 1 day" is the multi-day events, as "more than one day" (whole days)
  if (kind === 'gt' && n === 1) return { gte: 2 }
  return kind === 'gt' ? { gt: n } : { gte: n }
}

/** "exactly 2 days" (gte 2, lte 2; one day is the one-day bound, lte 1): 1–366 days, or no bound. */
function exactDays(raw: string | undefined): Bounds | undefined {
  const n = raw === undefined ? NaN : (SMALL[raw] ?? Number(raw))
  if (!Number.isInteger(n) || n < 1 || n > 366) return undefined
  return n === 1 ? { lte: 1 } : { gte: n, lte: n }
}

function takeEventDays(scan: Scan, out: StructureFindings, use: (s: number, e: number) => void): void {
  const bound = agreedBound(scan, EVENT_DAYS, use)
  if (bound) out.days = bound
  for (const m of scan.take(WEEKEND, { keep: true })) {
    out.weekdays = ['sat', 'sun']
    use(m.start, m.end)
  }
  if (out.weekdays !== undefined) return
  const found = scan.take(ONE_WEEKDAY, { keep: true })
  const days = new Set(found.map((m) => (m.groups[3] !== undefined ? WEEKDAY_JA[m.groups[3]] : WEEKDAY_EN[m.groups[0] ?? m.groups[1] ?? m.groups[2] ?? ''])))
  // one day named (two different days: "Mondays or Fridays" is left to be named)
  if (found.length === 0 || days.size !== 1 || days.has(undefined)) return
  out.weekdays = [...days] as NonNullable<StructureFindings['weekdays']>
  for (const m of found) use(m.start, m.end)
}

// ---- hooks for index.ts -------------------------------------------------------------------------------

/** Whether anything was read (a strong signal that the question is about the events). */
export function hasStructure(s: StructureFindings): boolean {
  return (
    Object.values(s.exclude).some((xs) => xs.length > 0) ||
    s.notBestPractice ||
    s.withoutTheme ||
    s.withoutPartner ||
    s.withoutCity !== undefined ||
    s.partnerCount !== undefined ||
    s.months !== undefined ||
    s.stateCount !== undefined ||
    s.participantCount !== undefined ||
    s.days !== undefined ||
    s.weekdays !== undefined ||
    s.costRecorded !== undefined ||
    s.cost !== undefined ||
    s.themeCount !== undefined ||
    s.jurisdiction.outsideJurisdiction !== undefined ||
    s.jurisdiction.outsideHostState !== undefined ||
    hasPresence(s.presence)
  )
}

/** Adds the structure filters to a query's filters (exclusions, bestPractice: false, no theme, counts). */
export function applyStructure(base: Omit<Filters, 'period'>, s: StructureFindings): void {
  const ex: NonNullable<Filters['exclude']> = {}
  const uniq = <T>(xs: T[]): T[] => [...new Set(xs)]
  if (s.exclude.states.length > 0) ex.states = uniq(s.exclude.states) as NonNullable<typeof ex.states>
  if (s.exclude.regions.length > 0) ex.regions = uniq(s.exclude.regions)
  if (s.exclude.offices.length > 0) ex.offices = uniq(s.exclude.offices) as NonNullable<typeof ex.offices>
  if (s.exclude.types.length > 0) ex.types = uniq(s.exclude.types)
  if (s.exclude.themes.length > 0) ex.themes = uniq(s.exclude.themes)
  if (s.exclude.formats.length > 0) ex.formats = uniq(s.exclude.formats)
  if (Object.keys(ex).length > 0) base.exclude = ex
  if (s.notBestPractice) base.bestPractice = false
  if (s.withoutTheme) base.withoutTheme = true
  if (s.stateCount) base.stateCount = s.stateCount
  if (s.participantCount) base.participantCount = s.participantCount
  if (s.months) base.months = s.months
  if (s.withoutPartner) base.withoutPartner = true
  if (s.withoutCity) base.withoutCity = true
  if (s.partnerCount) base.partnerCount = s.partnerCount
  if (s.days) base.days = s.days
  if (s.weekdays) base.weekdays = s.weekdays
  if (s.costRecorded !== undefined) base.costRecorded = s.costRecorded
  if (s.cost) base.cost = s.cost
  if (s.themeCount) base.themeCount = s.themeCount
  if (s.jurisdiction.outsideJurisdiction) base.outsideJurisdiction = true
  if (s.jurisdiction.outsideHostState) base.outsideHostState = true
  Object.assign(base, s.presence)
}

/** `text` with the spans blanked (offsets kept), for the readers that test the whole question. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let out = text
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end)
  return out
}

/**
 * Whether `threshold` (the parser's refusal of thresholds it cannot express: "more than 5 events") matches
 * once the participant and state-count bounds read here are set aside.
 */
export function strayThreshold(lower: string, threshold: RegExp): boolean {
  let text = maskCostWords(lower).replace(BOUND_AND_SECOND_EN, ' ').replace(PARTICIPANTS_EN, ' ')
  text = text.replace(PARTICIPANTS_JA, (m, prefix: string | undefined, _n: string, unit: string | undefined) => (prefix || unit ? ' ' : m))
  for (const [re] of [...STATE_COUNT, ...EVENT_DAYS]) text = text.replace(re, ' ')
  for (const [re] of PARTNER_COUNT_N) text = text.replace(re, ' ')
  return threshold.test(text)
}
