// The rule-based question parser: a manager's question, in English or Japanese, becomes a structured query
// (src/questions/query.ts), a question back (two readings with different figures), or no query. It never
// computes a figure, and numbers in the question are only ever read as fiscal years, dates, a top N or a
// list length — never as values. Synchronous, offline, pure (given asOf), bounded: a question is cut at
// MAX_QUESTION_CHARS and every pattern is a literal alternation or a bounded gap.
//
// Shape: the question is cleaned (Slack markup), normalized (NFKC), refused when hostile or off-topic,
// typo-corrected, then small recognisers read it in a fixed order over one Scan, each consuming what it
// understood; the findings are then turned into one intent.
//
// Decisions where the brief left a choice (each is covered by the development set):
// - No period → every recorded event ('all'). "first time" with no period and no "when" → this FY, with the
//   assumption latest_fy_for_first_time; "when did … first" / 全州を網羅したのはいつ → first_time_states over
//   all time (the answer lists each state's first FY).
// - A bare year ("in 2022", "2022の件数") → FY2022 + year_as_fiscal_year; "this year"/今年/去年 → relative
//   fiscal years + year_as_fiscal_year; "2022年" / "calendar year 2022" → calendar dates.
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
// - 最も/一番/もっとも/いちばん + 少ない/少なかった/低い, 少ない順 → fewest (the breakdown, no top, as "fewest");
//   少ない/低い with a ranking or top N is fewest too. A top N with fewest (top N is the N largest) is named.
// - A word of change (growth, increase, change, decline, 伸び, 増加, 減少, 増減) is used only by a comparison of
//   two periods: with one single-year period P it compares [P−1, P], like year-on-year ("growth in FY2022?");
//   with no period, a range with an open end, a month, or a breakdown (州別の増加, 増減の推移) it is named. A
//   neutral word of comparison (compare, vs, 比較) is used by a comparison or a breakdown, named otherwise.
// - "both"/両方/いずれも/ともに with two values of one filter is all of them, while filters are any of them →
//   named (harmless and used when the two values are the breakdown, or with periods or figures).
// - 累計/cumulative/running total with a breakdown by fiscal year or month is a running series no metric has →
//   named; elsewhere it is the plain total ("地域別の累計件数").
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
//     most" stays the breakdown with top 1 (fewest: the breakdown, no top).
//   · shares, ratios, rates and other measures no query has (割合, 比率, 何割, %, ratio, percentage, share of,
//     fraction, growth rate, 伸び率, median, 中央値, max/min, 1件あたりの最大) → not_understood. 推移 / trend stays
//     the breakdown by fiscal year, average stays avg_participants, "compare"/増減 stays compare.
//   · requests to change the data (delete/remove/add/update … to N, 削除, 追加して, 変更して) → out_of_scope.
// - "the last N years" / "past N fiscal years" / 過去N年間 / 直近N年度 / ここN年 → FY current−(N−1)..current,
//   INCLUDING the current fiscal year in progress (managers saying 過去3年間 mean this year and the two before);
//   the current FY comes from asOf, and no assumption is added (the answer names the fiscal years). Read
//   before list lengths, so "last 3 events" / 直近3件 stay a list of 3.
import { todayIn, isValidIsoDate } from '../../domain/fiscal-year.ts'
import { normalizeText } from '../../domain/text.ts'
import type { ActivityTypeCode, FormatCode, ThemeCode } from '../../domain/catalog.ts'
import type { RegionCode } from '../../domain/states.ts'
import type { Filters, GroupBy, Metric, ParseResult, Period, Query } from '../query.ts'
import {
  FORMAT_NAMES,
  OFFICE_NAMES,
  REGION_NAMES,
  STATE_CODES,
  STATE_NAMES,
  THEME_NAMES,
  TYPE_NAMES,
  WORDLIKE_CODES,
  type PlaceValue,
} from './lexicon.ts'
import { decideEventQuestion, mayBeEventQuestion, takeEventQuestion } from './event-questions.ts'
import { findPeriods, periodSortKey, previousPeriod, takePastYears, type PeriodFindings } from './period.ts'
import { Scan, asciiLower, type Match } from './scan.ts'
import { expandShorthandTracked } from './shorthand.ts'
import { Tracked, normalizeTracked } from './tracked.ts'
import { asksRatio, changeInPercent, decideRatio, maskRatioWords, ratioWordsUnused, shareLabel, takeRatioWords, type RatioFindings } from './ratios.ts'
import { correctTyposTracked } from './typos.ts'
import { applyStructure, hasStructure, maskSpans, strayThreshold, takeStructureFilters, type StructureFindings } from './structure-filters.ts'
import { unusedSpans, type Span } from './unused.ts'
import { clarifyCity, hasTextFindings, noTextFindings, takeCities, takeCuedWords, takeQuotedAndPartners, textFilterSlots, type TextFindings } from './text-filters.ts'
import { MAX_UNUSED_WORDS } from '../query.ts'

export interface ParseOptions {
  /** Today (YYYY-MM-DD) for "this month"/"last month" and ordering; defaults to today in Asia/Tokyo. */
  asOf?: string
}

/** A question longer than this is not a question (a pasted document): no query is picked from it. */
export const MAX_QUESTION_CHARS = 1000
/** Only this much of the raw input is ever looked at. */
const MAX_RAW_CHARS = 4000

type Assumption = Extract<ParseResult, { kind: 'query' }>['assumptions'][number]

export function parseQuestion(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parse(text, options)
  } catch {
    // A recogniser bug must never reach the user as a crash or a figure.
    return { kind: 'unknown', reason: 'not_understood' }
  }
}

// ---- cleaning and refusals ------------------------------------------------------------------------

