// Ratios and statistics the rules answer exactly (see src/questions/intents/share.ts, median-participants.ts,
// average-events.ts, and compare's asPercent):
// - a share (割合, 比率, 構成比, 何割, 何パーセント, シェア, "what share/percent/fraction/proportion of"): a part over a
//   whole. Of states when the share is of states (州の割合, 網羅率, "fraction of states"); of participants when
//   participants are named; of events otherwise. The condition (the part's filter) is the one filter named
//   when there is one; with several, the one after the anchor (for English "… were/was X": X; for "X among
//   …": X; for Japanese 「…のうちX」「…に占めるX」: X); with no anchor, a question back lists each filter as the
//   condition. The period is never the condition ("what share of events were in FY2022" is named). A condition
//   with two values of one filter ("online and in-person") is named, never read as "either".
// - a change in percent (増加率, 伸び率, 増減率, 前年度比, "growth rate", "percent change", "in percent", "by what
//   percent"): the comparison of two periods, the answer leading with the percentage. It follows the rule of the
//   word of change it goes with: one single-year period P → [P−1, P]; no period → named (like "growth in events?").
// - the median of participants per event (中央値, median).
// - the average number of events per calendar month, per office or per state (1か月あたりの平均件数, 月平均,
//   公館ごとの平均件数, 1州当たり, "average events per office").
// - a ratio of two figures (ratio, 比率, 何倍, "how many times more … than") with two values of one filter: the
//   first named over the second (intent ratio). A share ranked by group: decide.ts (shareGroupBy).
// - the average number of events per fiscal year and per office per fiscal year (1年度あたり, 年度ごとの平均,
//   1公館1年度あたり, "per fiscal year", "per year" read as the fiscal year): periods of whole fiscal years only.
// Everything else of the kind stays refused by UNSUPPORTED_MEASURE in index.ts (a ratio of two unrelated
// figures, standard deviations, rates of other things, 3割 as a threshold): maskRatioWords masks only what is
// read here. Words read here that the finished query cannot use are named (ratioWordsUnused).
import { FORMAT_NAMES, OFFICE_NAMES, REGION_NAMES, STATE_NAMES, THEME_NAMES, TYPE_NAMES } from './lexicon.ts'
import type { Scan } from './scan.ts'
import type { Span } from './unused.ts'
import { conditionName } from '../intents/share.ts'
import { findCity } from '../../domain/cities.ts'
import { OFFICES } from '../../domain/offices.ts'
import type { Filters, Metric, Period, Query } from '../query.ts'

/** The share words: "what share of", "percent of", 割合, 比率, 何割… (the first group marks 何割). */
const SHARE =
  /(?<![a-z])as\s+(?:an?\s+)?(?:percent(?:age)?|share|fraction|proportion)(?!\s+of)(?![a-z])|(?<![a-z])(?:what|which)\s+(?:share|percent(?:age)?|per cent|fraction|proportion)(?=\s+(?:of\s+(?:them|those|these)\s+)?(?:were|was|are|is|had|took place|happened)(?![a-z]))(?:\s+of\s+(?:them|those|these))?|(?<![a-z])(?<!\d\s?)(?:(?:what|which)\s+)?(?:share|percent(?:age)?|per cent|fraction|proportion)\s+of(?:\s+(?:all\s+the|all|the|our|total))?(?![a-z])|(?<![a-z])what\s?%\s?of(?:\s+(?:all|the|our))?(?![a-z])|(?<![a-z])as\s+(?:an?\s+)?(?:%|percent(?:age)?|share|fraction|proportion)\s+of(?:\s+(?:all\s+the|all|the|our|total))?(?![a-z])|(?<![\d.,%]\s?)(?<![a-z]\s?as\s)%\s+of(?:\s+(?:all\s+the|all|the|our|total))?(?![a-z])|(?<=(?:online|in-person|in person|hybrid|virtual|face-to-face)\s)(?:share|%|percent(?:age)?)(?![a-z])(?!\s+(?:of|the|an?|with|our|their)(?![a-z]))|(に)?占める(?:割合|比率|比重)?|割合|比率|構成比|(何割)|何パーセント|何%|パーセンテージ|シェア/g
/**
 * A ratio of two figures named side by side ("ratio of online to in-person events", 「AとBの比率」 via SHARE's 比率,
 * 「AはBの何倍」, "how many times more"); read as a ratio only with two values of one filter.
 */
const RATIO_WORD =
  /(?<![a-z])ratios?(?:\s+(?:of|between))?(?![a-z])|(?<![a-z])how many times (?:more|as many|as much|larger|bigger|higher)(?:\s+(?:than|as))?(?![a-z])|(?<![a-z])times (?:as many|more)(?:\s+(?:as|than))?(?![a-z])|何倍/g
