// Recognisers for the text filters: the city an event was held in, a word in its titles or summary, and a
// partner. Each consumes what it read (the name, its quotes and its cue words); what it cannot use is left
// for index.ts to name. Never a guess from free words: a word is a title/summary filter only when quoted or
// after an explicit cue, a partner only after a partner cue.
//
// Decisions (each covered by the development set, section TEXT_FILTERS):
// - Words in titles or summaries: a quoted word (“…”, "…", '…', 「…」, 『…』), or an unquoted one after
//   "about X", "with X in the title/summary", "titled X", "containing X"; 「Xに関する」「Xを含む」 with X a run
//   of one script (kanji, katakana or Latin) right before. Matched case- and width-insensitively over the
//   English and Japanese titles and the summary (src/domain/text-keys.ts). One word per question: a second is
//   named as unused.
// - Partner: "with X as (a) partner", "partnered with X", "in partnership with X", "co-hosted with X",
//   "with partner X", 「Xと共催」「Xとの共催」「Xが共催」「共催：X」「パートナーがX」「Xをパートナーとする」. X is
//   matched as a whole partner name or a run of whole words of one ("JETRO" matches "JETRO Chicago", not
//   "Jetrobank"); Japanese names without spaces match whole.
// - City (src/domain/cities.ts): a city that is neither an office's city nor a state's name is the city
//   wherever it appears ("Milwaukee", 「ミルウォーキーの事業」). A consulate city (Chicago, シカゴ, Houston…) is
//   the CITY in a place phrase — "in/at Chicago" not followed by an office word, "Chicago city", "city of
//   Chicago", 「シカゴ市」「シカゴで」「シカゴでの」「シカゴにおける」 — and stays the OFFICE otherwise ("Chicago",
//   "Chicago events", 「シカゴの事業」, "the consulate in Chicago", 「在シカゴ」). "New York": "New York City",
//   "NYC" and 「ニューヨーク市」 after a place word are the city; "in New York" / 「ニューヨークで」 is asked back
//   (state or city); "New York" alone stays the state. A name found in several states ("Portland": Oregon
//   and Maine) with no state in the question is asked back, one reading per state (city and state). A place
//   not in the list is not read, and so is named as unused.
import { CITIES, cityById, type CityId } from '../../domain/cities.ts'
import { KNOWN_PARTNERS, knownPartnerKey } from '../../domain/known-partners.ts'
import { findOffice, officeName } from '../../domain/offices.ts'
import { stateByCode } from '../../domain/states.ts'
import { STATE_NAMES, THEME_NAMES } from './lexicon.ts'
import { isFunctionWord } from './unused.ts'
import type { Filters, ParseResult, Query } from '../query.ts'
import { PhraseTable, asciiLower, type Match, type Scan } from './scan.ts'
import type { Span } from './unused.ts'

/** Nothing read yet. */
export function noTextFindings(): TextFindings {
  return { extra: [], morePartners: [] }
}

export interface TextFindings {
  city?: CityId
  /** "in New York" / ニューヨークで: the state or the city, asked back. */
  cityOrState?: boolean
  /** "Chicago" alone, 「シカゴ以外」: the consulate's whole jurisdiction or the city itself, asked back. */
  cityOrOffice?: boolean
  text?: string
  /** Where the question said to look for `text`: the titles alone ("in the title", タイトルに) or the summary alone. */
  textIn?: 'title' | 'summary'
  /** An activity noun ("seminars", 上映会) read early, its span and its singular; a text filter once its
   * modifier is read (takeActivityModifiers). */
  activity?: { start: number; end: number; stem: string }
  partner?: string
  /**
   * Further cities joined to the first by "or", "and", a comma, と, や, ・ ("in Hilo or Honolulu",
   * 「ヒロとホノルルで」): the events in any of them. Only cities of one state each, the first read as a place.
   */
  moreCities?: CityId[]
  /**
   * Further partners, each different from `partner` and from one another, with their spans: every one of them
   * with "both" (allPartners, decide.ts); otherwise named as unused (the partner slot holds one).
   */
  morePartners: Array<{ name: string; span: Span }>
  /** Known partners named with a negation ("did not involve JNTO", 「JNTOが入っていない」): excludePartners. */
  excludedPartners?: string[]
  /** A second city, word or partner: the slots hold one each, so these are named as unused. */
  extra: Span[]
}

const OFFICE_CITIES = new Set(['new-york', 'boston', 'chicago', 'detroit', 'nashville', 'atlanta', 'miami', 'houston', 'denver', 'los-angeles', 'san-francisco', 'seattle', 'portland', 'honolulu', 'anchorage'])

const CITY_NAMES = new PhraseTable<CityId>(
  CITIES.flatMap((c) => [c.en, c.ja, ...c.aliases].map((n) => [asciiLower(n), c.id as CityId] as const)),
)