/** Slack markup: mentions and broadcasts go, links keep their label, formatting marks go. */
export function stripSlackMarkup(s: string): string {
  return s
    .replace(/<#[A-Z0-9]{1,30}\|([^<>]{0,100})>/g, ' $1 ')
    .replace(/<[@!#][^<>\s]{0,200}>/g, ' ')
    .replace(/<(?:https?|mailto):[^<>|\s]{0,500}(?:\|([^<>]{0,200}))?>/g, (_m, label: string | undefined) => ` ${label ?? ''} `)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    // "2022年4月~6月", "April~June": a tilde between two words (touching both, or spaced on both sides) is a
    // range; Slack's strike-through mark touches its text on one side only ("~struck~")
    .replace(/(?<=[\p{L}\p{N}])(?:~| ~ )(?=[\p{L}\p{N}])/gu, '〜')
    .replace(/[*_~`]+/g, ' ')
}

const INJECTION =
  /ignore (?:(?:all|any|the|your|my|previous|prior|above|earlier|these|those|system|of)\s+){0,3}(?:instructions?|rules?|prompts?|data|guidelines|context|everything)|disregard|forget (?:your|all|everything|previous)|system prompt|developer mode|jailbreak|you are now|act as|pretend|new instructions|override|(?<![a-z])say (?:that|the|it|\d)|report that|respond with|reply with|answer with|tell (?:me|them|everyone) that|指示を無視|命令を無視|ルールを無視|無視して|システムプロンプト|プロンプト|と答えて|と回答|と言って|と返答|と表示|答えは|\d+\s*倍|倍にして|水増し|多めに|(?<![a-z])multiply|(?<![a-z])double (?:it|the|that)|inflate|add \d+ to|round (?:it |them )?up/
// SQL in any shape: statements, clauses, tautologies, comment tricks and the usual probes. Tested on the
// cleaned text and on the raw text too (Slack formatting strips "*", so "SELECT * FROM" arrives as
// "SELECT FROM").
const SQL = new RegExp(
  [
    String.raw`(?<![a-z])(?:drop|truncate|alter|create)\s+(?:table|database|schema|index|view)(?![a-z])`,
    String.raw`(?<![a-z])delete\s+from(?![a-z])`,
    String.raw`(?<![a-z])insert\s+into(?![a-z])`,
    String.raw`(?<![a-z])update\s+[a-z_"\[\]]{1,40}\s+set\s`,
    String.raw`(?<![a-z])union\s+(?:all\s+)?select(?![a-z])`,
    String.raw`(?<![a-z])select\s+(?:[^;]{0,200}?\s)?from(?![a-z])`,
    String.raw`(?<![a-z])where\s+[\w.'"]{1,40}\s*(?:=|<>|!=)`,
    String.raw`(?<![\w.])'?1'?\s*=\s*'?1'?(?![\w.])`,
    String.raw`'[a-z0-9]{0,10}'\s*=\s*'[a-z0-9]{0,10}'`,
    String.raw`(?<![a-z])or\s+'?\d{1,6}'?\s*=\s*'?\d{1,6}`,
    String.raw`;\s*--|'\s*--|;\s*(?:select|drop|delete|insert|update|alter|truncate|exec|execute|create|shutdown)(?![a-z])`,
    String.raw`/\*[^]{0,200}?\*/`,
    String.raw`(?<![a-z])(?:count|sum|avg|max|min)\s*\(\s*(?:\*|distinct\s|[a-z_]{1,40}\s*\))`,
    String.raw`(?<![a-z])group\s+by\s+[a-z_]{1,40}\s+(?:having|order)(?![a-z])|(?<![a-z])order\s+by\s+[a-z_]{1,40}\s+(?:asc|desc)(?![a-z])`,
    String.raw`xp_cmdshell|(?<![a-z])exec(?:ute)?\s+(?:xp_|sp_)|information_schema|sqlite_master|pg_catalog|pg_sleep|(?<![a-z])sleep\s*\(\s*\d|benchmark\s*\(|waitfor\s+delay`,
  ].join('|'),
)
const OFF_TOPIC =
  /weather|temperature|天気|気温|天候|poem|poetry|haiku|俳句|短歌|(?<![a-z])jokes?(?![a-z])|冗談|ジョーク|recipe|レシピ|translate|翻訳|stock price|株価|exchange rate|為替|(?<![a-z])news(?![a-z])|ニュース|capital of|首都|prime minister|首相|(?<![a-z])president|大統領|who are you|what are you|あなたは誰|your name|meaning of life|(?<![a-z])flights?(?![a-z])|hotel|予約|book me|reservation|password|パスワード|api key|secret|budget|予算|(?<![a-z])costs?(?![a-z])|費用|salary|給料|population|人口|lunch|dinner|ランチ|movie|映画|(?<![a-z])song|歌って|(?<![a-z])story|物語|calculator|電卓|\d\s*[+*]\s*\d|\d\s*\/\s*\d(?<!(?<![\d/])\d{4}\/\d{1,2}(?:\/\d{1,2})?)|<\s*\/?\s*script|javascript:|write me|write a|(?<![a-z])sing(?![a-z])/
const THRESHOLD =
  /(?:more than|over|at least|at most|less than|fewer than|under|above|below|greater than|exceeding|[<>]=?)\s*\d|\d[\d,]*\s*(?:人|名|件)?\s*(?:以上|以下|未満|超|を超え|より多|より少)|\d[\d,]*\+/

// Requests to change the recorded events (the bot only reads them; staff record events elsewhere): an
// imperative at the start ("delete …", "please add an event"), "change/set/update … to <number>", or a
// Japanese request to delete, add, change or register. Refused before any figure is picked.
const MODIFY = new RegExp(
  [
    String.raw`^\W*(?:(?:please|pls|kindly|can you|could you|would you|will you|i want to|i'd like to|i need to|let's|lets)\s+)*(?:delete|remove|erase|wipe|purge|clear|update(?! on| me)|modify|edit|add(?! up)|insert|create|register|record(?! (?:high|low|number|year))|log|enter|rename|overwrite|replace|fix|set|cancel|undo|restore|import|upload|merge)(?![a-z])`,
    String.raw`(?<![a-z])(?:delete|remove|erase|wipe|purge)(?![a-z])`,
    String.raw`(?<![a-z])(?:update|change|set|modify|edit|correct|overwrite)\s+[^.?!]{0,60}?\s+to\s+\d`,
    String.raw`削除|消去|抹消|消して|消す|取り消し|取消|(?:追加|登録|変更|修正|更新|訂正|入力|記録|編集|書き換え|上書き|置き換え|差し替え|取り込み|インポート)(?:を)?(?:して|する|しろ|せよ|したい|させて|お願い|願います|ください|下さい)|書き換えて|直して`,
  ].join('|'),
)
// Measures and operations no query expresses: shares and ratios, medians, spreads, rates. Dropping the word
// would answer another question with a confident figure, so the question is not understood instead.
// (推移 / trend is the breakdown by fiscal year, "average" is avg_participants, "compare"/増減 is compare.)
const UNSUPPORTED_MEASURE =
  /割合|比率|構成比|比重|(?<!前年度?|対前年度?)率|シェア|占め|何割|[0-9一二三四五六七八九十]割|パーセント|%|(?<![a-z])(?:ratios?|percent(?:age)?s?|per cent|proportions?|fractions?|rates?|shares? of|what share|market share|portion of|how much of|cagr|medians?|modes? of|standard deviation|std dev|variance|maximum|minimum|max|min)(?![a-z])|中央値|最頻値|標準偏差|分散|偏差|(?:最大|最小|最高|最低)[^。？?]{0,12}(?:1|一)(?:件|回)(?:あ|当)たり|(?:1|一)(?:件|回)(?:あ|当)たり[^。？?]{0,12}(?:最大|最小|最高|最低)/
// A question about one event ("the largest event", "which event had the most participants",
// 最も参加者が多かった事業, 一番大きなイベント): no query ranks single events (lists are newest first).
const EVENT_NOUN_EN = String.raw`(?:single |individual |one )?(?:event|project|activity|program|programme|initiative|seminar|webinar|session|symposium)(?![a-z])(?!\s+(?:types?|categor|kinds?|formats?|themes?))`
const EVENT_NOUN_JA = String.raw`(?:事業|イベント|案件|取組|取り組み|催し|セミナー|ウェビナー|シンポジウム)(?!分野|種類|種別|形式|テーマ|類型|数|件数)`
const SINGLE_EVENT = new RegExp(
  [
    String.raw`(?<![a-z])(?:largest|biggest|smallest|most (?:popular|attended|successful|visited)|best[- ]attended|least attended|highest[- ]attendance|top|best|worst|busiest)\s+${EVENT_NOUN_EN}`,
    String.raw`(?<![a-z])(?:which|what)\s+(?:was the\s+|is the\s+)?${EVENT_NOUN_EN}\s+(?:[a-z]+\s+){0,3}?(?:the\s+)?(?:most|largest|biggest|highest|fewest|least|smallest|lowest)(?![a-z])`,
    String.raw`(?<![a-z])(?:the\s+)?${EVENT_NOUN_EN}\s+(?:with|that had|which had|that drew|with the)\s+(?:the\s+)?(?:most|largest|biggest|highest|fewest|least|smallest|lowest)(?![a-z])`,
    String.raw`(?<![a-z])top\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:events|projects|activities|programs|seminars|sessions)(?![a-z])`,
    String.raw`(?:最も|一番|もっとも|いちばん)[^。？?、,]{0,14}?(?:多い|多かった|大きい|大きかった|大きな|少ない|少なかった|小さい|小さかった|小さな|規模の)\s*${EVENT_NOUN_JA}`,
    String.raw`(?:最大|最多|最小|最少)(?:規模)?の\s*${EVENT_NOUN_JA}`,
    String.raw`(?:大規模|最大規模|一番大きな|最も大きな|大きな)${EVENT_NOUN_JA}`,
    String.raw`(?:上位|トップ|ベスト)\s*[0-9]{1,3}\s*(?:件|つ)?の?${EVENT_NOUN_JA}`,
  ].join('|'),
)

/** "most"/最も with nothing to rank by (no state, office, year… named): it can only be about single events. */
function superlativeWithoutGroup(f: Findings): boolean {
  return (f.superlative || f.least) && f.groupBy === undefined && f.top === undefined && !f.topDimension
}

// ---- recognisers --------------------------------------------------------------------------------

const WITHOUT_OFFICE =
  /(?:(?:states?|areas?|places?|locations?|regions?)\s+)?(?:without|with no|that have no|that has no|lacking|having no|where there (?:is|are) no)\s+(?:an?\s+|any\s+)?(?:japanese\s+)?(?:consulates?(?:[- ]general)?|consular offices?|diplomatic (?:offices?|missions?|posts?)|offices?)(?![a-z])(?:\s+states?(?![a-z]))?|non[- ]?consulate(?: states?)?|no[- ]consulate(?: states?)?|consulate[- ]less|(?:総領事館|在外公館|公館|領事館)(?:が|の)?(?:所在しない|存在しない|置かれていない|設置されていない|ない|無い)(?:州|地域)?|(?:総領事館|在外公館|公館)の?(?:所在地|所在州)以外(?:の州|の地域)?/g
const BEST_PRACTICE =
  /best[- ]?practices?|showcase|flagship|good practices?|exemplary|model cases?|ベストプラクティス|代表的な(?:案件|事業|取組|取り組み|イベント)?|代表例|好事例|優良事例|グッドプラクティス/g

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 }
const TOP_N = /(?<![a-z])top\s*(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)(?![a-z\d])|(?<![a-z])(?:which|what)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)(?=\s+(?:offices?|consulates?|states?|regions?|themes?)(?![a-z]))|上位\s*(\d{1,4})|トップ\s*(\d{1,4})|ベスト\s*(\d{1,4})|(?<![\d.,])(\d{1,4})\s+(?:largest|biggest|most active|highest)/g
const LIST_LIMIT =
  /(?:latest|last|recent|most recent|newest)\s+(\d{1,4})(?![\d])(?!\s*(?:days?|weeks?|months?|years?|fys?|日|週|か月|ヶ月|カ月|年))|(?<![\d.,])(\d{1,4})\s+(?:most recent|latest|newest|recent)|(?:直近|最新|最近)の?\s*(\d{1,4})\s*件/g

const FIRST_TIME =
  /for the first time|first[- ]?time|first[- ]ever|(?<![a-z])first(?![a-z])|newly|new states?|初めて|はじめて|初の|初開催|初実施|新規に?|新たに|新しく/g
const WHEN = /(?<![a-z])when(?![a-z])|which (?:fiscal )?year|what (?:fiscal )?year|いつ|何年度|どの年度|何年/g
const ALL_STATES = /全州|all (?:50 |fifty )?states|every state|すべての州|全ての州|全米50州|50 states|50州/g
const NEVER =
  /never|no (?:events?|activities|projects)|not (?:yet )?(?:been )?(?:covered|reached|visited)|uncovered|unvisited|unreached|without (?:any )?events?|(?:have|has|had)n'?t (?:had|held|been|covered)|(?:have|has) not (?:had|held|been|covered)|(?:have|has) had no|not had any|zero events|missing states|still (?:have |has )?no|一度も|未実施|実施していない|実施されていない|実施がない|実施のない|開催していない|開催されていない|行っていない|(?:事業|案件|イベント)が(?:ない|無い)|未開催|空白州|まだ[^。？?]{0,8}(?:ない|いない)|カバーしていない|網羅していない|未カバー/g
// Negations that make a question about states one about the states WITHOUT events, read only when the
// question is about states (州 / states / where): "令和4年度に事業がなかった州はどこですか", "事業を行っていない州は？",
// "空白の州", "what states have not we covered yet" (contractions are spelt out by shorthand.ts). Elsewhere a
// negation no query expresses is left unused, and named (unused.ts).
const NEVER_JA_STATES =
  /(?:事業|案件|イベント|取組|取り組み|活動|実績|開催|実施|訪問)(?:が|は|も|の)?(?:一件も|1件も|一度も|全く|まったく)?(?:なかった|無かった|ない|無い|ありません(?:でした)?|なし|無し|ゼロ|0件)|(?:実施|開催|訪問|展開|カバー|網羅)(?:し|され|でき)(?:てい)?(?:ない|なかった|ません(?:でした)?)|(?:行って|行われて|やって|訪れて|足を運んで)い?(?:ない|なかった|ません(?:でした)?)|(?:行わ|行われ|やら|訪れ)な(?:い|かった)|未実施|未開催|未訪問|未着手|空白|手つかず|手付かず/g
const STATES_QUESTION_JA = /州|全米/
const NEVER_EN_STATES =
  /(?<![a-z])(?:not|never)\s+(?:[a-z]{1,12}\s+){0,3}?(?:covered|cover|reached|reach|visited|visit|held|hold|had|have|hosted|host|done|do|run|organi[sz]ed|organi[sz]e|touched|served|engaged|gone|been|seen|got|gotten|events?)(?![a-z])|(?<![a-z])not (?:yet|ever)(?![a-z])/g
const STATES_QUESTION_EN = /(?<![a-z])(?:states?|where)(?![a-z])/

/** "all consulates", "every office", 全公館: every office, which is no filter (and no word left unused). */
const ALL_OFFICES =
  /(?<![a-z])(?:all|every|each of)\s+(?:(?:the|our|of the|of our)\s+)?(?:japanese\s+)?(?:consulates?(?:[- ]generals?)?|offices?|diplomatic (?:offices|missions|posts)|missions)(?![a-z])|(?:全|すべての|全ての)(?:在外)?(?:公館|総領事館)/g

const LIST =
  /(?<![a-z])list(?:ed)?(?![a-z])|show (?:me )?(?:all |the )?(?:\d{1,3} )?(?:events|projects|best|most recent|recent|latest)|show all|which events|what events|what were the|what are the|(?<![a-z])latest|most recent|recent events|newest|一覧|リスト|どんな(?:案件|事業|イベント)|どのような(?:案件|事業|イベント)|見せて|列挙|最近の|直近|最新/g
const COUNT_WORD = /how many|how much|number of|(?<![a-z])count|(?<![a-z])total|件数|何件|総数|いくつ|合計|何人|何州|何公館|何回|数は|の数|数を/
// Words of comparison. Neutral ones ("compare", vs, 比較) are used by a comparison of two periods or by a
// breakdown (the groups side by side); words of change (growth, increase, 伸び, 増減) only by a comparison of
// two periods — the per-year counts or a breakdown are not the change. One single-year period with a word
// of change is compared with the fiscal year before it, as year-on-year is ("growth in FY2022?",
// 2022年度の伸び → FY2021 vs FY2022); with no period, a range or a month, the word is named (unused).
const COMPARE =
  /(?<![a-z])vs\.?(?![a-z])|versus|compar(?:ed|ing|isons?|e)|against|relative to|比較|比べ|くらべ|対比|difference/g
const CHANGE =
  /増減|(?<![a-z])(?:change[sd]?|changing|grow(?:th|n|s|ing)?|grew|increase[sd]?|increasing|decrease[sd]?|decreasing|decline[sd]?|declining|rise|rose|risen|drop(?:ped|s)?|fall|fell)(?![a-z])|増加|減少|伸び|伸長|増え|減っ|減り/g
const EACH = /それぞれ|(?<![a-z])each(?![a-z])|respectively|個別/g

// An average number of events (per month, per office…): no query has it; avg_participants is an average
// of participants per event, so these words are named as unused rather than read as that.
const AVG_OF_EVENTS =
  /平均(?:の)?(?:実施|開催)?(?:件数|回数|案件数|事業数|イベント数)|(?:件数|案件数|事業数|実施件数|開催件数)の平均|average (?:number of |count of )?(?:events|projects|activities|seminars)(?! (?:had|drew|attracted|participants|attendance))|(?:1|一)(?:か|ヶ|カ|ケ)?月(?:あたり|当たり)|月平均/g
const AVG = /average|(?<![a-z])avg(?![a-z])|(?<![a-z])mean(?![a-z])|per event|平均|1件あたり|一件あたり|1件当たり|一件当たり|1回あたり|1回当たり/
const PARTICIPANTS =
  /participants?|turnout|participation|attendees?|attendance|attended|(?<![a-z])people|persons|visitors|audience|headcount|参加者|参加人数|参加数|来場者|出席者|動員|人数|何人|何名|延べ/
const OFFICES_ACTIVE =
  /(?:how many|number of|count of)\s+(?:(?:active|participating|different)\s+)?(?:offices|consulates|diplomatic (?:offices|missions|posts)|missions|posts)|(?:active|participating) (?:offices|consulates)|(?:offices|consulates) (?:were |are )?active|何公館|公館数|実施公館|何館|いくつの(?:公館|総領事館)|(?:総領事館|在外公館|公館)の数/
const STATES_COVERED =
  /states? covered|covered states|how many (?:of the (?:50 |fifty )?)?(?:different )?states|number of states|states (?:have |has |did |were |are |have been )?(?:we )?(?:covered|reached)|have we (?:covered|reached)|coverage|何州|州数|網羅|カバー|いくつの州|州の数|州は?いくつ/
const EVENTS =
  /events?|projects?|activit(?:y|ies)|programs?|programmes?|initiatives?|seminars?|webinars?|sessions?|symposi(?:um|a)|best[- ]?practices?|ベストプラクティス|代表例|好事例|案件|事業|イベント|取組|取り組み|(?<![共主開])催し|セミナー|ウェビナー|シンポジウム|件|実施数|開催数|回数|何回|実績/
// Each figure or list a question can name, for telling when two are asked at once ("件数・人数", "events +
// attendance", 網羅州数と未実施の州): the alternatives are tried in this order at each position, so the
// longer reading wins ("average attendance" is the average, "states with no events" the list).
const EN = (src: string): string => String.raw`(?<![a-z])(?:${src})(?![a-z])`
const MENTION = new RegExp(
  [
    String.raw`(?<uncovered_states>${EN(String.raw`(?:states?|places)\s+(?:with no|without(?: any)?|that had no|that have no|lacking)\s+(?:events?|activit(?:y|ies)|projects?)|uncovered states|missing states|states (?:not yet|never|not) (?:covered|reached|visited)`)}|(?:事業|案件|イベント|取組|取り組み)?(?:が|の)?(?:なかった|無かった|ない|無い)州|未実施の?州|未開催の?州|空白の?州|(?:実施|開催)(?:していない|されていない|しなかった|されなかった)州)`,
    String.raw`(?<first_time_states>${EN(String.raw`first[- ]time states|new states|states (?:covered|reached|visited) for the first time|newly (?:covered|reached) states`)}|(?:初めて|はじめて)(?:事業を)?(?:実施|開催)?(?:した|された)?州|初(?:実施|開催)?の州|新規(?:実施)?州)`,
    String.raw`(?<avg_participants>${EN(String.raw`average (?:number of )?(?:participants?|attendance|attendees|turnout|participation)(?: per event)?|(?:participants?|attendance|attendees) per event|average|avg|mean (?:participants|attendance)`)}|平均(?:の)?(?:延べ)?(?:参加者数|参加人数|参加者|来場者数?)?|(?:1|一)(?:件|回)(?:あ|当)たり(?:の)?(?:平均)?(?:参加者数|参加人数|参加者)?)`,
    String.raw`(?<offices_active>${EN(String.raw`(?:(?:number|count) of |how many )(?:active |participating |different )?(?:offices|consulates)|(?:active|participating) (?:offices|consulates)|(?:offices|consulates) (?:were |are )?active`)}|(?:実施|活動)?公館数|何公館|(?:総領事館|在外公館|公館)の数)`,
    String.raw`(?<states_covered>${EN(String.raw`(?:(?:number|count) of |how many )(?:different )?states(?: covered| reached)?|states? covered|covered states|states reached|coverage`)}|(?:網羅|カバー)(?:した|済みの?)?州の?数|網羅州数?|網羅数|州数|何州|州の数)`,
    String.raw`(?<participants>${EN(String.raw`(?:(?:total|number of|count of) )?(?:participants?|attendance|attendees|turnout|participation|visitors|headcount)`)}|延べ参加者数?|参加者数?|参加人数|人数|来場者数?|出席者数?|動員数?|何人|何名)`,
    String.raw`(?<events>${EN(String.raw`(?:(?:total|number of|count of) )?(?:events?|projects|activities|programs|seminars|webinars)`)}|(?:実施|開催)?件数|案件数|事業数|イベント数|実施数|開催数|回数|何件|事業|イベント|案件)`,
    String.raw`(?<list_events>${EN(String.raw`(?:a |the )?list(?: of (?:the )?events)?`)}|(?:事業|案件|イベント)?一覧|リスト)`,
  ].join('|'),
  'g',
)
/** What may stand between two figures asked at once: a conjunction, a comma or a plus, and an article. */
const MENTION_JOIN =
  /^\s*(?:[,、・/+&＆]\s*)?(?:(?:and|as well as|plus|along with|together with|と|及び|および|並びに|ならびに|や)\s*)?(?:[,、]\s*)?(?:(?:the|also|its|their|total|how many|how much|number of|count of|what about|延べ|合計)\s*)*$/
/**
 * The same with the first figure's conditions before the conjunction ("events in FY2022 and how many
 * participants", 件数は2022年度、参加者数は): the second figure is still asked for, so still two figures.
 */
const MENTION_JOIN_AFTER_CONDITIONS =
  /^[^。？?!！]{0,30}?(?:[,、・/+&＆]\s*|\s(?:and|as well as|plus|along with|together with)\s+|と|及び|および|並びに|ならびに)(?:[,、]\s*)?(?:(?:the|also|its|their|total|how many|how much|number of|count of|what about|延べ|合計)\s*)*$/
const MENTION_JOIN_WORD = /[,、・/+&＆]|(?<![a-z])(?:and|as well as|plus|along with|together with)(?![a-z])|と|及び|および|並びに|ならびに|や/
/** A reading of a question that names several figures: a metric, or a list. */
type Reading = Metric | 'uncovered_states' | 'first_time_states' | 'list_events'
const READING_LABELS: Record<Reading, { en: string; ja: string }> = {
  events: { en: 'Number of events', ja: '件数' },
  participants: { en: 'Total participants', ja: '延べ参加者数' },
  states_covered: { en: 'States covered', ja: '網羅州数' },
  offices_active: { en: 'Offices with events', ja: '実施公館数' },
  avg_participants: { en: 'Average participants per event', ja: '1件あたりの平均参加者数' },
  uncovered_states: { en: 'States without events', ja: '事業のなかった州' },
  first_time_states: { en: 'States with their first event', ja: '初めて事業を実施した州' },
  list_events: { en: 'List of events', ja: '事業一覧' },
}

/**
 * The figures and lists named two or more at once, joined by と/・/、/及び/and/+/&/"as well as" (in the order
 * of the question), with the spans of those names; empty when the question names at most one.
 */
function joinedReadings(full: string): { readings: Reading[]; spans: Span[]; joins: Span[] } {
  const found: { reading: Reading; start: number; end: number }[] = []
  for (const m of full.matchAll(MENTION)) {
    const reading = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] as Reading | undefined
    if (reading) found.push({ reading, start: m.index, end: m.index + m[0].length })
  }
  const joined = new Set<number>()
  const joins: Span[] = []
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]
    const b = found[i + 1]
    if (!a || !b) continue
    const gap = full.slice(a.end, b.start)
    if (gap.length <= 40 && MENTION_JOIN_WORD.test(gap) && (MENTION_JOIN.test(gap) || MENTION_JOIN_AFTER_CONDITIONS.test(gap))) {
      joined.add(i)
      joined.add(i + 1)
      joins.push({ start: a.end, end: b.start })
    }
  }
  const picked = found.filter((_, i) => joined.has(i))
  const readings = unique(picked.map((x) => x.reading))
  if (readings.length < 2) return { readings: [], spans: [], joins: [] }
  return { readings, spans: picked.map(({ start, end }) => ({ start, end })), joins }
}