/** A share of states: the subject right after "share of" / before 「の割合」, or a coverage rate. */
const STATES_SUBJECT =
  /(?<![a-z])(?:(?:what|which)\s+)?(?:share|percent(?:age)?|per cent|fraction|proportion)\s+of\s+(?:(?:all\s+the|all|the|our)\s+)?(?:50\s+|fifty\s+)?states(?![a-z])|(?<![a-z])(?:state\s+)?coverage\s+(?:rate|ratio)(?![a-z])|(?<![\u30a0-\u30ff])州(?:数)?の(?:割合|比率|何割|シェア)|何割の州|(?:(?:全|全米)?(?:50|五十)州|全州)のうち(?=[^。？?]{0,20}(?:割合|比率|何割|何パーセント|何%))|\(\s*(?:%|percent(?:age)?|share|fraction)\s+of\s+(?:the\s+|all\s+)?(?:50|fifty)(?:\s+states)?\s*\)|[（(]\s*(?:全)?(?:50|五十)州(?:中|に対する割合|比)\s*[）)]|網羅率|カバー率|(?:全|全米)?(?:50|五十)州(?:全体)?に(?:対する|占める)(?:割合|比率)/g
// "what share of Midwest states", 中西部の州のうち…の割合: the share words and "states" around a region's name,
// which stays for the region recogniser (the states asked about are the region's)
const REGION_EN = String.raw`(?:north[- ]?east(?:ern)?|mid-?west(?:ern)?|south(?:ern)?|west(?:ern)?)`
const STATES_OF_REGION = new RegExp(
  String.raw`(?<![a-z])(?:(?:what|which)\s+)?(?:share|percent(?:age)?|per cent|fraction|proportion)\s+of\s+(?:the\s+|our\s+)?(?=${REGION_EN}\s+states(?![a-z]))|(?<=(?:(?:share|percent(?:age)?|per cent|fraction|proportion)\s+of\s+(?:the\s+|our\s+)?)${REGION_EN}\s+)states(?![a-z])|(?<=(?:北東部|中西部|南部|西部)(?:地域)?の)州のうち(?=[^。？?]{0,30}(?:割合|比率|何割|何パーセント|何%))`,
  'g',
)
/** The words a share of states uses for "had an event" ("did we cover", "reached", "had events"). */
const STATES_VERB = /(?<![a-z])(?:cover(?:ed)?|reach(?:ed)?|visit(?:ed)?|had (?:an? |any )?events?|held events|with (?:an? |any )?events?)(?![a-z])|網羅|カバー/g
/** Where the condition starts (after the anchor) or ends (before it), relative to the share words. */
const ANCHOR_AFTER = /(?<![a-z])(?:were|was|are|is|took place|happened|occurred|came)(?![a-z])|のうち|うち|の中で|に占める|占める/g
const ANCHOR_BEFORE = /(?<![a-z])(?:among|out of|within)(?:\s+(?:all\s+the|all|the|our))?(?![a-z])/g
/** Percent words of a change ("in percent", 増加率's 率, "growth rate"), read with a word of change only. */
const PERCENT_OF_CHANGE =
  /(?<![a-z])(?:in|as\s+an?|by\s+what|by\s+how\s+many|how\s+many|what)\s+(?:percent(?:age)?s?|per cent|%)(?:\s+terms)?(?![a-z])|(?<![a-z])percent(?:age)?(?=\s+(?:change|growth|increase|decrease|decline|drop|rise|gain)(?![a-z]))|(?<![a-z])(?:%|percent(?:age)?)\s+(?=(?:change|growth|increase|decrease|decline)(?![a-z]))|(?<=(?:growth|increase|decrease|decline|change)\s)rates?(?![a-z])|(?<![a-z])rates?\s+of(?=\s+(?:growth|increase|decrease|decline|change)(?![a-z]))|(?<=増加|増減|減少|伸び|成長|変化|伸長)率|何パーセント(?:の)?(?:増減|増加|減少|増|減)?|何%(?:の)?(?:増減|増加|減少|増|減)?/g
/** 前年度比（％）: the unit of a change asked against the year before, in brackets. */
const PERCENT_UNIT_GLOSS = /\(\s*(?:%|percent|パーセント)\s*\)/g
/** A change asked against the year before in Japanese (前年度比): a ratio, so the percentage leads. */
const YEAR_ON_YEAR_RATIO = /前年度?比|対前年度?|前年同期比/
const CHANGE_WORD =
  /(?<=(?:パーセント|%)\s?)(?:増|減)|増減|(?<![a-z])differences?(?![a-z])|差分|増加|減少|伸び|伸長|増え|減っ|減り|(?<![a-z])(?:change[sd]?|changing|grow(?:th|n|s|ing)?|grew|increase[sd]?|increasing|decrease[sd]?|decreasing|decline[sd]?|declining|rise|rose|risen|drop(?:ped|s)?|fall|fell)(?![a-z])/
