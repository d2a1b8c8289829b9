// The words of the domain, in English and Japanese, as phrase tables built from the reference data
// (src/domain): a state, office, activity type, theme or format added there is understood here too.
// The extra phrases below are the ways managers actually write them in questions.
import { ACTIVITY_TYPES, FORMATS, THEMES, type ActivityTypeCode, type FormatCode, type ThemeCode } from '../../domain/catalog.ts'
import { OFFICES } from '../../domain/offices.ts'
import { STATES, type RegionCode } from '../../domain/states.ts'
import { PhraseTable, asciiLower } from './scan.ts'

/** A state code, or an ambiguous reading that needs a question back. */
/** A place name with two readings, asked back: Washington (state or DC), L.A. (Louisiana or Los Angeles), New York (state or consulate). */
export type AmbiguousPlace = 'washington' | 'la' | 'new-york'
export type PlaceValue = { state: string } | { ambiguous: AmbiguousPlace }

// ---- states ----------------------------------------------------------------------------------------

// Katakana names too common as words to be a state without 州 (メインの = "the main …").
const NEEDS_SHU = new Set(['メイン'])

/** Nicknames of states, lower case (each names one state only). */
const STATE_NICKNAMES: ReadonlyArray<readonly [string, string]> = [
  ['lone star state', 'TX'], ['aloha state', 'HI'], ['golden state', 'CA'], ['empire state', 'NY'], ['sunshine state', 'FL'],
  ['peach state', 'GA'], ['evergreen state', 'WA'], ['keystone state', 'PA'], ['bay state', 'MA'], ['garden state', 'NJ'],
  ['buckeye state', 'OH'], ['show me state', 'MO'], ['show-me state', 'MO'], ['land of lincoln', 'IL'], ['prairie state', 'IL'],
  ['great lakes state', 'MI'], ['wolverine state', 'MI'], ['volunteer state', 'TN'], ['bluegrass state', 'KY'], ['last frontier', 'AK'],
  ['beaver state', 'OR'], ['grand canyon state', 'AZ'], ['silver state', 'NV'], ['centennial state', 'CO'], ['beehive state', 'UT'],
  ['old dominion', 'VA'], ['tar heel state', 'NC'], ['palmetto state', 'SC'], ['pelican state', 'LA'], ['magnolia state', 'MS'],
  ['hoosier state', 'IN'], ['hawkeye state', 'IA'], ['badger state', 'WI'], ['north star state', 'MN'], ['equality state', 'WY'],
  ['land of enchantment', 'NM'], ['treasure state', 'MT'], ['gem state', 'ID'], ['first state', 'DE'], ['old line state', 'MD'],
  ['granite state', 'NH'], ['green mountain state', 'VT'], ['ocean state', 'RI'], ['constitution state', 'CT'], ['pine tree state', 'ME'],
  ['mountain state', 'WV'], ['sooner state', 'OK'], ['sunflower state', 'KS'], ['cornhusker state', 'NE'], ['natural state', 'AR'],
  ['yellowhammer state', 'AL'], ['peace garden state', 'ND'], ['mount rushmore state', 'SD'],
]

/** The nicknames as phrases of the state table (with "the"): no typo is corrected into their words. */
const NICKNAME_PHRASES: ReadonlySet<string> = new Set(STATE_NICKNAMES.flatMap(([n]) => [n, `the ${n}`]))