const BREAKDOWN_WORD = /(?<![a-z])(?:break[- ]?downs?|broken down|split(?: up)?|distribution)(?![a-z])|内訳|分布|ブレークダウン/g
// "both X and Y", 両方, いずれも, ともに: all of the values, where every filter is any of them. Used only
// where it changes nothing (two periods compared, a breakdown of the two values); elsewhere named.
const BOTH = /(?<![a-z])both(?![a-z])|両方|双方|いずれも|どちらも|(?<!と)ともに|(?<!と)共に/g
// A running total: a cumulative series when broken down by fiscal year or month (no such metric exists),
// the plain total otherwise ("地域別の累計件数", "cumulative number of events").
const CUMULATIVE_SERIES = /(?<![a-z])running (?:total|sum|count)s?(?![a-z])|(?<![a-z])cumulative(?:ly)?(?![a-z])|(?<![a-z])accumulated(?![a-z])|累計|累積|積み上げ|積上げ/g
// 最も少ない / 一番低い: the fewest (the gap never crosses a 多い or another 最も: 最も多い州と最も少ない州).
const LEAST_JA = /(?:最も|一番|もっとも|いちばん)[^。？?、,!！\s多最番]{0,8}?(?:少な(?:い|かった)|低(?:い|かった)|小さ(?:い|かった))|(?:少な(?:い|かった)|低い)順/g
/** 少ない / 低い next to a ranking or a top N ("件数が少ない上位5州"): the direction is the fewest. */
const FEW_JA = /少な(?:い|かった)|低(?:い|かった)/
// A region word right next to a state's name is part of a place the filters cannot express ("Southern
// California", "West Texas", 南部テキサス, カリフォルニア州南部), never region + state.
const REGION_BEFORE_STATE = /^ ?$/
const REGION_AFTER_STATE = /^(?:州)?(?:の)?$/
// A metric word with its counter (件数 = 件 + 数, 参加者数, 州数): the whole is used.
const METRIC_WORDS = new RegExp(`(?:${[AVG, PARTICIPANTS, OFFICES_ACTIVE, STATES_COVERED, EVENTS, COUNT_WORD].map((r) => r.source).join('|')})(?:の?数)?`, 'g')

