// Breakdown dimensions named in a question: the cues that ask for a breakdown ("by state", 州別) and the
// nouns that name a dimension next to a top N or a superlative ("top 5 states", 上位5州, "which office … most").
import type { GroupBy } from '../query.ts'
import { Scan, type Match } from './scan.ts'
import type { Span } from './unused.ts'


export const GROUP_CUES: readonly [GroupBy, RegExp][] = [
  ['fiscal_year', /年度推移|年度の推移|年次推移|by (?:fiscal )?years?|by fys?(?![a-z])|per (?:fiscal )?year|per fy|each (?:fiscal )?year|each fy|every year|year[- ]by[- ]year|yearly|annual(?:ly)?|年度別|年度ごと|年度毎|各年度|毎年度|年別|年ごと|推移|経年|(?<![a-z])trends?(?![a-z])|(?<!how (?:many|much)(?![a-z]).*)over the years|(?<!how (?:many|much)(?![a-z]).*)(?<![a-z])over time(?![a-z])|which (?:fiscal )?years?(?![a-z])|which fys?(?![a-z])|どの年度/g],
  ['state', /(?<![a-z])states(?=\s*,?\s*(?:ranked\s+|sorted\s+|ordered\s+)?by\s+(?:total\s+|the\s+)?(?:participants|attendance|turnout|headcount|events|number of (?:events|participants)|event counts?)(?![a-z]))|states? (?:breakdown|split)|by states?(?![a-z])|per state|each state|state[- ]by[- ]state|州別|州ごと|州毎|各州|(?:in )?which states?(?![a-z])|what states?(?![a-z])|どの州|(?:事業|イベント|案件)を(?:実施|開催)した(?:ことのある|ことがある)?州(?=(?:は|を)?\s*(?:[（(？?]|$)|は(?:どこ|どちら|どれ)|を(?:教えて|挙げて|示して|お示し|ご教示))|(?<=(?:増え|減っ|増加し|減少し|伸び|伸ばし|下がっ|上がっ|落ち|落ち込ん|落とし)(?:た|だ|ている|てる))州(?=は|を|って|が|\s|$|[?？（(、。])/g],
  ['region', /(?<![a-z])regions(?=\s*,?\s*(?:ranked\s+|sorted\s+|ordered\s+)?by\s+(?:total\s+|the\s+)?(?:participants|attendance|turnout|headcount|events|number of (?:events|participants)|event counts?)(?![a-z]))|(?:census )?regions? (?:breakdown|split)|regional (?:breakdown|split)|by (?:census )?regions?|per (?:census )?region|each region|regionally|地域別|地域ごと|地域毎|各地域|which (?:us |u\.s\. |census )?regions?|region-level|どの地域|(?<=(?:増え|減っ|増加し|減少し|伸び|伸ばし|下がっ|上がっ|落ち|落ち込ん|落とし)(?:た|だ|ている|てる))地域(?=は|を|って|が|\s|$|[?？（(、。])/g],
  ['office', /(?<![a-z])(?:offices|consulates)(?=\s*,?\s*(?:ranked\s+|sorted\s+|ordered\s+)?by\s+(?:total\s+|the\s+)?(?:participants|attendance|turnout|headcount|events|number of (?:events|participants)|event counts?)(?![a-z]))|(?:office|consulate) (?:breakdown|split)|by (?:offices?|consulates?(?:[- ]generals?)?|missions?|posts?|cgs?)(?![a-z])|per (?:office|consulate|cg)(?![a-z])|each (?:office|consulate|cg)(?![a-z])|(?:office|consulate)-level|which (?:offices?|consulates?)|公館別|在外公館別|総領事館別|(?:在外)?公館ごと|総領事館ごと|各(?:在外)?公館|各総領事館|どの(?:在外公館|公館|総領事館)|(?<=(?:増え|減っ|増加し|減少し|伸び|伸ばし|下がっ|上がっ|落ち|落ち込ん|落とし)(?:た|だ|ている|てる))(?:在外)?(?:公館|総領事館)(?=は|を|って|が|\s|$|[?？（(、。])|(?:事業|イベント|案件)を(?:実施|開催)した(?:ことのある|ことがある)?(?:在外公館|公館|総領事館)(?=(?:は|を)?\s*(?:[（(？?]|$)|は(?:どこ|どちら|どれ)|を(?:教えて|挙げて|示して|お示し|ご教示))/g],
  // the calendar month across years ("which month of the year", 何月, 月別（全年度合算）): before the month's own cues
  ['month_of_year', /(?:(?:by|per|each|in|which|what) (?:the )?)?(?:calendar )?months? of (?:the )?year(?![a-z])|(?<![a-z])(?:in )?(?:which|what) calendar months?(?![a-z])|(?:全年度|全年|年度|全期間)?(?:合算|通算)(?:した|で|の)?月別|月別\s*[（(]\s*(?:全年度|全年|各年度|年度|全期間)?(?:合算|通算)\s*[）)]|(?<![0-9０-９一二三四五六七八九十])何月(?![何0-9０-９])/g],
  ['month', /by months?|per month|each month|monthly|month[- ]by[- ]month|which months?(?![a-z])|月別|月ごと|月毎|各月|月次|どの月/g],
  ['fiscal_quarter', /(?:fiscal )?quarters? (?:breakdown|split)|by (?:fiscal )?quarters?(?![a-z])|per (?:fiscal )?quarter|each (?:fiscal )?quarter|every quarter|quarterly|quarter[- ]by[- ]quarter|(?:in )?which quarters?(?![a-z])|四半期別|四半期ごと|四半期毎|各四半期|どの四半期/g],
  ['weekday', /by (?:the )?days? of (?:the )?week|by weekdays?|weekday (?:breakdown|split)|(?:breakdown|split) by weekday|per weekday|each weekday|each day of the week|days? of (?:the )?week breakdown|(?:on )?which days? of (?:the )?week|(?:on )?which weekdays?|曜日別|曜日ごと|曜日毎|各曜日|どの曜日|何曜日/g],
  ['activity_type', /by (?:activity )?types?|(?:for |per )?each activity type|per activity type|by categor(?:y|ies)|(?:per|each) categor(?:y|ies)|by kinds?|per type|each type|which (?:types?|kinds?)(?: of (?:activit(?:y|ies)|events?))?|what (?:types?|kinds?) of (?:activit(?:y|ies)|events?)|種類別|分野別|種別|事業分野別|(?:事業)?分類別|(?:事業)?分類ごと|(?:事業)?分類毎|各分類|カテゴリー?別|類型別|どの(?:種類|分野|分類)|種類ごと|分野ごと/g],
  ['theme', /(?:split|spread|divided|broken down) (?:across|among) (?:the )?(?:different )?themes|themes? (?:breakdown|split)|by themes?|per theme|each theme|which themes?|テーマ別|テーマごと|どのテーマ/g],
  ['format', /formats? (?:breakdown|split)|by formats?|per format|each format|which formats?|形式別|開催形式別|形式ごと|(?:実施|開催)?形態別|(?:実施|開催)?形態ごと|(?:実施|開催)?形態毎|どの(?:形式|形態)/g],
  ['city', /(?:city|cities) (?:breakdown|split)|by cit(?:y|ies)(?![a-z])|per city|each city|city[- ]by[- ]city|(?:in )?which cit(?:y|ies)(?![a-z])|都市別|都市ごと|都市毎|各都市|どの都市/g],
]

export const DIMENSION_NOUNS: readonly [GroupBy, string][] = [
  ['state', '(?<![a-z])states?(?![a-z])|州'],
  ['office', '(?<![a-z])(?:offices?|consulates?|missions?)(?![a-z])|公館|総領事館|在外公館'],
  ['region', '(?<![a-z])regions?(?![a-z])|地域'],
  ['theme', '(?<![a-z])themes?(?![a-z])|テーマ'],
  ['activity_type', '(?<![a-z])(?:types?|categor(?:y|ies)|kinds?)(?![a-z])|種類|分野|分類'],
  ['format', '(?<![a-z])formats?(?![a-z])|形式|形態'],
  ['month_of_year', '(?<![a-z])(?:calendar )?months? of (?:the )?year(?![a-z])'],
  // 月 alone, not a date's (12月, 今月, 毎月, 何か月) nor 月別 (a cue, read before)
  ['month', '(?<![a-z])months?(?![a-z])|(?<![0-9０-９一二三四五六七八九十今先来前翌毎各何かヶカケ箇個])月(?![0-9０-９日間末初頭半曜])'],
  ['fiscal_quarter', '(?<![a-z])(?:fiscal )?quarters?(?![a-z])|四半期'],
  ['weekday', '(?<![a-z])(?:weekdays?|days? of (?:the )?week)(?![a-z])|(?<![月火水木金土日])曜日'],
  ['fiscal_year', '(?<![a-z])(?:fiscal )?years?(?![a-z])|年度'],
  ['city', '(?<![a-z])cit(?:y|ies)(?![a-z])|都市'],
]

const NEAR_AFTER: readonly [GroupBy, RegExp][] = DIMENSION_NOUNS.map(([g, noun]) => [g, new RegExp(`^\\s*(?:の\\s*)?(?:the\\s+)?(?:${noun})`)])
const NEAR_BEFORE: readonly [GroupBy, RegExp][] = DIMENSION_NOUNS.map(([g, noun]) => [g, new RegExp(`(?:${noun})\\s*(?:の|by)?\\s*$`)])
const ANYWHERE: readonly [GroupBy, RegExp][] = DIMENSION_NOUNS.map(([g, noun]) => [g, new RegExp(noun)])

/**
 * The dimension named right next to a "top N" ("top 5 states", "上位5州", "州トップ5", "トップ3の公館"); its
 * noun is consumed (used).
 */
export function dimensionNear(scan: Scan, m: Match): GroupBy | null {
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
export function firstDimension(scan: Scan): GroupBy | undefined {
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

/** The dimensions a ranked cell of a two-way breakdown takes (crosstab.ts), with their nouns. */
const CELL_NOUNS: readonly [GroupBy, string][] = [
  ['office', '(?:offices?|consulates?|missions?)(?![a-z])|在外公館|総領事館|公館'],
  ['fiscal_year', '(?:fiscal[- ]years?|fys?)(?![a-z])|年度'],
  ['region', '(?:census )?regions?(?![a-z])|地域'],
  ['format', '(?:formats?)(?![a-z])|形式|形態'],
  ['theme', '(?:themes?)(?![a-z])|テーマ'],
  ['activity_type', '(?:activity types?|types?)(?![a-z])|種類|分類'],
]
const CELL_NOUN = CELL_NOUNS.map(([, n]) => `(${n})`).join('|')
const dimOf = (groups: (string | undefined)[]): GroupBy | undefined => CELL_NOUNS[groups.findIndex((x) => x !== undefined)]?.[0]

/** "which office and fiscal year combination", "the office × FY pair", 公館と年度の組合せ */
const CELL_PAIR = new RegExp(
  `(?<![a-z])(?:(?:which|what)\\s+(?:(?:the|an?)\\s+)?)?(?:${CELL_NOUN})\\s*(?:and|&|/|×|x|-|と|・)\\s*(?:the\\s+)?(?:${CELL_NOUN})\\s*(?:の\\s*)?(?:combinations?|pairs?|pairings?|cells?|組み?合わ?せ)(?![a-z])`,
  'g',
)
/**
 * A two-way table named by its two dimensions: "office x format", 年度×形式, "region by fiscal year" after a
 * word of a table and a colon ("table of event counts: region by fiscal year") or before one, 年度と形式のクロス集計 (joined by と/・/and only before a word of a
 * table). Each noun is a breakdown cue of its dimension (crosstabAsked then reads the two).
 */
const TABLE_WORD = String.raw`(?:の\s*)?(?:クロス集計|クロス表|クロス|表|マトリクス|マトリックス)|\s*(?:cross-?tab(?:ulation)?s?|crosstabs?|tables?|matrix|grid)(?![a-z])`
const CROSS_PAIR = new RegExp(
  `(?<![a-z])(?:${CELL_NOUN})\\s*(?:×|✕|x|\\*)\\s*(?:${CELL_NOUN})(?:${TABLE_WORD})?|(?<=(?:tables?|matrix|grid|cross-?tab\\w*)[^?.!]{0,40}[:：]\\s*)(?:${CELL_NOUN})\\s+by\\s+(?:${CELL_NOUN})(?:${TABLE_WORD})?(?=\\s*(?:$|[,.?!;:、。？（(]))|(?<![a-z])(?:${CELL_NOUN})\\s+by\\s+(?:${CELL_NOUN})(?:${TABLE_WORD})|(?<![a-z])(?:${CELL_NOUN})\\s*(?:and|&|/|と|・)\\s*(?:${CELL_NOUN})(?:${TABLE_WORD})`,
  'g',
)

/** The two dimensions of a table named by them ("office x format", 年度×形式), each with its noun's span. */
export function takeCrossPairs(scan: Scan): { groupBy: GroupBy; span: Span }[] {
  const out: { groupBy: GroupBy; span: Span }[] = []
  for (const m of scan.take(CROSS_PAIR, { keep: true })) {
    const nouns = [...m.text.matchAll(new RegExp(CELL_NOUN, 'g'))]
    const dims = nouns.map((n) => dimOf(n.slice(1)))
    const [a, b] = dims
    if (nouns.length !== 2 || a === undefined || b === undefined || a === b) continue
    for (const [i, n] of nouns.entries()) {
      const start = m.start + (n.index ?? 0)
      out.push({ groupBy: dims[i]!, span: { start, end: start + n[0].length } })
    }
    scan.consume(m.start, m.end)
  }
  return out
}

/** "the combination of office and fiscal year" */
const CELL_PAIR_OF = new RegExp(`(?<![a-z])(?:combinations?|pairs?|pairings?)\\s+of\\s+(?:the\\s+)?(?:${CELL_NOUN})\\s+and\\s+(?:the\\s+)?(?:${CELL_NOUN})`, 'g')
/** "in a single fiscal year", "in any one FY", 単年度で, 1年度で: the other dimension ranked within one fiscal year */
const SINGLE_FY = /(?<![a-z])(?:in|within|during)\s+(?:a|any|one)\s+(?:single\s+|one\s+)?(?:fiscal[- ]year|fy)(?![a-z])|単年度(?:で|に|の|当たり|あたり)?|単一(?:の)?年度(?:で|に|の)?|(?<![a-z0-9０-９和成])(?:1|１|一)(?:つの)?年度(?:で|に|の中で|のうちに)/g

/**
 * A ranked cell of a two-way breakdown named as such: the pair of dimensions ("which office and fiscal year
 * combination had the most events", 公館と年度の組合せ), or "in a single fiscal year" / 単年度で beside a
 * ranked dimension named apart ("which office had the most events in a single fiscal year"). The words are
 * consumed; `dims` lists the dimensions these words name in the order written (one for the single-fiscal-year
 * form: the fiscal year). Undefined when none is found (a bare "by office and fiscal year" is a cue).
 */
export function takeCell(scan: Scan): { dims: GroupBy[]; spans: { start: number; end: number }[] } | undefined {
  for (const re of [CELL_PAIR, CELL_PAIR_OF]) {
    const m = scan.take(re, { keep: true })[0]
    if (!m) continue
    const g = new RegExp(re.source).exec(m.text)
    if (!g) continue
    const n = CELL_NOUNS.length
    const a = dimOf(g.slice(1, 1 + n))
    const b = dimOf(g.slice(1 + n, 1 + 2 * n))
    if (a === undefined || b === undefined || a === b) return undefined
    scan.consume(m.start, m.end)
    return { dims: [a, b], spans: [{ start: m.start, end: m.end }] }
  }
  const one = scan.take(SINGLE_FY)[0]
  if (one) return { dims: ['fiscal_year'], spans: [{ start: one.start, end: one.end }] }
  return undefined
}
