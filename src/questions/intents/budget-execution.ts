// Intent "budget_execution": how much of a fiscal year's budget is spent (予算執行率). The budget is the one
// recorded for that fiscal year (Budget, `grassroots budget set`, src/store/budgets.ts); what is spent is the
// sum of the costs recorded on that year's events (Event.costYen). Events with no cost recorded count as
// nothing spent, and the interpretation line says how many of the year's events have a cost, so the figure
// is never read as more complete than it is. With no budget recorded for the year there is no figure.
// The budget is the bureau's as a whole: the question takes one fiscal year and no other filter.
import { z } from 'zod'
import { fyLabel } from '../../domain/fiscal-year.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { fiscalYearCosts, getBudget } from '../../store/budgets.ts'
import { formatNumber, formatYenEn, formatYenJa, formatYenManJa } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, type Period } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/**
 * Whether a period is one fiscal year: a given one ({kind:'fy', from: 2023, to: 2023}) or one relative to
 * the as-of date ({kind:'fy_relative', offset: 0} = this FY).
 */
export function isOneFiscalYear(p: Period): boolean {
  return (p.kind === 'fy' && p.to === p.from) || p.kind === 'fy_relative'
}

/**
 * The budget execution of one fiscal year (this one when the question names none); no filter but the period
 * (the budget is the bureau's as a whole).
 */
export const budgetExecutionQuerySchema = z.object({
  intent: z.literal('budget_execution'),
  /**
   * The figure asked for: the execution rate in percent (the default), the budget amount in yen, or the
   * costs spent in yen. The answer always states all three that are known.
   */
  figure: z.enum(['rate', 'budget', 'spent']).optional(),
  filters: filtersSchema.superRefine((f, ctx) => {
    if (!isOneFiscalYear(f.period)) ctx.addIssue({ code: 'custom', message: 'the period must be one fiscal year' })
    if (Object.keys(f).some((k) => k !== 'period')) ctx.addIssue({ code: 'custom', message: 'no filter but the period' })
  }),
})
export type BudgetExecutionQuery = z.infer<typeof budgetExecutionQuerySchema>
export type BudgetFigure = NonNullable<BudgetExecutionQuery['figure']>

export interface BudgetExecutionResult extends ResultBase<BudgetExecutionQuery> {
  kind: 'budget'
  period: ResolvedPeriod
  fiscalYear: number
  /** The recorded budget in yen; null when none is recorded for the year. */
  budgetYen: number | null
  /** Sum of the costs recorded on the year's events, in yen (0 when none has one). */
  spentYen: number
  /** Events of the year with a cost recorded (matchedEvents: all events of the year). */
  eventsWithCost: number
  /** spent ÷ budget in percent, one decimal; null without a budget (or with a budget of 0). */
  rate: number | null
  /** The figure asked for (query.figure): the rate in percent, or the budget or the costs spent in yen; null when not recorded. */
  value: number | null
}

/** Percent to one decimal: 129600000 of 208000000 → 62.3; null when the budget is missing or 0. */
export function executionRate(spentYen: number, budgetYen: number | null): number | null {
  if (budgetYen === null || budgetYen <= 0) return null
  return Math.round((spentYen / budgetYen) * 1000) / 10
}

async function execute(db: Db, query: BudgetExecutionQuery, ctx: ExecuteContext): Promise<BudgetExecutionResult> {
  const period = ctx.resolve(query.filters.period)
  const fy = period.fiscalYears?.from
  if (fy === undefined || period.fiscalYears?.to !== fy) throw new Error('budget_execution needs one fiscal year')
  // events dated up to the as-of date, as every other figure of a period still running
  const [budget, costs] = await Promise.all([getBudget(db, fy), fiscalYearCosts(db, { fiscalYear: fy, through: ctx.asOf })])
  const budgetYen = budget?.amountYen ?? null
  const spentYen = costs.spentYen
  return {
    kind: 'budget',
    query,
    filters: ctx.filters,
    notes: ctx.notes,
    period,
    fiscalYear: fy,
    budgetYen,
    spentYen,
    eventsWithCost: costs.eventsWithCost,
    matchedEvents: costs.events,
    rate: executionRate(spentYen, budgetYen),
    value: query.figure === 'budget' ? budgetYen : query.figure === 'spent' ? spentYen : executionRate(spentYen, budgetYen),
  }
}