const GROUP_CUES: readonly [GroupBy, RegExp][] = [
  ['fiscal_year', /by (?:fiscal )?years?|by fys?(?![a-z])|per (?:fiscal )?year|per fy|each (?:fiscal )?year|each fy|every year|year[- ]by[- ]year|yearly|annual(?:ly)?|年度別|年度ごと|年度毎|各年度|毎年度|年別|年ごと|推移|経年|(?<![a-z])trends?(?![a-z])|over the years/g],
  ['state', /by states?(?![a-z])|per state|each state|state[- ]by[- ]state|州別|州ごと|州毎|各州|(?:in )?which states?(?![a-z])|what states?(?![a-z])|どの州/g],
  ['region', /by regions?|per region|each region|regionally|地域別|地域ごと|地域毎|各地域|which regions?|どの地域/g],
  ['office', /by (?:offices?|consulates?|missions?|posts?)(?![a-z])|per (?:office|consulate)|each (?:office|consulate)|which (?:offices?|consulates?)|公館別|在外公館別|総領事館別|公館ごと|総領事館ごと|各公館|各総領事館|どの(?:公館|総領事館)/g],
  ['month', /by months?|per month|each month|monthly|month[- ]by[- ]month|月別|月ごと|月毎|各月|月次/g],
  ['activity_type', /by (?:activity )?types?|by categor(?:y|ies)|by kinds?|per type|each type|which (?:types?|kinds?)(?: of (?:activit(?:y|ies)|events?))?|what (?:types?|kinds?) of (?:activit(?:y|ies)|events?)|種類別|分野別|種別|事業分野別|(?:事業)?分類別|(?:事業)?分類ごと|(?:事業)?分類毎|各分類|カテゴリー?別|類型別|どの(?:種類|分野|分類)|種類ごと|分野ごと/g],
  ['theme', /by themes?|per theme|each theme|which themes?|テーマ別|テーマごと|どのテーマ/g],
  ['format', /by formats?|per format|each format|which formats?|形式別|開催形式別|形式ごと|(?:実施|開催)?形態別|(?:実施|開催)?形態ごと|(?:実施|開催)?形態毎|どの(?:形式|形態)/g],
]

const DIMENSION_NOUNS: readonly [GroupBy, string][] = [
  ['state', '(?<![a-z])states?(?![a-z])|州'],
  ['office', '(?<![a-z])(?:offices?|consulates?|missions?)(?![a-z])|公館|総領事館|在外公館'],
  ['region', '(?<![a-z])regions?(?![a-z])|地域'],
  ['theme', '(?<![a-z])themes?(?![a-z])|テーマ'],
  ['activity_type', '(?<![a-z])(?:types?|categor(?:y|ies)|kinds?)(?![a-z])|種類|分野|分類'],
  ['format', '(?<![a-z])formats?(?![a-z])|形式|形態'],
  ['month', '(?<![a-z])months?(?![a-z])'],
  ['fiscal_year', '(?<![a-z])(?:fiscal )?years?(?![a-z])|年度'],
]
const SUPERLATIVE = /(?<![a-z])most(?! recent)(?![a-z])|largest|biggest|highest|greatest|最も|一番|最多|最大|最高|もっとも|いちばん/
const LEAST = /(?<![a-z])(?:fewest|(?<!at )least|lowest|smallest)(?![a-z])|最少|最小|最低/
const RANKING = /ranking|ranked|(?<![a-z])rank(?![a-z])|ランキング|順位|多い順/
const RANK_WORDS = new RegExp(
  [
    SUPERLATIVE.source,
    LEAST.source,
    RANKING.source,
    String.raw`(?:が|の)?(?:多い|多かった|少ない|少なかった|大きい|多く)`,
    String.raw`(?<![a-z])(?:the )?(?:most|more|fewer|less|common|popular|frequent|often)(?![a-z])`,
  ].join('|'),
  'g',
)
const REGION_NOUN = /(?<![a-z])regions?(?![a-z])|地域|地方/g
const CATEGORY_NOUN = /(?<![a-z])(?:themes?|types?|categor(?:y|ies)|kinds?|fields?|areas?)(?![a-z])|テーマ|分野|領域|種類|類型|への貢献|貢献/g
const JURISDICTION_NOUN = /(?<![a-z])(?:jurisdiction|district|area)(?![a-z])|管轄|管内|担当/g
const STATE_NOUN = /(?<![a-z])(?:states?|where|covered|cover|covering|coverage|reached|reach|visited|visit|hit)(?![a-z])|州|網羅|カバー/g
const ACTIVE_WORD = /(?<![a-z])(?:active|participating|at least (?:one|1|a single)(?: event)?)(?![a-z])/g
const SELECTED_AS = /(?:に)?(?:選ばれ|選定され|認定され)た?|(?<![a-z])(?:selected|chosen|named|picked)(?: as)?(?![a-z])/g

