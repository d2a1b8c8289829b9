// Refusals made on the text alone, before or beside the recognisers: hostile input (injections, SQL),
// off-topic requests, requests to change data, measures and single-event rankings no query expresses.
// Each pattern is a literal alternation or a bounded gap (no catastrophic backtracking).
import { CHATTER } from './unused.ts'
import type { ParseResult } from '../query.ts'
import type { Period } from '../slots.ts'
import { fyPartDates } from '../execute/periods.ts'
import { EVENT_STATS, maskBudgetWords, mayBeEventQuestion } from './event-questions.ts'
import { type Findings } from './findings.ts'
import { maskRatioWords } from './ratios.ts'
import { AVG, OFFICES_ACTIVE, PARTICIPANTS, STATES_COVERED } from './recognise.ts'
import { strayThreshold } from './structure-filters.ts'


// ---- ------------------------------------------------------------------------

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
/** 8/15/2022, 15/8/2022: a date (period.ts), not a division. */
const SLASH_DATE = /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}(?![\d/])/g
const OFF_TOPIC =
  /weather|temperature|天気|気温|天候|poem|poetry|haiku|俳句|短歌|(?<![a-z])jokes?(?![a-z])|冗談|ジョーク|recipe|レシピ|translate|翻訳|stock price|株価|exchange rate|為替|(?<![a-z])news(?![a-z])|ニュース|capital of|首都|prime minister|首相|(?<![a-z])president|大統領|who are you|what are you|あなたは誰|your name|meaning of life|(?<![a-z])flights?(?![a-z])|hotel|予約|book me|reservation|password|パスワード|api key|secret|budget|予算|(?<![a-z])costs?(?![a-z])|費用|salary|給料|population|人口|lunch|dinner|ランチ|movie(?! screening)|映画(?!上映)|(?<![a-z])song|歌って|(?<![a-z])story|物語|calculator|電卓|\d\s*[+*]\s*\d|\d\s*\/\s*\d(?<!(?<![\d/])\d{4}\/\d{1,2}(?:\/\d{1,2})?)|<\s*\/?\s*script|javascript:|write me|write a|(?<![a-z])sing(?![a-z])/
// Opinions of events (what people thought, felt or rated: satisfaction, feedback, 感想, 満足度, 評判): no event
// records them. Read outside quotes, where a title's words stand (「意見交換会」).
const OPINION =
  /(?<![a-z])(?:think|thought|feel|felt|opinions?|feedback|satisf(?:ied|action|actory)|impressions?|reactions?|(?<!(?:internal|annual|year-end|mid-year|bilateral|policy|quarterly|periodic|strategic|budget|programme|program|coverage|portfolio) )reviews?|rated|ratings?|liked|enjoy(?:ed)?)(?![a-z])|感想|満足|評判|評価|印象|反響|反応|好評|不評|意見(?!交換)/
const QUOTED = /「[^」]*」|『[^』]*』|"[^"]*"|“[^”]*”/g
export const THRESHOLD =
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
  /割合|比率|構成比|比重|(?<!前年度?|対前年度?)率|シェア|占め|何割|[0-9一二三四五六七八九十]割|パーセント|%|(?<![a-z])(?:ratios?|percent(?:age)?s?|per cent|proportions?|fractions?|rates?|shares? of|what share|market share|portion of|how much of|cagr|medians?|modes? of|standard deviation|std dev|variance|maximum|minimum|max|min)(?![a-z])|中央値|最頻値|標準偏差|分散|偏差|(?:最大|最小|最高|最低)(?:の)?(?:延べ)?(?:参加者数|参加人数|参加者|来場者数|動員数)(?!の(?:事業|イベント|案件))|(?:最大|最小|最高|最低)[^。？?]{0,12}(?:1|一)(?:件|回)(?:あ|当)たり|(?:1|一)(?:件|回)(?:あ|当)たり[^。？?]{0,12}(?:最大|最小|最高|最低)/