/** A rate as written: one decimal always ('62.3', '0.0', '100.0'). */
function percentText(value: number): string {
  return value.toFixed(1)
}

/** Whether the one-decimal rate is the exact ratio (then no 約). */
function exactRate(r: BudgetExecutionResult): boolean {
  return r.budgetYen !== null && r.rate !== null && r.spentYen * 1000 === Math.round(r.rate * 10) * r.budgetYen
}

const RATE_SENTENCE: Record<Lang, (r: BudgetExecutionResult) => string> = {
  en: (r) =>
    r.budgetYen === null
      ? `No budget is recorded for ${fyLabel(r.fiscalYear, 'en')}, so there is no execution rate (record one with "grassroots budget set --fy ${r.fiscalYear} --amount YEN"). For the costs recorded on its events, ask “total cost of events in ${fyLabel(r.fiscalYear, 'en')}”.`
      : r.rate === null
        ? `The ${fyLabel(r.fiscalYear, 'en')} budget is recorded as ${formatYenEn(r.budgetYen)}, so there is no execution rate; ${formatYenEn(r.spentYen)} is recorded as spent.`
        : `${percentText(r.rate)}% of the ${fyLabel(r.fiscalYear, 'en')} budget is spent: ${formatYenEn(r.spentYen)} of ${formatYenEn(r.budgetYen)}.`,
  ja: (r) =>
    r.budgetYen === null
      ? `${fyLabel(r.fiscalYear, 'ja')}の予算額が記録されていないため、予算執行率はお示しできません（記録するには grassroots budget set --fy ${r.fiscalYear} --amount 金額）。事業に記録された費用は「${fyLabel(r.fiscalYear, 'ja')}の事業費の合計は？」とお尋ねください。`
      : r.rate === null
        ? `${fyLabel(r.fiscalYear, 'ja')}の予算額は${formatYenJa(r.budgetYen)}と記録されているため、予算執行率はお示しできません（執行額 ${formatYenManJa(r.spentYen)}）。`
        : `${fyLabel(r.fiscalYear, 'ja')}の予算執行率は${exactRate(r) ? '' : '約'}${percentText(r.rate)}%です（執行額 ${formatYenManJa(r.spentYen)}／予算額 ${formatYenJa(r.budgetYen)}）。`,
}

/** The answer's sentence, leading with the figure asked for (query.figure) and giving the others known. */
const SENTENCE: Record<Lang, (r: BudgetExecutionResult) => string> = {
  en: (r) => {
    const fy = fyLabel(r.fiscalYear, 'en')
    if (r.query.figure === 'budget') {
      if (r.budgetYen === null) return `No budget is recorded for ${fy} (record one with "grassroots budget set --fy ${r.fiscalYear} --amount YEN"). For the costs recorded on its events, ask “total cost of events in ${fy}”.`
      return `The ${fy} budget is ${formatYenEn(r.budgetYen)}; ${formatYenEn(r.spentYen)} of it is recorded as spent${r.rate === null ? '' : ` (${percentText(r.rate)}%)`}.`
    }
    if (r.query.figure === 'spent') {
      const budget = r.budgetYen === null ? `no budget is recorded for ${fy}` : `${r.rate === null ? '' : `${percentText(r.rate)}% `}of the ${formatYenEn(r.budgetYen)} budget`
      return `Costs recorded on ${fy} events total ${formatYenEn(r.spentYen)} (${budget}).`
    }
    return RATE_SENTENCE.en(r)
  },
  ja: (r) => {
    const fy = fyLabel(r.fiscalYear, 'ja')
    if (r.query.figure === 'budget') {
      if (r.budgetYen === null) return `${fy}の予算額は記録されていません（記録するには grassroots budget set --fy ${r.fiscalYear} --amount 金額）。事業に記録された費用は「${fy}の事業費の合計は？」とお尋ねください。`
      return `${fy}の予算額は${formatYenJa(r.budgetYen)}です（執行額 ${formatYenManJa(r.spentYen)}${r.rate === null ? '' : `、予算執行率 ${exactRate(r) ? '' : '約'}${percentText(r.rate)}%`}）。`
    }
    if (r.query.figure === 'spent') {
      const budget = r.budgetYen === null ? '予算額の記録なし' : `予算額 ${formatYenJa(r.budgetYen)}${r.rate === null ? '' : `、予算執行率 ${exactRate(r) ? '' : '約'}${percentText(r.rate)}%`}`
      return `${fy}の事業に記録された費用の合計は${formatYenManJa(r.spentYen)}です（${budget}）。`
    }
    return RATE_SENTENCE.ja(r)
  },
}