// ---- the parse ---------------------------------------------------------------------------------------

interface Findings {
  /** Ratio words (shares, medians, per-unit averages, changes in percent): ratios.ts. */
  ratio: RatioFindings
  periods: PeriodFindings
  /** City, words in titles or summaries, partner (text-filters.ts). */
  text: TextFindings
  states: string[]
  ambiguousPlace?: 'washington' | 'la'
  dcMentioned: boolean
  regions: RegionCode[]
  offices: string[]
  types: ActivityTypeCode[]
  themes: ThemeCode[]
  formats: FormatCode[]
  bestPractice: boolean
  withoutOffice: boolean
  structure: StructureFindings
  top?: number
  topTooLarge: boolean
  topDimension?: GroupBy | null
  listLimit?: number
  firstTime: boolean
  when: boolean
  allStates: boolean
  never: boolean
  list: boolean
  compare: boolean
  each: boolean
  groupBy?: GroupBy
  groupCues: number
  superlative: boolean
  /** fewest / least / 最も少ない: ranks like a superlative, but no top 1 (top N is the largest). */
  least: boolean
  ranking: boolean
  metric: Metric
  metricNamed: boolean
  /** Two or more figures or lists asked at once (件数・人数): a question back lists each reading. */
  joined: { readings: Reading[]; spans: Span[] }
  /** A word of change (growth, 増減) and a neutral word of comparison (compare, 比較), by where they are. */
  change: Span[]
  comparison: Span[]
  countWord: boolean
  /** Where words were read that the query may not be able to use (named as unused when it cannot). */
  spans: {
    when: Span[]
    never: Span[]
    cues: { groupBy: GroupBy; span: Span }[]
    /** Read but never usable here: a second top N or list length, a top N over 100, an average of events. */
    extra: Span[]
    /** The first top N ("top 3", 上位5): not usable with fewest (a top N is the largest N). */
    top?: Span
    both: Span[]
    cumulative: Span[]
    /** "breakdown", "split", 内訳: a breakdown asked for, by a dimension named or to be asked. */
    breakdown: Span[]
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

  const lower = asciiLower(cleaned)
  const raw = asciiLower(normalizeText(input.slice(0, MAX_RAW_CHARS)))
  if (INJECTION.test(lower) || SQL.test(lower) || SQL.test(raw) || OFF_TOPIC.test(lower)) return { kind: 'unknown', reason: 'out_of_scope' }
  if (MODIFY.test(lower)) return { kind: 'unknown', reason: 'out_of_scope' }
  // a threshold or a single event that an event question reads (event-questions.ts) waits for it
  const eventShaped = mayBeEventQuestion(lower)
  if (UNSUPPORTED_MEASURE.test(maskRatioWords(lower)) || (!eventShaped && (strayThreshold(lower, THRESHOLD) || SINGLE_EVENT.test(lower)))) return { kind: 'unknown', reason: 'not_understood' }

  const { text: tracked, corrections } = correctTyposTracked(expandShorthandTracked(normal))
  const text = tracked.text
  const scan = new Scan(text)
  const full = asciiLower(text)
  const eventQuestion = takeEventQuestion(scan)
  // what the event question did not read is refused as before: another threshold, another single event
  const rest = eventQuestion ? scan.lower : full
  if (eventQuestion && (THRESHOLD.test(rest) || SINGLE_EVENT.test(rest))) return { kind: 'unknown', reason: 'not_understood' }
  const f = recognise(scan, full, asOf)
  if (f.periods.future) return { kind: 'unknown', reason: 'not_understood' }
  // an average of states or offices per event ("average number of states per event", 平均州数): no query has
  // it, and "average" alone reads as participants per event — never answer that instead
  if (AVG.test(full) && (STATES_COVERED.test(full) || OFFICES_ACTIVE.test(full)) && !PARTICIPANTS.test(full)) return { kind: 'unknown', reason: 'not_understood' }
  if (UNSUPPORTED_MEASURE.test(maskRatioWords(full)) || SINGLE_EVENT.test(rest) || (!eventQuestion && superlativeWithoutGroup(f))) return { kind: 'unknown', reason: 'not_understood' }

  const leftover = unusedSpans(scan)
  const strongSignal =
    f.metricNamed ||
    f.periods.mentions.length > 0 ||
    f.periods.cumulative ||
    f.periods.previousYear ||
    f.states.length > 0 ||
    f.ambiguousPlace !== undefined ||
    f.regions.length + f.offices.length + f.types.length + f.themes.length + f.formats.length > 0 ||
    f.bestPractice ||
    f.withoutOffice ||
    hasStructure(f.structure) ||
    hasTextFindings(f.text) ||
    f.groupBy !== undefined ||
    f.top !== undefined ||
    f.firstTime ||
    f.never ||
    f.list ||
    asksRatio(f.ratio)
  if (!eventQuestion && !strongSignal && !(f.countWord && leftover.length === 0)) return { kind: 'unknown', reason: 'out_of_scope' }

  const dropped: Span[] = []
  const result = eventQuestion ? decideEventQuestion(eventQuestion, f, { dropped, corrections, rest }) : decide(f, { asOf, corrections, dropped })
  const words = namedWords([...leftover, ...dropped], tracked, written)
  if (words.length === 0) return result
  // A negation or exclusion left unused applied to something the query kept in the positive ("excluding
  // online" → online): offering that query as "what was understood" would suggest the opposite question.
  const negated = words.some((w) => NEGATING_WORD.test(asciiLower(normalizeText(w))))
  return { kind: 'unknown', reason: 'unused_words', words, ...(result.kind === 'query' && !negated ? { understood: result.query } : {}) }
}

/** Words that turn a condition around: with one of them unused, the rest of the question is not offered. */
const NEGATING_WORD =
  /(?<![a-z])(?:not|no|non|none|never|without|w\/o|excluding|exclude[sd]?|except(?:ing)?|other than|apart from|besides|outside|minus|but)(?![a-z])|以外|除|抜き|含まない|含めない|含めず|ない|なかった|ません|未|非/


/**
 * The unused spans of the scanned text as the user wrote them, in the order of the question: overlapping
 * or touching spans are one word; at most MAX_UNUSED_WORDS, each named once.
 */
function namedWords(spans: Span[], tracked: Tracked, written: string): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const sp of sorted) {
    const last = merged[merged.length - 1]
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end)
    else merged.push({ ...sp })
  }
  const words = merged
    .map((sp) => {
      const o = tracked.origin(sp.start, sp.end)
      return written.slice(o.start, o.end).replace(/\s+/gu, ' ').trim()
    })
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
  // a pasted blob is named by its start
  return unique(words.map((w) => (w.length > 60 ? `${w.slice(0, 59)}…` : w))).slice(0, MAX_UNUSED_WORDS)
}

