// Recognisers for five kinds of question with a shape of their own, read before the general recognisers so
// that their words are used by them and nothing else:
// - the largest / smallest single event ("what was our biggest event in FY2022?", 参加者が最も多かった事業) —
//   size is the participant count; "most successful", "most popular", "longest" and "top 5 events" with no
//   measure are not read here and stay refused (index.ts SINGLE_EVENT);
// - the N largest (smallest) single events and the N-th one ("top 5 events by participants", "the second
//   largest event", 参加者数上位5件の事業, 参加者数が2番目に多かった事業; by cost: "the 3 most expensive events");
// - the number of different partner organisations ("how many different partners have we worked with?", 連携団体の数);
// - the offices with no event ("which offices had no events in FY2021?", 事業を実施していない公館);
// - the states with at least N events ("at least 5", "10 or more", "more than 9" = 10, 10件以上, 10件を超える = 11),
//   as a list, or as a number with "how many states" / 何州 / 州の数;
// - the states or offices with an event in one period and none in another ("… in FY2020 but none in FY2021",
//   2020年度に実施して2021年度に実施していない州): the period before the contrast ("but", 実施して) has events, the
//   one after it has none; exactly one period on each side, or no query;
// - the states or offices with an event in each of two periods ("… in both FY2021 and FY2022", 2021年度と2022年度の
//   両方で実施した州), as a list, or as a number with "how many" / 何州 / 州の数: "both" / 両方 / いずれも is
//   required (without it "FY2021 and FY2022" is one period, or a comparison), and exactly two periods.
// Each recogniser consumes only its own words; periods and filters are left to the general recognisers, and
// decideEventQuestion turns the findings into the query — or refuses when the question also asks something
// the intent cannot express (another figure, a ranking, a top N, a negation), never a broader figure.
import type { AmbiguousPlace } from './lexicon.ts'
import { fiscalYearOf } from '../../domain/fiscal-year.ts'
import type { BudgetFigure } from '../intents/budget-execution.ts'
import { costGroupBySchema } from '../intents/event-cost.ts'
import { mayBeCostQuestion, maskCostWords, takeCostQuestion } from './costs.ts'
import type { EventStat } from '../intents/event-stat.ts'
import type { Assumption, Filters, GroupBy, Metric, ParseResult, Period, Query } from '../query.ts'
import { OPEN_START_FY, type PeriodFindings } from './period.ts'
import type { Match, Scan } from './scan.ts'
import type { Span } from './unused.ts'
import { applyStructure, type StructureFindings } from './structure-filters.ts'
import { clarifyCity, textFilterSlots, type TextFindings } from './text-filters.ts'

export type EventQuestion =
  | { intent: 'largest_event'; order: 'largest' | 'smallest'; by?: 'cost' | 'states' }
  | { intent: 'event_cost'; figure: 'total' | 'average' | 'per_participant' }
  | { intent: 'distinct_partners'; top?: number; place?: number; eventsPerPartner?: { gte?: number; lte?: number }; firstTime?: true }
  | { intent: 'top_events_total'; n: number; share?: true }
  | { intent: 'top_events'; n?: number; place?: number; order: 'largest' | 'smallest'; by?: 'cost' }
  | { intent: 'above_average'; direction: 'above' | 'below' }
  | { intent: 'empty_months'; answer: 'count' | 'list' }
  | { intent: 'event_days'; answer: 'busiest' | 'at_least'; min?: number }
  | { intent: 'year_change'; metric: 'events' | 'participants'; direction: 'drop' | 'rise' }
  /** By recording date: the period named right after (before, in Japanese) the cue; a lag in days. */
  | { intent: 'recorded_events'; cue?: { start: number; end: number; lang: 'en' | 'ja'; since: boolean }; lag?: { gt?: number; gte?: number } }
  | { intent: 'offices_without_events' }
  | {
      intent: 'states_with_min_events'
      min: number
      /** The most events (exactly N: min = max); with `orNone`, whether those with none are meant is asked. */
      max?: number
      orNone?: boolean
      subject: 'state' | 'office'
      answer: 'list' | 'count'
      /** In every fiscal year of the period (each counted on its own). */
      everyFiscalYear?: true
    }
  | { intent: 'period_difference'; op: 'difference'; subject: 'state' | 'office'; contrastAt: number; contrastEnd: number }
  | { intent: 'period_difference'; op: 'both'; subject: 'state' | 'office'; answer: 'list' | 'count' }
  /** More / fewer events in one period than in the other: `baselineAt` is where "than" / より is (see decide). */
  | { intent: 'period_difference'; op: 'more' | 'fewer'; subject: 'state' | 'office'; answer: 'list' | 'count'; baselineAt: number; lang: 'en' | 'ja' }
  | { intent: 'budget_execution'; figure: BudgetFigure }
  /** `askKind`: a standard deviation with no word of which (population or sample): asked back, never guessed. */
  | { intent: 'event_stat'; stat: EventStat; askKind?: true }

// ---- a statistic of single events ------------------------------------------------------------------------
// The largest or smallest participant count of one event as a figure ("max attendance at a single event",
// 参加者数の最大値, 1件あたり参加者数の最小値, 最大参加者数) and the average number of states per event
// (1事業あたりの平均州数, "average number of states per event"). In English a single-event cue is required
// ("at a single event", "per event"): "maximum participants" alone may be a ranking of groups.

const SINGLE_EVENT_CUE_EN = String.raw`(?:at|for|of|in|per)\s+(?:a\s+|one\s+|any\s+|an\s+)?(?:single\s+|individual\s+|one\s+)?(?:event|project)(?![a-z])`
const PER_EVENT_JA = String.raw`(?:(?:(?:事業|イベント|案件)(?:の)?)?(?:1|一)(?:件|事業|回)|(?:単一|1つ|一つ)(?:の)?(?:事業|イベント)|(?:事業|イベント))(?:あ|当)たり(?:の)?`
// More statistics of single events, each form with its own statistic: the median cost (over the events with a
// cost recorded: "median cost per event", 事業費の中央値) and the median days; the average (largest) number of
// partners per event (1事業あたりの平均パートナー数); the average number of themes per event (1事業あたりの平均
// テーマ数); the range of participants ("the difference between the largest and smallest event", 参加者数の最大と
// 最小の差); the population or sample standard deviation of participants per event (母標準偏差, 標本標準偏差). A
// standard deviation that does not say which (標準偏差 alone) is asked back (STDDEV_EITHER).
const EVENT_TAIL_EN = String.raw`(?:\s+(?:per|for each|of each|of an?|for an?|across|of|on an?|on each)\s+(?:an?\s+|each\s+|our\s+|the\s+|all\s+)?(?:single\s+|individual\s+)?(?:events?|projects?))`
const ON_ONE_EVENT_EN = String.raw`(?:at|for|of|in|per|on)\s+(?:a\s+|one\s+|any\s+|an\s+)?(?:single\s+|individual\s+|one\s+)?(?:event|project)(?![a-z])`
const PARTNERS_EN = String.raw`(?:partners|partner (?:organi[sz]ations|institutions|groups|orgs))`
const PARTNERS_JA = String.raw`(?:パートナー数|パートナー団体数|連携団体数|連携先数|協力団体数)`
const PEOPLE_COUNT_EN = String.raw`(?:participants|attendance|attendees|participant counts?|turnout|number of participants)`
const BIG_EN = String.raw`(?:largest|biggest|max(?:imum)?|highest)`
const SMALL_EN = String.raw`(?:smallest|min(?:imum)?|lowest)`
const STDDEV_EN = String.raw`(?:standard deviation|std\.?\s*dev(?:iation)?\.?|sd)`
/** A standard deviation of participants across events: group 1 the kind (population, sample), if said. */
const STDDEV_OF_EN = String.raw`(?<![a-z])(?:the\s+)?(population|sample)?\s*${STDDEV_EN}\s+(?:of|in)\s+(?:the\s+)?(?:number of\s+)?${PEOPLE_COUNT_EN}${EVENT_TAIL_EN}(?![a-z])`
const STDDEV_JA = String.raw`(?:${PER_EVENT_JA}|(?:各|単一)?事業(?:ごと|毎)?の)?(?:参加者数|参加人数)(?:の)?(母|標本)?標準偏差`
const MORE_STATS: ReadonlyArray<readonly [RegExp, EventStat]> = [
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?median\s+(?:recorded\s+)?(?:event\s+|project\s+)?costs?${EVENT_TAIL_EN}?(?![a-z])`, 'g'), 'median_cost'],
  [new RegExp(String.raw`(?:${PER_EVENT_JA})?(?:事業費用|事業費|事業の費用|費用|経費)(?:の)?中央値|中央値(?:の)?(?:事業費用|事業費|費用|経費)`, 'gu'), 'median_cost'],
  // "median days" needs its events ("median days per event"): "median days per office" may be the offices' days
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?median\s+(?:(?:duration|length)${EVENT_TAIL_EN}?|(?:number of\s+)?days${EVENT_TAIL_EN})(?:\s+(?:in|measured in)\s+days)?(?![a-z])`, 'g'), 'median_days'],
  [new RegExp(String.raw`(?:${PER_EVENT_JA}|(?:事業|イベント)の)?(?:開催日数|実施日数|開催期間|実施期間|日数)(?:の)?中央値`, 'gu'), 'median_days'],
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:number of\s+)?${PARTNERS_EN}${EVENT_TAIL_EN}(?![a-z])`, 'g'), 'avg_partners'],
  [new RegExp(String.raw`(?:${PER_EVENT_JA})?平均(?:の)?${PARTNERS_JA}|(?:${PER_EVENT_JA})?${PARTNERS_JA}(?:の)?平均(?:値)?`, 'gu'), 'avg_partners'],
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:${BIG_EN}|most)\s+(?:number of\s+)?${PARTNERS_EN}\s+${ON_ONE_EVENT_EN}`, 'g'), 'max_partners'],
  [new RegExp(String.raw`(?:${PER_EVENT_JA}|単一事業の)?${PARTNERS_JA}(?:の)?(?:最大値|最大)(?:\s*[（(]\s*${PER_EVENT_JA}\s*[)）])?`, 'gu'), 'max_partners'],
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:number of\s+)?(?:themes(?:\s+tagged)?|tagged\s+themes)${EVENT_TAIL_EN}(?![a-z])`, 'g'), 'avg_themes'],
  [new RegExp(String.raw`(?:${PER_EVENT_JA})?平均(?:の)?テーマ数|(?:${PER_EVENT_JA})?テーマ数(?:の)?平均(?:値)?`, 'gu'), 'avg_themes'],
  [
    new RegExp(
      String.raw`(?<![a-z])(?:the\s+)?(?:difference|gap)\s+(?:in\s+(?:attendance|participants)\s+)?between\s+(?:the\s+)?(?:${BIG_EN}\s+and\s+(?:the\s+)?${SMALL_EN}|${SMALL_EN}\s+and\s+(?:the\s+)?${BIG_EN})\s+(?:single\s+|individual\s+)?(?:events?|projects?|${PEOPLE_COUNT_EN}\s+${ON_ONE_EVENT_EN}|${PEOPLE_COUNT_EN}\s+of\s+(?:single\s+|individual\s+)?events)(?:(?:'s|’s)?\s+(?:attendance|turnout|participants|participant counts?|by participants|in participants|in attendance))?(?![a-z])` +
        String.raw`|(?<![a-z])(?:the\s+)?range\s+(?:of|in)\s+(?:the\s+)?${PEOPLE_COUNT_EN}(?:${EVENT_TAIL_EN}|\s+(?:among|across|over)(?=(?:\s+[a-z0-9-]+){0,3}?\s+(?:events?|projects?)(?![a-z])))(?![a-z])`,
      'g',
    ),
    'range_participants',
  ],
  [
    new RegExp(
      String.raw`(?:${PER_EVENT_JA}|単一事業の)?(?:参加者数|参加人数)(?:の)?(?:最大(?:値)?と最小(?:値)?|最小(?:値)?と最大(?:値)?|最多と最少|最少と最多)(?:の)?(?:差|開き)` +
        String.raw`|(?:参加者数?|参加人数)(?:が|の)?(?:最も|一番)多(?:い|かった)(?:事業|イベント)と(?:最も|一番)?少な(?:い|かった)(?:事業|イベント)(?:の)?(?:(?:参加者数|参加人数)の)?(?:差|開き)` +
        String.raw`|(?:最も|一番|いちばん)(?:大き|多)(?:い|かった)(?:事業|イベント)と(?:最も|一番|いちばん)?(?:小さ|少な)(?:い|かった)(?:事業|イベント)の(?:参加者数|参加人数)の(?:差|開き)(?:って|は)?`,
      'gu',
    ),
    'range_participants',
  ],
  // the days between consecutive events' start dates: the longest, the average (平均開催間隔)
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:longest|biggest|largest|max(?:imum)?)\s+(?:gap|interval|stretch|break)(?:\s+in\s+days)?\s+between\s+(?:two\s+)?(?:consecutive|successive|back-to-back)\s+(?:event start dates|start dates|events?)(?:\s+in\s+days)?(?![a-z])`, 'g'), 'max_gap_days'],
  [new RegExp(String.raw`(?:(?:開催|実施)間隔|事業(?:と事業)?の間隔)(?:が|の|で)?(?:最も|一番|もっとも|いちばん)?(?:長(?:い|かった)(?:のは)?(?:日数|何日)?|最長)(?:の日数)?|最長(?:の)?(?:開催|実施)間隔(?:[（(]日数[)）])?`, 'gu'), 'max_gap_days'],
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:number of\s+days|gap(?:\s+in\s+days)?|interval(?:\s+in\s+days)?|spacing|days)\s+between\s+(?:two\s+)?(?:consecutive\s+|successive\s+)?(?:event start dates|start dates|events?)(?![a-z])`, 'g'), 'avg_gap_days'],
  [new RegExp(String.raw`平均(?:の)?(?:開催|実施)間隔(?:[（(]日数[)）])?|(?:開催|実施)間隔(?:の)?平均(?:値)?(?:[（(]日数[)）])?`, 'gu'), 'avg_gap_days'],
  // the days from an event to its recording (Tokyo calendar days): the average, the longest
  [
    new RegExp(
      String.raw`(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:recording|logging|entry|data[- ]entry|reporting)\s+(?:lag|delay)(?:,?\s+in\s+days)?(?![a-z])` +
        String.raw`|(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:number of\s+)?days\s+(?:between|from)\s+(?:an?\s+|the\s+)?events?(?:'s start(?: date)?)?\s+(?:and|to|until)\s+(?:it being\s+|its\s+|when it (?:is|was|gets|got)\s+)?(?:logged|recorded|entered|entry|recording|logging)(?![a-z])` +
        String.raw`|(?<![a-z])on average,? how many days after (?:the|an) event do (?:offices|we|people|staff) (?:log|record|enter) (?:it|them)(?![a-z])`,
      'g',
    ),
    'avg_lag_days',
  ],
  [new RegExp(String.raw`(?:(?:実施|開催|開始)(?:日)?から(?:の)?登録(?:日)?までの|登録までの)平均(?:日数)?|平均(?:の)?登録(?:遅延|遅れ|ラグ)(?:日数)?(?:\s*[（(]日数[)）])?`, 'gu'), 'avg_lag_days'],
  [new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:longest|biggest|largest|max(?:imum)?)\s+(?:recording|logging|entry|data[- ]entry)\s+(?:lag|delay)(?![a-z])`, 'g'), 'max_lag_days'],
  [new RegExp(STDDEV_OF_EN, 'g'), 'stddev_pop_participants'],
  [new RegExp(STDDEV_JA, 'gu'), 'stddev_pop_participants'],
  // the days since the latest event up to the as-of date: "how many days since our last event (as of today)?",
  // "days since each office's last event", "which state has gone the longest without an event?", 最後の事業から今日まで何日
  [
    new RegExp(
      String.raw`(?<![a-z])(?:how many\s+)?days\s+(?:have\s+passed\s+|has\s+it\s+been\s+|is\s+it\s+|it'?s\s+been\s+)?since\s+(?:our|the|its|their)\s+(?:very\s+)?(?:last|latest|most\s+recent)\s+(?:event|one)(?:\s*\(?\s*(?:as of\s+)?today\s*\)?)?(?![a-z])` +
        String.raw`|(?<![a-z])(?:has|have)\s+gone\s+(?:the\s+)?longest\s+without\s+(?:an?\s+|any\s+)?events?(?:\s+(?:as of|up to)\s+today)?(?![a-z])`,
      'g',
    ),
    'days_since_last',
  ],
  [new RegExp(String.raw`最後の(?:事業|イベント|案件)から(?:今日|本日|基準日|現在)まで(?:何日|の日数)(?:空いて(?:いる|います)(?:か)?|経って(?:いる|います)(?:か)?|経過して(?:いる|います)(?:か)?)?`, 'gu'), 'days_since_last'],
]
/** Which statistic a form of MORE_STATS reads (the standard deviation's kind from its word). */
const MORE_STAT_OF = new Map(MORE_STATS.map(([re, stat]) => [re.source, stat]))