const MEDIAN = /(?<![a-z])medians?(?![a-z])|中央値/g
const PARTICIPANT_WORD = /participant|attendance|attendee|turnout|visitors|headcount|参加者|参加人数|人数|来場者|出席者|動員/
/** Per-unit averages of events. Japanese 「…あたり」 needs no 平均; 「…ごとの平均」 and the English forms do. */
const PER_JA_ALONE =
  /(?:1|一)(?:か|ヶ|カ|ケ|箇)月(?:あたり|当たり)|(?:1|一)?(?:在外公館|公館|総領事館)(?:・|、)?(?:1|一)?年度(?:あたり|当たり)|(?:1|一)?(?:在外公館|公館|総領事館|州)(?:あたり|当たり)|(?:1|一)年度?(?:あたり|当たり)|(?<![\d〜~\-])年度(?:あたり|当たり)|月平均|月間平均/g
const PER_JA_WITH_AVG = /(月|年度|在外公館|公館|総領事館|州)(?:ごと|毎)(?=の?平均)/g
// "for each office" asks for the figure of each (a breakdown), not a divisor: not a unit here
const PER_EN = /(?<![a-z])(?:per|a|(?<!for\s)each)[\s-]+(month|office|consulate|mission|state|fiscal year|fy|year)(?![a-z])|(?<![a-z])(monthly)(?![a-z])/g
const DENOMINATOR_GLOSS = /[(（]\s*(?:with\s+)?(?:all\s+)?(\d{1,3})\s+(?:states|offices|consulates)\s+(?:as|in)\s+(?:the\s+)?denominator\s*[)）]|[(（]\s*denominator\s*[:=]?\s*(?:all\s+)?(\d{1,3})\s+(?:states|offices|consulates)\s*[)）]/g
const AVG_WORD = /(?<![a-z])(?:on average|average|avg|mean)(?![a-z])|平均/g

export type PerUnit = 'month' | 'office' | 'state' | 'fiscal_year' | 'office_fiscal_year'
/** The units one per-word names: a month, an office, a state, a fiscal year, or an office and a fiscal year (1公館1年度あたり). */
function unitsOf(text: string): PerUnit[] {
  const out: PerUnit[] = []
  if (/月|month/.test(text)) out.push('month')
  if (/公館|総領事館|office|consulate|mission/.test(text)) out.push('office')
  if (/州|state/.test(text)) out.push('state')
  if (/年|year|(?<![a-z])fy(?![a-z])/.test(text)) out.push('fiscal_year')
  return out
}

export interface RatioFindings {
  /** The share words, and whether they asked in 割. */
  share: Span[]
  /** The words of a ratio of two figures (ratio, 何倍, "how many times more"). */
  times: Span[]
  wari: boolean
  /** The share is of states (州の割合, 網羅率, "fraction of states"); its words, with "covered". */
  states: Span[]
  /** Percent words of a change (used by a comparison of two periods only). */
  percent: Span[]
  /** 前年度比 and the like (read by the period reader; here only to lead with the percentage). */
  yearOnYear: boolean
  median: Span[]
  /** An average of events per unit, with its words (the unit and the average word). */
  per?: { unit: PerUnit; spans: Span[]; yearAsFy?: true }
  /** Where the condition of a share is, relative to an anchor word. */
  anchor?: { at: number; end: number; side: 'after' | 'before' }
  /** The question's text (lower-cased) and as written, for finding where each filter was named. */
  full: string
  cased: string
}

const spanOf = (m: { start: number; end: number }): Span => ({ start: m.start, end: m.end })

/** The text with the words read here blanked out: what UNSUPPORTED_MEASURE must still refuse is what is left. */
export function maskRatioWords(lower: string): string {
  let out = lower
  // the same words as takeRatioWords reads, on the same conditions (percent words only with a word of change)
  const percent = CHANGE_WORD.test(lower) || YEAR_ON_YEAR_RATIO.test(lower) ? [PERCENT_OF_CHANGE] : []
  if (YEAR_ON_YEAR_RATIO.test(lower) || new RegExp(SHARE.source).test(lower)) percent.push(PERCENT_UNIT_GLOSS)
  for (const re of [STATES_OF_REGION, STATES_SUBJECT, ...percent, RATIO_WORD, SHARE, MEDIAN, PER_JA_ALONE]) {
    out = out.replace(new RegExp(re.source, 'g'), (m) => ' '.repeat(m.length))
  }
  return out
}

/**
 * Reads the ratio words, first of all recognisers (so that 1か月あたり or 平均件数 is not taken as an average of
 * events no query has, and "per month" not as a monthly breakdown). Consumes what it reads.
 */
