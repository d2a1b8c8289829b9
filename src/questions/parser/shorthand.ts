// Shorthand as managers type it in Slack, spelt out before any recogniser reads the question: "w/o a
// consulate" is "without a consulate", "haven't we" is "have not we", "# of events" is "number of events".
// Every rule is a literal pattern with word edges, so a state code or a word that merely contains the
// letters is never touched ("MO" stays Missouri, "wow/" stays as written). Offsets change: this runs on
// the cleaned text before the Scan is made.
import { Tracked } from './tracked.ts'

/** Curly apostrophes and primes that phones and Word put in for "'". */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032\uff07`´]/g

// Contractions: with or without the apostrophe for the unambiguous ones ("havent", "didnt").
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/(?<![a-z])can'?t(?![a-z])/gi, 'cannot'],
  [/(?<![a-z])won't(?![a-z])/gi, 'will not'],
  [/(?<![a-z])(have|has|had|did|does|do|were|was|are|is|could|should|would)n'?t(?![a-z])/gi, '$1 not'],
  [/(?<![a-z])ain't(?![a-z])/gi, 'is not'],
  [/(?<![a-z])(i|we|you|they)'ve(?![a-z])/gi, '$1 have'],
  [/(?<![a-z])(i|we|you|they)'re(?![a-z])/gi, '$1 are'],
]

// Abbreviations, longest first. "w/o" before "w/", "b/w" before anything with "w".
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/(?<![a-z0-9/])(?:w\/o\/?|w\/out|wo\/|w\.o\.|w-o)(?![a-z0-9])/gi, ' without '],
  [/(?<![a-z0-9/])w\/(?![a-z0-9]*\/)/gi, ' with '],
  [/(?<![a-z0-9/])(?:b\/w|b\/t|btwn|betw\.?)(?![a-z0-9/])/gi, ' between '],
  [/(?<![a-z0-9/])y\/y(?![a-z0-9/])/gi, ' year on year '],
  [/(?<![a-z0-9])incl\.?(?![a-z0-9])/gi, 'including'],
  [/(?<![a-z0-9])excl\.?(?![a-z0-9])/gi, 'excluding'],
  [/(?<![a-z0-9])(?:approx|appx|apprx)\.?(?![a-z0-9])/gi, 'approximately'],
  [/(?<![a-z0-9])(?:no\.|nbr|num)\s*of(?![a-z0-9])/gi, 'number of'],
  [/(?<![a-z0-9#])#\s*of(?![a-z0-9])/gi, 'number of'],
  // "# offices w/ …": the number of
  [/(?<![a-z0-9#])#\s*(?=(?:events|offices|consulates|states|participants|partners|cities)(?![a-z0-9]))/gi, 'number of '],
  [/(?<![a-z0-9])yrs\.?(?![a-z0-9])/gi, 'years'],
  [/(?<![a-z0-9])yr\.?(?![a-z0-9])/gi, 'year'],
  [/(?<![a-z0-9])ppl(?![a-z0-9])/gi, 'people'],
  [/(?<![a-z0-9])pax(?![a-z0-9])/gi, 'participants'],
  [/(?<![a-z0-9])evts(?![a-z0-9])/gi, 'events'],
  [/(?<![a-z0-9])evt(?![a-z0-9])/gi, 'event'],
  [/(?<![a-z0-9])cnt(?![a-z0-9])/gi, 'count'],
  [/(?<![a-z0-9])avg\.?(?![a-z0-9(])/gi, 'average'],
  [/(?<![a-z0-9])(?:hw|hwo|hpw)(?=\s+(?:many|much)(?![a-z0-9]))/gi, 'how'],
  // "participants divided by fiscal year", "split by state": a breakdown's "by"
  [/(?<![a-z0-9])(?:divided|separated|grouped|sorted out)\s+(?=by\s+(?:(?:fiscal\s+)?years?|fys?|states?|offices?|regions?|months?|themes?|types?|formats?|quarters?|cit(?:y|ies))(?![a-z0-9]))/gi, ''],
  [/(?<![a-z0-9])coverd(?![a-z0-9])/gi, 'covered'],
  // "how many states does a single event cover": an event (not the single-state filter)
  [/(?<![a-z0-9])(?:does|did) a single event(?=\s+(?:cover|touch|span|reach|involve)(?![a-z0-9]))/gi, 'does an event'],
  // "the first quarter of calendar 2022", "3rd quarter of FY2021": Q1…Q4, read as the short forms are (a calendar
  // quarter when said to be of a calendar year, else a fiscal one)
  [/(?<![a-z0-9])(?:first|1st) quarter(?![a-z0-9])/gi, 'Q1'],
  [/(?<![a-z0-9])(?:second|2nd) quarter(?![a-z0-9])/gi, 'Q2'],
  [/(?<![a-z0-9])(?:third|3rd) quarter(?![a-z0-9])/gi, 'Q3'],
  [/(?<![a-z0-9])(?:fourth|4th) quarter(?![a-z0-9])/gi, 'Q4'],
  // "events with start date in [2021-04-01, 2021-09-30]": events are dated by their start date
  [/(?<![a-z0-9])(?:with|whose) (?:an? |the )?(?:event )?start dates? (?:falls? |fell |is |was )?(?=(?:in|between|from|during|within)(?![a-z0-9]))/gi, ''],
  // "strictly greater than 5,000", "strictly exceeds": the comparison itself is strict
  [/(?<![a-z0-9])strictly\s+(?=(?:greater|more|above|over|exceed|exceeds|exceeding|less|fewer|below|under)(?![a-z0-9]))/gi, ''],
  // "events that started on a Saturday", "whose start date falls on a Sunday": the weekday filter reads start dates
  [/(?<![a-z0-9])(?:(?:whose|with (?:a|the)) start date (?:falls |fell |is |was )?on|(?:that |which )?(?:started|start|starts|starting) on)\s+(?=(?:an?\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:an?\s+|the\s+)?weekends?|(?:an?\s+)?weekdays?)/gi, 'on '],
  [/(?<![a-z0-9])evnts(?![a-z0-9])/gi, 'events'],
  [/(?<![a-z0-9])evnt(?![a-z0-9])/gi, 'event'],
  [/(?<![a-z0-9])orgs(?![a-z0-9])/gi, 'organisations'],
  [/(?<![a-z0-9])org(?![a-z0-9])/gi, 'organisation'],
  [/(?<![a-z0-9])(?:mnths|mths)(?![a-z0-9])/gi, 'months'],
  [/(?<![a-z0-9])(?:mnth|mth)(?![a-z0-9])/gi, 'month'],
  // "diff in participants between …", "diff in avg": the difference (only before "in"/"between")
  [/(?<![a-z0-9])diff(?=\s+(?:in|between|of)(?![a-z0-9]))/gi, 'difference'],
  // "sat or sun": Saturday or Sunday (only as a pair: "sat" alone is a verb)
  [/(?<![a-z0-9])sat\s+(?:or|and|&)\s+sun(?![a-z0-9])/gi, 'saturday or sunday'],
  // "states w at least 20 events", "events w no partner": w before what "with" takes
  [/(?<![a-z0-9/])w(?=\s+(?:a|an|the|no|any|at|more|fewer|less|exactly|only|over|under|\d{1,6}|events?|partners?|themes?|costs?|cit(?:y|ies)|most|least)(?![a-z0-9]))/gi, 'with'],
]

// USPS codes typed in lower case ("tx events", "in ca in fy2018") — only codes that are no English word, only
// right after a word that takes a place or right before a word of the events
const LOWER_CODES = 'tx|ca|fl|ny|nj|nc|sc|ga|az|nv|ut|nm|wy|mt|sd|nd|ks|ia|mn|wi|mi|il|tn|ky|va|wv|ct|ri|vt|nh|ak|ms|dc|wa|md|ar'
const LOWER_CODE_AFTER = new RegExp(`(?<=(?:^|[\\s,(])(?:in|for|of|at|from|excluding|touching|and|or|vs|to)\\s+)(${LOWER_CODES})(?=$|[\\s,.?!)])`, 'g')
// codes that are English words too ("me", "or", "hi"): a state only right after "in" ("events in or fy21")
const LOWER_WORD_CODES = 'me|or|oh|ok|hi|pa|co|ma|al|id|mo|de'
const LOWER_WORD_CODE_AFTER_IN = new RegExp(`(?<=(?:^|[\\s,(])in\\s+)(${LOWER_WORD_CODES})(?=$|[\\s,.?!)])`, 'g')
const LOWER_CODE_BEFORE = new RegExp(`(?<=^|[\\s,(])(${LOWER_CODES})(?=\\s+(?:events?|evts?|participants|people|attendance|fy\\d{2,4}|fy\\s?\\d{2,4})(?![a-z]))`, 'g')

const MIXED_NOUNS: Record<string, string> = {
  office: '公館', offices: '公館', consulate: '総領事館', consulates: '総領事館', state: '州', states: '州', 'fiscal year': '年度', 'fiscal years': '年度',
  fy: '年度', region: '地域', regions: '地域', theme: 'テーマ', themes: 'テーマ', format: '形式', formats: '形式', month: '月', months: '月',
  city: '都市', cities: '都市', weekday: '曜日', 'activity type': '分野', type: '分野', types: '分野',
}
const MIXED_WORDS: Record<string, string> = {
  event: '事業', events: '事業', participant: '参加者', participants: '参加者', attendees: '参加者', partner: '連携団体', partners: '連携団体',
  'partner organization': '連携団体', 'partner organizations': '連携団体', 'partner organisation': '連携団体', 'partner organisations': '連携団体', title: 'タイトル',
}
const JA_CHAR = String.raw`[぀-ヿ㐀-鿿、。・「」（）？！]`
const MIXED_WORD = new RegExp(
  String.raw`(?<=(?:^|${JA_CHAR})\s?)(?:(partner)(?=\s?し)|${Object.keys(MIXED_WORDS).sort((a, b) => b.length - a.length).map((k) => k.replace(' ', String.raw`\s+`)).join('|')})(?=\s?(?:${JA_CHAR}|[?!]|$))`,
  'giu',
)
const MIXED_NOUN = new RegExp(
  String.raw`(?<=^|[぀-ヿ㐀-鿿、。・「」（）]\s?)(?:${Object.keys(MIXED_NOUNS).sort((a, b) => b.length - a.length).map((k) => k.replace(' ', String.raw`\s+`)).join('|')})(?=\s?(?:別|ごと|毎|は|が|数|を|の数))`,
  'giu',
)

/**
 * The question with contractions and common abbreviations spelt out (spaces collapsed again), remembering
 * where each character came from ("without" from "w/o").
 */
export function expandShorthandTracked(text: Tracked): Tracked {
  let s = text.replace(APOSTROPHES, "'")
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to)
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to)
  // an analyst's "group by office", "group participants by state": the breakdown's "by"
  s = s.replace(/(?<![a-z])group(?:ed)?\s+(?:(events|participants|attendance|the events|the participants)\s+)?by(?![a-z])/giu, (m, [what]) => (what !== undefined ? `${what} by` : 'by'))
  // the written forms of "and" and "or" (2021年度及び2022年度, 対面又はハイブリッド) and of "how" (如何でしょうか): read as
  // と, または and いかが are
  s = s.replace(/及び|並びに|ならびに|および/gu, 'と').replace(/又は|若しくは/gu, 'または').replace(/如何/gu, 'いかが')
  // a fiscal year written by its two calendar years with a slash ("FY2022/23", "fiscal year 2022/2023", "2022/23"):
  // the one fiscal year starting in the first (the second must be the next year); with a dash ("FY2022-23") it may
  // be a range of two fiscal years, so it stays as written
  s = s.replace(/(?<![\d/])(?:(fy\s?|fiscal\s+year\s+|fiscal\s+)(20\d{2}|\d{2})\s*[/／]\s*(20\d{2}|\d{2})|(20\d{2})\s*[/／]\s*(20\d{2}|\d{2}))(?![\d/])/giu, (m, [, a1, b1, a2, b2]) => {
    const first = Number(a1 ?? a2)
    const second = Number(b1 ?? b2)
    const start = first < 100 ? 2000 + first : first
    return (second < 100 ? second === (start + 1) % 100 : second === start + 1) ? `FY${start}` : m
  })
  // an English noun of a breakdown inside Japanese (officeごと, fiscal year別, stateごとの, JETROとやったofficeはいくつ): the
  // Japanese noun, only between Japanese (or the start) and a Japanese suffix, so "Houston officeの件数" keeps its office
  s = s.replace(MIXED_NOUN, (m) => MIXED_NOUNS[m.toLowerCase().replace(/\s+/g, ' ')] ?? m)
  // the English nouns of what is counted inside Japanese (FY2022でparticipantsが一番少なかったevent, partnerなし,
  // Japan Foundationとpartnerした): the Japanese noun, only with Japanese on both sides
  s = s.replace(MIXED_WORD, (m, [verb]) => (verb !== undefined ? '連携' : (MIXED_WORDS[m.toLowerCase().replace(/\s+/g, ' ')] ?? m)))
  // 事業費 is 事業の費用: the cost words read 事業費用 (「1件当たり平均事業費」「参加者1人当たりの事業費」)
  s = s.replace(/事業費(?!用)/gu, '事業費用')
  // lower-case codes only in a question typed all in lower case (a capital elsewhere means codes are written as such)
  if (!/[A-Z]/.test(s.text)) for (const re of [LOWER_CODE_AFTER, LOWER_WORD_CODE_AFTER_IN, LOWER_CODE_BEFORE]) s = s.replace(re, (c) => c.toUpperCase())
  return s.replace(/ {2,}/g, ' ').replace(/^\s+|\s+$/g, '')
}