export const EVENT_STATS: ReadonlyArray<RegExp> = [
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(max|maximum|highest|largest|biggest|peak|min|minimum|lowest|smallest)\s+(?:number of\s+)?(?:participants|attendance|attendees|turnout|participant count|headcount)\s+${SINGLE_EVENT_CUE_EN}`, 'g'),
  new RegExp(String.raw`(?<!延べ)(?:${PER_EVENT_JA})?(?:参加者数|参加人数|参加者)(?:の)?(最大値|最小値|最大|最小)`, 'gu'),
  new RegExp(String.raw`(?:${PER_EVENT_JA})?(最大|最小)(?:参加者数|参加人数)(?:\s*\(\s*${PER_EVENT_JA}\s*\))?`, 'gu'),
  // 在マイアミ総領事館の事業で最大の参加者数: the single events' figure, said after 事業で
  new RegExp(String.raw`(?<=(?:事業|イベント|案件)(?:で|の中で|のうち)(?:、)?)(最大|最小)の(?:参加者数|参加人数)`, 'gu'),
  // 1件の事業で最も多かった参加者数: one event's largest (smallest) count
  new RegExp(String.raw`(?:1|一)(?:件|つ)の(?:事業|イベント)で(?:最も|一番|いちばん)(多|少な)(?:かった|い)(?:参加者数|参加人数)`, 'gu'),
  // "the largest single-event attendance", "highest one-event turnout": the figure of one event
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(max|maximum|highest|largest|biggest|peak|min|minimum|lowest|smallest)\s+(?:single|one|individual)[- ]event\s+(?:attendance|turnout|participants|participant count|headcount)(?![a-z])`, 'g'),
  // "the largest single event's attendance", 最も参加者が少なかった事業の参加者数: the figure, not the event
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(largest|biggest|smallest)\s+(?:single\s+|individual\s+|one\s+)?(?:event|project)(?:'s|’s| s)\s+(?:attendance|turnout|participants|participant count|headcount|number of participants)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:(?:参加者数?|参加人数)(?:が|の)?(?:最も|一番|もっとも|いちばん)|(?:最も|一番|もっとも|いちばん)(?:参加者数?|参加人数)(?:が|の))(多|少な)(?:い|かった)(?:事業|イベント|案件)の(?:参加者数|参加人数|人数)`, 'gu'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(average|mean|avg)\s+(?:number of\s+)?states\s+(?:per|for each|by|each)\s+(?:event|project)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(states)\s+per\s+(?:event|project)(?:\s+on average)?(?![a-z])`, 'g'),
  // "the average number of states an event covers"
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(average|mean|avg)\s+number of states\s+(?:an?|each|one|a single)\s+(?:event|project)\s+(?:covers|covered|spans|spanned|touches|touched|reaches|reached|involves|involved)(?![a-z])`, 'g'),
  // "on average, how many states does one event cover?", 1件あたり平均何州をカバーしていますか
  // …with the events' own words between ("does one FY2022 event cover", "does an online event span"), left to the
  // other recognisers: only the words around them are this reading's (the verb taken in takeEventStat)
  new RegExp(String.raw`(?<![a-z])on average[\s,、]+how many (states) (?:does|did|do) (?:one|an?|each|a single|the average|the typical)(?=(?:\s+[a-z0-9-]+){1,3}?\s+(?:event|project)\s+(?:cover|span|touch|reach|involve)(?![a-z]))`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:on average[\s,、]+how many (states) (?:does|did|do) (?:one|an?|each|a single|the average|the typical) (?:event|project) (?:cover|span|touch|reach|involve)|how many (states) (?:does|did|do) (?:one|an?|each|a single) (?:event|project) (?:cover|span|touch|reach|involve) on average)(?![a-z])`, 'g'),
  new RegExp(String.raw`${PER_EVENT_JA}(?:で)?(平均)(?:で|して)?(?:何州|いくつの州)(?:を|に)?(?:カバー|網羅|対象と|またが(?:って|り|る|った)|わた(?:って|り|る|った))`, 'gu'),
  new RegExp(String.raw`${PER_EVENT_JA}(平均)(?:の)?(?:対象)?州数|${PER_EVENT_JA}(?:対象)?州数(?:の)?(平均)(?:値)?`, 'gu'),
  // 1つの事業が対象とした州の数は平均でいくつ
  new RegExp(String.raw`(?:1|一)(?:つ|件)の(?:事業|イベント)が対象と(?:した|する)州の数(?:は)?(平均)(?:で|して)?`, 'gu'),
  // the average duration in days (both ends counted, as the days filter counts): "average duration of our events
  // in days", "average number of days per event", 事業の平均開催日数, 1事業あたりの平均日数
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:event\s+)?(duration|length)(?:\s+of\s+(?:an?\s+|our\s+|the\s+|each\s+)?(?:single\s+)?(?:events?|projects?))?(?:\s+(?:in|measured in)\s+days)?(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:average|mean|avg)\s+(?:number of\s+)?(days)\s+(?:per|for each|each)\s+(?:event|project)(?:\s+(?:lasted|lasts|ran|runs))?(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:(?:事業|イベント)の|${PER_EVENT_JA})?平均(?:の)?(開催日数|実施日数|開催期間|実施期間)(?:の日数)?|${PER_EVENT_JA}平均(日数)|(?:(?:事業|イベント)の|${PER_EVENT_JA})?(開催日数|実施日数)(?:の)?平均(?:値)?`, 'gu'),
  // the longest (shortest) event in days, the figure with the event(s): "what is the longest event in days",
  // "the maximum duration of a single event", 開催期間が最も長かった事業の日数, 開催日数の最大値
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?(longest|shortest)\s+(?:single\s+)?(?:event|project)(?:\s+(?:in|by|measured in)\s+days|(?:'s|’s)\s+(?:duration|length)(?:\s+in\s+days)?)?(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(max|maximum|longest|min|minimum|shortest)\s+(?:duration|length|number of days)\s+${SINGLE_EVENT_CUE_EN}(?:\s+in\s+days)?`, 'g'),
  new RegExp(String.raw`(?:開催期間|実施期間|開催日数|実施日数|期間|日数)(?:が|の)?(?:最も|一番|もっとも|いちばん)(長|短)(?:い|かった)(?:事業|イベント|案件)(?:の(?:日数|開催日数|実施日数|開催期間|実施期間))?`, 'gu'),
  new RegExp(String.raw`(?:最も|一番|もっとも|いちばん)(長|短)(?:い|かった)(?:期間の)?(?:事業|イベント|案件)の(?:日数|開催日数|実施日数|開催期間|実施期間)`, 'gu'),
  new RegExp(String.raw`(?:${PER_EVENT_JA})?(?:開催日数|実施日数)(?:の)?(最大値|最小値|最大|最小)`, 'gu'),
  ...(() => MORE_STATS.map(([re]) => re))(),
]

/** The words of the longest (shortest) event's days, apart from the participants' maximum. */
const DAYS_EXTREME = /longest|shortest|(?:max|maximum|min|minimum) (?:duration|length|number of days)|長|短|(?:開催|実施)日数(?:の)?最/

function statOfMatch(m: Match): EventStat {
  if (DAYS_EXTREME.test(m.text)) return /shortest|min|短|最小/.test(m.text) ? 'min_days' : 'max_days'
  return statOfWord(m.groups.find((g) => g !== undefined) ?? '')
}

function statOfWord(word: string): EventStat {
  if (/^(?:duration|length|days|開催日数|実施日数|開催期間|実施期間|日数)$/.test(word)) return 'avg_days'
  if (/^(?:min|minimum|lowest|smallest|最小値?|少な)$/.test(word)) return 'min_participants'
  if (/^(?:average|mean|avg|states|平均)$/.test(word)) return 'avg_states'
  return 'max_participants'
}

/** The statistic of single events the question asks for, its words consumed; undefined when none or two. */
function takeEventStat(scan: Scan): EventQuestion | undefined {
  // overlapping readings of the same words ("average number of states per event") are one; the forms of
  // MORE_STATS first, as they hold the older ones' words (参加者数の最大 inside 参加者数の最大と最小の差)
  const found: Array<{ m: Match; more?: EventStat }> = []
  const more = new Set(MORE_STATS.map(([re]) => re))
  for (const re of [...EVENT_STATS.filter((r) => more.has(r)), ...EVENT_STATS.filter((r) => !more.has(r))]) {
    for (const m of scan.take(re, { keep: true })) {
      if (!found.some((o) => o.m.start < m.end && m.start < o.m.end)) found.push({ m, ...(more.has(re) ? { more: MORE_STAT_OF.get(re.source) } : {}) })
    }
  }
  const [one, ...others] = found
  if (one === undefined || others.length > 0) return undefined
  const { m } = one
  scan.consume(m.start, m.end)
  // the verb after the events' own words ("… does one FY2022 event cover")
  if (/does|did|do/.test(m.text) && !/cover|span|touch|reach|involve/.test(m.text)) {
    const verb = /^((?:\s+[a-z0-9-]+){1,3}?)\s+((?:event|project)\s+(?:cover|span|touch|reach|involve))(?![a-z])/.exec(scan.lower.slice(m.end))
    if (verb?.[1] !== undefined && verb[2] !== undefined) scan.consume(m.end + verb[1].length + 1, m.end + verb[0].length)
  }
  // the figure's own name in brackets after a range ("… smallest event in FY2021 (participants)")
  if (one.more === 'range_participants') scan.take(/[(（]\s*(?:participants|attendance|turnout|by participants|参加者数|参加人数)\s*[)）]|(?<![a-z])(?:,\s*)?(?:in|by) (?:participants|attendance|turnout)(?![a-z])/g)
  // ", in days", （日数）: the unit a figure of days is given in
  const stat = one.more ?? statOfMatch(m)
  if (['avg_days', 'max_days', 'min_days', 'median_days', 'avg_gap_days', 'max_gap_days', 'avg_lag_days', 'max_lag_days', 'days_since_last'].includes(stat)) scan.take(/(?:,\s*)?(?<![a-z])(?:in|measured in) days(?![a-z])|[（(]\s*日数\s*[)）]/g)
  if (one.more === undefined) return { intent: 'event_stat', stat: statOfMatch(m) }
  // the events a median cost is of ("the median cost of online events"), as the cost questions take them
  if (one.more === 'median_cost' || one.more === 'range_participants' || (one.more !== undefined && /_(?:gap|lag)_days$/.test(one.more))) scan.take(/(?<![a-z])(?:events?|projects?)(?![a-z])|事業|イベント|案件/g)
  if (one.more !== 'stddev_pop_participants') return { intent: 'event_stat', stat: one.more }
  // a standard deviation: population (母) or sample (標本) as said; neither is asked back; "(dividing by n)" says which too
  const kind = m.groups.find((g) => g !== undefined)
  if (kind !== undefined) scan.take(/[(（]\s*(?:(?:dividing|divided|divide) by n(?:\s*[-−–]\s*1)?|n(?:\s*[-−–]\s*1)? (?:denominator|divisor))\s*[)）]/g, { accept: (d) => /1/.test(d.text) === /sample|標本/.test(kind) })
  if (kind === undefined) return { intent: 'event_stat', stat: 'stddev_pop_participants', askKind: true }
  return { intent: 'event_stat', stat: /sample|標本/.test(kind) ? 'stddev_sample_participants' : 'stddev_pop_participants' }
}

/** A median cost form: read before the cost questions, whose "cost per event" is inside it. */
function asksMedianCost(scan: Scan): boolean {
  return MORE_STATS.some(([re, stat]) => stat === 'median_cost' && scan.has(new RegExp(re.source, re.flags.replace('g', ''))))
}

// ---- the largest / smallest event ----------------------------------------------------------------------

