// The rule-based question parser: a manager's question, in English or Japanese, becomes a structured query
// (src/questions/query.ts), a question back (two readings with different figures), or no query. It never
// computes a figure, and numbers in the question are only ever read as fiscal years, dates, a top N or a
// list length — never as values. Synchronous, offline, pure (given asOf), bounded: a question is cut at
// MAX_QUESTION_CHARS and every pattern is a literal alternation or a bounded gap.
//
// Shape (one module per responsibility; this file is only the pipeline):
//   refusals.ts   cleaning (Slack markup) and the refusals made on the text: hostile, off-topic, changes to the
//                 data, measures and single-event rankings no query has (before and after reading)
//   recognise.ts  the recognisers, in a fixed order over one Scan, each consuming what it understood, into a
//                 Findings record (findings.ts); dimensions.ts reads breakdown cues and dimension nouns;
//                 period*.ts, structure-filters.ts, text-filters.ts, ratios.ts, event-questions.ts are theirs
//   decide.ts     the findings become one intent: a query, a question back, or words the query cannot use
//   confidence.ts every content word used (unused.ts finds the leftovers) or no figure, naming the words
// The question is cleaned, normalized (NFKC), refused when hostile or off-topic, typo-corrected (typos.ts,
// shorthand.ts), read, decided, and accounted for.
//
// Decisions where the brief left a choice (each is covered by the development set):
// - No period → every recorded event ('all'). "first time" with no period and no "when" → this FY, with the
//   assumption latest_fy_for_first_time; "when did … first" / 全州を網羅したのはいつ → first_time_states over
//   all time (the answer lists each state's first FY).
// - A bare year ("in 2022", "2022の件数") → FY2022 + year_as_fiscal_year; "this year"/今年/去年/"3 years ago" as the
//   only period → asked back: the fiscal year or the calendar year (confidence.ts); with another period (a
//   comparison) → relative fiscal years + year_as_fiscal_year; "2022年" / "calendar year 2022" → calendar dates.
// - default_metric_events is assumed when the question names no metric at all (no events/件/案件/事業,
//   participants, states, offices or average word): "テキサス州は？", "top 10 states in FY2022".
// - Two periods → compare, in chronological order (the difference reads as the change); 前年度比 /
//   year-on-year with one period P → [P−1, P]; with none → [last FY, this FY].
// - "A vs B" (or それぞれ / each) of the same kind (states, offices, regions, types, themes, formats) →
//   breakdown by that dimension filtered to A and B; "A and B" alone → one figure over both (union).
// - "which X … most" / 最も多いX → breakdown by X, top 1; "top N" with no dimension → ask (state or office).
// - "Washington" alone and "LA" → ask (WA vs DC; Louisiana vs the Los Angeles consulate). "New York" alone
//   is the state; other consulate cities alone (Chicago, シカゴ) are their offices.
// - Two or more figures or lists named at once, joined by と/・/、/及び/and/+/&/"as well as" (events,
//   participants, states covered, offices active, average; states without events, first-time states, the event
//   list: 件数・人数, "events + attendance", 網羅州数と未実施の州) → ask which, one complete query per reading; when
//   a reading makes no query, the names are unused. More than MAX_QUESTION_CHARS → not_understood.
// - 最も/一番/もっとも/いちばん + 少ない/少なかった/低い, fewest, lowest → fewest, top 1; "bottom N", 下位N, ワーストN,
//   "lowest N" and a top N with fewest (件数が少ない上位3州) → fewest, top N; 少ない順, "fewest first" → fewest, every
//   group. Fewest ranks the groups with at least one event. Most and fewest together → the whole breakdown.
// - A word of change (growth, increase, change, decline, 伸び, 増加, 減少, 増減) is used only by a comparison of
//   two periods: with one single-year period P it compares [P−1, P], like year-on-year ("growth in FY2022?");
//   with no period, a range with an open end, a month, or a breakdown (州別の増加, 増減の推移) it is named. A
//   neutral word of comparison (compare, vs, 比較) is used by a comparison or a breakdown, named otherwise.
// - "both"/両方/いずれも/ともに with two values of one filter is all of them, while filters are any of them →
//   named (harmless and used when the two values are the breakdown, or with periods or figures).
// - 累計/cumulative/running total with a breakdown by fiscal year, quarter or month of events or participants is
//   the running total from the period's start (cumulative); of another metric, or ranked, it is named;
//   elsewhere it is the plain total ("地域別の累計件数").
// - A region word touching a state's name ("Southern California", "West Texas", 南部テキサス, カリフォルニア州南部)
//   is part of a place no filter expresses → named; a region and a state together ("the West and Texas") would
//   be filtered as both at once (regions ∩ states) → the region is named.
// - Injections ("ignore your instructions", "say 99"), SQL, and off-topic requests → unknown out_of_scope,
//   even when domain words appear; questions about the future or with numeric conditions ("more than 100
//   participants", which no query expresses) → not_understood.
// - "until FY2020" → FY1989–FY2020 (OPEN_START_FY), since nothing is recorded before.
// - "startup" is not mapped to a theme (the report files its startup events under several themes).
// - Shorthand and contractions are spelt out first (shorthand.ts: w/o, w/, # of, haven't, didnt…).
// - A negation (なかった, 行っていない, 空白, "have not … covered") makes a question about states one about the
//   states without events; "the year before" / 前の年度 after one single-year period compares it with the
//   year before (alone it is last FY). "LA" in capitals (or "L.A.") anywhere asks Louisiana vs Los Angeles.
// - Every content word is accounted for (unused.ts): after every recogniser, what is left of the question
//   once function words, particles, politeness and punctuation are gone must be empty; otherwise the result
//   is unknown/unused_words naming those words as the user wrote them ("Milwaukee", 以外, "Q2", "since" before
//   one date), with the query built from the rest as `understood` (offered, never run). Words a recogniser
//   read but the query cannot express are named the same way (dropped): a negation of anything but states,
//   a third period, a second top N, a breakdown next to a comparison or a list of states, "when" outside
//   first-time questions, year-on-year with a range, an average of events (平均件数). SQL is refused on the
//   raw text as well.
// - Never a figure for a question the rules did not understand (each family has a regression test in
//   test/questions/parser/no-guessing.test.ts):
//   · one event's superlative ("the largest event", "which event had the most participants", 最も参加者が多かった
//     事業, 一番大きなイベント, "top 5 events") → not_understood: no query ranks single events. "most"/最も/最大 or
//     fewest/最も少ない with no dimension to rank → not_understood too; "which state/office/region/theme …
//     most" stays the breakdown with top 1 (fewest: top 1 from the smallest). "bottom 3 events" → not_understood.
//   · shares, ratios, rates and other measures no query has (割合, 比率, 何割, %, ratio, percentage, share of,
//     fraction, growth rate, 伸び率, median, 中央値, max/min, 1件あたりの最大) → not_understood, except what
//     ratios.ts reads (a share, a ratio of two values of one filter, a median, a per-unit average). 推移 / trend stays
//     the breakdown by fiscal year, average stays avg_participants, "compare"/増減 stays compare.
//   · requests to change the data (delete/remove/add/update … to N, 削除, 追加して, 変更して) → out_of_scope.
// - "the last N years" / "past N fiscal years" / 過去N年間 / 直近N年度 / ここN年 → FY current−(N−1)..current,
//   INCLUDING the current fiscal year in progress (managers saying 過去3年間 mean this year and the two before);
//   the current FY comes from asOf, and no assumption is added (the answer names the fiscal years). Read
//   before list lengths, so "last 3 events" / 直近3件 stay a list of 3.
//   One year back ("the past year", "last 1 year", 過去1年間, 直近1年) is the twelve months to the as-of date.
// - An activity noun (seminars, 上映会) is a title word (text-filters.ts), never the online format or "events";
//   the bureau's recurring partners (JETRO, 国際交流基金…) are partner filters wherever they are named.
import { todayIn, isValidIsoDate } from '../../domain/fiscal-year.ts'
import { normalizeText } from '../../domain/text.ts'
import { parseResultSchema, querySchema, type ParseResult, type Query } from '../query.ts'
import { askNegationScope } from './negation-scope.ts'
import { aboutRecordedEvents, accountForEveryWord, askFiscalOrCalendarPart, askFiscalOrCalendarYear, askWhichPastYears, unclearCalendarParts } from './confidence.ts'
import { decide } from './decide.ts'
import { categoryWords, type CategoryTable } from './categories.ts'
import { decideEventQuestion, takeEventQuestion } from './event-questions.ts'
import { recognise } from './recognise.ts'
import { takeLetterFrame } from './letter.ts'
import { refusedAfterReading, refusedBeforeReading, stripSlackMarkup } from './refusals.ts'
import { Scan, asciiLower } from './scan.ts'
import { expandShorthandTracked } from './shorthand.ts'
import { Tracked, normalizeTracked } from './tracked.ts'
import { correctTyposTracked } from './typos.ts'
import { ASIDES, CHATTER, PRECISION, takeContextClauses, takePartGlosses, unusedSpans, type Span } from './unused.ts'
import { settleJurisdiction } from './jurisdiction.ts'
import { settlePlaces } from './places.ts'
import { listLabelSpans } from './list-labels.ts'
import { maskSpans } from './structure-filters.ts'

