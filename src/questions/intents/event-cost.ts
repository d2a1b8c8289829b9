// Intent "event_cost": the costs recorded on events (Event.costYen, whole yen; null = not recorded) over any
// filters — their total, the average cost per event, or the cost per participant — and, with groupBy, the same
// figure per fiscal year, office, type or format (top N / fewest ranks the groups). Only events with a cost
// recorded are counted in a figure: the total adds their costs, the average divides by their number, the cost
// per participant divides by their participants (never by every event's). The interpretation line always
// says how many of the matched events have a cost recorded, so the figure is never read as more complete
// than it is. Averages are rounded to the nearest yen (half up), here only.
// One fiscal year's total with no other filter is the budget-execution question's "spent" figure
// (budget-execution.ts): the parser sends it there, and the sum is the same.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { costGroups, costSums, type CostGroupColumn, type CostSum } from '../../store/queries/cost-sums.ts'
import { topWithTies } from '../execute/breakdown.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber, formatYenEn, formatYenManJa, textTable } from '../numbers.ts'
import type { BreakdownRow, ExecuteContext, Rank, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, type GroupBy } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The groupings of costs: one value per event, so the groups add up to the total. */
export const costGroupBySchema = z.enum(['fiscal_year', 'office', 'activity_type', 'format'])
export type CostGroupBy = z.infer<typeof costGroupBySchema>
const COLUMN: Record<CostGroupBy, CostGroupColumn> = { fiscal_year: 'fiscalYear', office: 'officeCode', activity_type: 'activityType', format: 'format' }

/**
 * A figure of the recorded costs: `total` (sum, yen), `average` (sum ÷ events with a cost), `per_participant`
 * (sum ÷ participants of the events with a cost). With groupBy, per group; top N: the N largest groups (ties
 * kept), with `fewest` the N smallest; groups with no cost recorded are not ranked.
 */
export const eventCostQuerySchema = z
  .object({
    intent: z.literal('event_cost'),
    figure: z.enum(['total', 'average', 'per_participant']),
    filters: filtersSchema,
    groupBy: costGroupBySchema.optional(),
    top: z.number().int().min(1).max(100).optional(),
    fewest: z.literal(true).optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.top !== undefined || q.fewest !== undefined) && q.groupBy === undefined) ctx.addIssue({ code: 'custom', path: ['top'], message: 'a ranking needs groupBy' })
    if (q.filters.costRecorded === false) ctx.addIssue({ code: 'custom', path: ['filters', 'costRecorded'], message: 'events with no cost recorded have no cost to add up' })
  })
export type EventCostQuery = z.infer<typeof eventCostQuerySchema>
export type CostFigure = EventCostQuery['figure']

export interface CostRow extends CostSum {
  key: string
  /** The group's figure in yen; null when none of its events has a cost recorded (or, per participant, no participant). */
  value: number | null
}

export interface EventCostResult extends ResultBase<EventCostQuery> {
  kind: 'event_cost'
  period: ResolvedPeriod
  figure: CostFigure
  /** The figure over every matched event (null when none has a cost recorded). */
  value: number | null
  /** Sums over every matched event (matchedEvents = total.events). */
  total: CostSum
  groupBy: CostGroupBy | null
  rank: Rank
  /** The groups (a breakdown only): largest first, fiscal years in order unless ranked. */
  rows: CostRow[] | null
  /** Groups left out of a ranking because none of their events has a cost recorded. */
  unranked: { count: number; of: number } | null
}

/** The figure of a set of events from its cost sums: yen, averages rounded to the nearest yen (half up). */
export function costValue(figure: CostFigure, s: Pick<CostSum, 'withCost' | 'costYen' | 'participants'>): number | null {
  if (s.withCost === 0) return null
  if (figure === 'total') return s.costYen
  if (figure === 'average') return Math.round(s.costYen / s.withCost)
  return s.participants === 0 ? null : Math.round(s.costYen / s.participants)
}