const PEOPLE_EN = String.raw`(?:participants|attendees|attendance|people|visitors|turnout|audiences?|crowds?)(?![a-z])`
const EVENT_JA = String.raw`(?:事業|イベント|案件)`
const LARGEST = [
  new RegExp(String.raw`(?<![a-z])(?:the |our )?(?:single )?(largest|biggest|smallest|best[- ]attended|most[- ]attended|least[- ]attended)\s+(?:single |individual )?(?:event|project)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:which|what)\s+(?:single )?(?:event|project)\s+(?:had|drew|attracted|got|has|saw)\s+(?:the\s+)?(most|fewest|least|largest number of|smallest number of|highest number of|lowest number of|highest|lowest|largest|smallest)\s+${PEOPLE_EN}`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+)?(?:single\s+)?(?:event|project)\s+with\s+(?:the\s+)?(most|fewest|least|largest|smallest|highest|lowest)(?:\s+number of)?\s+${PEOPLE_EN}`, 'g'),
  new RegExp(String.raw`(?:参加者数?|参加人数|来場者数?)(?:が|の)?(?:最も|一番|もっとも|いちばん)(多(?:い|かった)|少な(?:い|かった))${EVENT_JA}`, 'g'),
  new RegExp(String.raw`(?:最も|一番|もっとも|いちばん)(?:参加者数?|参加人数|来場者数?)(?:が|の)?(多(?:い|かった)|少な(?:い|かった))${EVENT_JA}`, 'g'),
  new RegExp(String.raw`(最大|最小)(?:規模)?の${EVENT_JA}`, 'g'),
  // 最大参加者の事業, 最多参加者数の事業
  new RegExp(String.raw`(最大|最小|最多|最少)参加者数?の${EVENT_JA}`, 'g'),
  // ヒューストン総の事業で一番参加者が多かったのはどれ: the event asked by どれ
  // (only right after "…の事業で": "テキサス州とオハイオ州で…どれ" asks which group, テーマ別で…どれ a breakdown's top)
  new RegExp(String.raw`(?<=${EVENT_JA}(?:の中|のうち)?で、?)(?:最も|一番|もっとも|いちばん)(?:参加者数?|参加人数|来場者数?)(?:が|の)?(多(?:い|かった)|少な(?:い|かった))(?:の|もの)は(?:どれ|どの${EVENT_JA}|何)`, 'g'),
  new RegExp(String.raw`(?<=${EVENT_JA}(?:の中|のうち)?で、?)(?:参加者数?|参加人数|来場者数?)(?:が|の)?(?:最も|一番|もっとも|いちばん)(多(?:い|かった)|少な(?:い|かった))(?:の|もの)は(?:どれ|どの${EVENT_JA}|何)`, 'g'),
  // 参加者数最多の事業, 参加者が最少だった事業
  new RegExp(String.raw`(?:参加者数?|参加人数|来場者数?)(?:が)?(最多|最少)(?:だった|の)${EVENT_JA}`, 'g'),
  new RegExp(String.raw`(?:規模|参加者数?)?(?:が|の)?(?:最も|一番|もっとも|いちばん)(大き|小さ)(?:な|い|かった)${EVENT_JA}`, 'g'),
]
const SMALL = /smallest|least|fewest|lowest|少な|最小|小さ|最少/
// "which FY2020 event had the largest turnout?": the words between "which" and "event" are left to the other
// recognisers (a period, a filter, or a word named as unused)
// "which event in FY2020 had the largest turnout?": the words after "event" likewise
const LARGEST_WHICH_AFTER = new RegExp(
  String.raw`(?<![a-z])(?:which|what)\s+(?:single )?(?:event|project)((?:\s+(?:in|during|for|at|held in|run by|organi[sz]ed by)(?:\s+[a-z0-9][a-z0-9'’.-]*){1,3}?)?)(\s+(?:had|drew|attracted|got|has|saw)\s+(?:the\s+)?(most|fewest|least|largest number of|smallest number of|highest number of|lowest number of|highest|lowest|largest|smallest|biggest)\s+${PEOPLE_EN})`,
  'g',
)
const LARGEST_WHICH_AROUND = new RegExp(
  String.raw`(?<![a-z])(?:which|what)\s+((?:[a-z0-9][a-z0-9'’.-]*\s+){1,3}?)((?:single )?(?:event|project)\s+(?:had|drew|attracted|got|has|saw)\s+(?:the\s+)?(most|fewest|least|largest number of|smallest number of|highest number of|lowest number of|highest|lowest|largest|smallest|biggest)\s+${PEOPLE_EN})`,
  'g',
)
// The event touching the most states ("which event covered the most states?", 最も多くの州にまたがった事業):
// DC counted as one, as the state-count filter counts. The fewest states is no question (one state).
const WIDEST = [
  /(?<![a-z])(?:which|what)\s+(?:single\s+)?(?:event|project)\s+(?:covered|touched|spanned|reached|involved|was held in|took place in)\s+(?:the\s+)?most\s+states(?![a-z])/g,
  /(?<![a-z])(?:the\s+)?(?:single\s+)?(?:event|project)\s+(?:covering|touching|spanning|reaching|involving|that covered|that touched|that spanned|held in|with)\s+(?:the\s+)?most\s+states(?![a-z])/g,
  /(?:最も|一番|もっとも|いちばん)多くの州(?:に|を)(?:またが|跨が|わた)(?:った|る)(?:事業|イベント|案件)|(?:最も|一番|もっとも|いちばん)多くの州を対象(?:に|と)した(?:事業|イベント|案件)|(?:対象)?州数(?:が|の)(?:最も|一番|もっとも|いちばん)多(?:い|かった)(?:事業|イベント|案件)/gu,
]
// "the smallest online event", "largest JETRO event in Texas": the words between are left to the other
// recognisers (a filter each, or a word named as unused); only the superlative and the noun are this reading's
const LARGEST_AROUND = new RegExp(
  String.raw`(?<![a-z])(?:the |our )?(?:single )?(largest|biggest|smallest|best[- ]attended|most[- ]attended|least[- ]attended)\s+((?:[a-z0-9][a-z0-9'’.-]*\s+){1,3}?)((?:single |individual )?(?:event|project))(?![a-z])`,
  'g',
)

// ---- the N largest events added up; events above (below) the average ---------------------------------

const N_WORD = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)`
const N_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 }
// "the combined attendance of our 10 largest events", "total participants at the top 5 events",
// 参加者上位10事業の参加者数の合計, 参加者数が多い上位5件の事業の参加者の合計
const TOP_TOTAL = [
  new RegExp(
    String.raw`(?<![a-z])(?:the\s+)?(?:(?:combined|total|summed|aggregate|overall)\s+(?:attendance|participants|turnout|participation|headcount|number of (?:participants|attendees|people))|(?:sum|total)\s+of\s+(?:the\s+)?(?:attendance|participants|attendees))\s+(?:of|at|for|across|in)\s+(?:our\s+|the\s+)?(?:top\s+${N_WORD}|${N_WORD}\s+(?:largest|biggest|best[- ]attended|most[- ]attended))\s+(?:events?|projects?)(?![a-z])`,
    'g',
  ),
  new RegExp(
    String.raw`(?:参加者数?|参加人数)(?:が多い|の多い)?(?:上位|トップ)\s*(\d{1,3})\s*(?:件の|つの)?(?:事業|イベント|案件|件)の?(?:(?:参加者数?|参加人数)の?(?:合計|総数|計)|合計(?:参加者数?|参加人数)|(?:合計|総数)(?![件数]))`,
    'g',
  ),
]

// The share of the participants that came from the N largest events ("what share of all-time attendance came
// from our ten largest events?", "% of fy21 participants that came from the top 10 events", 延べ参加者数のうち、
// 参加者上位10事業の占める割合): a period may stand between the words (read by the period reader)
const TOP_SHARE = [
  new RegExp(
    String.raw`(?<![a-z])(?:(?:what|which)\s+)?(?:share|percentage|percent|proportion|fraction|%)\s+of\s+(.{0,40}?)(?:attendance|participants|participation|headcount|attendees)\s+(?:(?:that|which)\s+)?(?:came|come|comes|was|were|is|are)\s+(?:from|accounted for by)\s+(?:the\s+|our\s+)?(?:top\s+${N_WORD}(?:\s+(?:events?|evts?))?|${N_WORD}\s+(?:largest|biggest|best[- ]attended|most[- ]attended)\s+(?:events?|evts?))`,
    'g',
  ),
  new RegExp(String.raw`(?:延べ)?参加者数?(?:の合計)?のうち[、,]?\s*(?:参加者(?:数)?)?(?:が多い|の多い)?(?:上位|トップ)\s*(\d{1,3})\s*(?:件の|つの)?(?:事業|イベント|案件|件)(?:が|の)?占める(?:割合|比率|シェア)`, 'gu'),
]
const SHARE_LEAD_IN = /^(?:all(?:-time)?|the|our|total|cumulative|overall|of|in|for|during|\s)*$/

// ---- the N largest (smallest) single events as a list, and the event at the N-th place -------------------
// "top 5 events by participants in FY2022", "the 3 smallest events", "the 3 most expensive events",
// 参加者数上位5件の事業, 参加者数の少ない下位3件の事業, 費用が多い上位3件の事業; "the second largest event",
// "which event had the third most participants", 参加者数が2番目に多かった事業, 2番目に規模の大きい事業,
// 費用が2番目に多くかかった事業. Sizes are participants, or the recorded cost: nothing else ranks an event.

const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 }
const ORDINAL_EN = String.raw`(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))`
const ADJ_EN = String.raw`(largest|biggest|smallest|best[- ]attended|most[- ]attended|least[- ]attended|most expensive|least expensive|costliest|cheapest|highest[- ]cost|lowest[- ]cost)`
const BY_EN = String.raw`(?:\s+(?:by|in terms of|ranked by)\s+(?:the\s+)?(participants|attendance|turnout|number of participants|participant count|headcount|recorded cost|cost|costs|spending))?`
const NUM_JA = String.raw`(\d{1,3}|[二三四五六七八九十])`
const KANJI_NUM: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const PEOPLE_JA = String.raw`(?:参加者数?|参加人数|来場者数?)`
const COST_JA = String.raw`(?:費用|経費|事業費|コスト)`
/** A top N list: groups (adjective?, n, by?) in English; (measure, direction, n) in Japanese. */
const TOP_EVENTS = [
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?(top|bottom)\s+${N_WORD}\s+(?:single\s+|individual\s+)?(?:events|projects)${BY_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?${N_WORD}\s+${ADJ_EN}\s+(?:single\s+|individual\s+)?(?:events|projects)${BY_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(${PEOPLE_JA}|${COST_JA})(?:が|の|で)?(?:最も|一番)?(多い|少ない|高い|安い|大きい|小さい|多かった|少なかった|高かった|安かった|大きかった|小さかった)?(?:順に|順で|順の)?(上位|トップ|下位)\s*${NUM_JA}\s*(?:件|つ)?(?:の)?(?:事業|イベント|案件)`, 'gu'),
  new RegExp(String.raw`(${PEOPLE_JA}|${COST_JA})(?:が|の)(多い|少ない|高い|安い|大きい|小さい)(?:順に|順で)\s*${NUM_JA}\s*(?:件|つ)(?:の)?(?:事業|イベント|案件)`, 'gu'),
]
/** The event at one place: groups (ordinal, adjective) in English; (measure?, n, direction) in Japanese. */
const PLACE_EVENT = [
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?${ORDINAL_EN}[\s-]+${ADJ_EN}\s+(?:single\s+|individual\s+)?(?:event|project)${BY_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:which|what)\s+(?:single\s+)?(?:event|project)\s+(?:had|drew|attracted|got|saw|cost)\s+(?:the\s+)?${ORDINAL_EN}\s+(most|fewest|least|largest number of|smallest number of|highest number of|lowest number of|highest|lowest|largest|smallest)(?:\s+${PEOPLE_EN}|\s+(cost|recorded cost))?`, 'g'),
  new RegExp(String.raw`(${PEOPLE_JA}|${COST_JA}|規模)?(?:が|の)?${NUM_JA}(?:番目|位)に(多く?かかった|多(?:い|かった)|少な(?:い|かった)|高(?:い|かった)|安(?:い|かった)|大き(?:い|な|かった)|小さ(?:い|な|かった))(?:規模の)?(?:事業|イベント|案件)`, 'gu'),
  new RegExp(String.raw`${NUM_JA}(?:番目|位)に(${PEOPLE_JA}|${COST_JA}|規模)(?:が|の)(多く?かかった|多(?:い|かった)|少な(?:い|かった)|高(?:い|かった)|安(?:い|かった)|大き(?:い|な|かった)|小さ(?:い|な|かった))(?:事業|イベント|案件)`, 'gu'),
  // 参加者数第2位の事業, 費用で2位の事業: a place counted from the top
  new RegExp(String.raw`(${PEOPLE_JA}|${COST_JA})(?:が|の|で)?第?${NUM_JA}位(?:の)?(?:事業|イベント|案件)`, 'gu'),
]
/** A figure of the events listed asked beside them (their total, average…): no list is the answer. */
const TOP_EVENTS_FIGURE = /(?<![a-z])(?:total|sum|combined|average|mean|median|overall)(?![a-z])|合計|総数|総計|平均|中央値/
/**
 * The same with up to three words between the size and the noun ("the 3 largest online events", "the second
 * largest Texas event"): those words are left to the other recognisers (groups: number, size, between, tail, by).
 */
const TOP_AROUND = new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?${N_WORD}\s+${ADJ_EN}\s+((?:[a-z0-9][a-z0-9'’.-]*\s+){1,3}?)((?:events|projects)${BY_EN})(?![a-z])`, 'g')
const PLACE_AROUND = new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?${ORDINAL_EN}[\s-]+${ADJ_EN}\s+((?:[a-z0-9][a-z0-9'’.-]*\s+){1,3}?)((?:event|project)${BY_EN})(?![a-z])`, 'g')
const SMALL_WORD = /smallest|least|fewest|lowest|cheapest|bottom|少な|安|小さ|下位/
const COST_WORD = /expensive|costliest|cheapest|cost|spending|費用|経費|事業費|コスト|かかった|高|安/

// "how many events drew more people than the FY2022 average", "events with above-average attendance",
// 平均を上回る参加者数だった事業, 参加者数が平均を下回った事業: the words between "than the" and "average" (a
// period) are left to the other recognisers
const ABOVE_AROUND = new RegExp(
  String.raw`(?<![a-z])(?:(?:how many|the number of|number of)\s+)?(?:events?|projects?)\s+(?:that\s+|which\s+)?(?:drew|had|attracted|got|saw|brought in|pulled in|with)\s+(more|fewer|less)\s+(?:people|participants|attendees|visitors)\s+than\s+(?:the\s+)?(?:(?:that|the same|this) (?:fiscal )?(?:year|fy)(?:'s|’s)?\s+)?((?:[a-z0-9][a-z0-9'’.-]*\s+){0,3}?)((?:average|mean)(?:\s+(?:attendance|turnout|event))?)(?![a-z])`,
  'g',
)
const ABOVE = [
  new RegExp(String.raw`(?<![a-z])(?:(?:how many|the number of|number of)\s+)?(?:events?|projects?)\s+(?:that\s+|which\s+)?(?:participant count\s+|attendance\s+)?(beat|exceeded|exceeds|exceed|topped|surpassed|fell below|fell short of)\s+(?:the\s+)?(?:(?:that|the same|this) (?:fiscal )?(?:year|fy)(?:'s|’s)?\s+)?(?:average|mean)\s+(?:attendance|turnout|participation|number of participants)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:(?:how many|the number of|number of)\s+)?(?:events?|projects?)\s+(?:that\s+|which\s+)?(?:had|drew|saw|with)\s+(above|below)[- ]average\s+(?:attendance|turnout|participation|participants)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:参加者数?|参加人数)が(?:(?:同|当該|その)年度の)?平均(?:参加者数|値|参加人数)?(?:を|より)(上回|下回|超え|多|少な)(?:る|った|い|かった)(?:事業|イベント|案件)(?:は|が|の)?(?:何件|件数|数)?`, 'g'),
  new RegExp(String.raw`平均(?:参加者数|値|参加人数)?(?:を|より)(上回|下回|超え|多|少な)(?:る|った|い|かった)(?:参加者数?|参加人数)(?:だった|であった|の|が)?(?:(?:事業|イベント|案件)(?:は|が|の)?(?:何件|件数|数)?)?`, 'g'),
  // 2022年度の平均参加者数を上回った2022年度の事業: the average's period and the events' (the same period, read there)
  new RegExp(String.raw`平均(?:参加者数|参加人数)(?:を|より)(上回|下回|超え)(?:る|った)(?=\s*(?:[^\s。？?]{1,12}年度の)?(?:事業|イベント|案件))`, 'g'),
]
const EVENTS_COUNTED = /(?<![a-z])(?:how many|the number of|number of)\s+(?:events?|projects?)(?![a-z])|(?:事業|イベント|案件)(?:は|が|の)?(?:何件|件数)|何件/g
const BELOW_WORD = /fewer|less|below|short|下回|少な/
// "how many months of FY2022 had no events at all?", "which months had no events", 事業が1件もなかった月は何か月:
// the months of the period with no event (the period between the two parts is left to the period readers)
// "which single day had the most events?", "busiest day for events", 事業が一番多かった日はいつ: the start date(s)
// with the most events; "how many days had 2 or more events?", 同じ日に2件以上の事業があった日は何日: those days counted
const BUSIEST_DAY = [
  /(?<![a-z])(?:(?:which|what|on which|on what)\s+(?:single\s+|one\s+)?(?:day|date)\s+(?:had|saw|has|did we (?:hold|run|have|host)|were)\s+(?:the\s+)?most\s+events(?:\s+(?:starting|held|started)(?:\s+on\s+it)?)?|(?:the\s+)?busiest\s+(?:single\s+)?(?:day|date)(?:\s+ever)?(?:\s+for\s+events|\s+of\s+events|\s+by\s+(?:the\s+)?number\s+of\s+events)?(?:\s*[-–—:,]?\s*which\s+date)?|(?:the\s+)?(?:day|date)\s+with\s+the\s+most\s+events)(?![a-z])/g,
  /(?:1日で)?(?:最も|一番|もっとも|いちばん)多くの(?:事業|イベント|案件)が(?:実施|開催)された日(?:(?:は|って)\s*(?:いつ|何日|どの日))?|(?:事業|イベント|案件)(?:が|の)(?:最も|一番|もっとも|いちばん)多(?:い|かった)日(?:(?:は|って)\s*(?:いつ|何日|どの日))?|(?:最も|一番|もっとも|いちばん)(?:事業|イベント|案件)(?:が|の)多(?:い|かった)日(?:(?:は|って)\s*(?:いつ|何日|どの日))?/gu,
]
const N_DAY_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 }
const DAYS_AT_LEAST = [
  /(?<![a-z])how many\s+(?:days|dates)\s+(?:had|saw|have had|were there with|with)\s+(?:at least\s+)?(\d{1,2}|two|three|four|five)\s+(?:or more\s+)?events(?:\s+or more)?(?:\s+(?:starting|held|started)(?:\s+on\s+them)?)?(?![a-z])/g,
  /(?:同じ日に|同日に|1日に)(\d{1,2})件以上(?:の)?(?:(?:事業|イベント|案件)(?:が)?)?(?:あった|実施された|開催された|始まった)日(?:は|って)?\s*(?:何日|いくつ)?|(\d{1,2})件以上(?:の)?(?:事業|イベント|案件)(?:が)?(?:あった|実施された|開催された|始まった)日(?:は|って)?(?:何日|いくつ)?/gu,
]

const EMPTY_MONTHS_HEAD = /(?<![a-z])(?:(how many|(?:the )?number of)|which|what)\s+(?:calendar\s+)?months(?![a-z])|^\s*(?:calendar\s+)?months(?![a-z])/g
const EMPTY_MONTHS_TAIL = /(?<![a-z])(?:(?:that\s+|which\s+)?(?:had|have|has|saw|with|were there with)\s+(?:no|zero)\s+(?:events?|activities|projects)|without\s+(?:any\s+)?(?:events?|activities|projects))(?:\s+at\s+all)?(?![a-z])/g
const EMPTY_MONTHS_JA = /(?:事業|イベント|案件)(?:が|を)(?:1件も|一件も|ひとつも|一つも)?(?:なかった|無かった|ない|無い|実施(?:しな|され(?:な)?)かった|ゼロだった|0件だった|ゼロの|0件の)月(?:は|が)?(?:(何か月|何ヶ月|何カ月|何ヵ月|いくつ)(?:ありますか|ありましたか|あった|ある)?|(いつ|どの月|何月)(?:ですか)?)?/g

// ---- the fiscal year with the largest drop (rise) from the year before ------------------------------------
// "which fiscal year saw the biggest drop in events compared with the year before?", 前年度からの件数の減少が最も
// 大きかった年度: each fiscal year against the one before, the largest change of that sign
const YEAR_CHANGE_EN = new RegExp(
  String.raw`(?<![a-z])(?:which|what)\s+(?:(?:fiscal\s+)?year|fy)\s+(?:saw|had|showed|recorded|registered)\s+the\s+(?:biggest|largest|greatest|sharpest|steepest|largest)\s+(?:absolute\s+)?(drop|decline|decrease|fall|increase|rise|growth|jump)\s+in\s+(events|participants|attendance|participation|the number of events|the number of participants|event count|the event count|event counts)(?:\s+(?:compared\s+(?:with|to)|from|over|on|against|vs\.?|versus)\s+the\s+(?:previous\s+(?:fiscal\s+)?year|year before|prior\s+(?:fiscal\s+)?year|(?:immediately\s+)?preceding\s+(?:fiscal\s+)?year)|\s+year[- ]on[- ]year|\s+year[- ]over[- ]year)(?![a-z])`,
  'g',
)
// "in which fiscal year did our event count fall the most compared with the prior fiscal year?": the verb form
const YEAR_CHANGE_VERB_EN = new RegExp(
  String.raw`(?<![a-z])(?:in\s+)?(?:which|what)\s+(?:fiscal\s+)?year\s+did\s+(?:our\s+|the\s+)?(events|participants|attendance|participation|event count|the number of events|the number of participants|number of events)\s+(fall|drop|decline|decrease|rise|grow|increase|jump)\s+(?:the\s+)?most(?:\s+(?:compared\s+(?:with|to)|from|over|on|against|vs\.?|versus)\s+the\s+(?:previous\s+(?:fiscal\s+)?year|year before|prior\s+(?:fiscal\s+)?year|preceding\s+(?:fiscal\s+)?year))?(?![a-z])`,
  'g',
)
const YEAR_CHANGE_JA = /前年度(?:から|比|と比べ(?:て|た))?の?(件数|実施件数|事業数|参加者数|延べ参加者数|参加人数)の?(減少|増加|落ち込み|伸び)(?:幅)?(?:が|の)(?:最も|一番|もっとも|いちばん)大き(?:かった|い)年度(?:は(?:どこ|いつ|どの年度)?(?:ですか)?)?|(件数|実施件数|事業数|参加者数|延べ参加者数|参加人数)(?:の|が)?前年度(?:から|比)の?(減少|増加|落ち込み|伸び)(?:幅)?(?:が|の)(?:最も|一番|もっとも|いちばん)大き(?:かった|い)年度(?:は(?:どこ|いつ|どの年度)?(?:ですか)?)?|前年度と比べて(件数|実施件数|事業数|参加者数|延べ参加者数|参加人数)が(?:最も|一番|もっとも|いちばん)大きく(落ち込んだ|減少した|減った|増加した|増えた|伸びた)年度(?:は(?:どこ|いつ|どの年度)?(?:でしょうか|ですか)?)?/g
const DROP_WORD = /drop|decline|decrease|fall|減少|減っ|落ち込/

// ---- when events were recorded (entered into the system), not when they took place --------------------
// "entered into the system during calendar 2022", "logged in 2023", 2023年に入ってから登録された（登録日ベース）: the
// period right after (before) the cue is the recording period; "logged more than 10 days after they took
// place", 実施日から1週間以上たってから登録された: the recording lag in whole days from the start date.
const RECORD_VERB_EN = String.raw`(?:entered|recorded|logged|registered|added|input)`
const RECORDED_EN = new RegExp(
  // "keyed into the bot during calendar 2022"
  String.raw`(?<![a-z])(?:(?:were|was|been|got)\s+)?(?:keyed|typed|put|entered)\s+(?:into|in)\s+(?:the\s+)?(?:bot|tool|slack)\s+(?:during|in|within|since|from)(?=\s+(?:calendar|fy|fiscal|this|last|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|` +
  // "recorded" alone is how events are kept ("events recorded in FY2022" took place then): only "recorded
  // into the system" is a recording date
  String.raw`(?<![a-z])(?:(?:were|was|been|got)\s+)?(?:(?:entered|logged|registered|added|input|enter|log|register|add)(?:\s+(?:into|in|to|on)\s+(?:the\s+)?(?:system|database|app))?|recorded\s+(?:into|in|to|on)\s+(?:the\s+)?(?:system|database|app))\s+(?:during|in|within|since|from)(?=\s+(?:calendar|fy|fiscal|this|last|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`,
  'g',
)
const RECORDED_JA = /(に入ってから|以降に?|の間に|中に|に)(?:システム(?:に|へ))?(?:登録|入力)(?:された|した|されている|されました)/g
const RECORDED_GLOSS = /[（(]?\s*(?:実施日ではなく)?登録日ベース\s*[)）]?|[（(]?\s*by (?:the )?(?:recording|entry|logging) date(?:,?\s*not (?:the )?(?:event|start) date)?\s*[)）]?|\(\s*by the date they were (?:logged|entered|recorded),? not (?:held|the event date)\s*\)/g
const LAG_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:were|was|been|got)\s+)?${RECORD_VERB_EN}(?:\s+(?:into|in|to)\s+(?:the\s+)?(?:system|database|app))?\s+(more than|over|at least)\s+(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+after\s+(?:they|it|the events?|the event date)(?:\s+(?:took place|happened|were held|was held|started|ran))?(?![a-z])`,
  'g',
)
const LAG_JA = /(?:事業の)?(?:実施日|開催日|開始日|実施|開催)(?:から|より)(\d{1,3}|一|二|三|四)(日|週間)(以上|超|を超えて|より後に?)(?:たって|経って|経過して|過ぎて)?(?:から)?(?:システムに)?(?:登録|入力)(?:された|した|されている)/g
const LAG_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 一: 1, 二: 2, 三: 3, 四: 4 }

// ---- partners --------------------------------------------------------------------------------------

const PARTNERS = [
  /(?<![a-z])(?:how many|(?:the )?number of|count of)\s+(?:different |distinct |unique |separate )?(?:partners|partner (?:organi[sz]ations?|institutions?|groups?|orgs?|entities))(?:\s+(?:that |which )?(?:have |did )?we (?:have )?(?:worked|work|partnered|partner|collaborated|collaborate|teamed up|team up|joined forces|join forces) with)?(?![a-z])/g,
  /(?<![a-z])(?:how many|(?:the )?number of|count of)\s+(?:different |distinct |unique |separate )?(?:organi[sz]ations|orgs|institutions|groups|entities)\s+(?:that |which )?(?:have |did |do )?we (?:have )?(?:worked|work|partnered|partner|collaborated|collaborate|teamed up|team up|joined forces|join forces) with(?![a-z])/g,
  /(?:異なる)?(?:(?:連携|協力|共催)(?:した|している|してきた)(?:パートナー)?|パートナー)(?:団体|先|機関|組織)?(?:の)?(?:数|総数)|(?:異なる)?(?:連携|協力|パートナー)(?:(?:した|している|してきた)(?:団体|先|機関|組織)|団体|先|機関|組織)?(?:の)?(?:数|総数)|(?:(?:連携|協力|パートナー)(?:した|している|してきた|しました)?(?:団体|先|機関|組織)(?:は|が)?)?何団体(?:と(?:連携|協力)(?:し|され)?)?|(?:いくつ|何)の(?:団体|機関)と(?:連携|協力)(?:し|され)?/g,
]

// the partners named on the most events ("which partner shows up most often?", "top 5 partners",
// 最も多く連携したパートナー, 連携件数の多いパートナー上位5団体): top 1 unless a number is given
const PARTNER_NOUN_EN = String.raw`(?:partner (?:organi[sz]ations?|institutions?|groups?)|partners?)`
const PARTNER_NOUN_JA = String.raw`(?:パートナー(?:団体|組織|機関)?|連携団体|連携先|協力団体|共催団体|団体)`
// "on the most events", "in the most projects": named on the most events
const ON_MOST_EVENTS = String.raw`(?:on|in|at|with)\s+(?:the\s+)?most\s+(?:events?|projects?|programmes?|programs?|activities)`
const TOP_PARTNERS = [
  new RegExp(
    String.raw`(?<![a-z])(?:which|what)\s+${PARTNER_NOUN_EN}\s+(?:show(?:s|n|ed)? up|appears?|appeared|is named|was named|comes up|came up|(?:have|did|do) we (?:work|partner|collaborate|team(?:ed)? up)(?:ed)? with|we (?:work|partner|collaborate|team(?:ed)? up)(?:ed)? with)\s+(?:the\s+)?most(?:\s+(?:often|frequently))?(?![a-z])`,
    'g',
  ),
  new RegExp(
    String.raw`(?<![a-z])(?:which|what)\s+${PARTNER_NOUN_EN}\s+(?:appears?|appeared|show(?:s|n|ed)? up|comes up|came up|is named|was named|is listed|was listed|features?|featured|(?:is|was|has been) involved)\s+${ON_MOST_EVENTS}(?![a-z])`,
    'g',
  ),
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?(?:most\s+(?:frequent|common|frequently named|often named)|busiest)\s+${PARTNER_NOUN_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?top\s*(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)?\s+${PARTNER_NOUN_EN}(?![a-z])`, 'g'),
  new RegExp(
    String.raw`(?:最も|一番|もっとも|いちばん)(?:多く)?(?:の事業で)?(?:連携|協力|共催|登場)(?:した|している|する)${PARTNER_NOUN_JA}(?:(?:の)?(?:上位|トップ)\s*(\d{1,3})(?:団体|つ|社|件)?)?|(?:連携|共催|協力)(?:件数|回数)(?:が|の)(?:最も|一番|もっとも|いちばん)?多い${PARTNER_NOUN_JA}(?:(?:の)?(?:上位|トップ)\s*(\d{1,3})(?:団体|つ|社|件)?)?|${PARTNER_NOUN_JA}(?:の)?(?:上位|トップ)\s*(\d{1,3})(?:団体|つ|社|件)?`,
    'g',
  ),
]
const PARTNER_COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

