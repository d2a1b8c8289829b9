// Intent "crosstab": events (or participants) broken down by two dimensions at once (年度別・形式別の件数, "event
// counts per region per fiscal year"). One row per pair of groups, keyed 'first|second' in the order the
// question named them ('midwest|2021', '2021|online'), every pair listed (0 where nothing matched), the first
// dimension's groups in their own order (years in order, the others in catalogue order), the second's within
// each. Each cell is the events matching the question's filters AND both groups; an event in several regions
// or themes counts in each of them. A dimension by fiscal year needs a period of whole fiscal years.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { breakdown, groupKeys } from '../execute/breakdown.ts'
import { scalarFigure } from '../execute/figures.ts'
import { scopeOf, stateScopeOf } from '../execute/scope.ts'
import { formatNumber, ordinalEn, textTable } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, type Filters, type GroupBy } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The dimensions a two-way breakdown takes (no state, month, quarter or weekday: those tables are too long). */
export const crosstabDimSchema = z.enum(['fiscal_year', 'region', 'office', 'activity_type', 'theme', 'format'])
export type CrosstabDim = z.infer<typeof crosstabDimSchema>

/** The filter that picks one group of a dimension (fiscal years are periods). */
const FILTER_OF: Record<Exclude<CrosstabDim, 'fiscal_year'>, 'regions' | 'offices' | 'types' | 'themes' | 'formats'> = {
  region: 'regions',
  office: 'offices',
  activity_type: 'types',
  theme: 'themes',
  format: 'formats',
}

export const crosstabQuerySchema = z
  .object({
    intent: z.literal('crosstab'),
    metric: z.enum(['events', 'participants']),
    filters: filtersSchema,
    /** The two dimensions, in the order named: rows are keyed 'first|second'. */
    groupBy: z.tuple([crosstabDimSchema, crosstabDimSchema]),
    /**
     * Only the N largest cells ("which office and fiscal year had the most events", 単年度で件数が最も多かった公館:
     * top 1), every cell tied with the N-th kept; with `fewest` the N smallest among cells with an event.
     */
    top: z.number().int().min(1).max(100).optional(),
    /** With top: ranked from the smallest cell, cells with no matched event left out. */
    fewest: z.literal(true).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.fewest && q.top === undefined) ctx.addIssue({ code: 'custom', path: ['fewest'], message: 'fewest ranks the cells: give top' })
    if (q.groupBy[0] === q.groupBy[1]) ctx.addIssue({ code: 'custom', path: ['groupBy'], message: 'two different dimensions' })
    const kind = q.filters.period.kind
    if (q.groupBy.includes('fiscal_year') && kind !== 'all' && kind !== 'fy' && kind !== 'fy_relative') {
      ctx.addIssue({ code: 'custom', path: ['filters', 'period'], message: 'by fiscal year needs a period of whole fiscal years' })
    }
  })
export type CrosstabQuery = z.infer<typeof crosstabQuerySchema>

export interface CrosstabRow {
  /** 'first|second': the groups' keys as a one-dimension breakdown keys them ('midwest|2021'). */
  key: string
  value: number
}

export interface CrosstabResult extends ResultBase<CrosstabQuery> {
  kind: 'crosstab'
  metric: 'events' | 'participants'
  period: ResolvedPeriod
  rows: CrosstabRow[]
  /** The figure over all matched events, each once. */
  total: number
  /** Some event counts in more than one cell (several regions or themes), so the cells add up to more. */
  overlapping: boolean
  /** With top: the cells ranked (largest first, or smallest first with fewest), ties at the N-th kept. */
  ranked: boolean
}