// A question about one event ("the largest event", "which event had the most participants",
// 最も参加者が多かった事業, 一番大きなイベント): no query ranks single events (lists are newest first).
const EVENT_NOUN_EN = String.raw`(?:single |individual |one )?(?:event|project|activity|program|programme|initiative|seminar|webinar|session|symposium)(?![a-z])(?!\s+(?:types?|categor|kinds?|formats?|themes?))`
const EVENT_NOUN_JA = String.raw`(?:事業|イベント|案件|取組|取り組み|催し|セミナー|ウェビナー|シンポジウム)(?!分野|種類|種別|形式|テーマ|類型|数|件数)`
export const SINGLE_EVENT = new RegExp(
  [
    String.raw`(?<![a-z])(?:largest|biggest|smallest|most (?:popular|attended|successful|visited)|best[- ]attended|least attended|highest[- ]attendance|top|best|worst|busiest)\s+${EVENT_NOUN_EN}`,
    String.raw`(?<![a-z])(?:which|what)\s+(?:was the\s+|is the\s+)?${EVENT_NOUN_EN}\s+(?:[a-z]+\s+){0,3}?(?:the\s+)?(?:most|largest|biggest|highest|fewest|least|smallest|lowest)(?![a-z])`,
    String.raw`(?<![a-z])(?:the\s+)?${EVENT_NOUN_EN}\s+(?:with|that had|which had|that drew|with the)\s+(?:the\s+)?(?:most|largest|biggest|highest|fewest|least|smallest|lowest)(?![a-z])`,
    String.raw`(?<![a-z])(?:top|bottom)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:events|projects|activities|programs|seminars|sessions)(?![a-z])`,
    String.raw`(?:最も|一番|もっとも|いちばん)[^。？?、,]{0,14}?(?:多い|多かった|大きい|大きかった|大きな|少ない|少なかった|小さい|小さかった|小さな|規模の)\s*${EVENT_NOUN_JA}`,
    String.raw`(?:最大|最多|最小|最少)(?:規模)?の\s*${EVENT_NOUN_JA}`,
    // 参加者数が最大だった事業（の公館）: one event's figure, never a group's total
    String.raw`(?:が|は)(?:最大|最多|最小|最少|最高|最低)(?:だった|であった|の|な)?\s*${EVENT_NOUN_JA}`,
    String.raw`(?:大規模|最大規模|一番大きな|最も大きな|大きな)${EVENT_NOUN_JA}`,
    String.raw`(?:上位|トップ|ベスト|下位|ワースト)\s*[0-9]{1,3}\s*(?:件|つ)?の?${EVENT_NOUN_JA}`,
  ].join('|'),
)

/** The words of a statistic of single events (event-questions.ts EVENT_STATS) blanked: its max, min and average are read there. */
function maskEventStats(lower: string): string {
  let out = lower
  for (const re of EVENT_STATS) out = out.replace(new RegExp(re.source, re.flags), (m) => ' '.repeat(m.length))
  return out
}

const EVENTS_BY_COUNT =
  /(?<![a-z])(?:events?|projects?|activities)\s+(?:(?:broken down|split|grouped|bucketed|distributed)\s+)?(?:by|per)\s+(?:the\s+)?(?:number|count|no\.?)\s+of\s+(?:states|partners|partner organi[sz]ations|days|themes)(?![a-z])|(?:州数|パートナー数|日数|テーマ数)(?:別|ごと)/

/** "most"/最も with nothing to rank by (no state, office, year… named): it can only be about single events. */
function superlativeWithoutGroup(f: Findings): boolean {
  return (f.superlative || f.least) && f.groupBy === undefined && f.top === undefined && !f.topDimension
}

/**
 * Refusals on the cleaned question (`lower`: NFKC, ASCII lower-cased) and on the raw input (`raw`, for SQL
 * that Slack's formatting would hide), before any recogniser reads it: hostile or off-topic → out_of_scope;
 * a change to the data → out_of_scope; a measure no query has, or (unless an event question may read them) a
 * numeric condition or a single event's ranking → not_understood. Undefined when none applies.
 */