// ・ (U+30FB) separates names (対面・オンライン): it is no letter of a katakana word
const KATAKANA = /[\u30a0-\u30fa\u30fc-\u30ff]/
const PLACE_BEFORE_EN = /(?:^|[^a-z])(?:in|at|held in|hosted in|city of)\s+(?:the\s+)?$/
const OFFICE_BEFORE = /(?:consulates?(?:[- ]general)?|consular office|office|embassy|cg|mission)\s+(?:of japan\s+)?in\s+(?:the\s+)?$|(?:offices?|consulates?)\s+other than\s+(?:the\s+)?$|在\s*$|district of\s+$|(?:^|[^a-z])(?:cg|cgj|consulate[- ]general)\s+$/
const OFFICE_AFTER = /^\s*(?:'s|’s|consulate|consular|office|cg|cgj|area|jurisdiction|district|region|総|領事|事務所|管轄|管内|の管轄|地域)/
/** The office's noun after a list of names ("Seattle and Portland consulates", シアトル・ポートランド総領事館): each name is an office. */
const OFFICES_LIST_AFTER = /^(?:\s*(?:,|and|or|&)\s*(?:the\s+)?[a-z]+(?:\s[a-z]+)?)+\s+(?:consulates|consulates[- ]general|offices|cgs)(?![a-z])|^(?:(?:、|・|と|や)[\u30a0-\u30ff]+)+(?:の)?(?:総領事館|総)/
const CITY_AFTER = /^\s*(?:city(?![a-z])|市)/
type CityReading = 'city' | 'ask' | 'office-or-city'
/** Words that make a consulate city named alone the office acting: "held by Chicago", "figures for Chicago". */
const OFFICE_AGENT_BEFORE = /(?<![a-z])(?:by|for|from)\s+(?:the\s+)?$/
const OFFICE_AGENT_AFTER = /^\s*(?:が(?:実施|開催|主催)|主催)/
const PLACE_AFTER_JA = /^(?:市)?(?:で|での|における|において|にて|市内)/
const CITY_JOIN = /^(?:市)?\s*(?:,\s*(?:or|and)?|or|and|&|\/|、|・|と|や|または|又は|か)\s*$/

/** Words read with a title/summary filter ("in the title", タイトルに…を含む). */
const TEXT_CUES =
  /(?<![a-z])(?:in|within|on)\s+(?:the|their|its|an?)?\s*(?:event\s+)?(?:titles?|names?|summar(?:y|ies)|descriptions?)(?:\s+or\s+(?:the\s+)?(?:titles?|summar(?:y|ies)|descriptions?))?(?![a-z])|(?<![a-z])(?:titled|named|called|containing|contains?|mentioning|mentions?|whose titles?(?: or summar(?:y|ies))? (?:contains?|includes?|has|have))(?![a-z])|(?:タイトル|題名|件名|名称|概要|事業名)(?:(?:・|や|または|又は|か)(?:タイトル|概要|題名|件名|事業名))?(?:に|で|が)?|(?:という|って)?(?:語|言葉|単語|文字)?(?:を|が)?(?:含む|含んだ|含まれる|含まれた|含まれている|含んでいる|入った|入って(?:い)?る|入る)|(?:という|って)(?:名前|名称|題名|タイトル)(?:の)?/g

const QUOTED = /[“"]([^“”"\n]{1,60})[”"]|(?<![\p{L}\p{N}])[‘']([^‘’'\n]{1,60})[’'](?![\p{L}\p{N}])|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』/gu

/** Partner cues before X ("partnered with X") and after X ("X as a partner", 「Xと共催」). */
const PARTNER_BEFORE = /(?<![a-z])(?:partnered with|partnering with|in partnership with|co-?hosted with|co-?organi[sz]ed with|jointly with|with (?:the )?partners?|partners?:|共催[:：]\s*|パートナー(?:が|は|に|[:：])\s*)\s*(?:the\s+)?$/
const PARTNER_AFTER = /^\s*(?:as (?:an? |the )?(?:co-?host|partner|co-?organi[sz]er)s?(?![a-z])|(?:と|との)(?:共催|共同開催|共同主催|連携)|と組ん(?:だ|で)|が共催|(?:を|が)パートナー(?:とする|とした|の|として|に入っている|に入った)?)/

const EN_STOP = new Set('in on at of for from to with by about during since between and or as the a an that which who were was is are did do held hosted how many what this last next per each every than fy events event'.split(' '))

/** The names of the figures the answers use (README's glossary): quoted, they name the figure, not a title word. */
const FIGURE_NAME =
  /^(?:(?:the\s+)?(?:number of events|event count|events|total participants|participants|attendance|states covered|states reached|offices active|active offices|average participants(?: per event)?|avg participants|cities|distinct cities)|件数|実施件数|案件数|事業数|参加者数|延べ参加者数|参加者総数|網羅州数|実施州数|州数|実施公館数|公館数|平均参加者数|1件あたり(?:の)?平均参加者数|都市数|実施都市数)$/

/** Runs of one script: Latin words, katakana (with ・ー), kanji. */
/** A word that refers to a period (同年度, 当月, 前年…), which a 「…を含む」 names as a period, not as text. */
const DOMAIN_NOUN_JA = /(?:州|公館|総領事館|領事事務所|大使館|管轄|管轄外|テーマ|年度|事業|地域|分野|形式|形態|類型|パートナー|都市|所在地|連携団体|参加者)$/u
const PERIOD_REFERENCE = /^(?:同|当該|当|本|今|前|昨|翌|来|各|毎|その)?(?:年度|年|月|日|期|四半期|週|期間)$/
const JA_RUN = /([A-Za-z0-9][A-Za-z0-9 &.'-]*[A-Za-z0-9]|[A-Za-z0-9]|[\u30a0-\u30ff・ー]+|[\u4e00-\u9fff々]+)$/

function wordsAfter(cased: string, lower: string, from: number, max: number): { end: number; text: string } | undefined {
  const re = /\s*([A-Za-z0-9][A-Za-z0-9&.'-]*)/y
  let pos = from
  let end = from
  const words: string[] = []
  while (words.length < max) {
    re.lastIndex = pos
    const m = re.exec(lower)
    if (!m || m[1] === undefined) break
    // a gap of more than one space (none before the first word) is a consumed word: the name stops there
    if (m[0].length - m[1].length > (words.length === 0 ? 0 : 1)) break
    const w = m[1].replace(/[.']+$/, '')
    const next = m.index + m[0].length
    if (EN_STOP.has(w)) {
      // "of"/"for"/"and"/"&" inside a name ("Japan Society of Boston"): only before a capitalised word
      const ahead = /^\s([A-Z])/.exec(cased.slice(next))
      if (words.length === 0 || !['of', 'for', 'and'].includes(w) || !ahead) break
    }
    words.push(cased.slice(m.index + m[0].length - m[1].length, m.index + m[0].length - m[1].length + w.length))
    pos = next
    end = m.index + m[0].length - m[1].length + w.length
  }
  if (words.length === 0) return undefined
  return { end, text: words.join(' ') }
}

/**
 * Quoted words and partner phrases: read before every other recogniser, so that a quoted name ("JETRO
 * Chicago", 「シカゴ」) is never read as an office, a state or a theme.
 */
export function takeQuotedAndPartners(scan: Scan, found: TextFindings): void {
  takeKnownPartners(scan, found)
  // partners: "partnered with X", 「Xと共催」 (X quoted or not)
  for (;;) {
    const lower = scan.lower
    const cased = scan.cased
    let hit: { start: number; end: number; name: string } | undefined
    for (const m of lower.matchAll(PARTNER_BEFORE_ANYWHERE)) {
      const after = m.index + m[0].length
      const q = quotedAt(cased, after)
      // 「パートナーが2団体以上」: a number of partners (structure-filters.ts), no partner's name
      if (q === undefined && PARTNER_NUMBER_AFTER.test(lower.slice(after))) continue
      const w = q ?? wordsAfter(cased, lower, after, 6)
      if (w && w.text.trim() !== '') {
        hit = { start: m.index, end: w.end, name: w.text.trim() }
        break
      }
    }
    if (!hit) {
      for (const m of lower.matchAll(PARTNER_AFTER_ANYWHERE)) {
        const before = cased.slice(0, m.index)
        const q = quotedBefore(before)
        const english = /^\s*as\s/.test(lower.slice(m.index - 1, m.index + 3)) || m[0].startsWith('as ')
        const ja = JA_RUN.exec(before)?.[1]
        // 「国際協力機構（JICA）と連携した」: the organisation with its abbreviation in brackets — the abbreviation is
        // the name events are recorded under
        const glossed = /([\u4e00-\u9fff々\u30a0-\u30ff・ー]+)[（(]([A-Za-z][A-Za-z0-9 &.'-]{1,30})[)）]$/u.exec(before)
        const run = q ?? (english ? wordsBefore(before) : glossed ? { start: before.length - glossed[0].length, text: glossed[2] ?? '' } : ja !== undefined ? { start: before.length - ja.length, text: ja } : undefined)
        // 「複数のパートナーと連携した」: the word for partners is no partner's name
        if (run && run.text.trim() !== '' && !/^\s/.test(run.text) && !PARTNER_NOUN_JA.test(run.text.trim())) {
          hit = { start: run.start, end: m.index + m[0].length, name: run.text.trim() }
          break
        }
      }
    }
    if (!hit) break
    scan.consume(hit.start, hit.end)
    addPartner(found, knownPartnerKey(hit.name), { start: hit.start, end: hit.end })
  }
  // quoted words: a title/summary filter, with the cue words around them
  // a figure's own name in quotes ('states covered', 「延べ参加者数」) names the figure, as unquoted: left to be read
  // a theme's name in quotes said to be the theme (「サプライチェーン強靱化」をテーマとした, '"Climate and energy" as a theme'):
  // the theme, left to be read as such
  const themeNamed = (m: Match) => {
    const inner = (m.groups.find((g) => g !== undefined) ?? '').trim()
    const after = scan.lower.slice(m.end)
    return THEME_NAMES.valueOf(inner) !== undefined && /^\s*(?:を(?:テーマ|主題)|as (?:a|the|its) (?:theme|topic)(?![a-z]))/u.test(after)
  }
  for (const m of scan.take(QUOTED, { cased: true, accept: (m) => !FIGURE_NAME.test((m.groups.find((g) => g !== undefined) ?? '').trim().toLowerCase()) && !themeNamed(m) })) {
    const word = (m.groups.find((g) => g !== undefined) ?? '').trim()
    if (!/[\p{L}\p{N}]/u.test(word)) {
      found.extra.push({ start: m.start, end: m.end })
      continue
    }
    if (found.text === undefined) found.text = word
    else found.extra.push({ start: m.start, end: m.end })
  }
  if (found.text !== undefined) found.textIn = fieldOf(scan.take(TEXT_CUES).map((m) => m.text))
}

/**
 * Where the cue words say the word is looked for: the titles alone ("in the title", "titled", "named", タイトルに,
 * 題名, 事業名), the summary alone ("in the summary", 概要に), or both (no such word, or both named).
 */
function fieldOf(cues: readonly string[]): 'title' | 'summary' | undefined {
  const title = cues.some((c) => /titl|name|called|タイトル|題名|件名|名称|名前|事業名/u.test(c))
  const summary = cues.some((c) => /summar|descri|概要/u.test(c))
  return title && !summary ? 'title' : summary && !title ? 'summary' : undefined
}

/** A partner named: the first in `partner`, a different one among `morePartners` (the same one again changes nothing). */
function addPartner(found: TextFindings, name: string, span: Span): void {
  if (found.partner === undefined || found.partner === name) found.partner = name
  else if (!found.morePartners.some((p) => p.name === name)) found.morePartners.push({ name, span })
  else found.extra.push(span)
}

const PARTNER_NUMBER_AFTER = /^\s*(?:[0-9０-９]+|一|二|ひと|ふた)\s*(?:つ|団体|者|社|機関)?(?:以上|のみ|だけ)/u
const PARTNER_NOUN_JA = /^(?:パートナー|連携団体|連携先|協力団体|共催団体|連携機関)$/u

const PARTNER_BEFORE_ANYWHERE = new RegExp(PARTNER_BEFORE.source.replace(/\$$/, ''), 'g')
const PARTNER_AFTER_ANYWHERE = new RegExp(PARTNER_AFTER.source.replace(/^\^\\s\*/, ''), 'g')

/** Up to 5 name words ending right before `before`'s end (one space allowed), stopping at a function word. */
function wordsBefore(before: string): { start: number; text: string } | undefined {
  const trimmed = before.replace(/ $/, '')
  const words: { start: number; word: string }[] = []
  const re = /([A-Za-z0-9][A-Za-z0-9&.'-]*)$/
  let rest = trimmed
  while (words.length < 5) {
    const m = re.exec(rest)
    if (!m || m[1] === undefined) break
    const w = m[1]
    const lw = w.toLowerCase()
    if (EN_STOP.has(lw) && !(['of', 'for', 'and'].includes(lw) && words.length > 0 && /^[A-Z]/.test(words[0]?.word ?? ''))) break
    words.unshift({ start: m.index, word: w })
    if (m.index === 0 || rest[m.index - 1] !== ' ') break
    rest = rest.slice(0, m.index - 1)
  }
  while (words.length > 0 && EN_STOP.has((words[0]?.word ?? '').toLowerCase())) words.shift()
  const first = words[0]
  return first === undefined ? undefined : { start: first.start, text: words.map((w) => w.word).join(' ') }
}

function quotedAt(cased: string, at: number): { end: number; text: string } | undefined {
  const m = /\s*(?:[“"]([^“”"\n]{1,60})[”"]|[‘']([^‘’'\n]{1,60})[’']|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』)/y
  m.lastIndex = at
  const r = m.exec(cased)
  if (!r) return undefined
  return { end: r.index + r[0].length, text: r[1] ?? r[2] ?? r[3] ?? r[4] ?? '' }
}

function quotedBefore(before: string): { start: number; text: string } | undefined {
  const r = /(?:[“"]([^“”"\n]{1,60})[”"]|[‘']([^‘’'\n]{1,60})[’']|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』)\s*$/.exec(before)
  if (!r) return undefined
  return { start: r.index, text: r[1] ?? r[2] ?? r[3] ?? r[4] ?? '' }
}

/**
 * Cities: read before offices and states (index.ts), taking a consulate city only in a place phrase, and
 * leaving "New York" alone to the state reader.
 */
export function takeCities(scan: Scan, found: TextFindings): void {
  const lower = scan.lower
  const readingOf = (m: Match, id: CityId): CityReading | undefined => {
    const before = lower.slice(0, m.start)
    const after = lower.slice(m.end)
    const latin = /^[a-z]/.test(m.text)
    if (latin && (/[a-z0-9]$/.test(before) || /^[a-z0-9]/.test(after))) return undefined
    if (!latin && ((KATAKANA.test(m.text[0] ?? '') && KATAKANA.test(before.at(-1) ?? '')) || (KATAKANA.test(m.text.at(-1) ?? '') && KATAKANA.test(after[0] ?? '')))) return undefined
    if (OFFICE_BEFORE.test(before) || OFFICE_AFTER.test(after) || OFFICES_LIST_AFTER.test(after)) return undefined
    // "New York state": the state, named as such
    if (/^\s+state(?![a-z])/.test(after)) return undefined
    // the District of Columbia (DC, a state-level place) is never Columbia the city
    if (/^\s*(?:特別区|特区)/.test(after) || /district of\s+(?:the\s+)?$/.test(before)) return undefined
    const explicitCity = CITY_AFTER.test(after) || /city of\s+(?:the\s+)?$|(?:where|whose|in which)\s+(?:the\s+)?(?:host\s+)?city\s+(?:was|is|were)\s+$/.test(before) || /city$/.test(m.text) || m.text === 'nyc'
    // "change in Houston events": the "in" takes the noun phrase "Houston events", whose Houston may be the office
    const nounModifier = latin && /^\s+(?:events?|participants?|activities|attendance|outreach|programs?|programmes?)(?![a-z])/.test(after)
    const place = latin ? PLACE_BEFORE_EN.test(before) && !nounModifier : PLACE_AFTER_JA.test(after)
    if (id === 'new-york') return explicitCity && (place || CITY_AFTER.test(after) || /city of\s+$/.test(before)) ? 'city' : place ? 'ask' : undefined
    if (OFFICE_CITIES.has(id)) {
      if (place || explicitCity) return 'city'
      // "held by Honolulu", "figures for Chicago", 「シカゴが実施した」: the office acting
      if (OFFICE_AGENT_BEFORE.test(before) || OFFICE_AGENT_AFTER.test(after)) return undefined
      return 'office-or-city'
    }
    return 'city'
  }
  // two consulate cities named alone ("Chicago vs Boston") are offices compared, not cities
  let bare = 0
  CITY_NAMES.takeAll(scan, (m: Match, id: CityId) => {
    if (readingOf(m, id) === 'office-or-city') bare++
    return false
  })
  let lastEnd = -1
  CITY_NAMES.takeAll(scan, (m: Match, id: CityId) => {
    const reading = readingOf(m, id)
    // "Hilo or Honolulu": a city joined to a city read as a place (each of one state) is one more city
    const joined =
      found.city !== undefined &&
      found.city !== id &&
      CITY_JOIN.test(lower.slice(lastEnd, m.start)) &&
      reading !== undefined &&
      reading !== 'ask' &&
      !found.cityOrState &&
      !found.cityOrOffice &&
      cityById(found.city).states.length === 1 &&
      cityById(id).states.length === 1
    if (reading === undefined || (reading === 'office-or-city' && bare > 1 && !joined)) return false
    if (found.city !== undefined && found.city !== id) {
      if (joined) {
        if (!found.moreCities?.includes(id)) (found.moreCities ??= []).push(id)
        scan.consume(lastEnd, m.start)
      } else found.extra.push({ start: m.start, end: m.end })
      lastEnd = m.end
      return true
    }
    lastEnd = m.end
    found.city = id
    if (reading === 'ask') found.cityOrState = true
    if (reading === 'office-or-city') found.cityOrOffice = true
    return true
  })
  // "where the city was Springfield", "whose city is Houston": the city's own cue
  if (found.city !== undefined) scan.take(/(?<![a-z])(?:where|whose|in which)\s+(?:the\s+)?(?:host\s+)?city\s+(?:was|is|were)(?![a-z])|(?<![a-z])city(?![a-z])|市(?:内)?/g, { accept: (m) => m.start > 0 })
}

/**
 * Unquoted words after an explicit cue: "about X", "with X in the title", "titled X", 「Xに関する」「Xを含む」.
 * Read last, so that X is only what no other recogniser understood ("events about the economy" stays the theme).
 */
export function takeCuedWords(scan: Scan, found: TextFindings): void {
  const lower = scan.lower
  const cased = scan.cased
  const hits: { start: number; end: number; text: string }[] = []
  for (const m of lower.matchAll(/(?<![a-z])(?:about|titled|containing|mentioning|mentions?|with|had|have|has) /g)) {
    const w = wordsAfter(cased, lower, m.index + m[0].length, 3)
    if (!w || !/^[a-z]/i.test(w.text)) continue
    // "want to mention it in the intro", "titled that": a pronoun or a word that carries nothing is no title word
    if (w.text.toLowerCase().split(/\s+/).every((x) => isFunctionWord(x))) continue
    if (/^(?:with|had|have|has)/.test(m[0])) {
      // "with X in the title": the cue after X is required
      const tail = /^\s+(?:in|within)\s+(?:the|their|its)?\s*(?:event\s+)?(?:titles?|names?|summar(?:y|ies)|descriptions?)(?![a-z])/.exec(lower.slice(w.end))
      if (!tail) continue
      hits.push({ start: m.index, end: w.end + tail[0].length, text: w.text })
    } else hits.push({ start: m.index, end: w.end, text: w.text })
  }
  for (const m of lower.matchAll(/(?:に関する|に関連する|についての)|(?:という(?:語|言葉)?)?(?:を|が)(?:含む|含んだ|含まれる|含まれている|含んでいる|入った|入って(?:い)?る)|って(?:入って(?:い)?る|入った)|(?:という|って)(?:名前|名称|題名|タイトル)(?:の)?/g)) {
    const before = cased.slice(0, m.index)
    const run = JA_RUN.exec(before)?.[1]
    if (!run || run.trim() === '' || /^\s/.test(run)) continue
    // 「同年度を含む」「当月を含む」 say which period, not a word of the title: never a text filter (left unused)
    if (PERIOD_REFERENCE.test(run.trim())) continue
    // 「所在州を含む」「テキサス州を含む」: a word of the domain (a place, an office, a kind) is no title word (left unused)
    if (DOMAIN_NOUN_JA.test(run.trim())) continue
    hits.push({ start: m.index - run.length, end: m.index + m[0].length, text: run.trim() })
  }
  hits.sort((a, b) => a.start - b.start)
  const cues: string[] = []
  for (const h of hits) {
    if (found.text === undefined) {
      found.text = h.text
      cues.push(lower.slice(h.start, h.end))
    } else found.extra.push({ start: h.start, end: h.end })
    scan.consume(h.start, h.end)
  }
  if (hits.length > 0) {
    cues.push(...scan.take(TEXT_CUES).map((m) => m.text))
    if (found.textIn === undefined) found.textIn = fieldOf(cues)
  }
}

/** The slots of the text findings (city, text, partner) for a query's filters. */
export function textFilterSlots(found: TextFindings): Pick<Filters, 'city' | 'cities' | 'text' | 'textIn' | 'partner' | 'excludePartners'> {
  return {
    ...(found.city !== undefined && found.moreCities === undefined ? { city: found.city } : {}),
    ...(found.city !== undefined && found.moreCities !== undefined ? { cities: [found.city, ...found.moreCities] } : {}),
    ...(found.text !== undefined ? { text: found.text.slice(0, 60), ...(found.textIn ? { textIn: found.textIn } : {}) } : {}),
    ...(found.partner !== undefined ? { partner: found.partner.slice(0, 60) } : {}),
    ...(found.excludedPartners !== undefined ? { excludePartners: found.excludedPartners.slice(0, 5).map((p) => p.slice(0, 60)) } : {}),
  }
}

/** Whether the question named a text filter (a strong enough signal to read the question at all). */
export function hasTextFindings(found: TextFindings): boolean {
  return found.city !== undefined || found.text !== undefined || found.partner !== undefined || found.activity !== undefined || found.excludedPartners !== undefined
}

/**
 * A question back when the city is unclear: "in New York" (the state or the city), or a city name found in
 * several states with no state named (one reading per state: the city in that state). undefined when clear.
 */
export function clarifyCity(query: Query, found: TextFindings, statesNamed: boolean): ParseResult | undefined {
  if (found.city === undefined) return undefined
  const city = cityById(found.city)
  const { city: _c, ...rest } = query.filters
  const withFilters = (filters: Filters): Query => ({ ...query, filters }) as Query
  if (found.cityOrState) {
    const states = [...new Set([...(rest.states ?? []), 'NY'])] as Filters['states']
    return {
      kind: 'clarify',
      options: [
        { label: { en: 'New York State', ja: 'ニューヨーク州' }, query: withFilters({ ...rest, states }) },
        { label: { en: 'New York City', ja: 'ニューヨーク市' }, query: withFilters({ ...rest, city: found.city }) },
      ],
    }
  }
  if (found.cityOrOffice) {
    // the office of that city: its jurisdiction, several states; the city: events held in it
    const office = findOffice(city.en)
    if (office === undefined) return undefined
    const offices = [...new Set([...(rest.offices ?? []), office.code])] as Filters['offices']
    const cityStates = city.states.length > 1 && !statesNamed ? { states: [office.hostState] as Filters['states'] } : {}
    return {
      kind: 'clarify',
      options: [
        { label: { en: `${officeName(office.code, 'en', 'text')} (its jurisdiction)`, ja: `${officeName(office.code, 'ja', 'text')}（管轄全体）` }, query: withFilters({ ...rest, offices }) },
        { label: { en: `Events held in the city of ${city.en}`, ja: `${city.ja}市内で実施した事業` }, query: withFilters({ ...rest, ...cityStates, city: found.city }) },
      ],
    }
  }
  if (city.states.length < 2 || statesNamed) return undefined
  return {
    kind: 'clarify',
    options: city.states.slice(0, 5).map((s) => ({
      label: { en: `${city.en}, ${s}`, ja: `${city.ja}（${s}）` },
      query: withFilters({ ...query.filters, states: [s] as Filters['states'] }),
    })),
  }
}

const KNOWN_PARTNER_NAMES = new PhraseTable<string>(KNOWN_PARTNERS.flatMap((p) => p.names.map((n) => [asciiLower(n), p.key] as const)))
/** Partner words around a known partner's name: "with (the) X", "X-partnered", "X as a partner", 「Xと連携した」. */
const KNOWN_PARTNER_BEFORE = /(?:(?<![a-z])(?:partnered with|partnering with|in partnership with|co-?host(?:ed)? with|co-?organi[sz]ed? with|team(?:ed)? up with|jointly with|together with|with|involving|including|featuring|by|from|of|partner)\s+)?(?:(?<![a-z])(?:the|a|an|any|our)\s+)?$/
const KNOWN_PARTNER_AFTER = /^(?:[- ]?(?:partnered|partnership|co-?hosted|co-?organi[sz]ed|joint|as (?:an? |the )?(?:co-?host|partner|co-?organi[sz]er)s?|partners?|(?:was|were|as) (?:a |the )?partners?|on board|onboard|involved)(?![a-z])|\s*[)）]?\s*(?:と|との)?(?:共催|共同開催|共同主催|連携|協力|協働|組んだ|組み|一緒)(?:した|して|で|の)?|\s*が(?:共催|パートナー|参加|協力|連携)(?:した|の)?|\s*が(?:入って(?:いる|いた)|入った|関わった|関与した|加わった)|\s*を(?:パートナー|共催者)(?:とする|とした|として|に)?)?/

/**
 * Partners the bureau works with again and again (src/domain/known-partners.ts), named anywhere in the question
 * ("JNTO partnered events", "events with a Japan-America Society", 「国際交流基金との共催」): the partner filter
 * on the organisation's key, with the partner words around the name. Read before cue-based partners and
 * before offices and states ("Japan-America Society of Texas" names a partner, not Texas). A second
 * organisation is named as unused (one partner per question).
 */
/** "both (the)" between partner words and the first partner's name; 「の両方と」「の両方が」 between the last one and its partner words. */
const BOTH_BEFORE_PARTNER = /(?<![a-z])both\s+(?:the\s+)?$/
const BOTH_AFTER_PARTNER = /^\s*(?:の|が)?(?:両方|双方|いずれ|どちら)(?:と|とも|も|に)?(?=\s*(?:共催|共同開催|共同主催|連携|協力|協働|パートナー|共催者|が(?:パートナー|共催|協力|連携)|を(?:パートナー|共催者)))/
/** 「JETROとJNTOがどちらもパートナーの」「両方が連携団体に入っている」: the partner noun after "both". */
const PARTNER_NOUN_AFTER_BOTH = /^\s*(?:が)?(?:パートナー|共催者|連携団体|連携先|協力団体|共催団体)(?:に(?:入って(?:い)?る|入っていた|入った|含まれ(?:る|ている|ていた))|の|である|だった|として)?/

/**
 * A negation around a known partner: before it ("without JNTO", "events that did not involve the JNTO", "not
 * co-hosted with JETRO", "excluding JETRO-partnered events") or after it in Japanese (「JNTOが入っていない」
 * 「JETROと連携していない」「JNTOの参加がない」). The partner is then one the events must not name (excludePartners).
 */
const NEGATED_PARTNER_BEFORE = /(?<![a-z])(?:without|excluding|except(?: for)?|(?:that |which )?(?:did not|didn'?t|do not|don'?t|does not|doesn'?t|not) (?:involve|include|have|feature|name|list)|not (?:involving|including|featuring|with)|not (?:partnered|co-?hosted|co-?organi[sz]ed) with|with no|no)\s+(?:(?:the|a|an|any)\s+)?$/
const NEGATED_PARTNER_AFTER_JA = /^\s*(?:(?:が|は|の)?(?:入って(?:い)?(?:ない|なかった)|入らない|入らなかった|(?:参加|関与|協力|連携|共催)(?:して(?:い)?(?:ない|なかった)|しなかった|(?:が|は)(?:ない|なかった|無い))|関わって(?:い)?(?:ない|なかった)|関わらない|関わらなかった)|(?:と|との)(?:連携|共催|協力|協働)(?:して(?:い)?(?:ない|なかった)|しなかった|(?:が|は)?(?:ない|なかった|無い)))/u
/** What may follow a negated partner in English: "-partnered", " ones", " events" stay for the others to read. */
const NEGATED_PARTNER_AFTER_EN = /^(?:[- ](?:partnered|co-?hosted|co-?organi[sz]ed)(?![a-z])|\s+(?:as (?:an? |the )?(?:co-?host|partner|co-?organi[sz]er)s?|(?:on board|onboard|involvement|participation))(?![a-z]))?/

/** How events record one state's member of a family of partners. */
const FAMILY_MEMBER_NAME: Record<string, (stateEn: string) => string> = {
  'Japan-America Society': (st) => `Japan-America Society of ${st}`,
  'Department of Commerce': (st) => `${st} Department of Commerce`,
}
/** A state's name (with 州, and の in Japanese) ending right before a partner's name. */
const STATE_BEFORE = new RegExp(`(?<![a-z\\u30a0-\\u30ff])(${STATE_NAMES.re.source})(?:州)?(?:の)?\\s?$`)

function takeKnownPartners(scan: Scan, found: TextFindings): void {
  const lower = scan.lower
  KNOWN_PARTNER_NAMES.takeAll(scan, (m: Match, key: string) => {
    const latin = /^[a-z]/.test(m.text)
    if (latin && (/[a-z0-9]$/.test(lower.slice(0, m.start)) || /^[a-z0-9]/.test(lower.slice(m.end)))) return false
    // "Japan-America Society of Texas": the member's own name is the partner ("… of <state>" stays with it)
    let end = m.end
    const member = /^\s+of\s+(?:the\s+)?([a-z][a-z .-]{1,30}?)(?=\s*(?:$|[,.?!、。？]|\s(?:as|in|during|since|for|and|or|events?|partner)))/.exec(lower.slice(m.end))
    // "Michigan Japan-America Society", 「ミシガン州日米協会」, "Texas Department of Commerce": a state's name right
    // before a family of partners names that state's member (as events record it)
    const stateBefore = FAMILY_MEMBER_NAME[key] !== undefined && !member ? STATE_BEFORE.exec(lower.slice(0, m.start)) : null
    const stateCode = stateBefore ? STATE_NAMES.valueOf(stateBefore[1] ?? '') : undefined
    const memberState = stateCode !== undefined && 'state' in stateCode && stateCode.state !== 'DC' ? stateByCode(stateCode.state).nameEn : undefined
    const name = member
      ? `${key} of ${scan.cased.slice(m.end + member[0].length - (member[1] ?? '').length, m.end + member[0].length)}`
      : memberState !== undefined
        ? (FAMILY_MEMBER_NAME[key]?.(memberState) ?? key)
        : key
    if (member) end += member[0].length
    const partnerStart = memberState !== undefined && stateBefore ? m.start - stateBefore[0].length : m.start
    const head = lower.slice(0, partnerStart)
    const negBefore = NEGATED_PARTNER_BEFORE.exec(head)
    const negAfterJa = NEGATED_PARTNER_AFTER_JA.exec(lower.slice(end))
    if (negBefore !== null || negAfterJa !== null) {
      const start = negBefore !== null ? partnerStart - negBefore[0].length : partnerStart
      const stop = negAfterJa !== null ? end + negAfterJa[0].length : end + (NEGATED_PARTNER_AFTER_EN.exec(lower.slice(end))?.[0].length ?? 0)
      found.excludedPartners = [...new Set([...(found.excludedPartners ?? []), name])]
      scan.consume(start, stop)
      return false
    }
    const before = KNOWN_PARTNER_BEFORE.exec(head)
    const after = KNOWN_PARTNER_AFTER.exec(lower.slice(end))
    // "co-hosted with both JETRO and JNTO", 「JETROとJNTOの両方と連携した」: the partner words on the far side of
    // "both" are the partners' too ("both" itself stays, for the reading of every one of them)
    const bothBefore = before?.[0] === '' ? BOTH_BEFORE_PARTNER.exec(head) : null
    const cueBefore = bothBefore ? KNOWN_PARTNER_BEFORE.exec(head.slice(0, bothBefore.index)) : null
    if (bothBefore && cueBefore && cueBefore[0].trim() !== '') scan.consume(bothBefore.index - cueBefore[0].length, bothBefore.index)
    const bothAfter = after?.[0] === '' ? BOTH_AFTER_PARTNER.exec(lower.slice(end)) : null
    const afterBoth = bothAfter ? lower.slice(end + bothAfter[0].length) : ''
    const cueAfter = bothAfter ? (PARTNER_NOUN_AFTER_BOTH.exec(afterBoth) ?? KNOWN_PARTNER_AFTER.exec(afterBoth)) : null
    if (bothAfter && cueAfter && cueAfter[0].trim() !== '') scan.consume(end + bothAfter[0].length, end + bothAfter[0].length + cueAfter[0].length)
    const start = before && before[0].length > 0 ? partnerStart - before[0].length : partnerStart
    end += after?.[0].length ?? 0
    addPartner(found, name, { start, end })
    scan.consume(start, end)
    return false
  })
}

/** Activity nouns, as events' titles name them, with their singular (the word a title contains). */
const ACTIVITY_NOUNS_EN: readonly [RegExp, string][] = [
  [/seminars?/, 'seminar'],
  [/webinars?/, 'webinar'],
  [/symposi(?:um|a|ums)/, 'symposium'],
  [/workshops?/, 'workshop'],
  [/lectures?/, 'lecture'],
  [/forums?/, 'forum'],
  [/round[- ]?tables?/, 'roundtable'],
  [/receptions?/, 'reception'],
  [/screenings?/, 'screening'],
  [/tastings?/, 'tasting'],
  [/festivals?/, 'festival'],
  [/promotion fairs?/, 'promotion fair'],
  [/fairs?/, 'fair'],
  [/exhibitions?/, 'exhibition'],
  [/concerts?/, 'concert'],
  [/demonstrations?/, 'demonstration'],
  [/caravans?/, 'caravan'],
  [/briefings?/, 'briefing'],
  [/culture days?/, 'culture day'],
]
const ACTIVITY_NOUNS_JA = [
  'セミナー', 'ウェビナー', 'シンポジウム', 'ワークショップ', '講演会', '講演', 'フォーラム', '意見交換会', '懇談会',
  '交流会', 'レセプション', '上映会', '試飲会', '試食会', 'フェスティバル', '祭り', 'まつり', 'フェア', '展示会',
  '展覧会', 'コンサート', 'デモンストレーション', '実演', 'キャラバン', '説明会', '相談会', '商談会', '視察',
]
const ACTIVITY_NOUN = new RegExp(
  `(?<![a-z])(?:${ACTIVITY_NOUNS_EN.map(([re]) => re.source).join('|')})(?![a-z])|${ACTIVITY_NOUNS_JA.join('|')}`,
  'g',
)
/** Words before an activity noun that never narrow it to a title's words ("how many seminars", "our fairs"). */
const NOT_A_MODIFIER = new Set(
  'any all our some total number count more most big large small recent upcoming past new first last previous such these those different separate individual single many much no other same each every your their its we they you held hosted organized organised run did have has had were was be been being annual yearly monthly'.split(' '),
)

/**
 * Activity nouns ("seminars", "film screenings", 上映会, セミナー): the kind of event a title names. Read early
 * (before the metric words, which would read "seminars" as events), consumed and kept; the title/summary
 * filter is made once every other recogniser has read the question (takeActivityModifiers). One per
 * question: a second is named as unused.
 */
export function takeActivityNouns(scan: Scan, found: TextFindings): void {
  for (const m of scan.take(ACTIVITY_NOUN)) {
    const stem = ACTIVITY_NOUNS_EN.find(([re]) => new RegExp(`^(?:${re.source})$`).test(m.text))?.[1] ?? m.text
    if (found.activity === undefined) found.activity = { start: m.start, end: m.end, stem }
    else found.extra.push({ start: m.start, end: m.end })
  }
}

/**
 * The title/summary filter of an activity noun, with the words right before it that no recogniser read
 * ("sake tasting", "Japanese film screening", 映画上映会): up to two Latin words, or one run of kanji or
 * katakana touching the noun. The filter is the words as one phrase ("film screening"), matched like any text
 * filter. With a text filter already (a quoted word), the noun is named as unused.
 */
export function takeActivityModifiers(scan: Scan, found: TextFindings): void {
  const a = found.activity
  if (a === undefined) return
  if (found.text !== undefined) {
    found.extra.push({ start: a.start, end: a.end })
    return
  }
  const cased = scan.cased
  const before = cased.slice(0, a.start)
  let start = a.start
  let phrase = a.stem
  if (/^[a-z]/.test(a.stem)) {
    const words: string[] = []
    let rest = before
    while (words.length < 2) {
      const m = /(?:^|(?<= ))([A-Za-z][A-Za-z'-]*) $/.exec(rest)
      if (!m || m[1] === undefined) break
      const w = m[1]
      if (EN_STOP.has(w.toLowerCase()) || NOT_A_MODIFIER.has(w.toLowerCase())) break
      words.unshift(w)
      start = m.index
      rest = rest.slice(0, m.index)
    }
    if (words.length > 0) phrase = `${words.join(' ')} ${a.stem}`
  } else {
    const run = /([\u30a0-\u30ff・ー]+|[\u4e00-\u9fff々]+)$/.exec(before)?.[1]
    if (run !== undefined && run.replace(/[・ー]/g, '') !== '') {
      start = a.start - run.length
      phrase = `${run}${a.stem}`
    }
  }
  scan.consume(start, a.end)
  found.text = phrase
  // the field named around it (タイトルにwebinarが入っている, シンポジウムという名前の事業): taken only when it names the title
  // or the summary, so that 「ウェビナーを含む全事業」 (all events, webinars among them) keeps its 含む unread
  const cues = scan.take(TEXT_CUES, { keep: true })
  const field = fieldOf(cues.map((m) => m.text))
  if (field !== undefined) {
    for (const m of cues) scan.consume(m.start, m.end)
    found.textIn = field
  }
}
