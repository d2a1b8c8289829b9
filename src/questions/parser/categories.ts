// Recognisers for the best-practice categories (BestPracticeCategory, edited by an administrator) and for
// ongoing programmes (Event.ongoing). The categories are data: the parser is given the current table
// (ParseOptions.categories, read by the ask path) and reads their names from it, deterministically for a
// given table. Without a table no category is read (its words are then named as unused, no figure given).
//
// A category is read from its Japanese or English name as recorded, or from a short form derived from it
// (categoryPhrases): without the generic head or tail ("Activities under …", 「…を踏まえた事業」), without a
// version number (行動計画, "action plan"), the words in quotes (新しい資本主義, "new capitalism"), without a
// trailing 国家構想 / "nation vision" (デジタル田園都市, "digital garden city"). A short form shared by two
// categories reads as neither. A name is read only with a category cue in the question (分類, カテゴリ,
// "category", "filed under", "classified as") or, for a name no other filter reads, next to a best-practice
// word: 「総領事館が所在しない地域での事業」 alone stays the filter "states without a consulate".
import type { BestPracticeCategory } from '../../domain/best-practice-category.ts'
import { normalizeText } from '../../domain/text.ts'
import { PhraseTable, asciiLower, type Scan } from './scan.ts'
import type { Span } from './unused.ts'

/** The category table the parser reads names from (codes and names, as `grassroots best-practice-categories list` shows). */
export type CategoryTable = readonly Pick<BestPracticeCategory, 'code' | 'nameJa' | 'nameEn'>[]

const CATEGORY_CUE =
  /(?<![a-z])(?:(?:best[- ]practice\s+)?categor(?:y|ies)|(?:classified|categori[sz]ed|filed|listed)(?:\s+(?:under|as|in))?|(?:falls?|fell|fallen|comes?|came) under)(?![a-z])|に分類(?:され(?:た|る|ている)|した)?|(?:の)?分類|カテゴリー?/g
/**
 * The cues that name the best practices' categories only: 分類 (the report's word), カテゴリ (the form's),
 * "filed under", "classified", "best-practice category". "category" alone is also a theme's noun ("the climate
 * category"), so a name that is also a theme's (新しい資本主義, デジタル田園都市) is a category only with these.
 */
const STRONG_CUE =
  /(?<![a-z])(?:best[- ]practice\s+categor(?:y|ies)|(?:classified|categori[sz]ed|filed|listed)(?:\s+(?:under|as|in))?|(?:falls?|fell|fallen|comes?|came) under|under\s+(?:the\s+)?(?:[^\s]+\s+){1,8}?categor(?:y|ies))(?![a-z])|分類|カテゴリ/

/** Short forms below this length (characters) are too generic to read as a category. */
const MIN_SHORT = 4

const strip = (s: string, re: RegExp) => s.replace(re, '').trim()