async function execute(db: Db, query: EventCostQuery, ctx: ExecuteContext): Promise<EventCostResult> {
  const period = ctx.resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const rank: Rank = { top: query.top ?? null, fewest: query.fewest === true }
  const base = { kind: 'event_cost' as const, query, filters: ctx.filters, notes: ctx.notes, period, figure: query.figure, rank }
  if (query.groupBy === undefined) {
    const total = await costSums(db, { scope })
    return { ...base, value: costValue(query.figure, total), total, groupBy: null, rows: null, unranked: null, matchedEvents: total.events }
  }
  const [total, groups] = await Promise.all([costSums(db, { scope }), costGroups(db, { scope, column: COLUMN[query.groupBy] })])
  const all: CostRow[] = groups.map((g) => ({ ...g, value: costValue(query.figure, g) }))
  const ranked = query.top !== undefined || query.fewest === true || query.groupBy !== 'fiscal_year'
  let rows: CostRow[]
  let unranked: { count: number; of: number } | null = null
  if (!ranked) rows = [...all].sort((a, b) => a.key.localeCompare(b.key))
  else {
    const valued = all.filter((r) => r.value !== null)
    const sign = query.fewest === true ? 1 : -1
    const sorted = valued.sort((a, b) => sign * ((a.value ?? 0) - (b.value ?? 0)) || a.key.localeCompare(b.key))
    const kept = query.top === undefined ? sorted : (topWithTies(sorted as unknown as BreakdownRow[], query.top) as unknown as CostRow[])
    // groups with events but no cost recorded come last when every group is listed; a ranking leaves them out
    rows = query.top === undefined && query.fewest !== true ? [...kept, ...all.filter((r) => r.value === null).sort((a, b) => a.key.localeCompare(b.key))] : kept
    const left = all.length - valued.length
    if ((query.top !== undefined || query.fewest === true) && left > 0) unranked = { count: left, of: all.length }
  }
  return { ...base, value: costValue(query.figure, total), total, groupBy: query.groupBy, rows, unranked, matchedEvents: total.events }
}

// ---- wording ---------------------------------------------------------------------------------------

const WHAT: Record<Lang, Record<CostFigure, string>> = {
  en: {
    total: 'total of the costs recorded on events (yen)',
    average: 'average cost per event, over the events with a cost recorded (yen, rounded to the nearest yen)',
    per_participant: 'cost per participant: the recorded costs ÷ the participants of the events with a cost recorded (yen, rounded to the nearest yen)',
  },
  ja: {
    total: '事業に記録された費用の合計（円）',
    average: '1件あたり平均費用（費用記録のある事業のみ、1円未満四捨五入）',
    per_participant: '参加者1人あたり費用（費用記録のある事業の費用合計÷その延べ参加者数、1円未満四捨五入）',
  },
}

const NOUN: Record<Lang, Record<CostFigure, string>> = {
  en: { total: 'total recorded cost', average: 'average cost per event', per_participant: 'cost per participant' },
  ja: { total: '事業費用の合計', average: '1件あたり平均費用', per_participant: '参加者1人あたり費用' },
}

/** "53 of 88 events have a cost recorded; the others are not counted" / 「88件中53件に費用の記録あり…」. */
const COVERAGE: Record<Lang, (withCost: number, events: number) => string> = {
  en: (n, m) => `${formatNumber(n)} of ${formatNumber(m)} event${m === 1 ? ' has' : 's have'} a cost recorded; the others are not counted`,
  ja: (n, m) => `${formatNumber(m)}件中${formatNumber(n)}件に費用の記録あり（記録のない事業は数えていません）`,
}

/** The exact sums a figure comes from, for the interpretation line. */
const SUMS: Record<Lang, (r: EventCostResult) => string> = {
  en: (r) => `costs ${formatYenEn(r.total.costYen)}${r.figure === 'per_participant' ? `, ${formatNumber(r.total.participants)} participants at those events` : ''}`,
  ja: (r) => `費用合計 ${formatNumber(r.total.costYen)}円${r.figure === 'per_participant' ? `、費用記録のある事業の延べ参加者数 ${formatNumber(r.total.participants)}名` : ''}`,
}

/** A figure in a sentence: '¥1,234,567' / 「約123万円」 (the exact yen are in the interpretation line). */
const yenText = (v: number, lang: Lang): string => COST_TEXT[lang].yenText(v)
/** A figure in a table column: exact yen. */
const yenCell = (v: number, lang: Lang): string => COST_TEXT[lang].yenCell(v)