function stateEntries(): [string, PlaceValue][] {
  const out: [string, PlaceValue][] = []
  for (const s of STATES) {
    const value: PlaceValue = { state: s.code }
    const names = [s.nameEn, s.nameJa, ...s.aliases]
    for (const n of names) {
      // "Washington" alone may be the state or the capital, "New York" alone the state or the consulate:
      // handled below ("New York State", ニューヨーク州, NY stay the state)
      if (s.code === 'WA' && asciiLower(n) === 'washington') continue
      if (s.code === 'NY' && (asciiLower(n) === 'new york' || n === 'ニューヨーク')) continue
      out.push([asciiLower(n), value])
      if (n.endsWith('州')) {
        const bare = n.slice(0, -1)
        if (!NEEDS_SHU.has(bare) && bare !== 'ワシントン' && bare !== 'ニューヨーク') out.push([bare, value])
      }
    }
    out.push([`state of ${asciiLower(s.nameEn)}`, value])
    out.push([`${asciiLower(s.nameEn)} state`, value])
  }
  // the states' best-known nicknames, as a US partner writes them ("the Lone Star State")
  for (const [nick, code] of STATE_NICKNAMES) {
    out.push([nick, { state: code }])
    out.push([`the ${nick}`, { state: code }])
  }
  const dc: PlaceValue = { state: 'DC' }
  for (const n of ['washington dc', 'washington, dc', 'washington d.c.', 'washington, d.c.', 'washington d.c', 'd.c.', 'ワシントンdc', 'ワシントンd.c.', 'ワシントンd.c', 'ワシントン特別区', 'washington dc.']) {
    out.push([n, dc])
  }
  // "L.A." is written for Los Angeles or Louisiana alike ("LA" as a capitalised code is read in index.ts).
  for (const n of ['l.a.', 'l.a']) out.push([n, { ambiguous: 'la' }])
  out.push(['washington', { ambiguous: 'washington' }])
  out.push(['new york', { ambiguous: 'new-york' }])
  out.push(['ニューヨーク', { ambiguous: 'new-york' }])
  out.push(['ワシントン', { ambiguous: 'washington' }])
  return out
}

export const STATE_NAMES = new PhraseTable<PlaceValue>(stateEntries())

/** USPS codes that are also English words: taken as states only in a state-like position. */
export const WORDLIKE_CODES = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'OH', 'DE', 'PA', 'LA', 'CO', 'ID', 'NE', 'AL', 'MA', 'AR'])
export const STATE_CODES = new Set(STATES.map((s) => s.code))

// ---- offices ---------------------------------------------------------------------------------------

function officeEntries(): [string, string][] {
  const out: [string, string][] = []
  const add = (phrase: string, code: string) => out.push([asciiLower(phrase), code])
  for (const o of OFFICES) {
    for (const n of [o.nameEn, o.nameJa, o.shortJa, ...o.aliases]) add(n, o.code)
    if (o.kind === 'consulate_general') {
      // A Latin alias takes the office words too ("the NYC consulate", "SF office"), so none is left over.
      for (const alias of o.aliases) {
        if (!/^[A-Za-z][A-Za-z .]*$/.test(alias) || /consulate|office/i.test(alias)) continue
        for (const suffix of [' consulate general', ' consulate-general', ' consulate', ' cg', ' office']) add(`${alias}${suffix}`, o.code)
      }
      const city = asciiLower(o.shortEn)
      const cityJa = o.shortJa.replace(/総領事館$/u, '')
      for (const suffix of [' consulate general', ' consulate-general', ' consulate', ' consulates', ' cg', ' office', ' cgj']) add(city + suffix, o.code)
      for (const prefix of ['consulate general in ', 'consulate-general in ', 'consulate general of japan in ', 'consulate-general of japan in ', 'consulate in ', 'japanese consulate in ', 'consulate of japan in ']) add(prefix + city, o.code)
      for (const n of [`在${cityJa}日本国総領事館`, `在${cityJa}総領事館`, `${cityJa}総領事館`, `${cityJa}総領事`, `${cityJa}総`, `${city}総`, `${city}総領事館`]) add(n, o.code)
      // A city alone names its office, except New York, which is first of all a state.
      if (o.code !== 'new-york') {
        add(city, o.code)
        add(cityJa, o.code)
      }
      if (o.code === 'los-angeles' || o.code === 'new-york') {
        // "LA" / "NY" alone is a state's code; followed by an office word it is the consulate.
        for (const la of o.code === 'new-york' ? ['ny', 'n.y.'] : ['la', 'l.a.', 'l.a']) {
          for (const suffix of [' consulate general', ' consulate-general', ' consulate', ' cg', ' office']) add(`${la}${suffix}`, o.code)
        }
      }
    } else if (o.kind === 'consular_office') {
      const city = asciiLower(o.shortEn)
      const cityJa = o.shortJa.replace(/領事事務所$/u, '')
      for (const n of [city, `${city} consular office`, `consular office in ${city}`, `${city} office`, 'consular office', `${cityJa}事務所`, cityJa, '領事事務所', `在${cityJa}日本国領事事務所`, `在${cityJa}領事事務所`]) add(n, o.code)
    } else {
      // with "the " too: a regex takes the leftmost match, so "the embassy" would leave "in Washington" behind
      for (const n of ['embassy', 'japanese embassy', 'embassy of japan', 'embassy in washington', 'embassy in washington dc', 'embassy in washington, d.c.', 'embassy in dc', 'embassy of japan in washington']) {
        add(n, o.code)
        add(`the ${n}`, o.code)
      }
      for (const n of ['大使館', '在米大使館', '日本大使館', '在米国大使館', 'ワシントンの大使館', 'ワシントン大使館', '在ワシントン大使館']) add(n, o.code)
    }
  }
  return out
}