export function takeRatioWords(scan: Scan, full: string): RatioFindings {
  const cased = scan.cased
  const states = [...scan.take(STATES_OF_REGION), ...scan.take(STATES_SUBJECT)].map(spanOf)
  const changeAsked = CHANGE_WORD.test(full) || YEAR_ON_YEAR_RATIO.test(full)
  // 何パーセント with a word of change is the change ("何パーセント増えた"); otherwise a share
  const percent = changeAsked ? scan.take(PERCENT_OF_CHANGE).map(spanOf) : []
  // 前年度比（％）, "change vs last year (%)": the unit the change is given in, read as a percent word of it
  if (YEAR_ON_YEAR_RATIO.test(full)) percent.push(...scan.take(PERCENT_UNIT_GLOSS).map(spanOf))
  const times = scan.take(RATIO_WORD).map(spanOf)
  // "how many times more A than B": the "than" belongs to the ratio
  if (times.length > 0 && /times/.test(full)) times.push(...scan.take(/(?<![a-z])than(?![a-z])/g).map(spanOf))
  const shareMatches = scan.take(SHARE)
  const share = shareMatches.map(spanOf)
  // オンライン比率（％）, "share of online events (%)": the unit the share is given in
  if (share.length > 0) share.push(...scan.take(PERCENT_UNIT_GLOSS).map(spanOf))
  const wari = shareMatches.some((m) => m.groups[1] !== undefined) || /何割/.test(full)
  if (states.length > 0) states.push(...scan.take(STATES_VERB).map(spanOf))
  const median = scan.take(MEDIAN).map(spanOf)

  let per: RatioFindings['per']
  if (!PARTICIPANT_WORD.test(full)) {
    const alone = scan.take(PER_JA_ALONE)
    // a fresh, non-global test: AVG_WORD is global (scan.take), and a global regex's test() would resume at
    // the lastIndex a previous question left, so the same question could read differently in one process
    const hasAvg = new RegExp(AVG_WORD.source).test(full)
    const withAvg = hasAvg ? [...scan.take(PER_JA_WITH_AVG), ...scan.take(PER_EN)] : []
    const found = [...alone, ...withAvg]
    if (found.length > 0) {
      const units = new Set(found.flatMap((m) => unitsOf(m.text)))
      const avgSpans = scan.take(AVG_WORD).map(spanOf)
      // an office and a fiscal year together ("per office per fiscal year", 1公館1年度あたり) are one unit
      if (units.size === 2 && units.has('office') && units.has('fiscal_year')) {
        units.clear()
        units.add('office_fiscal_year')
      }
      const [unit] = [...units]
      // two other units ("per office per month") are one average no query has: all of it named
      // "per year", 1年あたり: a year read as the fiscal year (said as an assumption)
      const yearWord = found.some((m) => (/year/.test(m.text) && !/fiscal year/.test(m.text)) || /年(?!度)/.test(m.text))
      // "(50 states as denominator)", "(all 16 offices in the denominator)": the divisor the average uses, said
      // (consumed only when it is that divisor: 50 states, every office in the list)
      const divisor = unit === 'state' ? 50 : unit === 'office' ? OFFICES.length : undefined
      if (units.size === 1 && divisor !== undefined) {
        scan.take(DENOMINATOR_GLOSS, { accept: (m) => Number(m.groups.find((g) => g !== undefined && /^\d+$/.test(g))) === divisor && new RegExp(unit === 'state' ? 'state' : 'office|consulate', 'u').test(m.text) })
      }
      per = {
        unit: units.size === 1 && unit ? unit : 'month',
        spans: [...found.map(spanOf), ...avgSpans, ...(units.size !== 1 ? [{ start: -1, end: -1 }] : [])],
        ...(yearWord ? { yearAsFy: true } : {}),
      }
    }
  }

  let anchor: RatioFindings['anchor']
  const first = shareMatches[0]
  if (first) {
    // 「…に占めるXの割合」: the condition follows に占める, which may come before the share word
    const japanese = /[^\x00-\x7f]/.test(first.text)
    const from = japanese ? 0 : first.end
    for (const m of full.slice(from).matchAll(ANCHOR_AFTER)) {
      const at = from + m.index
      if (japanese && !/[^\x00-\x7f]/.test(m[0])) continue
      if (!japanese && at < first.end) continue
      anchor = { at, end: at + m[0].length, side: 'after' }
      break
    }
    if (!anchor && !japanese) {
      const b = new RegExp(ANCHOR_BEFORE.source, 'g').exec(full.slice(first.end))
      if (b) {
        anchor = { at: first.end + b.index, end: first.end + b.index + b[0].length, side: 'before' }
        scan.consume(anchor.at, anchor.end)
      }
    }
    if (anchor && /占め|の中で/.test(full.slice(anchor.at, anchor.end))) scan.consume(anchor.at, anchor.end)
  }
  return { share, times, wari, states, percent, yearOnYear: YEAR_ON_YEAR_RATIO.test(full), median, ...(per ? { per } : {}), ...(anchor ? { anchor } : {}), full, cased }
}