export function refusedBeforeReading(lower: string, raw: string): ParseResult | undefined {
  // budget-execution words (event-questions.ts BUDGET_WORDS) are a question of their own, not off-topic money talk
  // what the asker says about themselves or the answer's precision ("(max minus min)", "just curious") is no measure
  const budgetMasked = maskBudgetWords(lower.replace(CHATTER, (m) => ' '.repeat(m.length)))
  if (INJECTION.test(lower) || SQL.test(lower) || SQL.test(raw) || OFF_TOPIC.test(maskEventStats(budgetMasked).replace(SLASH_DATE, (d) => ' '.repeat(d.length))) || OPINION.test(lower.replace(QUOTED, ' '))) return { kind: 'unknown', reason: 'out_of_scope' }
  if (MODIFY.test(lower)) return { kind: 'unknown', reason: 'out_of_scope' }
  // events grouped by how many states, partners, days or themes each has (a distribution no query has): never
  // the figure of those states ("events by number of states" is not "states covered")
  if (EVENTS_BY_COUNT.test(lower)) return { kind: 'unknown', reason: 'not_understood' }
  // a threshold or a single event that an event question reads (event-questions.ts) waits for it
  const eventShaped = mayBeEventQuestion(lower)
  if (UNSUPPORTED_MEASURE.test(maskEventStats(maskRatioWords(budgetMasked))) || (!eventShaped && (strayThreshold(lower, THRESHOLD) || SINGLE_EVENT.test(lower)))) return { kind: 'unknown', reason: 'not_understood' }
  return undefined
}

/**
 * Refusals once the recognisers have read the question (`full`: the typo-corrected text; `rest`: what an event
 * question left unread, else `full`): a future period, a threshold or single event the event question did not
 * read, an average of states or offices per event, a measure no query has, a superlative with nothing to rank.
 */
export function refusedAfterReading(o: { full: string; rest: string; findings: Findings; eventQuestion: boolean; asOf: string }): ParseResult | undefined {
  const { full, rest, findings: f } = o
  if (o.eventQuestion && (THRESHOLD.test(maskBudgetWords(rest)) || SINGLE_EVENT.test(rest))) return { kind: 'unknown', reason: 'not_understood' }
  if (f.periods.future || f.periods.mentions.some((m) => beginsAfter(m.period, o.asOf))) return { kind: 'unknown', reason: 'future' }
  // an average of states or offices per event ("average number of states per event", 平均州数): no query has
  // it, and "average" alone reads as participants per event — never answer that instead
  // a statistic of single events took its own words (its max, min, average of states); others are refused as before
  const told = full.replace(CHATTER, (m) => ' '.repeat(m.length))
  const unread = o.eventQuestion ? maskEventStats(told) : told
  if (AVG.test(unread) && (STATES_COVERED.test(unread) || OFFICES_ACTIVE.test(unread)) && !PARTICIPANTS.test(unread)) return { kind: 'unknown', reason: 'not_understood' }
  if (UNSUPPORTED_MEASURE.test(maskRatioWords(maskBudgetWords(unread))) || SINGLE_EVENT.test(rest) || (!o.eventQuestion && superlativeWithoutGroup(f))) return { kind: 'unknown', reason: 'not_understood' }
  return undefined
}

/**
 * Whether a period begins after the as-of date (ISO dates compared as text): a fiscal year from April 1 of its
 * year, a quarter or half from its first day, dates from their first day. Relative periods and open ends before
 * a date never do.
 */
function beginsAfter(p: Period, asOf: string): boolean {
  if (p.kind === 'fy') return `${p.from}-04-01` > asOf
  if (p.kind === 'fy_part') return fyPartDates(p.fy, p.part).from > asOf
  if (p.kind === 'dates' || p.kind === 'dates_since') return p.from > asOf
  return false
}