// The partner at the N-th place ("which partner is the second most frequent?", "the 3rd most common partner",
// 連携回数が3番目に多いパートナー): the ordinal in the first group found.
const ORDINAL_WORD = String.raw`(second|third|fourth|fifth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)`
const PLACE_PARTNERS = [
  new RegExp(String.raw`(?<![a-z])(?:which|what)\s+${PARTNER_NOUN_EN}\s+(?:is|was|ranks?|ranked|comes?|came|places?|placed)\s+(?:the\s+|in\s+)?${ORDINAL_WORD}(?:\s+most\s+(?:frequent(?:ly named)?|common|often named|active)|\s+place)?(?:\s+(?:on|in|at)\s+(?:our\s+|the\s+)?(?:events?|projects?|list|ranking))?(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:the\s+|our\s+)?${ORDINAL_WORD}[- ]most[- ](?:frequent(?:ly named)?|common|often named|active)\s+${PARTNER_NOUN_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:連携|協力|共催)?(?:件数|回数)?(?:が|の)?([2-9]|二|三|四|五)番目に多(?:い|く(?:連携|協力|共催)した)${PARTNER_NOUN_JA}|${PARTNER_NOUN_JA}(?:の中)?で?(?:連携|協力|共催)?(?:件数|回数)?(?:が)?([2-9]|二|三|四|五)番目に多い(?:の|もの|団体)?`, 'gu'),
]
const PLACE_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10, 二: 2, 三: 3, 四: 4, 五: 5 }

// Partners first named in a period ("partner organisations that appeared for the first time in FY2022", "new
// partners in FY2021", 2021年度に初めて連携したパートナー団体)
const FIRST_TIME_PARTNERS = [
  new RegExp(String.raw`(?<![a-z])(?:how many\s+|(?:the\s+)?number of\s+)?(?:new|first-time|first time|newly (?:added|named))\s+${PARTNER_NOUN_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:how many\s+|(?:the\s+)?number of\s+)?(?:${PARTNER_NOUN_EN}|organi[sz]ations)\s+(?:that\s+|which\s+)?(?:appeared|showed up|turned up|were named|were listed|came on board|(?:we\s+)?(?:partnered|worked|teamed up) with|joined)\s+(?:us\s+)?(?:for the (?:very )?first time|for the first time ever)(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:初めて|はじめて|新たに|新規に)(?:連携|協力|共催|登場|記載)(?:した|された|している)${PARTNER_NOUN_JA}(?:の数|数|は何団体|はいくつ)?|新規(?:の)?${PARTNER_NOUN_JA}(?:の数|数)?`, 'gu'),
]

// Partners named on a number of events ("partners that appear on only one event", "partner organisations we
// worked with at least 10 times", 1回しか出てこないパートナー, 10回以上連携した団体)
const ONCE = String.raw`(?:(?:on|in|at)\s+)?(?:only|just)\s+(?:one|1|a single)\s+(?:events?|projects?)|(?:only|just)\s+once`
const TIMES_AT_LEAST = String.raw`(?:at least|(?:more than|over))\s+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times|events|projects)`
const BOUNDED_PARTNERS = [
  new RegExp(String.raw`(?<![a-z])(?:how many\s+|(?:the\s+)?number of\s+)?(?:${PARTNER_NOUN_EN}|organi[sz]ations)\s+(?:that\s+|which\s+)?(?:appear(?:s|ed)?|show(?:s|ed)? up|(?:are|were|is|was)\s+(?:named|listed)|(?:have\s+)?(?:we\s+)?(?:worked|partnered|teamed up) with(?:\s+us)?|(?:have\s+)?(?:co-?hosted|joined)(?:\s+us)?)\s+(?:${ONCE}|${TIMES_AT_LEAST})(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:one-?(?:off|time)|single-event)\s+${PARTNER_NOUN_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?:1|一)(?:回|件)(?:しか|のみ|だけ)(?:出てこない|登場しない|登場した|記載されていない|記載された|連携していない|連携した|出てきていない)${PARTNER_NOUN_JA}|(?:1|一)件(?:の事業)?(?:に)?(?:しか|のみ|だけ)(?:記載|登場)(?:されていない|されない|された|していない|しない|した)${PARTNER_NOUN_JA}|([0-9]{1,4})(?:回|件)以上(?:連携|協力|共催|登場|記載)(?:した|している|された|されている)${PARTNER_NOUN_JA}`, 'gu'),
]
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
/** "different partners", "distinct partner organisations" said with no count word ("distinct partners by fiscal year"). */
const DISTINCT_PARTNERS = new RegExp(String.raw`(?<![a-z])(?:different|distinct|unique|separate)\s+${PARTNER_NOUN_EN}(?:\s+(?:that |which )?(?:have |did )?we (?:have )?(?:worked|partnered|collaborated|teamed up) with)?(?![a-z])`, 'g')
/** Words a partner count may carry: its count word (何団体, "how many"), "(no duplicates)", 重複なし. */
const PARTNER_TAIL = /(?:って|は)?(?:何団体|いくつ)(?:くらい|ぐらい|ほど)?|[（(]\s*(?:重複(?:なし|を除く|を除いて|除外)|no duplicates|deduplicated|de-duplicated|each counted once)\s*[）)]|重複(?:なし|を除いて)で?|(?<![a-z])(?:how many(?:\s+(?:are there|were there|is that|in total))?)(?![a-z])|(?<![a-z])(?:(?:has|have|had)\s+)?(?:worked|partnered|collaborated|teamed up|cooperated)\s+with(?![a-z])/gu
function partners(scan: Scan, q: Extract<EventQuestion, { intent: 'distinct_partners' }>): EventQuestion {
  scan.take(PARTNER_TAIL)
  return q
}
/**
 * The one match of the first of `forms` that matches at all (kept, not consumed); 'several' when that form matches
 * twice (two readings: no figure); undefined when none matches.
 */
function onlyMatch(scan: Scan, forms: readonly RegExp[]): { m: Match; re: RegExp } | 'several' | undefined {
  for (const re of forms) {
    const found = scan.take(re, { keep: true })
    if (found.length > 1) return 'several'
    if (found[0] !== undefined) return { m: found[0], re }
  }
  return undefined
}


// ---- offices without events ------------------------------------------------------------------------

const OFFICE_NOUN_EN = String.raw`(?:offices|consulates(?:[- ]general)?|diplomatic (?:offices|missions|posts)|missions)`
const EVENTS_NOUN_EN = String.raw`(?:events?|activit(?:y|ies)|projects?)`
const NO_EVENTS_EN = String.raw`(?:(?:with|having) (?:zero|0) ${EVENTS_NOUN_EN}|(?:that |which )?(?:had|have had|has had|held|have held|hosted|ran|did) (?:no|zero) ${EVENTS_NOUN_EN}|(?:that |which )?(?:did not|have not|has not|had not) (?:hold|held|had|have|host|hosted|run|organi[sz]e|organi[sz]ed)(?:(?: any)? ${EVENTS_NOUN_EN}| anything)(?: (?:yet|so far|at all))?|(?:that |which )?(?:had|have had|has had|held|have held|hosted|ran|did) nothing(?: (?:yet|so far|at all))?|(?:with|having) no ${EVENTS_NOUN_EN}|without (?:any )?${EVENTS_NOUN_EN})`
const OFFICES_NONE = [
  new RegExp(String.raw`(?<![a-z])(?:(?:which|what) )?${OFFICE_NOUN_EN}\s+${NO_EVENTS_EN}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])inactive ${OFFICE_NOUN_EN}(?![a-z])`, 'g'),
  /(?:事業|案件|イベント)?(?:を|が)?(?:一度も|一件も|1件も)?(?:実施|開催)(?:して|されて)(?:い)?(?:ない|なかった|ません(?:でした)?)(?:在外公館|総領事館|公館)|(?:事業|案件|イベント|実施|開催)(?:が|の)(?:一件も|1件も)?(?:なかった|無かった|ない|無い)(?:在外公館|総領事館|公館)|(?:(?:事業|案件|イベント)(?:が|の)?)?(?:未実施|未開催)の?(?:在外公館|総領事館|公館)|(?:事業|案件|イベント|実施|開催)?(?:件数)?(?:が)?(?:ゼロ|0件|０件)の(?:在外公館|総領事館|公館)/g,
]

// ---- states with at least N events ---------------------------------------------------------------