/** Whether the question asked for a ratio or statistic read here (a share, a median or a per-unit average). */
export function asksRatio(r: RatioFindings): boolean {
  return r.share.length + r.states.length + r.times.length + r.median.length > 0 || r.per !== undefined
}

type Dim = 'states' | 'regions' | 'offices' | 'types' | 'themes' | 'formats' | 'bestPractice' | 'withoutOffice' | 'costRecorded' | 'cost' | 'partnerCount' | 'summaryRecorded' | 'endDateRecorded' | 'titleEnRecorded' | 'titleJaRecorded' | 'days' | 'weekdays' | 'stateCount' | 'participantCount' | 'withoutTheme' | 'withoutPartner' | 'withoutCity' | 'outsideJurisdiction' | 'outsideHostState' | 'city' | 'cities' | 'text' | 'partner' | 'exclude' | 'months' | 'themeCount'
/**
 * Every filter a share's part may be told apart by. A filter of the question that is none of these (ongoing,
 * best-practice categories) leaves no share to be read: it could be either side (ratioOf refuses).
 */
const DIMS: readonly Dim[] = ['states', 'regions', 'offices', 'types', 'themes', 'formats', 'bestPractice', 'withoutOffice', 'costRecorded', 'cost', 'partnerCount', 'summaryRecorded', 'endDateRecorded', 'titleEnRecorded', 'titleJaRecorded', 'days', 'weekdays', 'stateCount', 'participantCount', 'withoutTheme', 'withoutPartner', 'withoutCity', 'outsideJurisdiction', 'outsideHostState', 'city', 'cities', 'text', 'partner', 'exclude', 'months', 'themeCount']
/**
 * Where a condition on the event's shape is named (structure-filters.ts reads it): its words. Only where the
 * condition stands relative to the share's anchor is taken from here; the filter itself comes from the recogniser.
 */
const SHAPE_WORDS: Record<'days' | 'weekdays' | 'stateCount' | 'participantCount' | 'withoutTheme' | 'withoutCity' | 'outsideJurisdiction' | 'outsideHostState', RegExp> = {
  days: /(?<![a-z])(?:multi-?day|single-?day|one-?day|day-?long|(?:\d+|one|two|three|four|five|six|seven)[- ]?days?|lasting|last(?:ed|s)?)(?![a-z])|日間|複数日|日帰り|\d+日(?:以上|以下|未満|超)/g,
  weekdays: /(?<![a-z])(?:weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)(?![a-z])|土日|週末|平日|[月火水木金土日]曜/g,
  stateCount: /(?<![a-z])(?:multi-?states?|multiple states|several states|more than one state|(?:\d+|two|three|four|five)\+?\s*(?:or more\s+)?states)(?![a-z])|複数(?:の)?州|\d+州以上|州をまたぐ|州にまたが/g,
  participantCount: /(?<![a-z])(?:over|above|more than|at least|under|below|fewer than|less than|exceeding)\s+[\d,]+(?:k)?|[\d,.]+\s*(?:万)?\s*(?:名|人)(?:以上|超|未満|以下|を超え|を上回)/g,
  withoutTheme: /(?<![a-z])(?:no themes?|without (?:an?y? )?themes?|untagged|unthemed)(?![a-z])|テーマ(?:が|の)?(?:未設定|未入力|なし|無し|ない)/g,
  withoutCity: /(?<![a-z])(?:no city|without (?:an?y? )?city|city (?:missing|blank|not recorded))(?![a-z])|(?:都市|市名)(?:が|の)?(?:未設定|未入力|なし|無し|ない)/g,
  outsideJurisdiction: /(?<![a-z])jurisdictions?(?![a-z])|管轄/g,
  outsideHostState: /(?<![a-z])(?:host|own|home) states?(?![a-z])|所在(?:する)?州/g,
}
/** Where a presence filter is named (presence-filters.ts reads it): its field's noun. */
const PRESENCE_WORDS: Record<'summaryRecorded' | 'endDateRecorded' | 'titleEnRecorded' | 'titleJaRecorded', RegExp> = {
  summaryRecorded: /(?<![a-z])(?:summary|summaries|description|abstract)(?![a-z])|概要/g,
  endDateRecorded: /(?<![a-z])end[- ]dates?(?![a-z])|終了日/g,
  titleEnRecorded: /(?<![a-z])english(?:[- ]language)?\s+(?:titles?|names?)(?![a-z])|(?:英語|英文)(?:の)?(?:タイトル|題名|名称)|英題/g,
  titleJaRecorded: /(?<![a-z])japanese(?:[- ]language)?\s+(?:titles?|names?)(?![a-z])|(?:日本語|和文)(?:の)?(?:タイトル|題名|名称)|和題/g,
}
/** Where a cost filter is named (costs.ts reads it): its noun. */
const COST_WORD = /(?<![a-z])costs?(?![a-z])|費用|経費/g
const BEST_PRACTICE_WORD = /best[- ]?practice|showcase|flagship|good practice|exemplary|model case|ベストプラクティス|代表的|代表例|好事例|優良事例|グッドプラクティス/g
const PARTNER_WORD = /partners?|co-?hosts?|co-?organi[sz]ers?|パートナー|連携団体|連携先|協力団体|共催団体|連携機関/g
const WITHOUT_OFFICE_WORD = /without|with no|no[- ]consulate|non[- ]?consulate|consulate[- ]less|lacking|所在しない|存在しない|置かれていない|設置されていない|(?:公館|領事館)(?:が|の)?(?:ない|無い)|所在地以外|所在州以外/g

