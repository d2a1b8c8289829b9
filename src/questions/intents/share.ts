// Intent "share": a part over a whole, as a percentage with both counts ("12 of 88 events, 13.6%"). The whole
// is the events (or their participants) matching `filters`; the part is those that also match `condition`
// (割合, 比率, 何割, "what share of FY2021 events were online"). For states the whole is the states the
// question is about (the 50, or those of its state/region filters) and the part those with an event
// matching the filters and the condition (網羅率, "what fraction of states did we cover"). With `groupBy`
// (events and participants only), the same share within each group as well (公館別のオンライン比率, "what share
// of each office's events were online"): each group's part over its own whole; ranked by share with `top`
// (the N highest shares, "which office had the highest share of online events", オンライン比率が最も高い公館)
// or `fewest` (the lowest first, among groups with an event), groups tied with the Nth share shown as well.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { breakdown, CHRONOLOGICAL } from '../execute/breakdown.ts'
import { scalarFigure } from '../execute/figures.ts'
import { textTable } from '../numbers.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatPercent } from '../../i18n/format.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, groupBySchema, type Filters, type GroupBy } from '../slots.ts'
import { scopeOf as scopeNames } from '../wording/shared.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { percentOf, wariJa } from './ratio-shared.ts'
import { describePeriod, statesAskedAbout } from './shared.ts'

/** What a share counts: events, their participants, or states (of the 50). */
export const shareOfSchema = z.enum(['events', 'participants', 'states'])
export type ShareOf = z.infer<typeof shareOfSchema>

/** The part's own filters: any filter but the period (the part and the whole share one period). */
export const conditionSchema = filtersSchema.omit({ period: true })
export type Condition = z.infer<typeof conditionSchema>

const CONDITION_KEYS = ['states', 'regions', 'offices', 'types', 'themes', 'formats', 'bestPractice', 'withoutOffice', 'days', 'weekdays', 'costRecorded', 'cost', 'partnerCount', 'summaryRecorded', 'endDateRecorded', 'titleEnRecorded', 'titleJaRecorded', 'stateCount', 'participantCount', 'withoutTheme', 'withoutPartner', 'withoutCity', 'outsideJurisdiction', 'outsideHostState', 'city', 'cities', 'text', 'partner', 'exclude', 'months', 'themeCount'] as const

/** The filters a condition sets (an empty list or an absent key sets none). */
export function conditionKeys(c: Condition | undefined): Array<(typeof CONDITION_KEYS)[number]> {
  if (c === undefined) return []
  return CONDITION_KEYS.filter((k) => {
    const v = c[k]
    return Array.isArray(v) ? v.length > 0 : v !== undefined
  })
}

/** The condition keys that name a breakdown's own dimension. */
const GROUP_FILTERS: Partial<Record<GroupBy, readonly string[]>> = {
  state: ['states', 'regions', 'withoutOffice'],
  region: ['states', 'regions', 'withoutOffice'],
  office: ['offices'],
  activity_type: ['types'],
  theme: ['themes'],
  format: ['formats'],
}

/**
 * A share: `condition` is required for events and participants (the part must be narrower than the whole)
 * and sets no filter that `filters` sets too (the part is the whole's filters AND the condition's).
 */
export const shareQuerySchema = z
  .object({
    intent: z.literal('share'),
    of: shareOfSchema,
    filters: filtersSchema,
    condition: conditionSchema.optional(),
    /** The question asked in 割 (何割): the Japanese answer gives the 割 after the percentage. */
    wari: z.boolean().optional(),
    /** The share within each group too (events and participants only): each group's part over its own whole. */
    groupBy: groupBySchema.optional(),
    /** With groupBy: only the N groups with the highest share (the lowest with `fewest`), ties with the Nth kept. */
    top: z.number().int().min(1).max(100).optional(),
    /** With groupBy: ranked from the lowest share (groups with no event left out). */
    fewest: z.literal(true).optional(),
  })
  .superRefine((q, ctx) => {
    const keys = conditionKeys(q.condition)
    if (q.of !== 'states' && keys.length === 0) ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a share of events or participants needs a condition' })
    const whole = conditionKeys(q.filters)
    for (const k of keys) if (whole.includes(k)) ctx.addIssue({ code: 'custom', path: ['condition', k], message: `${k} is set in both filters and condition` })
    if (q.groupBy !== undefined && q.of === 'states') ctx.addIssue({ code: 'custom', path: ['groupBy'], message: 'a share of states has no breakdown' })
    if (q.groupBy === undefined && (q.top !== undefined || q.fewest !== undefined)) ctx.addIssue({ code: 'custom', path: ['top'], message: 'a ranking of shares needs groupBy' })
    // the condition cannot be the grouping's own dimension ("share of each office's events that were Chicago's")
    const own = q.groupBy === undefined ? [] : (GROUP_FILTERS[q.groupBy] ?? [])
    for (const k of keys) if (own.includes(k)) ctx.addIssue({ code: 'custom', path: ['condition', k], message: `${k} is the breakdown's own dimension` })
  })