// "at least one event" is the offices-active or states-covered figure (recognise.ts), not a threshold
const BOUND_NUMBER_EN = String.raw`(\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)`
const AT_LEAST_EN = new RegExp(
  String.raw`(?<![a-z])(?:at least|a minimum of|no fewer than|no less than)\s+(\d{1,6}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:or more\s+)?${EVENTS_NOUN_EN}(?![a-z])|(?<![\d.,])(\d{1,6})\s*(?:or more|or above|and above|and up|\+)\s+${EVENTS_NOUN_EN}(?![a-z])`,
  'g',
)
const MORE_THAN_EN = new RegExp(String.raw`(?<![a-z])(?:more than|over|above)\s+${BOUND_NUMBER_EN}\s+${EVENTS_NOUN_EN}(?![a-z])`, 'g')
const STATES_EN = /(?<![a-z])(?:(how many|(?:the )?number of)\s+(states|offices|consulates)|(?:which|what)\s+(states|offices|consulates)|(states|offices|consulates))(?![a-z])/g
// the events named before the bound: 事業を10件以上, 件数が10件以下, 実施件数が10件を超える
const COUNT_BEFORE_JA = String.raw`(?:(?:事業|案件|イベント)(?:の)?)?(?:累計(?:の|で)?)?(?:実施件数|件数)?(?:を|が|は)?`
const STATE_VERB_JA = String.raw`(?:(?:の)?(?:事業|案件|イベント)?(?:を|が)?(?:実施|開催)(?:(?:し|され)(?:た|ている|ていた)|の)|(?:の)?(?:事業|案件|イベント|実施|開催)?(?:が)?(?:あった|ある)|の)?(州|在外公館|総領事館|公館)`
// exactly N ("only one event", "exactly 3 events", "a single event", 1件しか実施していない州, ちょうど2件の州) and at
// most N ("at most 2", "fewer than 3" = at most 2, 2件以下, 3件未満 = at most 2): the question back asks whether
// the places with none are meant
const NUMBER_EN = String.raw`(\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|a single)`
const EXACT_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:have|has|had)\s+)?(?:only|just|exactly|precisely)\s+(?:ever\s+)?(?:(?:had|held|hosted|seen|run|got|with)\s+)?(?:ever\s+)?${NUMBER_EN}\s+${EVENTS_NOUN_EN}(?![a-z])|(?<![a-z])(a single)\s+${EVENTS_NOUN_EN}(?![a-z])`,
  'g',
)
const AT_MOST_EN = new RegExp(
  String.raw`(?<![a-z])(?:at most|no more than|not more than|up to|a maximum of)\s+${NUMBER_EN}\s+${EVENTS_NOUN_EN}(?![a-z])|(?<![\d.,a-z])(\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:or (?:fewer|less)\s+${EVENTS_NOUN_EN}|${EVENTS_NOUN_EN}\s+or (?:fewer|less))(?![a-z])`,
  'g',
)
const FEWER_THAN_EN = new RegExp(String.raw`(?<![a-z])(?:fewer than|less than|under)\s+${NUMBER_EN}\s+${EVENTS_NOUN_EN}(?![a-z])`, 'g')
const NUMBER_WORDS: Record<string, number> = { 'a single': 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
const PLACE_AFTER_JA = String.raw`(?:の)?(?:(?:事業|案件|イベント)(?:を|が)?)?(?:(?:実施|開催)(?:して|されて|し|され)(?:い)?(?:ない|なかった|ません(?:でした)?|た|ている|ていた)|(?:が)?(?:ない|なかった|あった|ある|ありません(?:でした)?)|だった|である)?(州|在外公館|総領事館|公館)`
const EXACT_JA = new RegExp(
  String.raw`(?:事業|案件|イベント)?(?:の)?(?:実施件数|件数)?(?:を|が|は)?(?:ちょうど(\d{1,6})件(?:しか|だけ|のみ)?|(\d{1,6})件(?:しか|だけ|のみ|ちょうど)|(一度|1度|一回|1回)(?:しか|だけ|のみ))${PLACE_AFTER_JA}`,
  'g',
)
const AT_MOST_JA = new RegExp(String.raw`${COUNT_BEFORE_JA}(\d{1,6})件(以下|未満)${PLACE_AFTER_JA}`, 'g')
const AT_LEAST_JA = new RegExp(String.raw`${COUNT_BEFORE_JA}(\d{1,6})件以上${STATE_VERB_JA}`, 'g')
const MORE_THAN_JA = new RegExp(String.raw`${COUNT_BEFORE_JA}(\d{1,6})件(?:を)?(?:超え(?:る|た)?|超)${STATE_VERB_JA}`, 'g')
const COUNT_AFTER_JA = /^(?:の数|数|は何州|はいくつ|はいくつある|\s*(?:州数|公館数))/
const COUNT_JA = /何州|いくつの州/g

// ---- places with an event in one period and none in another ---------------------------------------

const DIFF_SUBJECT_EN = /(?<![a-z])(?:(?:which|what)\s+)?(states|offices|consulates)(?![a-z])/g
const DIFF_POSITIVE_EN = new RegExp(
  String.raw`(?<![a-z])(?:(?:that |which )?(?:had|held|hosted|with|(?:did|do|have) we (?:hold|host|run|have|held|hosted|had))\s+(?:an? |any |at least one )?${EVENTS_NOUN_EN}|(?:that |which )?(?:were |was )?(?:covered|active|reached))(?![a-z])`,
  'g',
)
const DIFF_CONTRAST_EN = new RegExp(String.raw`(?:,\s*)?(?<![a-z])but\s+(?:(?:had |held |with |there were )?(?:none|nothing(?: at all)?|no ${EVENTS_NOUN_EN})|not(?:\s+any\s+${EVENTS_NOUN_EN})?)(?![a-z])`, 'g')
const DIFF_POSITIVE_JA = /(?:事業|案件|イベント)?(?:を|が)?(?:(?:実施|開催)(?:(?:し|され)(?:て|たが|たものの|たけど|たけれど(?:も)?|たのに|、|(?=\s*(?:令和|平成|[rh]\s?\d|\d{4}|昨|今|前|去)))|[・、](?=\s*(?:令和|平成|[rh]\s?\d|\d{4}|昨|今|前|去)))|あ(?:って|ったが|ったものの|ったけど|ったけれど(?:も)?|ったのに))[、,]?/g
const DIFF_NEGATIVE_JA =
  /(?:(?:事業|案件|イベント)?(?:が|の)?(?:未実施|未開催)の?|(?:事業|案件|イベント)?(?:を|が)?(?:実施|開催)(?:して|されて|し|され)?(?:い)?(?:ない|なかった|ません(?:でした)?)|(?:事業|案件|イベント)?(?:が)?(?:なかった|無かった|ない|無い)|(?:事業|案件|イベント|件数)?(?:が|は)?(?:ゼロ|0件)(?:だった|の|である))(州|在外公館|総領事館|公館)/g

// ---- places with an event in each of two periods ------------------------------------------------------

const BOTH_SUBJECT_EN = /(?<![a-z])(?:(how many|(?:the )?number of)\s+|(?:which|what)\s+)?(states|offices|consulates)(?![a-z])/g
const BOTH_WORD_EN = /(?<![a-z])(?:in\s+)?both(?![a-z])/g
const BOTH_JA = new RegExp(
  String.raw`(?:の)?(?:両方|両年度|双方|いずれ|どちら)(?:の期間|の年度)?(?:で|に|において)?(?:も|とも)?(?:、)?` +
    String.raw`(?:事業|案件|イベント)?(?:を|が)?(?:(?:実施|開催)(?:(?:し|され)(?:た|ている|ていた)|の)|あった)(州|在外公館|総領事館|公館)|` +
    String.raw`(?:の)?(?:両方|双方|いずれ|どちら)(?:の期間|の年度)?(?:で|に)?(?:も|とも)?(?:、)?(州|在外公館|総領事館|公館)(?:が|で)?(?:事業|案件|イベント)?(?:を|が)?(?:(?:実施|開催)(?:し|され)(?:た|ている|ていた)|あった)`,
  'g',
)
const BOTH_COUNT_JA = /何州|何公館|いくつの(?:州|公館)/g

// ---- places with more (fewer) events in one period than in another ----------------------------------

const MORE_EN = new RegExp(String.raw`(?<![a-z])(?:(?:that |which )?(?:had|held|hosted|saw|ran|with|have|has))\s+(more|fewer|less)\s+${EVENTS_NOUN_EN}(?![a-z])`, 'g')
const THAN_EN = /(?<![a-z])than(?![a-z])/g
const YORI_JA = /より(?:も)?/g
const MORE_TAIL_JA =
  /(?:の方が|のほうが)?(?:に|で|は)?(?:事業を|事業が|件数が|実施件数が|事業の件数が)?(?:(多く|少なく)(?:事業を)?(?:実施|開催)(?:した|された|している)|(多|少な)(?:い|かった))(州|在外公館|総領事館|公館)/g
const COUNT_WORD_JA = /(?:の|で|に)?(?:実施|事業の)?件数(?:が|は)/g
// 「2022年度の件数が2021年度を上回った州」: the period before を is the baseline
const EXCEED_TAIL_JA = /を(上回|下回)(?:った|る|っている|っていた)(州|在外公館|総領事館|公館)/g

// ---- budget execution ------------------------------------------------------------------------------
// "how much of this FY's budget is spent?", "budget execution rate", "total cost of events", 予算執行率,
// 予算の消化率, 予算額, 事業費用の合計: one fiscal year's recorded event costs against its recorded budget
// (src/questions/intents/budget-execution.ts). Other money questions (salaries, a hotel's cost) stay
// refused as off-topic (refusals.ts); a budget of a future year is refused as a future period.

const SPENT_EN = String.raw`(?:spent|used|executed|consumed|utili[sz]ed|disbursed)`
const BUDGET_EN = String.raw`(?:the |our |this |that )?(?:annual |yearly |total )?budget`
export const BUDGET_WORDS = new RegExp(
  [
    String.raw`(?<![a-z])(?:what (?:percentage|percent|share|portion|fraction|part|proportion) of|how much of|(?:the )?(?:percentage|percent|share|portion|fraction|proportion) of)\s+${BUDGET_EN}(?:\s+(?:has been|have we|had we|did we|we have|we've|is|was|has|had been|got|gets|is being)(?:\s+(?:already|so far|been))?)?(?:\s+(?:spent|used(?: up)?|use|spend|executed|consumed|utili[sz]ed))?(?![a-z])`,
    String.raw`(?<![a-z])(?:what (?:percentage|percent|share|portion|fraction|part|proportion) of|how much of)(?=\s+(?:[a-z0-9'’]{1,20}\s+){1,4}budget(?![a-z]))`,
    String.raw`(?<![a-z])budget(?:\s+(?:has been|have we|had we|did we|we have|we've|is|was|has|had been|is being)(?:\s+(?:already|so far|been))?)?\s+(?:spent|used|executed|consumed|utili[sz]ed)(?:\s+so far)?(?![a-z])`,
    String.raw`(?<![a-z])(?:the )?budget(?:'s)?\s+(?:execution|utili[sz]ation|spending|spend|burn|consumption|usage|use)(?:\s+rate)?(?![a-z])`,
    String.raw`(?<![a-z])(?:the )?(?:budget )?(?:execution|burn|spend(?:ing)?) rate(?:\s+of ${BUDGET_EN})?(?![a-z])`,
    String.raw`(?<![a-z])how much (?:money )?(?:have we|has been|did we|was|is|we have|we've)\s+(?:already\s+)?(?:spent|spend|used|use)(?:\s+(?:of|from) ${BUDGET_EN})?(?![a-z])`,
    String.raw`(?<![a-z])(?:the )?(?:total )?(?:amount )?(?:spent|spending)(?:\s+(?:against|of|from) ${BUDGET_EN})?(?![a-z])`,
    String.raw`(?<![a-z])(?:the )?(?:total |sum of (?:the )?)?(?:costs? of (?:the |our |all )?(?:events|activities|projects)|event costs?)(?![a-z])`,
    String.raw`(?<![a-z])(?:the )?(?:amount of (?:the |our )?)?budget(?:\s+amount)?(?![a-z])`,
    String.raw`予算(?:の|を)?(?:うち)?(?:どれくらい|どのくらい|どれだけ|何割|何%|何パーセント|いくら)(?:を|が)?(?:使|執行|消化)(?:った|い|し|され)?(?:まし)?(?:た|ている|ています|済み)?(?:か)?`,
    String.raw`予算(?:の)?(?:執行率|消化率|使用率|執行状況|執行額|消化額)(?:は)?(?:\s*(?:現時点|現在|今のところ|これまで)(?:で)?)?(?:何%|何パーセント|どれくらい|どのくらい)?`,
    String.raw`(?:執行率|消化率)(?:は)?(?:\s*(?:現時点|現在|今のところ|これまで)(?:で)?)?(?:何%|何パーセント|どれくらい|どのくらい)?`,
    // 事業費用が100万円以上: a bound on each event's cost (costs.ts), not the total
    String.raw`事業(?:の)?(?:費用|経費)(?:の)?(?:合計|総額)?(?!\s*(?:が|は|の)?\s*[0-9¥])|(?:費用|経費)(?:の)?(?:合計|総額)|執行額|予算額(?:として(?:登録|記録)(?:されている|された)金額)?|予算`,
  ].join('|'),
  'g',
)

/**
 * Which budget figure the words ask for: the amount of the budget ("the budget amount", 予算額, 予算 alone),
 * the costs spent ("total cost of events", "how much have we spent", 費用の合計, 執行額), or else the
 * execution rate (執行率, "how much of the budget is spent").
 */