/**
 * Where each filter was named in the question (start offsets), from the same tables the recognisers use; a value
 * named inside an exclusion ("excluding online", オンライン以外) is the exclusion's, not the filter's.
 */
function positions(dim: Dim, values: readonly string[], r: RatioFindings): number[] {
  const all = namedAt(dim, values, r)
  if (dim === 'exclude') return all
  return all.filter((p) => !/(?:excluding|except|other than|not|non-?|besides|outside(?: of)?|apart from)\s*$/.test(r.full.slice(Math.max(0, p - 14), p)) && !/^[^\s、,。？?]{1,14}?(?:以外|を除|の外)/u.test(r.full.slice(p, p + 20)))
}

function namedAt(dim: Dim, values: readonly string[], r: RatioFindings): number[] {
  const inTable = (table: { re: RegExp; valueOf: (s: string) => unknown }) =>
    [...r.full.matchAll(new RegExp(table.re.source, 'gu'))].filter((m) => {
      const v = table.valueOf(m[0])
      return v !== undefined && (typeof v === 'string' ? values.includes(v) : 'state' in (v as object) && values.includes((v as { state: string }).state))
    })
  const at = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => m.index ?? -1)
  switch (dim) {
    case 'states':
      return [...at(inTable(STATE_NAMES)), ...at([...r.cased.matchAll(/(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])/g)].filter((m) => values.includes(m[0])))]
    case 'regions':
      return at(inTable(REGION_NAMES))
    case 'offices':
      return at(inTable(OFFICE_NAMES))
    case 'types':
      return at(inTable(TYPE_NAMES))
    case 'themes':
      return at(inTable(THEME_NAMES))
    case 'formats':
      return at(inTable(FORMAT_NAMES))
    case 'bestPractice':
      return at(r.full.matchAll(BEST_PRACTICE_WORD))
    case 'withoutOffice':
      return at(r.full.matchAll(WITHOUT_OFFICE_WORD))
    case 'costRecorded':
    case 'cost':
      return at(r.full.matchAll(COST_WORD))
    case 'partnerCount':
      return at(r.full.matchAll(PARTNER_WORD))
    case 'summaryRecorded':
    case 'endDateRecorded':
    case 'titleEnRecorded':
    case 'titleJaRecorded':
      return at(r.full.matchAll(PRESENCE_WORDS[dim]))
    case 'days':
    case 'weekdays':
    case 'stateCount':
    case 'participantCount':
    case 'withoutTheme':
    case 'withoutCity':
    case 'outsideJurisdiction':
    case 'outsideHostState':
      return at(r.full.matchAll(SHAPE_WORDS[dim]))
    case 'withoutPartner':
      return at(r.full.matchAll(PARTNER_WORD))
    case 'city':
    case 'cities':
      // values are city ids ('hilo', '"hilo"' for one city): each city's names, as written in either language
      return values.flatMap((v) => {
        const city = findCity(v.replace(/^"|"$/g, ''))
        const names = city ? [city.en, city.ja, ...city.aliases] : [v.replace(/^"|"$/g, '').replace(/-/g, ' ')]
        return names.flatMap((n) => occurrences(r.full, n.toLowerCase()))
      })
    case 'text':
    case 'partner':
      return values.flatMap((v) => occurrences(r.full, v.replace(/^"|"$/g, '').toLowerCase()))
    case 'exclude':
      return at(r.full.matchAll(NEGATION_WORD))
    case 'months':
      return at(r.full.matchAll(MONTH_WORD))
    case 'themeCount':
      return at(r.full.matchAll(/(?<![a-z])themes?(?![a-z])|テーマ/g))
  }
}