function recognise(scan: Scan, text: string, asOf: string): Findings {
  // shares, medians, per-unit averages and changes in percent (ratios.ts), before anything reads their words
  const ratio = takeRatioWords(scan, text)
  // quoted words and partner names first (never read as offices or themes), then cities (before offices and states)
  const textFindings = noTextFindings()
  takeQuotedAndPartners(scan, textFindings)
  takeCities(scan, textFindings)
  const withoutOffice = scan.take(WITHOUT_OFFICE).length > 0
  // negated filters, no theme, multi-state, participant bounds (structure-filters.ts); their words
  // ("participants", "states") are not read again as the metric
  const structure = takeStructureFilters(scan)
  const full = maskSpans(text, structure.spans)
  const offices = OFFICE_NAMES.takeAll(scan, notInsideKatakana(scan)).map((x) => x.value)

  const states: string[] = []
  let ambiguousPlace: 'washington' | 'la' | undefined
  const addPlace = (v: PlaceValue) => {
    if ('state' in v) states.push(v.state)
    else ambiguousPlace ??= v.ambiguous
  }
  const placeSpans: Span[] = []
  for (const { value, match } of STATE_NAMES.takeAll(scan, notInsideKatakana(scan))) {
    addPlace(value)
    placeSpans.push(spanOf(match))
  }
  const casedBefore = scan.cased
  for (const m of scan.take(/(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])/g, { cased: true, accept: (m) => acceptCode(m, casedBefore) })) {
    addPlace(m.text === 'LA' ? { ambiguous: 'la' } : { state: m.text })
    placeSpans.push(spanOf(m))
  }
  const dcMentioned = states.includes('DC')

  // A region word touching a state's name ("Southern California", カリフォルニア州南部) names part of that
  // state: no filter expresses it, so the whole place is named (the state alone stays in what was understood).
  const regions: RegionCode[] = []
  const partOfPlace: Span[] = []
  const regionSpans: Span[] = []
  for (const { value, match } of REGION_NAMES.takeAll(scan)) {
    const place = placeSpans.find(
      (p) =>
        (p.start >= match.end && REGION_BEFORE_STATE.test(full.slice(match.end, p.start))) ||
        (p.end <= match.start && /[^\x00-\x7f]/.test(match.text) && REGION_AFTER_STATE.test(full.slice(p.end, match.start))),
    )
    if (place) partOfPlace.push({ start: Math.min(place.start, match.start), end: Math.max(place.end, match.end) })
    else {
      regions.push(value)
      regionSpans.push(spanOf(match))
    }
  }
  // A region and a state together ("the West and Texas", 南部とテキサス州) would be filtered as both at once
  // (the states of the region that are that state: none, or the state alone), never the two together.
  if (regions.length > 0 && placeSpans.length > 0) {
    partOfPlace.push(...regionSpans)
    regions.length = 0
  }
  const types = TYPE_NAMES.takeAll(scan, notInsideKatakana(scan)).map((x) => x.value)
  const themes = THEME_NAMES.takeAll(scan, notInsideKatakana(scan)).map((x) => x.value)
  const formats = FORMAT_NAMES.takeAll(scan, notInsideKatakana(scan)).map((x) => x.value)
  const bestPractice = scan.take(BEST_PRACTICE).length > 0

  // "the last 3 years" / 過去3年間 first, so "last 3" is not read as a list length.
  const pastYears = takePastYears(scan, asOf)
  // Numbers that are a top N or a list length, read before periods so they are never taken as years.
  let top: number | undefined
  let topTooLarge = false
  let topDimension: GroupBy | null | undefined
  let topSpan: Span | undefined
  const avgOfEventsSpans = scan.take(AVG_OF_EVENTS).map(spanOf)
  const extra: Span[] = [...partOfPlace, ...avgOfEventsSpans]
  const avgOfEvents = avgOfEventsSpans.length > 0
  for (const m of scan.take(TOP_N)) {
    const raw = m.groups.find((g) => g !== undefined) ?? ''
    const n = NUMBER_WORDS[raw] ?? Number(raw)
    if (top !== undefined) {
      extra.push(spanOf(m))
      continue
    }
    if (Number.isInteger(n) && n >= 1 && n <= 100) {
      top = n
      topSpan = spanOf(m)
      topDimension = dimensionNear(scan, m)
    } else {
      topTooLarge = true
      extra.push(spanOf(m))
    }
  }
  let listLimit: number | undefined
  for (const m of scan.take(LIST_LIMIT)) {
    const n = Number(m.groups.find((g) => g !== undefined))
    if (listLimit === undefined && Number.isInteger(n) && n >= 1 && n <= 100) listLimit = n
    else extra.push(spanOf(m))
  }

  const bothSpans = scan.take(BOTH).map(spanOf)
  // kept (not consumed): "running total" is made of function words, 累計 is the period reader's
  const cumulativeSpans = scan.take(CUMULATIVE_SERIES, { keep: true }).map(spanOf)
  const periods = findPeriods(scan, asOf, pastYears)

  const firstTime = scan.take(FIRST_TIME).length > 0
  const whenSpans = scan.take(WHEN).map(spanOf)
  const when = whenSpans.length > 0
  const allStates = scan.take(ALL_STATES).length > 0
  const neverSpans = [
    ...scan.take(NEVER),
    ...(STATES_QUESTION_JA.test(full) ? scan.take(NEVER_JA_STATES) : []),
    ...(STATES_QUESTION_EN.test(full) ? scan.take(NEVER_EN_STATES) : []),
  ].map(spanOf)
  const never = neverSpans.length > 0
  const list = scan.take(LIST).length > 0 || listLimit !== undefined

  // Breakdowns: the earliest cue wins; several different cues lower the confidence.
  let groupBy: GroupBy | undefined
  let groupStart = Number.POSITIVE_INFINITY
  const cues = new Set<GroupBy>()
  const cueSpans: { groupBy: GroupBy; span: Span }[] = []
  for (const [g, re] of GROUP_CUES) {
    for (const m of scan.take(re)) {
      cues.add(g)
      cueSpans.push({ groupBy: g, span: spanOf(m) })
      if (m.start < groupStart) {
        groupStart = m.start
        groupBy = g
      }
    }
  }
  // "breakdown", 内訳: asks for a breakdown; with no dimension named, the user is asked which (decide)
  const breakdownSpans = scan.take(BREAKDOWN_WORD).map(spanOf)
  const comparisonSpans = scan.take(COMPARE).map(spanOf)
  const changeSpans = scan.take(CHANGE).map(spanOf)
  const compare = comparisonSpans.length + changeSpans.length > 0
  const each = scan.take(EACH).length > 0
  // The nouns that only say what a recognised name is ("the Midwest region", 「エネルギー分野」, 「シカゴ総管轄」)
  // are used by that name's filter.
  if (regions.length > 0) scan.take(REGION_NOUN)
  if (themes.length > 0 || types.length > 0) scan.take(CATEGORY_NOUN)
  if (offices.length > 0) scan.take(JURISDICTION_NOUN)
  if (bestPractice) scan.take(SELECTED_AS)
  scan.take(ALL_OFFICES)

  const { joins, ...joined } = joinedReadings(full)
  // the conjunctions between the figures asked (及び, "as well as") are used by the question back
  for (const j of joins) scan.consume(j.start, j.end)
  // an average of events is named as unused (AVG_OF_EVENTS), never read as the average of participants
  const avg = AVG.test(full) && !avgOfEvents
  const officesActive = OFFICES_ACTIVE.test(full)
  const statesCovered = STATES_COVERED.test(full)
  const participants = PARTICIPANTS.test(full)
  const events = EVENTS.test(full)
  const metric: Metric = avg
    ? 'avg_participants'
    : officesActive
      ? 'offices_active'
      : statesCovered
        ? 'states_covered'
        : participants
          ? 'participants'
          : 'events'
  const countWord = COUNT_WORD.test(full)
  scan.take(METRIC_WORDS)
  // Questions about states (coverage, first-time states, states without events) use the words "state",
  // 州, "covered", "reached"; "active" is the offices-active metric's own word.
  if (statesCovered || firstTime || never || allStates) scan.take(STATE_NOUN)
  if (officesActive) scan.take(ACTIVE_WORD)

  // 最も少ない is read (and used) before 最も alone is taken for "most"
  const leastJa = scan.take(LEAST_JA).length > 0
  const superlative = SUPERLATIVE.test(scan.lower)
  const ranking = RANKING.test(scan.lower)
  const least = leastJa || LEAST.test(scan.lower) || ((superlative || ranking || top !== undefined) && FEW_JA.test(scan.lower))
  if (superlative || least || ranking || (top !== undefined && !topDimension)) {
    // "which state had the most", "最も件数が多い州", "ranking of offices": the dimension is named apart.
    const dim = firstDimension(scan)
    if (top !== undefined && !topDimension) topDimension = dim ?? null
    else if (groupBy === undefined && dim) {
      groupBy = dim
      cues.add(dim)
    }
  }
  if (top !== undefined && topDimension && groupBy === undefined) groupBy = topDimension
  // "最も多い州と最も少ない州": both name the one dimension of the breakdown
  if (superlative && least && groupBy !== undefined) {
    const noun = DIMENSION_NOUNS.find(([g]) => g === groupBy)?.[1]
    if (noun) scan.take(new RegExp(noun, 'g'))
  }
  // The words of the ranking are used by the breakdown they make ("most", 最も…多い, 多い順).
  if ((superlative || least || ranking || top !== undefined) && groupBy !== undefined) scan.take(RANK_WORDS)
  // "about X", 「Xに関する」: last, so X is only what nothing else understood
  takeCuedWords(scan, textFindings)

  return {
    ratio,
    periods,
    text: textFindings,
    states: unique(states),
    ...(ambiguousPlace ? { ambiguousPlace } : {}),
    dcMentioned,
    regions: unique(regions),
    offices: unique(offices),
    types: unique(types),
    themes: unique(themes),
    formats: unique(formats),
    bestPractice,
    withoutOffice,
    structure,
    ...(top !== undefined ? { top } : {}),
    topTooLarge,
    ...(topDimension !== undefined ? { topDimension } : {}),
    ...(listLimit !== undefined ? { listLimit } : {}),
    firstTime,
    when,
    allStates,
    never,
    list,
    compare,
    each,
    ...(groupBy !== undefined ? { groupBy } : {}),
    groupCues: cues.size,
    superlative,
    least,
    ranking,
    metric,
    metricNamed: avg || officesActive || statesCovered || participants || events,
    joined,
    change: changeSpans,
    comparison: comparisonSpans,
    countWord,
    spans: { when: whenSpans, never: neverSpans, cues: cueSpans, extra, ...(topSpan ? { top: topSpan } : {}), both: bothSpans, cumulative: cumulativeSpans, breakdown: breakdownSpans },
  }
}

const spanOf = (m: Match): Span => ({ start: m.start, end: m.end })

interface Context {
  asOf: string
  corrections: number
  /** Filled in by decide: words read by a recogniser that the query it builds cannot use. */
  dropped: Span[]
}