const WHAT: Record<Lang, Record<BudgetFigure, string>> = {
  en: {
    rate: 'budget execution rate = the costs recorded on the fiscal year’s events ÷ the budget recorded for that year, in percent to one decimal',
    budget: 'the budget recorded for the fiscal year, in yen',
    spent: 'the costs recorded on the fiscal year’s events, in yen',
  },
  ja: {
    rate: '予算執行率＝当該年度の事業に記録された費用の合計÷当該年度の予算額（小数第1位まで）',
    budget: '当該年度の予算額（円）',
    spent: '当該年度の事業に記録された費用の合計（円）',
  },
}

const COVERAGE: Record<Lang, (withCost: number, all: number) => string> = {
  en: (withCost, all) => `${formatNumber(withCost)} of ${formatNumber(all)} events have a cost recorded; the others count as nothing spent`,
  ja: (withCost, all) => `事業${formatNumber(all)}件中、費用の記録がある事業は${formatNumber(withCost)}件（記録のない事業は執行額0円として計上）`,
}

const QUESTION: Record<Lang, Record<BudgetFigure, (p: ResolvedPeriod, w: Wording) => string>> = {
  en: {
    rate: (p, w) => `How much of the budget is spent ${w.periodOf(p)}?`,
    budget: (p, w) => `What is the budget ${w.periodOf(p)}?`,
    spent: (p, w) => `What is the total cost of events ${w.periodOf(p)}?`,
  },
  ja: {
    rate: (p, w) => `${w.periodOf(p)}の予算執行率は？`,
    budget: (p, w) => `${w.periodOf(p)}の予算額は？`,
    spent: (p, w) => `${w.periodOf(p)}の事業費用の合計は？`,
  },
}

/** The budget and the spending in the interpretation line: exact yen. */
const AMOUNTS: Record<Lang, { budget: (yen: number | null) => string; spent: (yen: number) => string }> = {
  en: { budget: (yen) => (yen === null ? 'no budget recorded for the year' : `budget ${formatYenEn(yen)}`), spent: (yen) => `spent ${formatYenEn(yen)}` },
  ja: { budget: (yen) => (yen === null ? '予算額の記録なし' : `予算額 ${formatNumber(yen)}円`), spent: (yen) => `執行額 ${formatNumber(yen)}円` },
}

export const budgetExecutionIntent = {
  intent: 'budget_execution',
  schema: budgetExecutionQuerySchema,
  description: {
    en: 'How much of one fiscal year’s budget is spent (execution rate): the recorded event costs of that year against its recorded budget; `figure` "budget" asks for the budget amount, "spent" for the total cost of the events, "rate" (the default) for the execution rate. One fiscal year (this one by default), no other filter.',
  },
  examples: ['How much of this FY’s budget is spent?', '今年度の予算額は？', 'total cost of events in FY2022'],
  execute,
  text: (r) => both((_w, lang) => SENTENCE[lang](r)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [
    WHAT[lang][r.query.figure ?? 'rate'],
    w.periodWithDates(r.period),
    AMOUNTS[lang].budget(r.budgetYen),
    AMOUNTS[lang].spent(r.spentYen),
    COVERAGE[lang](r.eventsWithCost, r.matchedEvents),
  ],
  understood: (q, w, lang, asOf) => [WHAT[lang][q.figure ?? 'rate'], w.periodShort(describePeriod(q.filters.period, asOf))],
  question: (q, w, lang, asOf) => QUESTION[lang][q.figure ?? 'rate'](describePeriod(q.filters.period, asOf), w),
} satisfies IntentModule<'budget_execution', BudgetExecutionQuery, BudgetExecutionResult>