export { stripSlackMarkup } from './refusals.ts'

/** A bracketed example: "(like …)", "(e.g. …)", "(such as …)", （例えば…）, （…など）. */
const ILLUSTRATION = /[(（]\s*(?:(?<![a-z])(?:like|e\.?\s?g\.?|for example|for instance|such as|say)(?![a-z])|例えば|たとえば)[^)）]{0,120}[)）]|[（(][^)）]{1,60}(?:など|等)\s*[)）]|[(（][^)）]{1,60}(?<![a-z])(?:and the like|and so on|and such|etc\.?|and others|or similar|and similar(?: ones)?)\s*[)）]/g

export interface ParseOptions {
  /** Today (YYYY-MM-DD) for "this month"/"last month" and ordering; defaults to today in Asia/Tokyo. */
  asOf?: string
  /**
   * The best-practice categories (the BestPracticeCategory table, which an administrator edits): their names
   * are read as the category filter (categories.ts). Without them no category is read by name.
   */
  categories?: CategoryTable
}

/** A question longer than this is not a question (a pasted document): no query is picked from it. */
export const MAX_QUESTION_CHARS = 1000
/** Only this much of the raw input is ever looked at. */
const MAX_RAW_CHARS = 4000

export function parseQuestion(text: string, options: ParseOptions = {}): ParseResult {
  try {
    // what the rules built must hold to the contract (a reading swapped in a question back may not): a reading
    // that does not is never offered, and a question left with one reading or none gets no figure
    const result = parse(text, options)
    if (parseResultSchema.safeParse(result).success) return result
    if (result.kind === 'clarify') {
      const options = result.options.filter((o) => querySchema.safeParse(o.query).success)
      if (options.length >= 2 && parseResultSchema.safeParse({ ...result, options }).success) return { ...result, options }
    }
    return { kind: 'unknown', reason: 'not_understood' }
  } catch {
    // A recogniser bug must never reach the user as a crash or a figure.
    return { kind: 'unknown', reason: 'not_understood' }
  }
}