export type ShareQuery = z.infer<typeof shareQuerySchema>

export interface ShareResult extends ResultBase<ShareQuery> {
  kind: 'share'
  of: ShareOf
  period: ResolvedPeriod
  /** The part's count (events, participants or states) and the whole's. */
  part: number
  whole: number
  /** part ÷ whole × 100, one decimal; null when the whole is 0. */
  percent: number | null
  /** Events the part and the whole matched (for states: the events behind the states covered). */
  partEvents: number
  /**
   * With groupBy: the share within each group (its part over its own whole), groups in the breakdown's order
   * (chronological ones in order, the others by share, largest first); groups with no matched event are listed
   * with a null percent. An event in several states, regions or themes counts in each of them.
   */
  rows?: ShareRow[]
}

/** One group's share: its part, its whole and part ÷ whole × 100 (one decimal; null when the whole is 0). */
export interface ShareRow {
  key: string
  part: number
  whole: number
  percent: number | null
}

/** The part's filters: the whole's and the condition's together. */
export function partFilters(q: ShareQuery): Filters {
  return { ...q.filters, ...(q.condition ?? {}) }
}

async function execute(db: Db, query: ShareQuery, ctx: ExecuteContext): Promise<ShareResult> {
  const { filters, notes, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const partScope = scopeOf(partFilters(query), period, ctx.asOf)
  const wholeScope = scopeOf(query.filters, period, ctx.asOf)
  const base = { kind: 'share' as const, query, filters, notes, of: query.of, period }
  if (query.of === 'states') {
    const [part, whole] = await Promise.all([scalarFigure(db, 'states_covered', partScope), scalarFigure(db, 'events', wholeScope)])
    const outOf = statesAskedAbout({ query, filters, notes, matchedEvents: 0 })
    dcNote(part.dcEvents)
    const covered = part.value ?? 0
    return { ...base, part: covered, whole: outOf, percent: percentOf(covered, outOf), partEvents: part.events, matchedEvents: whole.events }
  }
  const metric = query.of === 'participants' ? 'participants' : 'events'
  const [part, whole] = await Promise.all([scalarFigure(db, metric, partScope), scalarFigure(db, metric, wholeScope)])
  const p = part.value ?? 0
  const w = whole.value ?? 0
  const rows = query.groupBy === undefined ? undefined : await shareRows(db, { query, groupBy: query.groupBy, period, ctx })
  return { ...base, part: p, whole: w, percent: percentOf(p, w), partEvents: part.events, matchedEvents: whole.events, ...(rows ? { rows } : {}) }
}

/**
 * Each group's share: the breakdown of the whole (the question's filters) and of the part (with the
 * condition) over the same groups — the whole's groups; a group the part has no row for has a part of 0.
 */
async function shareRows(db: Db, options: { query: ShareQuery; groupBy: GroupBy; period: ResolvedPeriod; ctx: ExecuteContext }): Promise<ShareRow[]> {
  const { query, groupBy, period, ctx } = options
  const metric = query.of === 'participants' ? 'participants' : 'events'
  const run = (filters: Filters) =>
    breakdown(db, { query: { metric, groupBy, filters }, period, scope: scopeOf(filters, period, ctx.asOf), stateScope: ctx.stateScope })
  const [part, whole] = await Promise.all([run(partFilters(query)), run(query.filters)])
  const partOf = new Map(part.rows.map((r) => [r.key, r.value ?? 0]))
  const rows = whole.rows.map((r): ShareRow => {
    const w = r.value ?? 0
    const p = partOf.get(r.key) ?? 0
    return { key: r.key, part: p, whole: w, percent: percentOf(p, w) }
  })
  if (query.top !== undefined || query.fewest) return rankedShares(rows, query.top, query.fewest === true)
  if (CHRONOLOGICAL.includes(groupBy) || groupBy === 'weekday' || groupBy === 'month_of_year') return rows
  return rows.sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || b.whole - a.whole || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** part ÷ whole compared exactly (cross-multiplied integers): negative when a's share is the smaller. */
function compareShares(a: ShareRow, b: ShareRow): number {
  return a.part * b.whole - b.part * a.whole
}

/**
 * The groups ranked by share (exact fractions, not the rounded percentages): highest first, or lowest first
 * with `fewest`; groups with no event (no share) left out; with `top`, the first N and every group whose
 * share equals the Nth's (ties shown). Equal shares: the larger whole first, then the key.
 */
export function rankedShares(rows: readonly ShareRow[], top: number | undefined, fewest: boolean): ShareRow[] {
  const sorted = rows
    .filter((r) => r.whole > 0)
    .sort((a, b) => (fewest ? compareShares(a, b) : compareShares(b, a)) || b.whole - a.whole || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const cut = top === undefined ? undefined : sorted[top - 1]
  if (top === undefined || cut === undefined) return sorted
  return sorted.filter((r, i) => i < top || compareShares(r, cut) === 0)
}

/** The ranking of a share breakdown in words: "highest share, top 1 (ties shown)" / 「割合の高い順・上位1（同率を含む）」. */
export function rankWords(q: Pick<ShareQuery, 'top' | 'fewest'>, lang: Lang): string | undefined {
  if (q.top === undefined && !q.fewest) return undefined
  return SHARE_TEXT[lang].rank(q)
}

const ordinal = (n: number): string => (n % 10 === 1 && n % 100 !== 11 ? `${n}st` : n % 10 === 2 && n % 100 !== 12 ? `${n}nd` : n % 10 === 3 && n % 100 !== 13 ? `${n}rd` : `${n}th`)

/** The condition named as the headline names filters: "format: Online" / 実施形態「オンライン」. */
export function conditionName(c: Condition | undefined, lang: Lang): string {
  const s = scopeNames(c ? { period: { kind: 'all' }, ...c } : undefined, lang, true)
  const parts = [...(s.offices ? [s.offices] : []), ...s.places, ...s.kinds]
  return parts.join(SHARE_TEXT[lang].conditionSeparator)
}

type ShareHead = { r: ShareResult; w: Wording; groupBy: GroupBy; cond: string; rank: string | undefined; overall: string; unit: 'participants' | 'events' }

const SHARE_TEXT: Record<Lang, {
  rank: (q: Pick<ShareQuery, 'top' | 'fewest'>) => string
  conditionSeparator: string
  head: (h: ShareHead) => string
  noShare: (of: ShareResult['of']) => string
  share: (row: ShareRow, percent: number, w: Wording, unit: 'participants' | 'events') => string
}> = {
  en: {
    rank: (q) => {
      const dir = q.fewest ? 'lowest share first (groups with no event left out)' : 'highest share first'
      return q.top === undefined ? `ranked by share, ${dir}` : `ranked by share, ${dir}, ${q.fewest ? 'bottom' : 'top'} ${q.top} (groups tied with the ${ordinal(q.top)} shown too)`
    },
    conditionSeparator: '; ',
    head: ({ r, w, groupBy, cond, rank, overall, unit }) =>
      `Share of ${r.of === 'participants' ? 'participants at events' : 'events'} matching “${cond}” by ${w.groupBy(groupBy)}${w.scopePhrase(r.filters)} ${w.periodIn(r.period)}${rank ? `, ${rank}` : ''} (overall ${overall}: ${formatNumber(r.part)} of ${w.count(r.whole, unit)}):`,
    noShare: (of) => (of === 'participants' ? '– (no participants)' : '– (no events)'),
    share: (row, percent) => `${pct1(percent)} (${formatNumber(row.part)} of ${formatNumber(row.whole)})`,
  },
  ja: {
    rank: (q) => {
      const dir = q.fewest ? '割合の低い順（事業のないグループを除く）' : '割合の高い順'
      return q.top === undefined ? dir : `${dir}・${q.fewest ? '下位' : '上位'}${q.top}（同率のものを含む）`
    },
    conditionSeparator: '・',
    head: ({ r, w, groupBy, cond, rank, overall, unit }) =>
      `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}${w.groupBy(groupBy)}別の${cond}の割合${rank ? `・${rank}` : ''}（${r.of === 'participants' ? '延べ参加者数' : '件数'}、全体では${w.count(r.whole, unit)}中${w.count(r.part, unit)}、${overall}）：`,
    noShare: () => '–（該当なし）',
    share: (row, percent, w, unit) => `${pct1(percent)}（${w.count(row.whole, unit)}中${w.count(row.part, unit)}）`,
  },
}

/** A percentage as the answer writes it: always one decimal (70.0%, 13.6%). */
const pct1 = (p: number) => formatPercent(p)

/** A share per group: the head with the overall share, one row per group, the overlap note. */
function rowsText(r: ShareResult, rows: ShareRow[], groupBy: GroupBy, w: Wording, lang: Lang): string {
  const cond = conditionName(r.query.condition, lang)
  const unit = r.of === 'participants' ? 'participants' : 'events'
  const overall = r.percent === null ? '–' : pct1(r.percent)
  const rank = rankWords(r.query, lang)
  const T = SHARE_TEXT[lang]
  const head = T.head({ r, w, groupBy, cond, rank, overall, unit })
  const cells = rows.map((row): [string, string] => [w.groupKey(groupBy, row.key), row.percent === null ? T.noShare(r.of) : T.share(row, row.percent, w, unit)])
  const sum = rows.reduce((n, row) => n + row.whole, 0)
  const overlap = ['state', 'region', 'theme'].includes(groupBy) && sum > r.whole ? [w.overlap(r.of === 'participants' ? 'participants' : 'events', r.whole, groupBy)] : []
  return [head, textTable(cells), ...overlap].join('\n')
}

const TEXT: Record<Lang, (r: ShareResult, w: Wording) => string> = {
  en: (r, w) => {
    if (r.rows !== undefined && r.query.groupBy !== undefined && r.matchedEvents > 0) return rowsText(r, r.rows, r.query.groupBy, w, 'en')
    const when = w.periodIn(r.period)
    const scope = w.scopePhrase(r.filters)
    if (r.of === 'states') {
      if (r.percent === null) return `No state is asked about${scope}, so there is no share.`
      const cond = conditionName(r.query.condition, 'en')
      const withWhat = cond === '' ? 'an event' : `an event (${cond})`
      return `${pct1(r.percent ?? 0)} of the states: ${formatNumber(r.part)} of the ${r.whole} states${scope} had ${withWhat} ${when}.`
    }
    const cond = conditionName(r.query.condition, 'en')
    const unit = r.of === 'participants' ? 'participants' : 'events'
    if (r.percent === null) return `No ${unit === 'events' ? 'events' : 'participants'} matched${scope} ${when}, so there is no share.`
    const what = r.of === 'participants' ? `were at events matching “${cond}”` : `match “${cond}”`
    return `${pct1(r.percent)} of the ${unit}${scope} ${when} ${what}: ${formatNumber(r.part)} of ${w.count(r.whole, unit)}.`
  },
  ja: (r, w) => {
    if (r.rows !== undefined && r.query.groupBy !== undefined && r.matchedEvents > 0) return rowsText(r, r.rows, r.query.groupBy, w, 'ja')
    const cond = conditionName(r.query.condition, 'ja')
    const pct = r.percent === null ? '' : `${pct1(r.percent)}${r.query.wari ? wariJa(r.percent) : ''}`
    if (r.of === 'states') {
      if (r.percent === null) return '対象となる州がないため、割合は算出できません。'
      const what = cond === '' ? '' : `${cond}の`
      const of = r.whole === 50 ? '全50州' : `対象の${r.whole}州`
      return `${w.periodIn(r.period)}${what}事業を実施した州は${of}のうち${formatNumber(r.part)}州で、割合は${pct}です。`
    }
    const head = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}`
    if (r.percent === null) return `${head}該当する事業がないため、割合は算出できません。`
    if (r.of === 'participants') {
      return `${head}延べ参加者数${w.count(r.whole, 'participants')}のうち、${cond}に該当する事業の参加者は${w.count(r.part, 'participants')}で、割合は${pct}です。`
    }
    return `${head}事業${w.count(r.whole, 'events')}のうち、${cond}に該当するものは${w.count(r.part, 'events')}で、割合は${pct}です。`
  },
}

/** The interpretation's first part: the numerator and the denominator in words. */
const WHAT: Record<Lang, (of: ShareOf, cond: string, outOf: number) => string> = {
  en: (of, cond, outOf) =>
    of === 'states'
      ? `share of states = states with an event${cond ? ` (${cond})` : ''} ÷ the ${outOf} states asked about (DC not a state)`
      : of === 'participants'
        ? `share of participants = participants at events matching “${cond}” ÷ all participants counted`
        : `share of events = events matching “${cond}” ÷ all events counted`,
  ja: (of, cond, outOf) =>
    of === 'states'
      ? `州の割合＝${cond ? `${cond}の` : ''}事業を実施した州の数÷対象の${outOf}州（DCは州に含めない）`
      : of === 'participants'
        ? `参加者の割合＝${cond}に該当する事業の延べ参加者数÷集計対象の延べ参加者数`
        : `件数の割合＝${cond}に該当する件数÷集計対象の件数`,
}

/** The breakdown of a share, for the interpretation line: each group's part over its own whole. */
const GROUPED: Record<Lang, (by: string) => string> = {
  en: (by) => `${by}: each group's part ÷ that group's own whole`,
  ja: (by) => `${by}（各グループ内の割合）`,
}

const QUESTION: Record<Lang, (q: ShareQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => {
    const cond = conditionName(q.condition, 'en')
    if (q.of === 'states') return `What share of the states${w.scopePhrase(q.filters)} had an event${cond ? ` (${cond})` : ''} ${w.periodIn(p)}?`
    const rank = rankWords(q, 'en')
    const by = q.groupBy === undefined ? '' : `, ${w.breakdownBy(q.groupBy, { top: null, fewest: false })}${rank ? `, ${rank}` : ''}`
    return `What share of the ${q.of}${w.scopePhrase(q.filters)} ${w.periodIn(p)} ${q.of === 'participants' ? 'were at events matching' : 'match'} “${cond}”${by}?`
  },
  ja: (q, w, p) => {
    const cond = conditionName(q.condition, 'ja')
    if (q.of === 'states') return `${w.periodIn(p)}${cond ? `${cond}の` : ''}事業を実施した州の割合は？`
    const by = q.groupBy === undefined ? '' : `${w.groupBy(q.groupBy)}別の`
    const rank = rankWords(q, 'ja')
    return `${w.periodOf(p)}${w.scopePhrase(q.filters)}${q.of === 'participants' ? '延べ参加者数' : '事業'}のうち、${by}${cond}の割合${rank ? `（${rank}）` : ''}は？`
  },
}

const optional = (s: string | undefined): string[] => (s === undefined ? [] : [s])

export const shareIntent = {
  intent: 'share',
  schema: shareQuerySchema,
  description: {
    en:
      'A share as a percentage with both counts: "of" events or participants matching "filters" (the whole), the part also matching "condition" ' +
      '(the filter the question attaches to "share of … were X" / 「Xの割合」); or "of" states: states with an event over the states asked about.',
  },
  examples: ['What share of FY2021 events were online?', '2021年度のオンライン事業の割合は？', 'What fraction of states did we cover in FY2022?'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => (r.rows === undefined ? { kind: 'scalar', value: r.percent } : { kind: 'breakdown', rows: r.rows.map((row) => ({ key: row.key, value: row.percent })) }),
  interpretation: (r, w, lang) => [
    WHAT[lang](r.of, conditionName(r.query.condition, lang), r.of === 'states' ? r.whole : 0),
    w.periodWithDates(r.period),
    ...w.filters(r.filters),
    ...(r.query.groupBy !== undefined ? [GROUPED[lang](w.breakdownBy(r.query.groupBy, { top: null, fewest: false }))] : []),
    ...optional(rankWords(r.query, lang)),
    w.matched(r.matchedEvents),
  ],
  understood: (q, w, lang, asOf) => [
    WHAT[lang](q.of, conditionName(q.condition, lang), 50),
    w.periodShort(describePeriod(q.filters.period, asOf)),
    ...w.filters(q.filters),
    ...(q.groupBy !== undefined ? [GROUPED[lang](w.breakdownBy(q.groupBy, { top: null, fewest: false }))] : []),
    ...optional(rankWords(q, lang)),
  ],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'share', ShareQuery, ShareResult>