function decide(f: Findings, ctx: Context): ParseResult {
  // a ratio of two figures named at once is no question back of ours: its words are named
  if (asksRatio(f.ratio) && f.joined.readings.length >= 2) ctx.dropped.push(...ratioWordsUnused(f.ratio, undefined))
  if (f.joined.readings.length >= 2) {
    const asked = askWhichReading(f, ctx)
    if (asked) return asked
    // no question back can be formed: the names of the figures asked at once are named
    ctx.dropped.push(...f.joined.spans)
  }
  const assumptions = new Set<Assumption>()
  const base: Omit<Filters, 'period'> = {}
  if (f.states.length > 0) base.states = f.states as Filters['states']
  if (f.regions.length > 0) base.regions = f.regions
  if (f.offices.length > 0) base.offices = f.offices as Filters['offices']
  if (f.types.length > 0) base.types = f.types
  if (f.themes.length > 0) base.themes = f.themes
  if (f.formats.length > 0) base.formats = f.formats
  if (f.bestPractice) base.bestPractice = true
  if (f.withoutOffice) base.withoutOffice = true
  applyStructure(base, f.structure)
  Object.assign(base, textFilterSlots(f.text))

  const mentions = f.periods.mentions
  const firstPeriod = mentions[0]
  const period: Period = firstPeriod ? firstPeriod.period : { kind: 'all' }
  if (firstPeriod?.yearAsFy) assumptions.add('year_as_fiscal_year')
  if (firstPeriod?.latestPart) assumptions.add('latest_fy_part')

  const dropped = ctx.dropped
  dropped.push(...f.spans.extra, ...f.text.extra)
  // A third period has no place in any query (a comparison takes two).
  for (const m of mentions.slice(2)) dropped.push({ start: m.start, end: m.end })
  // "when" is used only by first-time questions ("when did we first…", 全州を網羅したのはいつ).
  if (f.when && !f.firstTime && !f.allStates) dropped.push(...f.spans.when)

  let query: Query
  const ratio = asksRatio(f.ratio) ? decideRatio(f.ratio, { base, period, participantsNamed: f.metric === 'participants' || f.metric === 'avg_participants', metric: f.metric }) : undefined
  if (ratio?.kind === 'clarify') return clarify(ratio.options.map((q) => [shareLabel(q), q]))
  // ratio words no ratio query uses are named, also when a question back below returns early
  if (ratio?.kind === 'none') dropped.push(...ratioWordsUnused(f.ratio, undefined).filter((sp) => !f.ratio.percent.includes(sp)))
  const stateIntent = f.firstTime || (f.allStates && f.when) || f.never
  if (ratio?.kind === 'query') {
    // a ratio is one figure: no breakdown, no second period, no list of states
    query = ratio.query
    for (const c of f.spans.cues) dropped.push(c.span)
    for (const m of mentions.slice(1)) dropped.push({ start: m.start, end: m.end })
    dropped.push(...f.spans.never, ...f.periods.previousYearSpans)
    if (f.firstTime || f.list || f.top !== undefined) return { kind: 'unknown', reason: 'not_understood' }
  } else if (stateIntent) {
    // A list of states takes no other breakdown ("which offices had no events"), and "first" wins over a negation.
    for (const c of f.spans.cues) if (c.groupBy !== 'state') dropped.push(c.span)
    // a list of states takes one period: a second one ("no events in FY2021 that had events in FY2020") is named
    for (const m of mentions.slice(1, 2)) dropped.push({ start: m.start, end: m.end })
    if (f.firstTime && f.never) dropped.push(...f.spans.never)
    if (f.never && f.spans.cues.some((c) => c.groupBy !== 'state')) dropped.push(...f.spans.never)
    const filters = withoutDc({ ...base }, f, assumptions)
    if (f.firstTime || (f.allStates && f.when)) {
      let p = period
      if (!firstPeriod && !f.when && !f.periods.cumulative) {
        p = { kind: 'fy_relative', offset: 0 }
        assumptions.add('latest_fy_for_first_time')
      }
      query = { intent: 'first_time_states', filters: { period: p, ...filters } }
    } else {
      query = { intent: 'uncovered_states', filters: { period, ...filters } }
    }
  } else {
    const comparePeriods = pickComparePeriods(f, ctx.asOf)
    const listLike =
      !f.countWord &&
      f.groupBy === undefined &&
      f.top === undefined &&
      (f.list || (f.bestPractice && !namesAFigure(f)))
    // year-on-year needs one single-year period (or none)
    if (f.periods.previousYear && !comparePeriods) dropped.push(...f.periods.previousYearSpans)
    if (comparePeriods) {
      // a comparison of two periods has no breakdown and no top N
      for (const c of f.spans.cues) dropped.push(c.span)
      for (const m of mentions) {
        if (m.yearAsFy) assumptions.add('year_as_fiscal_year')
        if (m.latestPart) assumptions.add('latest_fy_part')
      }
      if (!f.metricNamed) assumptions.add('default_metric_events')
      const filters = f.metric === 'states_covered' ? withoutDc({ ...base }, f, assumptions) : base
      query = { intent: 'compare', metric: f.metric, filters: { period: { kind: 'all' }, ...filters }, periods: comparePeriods, ...(changeInPercent(f.ratio) ? { asPercent: true } : {}) }
    } else if (listLike) {
      query = { intent: 'list_events', filters: { period, ...base }, limit: f.listLimit ?? 20 }
    } else {
      if (!f.metricNamed) assumptions.add('default_metric_events')
      const filters = f.metric === 'states_covered' ? withoutDc({ ...base }, f, assumptions) : base
      if (f.top !== undefined && f.groupBy === undefined) {
        const top = f.top
        const make = (groupBy: GroupBy): Query => ({ intent: 'metric', metric: f.metric, filters: { period, ...filters }, groupBy, top })
        return clarify([
          [BREAKDOWN_LABELS.state, make('state')],
          [BREAKDOWN_LABELS.office, make('office')],
        ])
      }
      query = metricQuery(f.metric, { period, ...filters }, f)
      if (query.intent === 'metric' && query.groupBy === undefined) {
        const dim = dimensionCompared(f)
        if (dim) query.groupBy = dim
      }
      // one breakdown at a time: a cue for another dimension is not used
      const groupBy = query.intent === 'metric' ? query.groupBy : undefined
      for (const c of f.spans.cues) if (c.groupBy !== groupBy) dropped.push(c.span)
    }
  }

  // "the breakdown of events in FY2022" names no dimension: ask which, never answer with the total
  if (f.spans.breakdown.length > 0 && !f.ambiguousPlace && query.intent === 'metric' && query.groupBy === undefined) return clarifyBreakdown(query)
  dropped.push(...wordsTheQueryCannotUse(f, query), ...ratioWordsUnused(f.ratio, query))
  if (f.ambiguousPlace) return clarifyPlace(query, f.ambiguousPlace)
  const cityAsked = clarifyCity(query, f.text, f.states.length > 0)
  if (cityAsked) return cityAsked

  let confidence = 1
  confidence *= 0.85 ** ctx.corrections
  if (assumptions.has('default_metric_events')) confidence -= 0.1
  if (assumptions.has('year_as_fiscal_year')) confidence -= 0.05
  if (f.groupCues > 1) confidence -= 0.2
  if (f.topTooLarge) confidence -= 0.2
  confidence = Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100

  return { kind: 'query', query, assumptions: [...assumptions], confidence }
}

/**
 * A question back for a question naming several figures or lists at once (件数・人数, 網羅州数と未実施の州):
 * one complete query per reading, each decided as if the question named that one alone; undefined when one
 * of them is no query (or there are more readings than a question back may list). Words a reading cannot
 * use go to ctx.dropped (the question then gets no figure).
 */
function askWhichReading(f: Findings, ctx: Context): ParseResult | undefined {
  const readings = f.joined.readings
  if (readings.length > 5) return undefined
  const none = { joined: { readings: [], spans: [] }, never: false, firstTime: false, allStates: false, list: false }
  const options: [{ en: string; ja: string }, Query][] = []
  const dropped: Span[] = []
  for (const r of readings) {
    const g: Findings =
      r === 'uncovered_states'
        ? { ...f, ...none, never: true }
        : r === 'first_time_states'
          ? { ...f, ...none, firstTime: true }
          : r === 'list_events'
            ? { ...f, ...none, list: true, countWord: false }
            : { ...f, ...none, metric: r, metricNamed: true }
    const result = decide(g, { ...ctx, dropped })
    if (result.kind !== 'query') return undefined
    options.push([READING_LABELS[r], result.query])
  }
  ctx.dropped.push(...dropped)
  return clarify(options)
}

/**
 * Words read that the finished query does not use, so the question gets no figure: "both" where the filter
 * is any of its values, a word of change outside a comparison of two periods, a neutral word of comparison
 * with nothing compared, a cumulative word on a series by fiscal year or month, a top N with fewest.
 */
function wordsTheQueryCannotUse(f: Findings, query: Query): Span[] {
  const out: Span[] = []
  const groupBy = query.intent === 'metric' ? query.groupBy : undefined
  if (valuesPerDimension(f).some(([dim, n]) => n >= 2 && dim !== groupBy)) out.push(...f.spans.both)
  // "in both FY2021 and FY2022" with no word of comparison asks for what the two periods share (an
  // intersection), not a comparison ("compare events in both FY2021 and FY2022" is one)
  if (query.intent === 'compare' && f.comparison.length === 0 && f.change.length === 0) out.push(...f.spans.both)
  if (query.intent !== 'compare') {
    out.push(...f.change)
    if (groupBy === undefined) out.push(...f.comparison)
  }
  if (groupBy === 'fiscal_year' || groupBy === 'month') out.push(...f.spans.cumulative)
  if (f.least && f.top !== undefined && f.spans.top) out.push(f.spans.top)
  if (query.intent !== 'metric' || query.groupBy === undefined) out.push(...f.spans.breakdown)
  return out
}