export function budgetFigureOf(words: string): BudgetFigure {
  const w = words.trim()
  if (/^(?:the )?(?:amount of (?:the |our )?)?budget(?: amount)?$|^予算額?$|^予算額として(?:登録|記録)(?:されている|された)金額$/.test(w)) return 'budget'
  if (/(?:costs?|spending|費用|経費|執行額|消化額)(?![a-z])|^(?:the )?(?:total )?(?:amount )?spent|^how much (?:money )?(?:have we|has been|did we|was|is|we have|we've) (?:already )?(?:spent|spend|used|use)$/.test(w)) return 'spent'
  return 'rate'
}

/** The question with its budget-execution and cost words (costs.ts) blanked (same length), for the text-level refusals. */
export function maskBudgetWords(lower: string): string {
  BUDGET_WORDS.lastIndex = 0
  let out = maskCostWords(lower).replace(BUDGET_WORDS, (m) => ' '.repeat(m.length))
  BUDGET_WORDS.lastIndex = 0
  // the events ranked by cost ("top 5 events by cost", 費用が2番目に多くかかった事業) are read as a ranking of events
  for (const re of [...TOP_EVENTS, ...PLACE_EVENT, TOP_AROUND, PLACE_AROUND]) out = out.replace(new RegExp(re.source, re.flags), (m) => (COST_WORD.test(m) ? ' '.repeat(m.length) : m))
  return out
}

/**
 * A top N list or an N-th place read from its match: the number (2–100), the
 * direction (smallest by "smallest", "bottom", 少ない, 下位…) and the measure (the cost by "expensive", 費用…).
 * Undefined when the number is out of range or the words disagree ("top 5 … smallest", 上位 with 少ない,
 * "largest … by cost"), so that the question gets no figure.
 */
function topEventsOf(m: Match, kind: 'n' | 'place'): EventQuestion | undefined {
  const words = m.groups.filter((g): g is string => g !== undefined)
  const numeral = words.find((g) => /^(?:\d{1,3}(?:st|nd|rd|th)?|[二三四五六七八九十]|two|three|four|five|six|seven|eight|nine|ten|twenty|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/.test(g)) ?? ''
  const n = N_WORDS[numeral] ?? ORDINAL_WORDS[numeral] ?? KANJI_NUM[numeral] ?? Number(numeral.replace(/(?:st|nd|rd|th)$/, ''))
  if (!Number.isInteger(n) || n < 2 || n > 100) return undefined
  const rest = words.filter((g) => g !== numeral)
  const smalls = rest.map((g) => SMALL_WORD.test(g))
  // "top 5 … smallest", 上位 … 少ない: the words pull both ways
  if (smalls.some((x) => x) && smalls.some((x, i) => !x && /top|上位|多|大き|高|largest|biggest|most|highest|costliest|best/.test(rest[i] ?? ''))) return undefined
  const costs = rest.map((g) => COST_WORD.test(g))
  const people = rest.some((g) => /partic|attend|turnout|headcount|参加|来場/.test(g))
  const sizeOnly = rest.some((g) => /largest|biggest|smallest|規模|大き|小さ/.test(g))
  const cost = costs.some((x) => x)
  if (cost && (people || sizeOnly)) return undefined
  const order = smalls.some((x) => x) ? 'smallest' : 'largest'
  return { intent: 'top_events', ...(kind === 'n' ? { n } : { place: n }), order, ...(cost ? { by: 'cost' as const } : {}) }
}

/**
 * Whether the question may be one of these (a cheap test on the cleaned, lower-cased question): the refusals
 * of thresholds and of single-event superlatives then wait until these recognisers have taken their words.
 */
export function mayBeEventQuestion(lower: string): boolean {
  const all = [...TOP_TOTAL, ...TOP_EVENTS, ...PLACE_EVENT, TOP_AROUND, PLACE_AROUND, ABOVE_AROUND, ...ABOVE, EMPTY_MONTHS_TAIL, EMPTY_MONTHS_JA, ...BUSIEST_DAY, ...DAYS_AT_LEAST, RECORDED_EN, RECORDED_JA, LAG_EN, LAG_JA, YEAR_CHANGE_EN, YEAR_CHANGE_VERB_EN, YEAR_CHANGE_JA, ...EVENT_STATS, ...WIDEST, ...LARGEST, ...TOP_PARTNERS, ...PARTNERS, ...OFFICES_NONE, AT_LEAST_EN, MORE_THAN_EN, AT_LEAST_JA, MORE_THAN_JA, DIFF_CONTRAST_EN, DIFF_NEGATIVE_JA, BOTH_WORD_EN, BOTH_JA]
  all.push(EXACT_EN, AT_MOST_EN, FEWER_THAN_EN, EXACT_JA, AT_MOST_JA, MORE_EN, MORE_TAIL_JA)
  return (
    mayBeCostQuestion(lower) ||
    all.some((re) => {
      re.lastIndex = 0
      const hit = re.test(lower)
      re.lastIndex = 0
      return hit
    })
  )
}

/**
 * Consumes a match but for its middle words (`between`, which ends where `tail` starts): those are left to the
 * other recognisers ("the largest [FY2020 online] event": the period and the format are read as filters).
 */
function consumeAroundMiddle(scan: Scan, m: Match, between: string, tail: string): void {
  const tailStart = m.end - tail.length
  scan.consume(m.start, tailStart - between.length)
  scan.consume(tailStart, m.end)
}

/** The first of these questions the text asks, its words consumed; undefined (nothing consumed) otherwise. */
export function takeEventQuestion(scan: Scan): EventQuestion | undefined {
  const q = readEventQuestion(scan)
  // 2021年度の事業のうち、…: "among the events" names the events the question is about, as its noun does
  if (q !== undefined) scan.take(/(?:事業|イベント|案件)(?:の)?(?:うち|中で)(?:、|,)?/g)
  return q
}

function readEventQuestion(scan: Scan): EventQuestion | undefined {
  for (const re of [YEAR_CHANGE_EN, YEAR_CHANGE_VERB_EN, YEAR_CHANGE_JA]) {
    const found = scan.take(re, { keep: true })
    const [m] = found
    if (m === undefined) continue
    if (found.length > 1) return undefined
    const [a = '', b = '', c = '', d = ''] = m.groups
    const [, , , , e = '', f = ''] = m.groups
    const change = re === YEAR_CHANGE_EN ? a : re === YEAR_CHANGE_VERB_EN ? b : b || d || f
    const figure = re === YEAR_CHANGE_EN ? b : re === YEAR_CHANGE_VERB_EN ? a : a || c || e
    scan.consume(m.start, m.end)
    return { intent: 'year_change', metric: /partic|attend|参加/.test(figure) ? 'participants' : 'events', direction: DROP_WORD.test(change) ? 'drop' : 'rise' }
  }
  {
    // the bound, the number and the unit of a lag (in that order: the Japanese one is reordered)
    const lags = [...scan.take(LAG_EN, { keep: true }), ...scan.take(LAG_JA, { keep: true }).map((m) => ({ ...m, groups: [m.groups[2], m.groups[0], m.groups[1]] }))]
    const cuesEn = scan.take(RECORDED_EN, { keep: true })
    const cuesJa = scan.take(RECORDED_JA, { keep: true })
    const [lagM] = lags
    const cueM = cuesEn[0] ?? cuesJa[0]
    if ((lagM !== undefined || cueM !== undefined) && lags.length <= 1 && cuesEn.length + cuesJa.length <= 1) {
      let lag: { gt?: number; gte?: number } | undefined
      if (lagM !== undefined) {
        const [bound = '', raw = '', unit = ''] = lagM.groups
        const n = (LAG_NUMBERS[raw] ?? Number(raw)) * (/week|週/.test(unit) ? 7 : 1)
        if (!Number.isInteger(n) || n < 1 || n > 3650) return undefined
        lag = /at least|以上/.test(bound) ? { gte: n } : { gt: n }
        scan.consume(lagM.start, lagM.end)
      }
      let cue: { start: number; end: number; lang: 'en' | 'ja'; since: boolean } | undefined
      if (cueM !== undefined && !(lagM !== undefined && cueM.start >= lagM.start && cueM.end <= lagM.end)) {
        const ja = cuesJa.includes(cueM)
        cue = { start: cueM.start, end: cueM.end, lang: ja ? 'ja' : 'en', since: ja ? cueM.groups[0] === 'に入ってから' || (cueM.groups[0] ?? '').startsWith('以降') : / since$/.test(cueM.text) }
        scan.consume(cueM.start, cueM.end)
      }
      scan.take(RECORDED_GLOSS)
      return { intent: 'recorded_events', ...(cue ? { cue } : {}), ...(lag ? { lag } : {}) }
    }
  }
  {
    const one = onlyMatch(scan, TOP_SHARE)
    if (one === 'several') return undefined
    if (one !== undefined) {
      const { m, re } = one
      const english = re === TOP_SHARE[0]
      const gap = english ? (m.groups[0] ?? '') : ''
      const raw = english ? m.groups.slice(1).find((g) => g !== undefined) : m.groups.find((g) => g !== undefined)
      const n = N_WORDS[raw ?? ''] ?? Number(raw)
      if (!Number.isInteger(n) || n < 2 || n > 100) return undefined
      // the words between "share of" and "participants": a period (left to its reader) and lead-in words only
      if (english && gap !== '' && !SHARE_LEAD_IN.test(gap.replace(/fy\s?\d{2,4}|fiscal year \d{4}|\d{4}/g, ''))) return undefined
      const gapStart = m.text.indexOf(gap, m.text.search(/of\s/) + 2)
      if (english && gap !== '') {
        scan.consume(m.start, m.start + gapStart)
        scan.consume(m.start + gapStart + gap.length, m.end)
      } else scan.consume(m.start, m.end)
      return { intent: 'top_events_total', n, share: true }
    }
  }
  for (const re of TOP_TOTAL) {
    const found = scan.take(re, { keep: true })
    const [m] = found
    if (m === undefined) continue
    if (found.length > 1) return undefined
    const raw = m.groups.find((g) => g !== undefined) ?? ''
    const n = N_WORDS[raw] ?? Number(raw)
    if (!Number.isInteger(n) || n < 2 || n > 100) return undefined
    scan.consume(m.start, m.end)
    return { intent: 'top_events_total', n }
  }
  for (const re of TOP_EVENTS) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    // "top 5 events" says not what they top (participants? cost? "most successful"?): the measure is required
    // ("top 5 events by participants"), as 上位5件 needs 参加者数 or 費用; "the 5 largest events" are by size
    if (re === TOP_EVENTS[0] && m.groups[2] === undefined) continue
    const top = topEventsOf(m, 'n')
    if (top === undefined) return undefined
    scan.consume(m.start, m.end)
    return top
  }
  for (const re of PLACE_EVENT) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    const top = topEventsOf(m, 'place')
    if (top === undefined) return undefined
    scan.consume(m.start, m.end)
    return top
  }
  for (const [re, kind] of [[TOP_AROUND, 'n'], [PLACE_AROUND, 'place']] as const) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    const [num, size, between = '', tail = '', by] = m.groups
    // the words between are not the size's: only the number, the size and the measure are read here
    const top = topEventsOf({ ...m, groups: [num, size, by] }, kind)
    if (top === undefined) return undefined
    consumeAroundMiddle(scan, m, between, tail)
    return top
  }
  {
    const [m, ...more] = scan.take(ABOVE_AROUND, { keep: true })
    if (m !== undefined) {
      if (more.length > 0) return undefined
      const [dir = '', gap = '', tail = ''] = m.groups
      const tailStart = m.end - tail.length
      scan.consume(m.start, tailStart - gap.length)
      scan.consume(tailStart, m.end)
      if (!/^(?:how|the|number)/.test(scan.lower.slice(m.start, m.end).trim())) scan.take(EVENTS_COUNTED)
      return { intent: 'above_average', direction: BELOW_WORD.test(dir) ? 'below' : 'above' }
    }
  }
  for (const re of BUSIEST_DAY) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    scan.consume(m.start, m.end)
    return { intent: 'event_days', answer: 'busiest' }
  }
  for (const re of DAYS_AT_LEAST) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    const raw = m.groups.find((g) => g !== undefined) ?? ''
    const min = N_DAY_WORDS[raw] ?? Number(raw)
    if (!Number.isInteger(min) || min < 2 || min > 1000) return undefined
    scan.consume(m.start, m.end)
    return { intent: 'event_days', answer: 'at_least', min }
  }
  {
    const [head, ...heads] = scan.take(EMPTY_MONTHS_HEAD, { keep: true })
    const [tail, ...tails] = scan.take(EMPTY_MONTHS_TAIL, { keep: true })
    if (head !== undefined && tail !== undefined && heads.length === 0 && tails.length === 0 && head.end <= tail.start) {
      scan.consume(head.start, head.end)
      scan.consume(tail.start, tail.end)
      return { intent: 'empty_months', answer: head.groups[0] !== undefined ? 'count' : 'list' }
    }
    const [m, ...more] = scan.take(EMPTY_MONTHS_JA, { keep: true })
    if (m !== undefined && more.length === 0) {
      scan.consume(m.start, m.end)
      return { intent: 'empty_months', answer: m.groups[0] !== undefined ? 'count' : 'list' }
    }
  }
  for (const re of ABOVE) {
    const found = scan.take(re, { keep: true })
    const [m] = found
    if (m === undefined) continue
    if (found.length > 1) return undefined
    scan.consume(m.start, m.end)
    scan.take(EVENTS_COUNTED)
    return { intent: 'above_average', direction: BELOW_WORD.test(m.groups.find((g) => g !== undefined) ?? '') ? 'below' : 'above' }
  }
  if (asksMedianCost(scan)) {
    const median = takeEventStat(scan)
    if (median) return median
  }
  const cost = takeCostQuestion(scan)
  if (cost) return cost
  const stat = takeEventStat(scan)
  if (stat) return stat
  for (const re of WIDEST) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    scan.consume(m.start, m.end)
    return { intent: 'largest_event', order: 'largest', by: 'states' }
  }
  for (const re of LARGEST) {
    const [m, ...more] = scan.take(re, { keep: true })
    if (m === undefined) continue
    if (more.length > 0) return undefined
    scan.consume(m.start, m.end)
    // 「…事業はどの事業でしょうか」: the event asked about, named again
    scan.take(/(?:は|って)?\s*どの(?:事業|イベント|案件)(?=\s*(?:でしょうか|ですか|[？?]|$))/gu)
    return { intent: 'largest_event', order: SMALL.test(m.groups.find((g) => g !== undefined) ?? '') ? 'smallest' : 'largest' }
  }
  {
    const [m, ...more] = scan.take(LARGEST_AROUND, { keep: true })
    if (m !== undefined && more.length === 0) {
      const [superlative = '', between = '', noun = ''] = m.groups
      consumeAroundMiddle(scan, m, between, noun)
      return { intent: 'largest_event', order: SMALL.test(superlative) ? 'smallest' : 'largest' }
    }
    if (m !== undefined) return undefined
  }
  {
    const [m, ...more] = scan.take(LARGEST_WHICH_AFTER, { keep: true })
    if (m !== undefined && more.length === 0 && (m.groups[0] ?? '') !== '') {
      const [between = '', tail = '', superlative = ''] = m.groups
      consumeAroundMiddle(scan, m, between, tail)
      return { intent: 'largest_event', order: SMALL.test(superlative) ? 'smallest' : 'largest' }
    }
  }
  {
    const [m, ...more] = scan.take(LARGEST_WHICH_AROUND, { keep: true })
    if (m !== undefined && more.length === 0) {
      const [between = '', tail = '', superlative = ''] = m.groups
      consumeAroundMiddle(scan, m, between, tail)
      return { intent: 'largest_event', order: SMALL.test(superlative) ? 'smallest' : 'largest' }
    }
    if (m !== undefined) return undefined
  }
  {
    const place = onlyMatch(scan, PLACE_PARTNERS)
    if (place === 'several') return undefined
    if (place !== undefined) {
      const raw = place.m.groups.find((g) => g !== undefined) ?? ''
      const n = PLACE_WORDS[raw] ?? Number(raw)
      if (!Number.isInteger(n) || n < 2 || n > 100) return undefined
      scan.consume(place.m.start, place.m.end)
      return partners(scan, { intent: 'distinct_partners', place: n })
    }
    const first = onlyMatch(scan, FIRST_TIME_PARTNERS)
    if (first === 'several') return undefined
    if (first !== undefined) {
      scan.consume(first.m.start, first.m.end)
      return partners(scan, { intent: 'distinct_partners', firstTime: true })
    }
    const bounded = onlyMatch(scan, BOUNDED_PARTNERS)
    if (bounded === 'several') return undefined
    if (bounded !== undefined) {
      const { m } = bounded
      const raw = m.groups.find((g) => g !== undefined)
      // "only one event": at most one; "at least 10 times", "more than 10 times" (= at least 11)
      const n = raw === undefined ? 1 : (COUNT_WORDS[raw] ?? Number(raw))
      if (!Number.isInteger(n) || n < 1 || n > 100_000) return undefined
      scan.consume(m.start, m.end)
      return partners(scan, { intent: 'distinct_partners', eventsPerPartner: raw === undefined ? { lte: 1 } : { gte: /more than|over/.test(m.text) ? n + 1 : n } })
    }
  }
  for (const re of TOP_PARTNERS) {
    const found = scan.take(re, { keep: true })
    const [m] = found
    if (m === undefined) continue
    if (found.length > 1) return undefined
    const raw = m.groups.find((g) => g !== undefined)
    const top = raw === undefined ? 1 : (PARTNER_COUNT_WORDS[raw] ?? Number(raw))
    if (!Number.isInteger(top) || top < 1 || top > 100) return undefined
    scan.consume(m.start, m.end)
    return { intent: 'distinct_partners', top }
  }
  for (const re of [...PARTNERS, DISTINCT_PARTNERS]) {
    if (scan.take(re).length > 0) return partners(scan, { intent: 'distinct_partners' })
  }
  {
    const found = scan.take(BUDGET_WORDS)
    if (found.length > 0) {
      const figures = new Set(found.map((m) => budgetFigureOf(m.text)))
      // "the budget and the rate" asks for two figures: the rate answer gives both amounts, so it stands
      const figure: BudgetFigure = figures.size === 1 ? [...figures][0]! : 'rate'
      return { intent: 'budget_execution', figure }
    }
  }
  const inBoth = takeBoth(scan)
  if (inBoth) return inBoth
  const more = takeMore(scan)
  if (more) return more
  // before offices without events: 「…に実施し、…に実施していない公館」 holds that phrase
  const difference = takeDifference(scan)
  if (difference) return difference
  for (const re of OFFICES_NONE) {
    if (scan.take(re).length > 0) return { intent: 'offices_without_events' }
  }
  return takeCoveredList(scan) ?? takeThreshold(scan)
}

const numberOf = (raw: string | undefined): number => (raw === undefined ? Number.NaN : (NUMBER_WORDS[raw] ?? (/^(?:一度|1度|一回|1回)$/.test(raw) ? 1 : Number(raw))))
const subjectOf = (noun: string | undefined): 'state' | 'office' => (noun === undefined || noun === '州' || noun === 'states' ? 'state' : 'office')

interface Bound {
  m: { start: number; end: number; groups: (string | undefined)[] }
  min: number
  max?: number
  orNone?: boolean
  ja: boolean
}

// In every fiscal year ("states with an event in every fiscal year", "offices that held events every single FY",
// 全ての年度で事業を実施した州, 毎年度事業を実施している公館): the places with an event in each fiscal year of
// the period. A year that is not said to be fiscal ("every year", 毎年) is the breakdown by fiscal year or
// named, as before.
const EVERY_FY_EN = /(?<![a-z])(?:(?:in|during|for|across)\s+)?(?:each and\s+)?every\s+(?:single\s+)?(?:fiscal\s+year|fy)(?![a-z])(?:\s+(?:on record|recorded|so far))?|(?<![a-z])(?:in|during|for)\s+each\s+(?:fiscal\s+year|fy)(?:\s+(?:on record|recorded|so far))?(?![a-z])|(?<![a-z])(?:in|during|across)\s+(?:all|each)\s+(?:(?:of\s+)?the\s+)?(?:fiscal years|fys)(?![a-z])/g
const EVERY_FY_JA = new RegExp(
  String.raw`(?:(?:全て|すべて|全)の年度(?:で|において|とも)|全年度(?:で|とも|において)|毎年度|各年度とも|(?:各年度|各年)(?:の)?(?:すべて|全て)(?:で|において)|いずれの年度(?:で)?も|どの年度(?:で)?も)(?:、)?(?:毎年|必ず|欠かさず|継続して|継続的に)?` +
    String.raw`(?:(?:事業|案件|イベント)(?:を|が)?)?(?:(?:1件以上|一件以上)(?:の)?)?(?:(?:実施|開催)(?:(?:し|され)(?:た|ている|ていた|てきた)|の)|(?:が)?(?:あった|ある))(州|在外公館|総領事館|公館)`,
  'g',
)

// The states covered, asked as a list ("which states did we cover in FY2019?", "list the states covered",
// "which states had events", 2019年度に事業を実施した州の一覧, 州をリストで, 実施した州はどこ): the states with at
// least one event — DC is not a state (product.md), so this is not a breakdown by state, which lists DC too.
const COVERED_LIST_EN =
  /(?<![a-z])(?:(?:which|what)\s+states\s+(?:did\s+we|have\s+we|had\s+we|we)\s+(?:cover|reach|visit|hold\s+(?:any\s+)?events\s+in|have\s+(?:any\s+)?events\s+in)|(?:which|what)\s+states\s+(?:were|have\s+been|got|had\s+been)\s+(?:covered|reached|visited)|(?:which|what)\s+states\s+(?:had|have\s+had|saw|got|held|hosted)\s+(?:an?\s+|any\s+)?(?:events?|activit(?:y|ies))|(?:list|name|show(?:\s+me)?|give\s+me)\s+(?:(?:a\s+)?list\s+of\s+)?(?:all\s+)?(?:the\s+)?states\s+(?:covered|reached|visited|(?:we|that\s+we)\s+(?:covered|reached|visited)|with\s+(?:an?\s+|any\s+)?events?)|(?:a\s+|the\s+)?list\s+of\s+(?:(?:all\s+)?the\s+)?states\s+(?:covered|reached|visited|with\s+(?:an?\s+|any\s+)?events?))(?![a-z])/g
const COVERED_LIST_JA =
  /(?:(?:事業|案件|イベント)(?:を|が)?)?(?:実施|開催)(?:し|され)た州(?:を|の)?(?:リスト(?:アップ)?|一覧)(?:表)?(?:で|に|して)?|(?:(?:事業|案件|イベント)(?:を|が)?)?(?:実施|開催)(?:し|され)た州(?:は|を)?どこ|(?:実施|開催)州(?:の)?(?:リスト|一覧)(?:表)?(?:で|に)?|(?:(?:事業|案件|イベント)(?:を|が)?)?(?:実施|開催)(?:し|され)た(?:在外公館|総領事館|公館)(?:は|を)?(?:どこ(?:ですか)?|(?:の)?(?:リスト|一覧)(?:で)?|(?=\s*[？?]?\s*$))/g

// Words of another list of states (first-time, every year, a rise, a ranking, a restriction): the list is
// theirs to read, never the plain states covered.
const OTHER_STATE_LIST =
  /(?<![a-z])(?:first|new(?:ly)?|every|each|increase[ds]?|rise|rose|grow|grew|decrease[ds]?|drop(?:ped)?|fell|fall|declin\w*|more|fewer|less|most|least|never|none|not|but|only|both|again|except|excluding|without)(?![a-z])|初めて|はじめて|初|新た|新規|一度も|毎年|全て|すべて|全年度|各年度|増|減|多|少|以外|除|なかった|ない|のみ|(?<!いた)だけ|両方|とも/

