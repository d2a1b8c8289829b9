// The recognisers: small readers applied in a fixed order over one Scan, each consuming the words it
// understood and recording what it found in a Findings record (findings.ts). Nothing here decides which
// query a question becomes (decide.ts) or whether every word was used (confidence.ts).
import { takeOfficeLists } from './office-lists.ts'
import type { RegionCode } from '../../domain/states.ts'
import type { GroupBy, Metric } from '../query.ts'
import { FORMAT_NAMES, OFFICE_NAMES, REGION_NAMES, STATE_CODES, STATE_NAMES, THEME_NAMES, TYPE_NAMES, WORDLIKE_CODES, type AmbiguousPlace, type PlaceValue } from './lexicon.ts'
import { findPeriods, takePastYears } from './period.ts'
import { Scan, type Match } from './scan.ts'
import { takeRatioWords } from './ratios.ts'
import { maskSpans, nameAt, nameBefore, takeStructureFilters } from './structure-filters.ts'
import { type Span } from './unused.ts'
import { noTextFindings, takeActivityModifiers, takeActivityNouns, takeCities, takeCuedWords, takeQuotedAndPartners } from './text-filters.ts'
import { spanOf, unique, type Findings, type Reading } from './findings.ts'
import { takeBestPracticeCategories, takeOngoing, type CategoryTable } from './categories.ts'
import { GROUP_CUES, DIMENSION_NOUNS, dimensionNear, firstDimension, takeCell, takeCrossPairs } from './dimensions.ts'

// --------------------------------------------------------------------------------

const WITHOUT_OFFICE =
  /(?:(?:states?|areas?|places?|locations?|regions?)\s+)?(?:without|with no|that have no|that has no|that (?:don't|don’t|do not|doesn't|doesn’t|does not) have|lacking|having no|where there (?:is|are) no)\s+(?:an?\s+|any\s+)?(?:japanese\s+)?(?:consulates?(?:[- ]general)?|consular offices?|diplomatic (?:offices?|missions?|posts?)|offices?)(?![a-z])(?:\s+states?(?![a-z]))?|non[- ]?consulate(?: states?)?|no[- ]consulate(?: states?)?|consulate[- ]less|(?:総領事館|在外公館|公館|領事館)(?:が|の)?(?:所在しない|存在しない|置かれていない|設置されていない|ない|無い)(?:州|地域)?|(?:総領事館|在外公館|公館)の?(?:所在地|所在州)以外(?:の州|の地域)?/g
const BEST_PRACTICE =
  /best[- ]?practices?|showcase|flagship|good practices?|exemplary|model cases?|ベストプラクティス|代表的な(?:案件|事業|取組|取り組み|イベント)?|代表例|好事例|優良事例|グッドプラクティス/g

// the cities metric: its count words ("how many" and 何 are read as count words by the metric readers)
const CITIES_COUNTED =
  /(?<=(?:how many|number of|count of)\s+)(?:(?:distinct|different|unique|separate)\s+)?cities(?![a-z])|(?<![a-z])(?:distinct|different|unique)\s+cities(?![a-z])|都市の?数|(?:都市(?:は|が)?)?何都市|いくつの都市|都市(?:は|が)いくつ/g
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 }
const TOP_N = /(?<![a-z])top\s*(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)(?![a-z\d])|(?<![a-z])(?:the\s+)?top(?=\s+(?:office|consulate|state|region|theme|format|type|month|fiscal year|city)(?![a-z]))|(?<![a-z])(?:which|what)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)(?=\s+(?:offices?|consulates?|states?|regions?|themes?)(?![a-z]))|上位\s*(\d{1,4})(?:つ|位まで)?|トップ\s*(\d{1,4})|ベスト\s*(\d{1,4})|(?<![\d.,])(\d{1,4})\s+(?:largest|biggest|most active|highest)|(?<![a-z])the\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)(?=\s+(?:offices?|consulates?|states?|regions?|themes?|formats?|types?|cities|months|fiscal years)\s+(?:with|that had|that have|which had|having|by)\s+(?:the\s+)?(?:most|highest|largest|biggest|greatest|fewest|least|lowest|smallest)(?![a-z]))/g
// The N-th place of a ranking: "ranked second", "the third largest", "2nd place", 2番目に多い, 第2位, 3位の
// (read before the top N and periods, so "second" is never a quarter or a half and 2 never a year)
const ORDINAL_EN = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th'
const PLACE = new RegExp(
  String.raw`(?<![a-z])(?:(?:ranked|ranking|ranks|came|placed|finished|is|was)\s+)?(?:in\s+)?(?:the\s+)?(${ORDINAL_EN})(?:\s+place)?\s+from\s+the\s+bottom(?![a-z])` +
    String.raw`|(?<![a-z])(?:ranked|ranking|ranks|came|placed|finished)\s+(?:in\s+)?(?:the\s+)?(${ORDINAL_EN})(?![a-z])(?:\s+place(?![a-z]))?` +
    String.raw`|(?<![a-z])(${ORDINAL_EN})[- ](?:largest|biggest|highest|busiest|greatest|most(?! recent)|fewest|smallest|lowest|least)(?![a-z])` +
    String.raw`|(?<![a-z])(?:in\s+)?(${ORDINAL_EN})\s+place(?![a-z])` +
    String.raw`|(?<![\d.,])(\d{1,2}|二|三|四|五)\s*番目に?` +
    String.raw`|(?<![上下\d.,])第?(\d{1,2})\s*位(?:の|に|は|で)?(?!まで)`,
  'g',
)
const ORDINAL_VALUES: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
  二: 2, 三: 3, 四: 4, 五: 5,
}
// "bottom 3 states", 下位3州, ワースト3: the N smallest (a top N read as fewest)
const BOTTOM_N = /(?<![a-z])bottom\s*(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twenty)(?![a-z\d])|(?<![a-z])(?:lowest|smallest)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)(?![a-z\d])|(?<![\d.,])(\d{1,4})\s+(?:smallest|lowest)(?![a-z])|下位\s*(\d{1,4})(?:つ|位まで)?|ワースト\s*(\d{1,4})/g
const LIST_LIMIT =
  /(?:latest|last|recent|most recent|newest)\s+(\d{1,4})(?![\d])(?!\s*(?:days?|weeks?|months?|years?|fys?|日|週|か月|ヶ月|カ月|年))|(?<![\d.,])(\d{1,4})\s+(?:most recent|latest|newest|recent)|(?:直近|最新|最近)の?\s*(\d{1,4})\s*件/g

/** Words of grouping beside which "the first event" is one event per group. */
const PER_GROUP_WORD = /(?<![a-z])(?:each|every|per|by)(?![a-z])|各|それぞれ|ごと|毎|別/
/** "first event", "earliest event date", "date of the first event", "held its first event", 初回実施日, 最初の事業 */
const FIRST_EVENT_OF_GROUP =
  /(?<![a-z])(?:(?:the\s+)?dates?\s+of\s+)?(?:(?:hold|held|run|ran|host|hosted)\s+)?(?:the\s+|its\s+|their\s+)?(?:very\s+)?(?:first|earliest|oldest)(?:\s+(?:recorded|ever))?\s+(?:events?|projects?|activit(?:y|ies))(?:\s+(?:was|were))?(?:\s+dates?)?(?![a-z])|(?:最初|初回|最も古い|一番古い)(?:の|に)?(?:事業|イベント|実施)(?:日|の日付|の実施日|した日|は)?|初(?:回)?実施日/g
/** "latest event", "most recent event date", "date of the last event", 直近の事業, 最終実施日 */
const LAST_EVENT_OF_GROUP =
  /(?<![a-z])(?:(?:the\s+)?dates?\s+of\s+)?(?:(?:hold|held|run|ran|host|hosted)\s+)?(?:the\s+|its\s+|their\s+)?(?:most recent|latest|newest|last)\s+(?:events?|projects?|activit(?:y|ies))(?:\s+(?:was|were))?(?:\s+dates?)?(?![a-z])|(?:直近|最新|最後|最も新しい|一番新しい)(?:の|に)?(?:事業|イベント|実施)(?:日|の日付|の実施日|した日|は)?|最終実施日/g