export const OFFICE_NAMES = new PhraseTable<string>(officeEntries())

// ---- regions -----------------------------------------------------------------------------------------

export const REGION_NAMES = new PhraseTable<RegionCode>([
  ['northeast', 'northeast'], ['north east', 'northeast'], ['north-east', 'northeast'], ['northeastern', 'northeast'],
  ['north-eastern', 'northeast'], ['北東部', 'northeast'],
  ['midwest', 'midwest'], ['mid-west', 'midwest'], ['midwestern', 'midwest'], ['中西部', 'midwest'],
  ['south', 'south'], ['southern', 'south'], ['南部', 'south'],
  ['west', 'west'], ['western', 'west'], ['西部', 'west'],
  // "events in southern states": the region's states are the region (南部の州: recognise.ts)
  ['northeastern states', 'northeast'], ['midwestern states', 'midwest'], ['southern states', 'south'], ['western states', 'west'],
])

// ---- activity types, themes, formats ---------------------------------------------------------------

// Catalogue aliases that are everyday words in a question ("information", "other"): not taken alone.
const TOO_GENERIC = new Set(['information', 'info', 'other', 'others', 'misc', 'その他'])

function catalogEntries<C extends string>(
  entries: readonly { code: C; en: string; ja: string; aliases: readonly string[] }[],
  extra: readonly [string, C][],
): [string, C][] {
  const out: [string, C][] = []
  for (const e of entries) {
    for (const n of [e.code.replace(/_/g, ' '), e.en, e.ja, ...e.aliases]) {
      const key = asciiLower(n)
      if (!TOO_GENERIC.has(key)) out.push([key, e.code])
    }
  }
  for (const [phrase, code] of extra) out.push([asciiLower(phrase), code])
  return out
}

export const TYPE_NAMES = new PhraseTable<ActivityTypeCode>(
  catalogEntries<ActivityTypeCode>(ACTIVITY_TYPES, [
    ['information on japan-us economic ties', 'info'], ['japan-us economic ties', 'info'], ['information session', 'info'],
    ['information sessions', 'info'], ['info sessions', 'info'], ['日米経済関係に関する情報発信', 'info'],
    ['support for japanese companies', 'business_support'], ['supporting japanese companies', 'business_support'],
    ['support japanese companies', 'business_support'], ['japanese companies support', 'business_support'],
    ['japanese business support', 'business_support'], ['business-support', 'business_support'], ['business support', 'business_support'], ['日系企業の支援', 'business_support'],
    ['japan-related events', 'japan_event'], ['japan related events', 'japan_event'], ['japan related', 'japan_event'],
    ['japan events', 'japan_event'], ['日本関連のイベント', 'japan_event'],
    ['food promotion', 'food_pr'], ['food promo', 'food_pr'], ['food promos', 'food_pr'], ['food pr', 'food_pr'], ['japanese food promotion', 'food_pr'], ['japanese cuisine', 'food_pr'], ['food events', 'food_pr'],
    ['日本食pr', 'food_pr'], ['食pr', 'food_pr'], ['日本食の普及', 'food_pr'],
    ['その他', 'other'], ['その他の案件', 'other'], ['その他の事業', 'other'], ['その他のイベント', 'other'], ['other activities', 'other'],
  ]),
)