/** The names and short forms of one category, lower-cased and normalised as questions are. */
export function categoryNames(c: Pick<BestPracticeCategory, 'nameJa' | 'nameEn'>): string[] {
  const out = new Set<string>()
  const add = (s: string) => {
    const n = asciiLower(normalizeText(s)).trim()
    if (n.length >= MIN_SHORT) out.add(n)
  }
  const ja = normalizeText(c.nameJa)
  const en = asciiLower(normalizeText(c.nameEn))
  add(ja)
  add(en)
  // Japanese: without quotes and the generic tail; the quoted words; without the version; without 国家構想
  const jaBare = ja.replace(/[「」『』"“”]/gu, '')
  const jaCore = strip(jaBare, /(?:を踏まえた|に関する|に係る|に関わる|における|での|の)?(?:事業|取組み?|取り組み|案件|活動)$/u)
  for (const s of [jaBare, jaCore, strip(jaCore, /\s*\d+(?:\.\d+)*$/u), strip(jaCore, /の?(?:経済政策|政策)$/u), strip(jaCore, /(?:国家)?構想$/u)]) add(s)
  for (const m of ja.matchAll(/[「『"“]([^」』"”]{2,40})[」』"”]/gu)) add(m[1] ?? '')
  // English: without quotes and the generic head; the quoted words; without the version; without "nation vision"
  const enBare = en.replace(/["“”]/g, '')
  const enCore = strip(enBare, /^(?:activities|events|projects|programmes|programs|initiatives)\s+(?:under|on|in|for|of|related to|based on|regarding)\s+(?:the\s+)?/)
  for (const s of [enBare, enCore, strip(enCore, /\s*\d+(?:\.\d+)*$/), strip(enCore, /^(?:the\s+)?economic policy of\s+(?:the\s+)?/), strip(enCore, /\s+(?:nation\s+)?vision$/)]) add(s)
  for (const m of en.matchAll(/["“]([^"”]{2,40})["”]/g)) add(m[1] ?? '')
  return [...out]
}

const WORDS = new WeakMap<CategoryTable, ReadonlySet<string>>()

/** The English words of the categories' names and short forms, which the typo corrector leaves as written. */
export function categoryWords(categories: CategoryTable | undefined): ReadonlySet<string> | undefined {
  if (categories === undefined) return undefined
  const cached = WORDS.get(categories)
  if (cached) return cached
  const words = new Set(categories.flatMap((c) => categoryNames(c).flatMap((n) => n.match(/[a-z]{5,}/g) ?? [])))
  WORDS.set(categories, words)
  return words
}

const TABLES = new WeakMap<CategoryTable, PhraseTable<string>>()

/** A category's code as the list command shows it ("no-consulate"), and with spaces ("no consulate"). */
function codeNames(code: string): string[] {
  if (code.length < MIN_SHORT || !/[a-z]/.test(code)) return []
  return [...new Set([code, code.replace(/[-_]/g, ' ')])]
}

/** The phrase table of a category table: every name and short form, those shared by two categories left out. */
function phraseTableOf(categories: CategoryTable): PhraseTable<string> {
  const cached = TABLES.get(categories)
  if (cached) return cached
  const owners = new Map<string, Set<string>>()
  for (const c of categories) for (const n of [...categoryNames(c), ...codeNames(c.code)]) owners.set(n, (owners.get(n) ?? new Set()).add(c.code))
  const entries = [...owners].filter(([, codes]) => codes.size === 1).map(([n, codes]) => [n, [...codes][0] ?? ''] as const)
  const table = new PhraseTable<string>(entries)
  TABLES.set(categories, table)
  return table
}

/**
 * The categories named in the question (codes, in the order named), their names and cue consumed. `bestPractice`:
 * the question has a best-practice word; `otherFilter`: a name another filter reads (states without a
 * consulate), read as a category only with a cue.
 */
export function takeBestPracticeCategories(
  scan: Scan,
  categories: CategoryTable | undefined,
  options: { bestPractice: boolean; otherFilter: RegExp; theme: RegExp },
): { codes: string[]; spans: Span[] } {
  if (categories === undefined || categories.length === 0) return { codes: [], spans: [] }
  const table = phraseTableOf(categories)
  const cue = new RegExp(CATEGORY_CUE.source).test(scan.lower)
  const strong = STRONG_CUE.test(scan.lower)
  const codes: string[] = []
  const spans: Span[] = []
  table.takeAll(scan, (m, code) => {
    // a name another filter reads (states without a consulate) needs a cue; one that is also a theme's, a strong one
    const other = new RegExp(options.otherFilter.source).test(m.text)
    const theme = new RegExp(options.theme.source, 'u').test(m.text)
    if (theme ? !strong : !cue && !(options.bestPractice && !other)) return false
    if (!codes.includes(code)) codes.push(code)
    // "best practices (that fall) under Action Plan 2.0": the preposition belongs to the name
    const under = /(?<![a-z])(?:(?:falls?|fell|fallen|comes?|came)\s+)?under\s+(?:the\s+)?$/.exec(scan.lower.slice(0, m.start))
    // 「新しい資本主義」, "New Capitalism": the quotes around the name are its own
    const quoted = /[「『"“]$/u.test(scan.lower.slice(0, m.start)) && /^[」』"”]/u.test(scan.lower.slice(m.end))
    spans.push({ start: under ? under.index : m.start - (quoted ? 1 : 0), end: m.end + (quoted ? 1 : 0) })
    return true
  })
  for (const sp of spans) scan.consume(sp.start, sp.end)
  if (codes.length > 0) for (const m of scan.take(CATEGORY_CUE)) spans.push({ start: m.start, end: m.end })
  return { codes, spans }
}

// "ongoing programmes", 継続中の事業: the programme noun is left to the metric reader (events); 継続中のプログラム
// takes its noun (プログラム is no events word elsewhere)
const ONGOING =
  /(?<![a-z])(?:ongoing|continuing|multi[- ]?year)(?:\s+(?:ongoing|continuing|multi[- ]?year))?(?=\s+(?:programmes?|programs?|projects?|events?|activities|initiatives?|best[- ]?practices?)(?![a-z]))|(?<=(?:programmes?|programs?|projects?|events?|activities|initiatives?|best[- ]?practices?)\s+)(?:that are |which are )?(?:still )?(?:ongoing|continuing)(?![a-z])|(?:複数年度?(?:に(?:わた|またが)(?:って|る|り)|の)?)?継続中の?(?:複数年度?の?)?(?:プログラム(?![\u30a0-\u30ff])|(?=事業|案件|取組|取り組み|イベント|ベストプラクティス))|継続(?=事業|案件|プログラム)|継続して(?:いる|実施している|実施中の)(?=事業|プログラム|案件)|複数年度にわたる(?=事業|プログラム|案件)/g

/** "ongoing programmes", 継続中の事業 (Event.ongoing = true), consumed. */
export function takeOngoing(scan: Scan): boolean {
  return scan.take(ONGOING).length > 0
}