function parse(input: string, options: ParseOptions): ParseResult {
  if (typeof input !== 'string') return { kind: 'unknown', reason: 'empty' }
  const asOf = options.asOf !== undefined && isValidIsoDate(options.asOf) ? options.asOf : todayIn('Asia/Tokyo')
  // The question as written (markup aside): unused words are named from it, through `tracked`.
  const written = stripSlackMarkup(input.slice(0, MAX_RAW_CHARS))
  const normal = normalizeTracked(Tracked.of(written))
  const cleaned = normal.text
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { kind: 'unknown', reason: 'empty' }
  if (input.length > MAX_RAW_CHARS || cleaned.length > MAX_QUESTION_CHARS) return { kind: 'unknown', reason: 'not_understood' }

  // shorthand spelt out first ("w/ a recorded cost" is "with a recorded cost", read as such by the refusals too)
  const expanded = expandShorthandTracked(normal)
  const refusedAsWritten = refusedBeforeReading(asciiLower(expanded.text), asciiLower(normalizeText(input.slice(0, MAX_RAW_CHARS))))
  if (refusedAsWritten) return refusedAsWritten

  const { text: tracked, corrections } = correctTyposTracked(expanded, categoryWords(options.categories))
  const text = tracked.text
  const scan = new Scan(text)
  // what a question says about the asker, not about the events ("sorry if this is basic", "need it for a slide",
  // 資料作成のため, 恐れ入りますが): taken first, never a condition (unused.ts CHATTER) — blanked from the text the
  // readers see whole too ("I mean the two together" holds no "mean" of an average)
  // a request for the figure's precision ("two decimals", 小数第2位まで): taken before any reader, so "two" is no count
  const precision = scan.take(PRECISION)
  const decimalsAsked = Math.max(0, ...precision.map((m) => DECIMAL_WORDS[m.groups[0] ?? m.groups[1] ?? ''] ?? 0))
  // a fiscal quarter or half glossed with its own months (上半期（4月から9月まで）): the gloss restates it
  const glosses = takePartGlosses(scan)
  const chatter = [...precision, ...glosses, ...scan.take(CHATTER)].map((m) => ({ start: m.start, end: m.end }))
  // a letter's greeting, thanks, sign-off and sentences about who asked, around the sentence that asks (letter.ts)
  chatter.push(...takeLetterFrame(scan))
  const full = maskSpans(asciiLower(text), chatter)
  // examples the asker gives in brackets ("(like caravans and webinars)", （例えば上映会など）) illustrate, they do not
  // filter: never read as conditions, and named as unused (no figure) — reading them would narrow the question
  const examples = scan.take(ILLUSTRATION).map((m) => ({ start: m.start, end: m.end }))
  const eventQuestion = takeEventQuestion(scan)
  // what the event question did not read is refused as before: another threshold, another single event
  const rest = eventQuestion ? scan.lower : full
  const f = recognise(scan, full, asOf, options.categories)
  // asides about the asker left once everything was read ("for a map slide", "my manager wants the list")
  // why the figure is wanted, in a clause of its own (…の観点から, 議員の地元が…でございまして, "before my call with …")
  takeContextClauses(scan)
  scan.take(ASIDES)
  const refusedAsRead = refusedAfterReading({ full, rest, findings: f, eventQuestion: eventQuestion !== undefined, asOf })
  if (refusedAsRead) return refusedAsRead

  // a name given to a list of places spelt out after it ("the West Coast consulates (LA, SF, Seattle, Portland)")
  const named = listLabelSpans(unusedSpans(scan), scan, f.states.length + f.offices.length + f.regions.length)
  const leftover = unusedSpans(scan).filter((s) => !named.some((n) => n.start === s.start && n.end === s.end))
  if (!eventQuestion && !aboutRecordedEvents(f, leftover)) return { kind: 'unknown', reason: 'out_of_scope' }

  const dropped: Span[] = []
  const result = settlePlaces(settleJurisdiction(eventQuestion ? decideEventQuestion(eventQuestion, f, { dropped, corrections, rest, asOf, full }) : decide(f, { asOf, corrections, dropped }), f.structure.jurisdiction))
  dropped.push(...unclearCalendarParts(result, f.periods.mentions))
  const accounted = accountForEveryWord({ result, spans: [...leftover, ...dropped, ...examples], tracked, written })
  // "the total turnout of our top 3 cities by number of events": ranked by one measure, summed by another — no query
  if (accounted.kind === 'query' && rankedByAnotherMeasure(accounted.query, full)) return { kind: 'unknown', reason: 'not_understood' }
  // 形式別 平均参加者数 最大−最小: the largest group minus the smallest, a spread no breakdown gives (最大と最小 alone
  // is the whole breakdown, both ends shown; with a minus sign it is one figure)
  if (accounted.kind === 'query' && 'groupBy' in accounted.query && accounted.query.groupBy !== undefined && MAX_MINUS_MIN.test(full)) return { kind: 'unknown', reason: 'not_understood' }
  // "Apart from Chicago itself, … the most Chicago consulate events": a value both kept and excluded reads the
  // exclusion as another thing of the same name (here the city), which no filter holds — no figure
  if (accounted.kind === 'query' && keptAndExcluded(accounted.query)) return { kind: 'unknown', reason: 'not_understood' }
  const given = withPrecisionSaid(accounted, decimalsAsked)
  return (
    askNegationScope(given, result, f.structure.unclear, text) ??
    askFiscalOrCalendarYear(given, f.periods.mentions, asOf) ??
    askFiscalOrCalendarPart(given, f.periods.mentions) ??
    askWhichPastYears(given, f.periods.mentions, asOf) ??
    given
  )
}