/**
 * A breakdown asked for with no dimension ("breakdown of events in FY2022", 2022年度の件数の内訳): one reading
 * per usual dimension, by fiscal year first when the period spans several.
 */
function clarifyBreakdown(query: Extract<Query, { intent: 'metric' }>): ParseResult {
  const p = query.filters.period
  const severalYears = p.kind === 'all' || (p.kind === 'fy' && p.to !== p.from)
  const dims: GroupBy[] = severalYears ? ['fiscal_year', 'state', 'office', 'activity_type', 'format'] : ['state', 'region', 'office', 'activity_type', 'format']
  return clarify(dims.map((g) => [BREAKDOWN_LABELS[g], { ...query, groupBy: g }]))
}

const BREAKDOWN_LABELS: Record<GroupBy, { en: string; ja: string }> = {
  fiscal_year: { en: 'By fiscal year', ja: '年度別' },
  state: { en: 'By state', ja: '州別' },
  region: { en: 'By region', ja: '地域別' },
  office: { en: 'By office', ja: '公館別' },
  activity_type: { en: 'By activity type', ja: '事業分類別' },
  theme: { en: 'By theme', ja: 'テーマ別' },
  format: { en: 'By format', ja: '実施形態別' },
  month: { en: 'By month', ja: '月別' },
}

function metricQuery(metric: Metric, filters: Filters, f: Findings): Query {
  return {
    intent: 'metric',
    metric,
    filters,
    ...(f.groupBy !== undefined ? { groupBy: f.groupBy } : {}),
    // a top N is the N largest: with fewest (or most and fewest together) the whole breakdown
    ...(f.top !== undefined && f.groupBy !== undefined && !f.least ? { top: f.top } : {}),
    ...(f.top === undefined && f.superlative && !f.least && f.groupBy !== undefined ? { top: 1 } : {}),
  }
}

/** How many values the question named for each filter that is also a breakdown dimension. */
function valuesPerDimension(f: Findings): [GroupBy, number][] {
  return [
    ['state', f.states.length],
    ['office', f.offices.length],
    ['region', f.regions.length],
    ['activity_type', f.types.length],
    ['theme', f.themes.length],
    ['format', f.formats.length],
  ]
}

/** Whether the question asks for a figure (so best practice means a count, not a list). */
function namesAFigure(f: Findings): boolean {
  return f.countWord || f.metric !== 'events'
}

/** The dimension of an "A vs B" or "A and B respectively" question, when two values of one kind appear. */
function dimensionCompared(f: Findings): GroupBy | undefined {
  if (!f.compare && !f.each) return undefined
  return valuesPerDimension(f).find(([, n]) => n >= 2)?.[0]
}

function pickComparePeriods(f: Findings, asOf: string): [Period, Period] | undefined {
  const ps = f.periods.mentions.map((m) => m.period)
  let pair: [Period, Period] | undefined
  const [a, b] = ps
  const joined = f.periods.mentions[0]?.joinedByAnd
  if (a && b) pair = [a, b]
  else if (a && joined && f.compare) {
    // "how did X change between FY2021 and FY2022": the two years side by side, not their sum.
    pair = [
      { kind: 'fy', from: joined[0], to: joined[0] },
      { kind: 'fy', from: joined[1], to: joined[1] },
    ]
  }
  else if (a && (f.periods.previousYear || f.change.length > 0)) {
    // 前年度比 / year-on-year, and a word of change with one single-year period ("growth in FY2022?")
    const prev = previousPeriod(a)
    if (prev) pair = [prev, a]
  } else if (!a && f.periods.previousYear) {
    pair = [{ kind: 'fy_relative', offset: -1 }, { kind: 'fy_relative', offset: 0 }]
  }
  if (!pair) return undefined
  const [p, q] = pair
  return periodSortKey(p, asOf) <= periodSortKey(q, asOf) ? [p, q] : [q, p]
}

/** DC is not a state: state-coverage questions never filter on it (and say so). */
function withoutDc(filters: Omit<Filters, 'period'>, f: Findings, assumptions: Set<Assumption>): Omit<Filters, 'period'> {
  if (!f.dcMentioned) return filters
  assumptions.add('dc_not_a_state')
  const states = (filters.states ?? []).filter((s) => s !== 'DC')
  const { states: _dropped, ...rest } = filters
  return states.length > 0 ? { ...rest, states } : rest
}

function clarify(options: [{ en: string; ja: string }, Query][]): ParseResult {
  return { kind: 'clarify', options: options.map(([label, query]) => ({ label, query })) }
}

function clarifyPlace(query: Query, place: 'washington' | 'la'): ParseResult {
  const withState = (code: string): Query => {
    const states = [...(query.filters.states ?? []), code] as Filters['states']
    return { ...query, filters: { ...query.filters, states } } as Query
  }
  if (place === 'washington') {
    return clarify([
      [{ en: 'Washington State', ja: 'ワシントン州' }, withState('WA')],
      [{ en: 'Washington, D.C.', ja: 'ワシントンDC' }, withState('DC')],
    ])
  }
  const offices = [...(query.filters.offices ?? []), 'los-angeles'] as Filters['offices']
  return clarify([
    [{ en: 'Louisiana', ja: 'ルイジアナ州' }, withState('LA')],
    [{ en: 'Consulate-General in Los Angeles', ja: 'ロサンゼルス総領事館' }, { ...query, filters: { ...query.filters, offices } } as Query],
  ])
}

// ---- helpers -------------------------------------------------------------------------------------------

const KATAKANA = /[\u30a0-\u30ff]/

/** A Japanese name inside a longer katakana word is not that name (ロス in クロス). */
function notInsideKatakana(scan: Scan): (m: Match) => boolean {
  return (m) => {
    const text = scan.lower
    const before = text[m.start - 1] ?? ''
    const after = text[m.end] ?? ''
    if (KATAKANA.test(m.text[0] ?? '') && KATAKANA.test(before)) return false
    if (KATAKANA.test(m.text[m.text.length - 1] ?? '') && KATAKANA.test(after)) return false
    return true
  }
}

/** A USPS code that is also an English word (IN, OR, ME…) is a state only in a state-like position. */
function acceptCode(m: Match, cased: string): boolean {
  const code = m.text
  if (!STATE_CODES.has(code)) return false
  // "LA" written in capitals is never the English word: in any position ("did LA do", "LA's events", even
  // in a shouted question) it is Louisiana or the Los Angeles consulate, and the user is asked which.
  if (code === 'LA') return true
  if (!WORDLIKE_CODES.has(code)) return true
  const letters = cased.replace(/[^A-Za-z]/g, '')
  const capitals = letters.replace(/[^A-Z]/g, '')
  if (letters.length >= 6 && capitals.length / letters.length > 0.6) return false
  const before = cased.slice(Math.max(0, m.start - 16), m.start)
  const after = cased.slice(m.end, m.end + 4)
  if (/(?:^|[^A-Za-z])(?:in|for|from|at|across|to|and|or|vs\.?|versus|of|with|including|than)\s+$/i.test(before)) return true
  if (/[,/&、・]\s*$/.test(before)) return true
  return /^[^\x00-\x7f]/.test(after) || /[^\x00-\x7f]$/.test(before)
}

const NEAR_AFTER: readonly [GroupBy, RegExp][] = DIMENSION_NOUNS.map(([g, noun]) => [g, new RegExp(`^\\s*(?:の\\s*)?(?:the\\s+)?(?:${noun})`)])
const NEAR_BEFORE: readonly [GroupBy, RegExp][] = DIMENSION_NOUNS.map(([g, noun]) => [g, new RegExp(`(?:${noun})\\s*(?:の|by)?\\s*$`)])
const ANYWHERE: readonly [GroupBy, RegExp][] = DIMENSION_NOUNS.map(([g, noun]) => [g, new RegExp(noun)])

/**
 * The dimension named right next to a "top N" ("top 5 states", "上位5州", "州トップ5", "トップ3の公館"); its
 * noun is consumed (used).
 */
function dimensionNear(scan: Scan, m: Match): GroupBy | null {
  const after = scan.lower.slice(m.end, m.end + 16)
  const beforeStart = Math.max(0, m.start - 10)
  const before = scan.lower.slice(beforeStart, m.start)
  for (const [g, re] of NEAR_AFTER) {
    const x = re.exec(after)
    if (x) {
      scan.consume(m.end + x.index, m.end + x.index + x[0].length)
      return g
    }
  }
  for (const [g, re] of NEAR_BEFORE) {
    const x = re.exec(before)
    if (x) {
      scan.consume(beforeStart + x.index, beforeStart + x.index + x[0].length)
      return g
    }
  }
  return null
}

/** The first dimension noun of the unused text ("which state … most"), consumed when found. */
function firstDimension(scan: Scan): GroupBy | undefined {
  let best: GroupBy | undefined
  let bestAt = Number.POSITIVE_INFINITY
  let bestEnd = 0
  for (const [g, re] of ANYWHERE) {
    const m = re.exec(scan.lower)
    if (m && m.index < bestAt) {
      best = g
      bestAt = m.index
      bestEnd = m.index + m[0].length
    }
  }
  if (best !== undefined) scan.consume(bestAt, bestEnd)
  return best
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)]
}