const COST_TEXT: Record<Lang, {
  yenText: (v: number) => string
  yenCell: (v: number) => string
  cover: (row: CostRow) => string
  noCost: string
  cell: (value: string, cover: string) => string
  unranked: (count: number, of: number, noun: string) => string
  overall: (yen: string) => string
}> = {
  en: {
    yenText: (v) => formatYenEn(v),
    yenCell: (v) => formatYenEn(v),
    cover: (row) => `${formatNumber(row.withCost)} of ${formatNumber(row.events)} events with a cost`,
    noCost: 'no cost recorded',
    cell: (value, cover) => `${value} (${cover})`,
    unranked: (count, of, noun) =>
      `${formatNumber(count)} of the ${formatNumber(of)} ${noun} with events ${count === 1 ? 'has' : 'have'} no cost recorded and ${count === 1 ? 'is' : 'are'} not ranked.`,
    overall: (yen) => `Over all matched events: ${yen}.`,
  },
  ja: {
    yenText: (v) => formatYenManJa(v),
    yenCell: (v) => `${formatNumber(v)}円`,
    cover: (row) => `${formatNumber(row.events)}件中${formatNumber(row.withCost)}件に費用記録`,
    noCost: '費用記録なし',
    cell: (value, cover) => `${value}（${cover}）`,
    unranked: (count, of, noun) => `実施のあった${formatNumber(of)}${noun}のうち${formatNumber(count)}${noun}は費用の記録がなく、順位に含めていません。`,
    overall: (yen) => `全体では${yen}です。`,
  },
}

const SENTENCE: Record<Lang, (r: EventCostResult, w: Wording) => string> = {
  en: (r, w) => {
    const when = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    const n = formatNumber(r.total.withCost)
    if (r.total.withCost === 0) return `No event${when} has a cost recorded (${w.count(r.total.events, 'events')} matched), so there is no ${NOUN.en[r.figure]}.`
    if (r.value === null) return `The ${n} events with a cost recorded${when} have no participants recorded, so there is no cost per participant.`
    if (r.figure === 'total') return `The costs recorded on events${when} add up to ${formatYenEn(r.value)} (${n} of ${formatNumber(r.total.events)} events have a cost recorded).`
    if (r.figure === 'average') return `The average cost per event${when} is ${formatYenEn(r.value)}, over the ${n} event${r.total.withCost === 1 ? '' : 's'} with a cost recorded (rounded to the nearest yen).`
    return `The cost per participant${when} is ${formatYenEn(r.value)}: ${formatYenEn(r.total.costYen)} over ${w.count(r.total.participants, 'participants')} at the ${n} event${r.total.withCost === 1 ? '' : 's'} with a cost recorded (rounded to the nearest yen).`
  },
  ja: (r, w) => {
    const head = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    const n = formatNumber(r.total.withCost)
    if (r.total.withCost === 0) return `${head}事業（${formatNumber(r.total.events)}件）には費用の記録がないため、${NOUN.ja[r.figure]}はお示しできません。`
    if (r.value === null) return `${head}費用記録のある事業（${n}件）には参加者の記録がないため、参加者1人あたり費用はお示しできません。`
    if (r.figure === 'total') return `${head}事業費用の合計は${formatYenManJa(r.value)}です（費用記録のある${n}件の合計）。`
    if (r.figure === 'average') return `${head}事業の1件あたり平均費用は${formatYenManJa(r.value)}です（費用記録のある${n}件の平均、1円未満四捨五入）。`
    return `${head}事業の参加者1人あたり費用は${formatNumber(r.value)}円です（費用記録のある${n}件の費用合計${formatYenManJa(r.total.costYen)}÷延べ参加者数${formatNumber(r.total.participants)}名、1円未満四捨五入）。`
  },
}

const HEAD: Record<Lang, (r: EventCostResult, w: Wording, groupBy: GroupBy) => string> = {
  en: (r, w, g) => `${NOUN.en[r.figure].charAt(0).toUpperCase()}${NOUN.en[r.figure].slice(1)}${scopeEn(r.filters)} ${w.periodIn(r.period)}, ${w.breakdownBy(g, r.rank)}:`,
  ja: (r, w, g) => `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}${NOUN.ja[r.figure]}（${w.breakdownBy(g, r.rank)}）：`,
}