/** Whether a query's filters keep and exclude the same value of one field (offices ['chicago'] and exclude.offices ['chicago']). */
function keptAndExcluded(query: Query): boolean {
  const filters = query.filters as Record<string, unknown> & { exclude?: Record<string, unknown> }
  const excluded = filters.exclude
  if (excluded === undefined) return false
  return Object.entries(excluded).some(([field, values]) => {
    const kept = filters[field]
    return Array.isArray(values) && Array.isArray(kept) && values.some((v) => kept.includes(v))
  })
}

const DECIMAL_WORDS: Record<string, number> = { one: 1, '1': 1, two: 2, '2': 2, three: 3, '3': 3 }

/**
 * A query whose question asked for more decimals than its answer gives (one for averages and shares, two for a
 * ratio of two counts, left as it is) says so in its interpretation line (assumption `one_decimal`): the figure is exact to the
 * decimals shown, never padded with digits that were not computed.
 */
function withPrecisionSaid(result: ParseResult, decimalsAsked: number): ParseResult {
  if (result.kind !== 'query') return result
  // a ratio of two counts is given to two decimals already
  if (decimalsAsked <= 1 || result.query.intent === 'ratio' || result.assumptions.includes('one_decimal')) return result
  return { ...result, assumptions: [...result.assumptions, 'one_decimal'] }
}