async function execute(db: Db, query: CrosstabQuery, ctx: ExecuteContext): Promise<CrosstabResult> {
  const { filters, notes, resolve, stateScope } = ctx
  const period = resolve(query.filters.period)
  const [first, second] = query.groupBy
  // the dimension picked by a filter (the fiscal year when there is one: a period), the other broken down
  const outer: CrosstabDim = first === 'fiscal_year' || second !== 'fiscal_year' ? first : second
  const inner: CrosstabDim = outer === first ? second : first
  const outerKeys = groupKeys(outer, query.filters, period, stateScope, query.metric)
  const innerKeys = groupKeys(inner, query.filters, period, stateScope, query.metric)
  const cells = new Map<string, number>()
  await Promise.all(
    outerKeys.map(async (key) => {
      const cellFilters: Filters =
        outer === 'fiscal_year' ? { ...query.filters } : { ...query.filters, [FILTER_OF[outer]]: [key] }
      const cellPeriod = outer === 'fiscal_year' ? resolve({ kind: 'fy', from: Number(key), to: Number(key) }) : period
      const scope = scopeOf(cellFilters, cellPeriod, ctx.asOf)
      const b = await breakdown(db, { query: { metric: query.metric, groupBy: inner, filters: cellFilters }, period: cellPeriod, scope, stateScope: stateScopeOf(cellFilters) })
      for (const r of b.rows) cells.set(outer === first ? `${key}|${r.key}` : `${r.key}|${key}`, r.value ?? 0)
    }),
  )
  const [firstKeys, secondKeys] = outer === first ? [outerKeys, innerKeys] : [innerKeys, outerKeys]
  const all = firstKeys.flatMap((a) => secondKeys.map((b): CrosstabRow => ({ key: `${a}|${b}`, value: cells.get(`${a}|${b}`) ?? 0 })))
  const rows = query.top === undefined ? all : rankCells(all, query.top, query.fewest === true)
  const whole = await scalarFigure(db, query.metric, scopeOf(query.filters, period, ctx.asOf))
  const total = whole.value ?? 0
  const sum = all.reduce((n, r) => n + r.value, 0)
  return { kind: 'crosstab', query, filters, notes, metric: query.metric, period, rows, total, overlapping: sum > total, ranked: query.top !== undefined, matchedEvents: whole.events }
}

/**
 * The N largest cells (smallest with `fewest`, among cells above 0), and every further cell tied with the
 * N-th: a ranking never hides a cell that ranks as high as one shown. Ties keep the table's own order.
 */
export function rankCells(rows: readonly CrosstabRow[], n: number, fewest: boolean): CrosstabRow[] {
  const order = rows.map((r, i) => [r, i] as const).filter(([r]) => !fewest || r.value > 0)
  order.sort(([a, i], [b, j]) => (fewest ? a.value - b.value : b.value - a.value) || i - j)
  const sorted = order.map(([r]) => r)
  const last = sorted[n - 1]
  if (last === undefined) return sorted
  let end = n
  while (end < sorted.length && sorted[end]?.value === last.value) end++
  return sorted.slice(0, end)
}

/** A cell's label: both groups' names ("Midwest · FY2021" / 「中西部・2021年度」). */
function label(q: CrosstabQuery, key: string, w: Wording, lang: Lang): string {
  const [a = '', b = ''] = key.split('|')
  return `${w.groupKey(q.groupBy[0] as GroupBy, a)}${CELL_SEPARATOR[lang]}${w.groupKey(q.groupBy[1] as GroupBy, b)}`
}

const CELL_SEPARATOR: Record<Lang, string> = { en: ' · ', ja: '・' }

const BY: Record<Lang, (a: string, b: string) => string> = { en: (a, b) => `by ${a} and ${b}`, ja: (a, b) => `${a}別・${b}別` }
const by = (q: CrosstabQuery, w: Wording, lang: Lang) => BY[lang](w.groupBy(q.groupBy[0]), w.groupBy(q.groupBy[1]))

/** The head of a ranked answer: which pair(s) of groups ranked first, or the top N. */
const RANKED_HEAD: Record<Lang, (r: CrosstabResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const what = q.metric === 'participants' ? 'participants' : 'events'
    const pair = `${w.groupBy(q.groupBy[0])} and ${w.groupBy(q.groupBy[1])}`
    const most = q.fewest ? 'fewest' : 'most'
    const n = q.top ?? 1
    const shown = r.rows.length > n ? ` (${r.rows.length} shown: tied at the edge)` : ''
    return n === 1
      ? `The pair of ${pair} with the ${most} ${what}${w.scopePhrase(r.filters)} ${w.periodIn(r.period)}${r.rows.length > 1 ? ` (${r.rows.length} tied)` : ''}:`
      : `The ${n} pairs of ${pair} with the ${most} ${what}${w.scopePhrase(r.filters)} ${w.periodIn(r.period)}${shown}:`
  },
  ja: (r, w) => {
    const q = r.query
    const what = q.metric === 'participants' ? '延べ参加者数' : '実施件数'
    const pair = `${w.groupBy(q.groupBy[0])}と${w.groupBy(q.groupBy[1])}の組合せ`
    const most = q.fewest ? '少ない' : '多い'
    const n = q.top ?? 1
    const tied = r.rows.length > n ? `（同数を含め${r.rows.length}組）` : ''
    return n === 1
      ? `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}${what}が最も${most}${pair}${tied}：`
      : `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}${what}が${most}${pair}（上位${n}組）${tied}：`
  },
}

