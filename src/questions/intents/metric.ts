// Intent "metric": one figure (events, participants, states covered, offices active, average participants)
// over the filters; with groupBy, the same figure per group, and with top, the N largest groups (ties kept).
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { breakdown } from '../execute/breakdown.ts'
import { scalarFigure } from '../execute/figures.ts'
import { scopeOf } from '../execute/scope.ts'
import { textTable } from '../numbers.ts'
import type { BreakdownResult, ExecuteContext, Rank, ResolvedPeriod, ScalarResult } from '../results.ts'
import { filtersSchema, groupBySchema, metricSchema, type GroupBy } from '../slots.ts'
import { both, rowName, type Bilingual, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod, statesAskedAbout } from './shared.ts'
import { fiscalYearRange } from '../../domain/fiscal-year.ts'


/**
 * A figure, or a breakdown of it when groupBy is set (top N: the N largest groups, and any tied with the
 * N-th). With `fewest`, groups are ranked from the smallest figure up (top N: the N smallest, "bottom 3
 * states", 下位3州; "which office had the fewest events" is top 1), among the groups with at least one
 * matched event: a group with none is not ranked, and the answer says how many were left out.
 */
export const metricQuerySchema = z
  .object({
    intent: z.literal('metric'),
    metric: metricSchema,
    filters: filtersSchema,
    groupBy: groupBySchema.optional(),
    top: z.number().int().min(1).max(100).optional(),
    fewest: z.literal(true).optional(),
    /**
     * A running total ("cumulative events by month in FY2022", 累計件数の推移): each row counts from the
     * period's start to the end of its group. Events or participants, by fiscal year, quarter or month; or the
     * states covered by fiscal year (年度別の累計網羅州数: the distinct states from the start to each year's end).
     */
    cumulative: z.literal(true).optional(),
  })
  .superRefine((q, ctx) => {
    // events with no city recorded have no city to count or group by
    if (q.filters.withoutCity === true && (q.metric === 'cities' || q.groupBy === 'city')) ctx.addIssue({ code: 'custom', path: ['filters', 'withoutCity'], message: 'events with no city recorded have no city to count or group by' })
    if (q.cumulative !== true) return
    if (q.groupBy === undefined || !CUMULATIVE_GROUPS.includes(q.groupBy)) ctx.addIssue({ code: 'custom', path: ['groupBy'], message: 'a running total needs a breakdown by fiscal year, quarter or month' })
    const statesByYear = q.metric === 'states_covered' && q.groupBy === 'fiscal_year'
    if (q.metric !== 'events' && q.metric !== 'participants' && !statesByYear) ctx.addIssue({ code: 'custom', path: ['metric'], message: 'a running total adds up events or participants (or counts the states covered by fiscal year)' })
    if (q.top !== undefined || q.fewest !== undefined) ctx.addIssue({ code: 'custom', path: ['cumulative'], message: 'a running total is not ranked' })
  })
const CUMULATIVE_GROUPS: readonly GroupBy[] = ['fiscal_year', 'fiscal_quarter', 'month']
export type MetricQuery = z.infer<typeof metricQuerySchema>
export type MetricResult = ScalarResult<MetricQuery> | BreakdownResult<MetricQuery>

async function execute(db: Db, query: MetricQuery, ctx: ExecuteContext): Promise<MetricResult> {
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  if (query.groupBy === undefined) {
    const f = await scalarFigure(db, query.metric, scope)
    dcNote(f.dcEvents)
    return { kind: 'scalar', query, filters, notes, metric: query.metric, period, value: f.value, events: f.events, participants: f.participants, matchedEvents: f.events }
  }
  const b = await breakdown(db, { query: { ...query, groupBy: query.groupBy }, period, scope, stateScope })
  dcNote(b.total.dcEvents)
  // a running total: the rows are in chronological order and partition the period (breakdown.ts); states
  // covered are not added up (a state counts once): each year's row counts the distinct states from the start
  // of the period to the end of that year
  let running = 0
  const rows =
    query.cumulative !== true
      ? b.rows
      : query.metric === 'states_covered'
        ? await statesCoveredSoFar(db, query, period, ctx, b.rows)
        : b.rows.map((r) => ({ ...r, value: (running += r.value ?? 0) }))
  return {
    kind: 'breakdown',
    query,
    filters,
    notes,
    metric: query.metric,
    groupBy: query.groupBy,
    top: query.top ?? null,
    period,
    rows,
    total: b.total.value,
    overlapping: b.overlapping,
    zeroStates: b.zeroStates,
    fewest: query.fewest === true,
    cumulative: query.cumulative === true,
    unranked: b.unranked,
    matchedEvents: b.total.events,
  }
}