// The measure a top N is ranked by, said after it: "top 3 cities by number of events", 件数上位3州
const RANKED_BY_EN =
  /(?<![a-z])(?:top|bottom|largest|biggest|smallest|leading)\s+(?:\d{1,3}|two|three|four|five|ten)?\s*(?:[a-z-]+\s+){0,2}?(?:by|in terms of|ranked by)\s+(?:the\s+)?(?:(?:total\s+)?number\s+of\s+|count\s+of\s+|total\s+)?(events|projects|participants|attendance|attendees|turnout|people)(?![a-z])/
const RANKED_WITH_EN =
  /(?<![a-z])(?:\d{1,3}|two|three|four|five|ten)\s+(?:[a-z-]+\s+){0,2}?with\s+the\s+(?:most|highest|largest|biggest|fewest|lowest|smallest)\s+(?:number\s+of\s+)?(events|projects|participants|attendance|attendees|turnout|people)(?![a-z])/
const RANKED_BY_JA = /(件数|実施件数|開催件数|事業数|参加者数|延べ参加者数|参加人数)(?:の|が)?(?:上位|下位|トップ|多い|少ない)/u

/**
 * Whether a ranked breakdown names, as the measure it ranks by, another figure than the one it gives ("the turnout
 * of the top 3 cities by number of events" ranks by events and sums participants): no query ranks by one measure
 * and gives another, so it is not answered (the ranking alone would be a figure for another question).
 */
function rankedByAnotherMeasure(query: Query, full: string): boolean {
  if (query.intent !== 'metric' || (query.top === undefined && !query.fewest)) return false
  const m = RANKED_BY_EN.exec(full) ?? RANKED_WITH_EN.exec(full) ?? RANKED_BY_JA.exec(full)
  const said = m?.[1]
  if (m === null || said === undefined) return false
  const byEvents = /events|projects|件数|事業数/.test(said)
  // the other figure asked outside the ranking's words ("how many events did the top 3 states by attendance run?"):
  // the parser may have taken the ranking's measure as the figure
  const rest = full.slice(0, m.index) + ' ' + full.slice(m.index + m[0].length)
  const otherAsked = byEvents ? /participants|attendance|attendees|turnout|people|参加者|参加人数|人数/.test(rest) : /(?:how many|number of|count of|total)\s+(?:events|projects)|件数|何件|事業数/.test(rest)
  return otherAsked || (byEvents ? query.metric !== 'events' : query.metric === 'events')
}

const MAX_MINUS_MIN = /最大\s*[−\-–―ー]\s*最小|最多\s*[−\-–―ー]\s*最少|(?<![a-z])(?:max(?:imum)?|highest|largest)\s*[−\-–]\s*(?:min(?:imum)?|lowest|smallest)(?![a-z])/u