// "list the states the Seattle consulate covered", "which states did the Denver office reach": the head and the
// verb around an office's name, which is left for the office recogniser
const COVERED_BY_HEAD_EN =
  /(?<![a-z])(?:(?:list|name|show(?:\s+me)?|give\s+me)\s+(?:(?:a\s+)?list\s+of\s+)?(?:all\s+)?(?:the\s+)?|(?:which|what)\s+)states(?:\s+(?:that|which))?(?:\s+(?:did|has|have))?(?=\s+(?:the\s+)?(?:[a-z.'’]+\s+){1,3}(?:covered|reached|visited|held\s+events\s+in|cover|reach|visit|hold\s+events\s+in)(?![a-z]))/g
const COVERED_BY_VERB_EN = /(?<![a-z])(?:covered|reached|visited|held\s+events\s+in|cover|reach|visit|hold\s+events\s+in)(?![a-z])/g

function takeCoveredList(scan: Scan): EventQuestion | undefined {
  if (OTHER_STATE_LIST.test(scan.lower)) return undefined
  const heads = scan.take(COVERED_BY_HEAD_EN, { keep: true })
  if (heads.length === 1 && heads[0]) {
    const head = heads[0]
    const verbs = scan.take(COVERED_BY_VERB_EN, { keep: true }).filter((v) => v.start > head.end && v.start - head.end <= 40)
    if (verbs.length === 1 && verbs[0]) {
      scan.consume(head.start, head.end)
      scan.consume(verbs[0].start, verbs[0].end)
      return { intent: 'states_with_min_events', min: 1, subject: 'state', answer: 'list' }
    }
  }
  const found = [...scan.take(COVERED_LIST_EN, { keep: true }), ...scan.take(COVERED_LIST_JA, { keep: true })]
  const [m] = found
  if (m === undefined || found.length > 1) return undefined
  scan.consume(m.start, m.end)
  return { intent: 'states_with_min_events', min: 1, subject: /公館|総領事館/.test(m.text) ? 'office' : 'state', answer: 'list' }
}

function takeThreshold(scan: Scan): EventQuestion | undefined {
  const everyJa = scan.take(EVERY_FY_JA, { keep: true })
  const everyEn = scan.take(EVERY_FY_EN, { keep: true })
  if (everyJa.length + everyEn.length > 1) return undefined
  const [every] = [...everyJa, ...everyEn]
  const first = (m: { groups: (string | undefined)[] }, upto = 3) => numberOf(m.groups.slice(0, upto).find((g) => g !== undefined))
  const found: Bound[] = [
    ...scan.take(AT_LEAST_JA, { keep: true }).map((m) => ({ m, min: first(m, 1), ja: true })),
    ...scan.take(MORE_THAN_JA, { keep: true }).map((m) => ({ m, min: first(m, 1) + 1, ja: true })),
    ...scan.take(EXACT_JA, { keep: true }).map((m) => ({ m, min: first(m), max: first(m), ja: true })),
    ...scan.take(AT_MOST_JA, { keep: true }).map((m) => ({ m, min: 0, max: numberOf(m.groups[0]) - (m.groups[1] === '未満' ? 1 : 0), orNone: true, ja: true })),
    ...scan.take(AT_LEAST_EN, { keep: true }).map((m) => ({ m, min: first(m, 2), ja: false })),
    ...scan.take(MORE_THAN_EN, { keep: true }).map((m) => ({ m, min: first(m, 1) + 1, ja: false })),
    ...scan.take(EXACT_EN, { keep: true }).map((m) => ({ m, min: first(m, 2), max: first(m, 2), ja: false })),
    ...scan.take(AT_MOST_EN, { keep: true }).map((m) => ({ m, min: 0, max: first(m, 2), orNone: true, ja: false })),
    ...scan.take(FEWER_THAN_EN, { keep: true }).map((m) => ({ m, min: 0, max: first(m, 1) - 1, orNone: true, ja: false })),
  ]
  const [hit] = found
  if (every !== undefined && hit === undefined) {
    // every fiscal year, at least one event
    if (everyJa.length > 0) {
      scan.consume(every.start, every.end)
      const answer = jaAnswerAfter(scan, every.end)
      return { intent: 'states_with_min_events', min: 1, subject: subjectOf(every.groups.at(-1)), answer, everyFiscalYear: true }
    }
    const subjects = scan.take(STATES_EN, { keep: true })
    const [subject] = subjects
    if (subject === undefined || subjects.length > 1) return undefined
    scan.consume(every.start, every.end)
    scan.consume(subject.start, subject.end)
    // "had an event", "held events": the event of each year
    scan.take(/(?<![a-z])(?:had|held|hosted|ran|saw|got|with|have had|has had|have held|has held)\s+(?:at least one\s+|an?\s+|any\s+)?(?:events?|activit(?:y|ies)|projects?)(?![a-z])/g)
    const noun = subject.groups[1] ?? subject.groups[2] ?? subject.groups[3]
    return { intent: 'states_with_min_events', min: 1, subject: subjectOf(noun), answer: subject.groups[0] !== undefined ? 'count' : 'list', everyFiscalYear: true }
  }
  // a bound and "every fiscal year" together: in English only ("at least 2 events in every fiscal year")
  if (every !== undefined && (everyJa.length > 0 || hit?.ja)) return undefined
  if (hit === undefined || found.length > 1) return undefined
  const { min, max } = hit
  if (!Number.isInteger(min) || (max === undefined && min < 1) || (max !== undefined && (!Number.isInteger(max) || max < 1 || max < min))) return undefined
  const bounds = { min, ...(max !== undefined ? { max } : {}), ...(hit.orNone ? { orNone: true } : {}) }
  if (hit.ja) {
    scan.consume(hit.m.start, hit.m.end)
    let answer: 'list' | 'count' = 'list'
    const after = COUNT_AFTER_JA.exec(scan.lower.slice(hit.m.end))
    if (after) {
      scan.consume(hit.m.end, hit.m.end + after[0].length)
      answer = 'count'
    }
    if (scan.take(COUNT_JA).length > 0) answer = 'count'
    return { intent: 'states_with_min_events', ...bounds, subject: subjectOf(hit.m.groups.at(-1)), answer }
  }
  const subjects = scan.take(STATES_EN, { keep: true })
  const [subject] = subjects
  if (subject === undefined || subjects.length > 1) return undefined
  scan.consume(hit.m.start, hit.m.end)
  scan.consume(subject.start, subject.end)
  const noun = subject.groups[1] ?? subject.groups[2] ?? subject.groups[3]
  if (every !== undefined) scan.consume(every.start, every.end)
  // "how many … ? list them": the list, which says how many too
  const listToo = scan.take(/(?<![a-z])(?:list|name|show)\s+(?:them|those|the states|the offices|which ones)(?![a-z])|(?<![a-z])which ones(?![a-z])/g).length > 0
  return { intent: 'states_with_min_events', ...bounds, subject: subjectOf(noun), answer: subject.groups[0] !== undefined && !listToo ? 'count' : 'list', ...(every !== undefined ? { everyFiscalYear: true as const } : {}) }
}

/** A Japanese list of places asked as a count (「…州の数」 right after `end`, or 何州 / いくつ anywhere): consumed. */
function jaAnswerAfter(scan: Scan, end: number): 'list' | 'count' {
  let answer: 'list' | 'count' = 'list'
  const after = COUNT_AFTER_JA.exec(scan.lower.slice(end))
  if (after) {
    scan.consume(end, end + after[0].length)
    answer = 'count'
  }
  if (scan.take(BOTH_COUNT_JA).length > 0) answer = 'count'
  return answer
}

/** "states with more events in FY2021 than in FY2020", 2020年度より2021年度の方が件数が多い州. */
function takeMore(scan: Scan): EventQuestion | undefined {
  const exceeds = scan.take(EXCEED_TAIL_JA, { keep: true })
  const counts = scan.take(COUNT_WORD_JA, { keep: true })
  if (exceeds.length === 1 && exceeds[0] && counts.length === 1 && counts[0] && counts[0].end <= exceeds[0].start) {
    const [t, c] = [exceeds[0], counts[0]]
    scan.consume(t.start, t.end)
    scan.consume(c.start, c.end)
    const answer = jaAnswerAfter(scan, t.end)
    return { intent: 'period_difference', op: t.groups[0] === '上回' ? 'more' : 'fewer', subject: t.groups[1] === '州' ? 'state' : 'office', answer, baselineAt: t.start, lang: 'ja' }
  }
  const tails = scan.take(MORE_TAIL_JA, { keep: true })
  const yori = scan.take(YORI_JA, { keep: true })
  if (tails.length === 1 && tails[0] && yori.length === 1 && yori[0] && yori[0].end <= tails[0].start) {
    const [t, y] = [tails[0], yori[0]]
    const op = (t.groups[0] ?? t.groups[1] ?? '').startsWith('多') ? 'more' : 'fewer'
    scan.consume(t.start, t.end)
    scan.consume(y.start, y.end)
    scan.take(COUNT_WORD_JA)
    const answer = jaAnswerAfter(scan, t.end)
    return { intent: 'period_difference', op, subject: t.groups[2] === '州' ? 'state' : 'office', answer, baselineAt: y.start, lang: 'ja' }
  }
  const mores = scan.take(MORE_EN, { keep: true })
  const thans = scan.take(THAN_EN, { keep: true })
  const [more] = mores
  const [than] = thans
  if (more === undefined || than === undefined || mores.length > 1 || thans.length > 1 || than.start < more.end) return undefined
  const subjects = scan.take(BOTH_SUBJECT_EN, { keep: true }).filter((m) => m.end <= more.start)
  const [subject] = subjects
  if (subject === undefined || subjects.length > 1) return undefined
  for (const m of [subject, more, than]) scan.consume(m.start, m.end)
  const op = more.groups[0] === 'more' ? 'more' : 'fewer'
  return { intent: 'period_difference', op, subject: subject.groups[1] === 'states' ? 'state' : 'office', answer: subject.groups[0] !== undefined ? 'count' : 'list', baselineAt: than.start, lang: 'en' }
}

/** "states with events in both FY2021 and FY2022", 2021年度と2022年度の両方で実施した州(の数). */
function takeBoth(scan: Scan): EventQuestion | undefined {
  const ja = scan.take(BOTH_JA, { keep: true })
  if (ja.length > 1) return undefined
  const [j] = ja
  if (j !== undefined) {
    scan.consume(j.start, j.end)
    const subject = j.groups[0] ?? j.groups[1]
    const answer = jaAnswerAfter(scan, j.end)
    return { intent: 'period_difference', op: 'both', subject: subject === '州' ? 'state' : 'office', answer }
  }
  const words = scan.take(BOTH_WORD_EN, { keep: true })
  const [word] = words
  if (word === undefined || words.length > 1) return undefined
  const subjects = scan.take(BOTH_SUBJECT_EN, { keep: true }).filter((m) => m.end <= word.start)
  const positives = scan.take(DIFF_POSITIVE_EN, { keep: true }).filter((p) => p.end <= word.start)
  const [subject] = subjects
  const [positive] = positives
  if (subject === undefined || subjects.length > 1 || positive === undefined || positives.length > 1 || !(subject.end <= positive.start)) return undefined
  for (const m of [subject, positive, word]) scan.consume(m.start, m.end)
  return { intent: 'period_difference', op: 'both', subject: subject.groups[1] === 'states' ? 'state' : 'office', answer: subject.groups[0] !== undefined ? 'count' : 'list' }
}

function takeDifference(scan: Scan): EventQuestion | undefined {
  const contrasts = scan.take(DIFF_CONTRAST_EN, { keep: true })
  if (contrasts.length === 1 && contrasts[0]) {
    const contrast = contrasts[0]
    const subjects = scan.take(DIFF_SUBJECT_EN, { keep: true })
    const positives = scan.take(DIFF_POSITIVE_EN, { keep: true }).filter((p) => p.end <= contrast.start)
    const [subject] = subjects
    const [positive] = positives
    if (subject === undefined || subjects.length > 1 || positive === undefined || positives.length > 1) return undefined
    if (!(subject.end <= positive.start)) return undefined
    for (const m of [subject, positive, contrast]) scan.consume(m.start, m.end)
    return { intent: 'period_difference', op: 'difference', subject: subject.groups[0] === 'states' ? 'state' : 'office', contrastAt: contrast.start, contrastEnd: contrast.end }
  }
  const negatives = scan.take(DIFF_NEGATIVE_JA, { keep: true })
  const [negative] = negatives
  if (negative === undefined || negatives.length > 1) return undefined
  const positives = scan.take(DIFF_POSITIVE_JA, { keep: true }).filter((p) => p.end <= negative.start)
  const [positive] = positives
  if (positive === undefined || positives.length > 1) return undefined
  scan.consume(positive.start, positive.end)
  scan.consume(negative.start, negative.end)
  return { intent: 'period_difference', op: 'difference', subject: negative.groups[0] === '州' ? 'state' : 'office', contrastAt: positive.end, contrastEnd: negative.start }
}

// ---- the query ------------------------------------------------------------------------------------

/** What the general recognisers found (index.ts Findings has these fields, among others). */
export interface GeneralFindings {
  periods: PeriodFindings
  states: string[]
  regions: string[]
  offices: string[]
  types: string[]
  themes: string[]
  formats: string[]
  bestPractice: boolean
  withoutOffice: boolean
  /** Exclusions, participant bounds, number of states, no theme, no partner (structure-filters.ts). */
  structure: StructureFindings
  /** City, words in titles, partner (text-filters.ts). */
  text: TextFindings
  dcMentioned: boolean
  ambiguousPlace?: AmbiguousPlace
  top?: number
  listLimit?: number
  firstTime: boolean
  allStates: boolean
  never: boolean
  each: boolean
  superlative: boolean
  least: boolean
  ranking: boolean
  leastOrder: boolean
  /**
   * The breakdown asked for (a cue such as "per office", 年度ごと, or the dimension of a ranking): used by the
   * cost questions and the statistics of single events only.
   */
  groupBy?: GroupBy
  metric: Metric
  /** Share, ratio and median words (ratios.ts): no event question is a share of anything. */
  ratio?: { share: Span[]; times: Span[]; states: Span[]; percent: Span[]; median: Span[]; per?: { spans: Span[] } }
  joined: { readings: readonly unknown[] }
  change: Span[]
  comparison: Span[]
  spans: {
    when: Span[]
    never: Span[]
    cues: { groupBy: string; span: Span }[]
    extra: Span[]
    top?: Span
    both: Span[]
    cumulative: Span[]
    breakdown: Span[]
    ranking: Span[]
  }
}

// Words of a figure left once an event question took its own words: another figure asked next to it
// ("連携団体の数と件数", "the largest event and how many participants…"). Participants go with the largest
// event ("how many people came to our biggest event?").
const OTHER_EVENTS_WORD = /(?<![a-z])(?:events?|projects?|activit(?:y|ies)|programs?|programmes?|seminars?|webinars?|sessions?)(?![a-z])|件|事業|案件|イベント|実施数|開催数|回数/
const OTHER_PEOPLE_WORD = /(?<![a-z])(?:participants?|attendees?|attendance|people|persons|visitors|turnout|headcount)(?![a-z])|参加者|参加人数|人数|来場者|出席者|何人|何名|延べ/

/** A statistic's word left once a statistic of single events took its own: a second figure asked. */
const STAT_LEFT = /(?<![a-z])(?:average|mean|avg|median|total|sum|max|maximum|min|minimum|range|variance|standard deviation|number|how many|count|tally)(?![a-z])|平均|中央値|合計|総額|最大|最小|分散|標準偏差|件数|何件|実施数|開催数/

/** The metrics a question of each intent may name (its own counting words); any other is another figure. */
const METRICS_ALLOWED: Record<EventQuestion['intent'], readonly Metric[]> = {
  largest_event: ['events', 'participants'],
  distinct_partners: ['events'],
  top_events_total: ['events', 'participants'],
  top_events: ['events', 'participants'],
  above_average: ['events', 'participants', 'avg_participants'],
  empty_months: ['events'],
  event_days: ['events'],
  recorded_events: ['events'],
  year_change: ['events', 'participants'],
  offices_without_events: ['events', 'offices_active'],
  states_with_min_events: ['events', 'states_covered', 'offices_active'],
  period_difference: ['events', 'states_covered', 'offices_active'],
  budget_execution: ['events'],
  event_cost: ['events', 'participants', 'avg_participants'],
  // the metric is read from the whole question: a statistic's own words name participants, an average or states
  event_stat: ['events', 'participants', 'avg_participants', 'states_covered'],
}

/**
 * The query of an event question, with what the general recognisers found (periods, filters) and `rest`,
 * the question once the event question took its words (lower-cased). Words read that the query cannot use
 * go to `dropped` (the question is then refused naming them); a question that also asks for another figure
 * (a word of events or participants left in `rest`), a ranking, a top N or a negation is not understood.
 */
/** "which office had the longest gap", どの公館: the group asked for is the one with the figure (top 1, ties kept). */
function whichGroup(f: GeneralFindings, full: string): boolean {
  return f.spans.cues.some((c) => c.groupBy === f.groupBy && /(?<![a-z])(?:which|what)(?![a-z])|どの|どこ/.test(full.slice(c.span.start, c.span.end)))
}

export function decideEventQuestion(q: EventQuestion, f: GeneralFindings, ctx: { dropped: Span[]; corrections: number; rest: string; asOf: string; full?: string }): ParseResult {
  const refuse: ParseResult = { kind: 'unknown', reason: 'not_understood' }
  // "what share of FY2017 participants came from its biggest event": a share, ratio or median word is a figure
  // no event question gives — named, never dropped
  if (f.ratio) ctx.dropped.push(...f.ratio.share, ...f.ratio.times, ...f.ratio.states, ...f.ratio.percent, ...f.ratio.median)
  // a per-unit word ("per office", 1公館あたり, "each fiscal year" beside an average: ratios.ts) may divide by the
  // offices or years — no event question does: named, never dropped (it was, giving the figure over all events)
  if (f.ratio?.per) ctx.dropped.push(...f.ratio.per.spans.filter((s) => s.start >= 0))
  if (q.intent === 'event_cost') return decideCostQuestion(q, f, ctx)
  // the costs spent, read by the budget words (事業費用, 執行額), with a breakdown, a filter or the whole record:
  // the total of the recorded costs (decideCostQuestion keeps one bare fiscal year the budget's own figure)
  if (q.intent === 'budget_execution' && q.figure === 'spent' && (f.groupBy !== undefined || f.periods.cumulative || Object.keys(baseFilters(f, false, new Set())).length > 0)) {
    return decideCostQuestion({ intent: 'event_cost', figure: 'total' }, f, ctx)
  }
  const widest = q.intent === 'largest_event' && q.by === 'states'
  // the event touching the most states names states (the metric word), and no people
  if (!METRICS_ALLOWED[q.intent].includes(f.metric) && !(widest && f.metric === 'states_covered')) return refuse
  const peopleAllowed = (q.intent === 'largest_event' && !widest) || (q.intent === 'event_stat' && (q.stat === 'max_participants' || q.stat === 'min_participants')) || q.intent === 'top_events_total' || (q.intent === 'top_events' && q.by === undefined) || q.intent === 'above_average'
  // 「ハイブリッド事業で」「オンライン事業のうち」「オンライン事業の」 right before the words the event question took
  // (blanked in `rest`): the events the question is about, no second figure
  const restFigures = ctx.rest.replace(/(?:事業|イベント|案件)(?:のうち|の中で|で|の)(?=\s|$)/gu, ' ')
  // events by recording date count events: the word of events is the question's own
  if ((q.intent !== 'recorded_events' && OTHER_EVENTS_WORD.test(restFigures)) || (!peopleAllowed && OTHER_PEOPLE_WORD.test(ctx.rest))) return refuse
  // another statistic asked beside this one ("費用の中央値と平均", "the median and total cost"): not one figure
  if (q.intent === 'event_stat' && STAT_LEFT.test(ctx.rest)) return refuse
  // a statistic of single events may be given per group ("per office", 年度ごと): "each" is then the group's
  // "the average of the top 5 events", 上位5件の事業の平均: a figure of the listed events is not a list
  if (q.intent === 'top_events' && TOP_EVENTS_FIGURE.test(ctx.rest)) return refuse
  // the different partners of each fiscal year or office ("distinct partners by fiscal year", 公館ごとの連携団体数)
  const partnersGrouped = q.intent === 'distinct_partners' && (f.groupBy === 'fiscal_year' || f.groupBy === 'office') && q.top === undefined && q.place === undefined && q.eventsPerPartner === undefined && q.firstTime === undefined
  const grouped = (q.intent === 'event_stat' && f.groupBy !== undefined) || partnersGrouped
  if (f.top !== undefined || f.listLimit !== undefined || f.firstTime || f.allStates || f.never || (f.each && !grouped) || f.superlative || f.least || f.ranking) return refuse
  // 累計 beside the partners of each year: a running count of partners, which no query gives (named, no figure)
  if (f.joined.readings.length > 0 || f.periods.previousYear || (f.periods.cumulative && (q.intent === 'period_difference' || (partnersGrouped && f.groupBy === 'fiscal_year')))) return refuse
  if (f.ambiguousPlace) return refuse
  const dropped = ctx.dropped
  // "when was the busiest day": the date is what the question asks
  dropped.push(...f.spans.extra, ...f.text.extra, ...f.text.morePartners.map((p) => p.span), ...(q.intent === 'event_days' && q.answer === 'busiest' ? [] : f.spans.when), ...f.spans.both, ...f.spans.breakdown, ...f.change, ...f.comparison)
  // 累計, "so far", "all time" with no period is the whole record, as the query with no period counts; beside a
  // period (or for a single event's figure) it asks something else and is named
  const [firstPeriod] = f.periods.mentions
  const wholeRecord = f.periods.mentions.length === 0 || firstPeriod?.period.kind === 'all'
  const countsOverPeriod = q.intent === 'states_with_min_events' || q.intent === 'offices_without_events' || q.intent === 'distinct_partners' || q.intent === 'largest_event' || q.intent === 'top_events' || q.intent === 'event_stat'
  if (!(wholeRecord && countsOverPeriod)) dropped.push(...f.spans.cumulative)
  const ownCue =
    q.intent === 'event_stat' || partnersGrouped
      ? f.groupBy
      : q.intent === 'offices_without_events' || ((q.intent === 'period_difference' || q.intent === 'states_with_min_events') && q.subject === 'office')
      ? 'office'
      : q.intent === 'states_with_min_events' || q.intent === 'period_difference'
        ? 'state'
        : undefined
  for (const c of f.spans.cues) if (c.groupBy !== ownCue) dropped.push(c.span)

  const assumptions = new Set<Assumption>()
  const stateSubject = (q.intent === 'states_with_min_events' || q.intent === 'period_difference') && q.subject === 'state'
  const filters = baseFilters(f, stateSubject, assumptions)
  const mentions = f.periods.mentions
  let query: Query
  if (q.intent === 'budget_execution') {
    // the budget is the bureau's: one fiscal year (this one by default), no other filter
    if (Object.keys(filters).length > 0) return refuse
    const [first, ...rest] = mentions
    for (const m of rest) dropped.push({ start: m.start, end: m.end })
    if (first?.yearAsFy) assumptions.add('year_as_fiscal_year')
    const period: Period = first ? first.period : { kind: 'fy_relative', offset: 0 }
    if (!((period.kind === 'fy' && period.to === period.from) || period.kind === 'fy_relative')) return refuse
    // a fiscal year not begun by the as-of date: its budget and costs are the future's (README: no figure)
    if (period.kind === 'fy' && period.from > fiscalYearOf(ctx.asOf)) return refuse
    query = { intent: 'budget_execution', filters: { period }, ...(q.figure === 'rate' ? {} : { figure: q.figure }) }
  } else if (q.intent === 'period_difference' && q.op === 'both') {
    // exactly two periods, in the order asked
    const [a, b, ...more] = mentions
    if (a === undefined || b === undefined || more.length > 0) return refuse
    for (const m of [a, b]) if (m.yearAsFy) assumptions.add('year_as_fiscal_year')
    query = { intent: 'period_difference', subject: q.subject, filters: { period: { kind: 'all' }, ...filters }, periods: [a.period, b.period], op: 'both', answer: q.answer }
  } else if (q.intent === 'period_difference' && (q.op === 'more' || q.op === 'fewer')) {
    // exactly two periods; the baseline is the one after "than", or the one right before より
    const [x, y, ...more] = mentions
    if (x === undefined || y === undefined || more.length > 0) return refuse
    const onBaseline = (m: typeof x) => (q.lang === 'en' ? m.start >= q.baselineAt : m.end <= q.baselineAt && /^\s*$/.test(ctx.rest.slice(m.end, q.baselineAt)))
    const baseline = [x, y].filter(onBaseline)
    const [b] = baseline
    if (b === undefined || baseline.length > 1) return refuse
    const a = b === x ? y : x
    for (const m of [a, b]) if (m.yearAsFy) assumptions.add('year_as_fiscal_year')
    query = { intent: 'period_difference', subject: q.subject, filters: { period: { kind: 'all' }, ...filters }, periods: [a.period, b.period], op: q.op, answer: q.answer }
  } else if (q.intent === 'period_difference' && 'contrastAt' in q) {
    const before = mentions.filter((m) => m.end <= q.contrastAt)
    const after = mentions.filter((m) => m.start >= q.contrastAt)
    const [a] = before
    const [b] = after
    if (a === undefined || b === undefined || before.length > 1 || after.length > 1) return refuse
    for (const m of [a, b]) if (m.yearAsFy) assumptions.add('year_as_fiscal_year')
    query = { intent: 'period_difference', subject: q.subject, filters: { period: { kind: 'all' }, ...filters }, periods: [a.period, b.period], op: 'difference', answer: 'list' }
  } else if (q.intent === 'recorded_events') {
    // the period right after the cue ("entered … during calendar 2022"), or right before it (2023年に入ってから登録
    // された), is the recording period; one other period is the events' own; more are named
    const cue = q.cue
    const adjacent = (m: (typeof mentions)[number]) =>
      cue !== undefined && (cue.lang === 'en' ? /^\s*$/.test(ctx.rest.slice(cue.end, m.start)) && m.start >= cue.end : /^\s*$/.test(ctx.rest.slice(m.end, cue.start)) && m.end <= cue.start)
    const rec = mentions.find(adjacent)
    if (cue !== undefined && rec === undefined) return refuse
    const others = mentions.filter((m) => m !== rec)
    const [own, ...more] = others
    for (const m of more) dropped.push({ start: m.start, end: m.end })
    if (own?.yearAsFy) assumptions.add('year_as_fiscal_year')
    let recorded: Period | undefined = rec?.period
    if (rec?.yearAsFy) assumptions.add('year_as_fiscal_year')
    // 2023年に入ってから, "since 2023": from the first day of the period named, through the as-of date
    if (recorded !== undefined && cue?.since) {
      if (recorded.kind !== 'dates') return refuse
      recorded = { kind: 'dates_since', from: recorded.from }
    }
    if (recorded?.kind === 'all') return refuse
    query = { intent: 'recorded_events', filters: { period: own ? own.period : { kind: 'all' }, ...filters }, ...(recorded ? { recorded } : {}), ...(q.lag ? { lagDays: q.lag } : {}) }
  } else {
    if (q.intent === 'period_difference') return refuse // every form is decided above
    const [first, ...rest] = mentions
    // the average is of the same period as the events counted: the period may be said twice (2021年度の平均を上回る
    // 2021年度の事業), another period is named
    const samePeriod = (m: (typeof mentions)[number]) => q.intent === 'above_average' && first !== undefined && JSON.stringify(m.period) === JSON.stringify(first.period)
    for (const m of rest) if (!samePeriod(m)) dropped.push({ start: m.start, end: m.end })
    if (first?.yearAsFy) assumptions.add('year_as_fiscal_year')
    const period: Period = first ? first.period : { kind: 'all' }
    // every fiscal year of a period of whole fiscal years only (not of a month, a quarter or dates)
    if (q.intent === 'states_with_min_events' && q.everyFiscalYear && period.kind !== 'all' && period.kind !== 'fy') return refuse
    const withPeriod = { period, ...filters }
    query =
      q.intent === 'event_stat'
        ? { intent: 'event_stat', stat: q.stat, filters: withPeriod, ...(f.groupBy !== undefined ? { groupBy: f.groupBy, ...(whichGroup(f, ctx.full ?? '') ? { top: 1 } : {}) } : {}) }
        : q.intent === 'largest_event'
        ? { intent: 'largest_event', filters: withPeriod, order: q.order, ...(q.by !== undefined ? { by: q.by } : {}) }
        : q.intent === 'states_with_min_events'
          ? { intent: 'states_with_min_events', filters: withPeriod, min: q.min, ...(q.max !== undefined ? { max: q.max } : {}), subject: q.subject, answer: q.answer, ...(q.everyFiscalYear ? { everyFiscalYear: true as const } : {}) }
          : q.intent === 'distinct_partners'
            ? {
                intent: 'distinct_partners',
                filters: withPeriod,
                ...(q.top !== undefined ? { top: q.top } : {}),
                ...(q.place !== undefined ? { place: q.place } : {}),
                ...(q.eventsPerPartner !== undefined ? { eventsPerPartner: q.eventsPerPartner } : {}),
                ...(q.firstTime ? { firstTime: true as const } : {}),
                ...(partnersGrouped && (f.groupBy === 'fiscal_year' || f.groupBy === 'office') ? { groupBy: f.groupBy } : {}),
              }
            : q.intent === 'top_events_total'
              ? { intent: 'top_events_total', filters: withPeriod, n: q.n, ...(q.share ? { share: true as const } : {}) }
              : q.intent === 'top_events'
              ? { intent: 'top_events', filters: withPeriod, order: q.order, ...(q.n !== undefined ? { n: q.n } : {}), ...(q.place !== undefined ? { place: q.place } : {}), ...(q.by !== undefined ? { by: q.by } : {}) }
              : q.intent === 'above_average'
                ? { intent: 'above_average', filters: withPeriod, direction: q.direction }
                : q.intent === 'empty_months'
                  ? { intent: 'empty_months', filters: withPeriod, answer: q.answer }
                  : q.intent === 'event_days'
                  ? { intent: 'event_days', filters: withPeriod, answer: q.answer, ...(q.min !== undefined ? { min: q.min } : {}) }
                  : q.intent === 'year_change'
                    ? { intent: 'year_change', metric: q.metric, filters: withPeriod, direction: q.direction }
                    : { intent: q.intent, filters: withPeriod }
    // a standard deviation that does not say which: over n (population) or n − 1 (sample)? Never guessed
    if (query.intent === 'event_stat' && q.intent === 'event_stat' && q.askKind) {
      return {
        kind: 'clarify',
        options: [
          { label: { en: 'Population standard deviation (divided by n)', ja: '母標準偏差（nで除す）' }, query: { ...query, stat: 'stddev_pop_participants' } },
          { label: { en: 'Sample standard deviation (divided by n − 1)', ja: '標本標準偏差（n−1で除す）' }, query: { ...query, stat: 'stddev_sample_participants' } },
        ],
      }
    }
    // "at most 2 events", 2件以下: with the places that had none, or only those that had one or more?
    if (query.intent === 'states_with_min_events' && q.intent === 'states_with_min_events' && q.orNone) {
      const noun = q.subject === 'office' ? { en: 'offices', ja: '公館' } : { en: 'states', ja: '州' }
      return {
        kind: 'clarify',
        options: [
          { label: { en: `Including ${noun.en} with no event`, ja: `実施のない${noun.ja}を含む` }, query },
          { label: { en: `Only ${noun.en} with at least one event`, ja: `1件以上実施した${noun.ja}のみ` }, query: { ...query, min: 1 } },
        ],
      }
    }
  }
  const cityAsked = clarifyCity(query, f.text, f.states.length > 0)
  if (cityAsked) return cityAsked
  let confidence = 0.85 ** ctx.corrections
  if (assumptions.has('year_as_fiscal_year')) confidence -= 0.05
  confidence = Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100
  return { kind: 'query', query, assumptions: [...assumptions], confidence }
}

/** A count or another cost figure asked beside a cost ("total cost and number of events", "total and average cost"). */
const COUNT_ASKED = /(?<![a-z])(?:number|how many|count|tally|total|sum|average|mean|avg|median)(?![a-z])|件数|何件|実施数|開催数|合計|総額|平均|中央値/

/**
 * The query of a cost question (intents/event-cost.ts): one figure over the filters, or per fiscal year,
 * office, type or format (a breakdown cue, or the dimension of a ranking: "which office … the highest total
 * cost", 費用の合計が最も大きかった公館). "Only events with a cost" is the figure's own reading (the filter is
 * dropped); events with no cost have none to add up (refused). One fiscal year's total (or none named) with no
 * other filter is the budget question's "spent" figure, the same sum (budget-execution.ts).
 */
function decideCostQuestion(q: Extract<EventQuestion, { intent: 'event_cost' }>, f: GeneralFindings, ctx: { dropped: Span[]; corrections: number; rest: string; asOf: string }): ParseResult {
  const refuse: ParseResult = { kind: 'unknown', reason: 'not_understood' }
  if (!METRICS_ALLOWED.event_cost.includes(f.metric)) return refuse
  // the event nouns are the cost question's own (costs.ts); an activity noun ("webinars") is a title word
  if (OTHER_PEOPLE_WORD.test(ctx.rest) || COUNT_ASKED.test(ctx.rest)) return refuse
  if (f.listLimit !== undefined || f.firstTime || f.allStates || f.never || f.each) return refuse
  if (f.joined.readings.length > 0 || f.periods.previousYear || f.ambiguousPlace) return refuse
  const parsedGroup = f.groupBy === undefined ? undefined : costGroupBySchema.safeParse(f.groupBy)
  if (parsedGroup !== undefined && !parsedGroup.success) return refuse
  const groupBy = parsedGroup?.data
  const ranked = f.superlative || f.least || f.ranking || f.top !== undefined
  if (ranked && groupBy === undefined) return refuse
  const dropped = ctx.dropped
  dropped.push(...f.spans.extra, ...f.text.extra, ...f.spans.when, ...f.spans.both, ...f.change, ...f.comparison)
  if (groupBy === undefined) dropped.push(...f.spans.breakdown)
  for (const c of f.spans.cues) if (c.groupBy !== groupBy) dropped.push(c.span)
  const assumptions = new Set<Assumption>()
  const filters = baseFilters(f, false, assumptions)
  if (filters.costRecorded === false) return refuse
  delete filters.costRecorded
  const [first, ...rest] = f.periods.mentions
  for (const m of rest) dropped.push({ start: m.start, end: m.end })
  if (first?.yearAsFy) assumptions.add('year_as_fiscal_year')
  // 累計, "so far", "across all years": the whole record, or an open range up to or from a year (2022年度までの
  // 累計); with one fiscal year or a closed range the word asks something else and is named
  const cumulative = f.periods.cumulative
  const openOrNone = first === undefined || first.period.kind === 'all' || first.period.kind === 'dates_since' || first.period.kind === 'dates_until' || (first.period.kind === 'fy' && (first.period.to === undefined || first.period.from === OPEN_START_FY))
  if (cumulative && !openOrNone) dropped.push(...f.spans.cumulative)
  let query: Query
  const oneYear = !cumulative && (first === undefined || (first.period.kind === 'fy' && first.period.to === first.period.from) || first.period.kind === 'fy_relative')
  // a fiscal year not begun by the as-of date: no costs are recorded for the future (no figure)
  if (first !== undefined && first.period.kind === 'fy' && first.period.from > fiscalYearOf(ctx.asOf)) return refuse
  if (q.figure === 'total' && groupBy === undefined && Object.keys(filters).length === 0 && oneYear) {
    query = { intent: 'budget_execution', filters: { period: first ? first.period : { kind: 'fy_relative', offset: 0 } }, figure: 'spent' }
  } else {
    let rank: { top?: number; fewest?: true } = {}
    if (groupBy !== undefined) {
      if (f.least && !f.superlative) {
        const top = f.top ?? (f.leastOrder || f.ranking ? undefined : 1)
        rank = { fewest: true, ...(top !== undefined ? { top } : {}) }
      } else if (!f.least) rank = f.top !== undefined ? { top: f.top } : f.superlative ? { top: 1 } : {}
    }
    query = { intent: 'event_cost', figure: q.figure, filters: { period: first ? first.period : { kind: 'all' }, ...filters }, ...(groupBy !== undefined ? { groupBy } : {}), ...rank }
  }
  const cityAsked = clarifyCity(query, f.text, f.states.length > 0)
  if (cityAsked) return cityAsked
  let confidence = 0.85 ** ctx.corrections
  if (assumptions.has('year_as_fiscal_year')) confidence -= 0.05
  confidence = Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100
  return { kind: 'query', query, assumptions: [...assumptions], confidence }
}

/** The filters found; DC is not a state, so a question about states never filters on it (and says so). */
function baseFilters(f: GeneralFindings, stateSubject: boolean, assumptions: Set<Assumption>): Omit<Filters, 'period'> {
  const out: Omit<Filters, 'period'> = {}
  let states = f.states
  if (stateSubject && f.dcMentioned) {
    assumptions.add('dc_not_a_state')
    states = states.filter((s) => s !== 'DC')
  }
  if (states.length > 0) out.states = states as Filters['states']
  if (f.regions.length > 0) out.regions = f.regions as Filters['regions']
  if (f.offices.length > 0) out.offices = f.offices as Filters['offices']
  if (f.types.length > 0) out.types = f.types as Filters['types']
  if (f.themes.length > 0) out.themes = f.themes as Filters['themes']
  if (f.formats.length > 0) out.formats = f.formats as Filters['formats']
  if (f.bestPractice) out.bestPractice = true
  if (f.withoutOffice) out.withoutOffice = true
  applyStructure(out, f.structure)
  Object.assign(out, textFilterSlots(f.text))
  return out
}