/** For each fiscal year's row, the states covered from the start of the period to the end of that year. */
async function statesCoveredSoFar<R extends { key: string; value: number | null }>(db: Db, query: MetricQuery, period: ResolvedPeriod, ctx: ExecuteContext, rows: readonly R[]): Promise<R[]> {
  const out: R[] = []
  for (const r of rows) {
    const fy = Number(r.key)
    const end = fiscalYearRange(fy).end
    if (period.from === null || !Number.isInteger(fy)) {
      out.push(r)
      continue
    }
    const upTo = ctx.resolve({ kind: 'dates', from: period.from, to: period.to !== null && period.to < end ? period.to : end })
    const f = await scalarFigure(db, 'states_covered', scopeOf(query.filters, upTo, ctx.asOf))
    out.push({ ...r, value: f.value })
  }
  return out
}

function scalarText(r: ScalarResult): Bilingual {
  return both((w) => w.scalar(r.metric, r.period, r.value, { events: r.events, participants: r.participants, outOf: statesAskedAbout(r) }, r.filters))
}

function breakdownText(r: BreakdownResult): Bilingual {
  return both((w, lang) => {
    const lines = [w.breakdownHead(r.metric, r.groupBy, { top: r.top, fewest: r.fewest, cumulative: r.cumulative }, r.period, r.filters)]
    if (r.rows.length === 0 || r.matchedEvents === 0) lines.push(w.noRows)
    else {
      const cells = r.rows.map((row): [string, string] => [
        rowName(r.groupBy, row, lang),
        r.metric === 'avg_participants' ? w.averageCell(row.value, row.participants ?? 0, row.events) : w.cell(r.metric, row.value),
      ])
      lines.push(textTable(cells))
    }
    lines.push(...breakdownNotes(r, w))
    return lines.join('\n')
  })
}

/** The notes under a breakdown, in one language: places shared at the top N's edge, multi-state overlap, states left out at 0. */
export function breakdownNotes(r: BreakdownResult, w: Wording): string[] {
  return [
    ...(r.top !== null && r.rows.length > r.top ? [w.tiesShown(r.groupBy, r.top, r.rows.length)] : []),
    ...(r.overlapping ? [w.overlap(r.metric, r.total, r.groupBy)] : []),
    ...(r.zeroStates !== null && r.zeroStates.count > 0 && r.rows.length > 0 ? [w.zeroStatesHidden(r.zeroStates.count, r.zeroStates.of)] : []),
    ...(r.unranked !== null && r.rows.length > 0 ? [w.unrankedGroups(r.groupBy, r.unranked.count, r.unranked.of)] : []),
  ]
}

const rankOf = (q: MetricQuery): Rank => ({ top: q.top ?? null, fewest: q.fewest === true, cumulative: q.cumulative === true })

const QUESTION: Record<Lang, (q: MetricQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => {
    const by = q.groupBy === undefined ? '' : ` ${w.breakdownBy(q.groupBy, rankOf(q))}`
    const metric = w.metric(q.metric)
    const what = q.metric === 'participants' || q.metric === 'avg_participants' ? metric.charAt(0).toUpperCase() + metric.slice(1) : `How many ${metric}`
    return `${what}${w.scopePhrase(q.filters)} ${w.periodIn(p)}${by}?`
  },
  ja: (q, w, p) => {
    const by = q.groupBy === undefined ? '' : `（${w.breakdownBy(q.groupBy, rankOf(q))}）`
    return `${w.periodOf(p)}${w.scopePhrase(q.filters)}${w.metric(q.metric)}${by}は？`
  },
}

export const metricIntent = {
  intent: 'metric',
  schema: metricQuerySchema,
  description: {
    en:
      'One figure (events, participants, states covered, offices active, average participants per event) over the filters; ' +
      'with "groupBy", the same figure broken down by one dimension, and with "top", only the N largest groups ' +
      '(with "fewest", the N smallest among groups with at least one event: "bottom 3 states", "which office had the fewest events").',
  },
  examples: ['How many events did we hold in FY2022?', 'Top 5 states by participants last FY', '令和4年度の地域別の参加者数は？'],
  execute,
  text: (r) => (r.kind === 'scalar' ? scalarText(r) : breakdownText(r)),
  figures: (r) => (r.kind === 'scalar' ? { kind: 'scalar', value: r.value } : { kind: 'breakdown', rows: r.rows.map(({ key, value }) => ({ key, value })) }),
  interpretation: (r, w) => [
    w.metric(r.metric),
    w.periodWithDates(r.period),
    ...w.filters(r.filters),
    ...(r.kind === 'breakdown' ? [w.breakdownBy(r.groupBy, { top: r.top, fewest: r.fewest, cumulative: r.cumulative })] : []),
    ...(r.metric === 'cities' || (r.kind === 'breakdown' && r.groupBy === 'city') ? [w.cityNote] : []),
    ...(r.kind === 'breakdown' && r.groupBy === 'best_practice_category' ? [w.categoryNote] : []),
    w.matched(r.matchedEvents),
  ],
  understood: (q, w, _lang, asOf) => [w.metric(q.metric), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters), ...(q.groupBy ? [w.breakdownBy(q.groupBy, rankOf(q))] : [])],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'metric', MetricQuery, MetricResult>