const TEXT: Record<Lang, (r: CrosstabResult, w: Wording) => string> = {
  en: (r, w) => {
    if (r.ranked) {
      if (r.rows.length === 0) return `${RANKED_HEAD.en(r, w)}\n${w.noRows}`
      const unit = r.metric === 'participants' ? 'participants' : 'events'
      return [RANKED_HEAD.en(r, w), textTable(r.rows.map((row): [string, string] => [label(r.query, row.key, w, 'en'), w.count(row.value, unit)]))].join('\n')
    }
    const unit = r.metric === 'participants' ? 'participants' : 'events'
    const head = `${r.metric === 'participants' ? 'Participants' : 'Events'} ${by(r.query, w, 'en')}${w.scopePhrase(r.filters)} ${w.periodIn(r.period)} (total ${w.count(r.total, unit)}):`
    if (r.matchedEvents === 0) return `${head}\n${w.noRows}`
    const table = textTable(r.rows.map((row): [string, string] => [label(r.query, row.key, w, 'en'), formatNumber(row.value)]))
    const note = r.overlapping ? ['An event in several regions or themes counts in each of them, so the cells add up to more than the total.'] : []
    return [head, table, ...note].join('\n')
  },
  ja: (r, w) => {
    const unit = r.metric === 'participants' ? 'participants' : 'events'
    if (r.ranked) {
      if (r.rows.length === 0) return `${RANKED_HEAD.ja(r, w)}\n${w.noRows}`
      return [RANKED_HEAD.ja(r, w), textTable(r.rows.map((row): [string, string] => [label(r.query, row.key, w, 'ja'), w.count(row.value, unit)]))].join('\n')
    }
    const head = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}${by(r.query, w, 'ja')}の${r.metric === 'participants' ? '延べ参加者数' : '実施件数'}（合計${w.count(r.total, unit)}）：`
    if (r.matchedEvents === 0) return `${head}\n${w.noRows}`
    const table = textTable(r.rows.map((row): [string, string] => [label(r.query, row.key, w, 'ja'), w.count(row.value, unit)]))
    const note = r.overlapping ? ['複数の地域・テーマにまたがる事業はそれぞれに計上しているため、各欄の合計は全体を上回ります。'] : []
    return [head, table, ...note].join('\n')
  },
}

const WHAT: Record<Lang, (q: CrosstabQuery, w: Wording) => string> = {
  en: (q, w) =>
    q.top === undefined
      ? `${w.metric(q.metric)} ${by(q, w, 'en')}: one row per pair of groups (keyed ${q.groupBy.join('|')}), pairs with nothing shown as 0`
      : `${w.metric(q.metric)} ${by(q, w, 'en')}: each pair of groups (keyed ${q.groupBy.join('|')}) ranked, ${q.fewest ? 'fewest first among pairs with an event' : 'largest first'}, top ${q.top}, pairs tied with the ${ordinalEn(q.top)} all shown`,
  ja: (q, w) =>
    q.top === undefined
      ? `${w.metric(q.metric)}の${by(q, w, 'ja')}（組合せごとに1行、該当なしは0）`
      : `${w.metric(q.metric)}の${by(q, w, 'ja')}の組合せの順位（${q.fewest ? '少ない順、該当のある組合せのみ' : '多い順'}、上位${q.top}組、同数はすべて表示）`,
}


const QUESTION: Record<Lang, (q: CrosstabQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) =>
    q.top !== undefined
      ? `Which ${w.groupBy(q.groupBy[0])} and ${w.groupBy(q.groupBy[1])} pair had the ${q.fewest ? 'fewest' : 'most'} ${q.metric === 'participants' ? 'participants' : 'events'}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
      : `${q.metric === 'participants' ? 'Participants' : 'Events'} ${by(q, w, 'en')}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) =>
    q.top !== undefined
      ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}${q.metric === 'participants' ? '延べ参加者数' : '件数'}が最も${q.fewest ? '少ない' : '多い'}${w.groupBy(q.groupBy[0])}と${w.groupBy(q.groupBy[1])}の組合せは？`
      : `${w.periodOf(p)}${w.scopePhrase(q.filters)}${by(q, w, 'ja')}の${q.metric === 'participants' ? '延べ参加者数' : '件数'}は？`,
}

export const crosstabIntent = {
  intent: 'crosstab',
  schema: crosstabQuerySchema,
  description: {
    en:
      'Events or participants broken down by two dimensions at once ("groupBy": the two, in the order named; rows keyed "first|second"): ' +
      'fiscal year, region, office, activity type, theme or format.',
  },
  examples: ['Event counts per region per fiscal year', '年度別・形式別の件数', 'Participants by office and by format in FY2022'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => ({ kind: 'breakdown', rows: r.rows.map(({ key, value }) => ({ key, value })) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query, w), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q, w), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'crosstab', CrosstabQuery, CrosstabResult>