/** Every start offset of `word` in `text` (none for an empty word). */
function occurrences(text: string, word: string): number[] {
  const out: number[] = []
  if (word === '') return out
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i)
  return out
}
/** Where an exclusion is named: its word of negation (以外, 除く, "excluding", "other than", "not"). */
const NEGATION_WORD = /以外|除(?:く|いた|いて|外)|ではない|じゃない|の外|(?<![a-z])(?:excluding|except|other than|outside(?: of)?|not|non|besides|apart from)(?![a-z])/g
/** Where a month of the year is named. */
const MONTH_WORD = /(?<![a-z])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])|\d{1,2}\s*月/g

// the days of the week of one condition ("weekends": Saturday and Sunday) are one value, not two to compare
const dimValues = (base: Omit<Filters, 'period'>, d: Dim): string[] => {
  const v = base[d]
  if (v === undefined) return []
  if (d === 'weekdays') return [String(v)]
  return Array.isArray(v) ? v.map(String) : [JSON.stringify(v)]
}

/** What the question's findings give the ratio reader. */
export interface RatioAsk {
  base: Omit<Filters, 'period'>
  period: Period
  /** The measure named: participants named (share of participants), states covered, or other. */
  participantsNamed: boolean
  /** The metric the other words named (a share or median of an average, or of offices, is no query here). */
  metric: Metric
}

export type RatioDecision =
  | { kind: 'query'; query: Query }
  | { kind: 'clarify'; options: Query[] }
  /** No ratio query: the words read here are named. */
  | { kind: 'none' }

/**
 * The query of a ratio question, a question back (which filter is the condition), or none (its words are
 * then named by ratioWordsUnused).
 */
export function decideRatio(r: RatioFindings, ask: RatioAsk): RatioDecision {
  const kinds = [r.share.length + r.states.length + r.times.length > 0, r.median.length > 0, r.per !== undefined].filter(Boolean).length
  if (kinds !== 1) return { kind: 'none' }
  const { base, period } = ask
  if (r.median.length > 0) {
    return ask.participantsNamed && (ask.metric === 'participants' || ask.metric === 'avg_participants') ? { kind: 'query', query: { intent: 'median_participants', filters: { period, ...base } } } : { kind: 'none' }
  }
  if (r.per) {
    if (r.per.spans.some((s) => s.start < 0) || (ask.metric !== 'events' && ask.metric !== 'avg_participants')) return { kind: 'none' }
    // an average per fiscal year counts whole fiscal years: a period of dates, a quarter or a month is none
    if ((r.per.unit === 'fiscal_year' || r.per.unit === 'office_fiscal_year') && !['all', 'fy', 'fy_relative'].includes(period.kind)) return { kind: 'none' }
    return { kind: 'query', query: { intent: 'average_events', per: r.per.unit, filters: { period, ...base } } }
  }
  const wari = r.wari ? { wari: true } : {}
  const asRatio = ratioOfTwo(r, ask)
  if (asRatio !== undefined) return asRatio
  if (r.times.length > 0) return { kind: 'none' }
  if (r.states.length > 0) return { kind: 'query', query: { intent: 'share', of: 'states', filters: { period, ...base }, ...wari } }
  if (ask.metric !== 'events' && ask.metric !== 'participants') return { kind: 'none' }
  const of = ask.metric === 'participants' ? 'participants' : 'events'
  const dims = DIMS.filter((d) => dimValues(base, d).length > 0)
  if (dims.length === 0) return { kind: 'none' }
  // a filter no side of a share can be told for (ongoing, best-practice categories) beside the condition: none
  if (Object.entries(base).some(([k, v]) => v !== undefined && !(DIMS as readonly string[]).includes(k))) return { kind: 'none' }
  const make = (cond: readonly Dim[]): Query | undefined => {
    // a condition of two values of one filter ("online and in-person") is no share of one thing
    if (cond.some((d) => dimValues(base, d).length > 1)) return undefined
    const whole: Omit<Filters, 'period'> = { ...base }
    const condition: Omit<Filters, 'period'> = {}
    for (const d of cond) {
      ;(condition as Record<string, unknown>)[d] = base[d]
      delete (whole as Record<string, unknown>)[d]
    }
    return { intent: 'share', of, filters: { period, ...whole }, condition, ...wari }
  }
  if (dims.length === 1) {
    const q = make(dims)
    return q ? { kind: 'query', query: q } : { kind: 'none' }
  }
  const anchor = r.anchor
  const shareEnd = Math.max(...r.share.map((s) => s.end))
  if (anchor) {
    const side = (d: Dim): 'in' | 'out' | 'mixed' => {
      const ps = positions(d, dimValues(base, d), r)
      if (ps.length === 0) return 'mixed'
      const inside = (p: number) => (anchor.side === 'after' ? p >= anchor.end : p >= shareEnd && p < anchor.at)
      return ps.every(inside) ? 'in' : ps.some(inside) ? 'mixed' : 'out'
    }
    const sides = dims.map((d) => [d, side(d)] as const)
    const cond = sides.filter(([, s]) => s === 'in').map(([d]) => d)
    if (sides.every(([, s]) => s !== 'mixed') && cond.length > 0 && cond.length < dims.length) {
      const q = make(cond)
      return q ? { kind: 'query', query: q } : { kind: 'none' }
    }
  }
  // one place (an office, states or regions) and a format with no anchor: the format is the condition, within
  // the place's events (デトロイト総の2021年度のオンライン比率, "Chicago's online share"); the place's share of
  // the format's events is asked with an anchor (オンライン事業に占めるシカゴの割合, "among online events")
  const places = dims.filter((d) => d === 'offices' || d === 'states' || d === 'regions' || d === 'city')
  if (dims.length === 2 && places.length === 1 && dims.includes('formats')) {
    const q = make(['formats'])
    return q ? { kind: 'query', query: q } : { kind: 'none' }
  }
  // no anchor tells which filter is the condition: each reading, one filter as the condition
  const options = dims.map((d) => make([d])).filter((q): q is Query => q !== undefined)
  if (options.length < 2 || options.length > 5) return { kind: 'none' }
  return { kind: 'clarify', options }
}