const GROUP_NOUN: Record<Lang, Record<CostGroupBy, string>> = {
  en: { fiscal_year: 'fiscal years', office: 'offices', activity_type: 'types', format: 'formats' },
  ja: { fiscal_year: '年度', office: '公館', activity_type: '分類', format: '形態' },
}

/** A group's cell: its figure in exact yen and how many of its events have a cost. */
function costCell(row: CostRow, lang: Lang): string {
  const cover = COST_TEXT[lang].cover(row)
  const value = row.value === null ? COST_TEXT[lang].noCost : yenCell(row.value, lang)
  if (row.value === null) return value
  return COST_TEXT[lang].cell(value, cover)
}

function breakdownText(r: EventCostResult, w: Wording, lang: Lang, groupBy: GroupBy, rows: CostRow[]): string {
  const lines = [HEAD[lang](r, w, groupBy)]
  if (rows.length === 0) lines.push(w.noRows)
  else lines.push(textTable(rows.map((row): [string, string] => [w.groupKey(groupBy, row.key), costCell(row, lang)])))
  if (r.rank.top !== null && rows.length > r.rank.top) lines.push(w.tiesShown(groupBy, r.rank.top, rows.length))
  if (r.unranked !== null && rows.length > 0) {
    const { count, of } = r.unranked
    const noun = GROUP_NOUN[lang][groupBy as CostGroupBy]
    lines.push(COST_TEXT[lang].unranked(count, of, noun))
  }
  if (r.value !== null) lines.push(COST_TEXT[lang].overall(yenText(r.value, lang)))
  return lines.join('\n')
}

const QUESTION: Record<Lang, (q: EventCostQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => {
    const by = q.groupBy === undefined ? '' : ` ${w.breakdownBy(q.groupBy, { top: q.top ?? null, fewest: q.fewest === true })}`
    const noun = NOUN.en[q.figure]
    return `What is the ${noun}${w.scopePhrase(q.filters)} ${w.periodIn(p)}${by}?`
  },
  ja: (q, w, p) => {
    const by = q.groupBy === undefined ? '' : `（${w.breakdownBy(q.groupBy, { top: q.top ?? null, fewest: q.fewest === true })}）`
    return `${w.periodOf(p)}${w.scopePhrase(q.filters)}${NOUN.ja[q.figure]}${by}は？`
  },
}

export const eventCostIntent = {
  intent: 'event_cost',
  schema: eventCostQuerySchema,
  description: {
    en:
      'The costs recorded on events (yen), over any filters: `figure` "total" (sum of the recorded costs), "average" (per event with a cost recorded) or "per_participant" ' +
      '(recorded costs ÷ participants of those events); only events with a cost recorded count. With "groupBy" (fiscal_year, office, activity_type, format) per group, "top"/"fewest" rank the groups. ' +
      'One fiscal year’s total with no other filter is budget_execution with figure "spent".',
  },
  examples: ['total cost of the Seattle consulate’s FY2022 events', '2022年度の1件あたり平均費用', 'cost per participant in FY2021 by office'],
  execute,
  text: (r) =>
    both((w, lang) => (r.groupBy === null || r.rows === null ? SENTENCE[lang](r, w) : breakdownText(r, w, lang, r.groupBy, r.rows))),
  figures: (r) => (r.rows === null ? { kind: 'scalar', value: r.value } : { kind: 'breakdown', rows: r.rows.map(({ key, value }) => ({ key, value })) }),
  interpretation: (r, w, lang) => [
    WHAT[lang][r.figure],
    w.periodWithDates(r.period),
    ...w.filters(r.filters),
    ...(r.groupBy !== null ? [w.breakdownBy(r.groupBy, r.rank)] : []),
    SUMS[lang](r),
    COVERAGE[lang](r.total.withCost, r.total.events),
  ],
  understood: (q, w, lang, asOf) => [
    WHAT[lang][q.figure],
    w.periodShort(describePeriod(q.filters.period, asOf)),
    ...w.filters(q.filters),
    ...(q.groupBy ? [w.breakdownBy(q.groupBy, { top: q.top ?? null, fewest: q.fewest === true })] : []),
  ],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'event_cost', EventCostQuery, EventCostResult>