const OLDEST_LIST =
  /(?<![a-z])(?<!(?:their|its) )(?:very )?(?:first|earliest|oldest)(?:\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty))?(?=\s+(?:(?:recorded|ever)\s+)?(?:events?|projects?|activit(?:y|ies)|programs?|programmes?)(?![a-z]))|(?<![\d.,])(\d{1,3})\s+(?:earliest|oldest)(?=\s+(?:events?|projects?|activities|programs?|programmes?)(?![a-z]))|(?:(?:一番|いちばん)?最初に|初めて|はじめて)(?:実施|開催)(?:した|された)(?=(?:事業|案件|イベント))|(?:一番|いちばん)?最初に(?:事業|イベント)を?(?:やった|実施した|開催した|行った|した)(?:の(?:は|って)?)?(?=\s*いつ)|(?:初めて|はじめて|最初)の(?:事業|イベント|案件)(?=\s*(?:は|って)\s*(?:どれ|何|なに|いつ))|(?:最初の|(?:最も|一番|いちばん)古い)(?:事業|案件|イベント)(\d{1,3})件|(?:最初の|(?:最も|一番|いちばん)古い)(?:(\d{1,3})件の)?(?=(?:事業|案件|イベント))|古い順に?(\d{1,3})件/g
// Periods named together and summed: 2021年度と2022年度の合計, "FY2021 and FY2022 combined"
// 通算 beside 月別 (月別（全年度通算）, 通算の月別) is the month of the year across years (dimensions.ts), not a total
const COMBINED = /合計|合わせ(?:て|た)?|併せ(?:て|た)?|(?<!月別\s*[（(]\s*(?:全年度|全年|全期間|年度)?)通算(?!\s*(?:した|で|の)?月別)|(?<![a-z])(?:combined|altogether|all together|together|in total|summed)(?![a-z])/g
const FIRST_TIME =
  /for the (?:very )?first time|first[- ]?time|first[- ]ever|(?<![a-z])(?:very )?first(?![a-z])|newly|new states?|初めて|はじめて|初の|初開催|初実施|新規に?|新たに|新しく|最初(?:の|に)?(?=[^。？?]{0,12}(?:何年度|どの年度))/g
const WHEN = /(?<![a-z])when(?![a-z])|which (?:fiscal )?year|what (?:fiscal )?year|(?:which|what) fy(?![a-z])|いつ|何年度|どの年度|何年/g
const ALL_STATES = /全州|all (?:50 |fifty )?states|every state|すべての州|全ての州|全米50州|50 states|50州/g
const NEVER =
  /never|went without (?:a single |any |an? )?(?:events?|activit(?:y|ies))|no (?:events?|activities|projects)|not (?:yet )?(?:been )?(?:covered|reached|visited)|uncovered|unvisited|unreached|without (?:any )?events?|(?:have|has|had)n'?t (?:had|held|been|covered)|(?:have|has) not (?:had|held|been|covered)|(?:have|has) had no|not had any|zero events|missing states|still (?:have |has )?no|一度も|未実施|実施していない|実施されていない|実施がない|実施のない|開催していない|開催されていない|行っていない|(?:事業|案件|イベント)が(?:ない|無い)|未開催|空白州|まだ[^。？?]{0,8}(?:ない|いない)|カバーしていない|網羅していない|未カバー/g
// Negations that make a question about states one about the states WITHOUT events, read only when the
// question is about states (州 / states / where): "令和4年度に事業がなかった州はどこですか", "事業を行っていない州は？",
// "空白の州", "what states have not we covered yet" (contractions are spelt out by shorthand.ts). Elsewhere a
// negation no query expresses is left unused, and named (unused.ts).
const NEVER_JA_STATES =
  /(?:事業|案件|イベント|取組|取り組み|活動|実績|開催|実施|訪問)(?:が|は|も|の)?(?:一件も|1件も|一度も|全く|まったく)?(?:なかった|無かった|ない|無い|ありません(?:でした)?|なし|無し|ゼロ|0件)|(?:実施|開催|訪問|展開|カバー|網羅)(?:し|され|でき)(?:てい)?(?:ない|なかった|ません(?:でした)?)|(?:行って|行われて|やって|訪れて|足を運んで)い?(?:ない|なかった|ません(?:でした)?)|(?:行わ|行われ|やら|訪れ)な(?:い|かった)|未実施|未開催|未訪問|未着手|空白|手つかず|手付かず/g
const STATES_QUESTION_JA = /州|全米/
const NEVER_EN_STATES =
  /(?<![a-z])went without(?:\s+(?:a single|any|an?))?\s+(?:events?|activit(?:y|ies))(?![a-z])|(?<![a-z])(?:not|never)\s+(?:[a-z]{1,12}\s+){0,3}?(?:covered|cover|reached|reach|visited|visit|held|hold|had|have|hosted|host|done|do|run|organi[sz]ed|organi[sz]e|touched|served|engaged|gone|been|seen|got|gotten|events?)(?![a-z])|(?<![a-z])not (?:yet|ever)(?![a-z])/g
const STATES_QUESTION_EN = /(?<![a-z])(?:states?|where)(?![a-z])/

/** "all consulates", "every office", 全公館: every office, which is no filter (and no word left unused). */
const ALL_OFFICES =
  /(?<![a-z])(?:all|every|each of)\s+(?:(?:the|our|of the|of our)\s+)?(?:japanese\s+)?(?:consulates?(?:[- ]generals?)?|offices?|diplomatic (?:offices|missions|posts)|missions)(?![a-z])|(?:全|すべての|全ての)(?:在外)?(?:公館|総領事館)/g

const LIST =
  /(?<![a-z])list(?![a-z])|show (?:me )?(?:all |the )?(?:\d{1,3} )?(?:events|projects|best|most recent|recent|latest)|show all|which (?:events?|programmes?|programs?)(?![a-z])|what events|what (?:were|are) the(?= (?:[a-z-]+ ){0,3}?(?:events|projects|activities|programs|programmes|seminars|webinars)(?![a-z]))|(?<![a-z])latest|most recent|recent events|newest|一覧|リスト|(?:事業|案件|イベント|もの)はどれ(?!くらい|ぐらい|ほど|だけ|位)|どんな(?:案件|事業|イベント)|どのような(?:案件|事業|イベント)|見せて|列挙|最近の|直近|最新|(?<!(?:件数|数|何件)と)(?:件名|事業名|名称)(?=\s*(?:を|は)?\s*(?:ご教示|教え|お示し|示し|挙げ|お知らせ|知らせ|一覧|列挙|リスト))/g
const BARE_COUNT = /(?<![a-z])(?<!(?:participants?|attendees?|attendance|head|visitors?|partners?|states?|city|cities|themes?|offices?|days?|people|persons?|words?|characters?|partner|turnout)[\s-])counts?(?![a-z])(?!\s+(?:of|by)\s+(?:participants|attendees|people|states|offices|partners|cities|themes|days))/
const COUNT_WORD = /how many|how much|number of|(?<![a-z])counts?(?![a-z])|(?<![a-z])totals?(?![a-z])|件数|何件|総数|いくつ|合計|何人|何万人|何州|何公館|何回|数は|の数|数を/
// Words of comparison. Neutral ones ("compare", vs, 比較) are used by a comparison of two periods or by a
// breakdown (the groups side by side); words of change (growth, increase, 伸び, 増減) only by a comparison of
// two periods — the per-year counts or a breakdown are not the change. One single-year period with a word
// of change is compared with the fiscal year before it, as year-on-year is ("growth in FY2022?",
// 2022年度の伸び → FY2021 vs FY2022); with no period, a range or a month, the word is named (unused).
// "which of them had more" (どちらが多かった, "which had more …, X or Y?") asks for each side: a comparison too
const WHICH_MORE_JA = String.raw`(?:どっち|どちら|いずれ)(?:の方)?が`
const FIGURE_JA = String.raw`(?:件数|実施件数|事業数|参加者数|延べ参加者数|参加人数|人数)`
const COMPARE = new RegExp(
  String.raw`(?<![a-z])vs\.?(?![a-z])|versus|compar(?:ed|ing|isons?|e)|against|relative to|比較|比べ|くらべ|対比|difference|` +
    String.raw`${WHICH_MORE_JA}(?:多|おお|少な)(?:かった|い)(?:の|か|でしょうか|ですか)?|${WHICH_MORE_JA}(?=${FIGURE_JA}(?:が|は)(?:多|おお|少な)(?:かった|い))|(?<=${WHICH_MORE_JA}${FIGURE_JA})(?:が|は)(?:多|おお|少な)(?:かった|い)(?:の|か|でしょうか|ですか)?|` +
    String.raw`(?<![a-z])which(?: one)? (?:had|drew|saw|got|held|ran|did|has) (?:more|fewer|less)(?![a-z])`,
  'g',
)
const CHANGE =
  /(?<=(?:パーセント|%)\s?)(?:増|減)|増減|(?<![a-z])differences?(?![a-z])|差分|(?<![格時誤])差(?:は|を|が|って|(?=[?？。\s（(]|$))|(?<![a-z])(?:change[sd]?|changing|grow(?:th|n|s|ing)?|grew|increase[sd]?|increasing|decrease[sd]?|decreasing|decline[sd]?|declining|rise|rose|risen|drop(?:ped|s)?|fall|fell|jump(?:ed|s)?|lost|gained)(?![a-z])|増加|減少|伸び|伸長|伸ばし|増え|減っ|減り|落ち込(?:んだ|み|む)|落とし|(?<![a-z])how many (?:more|fewer|less)(?![a-z])|(?<=(?<![a-z])how many (?:more|fewer|less)(?![a-z]).*)(?<![a-z])than(?![a-z])|より(?=[^。？?]{0,8}?(?:何件|何名|何人|何州|どれだけ|どのくらい|どれくらい|どの程度)(?:多|少な))|より(?=[^。？?、,]{0,16}?(?:増え|増加|減っ|減少|多(?:い|く|かっ)|少な|伸び|上回|下回))|(?<=より[^。？?]{0,8}?)(?:何件|何名|何人|何州|どれだけ|どのくらい|どれくらい|どの程度)(?:多|少な)(?:い|かった|く)/g
const WITH_AND_WITHOUT = /(?<![a-z])with (?:and|or|vs\.?|versus) (?=without(?![a-z]))/g
/** The events of a condition against all the others ("vs everything else", "with and without", とそれ以外, ありとなし). */
const VERSUS_REST =
  /(?<![a-z])(?:vs\.?|versus|compared (?:with|to)|against)\s+(?:(?:everything|anything)\s+else|(?:all\s+)?(?:the\s+)?(?:rest|others)|all (?:the )?other (?:events|ones)|(?:the\s+)?other (?:events|ones)|every other event|all remaining events)(?![a-z])|(?<![a-z])(?:vs\.?|versus|compared (?:with|to)|against)\s+(?:(?:the\s+)?events|those|the ones|ones)\s+(?:(?:that|which)\s+(?:don'?t|do not|didn'?t|did not|haven'?t|have not)(?:\s+have\s+(?:one|it|them|any))?|without(?:\s+(?:one|it|them|any))?)(?![a-z])|(?<![a-z])with and without(?![a-z])|[、,]?\s*それ以外の(?:事業|イベント|案件)(?:と(?:の)?(?:比較|比べ(?:て|ると|た|たい)?))?|(?<=(?:あり|有り|\s))と(?:なし|無し)(?:の|で)?(?:比較|比べ(?:て|ると|た|たい)?)?|とそれ以外(?:の(?:事業|イベント|案件))?(?:と)?(?:の|で)?(?:比較|比べ(?:て|ると|た)?)?|(?:あり|有り)と(?:なし|無し)(?:の|で)?(?:比較|比べ(?:て|ると|た)?)?/g
const EACH = /それぞれ|(?<![a-z])each(?![a-z])|respectively|個別/g

// An average number of events (per month, per office…): no query has it; avg_participants is an average
// of participants per event, so these words are named as unused rather than read as that. Single spaces
// between words: a span read before is blanked, and must not join the words around it.
const AVG_OF_EVENTS =
  /平均(?:の)?(?:実施|開催)?(?:件数|回数|案件数|事業数|イベント数)|(?:件数|案件数|事業数|実施件数|開催件数)の平均|average (?:number of |count of )?(?:events|projects|activities|seminars)(?! (?:had|drew|attracted|participants|attendance))|(?:1|一)(?:か|ヶ|カ|ケ)?月(?:あたり|当たり)|月平均|(?<![a-z])(?:how many|number of) (?:events|projects|activities) (?:per|a|each) (?:year|fiscal year|fy|quarter|week)(?![a-z])|(?<![a-z])(?:average|avg|mean) (?:number of )?(?:participants?|attendance|attendees|turnout) per (?:office|consulate|state|region|theme|type|month|year|fiscal year|fy|quarter|week)(?![a-z])|(?<![a-z])(?:participants?|attendance|attendees|turnout|people)(?: did we (?:get|have|draw))? (?:on average|in average|on avg) (?:per|a|each) (?:office|consulate|state|region|theme|type|month|year|fiscal year|fy|quarter|week)(?![a-z])/g
export const AVG = /average|(?<![a-z])avg(?![a-z])|(?<![a-z])mean(?![a-z])|per event|平均|(?:1|一)(?:件|回|事業|イベント|案件)(?:あたり|当たり)(?:の)?/
export const PARTICIPANTS =
  /participants?|turnout|participation|attendees?|attendance|attended|(?<![a-z])people|persons|visitors|audience|headcount|参加者|参加人数|参加数|来場者|出席者|動員|人数|約?何万(?:人|名)|約?何人|約?何名|(?<=(?:何万?人|何名)\s?)参加(?=し)|延べ|(?:述べ|のべ)(?=参加)/
export const OFFICES_ACTIVE =
  /(?:how many|number of|count of)\s+(?:of (?:our|the)\s+)?(?:(?:active|participating|different)\s+)?(?:offices|consulates|diplomatic (?:offices|missions|posts)|missions|posts)|(?:active|participating) (?:offices|consulates)|(?:offices|consulates) (?:were |are )?active|何公館|(?:在外)?公館数|実施公館(?!別|ごと|毎)|何館|いくつの(?:在外公館|公館|総領事館)|(?:総領事館|在外公館|公館)の数|(?<=(?:実施|開催)(?:し|され)た|(?:やっ|行っ)た|実績(?:の|が)ある)(?:総領事館|在外公館|公館)(?:は|が|って)?(?:いくつ|幾つ)/
export const STATES_COVERED =
  /states? covered|covered states|how many\s+(?:of the (?:50 |fifty )?)?(?:(?:different|distinct)\s+)?(?:(?:southern|western|mid-?western|north-?eastern)\s+)?states|number of (?:(?:different|distinct)\s+)?states|states (?:have |has |did |were |are |have been )?(?:we )?(?:covered|reached)|have we (?:covered|reached)|coverage|何州|州数|網羅|カバー|いくつの州|州の数|州は?いくつ/
const EVENTS =
  /events?|projects?|activit(?:y|ies)|programmes?|programs?|initiatives?|sessions?|best[- ]?practices?|ベストプラクティス|代表例|好事例|案件|事業|イベント|取組|取り組み|(?<![共主開])催し|シンポジウム|件|なんけん|実施数|開催数|回数|何回|(?:実施|開催)実績/
// Each figure or list a question can name, for telling when two are asked at once ("件数・人数", "events +
// attendance", 網羅州数と未実施の州): the alternatives are tried in this order at each position, so the
// longer reading wins ("average attendance" is the average, "states with no events" the list).
const EN = (src: string): string => String.raw`(?<![a-z])(?:${src})(?![a-z])`
const MENTION = new RegExp(
  [
    String.raw`(?<uncovered_states>${EN(String.raw`(?:states?|places)\s+(?:with no|without(?: any)?|that had no|that have no|lacking)\s+(?:events?|activit(?:y|ies)|projects?)|uncovered states|missing states|states (?:not yet|never|not) (?:covered|reached|visited)`)}|(?:事業|案件|イベント|取組|取り組み)?(?:が|の)?(?:なかった|無かった|ない|無い)州|未実施の?州|未開催の?州|空白の?州|(?:実施|開催)(?:していない|されていない|しなかった|されなかった)州)(?:(?:は|が)[、,]?\s*(?=何州))?`,
    String.raw`(?<first_time_states>${EN(String.raw`first[- ]time states|new states|states (?:covered|reached|visited) for the first time|newly (?:covered|reached) states`)}|(?:初めて|はじめて)(?:事業を)?(?:実施|開催)?(?:した|された)?州|初(?:実施|開催)?の州|新規(?:実施)?州)`,
    String.raw`(?<avg_participants>${EN(String.raw`average (?:number of )?(?:participants?|attendance|attendees|turnout|participation)(?: per event)?|(?:participants?|attendance|attendees) per event|average|avg|mean (?:participants|attendance)`)}|平均(?:の)?(?:延べ)?(?:参加者数|参加人数|参加者|来場者数?)?|(?:1|一)(?:件|回)(?:あ|当)たり(?:の)?(?:平均)?(?:参加者数|参加人数|参加者)?)`,
    String.raw`(?<offices_active>${EN(String.raw`(?:(?:number|count) of |how many )(?:of (?:our|the) )?(?:active |participating |different )?(?:diplomatic )?(?:offices|consulates|missions)|(?:active|participating) (?:offices|consulates)|(?:offices|consulates) (?:were |are )?active`)}|(?:実施|活動)?(?:在外)?公館数|何公館|(?:総領事館|在外公館|公館)の数|(?<=(?:実施|開催)(?:し|され)た|(?:やっ|行っ)た|実績(?:の|が)ある)(?:総領事館|在外公館|公館)(?:は|が|って)?(?:いくつ|幾つ))`,
    String.raw`(?<states_covered>${EN(String.raw`(?:(?:number|count) of |how many )(?:different |distinct )?states(?: covered| reached)?|states? covered|covered states|states reached|coverage`)}|(?:網羅|カバー)(?:した|済みの?)?州の?数|網羅州数?|網羅数|州数|何州|州の数)`,
    String.raw`(?<participants>${EN(String.raw`(?:(?:total|number of|count of) )?(?:participants?|attendance|attendees|turnout|participation|visitors|headcount|people)`)}|(?:延べ|述べ|のべ)参加者数?|参加者数?|参加人数|人数|来場者数?|出席者数?|動員数?|約?何万(?:人|名)|約?何人|約?何名)`,
    String.raw`(?<events>${EN(String.raw`(?:(?:total|number of|count of) )?(?:events?|projects|activities|programs)`)}|(?:実施|開催)?件数|案件数|事業数|イベント数|実施数|開催数|回数|何件|事業|イベント|案件)`,
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
// ("10+ events": the plus of a number is no join)
const MENTION_JOIN_WORD = /[,、・/&＆]|(?<![0-9])\+|(?<![a-z])(?:and|as well as|plus|along with|together with)(?![a-z])|と|及び|および|並びに|ならびに|や/

/**
 * The figures and lists named two or more at once, joined by と/・/、/及び/and/+/&/"as well as" (in the order
 * of the question), with the spans of those names; empty when the question names at most one.
 */
function joinedReadings(full: string): { readings: Reading[]; spans: Span[]; joins: Span[] } {
  const found: { reading: Reading; start: number; end: number }[] = []
  for (const m of full.matchAll(MENTION)) {
    const reading = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] as Reading | undefined
    // "on average, how many states …": an adverb of the figure that follows, not a figure of its own
    if (reading === 'avg_participants' && /(?<![a-z])on\s+$/.test(full.slice(0, m.index))) continue
    // 参加者1人あたり費用, "cost per participant": participants as the unit of another figure, not a figure
    if (reading === 'participants' && (/^\s*(?:1|一)\s*人(?:あ|当)たり/u.test(full.slice(m.index + m[0].length)) || /(?<![a-z])per\s+$/.test(full.slice(0, m.index)))) continue
    // 2021年度の事業のうち、参加者数が…: "among the events", the events the figure is of, not a figure
    if (reading === 'events' && /^(?:の)?(?:うち|中で)/u.test(full.slice(m.index + m[0].length))) continue
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

const BREAKDOWN_WORD = /(?<![a-z])(?:break[- ]?downs?|broken down|split(?: up)?|distribution|two[- ]way|cross[- ]?tab(?:ulation|s)?|pivot(?:[- ]?tables?|ed)?)(?![a-z])|内訳|分布|ブレークダウン|クロス集計/g
// "both X and Y", 両方, いずれも, ともに: all of the values, where every filter is any of them. Used only
// where it changes nothing (two periods compared, a breakdown of the two values); elsewhere named.
// The verb before "both" ("covered both Texas and Oklahoma", "where both JETRO and JNTO were partners") and
// 「両方を対象にした」 go with it: read only where "both" is (every one of the values), named with it otherwise.
const BOTH = /(?<![a-z])(?:(?:that |which )?(?:covered|covering|touched|touching|spanned|spanning|reached|reaching|where|hit|hits|hitting)\s+)?both(?:\s+(?:on board|onboard|involved|taking part))?(?![a-z])|両方(?:のテーマ)?(?:を対象(?:に|と)(?:した|して|する)?|を(?:持つ|持った|持っている|含む|含んだ|扱う|扱った)|にまたが(?:る|った))?|双方|いずれも|どちらも|(?<!と)ともに|(?<!と)共に/g
// A running total: a cumulative series when broken down by fiscal year or month (no such metric exists),
// the plain total otherwise ("地域別の累計件数", "cumulative number of events").
const CUMULATIVE_SERIES = /(?<![a-z])running (?:total|sum|count)s?(?![a-z])|(?<![a-z])cumulative(?:ly)?(?![a-z])|(?<![a-z])accumulated(?![a-z])|累計|累積|積み上げ|積上げ/g
// 最も少ない / 一番低い: the fewest (the gap never crosses a 多い or another 最も: 最も多い州と最も少ない州).
const LEAST_JA = /(?:最も|一番|もっとも|いちばん)[^。？?、,!！多最番]{0,12}?(?:少な(?:い|かった)|低(?:い|かった)|小さ(?:い|かった))/g
// 少ない順, "fewest first", "in ascending order": the fewest first, every group (no top 1).
const LEAST_ORDER = /(?:少な(?:い|かった)|低い|小さい)順|少ない(?:もの|方|ほう)から(?:順に)?|(?<![a-z])(?:(?:sorted|ordered|listed|ranked) )?(?:(?:with|from) )?(?:the )?(?:fewest|smallest|lowest|least)(?: first| to (?:the )?(?:most|largest|highest))(?![a-z])|(?<![a-z])(?:in )?ascending(?: order)?(?![a-z])|昇順/g
/** 少ない / 低い next to a ranking or a top N ("件数が少ない上位5州"): the direction is the fewest. */
const FEW_JA = /少な(?:い|かった)|低(?:い|かった)/
/** 多い beside 何月 (何月に事業が多い？): the month with the most. */
const MANY_JA = /多(?:い|かった)/
/** Words that say a breakdown by month of the year adds every year up. */
const MONTH_OF_YEAR_GLOSS = /\(?\s*(?<![a-z])(?:(?:with |across |over |for )?(?:all|every) (?:the )?(?:fiscal )?years (?:combined|added up|together|pooled)|across (?:all )?(?:the )?(?:fiscal )?years|all years)\s*\)?|(?<![a-z])(?:historically|in any year|in every year)(?![a-z])|[（(]?\s*(?:(?:全年度|全年|全期間|年度)(?:を)?)?(?:合算|通算)(?:して|で|した|の)?\s*[）)]?/g
// A region word right next to a state's name is part of a place the filters cannot express ("Southern
// California", "West Texas", 南部テキサス, カリフォルニア州南部), never region + state.
const REGION_BEFORE_STATE = /^ ?$/
const REGION_AFTER_STATE = /^(?:州)?(?:の)?$/
// A metric word with its counter (件数 = 件 + 数, 参加者数, 州数): the whole is used.
const METRIC_WORDS = new RegExp(`(?:${[AVG, PARTICIPANTS, OFFICES_ACTIVE, STATES_COVERED, EVENTS, COUNT_WORD].map((r) => r.source).join('|')})(?:の?数)?`, 'g')

const SUPERLATIVE = /(?<![a-z])most(?! recent)(?![a-z])|largest|biggest|highest|greatest|busiest|(?<![a-z])peak(?:ed|s)?(?![a-z])|最も|一番|最多|最大|最高|もっとも|いちばん/
const LEAST = /(?<![a-z])(?:fewest|(?<!at )least|lowest|smallest)(?![a-z])|最少|最小|最低/
const RANKING = /ranking|ranked|(?<![a-z])rank(?![a-z])|ランキング|順位|多い順/
const RANK_WORDS = new RegExp(
  [
    SUPERLATIVE.source,
    LEAST.source,
    RANKING.source,
    String.raw`(?:が|の)?(?:多い|多かった|少ない|少なかった|大きい|大きかった|多く|高い|高かった|低い|低かった)`,
    String.raw`(?<![a-z])(?:the )?(?:most|more|fewer|less|common|popular|frequent|often)(?![a-z])`,
  ].join('|'),
  'g',
)
const REGION_NOUN = /(?<![a-z])regions?(?![a-z])|地域|地方/g
const CATEGORY_NOUN = /(?<![a-z])(?:themes?|types?|categor(?:y|ies)|kinds?|fields?|areas?|tagged(?: with| as)?|labell?ed(?: with| as)?)(?![a-z])|テーマ|分野|領域|種類|類型|への貢献|貢献/g
const JURISDICTION_NOUN = /(?<![a-z])(?:jurisdiction|district|area)(?![a-z])|管轄|管内|担当/g
const STATE_NOUN = /(?<![a-z])(?:states?|where|covered|cover|covering|coverage|reached|reach|visited|visit|hit)(?![a-z])|州|網羅|カバー/g
const ACTIVE_WORD = /(?<![a-z])(?:active|participating|at least (?:one|1|a single)(?: event)?)(?![a-z])/g
const SELECTED_AS = /(?:に)?(?:選ばれ|選定され|認定され)た?|(?<![a-z])(?:selected|chosen|named|picked)(?: as)?(?![a-z])/g

// A breakdown glossed with the dimension's own values in brackets (形式別（対面・オンライン・ハイブリッド）,
// "by format (online, in-person, hybrid)"): the list says what the groups are, it filters nothing. Read only
// when the items are every value of that dimension, each a value; otherwise the values stay to be read (a
// filter, and a breakdown of only some values is named, e.g. 形式別（対面・オンライン）.
const GLOSSED_BREAKDOWN: ReadonlyArray<[RegExp, { valueOf(s: string): unknown; readonly phrases: readonly string[] }]> = [
  [/(?:(?:開催)?形式|フォーマット)(?:別|ごと|毎)\s*(\([^()]{1,80}\))|(?<![a-z])by format\s*(\([^()]{1,80}\))/gu, FORMAT_NAMES],
  [/地域(?:別|ごと|毎)\s*(\([^()]{1,80}\))|(?<![a-z])by (?:census )?region\s*(\([^()]{1,80}\))/gu, REGION_NAMES],
  [/テーマ(?:別|ごと|毎)\s*(\([^()]{1,80}\))|(?<![a-z])by theme\s*(\([^()]{1,80}\))/gu, THEME_NAMES],
  [/(?:種類|種別|分野)(?:別|ごと|毎)\s*(\([^()]{1,80}\))|(?<![a-z])by (?:activity )?type\s*(\([^()]{1,80}\))/gu, TYPE_NAMES],
]

/** The glosses read (consumed); a gloss of only some values is consumed too and returned, to be named. */
function takeGlossedBreakdowns(scan: Scan): Span[] {
  const partial: Span[] = []
  for (const [re, table] of GLOSSED_BREAKDOWN) {
    for (const m of scan.take(re, { keep: true })) {
      const gloss = m.groups.find((g) => g !== undefined) ?? ''
      const items = gloss
        .slice(1, -1)
        .split(/\s*(?:[・、,/]|(?<![a-z])(?:and|or)(?![a-z])|と|や)\s*/u)
        .map((x) => x.trim())
        .filter((x) => x.length > 0)
      const values = items.map((x) => table.valueOf(x))
      const every = new Set(table.phrases.map((p) => table.valueOf(p)))
      if (items.length < 2 || values.every((v) => v === undefined)) continue
      // some of the values (or other words beside them): the groups wanted, or examples? Named, not read as a filter
      if (values.some((v) => v === undefined) || new Set(values).size !== every.size) partial.push({ start: m.end - gloss.length, end: m.end })
      scan.consume(m.end - gloss.length, m.end)
    }
  }
  return partial
}

export function recognise(scan: Scan, text: string, asOf: string, categoryTable?: CategoryTable): Findings {
  const partialGlosses = takeGlossedBreakdowns(scan)
  // "with and without a partner": the "with and" of a condition against the rest, taken before "without …" is read
  // as a filter (its filter is then the condition; alone, "with and" would be dropped and the "without" side answered)
  const withAndWithout = scan.take(WITH_AND_WITHOUT).map(spanOf)
  // shares, medians, per-unit averages and changes in percent (ratios.ts), before anything reads their words
  const ratio = takeRatioWords(scan, text)
  // best-practice categories by name (categories.ts), before their words are read as places or filters
  // (「総領事館が所在しない地域での事業」), and ongoing programmes
  const categories = takeBestPracticeCategories(scan, categoryTable, { bestPractice: new RegExp(BEST_PRACTICE.source).test(scan.lower), otherFilter: WITHOUT_OFFICE, theme: THEME_NAMES.re })
  const ongoing = takeOngoing(scan)
  // quoted words and partner names first (never read as offices or themes), then cities (before offices and states)
  const textFindings = noTextFindings()
  takeQuotedAndPartners(scan, textFindings)
  takeCities(scan, textFindings)
  // activity nouns ("seminars", 上映会) before the metric words read them as events; filtered by title below
  takeActivityNouns(scan, textFindings)
  const withoutOffice = scan.take(WITHOUT_OFFICE).length > 0
  // negated filters, no theme, multi-state, participant bounds (structure-filters.ts); their words
  // ("participants", "states") are not read again as the metric
  // "add up the participants": the phrase asks for the total (its "up" is no "up to", which opens a range)
  scan.take(/(?<![a-z])add(?:s|ed)?\s+up(?![a-z])(?!\s+to(?![a-z]))/g)
  // "participants who came through online events", "came via a webinar": came, as to any event (no route of its own)
  scan.take(/(?<![a-z])(?:came|come|comes|coming)\s+(?:through|via)(?![a-z])/g)
  const structure = takeStructureFilters(scan)
  // "events that cost over ¥2M but had fewer than 200 participants": "but" joining two conditions of the same
  // events is "and" (a contrast of periods or places — "but none in FY2021", "but not Ohio" — is read elsewhere)
  scan.take(/(?<![a-z])but(?=\s+(?:also\s+)?(?:had|have|has|with|drew|attracted|were|was)\s+(?!no(?![a-z])|not(?![a-z])|none(?![a-z])|zero(?![a-z])))/g)
  const full = maskSpans(text, [...structure.spans, ...categories.spans])
  // "each event counted in every state it touches" (taken before "state" is read; weighed once the breakdown is known)
  const countedInEach = scan.take(/(?<![a-z])(?:(?:with\s+)?each\s+event\s+)?counted\s+(?:once\s+)?in\s+(?:each|every|all)\s+(?:the\s+)?(states?|regions?)(?:\s+it\s+touches)?(?![a-z])/g)
  // ロサンゼルス総・シアトル総: the middle dot after an office's name separates two offices (after other words it
  // may be inside a katakana word, or a breakdown's gloss: 形式別（対面・オンライン）)
  const inside = notInsideKatakana(scan)
  const afterOffice = (m: Match) => m.start > 0 && scan.lower[m.start - 1] === '・' && /(?:総|総領事館|領事事務所|大使館)$/u.test(scan.text.slice(0, m.start - 1))
  const valueSpans: Findings['valueSpans'] = []
  const spansOf = <T>(filter: Findings['valueSpans'][number]['filter'], found: { value: T; match: Match }[]): T[] => {
    for (const x of found) valueSpans.push({ filter, span: spanOf(x.match) })
    return found.map((x) => x.value)
  }
  const offices = [...takeOfficeLists(scan), ...spansOf('offices', OFFICE_NAMES.takeAll(scan, (m) => inside(m) || afterOffice(m)))]
  // "consulates in the Midwest", 中西部の総領事館: the offices located there, or the events held there? No query
  // says "offices located in"; the words are named (no figure) rather than read as events held there.
  const officesInPlace = officesLocatedIn(scan)

  const states: string[] = []
  let ambiguousPlace: AmbiguousPlace | undefined
  const addPlace = (v: PlaceValue) => {
    if ('state' in v) states.push(v.state)
    else ambiguousPlace ??= v.ambiguous
  }
  const placeSpans: Span[] = []
  for (const { value, match } of STATE_NAMES.takeAll(scan, notInsideKatakana(scan))) {
    addPlace(value)
    placeSpans.push(spanOf(match))
    valueSpans.push({ filter: 'states', span: spanOf(match) })
  }
  const casedBefore = scan.cased
  for (const m of scan.take(/(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])/g, { cased: true, accept: (m) => acceptCode(m, casedBefore) })) {
    addPlace(m.text === 'LA' ? { ambiguous: 'la' } : { state: m.text })
    placeSpans.push(spanOf(m))
    valueSpans.push({ filter: 'states', span: spanOf(m) })
  }
  // "New York state", "the state of Ohio": the word "state" next to a state's name is part of the name
  for (const p of placeSpans) {
    const after = /^\s+state(?![a-z])/.exec(scan.lower.slice(p.end))
    if (after) scan.consume(p.end, p.end + after[0].length)
    const before = /(?:^|[^a-z])(the\s+)?state\s+of\s+$/.exec(scan.lower.slice(0, p.start))
    if (before) scan.consume(p.start - before[0].length + (before[0].match(/^[^a-z]/) ? 1 : 0), p.start)
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
      valueSpans.push({ filter: 'regions', span: spanOf(match) })
      // 南部の州で行った事業, 中西部諸州: the region's states are the region (not 南部の州別, a breakdown by state)
      const states = /^(?:地域)?(?:の州|諸州)(?!別|ごと|毎|数|の数)/.exec(scan.lower.slice(match.end))
      if (states) scan.consume(match.end, match.end + states[0].length)
    }
  }
  // A region and a state together ("the West and Texas", 南部とテキサス州) would be filtered as both at once
  // (the states of the region that are that state: none, or the state alone), never the two together.
  if (regions.length > 0 && placeSpans.length > 0) {
    partOfPlace.push(...regionSpans)
    regions.length = 0
  }
  const types = spansOf('types', TYPE_NAMES.takeAll(scan, notInsideKatakana(scan)))
  const themes = spansOf('themes', THEME_NAMES.takeAll(scan, notInsideKatakana(scan)))
  // 「サプライチェーン強靱化」をテーマとした事業, "with supply chains as a theme": the word of a theme named (only
  // beside one)
  if (themes.length > 0) scan.take(/[」』"”]?\s*を(?:テーマ|主題)(?:と|に)(?:した|する|して)(?:設定(?:された|した|されている))?|[」』"”]?\s*を(?:テーマ|主題)として(?:設定(?:された|した|されている)|掲げた)|(?<![a-z])as (?:a|the|its) (?:theme|topic)(?![a-z])/gu)
  const formats = spansOf('formats', FORMAT_NAMES.takeAll(scan, notInsideKatakana(scan)))
  const bestPractice = scan.take(BEST_PRACTICE).length > 0

  // "the last 3 years" / 過去3年間 first, so "last 3" is not read as a list length.
  const pastYears = takePastYears(scan, asOf)
  // "which office and fiscal year combination", "in a single fiscal year": a ranked cell (before a top N or
  // the cues read "office" alone)
  const cell = takeCell(scan)
  // Numbers that are a top N or a list length, read before periods so they are never taken as years.
  let top: number | undefined
  let topTooLarge = false
  let topDimension: GroupBy | null | undefined
  let topSpan: Span | undefined
  const avgOfEventsSpans = scan.take(AVG_OF_EVENTS).map(spanOf)
  const extra: Span[] = [...partOfPlace, ...avgOfEventsSpans, ...officesInPlace, ...partialGlosses]
  const avgOfEvents = avgOfEventsSpans.length > 0
  let place: number | undefined
  let placeSpan: Span | undefined
  let placeLeast = false
  for (const m of scan.take(PLACE)) {
    const raw = m.groups.find((g) => g !== undefined) ?? ''
    const n = ORDINAL_VALUES[raw] ?? Number(raw)
    if (place === undefined && Number.isInteger(n) && n >= 1 && n <= 100) {
      place = n
      placeSpan = spanOf(m)
      // "the second fewest": the place is counted from the fewest (its word is taken with the ordinal)
      placeLeast = /fewest|smallest|lowest|least|bottom/.test(m.text)
    } else extra.push(spanOf(m))
  }
  let bottom = false
  const bottoms = scan.take(BOTTOM_N)
  for (const m of [...bottoms, ...scan.take(TOP_N)]) {
    // "the top office" (one group named, no number): the first
    const raw = m.groups.find((g) => g !== undefined) ?? (/^(?:the\s+)?top$/.test(m.text) ? '1' : '')
    const n = NUMBER_WORDS[raw] ?? Number(raw)
    if (top !== undefined) {
      extra.push(spanOf(m))
      continue
    }
    if (Number.isInteger(n) && n >= 1 && n <= 100) {
      top = n
      bottom = bottoms.includes(m)
      topSpan = spanOf(m)
      topDimension = dimensionNear(scan, m) ?? (cell?.dims.length === 2 ? cell.dims[0] : null)
    } else {
      topTooLarge = true
      extra.push(spanOf(m))
    }
  }
  // "when was each office's first event?", 公館別の初回実施日, "the latest event of each state": one event per group
  // (its date), read only beside a word of grouping
  let perGroupEvent: { which: 'first' | 'last'; span: Span } | undefined
  if (PER_GROUP_WORD.test(full) && GROUP_CUES.some(([, re]) => new RegExp(re.source).test(scan.lower))) {
    for (const [which, re] of [['first', FIRST_EVENT_OF_GROUP], ['last', LAST_EVENT_OF_GROUP]] as const) {
      for (const m of scan.take(re)) {
        if (perGroupEvent === undefined) perGroupEvent = { which, span: spanOf(m) }
        else extra.push(spanOf(m))
      }
    }
    if (perGroupEvent) scan.take(/(?<![a-z])when (?:was|were|did)(?![a-z])|いつ/g)
  }
  let listLimit: number | undefined
  let listOrder: 'oldest' | undefined
  // "the first event in Wyoming", "the 3 oldest events", 最も古い事業, 古い順に5件: the earliest events, listed
  // (not a question about states: "states that had their first event in FY2022" is first-time states)
  // (nor per group: "the first event of each office", 各州で最初に実施した事業)
  // (nor the year asked: "in which fiscal year was the first event in Mississippi" is the state's first year)
  if (!/(?<![a-z])(?:states?|where|each|every|per)(?![a-z])|どの州|何州|州は|州を|州が|各|それぞれ|ごと|別|(?<![a-z])(?:which|what)\s+(?:fiscal\s+)?(?:year|fy)(?![a-z])|何年度|どの年度/.test(full)) {
    for (const m of scan.take(OLDEST_LIST)) {
      const raw = m.groups.find((g) => g !== undefined)
      const n = raw === undefined ? 1 : (NUMBER_WORDS[raw] ?? Number(raw))
      if (listLimit === undefined && Number.isInteger(n) && n >= 1 && n <= 100) {
        listLimit = n
        listOrder = 'oldest'
      } else extra.push(spanOf(m))
    }
    // "when was the first event in Wyoming": the list gives its date
    if (listOrder === 'oldest') scan.take(/(?<![a-z])when (?:was|were|did)(?![a-z])|いつ/g)
  }
  // "the most recent event", "the latest event on record" (singular): the one newest event, not a list of 20;
  // only "latest"/"newest"/"most recent" is read here (the list word "event" stays for the list reader)
  for (const m of scan.take(/(?<![a-z])(?:most recent|latest|newest|last)(?=\s+(?:event|project|activity|program|programme)(?![a-z]))/g, { accept: () => listLimit === undefined })) {
    if (listLimit === undefined) listLimit = 1
    else extra.push(spanOf(m))
  }
  // 最後に実施された事業, 一番新しい事業 (singular): the one newest event
  let newestOne = false
  for (const m of scan.take(/(?:最後に(?:実施|開催)(?:した|された|の)?|(?:最も|一番|いちばん)新しい)(?=(?:事業|案件|イベント)(?!数|件数|一覧))|最後に(?:事業|イベント)を?(?:やった|実施した|開催した|行った|した)(?:の(?:は|って)?)?(?=\s*いつ)/g, { accept: () => listLimit === undefined })) {
    if (listLimit === undefined) {
      listLimit = 1
      newestOne = true
    } else extra.push(spanOf(m))
  }
  // "when was our last event in Utah?", 最後に事業をしたのはいつ: the one event listed gives its date
  if (newestOne || (listLimit === 1 && listOrder === undefined && /(?<![a-z])(?:most recent|latest|newest|last)\s+(?:event|project|activity|program|programme)(?![a-z])/.test(full))) scan.take(/(?<![a-z])when (?:was|were|did)(?![a-z])|いつ/g)
  // "the first event in Wyoming - which one?": the one event listed is the answer to "which one"
  if (listLimit === 1) scan.take(/(?<![a-z])which one(?![a-z])/g)
  // "the very first event we recorded (by date)", 日付順で: the order the first / latest events are read in already
  if (listLimit !== undefined) scan.take(/\(?\s*(?<![a-z])by (?:start |event )?date\s*\)?|[（(]?(?:実施|開催)?日付?順(?:で)?[）)]?/g)
  for (const m of scan.take(LIST_LIMIT)) {
    const n = Number(m.groups.find((g) => g !== undefined))
    if (listLimit === undefined && Number.isInteger(n) && n >= 1 && n <= 100) listLimit = n
    else extra.push(spanOf(m))
  }

  const bothSpans = scan.take(BOTH).map(spanOf)
  const combinedSpans = scan.take(COMBINED).map(spanOf)
  // kept (not consumed): "running total" is made of function words, 累計 is the period reader's
  const cumulativeSpans = scan.take(CUMULATIVE_SERIES, { keep: true }).map(spanOf)
  const periods = findPeriods(scan, asOf, pastYears)
  // 2019年度から2021年度までの3か年度, "FY2019–FY2021 (three fiscal years)": the number of years of the range read
  // just before, restated — taken only when it is that range's own count
  for (const m of scan.take(/[（(]?\s*([0-9]{1,2}|two|three|four|five|six|seven)\s*(?:か|ヶ|カ|ケ|箇)?\s*(?:年度|fiscal years|fys)(?:間)?\s*[）)]?(?:の|分の)?/gu, { keep: true })) {
    const raw = m.groups[0] ?? ''
    const n = ({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 } as Record<string, number>)[raw] ?? Number(raw)
    const range = periods.mentions.find((p) => p.period.kind === 'fy' && p.end <= m.start && m.start - p.end <= 8 && p.period.to !== undefined && p.period.to - p.period.from + 1 === n)
    if (range !== undefined && n >= 2) scan.consume(m.start, m.end)
  }

  // before first-time words: "fewest first" is an order, not a first time
  const leastOrder = scan.take(LEAST_ORDER).length > 0
  const firstTime = scan.take(FIRST_TIME).length > 0
  const whenSpans = scan.take(WHEN).map(spanOf)
  const when = whenSpans.length > 0
  // "which fiscal year had the most…", 何年度が最も多い: the fiscal year is the group ranked
  const whenFiscalYear = whenSpans.some((sp) => /year|(?<![a-z])fy(?![a-z])|年度/.test(full.slice(sp.start, sp.end)))
  const allStates = scan.take(ALL_STATES).length > 0
  const neverSpans = [
    ...scan.take(NEVER),
    ...(STATES_QUESTION_JA.test(full) ? scan.take(NEVER_JA_STATES) : []),
    ...(STATES_QUESTION_EN.test(full) ? scan.take(NEVER_EN_STATES) : []),
  ].map(spanOf)
  const never = neverSpans.length > 0
  // 「内訳を見せて」, "show me the breakdown": the verb shows the breakdown, it asks for no list
  const listWords = scan.take(LIST)
  const showsBreakdown = new RegExp(BREAKDOWN_WORD.source).test(full) && listWords.every((m) => /^(?:見せて|show all)$/.test(m.text))
  const list = (listWords.length > 0 && !showsBreakdown) || listLimit !== undefined

  // Breakdowns: the earliest cue wins; several different cues lower the confidence.
  let groupBy: GroupBy | undefined
  let groupStart = Number.POSITIVE_INFINITY
  const cues = new Set<GroupBy>()
  const cueSpans: { groupBy: GroupBy; span: Span }[] = []
  if (cell && cell.dims.length === 2) {
    groupBy = cell.dims[0]
    groupStart = cell.spans[0]!.start
    for (const d of cell.dims) cues.add(d)
  }
  // "office x format", 年度×形式: the two nouns are two cues (before the cues themselves: "by fiscal year" of
  // "region by fiscal year" is the pair's)
  for (const c of takeCrossPairs(scan)) {
    cues.add(c.groupBy)
    cueSpans.push(c)
    if (c.span.start < groupStart) {
      groupStart = c.span.start
      groupBy = c.groupBy
    }
  }
  for (const [g, re] of GROUP_CUES) {
    for (const m of scan.take(re)) {
      // 「ベストプラクティスの分類ごと」, "best practices by category": the best practices' own categories
      // (Event.bestPracticeCategory) — not the activity type (事業分類)
      const by: GroupBy = g === 'activity_type' && bestPractice && /categor|分類|カテゴリ/.test(m.text) ? 'best_practice_category' : g
      cues.add(by)
      cueSpans.push({ groupBy: by, span: spanOf(m) })
      if (m.start < groupStart) {
        groupStart = m.start
        groupBy = by
      }
    }
  }
  // 月別件数の推移, "monthly trend": a bare 推移 / trend beside a month or quarter cue is that cue's series, not a
  // second, yearly breakdown (年度推移 stays the fiscal years)
  const chrono = cueSpans.find((c) => c.groupBy === 'month' || c.groupBy === 'fiscal_quarter')
  if (chrono !== undefined) {
    for (let i = cueSpans.length - 1; i >= 0; i--) {
      const c = cueSpans[i]!
      if (c.groupBy === 'fiscal_year' && /^(?:推移|経年|trends?)$/.test(full.slice(c.span.start, c.span.end).trim())) cueSpans.splice(i, 1)
    }
    if (!cueSpans.some((c) => c.groupBy === 'fiscal_year')) {
      cues.delete('fiscal_year')
      if (groupBy === 'fiscal_year') groupBy = chrono.groupBy
    }
  }
  // "which calendar month has historically had the most (all years combined)": the words that say the months
  // of the year add every year up are that breakdown's own
  const monthOfYear = cues.has('month_of_year')
  if (monthOfYear) scan.take(MONTH_OF_YEAR_GLOSS)
  // 何月に事業が多い？: "which month" with 多い (少ない) asks for the month with the most (fewest)
  const whichMonthJa = monthOfYear && cueSpans.some((c) => c.groupBy === 'month_of_year' && full.slice(c.span.start, c.span.end).includes('何月'))
  // "by office and format": a second dimension joined to a "by" cue is a cue too (a two-way breakdown)
  for (const c of [...cueSpans]) {
    if (!/^by /.test(full.slice(c.span.start, c.span.end))) continue
    // "year" / "FY" beside another dimension is the fiscal year, as "by year" alone is
    const after = /^\s+and\s+(?:the\s+)?(?:(formats?)|(regions?)|(offices?|consulates?)|(themes?)|(activity types?|types?)|(fiscal years?|years?|fys?)|(states?))(?![a-z])/.exec(scan.lower.slice(c.span.end))
    if (!after) continue
    const g = (['format', 'region', 'office', 'theme', 'activity_type', 'fiscal_year', 'state'] as const)[after.slice(1).findIndex((x) => x !== undefined)]
    if (g === undefined || cues.has(g)) continue
    const start = c.span.end + after[0].length - (after.slice(1).find((x) => x !== undefined)?.length ?? 0)
    scan.consume(c.span.end, c.span.end + after[0].length)
    cues.add(g)
    cueSpans.push({ groupBy: g, span: { start, end: c.span.end + after[0].length } })
  }
  // "breakdown", 内訳: asks for a breakdown; with no dimension named, the user is asked which (decide)
  const breakdownSpans = scan.take(BREAKDOWN_WORD).map(spanOf)
  // "X vs everything else", "with and without X", Xとそれ以外, ありとなし: the events of a condition against the rest
  const versusRest = [...withAndWithout, ...scan.take(VERSUS_REST).map(spanOf)]
  const comparisonSpans = scan.take(COMPARE).map(spanOf)
  const changeSpans = scan.take(CHANGE).map(spanOf)
  const compare = comparisonSpans.length + changeSpans.length > 0
  const each = scan.take(EACH).length > 0
  // The nouns that only say what a recognised name is ("the Midwest region", 「エネルギー分野」, 「シカゴ総管轄」)
  // are used by that name's filter.
  if (regions.length > 0) scan.take(REGION_NOUN)
  if (themes.length > 0 || types.length > 0) scan.take(CATEGORY_NOUN)
  // 管内 / "jurisdiction" with an office is the office's events (シカゴ総管内の件数). A question about states
  // there (「ヒューストン総管内の州数」, "states in Chicago's jurisdiction with no events") means the states the
  // office serves, which no filter holds (the office filter counts states its events touched, in or out of
  // its jurisdiction): the word is left unused, so no figure is given. State names are read by now.
  const aboutStates = never || firstTime || allStates || STATES_COVERED.test(full) || /(?<![a-z])states?(?![a-z])|州/.test(scan.lower)
  if (offices.length > 0 && !aboutStates) scan.take(JURISDICTION_NOUN)
  if (bestPractice) scan.take(SELECTED_AS)
  scan.take(ALL_OFFICES)

  const { joins, ...joined } = joinedReadings(full)
  // the conjunctions between the figures asked (及び, "as well as") are used by the question back
  for (const j of joins) scan.consume(j.start, j.end)
  // an average of events is named as unused (AVG_OF_EVENTS), never read as the average of participants
  const avg = AVG.test(full) && !avgOfEvents
  // "avg participants per food PR event": "per … event" around words a filter read (blanked) is the per-event average
  if (avg) scan.take(/(?<![a-z])per\s{2,}(?:event|project|activity)(?![a-z])/g)
  const officesActive = OFFICES_ACTIVE.test(full)
  const statesCovered = STATES_COVERED.test(full)
  const participants = PARTICIPANTS.test(full)
  // "FY22 online count": a count of nothing else named (participant count, headcount…) is the count of events
  const events = EVENTS.test(full) || BARE_COUNT.test(full)
  // "how many distinct cities", 都市の数, 何都市: the distinct cities of the matched events
  const citiesCount = scan.take(CITIES_COUNTED).length > 0
  const metric: Metric = avg
    ? 'avg_participants'
    : citiesCount
      ? 'cities'
      : officesActive
      ? 'offices_active'
      : statesCovered
        ? 'states_covered'
        : participants
          ? 'participants'
          : 'events'
  const countWord = COUNT_WORD.test(full)
  // "participants per state covered", "offices … participants": two figures named with no conjunction and no
  // reading of them together (joined figures are asked back) — the one not chosen is named, never dropped
  if ((metric === 'states_covered' || metric === 'offices_active' || metric === 'cities') && participants && joined.readings.length === 0) {
    for (const m of scan.lower.matchAll(new RegExp(PARTICIPANTS.source, 'g'))) extra.push({ start: m.index, end: m.index + m[0].length })
  }
  // "events per state covered", "participants per office active": a ratio of two figures no query has
  for (const m of full.matchAll(/(?<![a-z])per\s+(?:states?\s+(?:covered|reached)|(?:active\s+)?offices?\s+active|active\s+offices?)(?![a-z])/g)) extra.push({ start: m.index, end: m.index + m[0].length })
  scan.take(METRIC_WORDS)
  // "each event counted in every state it touches": the rule of a breakdown by state (or region); beside any other
  // figure it asks for a total no query gives (each event once is the total's rule) — named
  for (const m of countedInEach) {
    if (!((groupBy === 'state' && /^state/.test(m.groups[0] ?? '')) || (groupBy === 'region' && /^region/.test(m.groups[0] ?? '')))) extra.push(spanOf(m))
  }
  // Questions about states (coverage, first-time states, states without events) use the words "state",
  // 州, "covered", "reached"; "active" is the offices-active metric's own word.
  if (statesCovered || firstTime || never || allStates) scan.take(STATE_NOUN)
  if (officesActive) scan.take(ACTIVE_WORD)
  // "how many states had at least one event": the states covered (at least one event is what covered means)
  if (statesCovered) scan.take(/(?<![a-z])(?:(?:had|held|hosted|saw|got|with|have had|has had)\s+)?at least (?:one|1|a single)(?:\s+(?:events?|activit(?:y|ies)|projects?))?(?![a-z])/g)
  // 事業を実施した在外公館は何公館: the offices the count is of
  if (officesActive) for (const m of full.matchAll(/(?<=(?:実施|開催)(?:し|され)た|(?:やっ|行っ)た)(?:在外公館|総領事館|公館)(?:は|が)?(?=\s*(?:何公館|いくつ))/gu)) scan.consume(m.index, m.index + m[0].length)

  // 最も少ない is read (and used) before 最も alone is taken for "most"
  const leastJa = scan.take(LEAST_JA).length > 0
  const superlative = SUPERLATIVE.test(scan.lower) || (whichMonthJa && MANY_JA.test(scan.lower) && !FEW_JA.test(scan.lower))
  const ranking = RANKING.test(scan.lower) || place !== undefined
  const least = placeLeast || leastJa || leastOrder || bottom || LEAST.test(scan.lower) || ((superlative || ranking || top !== undefined || whichMonthJa) && FEW_JA.test(scan.lower))
  if (superlative || least || ranking || (top !== undefined && !topDimension)) {
    // "which state had the most", "最も件数が多い州", "ranking of offices": the dimension is named apart.
    // a dimension is taken only where it is used: beside a breakdown already named, another dimension's noun
    // ("which month … of the year") stays to be read
    const wanted = groupBy === undefined || (top !== undefined && !topDimension)
    const dim = wanted ? (firstDimension(scan) ?? (whenFiscalYear && !firstTime && !allStates ? 'fiscal_year' : undefined)) : undefined
    if (top !== undefined && !topDimension) topDimension = dim ?? null
    else if (groupBy === undefined && dim) {
      groupBy = dim
      cues.add(dim)
    }
  }
  if (top !== undefined && topDimension && groupBy === undefined) groupBy = topDimension
  // "最も多い州と最も少ない州", 「参加者数が多い州　上位５州」: each names the one dimension of the ranking
  const rankingSpans: Span[] = []
  if ((superlative || least || ranking || top !== undefined) && groupBy !== undefined) {
    // the months of the year are named by the month's own nouns too (最も件数が少ない月)
    const nounOf = (g: GroupBy) => DIMENSION_NOUNS.find(([d]) => d === g)?.[1]
    const noun = groupBy === 'month_of_year' ? `${nounOf('month_of_year')}|${nounOf('month')}` : nounOf(groupBy)
    if (noun) rankingSpans.push(...scan.take(new RegExp(noun, 'g')).map(spanOf))
  }
  // The words of the ranking are used by the breakdown they make ("most", 最も…多い, 多い順).
  if ((superlative || least || ranking || top !== undefined) && groupBy !== undefined) rankingSpans.push(...scan.take(RANK_WORDS).map(spanOf))
  // "about X", 「Xに関する」: last, so X is only what nothing else understood
  takeCuedWords(scan, textFindings)
  takeActivityModifiers(scan, textFindings)

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
    valueSpans,
    bestPractice,
    withoutOffice,
    structure,
    ...(top !== undefined ? { top } : {}),
    ...(place !== undefined ? { place } : {}),
    topTooLarge,
    ...(topDimension !== undefined ? { topDimension } : {}),
    ...(listLimit !== undefined ? { listLimit } : {}),
    ...(listOrder !== undefined ? { listOrder } : {}),
    ...(perGroupEvent !== undefined ? { perGroupEvent } : {}),
    firstTime,
    when,
    allStates,
    never,
    list,
    compare,
    versusRest,
    each,
    ...(groupBy !== undefined ? { groupBy } : {}),
    groupCues: cues.size,
    ...(cell ? { cell } : {}),
    superlative,
    least,
    leastOrder,
    ranking,
    metric,
    metricNamed: avg || citiesCount || officesActive || statesCovered || participants || events,
    bestPracticeCategories: categories.codes,
    ongoing,
    joined,
    combined: combinedSpans,
    change: changeSpans,
    comparison: comparisonSpans,
    countWord,
    spans: { when: whenSpans, never: neverSpans, cues: cueSpans, extra, ...(topSpan ? { top: topSpan } : {}), ...(placeSpan ? { place: placeSpan } : {}), both: bothSpans, cumulative: cumulativeSpans, breakdown: breakdownSpans, ranking: rankingSpans },
  }
}

// ---- helpers -------------------------------------------------------------------------------------------

// ・ (U+30FB) separates names (対面・オンライン): it is no letter of a katakana word
const KATAKANA = /[\u30a0-\u30fa\u30fc-\u30ff]/

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
  // the first of a list of codes ("(CO, UT, WY)", "OR/WA")
  if (/^\s*(?:[,/&、・]|and\s|or\s)\s*[A-Z]{2}(?![A-Za-z])/.test(cased.slice(m.end, m.end + 10))) return true
  return /^[^\x00-\x7f]/.test(after) || /[^\x00-\x7f]$/.test(before)
}

const OFFICES_IN_EN = /(?<![a-z])(?:consulates?(?:[- ]generals?)?|offices|missions|posts)\s+(?:(?:that are\s+|which are\s+)?(?:located|based|situated)\s+)?in\s+(?:the\s+)?/g
const OFFICES_IN_JA = /(?:に(?:ある|所在する|置かれた)|の)(?:在外)?(?:総領事館|公館)(?!別|ごと|毎|数)/g

/** The spans of "offices in PLACE" (a region or a state named right after, or before 「にある総領事館」). */
function officesLocatedIn(scan: Scan): Span[] {
  const out: Span[] = []
  const { lower, cased } = scan
  for (const m of lower.matchAll(OFFICES_IN_EN)) {
    // "events by consulate in the Midwest": a breakdown by office of the events there (not "held by consulates")
    const before = lower.slice(0, m.index)
    if (/(?:^|[^a-z])(?:by|per|each)\s+$/.test(before) && !/(?:held|run|organi[sz]ed|hosted|conducted|done)\s+by\s+$/.test(before)) continue
    const at = m.index + m[0].length
    const hit = nameAt(lower, cased, at, 'regions') ?? nameAt(lower, cased, at, 'states')
    if (hit) out.push({ start: m.index, end: hit.end })
  }
  for (const m of lower.matchAll(OFFICES_IN_JA)) {
    const hit = nameBefore(lower, m.index, 'regions') ?? nameBefore(lower, m.index, 'states', cased)
    if (hit) out.push({ start: hit.start, end: m.index + m[0].length })
  }
  return out
}