/**
 * A ratio of two figures: a ratio word (ratio, 何倍, or 比率 — not 割合 or "share", which ask for a part of a
 * whole) with two values of one filter and no other filter of two values; the value named first is the
 * numerator ("ratio of online to in-person", 「対面とオンラインの比率」: in person ÷ online, 「AはBの何倍」: A ÷ B).
 * Undefined when the question is no such ratio (then a share, or none, is read as before).
 */
function ratioOfTwo(r: RatioFindings, ask: RatioAsk): RatioDecision | undefined {
  const ratioWord = r.times.length > 0 || r.share.some((sp) => /^比率$/.test(r.full.slice(sp.start, sp.end)))
  if (!ratioWord || r.states.length > 0) return undefined
  const { base, period } = ask
  const pairs = DIMS.filter((d) => dimValues(base, d).length >= 2)
  const [d] = pairs
  if (pairs.length !== 1 || d === undefined || dimValues(base, d).length !== 2) return r.times.length > 0 ? { kind: 'none' } : undefined
  if (ask.metric !== 'events' && ask.metric !== 'participants') return { kind: 'none' }
  const firstAt = (v: string) => Math.min(...positions(d, [v], r).filter((p) => p >= 0), Number.POSITIVE_INFINITY)
  const [a, b] = [...dimValues(base, d)].sort((x, y) => firstAt(x) - firstAt(y))
  if (a === undefined || b === undefined || !Number.isFinite(firstAt(a)) || !Number.isFinite(firstAt(b))) return { kind: 'none' }
  const whole: Omit<Filters, 'period'> = { ...base }
  delete (whole as Record<string, unknown>)[d]
  const of = ask.metric === 'participants' ? 'participants' : 'events'
  return { kind: 'query', query: { intent: 'ratio', of, filters: { period, ...whole }, numerator: { [d]: [a] }, denominator: { [d]: [b] } } as Query }
}

/** The words read here that `query` does not use (named, so the question gets no figure). */
export function ratioWordsUnused(r: RatioFindings, query: Query | undefined): Span[] {
  const out: Span[] = []
  const intent = query?.intent
  if (intent !== 'ratio') out.push(...r.times)
  if (intent !== 'share' && intent !== 'ratio') out.push(...r.share, ...r.states)
  else if (query?.intent === 'share' && query.of !== 'states') out.push(...r.states)
  if (intent !== 'median_participants' && !(query?.intent === 'event_stat' && query.stat === 'median_participants')) out.push(...r.median)
  if (intent !== 'average_events' && r.per) out.push(...r.per.spans.filter((s) => s.start >= 0))
  if (!(query?.intent === 'compare' && query.asPercent)) out.push(...r.percent)
  return out
}

/** Whether a comparison leads with the change in percent (増加率, "in percent", 前年度比). */
export function changeInPercent(r: RatioFindings): boolean {
  return r.percent.length > 0 || r.yearOnYear
}

/** The label of one reading of a share question back: the condition it takes ("Share: format: Online"). */
export function shareLabel(q: Query): { en: string; ja: string } {
  if (q.intent !== 'share') return { en: q.intent, ja: q.intent }
  return { en: `Share matching “${conditionName(q.condition, 'en')}”`, ja: `${conditionName(q.condition, 'ja')}の割合` }
}