export const THEME_NAMES = new PhraseTable<ThemeCode>(
  catalogEntries<ThemeCode>(THEMES, [
    ['climate and energy', 'climate_energy'], ['climate & energy', 'climate_energy'], ['clean energy', 'climate_energy'],
    ['気候変動エネルギー', 'climate_energy'], ['脱炭素', 'climate_energy'],
    ['science & technology', 'innovation_st'], ['innovation, science and technology', 'innovation_st'],
    ['イノベーション・科学技術', 'innovation_st'],
    ['supply chains', 'supply_chain'], ['supply-chain', 'supply_chain'], ['supply chain resilience', 'supply_chain'],
    ['trade & investment', 'trade_investment'], ['投資促進', 'trade_investment'],
    ['workers and the middle class', 'workforce'], ['american workers', 'workforce'], ['workforce', 'workforce'],
    ['jobs', 'workforce'], ['employment', 'workforce'], ['労働者・中間層', 'workforce'],
    ['digital garden city nation', 'digital_garden_city'],
    ['new form of capitalism', 'new_capitalism'],
    ['sister-city', 'sister_city'], ['sister-state', 'sister_city'], ['sister states', 'sister_city'],
    ['sister-city exchange', 'sister_city'], ['sister city exchange', 'sister_city'], ['姉妹都市・姉妹州交流', 'sister_city'],
  ]),
)

export const FORMAT_NAMES = new PhraseTable<FormatCode>(
  catalogEntries<FormatCode>(FORMATS, [
    ['on-line', 'online'], ['virtually', 'online'], ['オンラインで', 'online'], ['ハイブリット', 'hybrid'], ['ハイブリット開催', 'hybrid'],
    ['face to face', 'in_person'], ['リアル開催', 'in_person'],
  ]),
)

// ---- English vocabulary for typo correction --------------------------------------------------------

/**
 * The Latin words that name a place (states, offices, regions): a typo corrected into one of these changes
 * where the events are counted, so the corrector takes it only at one edit with the first letter as written
 * ("Wisconson" → Wisconsin; never "Northwest" → Northeast, "youth" → South).
 */
export function placeWords(): string[] {
  const words = new Set<string>()
  for (const t of [STATE_NAMES, OFFICE_NAMES, REGION_NAMES] as const) {
    for (const p of t.phrases) if (!NICKNAME_PHRASES.has(p)) for (const m of p.matchAll(/[a-z]{4,}/g)) words.add(m[0])
  }
  return [...words]
}

/** The Latin words of the state names ("mississippi", "carolina"), for the typo corrector. */
export function stateWords(): string[] {
  const words = new Set<string>()
  for (const p of STATE_NAMES.phrases) if (!NICKNAME_PHRASES.has(p)) for (const m of p.matchAll(/[a-z]{4,}/g)) words.add(m[0])
  return [...words]
}

/** Every Latin word of the phrase tables, for the typo corrector. */
export function domainWords(): string[] {
  const words = new Set<string>()
  const tables = [STATE_NAMES, OFFICE_NAMES, REGION_NAMES, TYPE_NAMES, THEME_NAMES, FORMAT_NAMES] as const
  // a nickname's words ("peace garden state") are no target of a typo: "took place" is not "took peace"
  for (const t of tables) {
    for (const p of t.phrases) if (!NICKNAME_PHRASES.has(p)) for (const m of p.matchAll(/[a-z]{4,}/g)) words.add(m[0])
  }
  return [...words]
}
