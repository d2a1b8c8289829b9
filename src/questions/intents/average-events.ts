// Intent "average_events": the average number of events per calendar month, per office or per state (月平均,
// 1か月あたりの平均件数, 公館ごとの平均件数, "average events per office in FY2022"). Each is the mean of the
// per-unit counts with units without an event counted as 0:
// - per month: events ÷ the calendar months the period touches, whole months, up to the as-of date (the
//   month of the as-of date counts as a whole month: the answer says so);
// - per office: events ÷ the offices of the reference list (all of them, or those the question names),
//   offices without an event included;
// - per state: (event, state) pairs in the states asked about ÷ the number of those states (the 50, or those
//   of the state/region filters; DC is not a state): an event held in two states counts in both.
// - per fiscal year (1年度あたりの平均件数, "average events per fiscal year since FY2017"): events ÷ the COMPLETE
//   fiscal years of the period (fiscal years with no event counted as 0). The fiscal year still running on
//   the as-of date is left out, its events too (a part-year would pull the average down): the answer names
//   the fiscal years counted and the one left out. "all" runs from the fiscal year of the first recorded event.
// - per office per fiscal year: the same events ÷ (offices × complete fiscal years).
import { z } from 'zod'
import { OFFICES } from '../../domain/offices.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { fyPeriod, monthsOf } from '../execute/periods.ts'
import { currentFiscalYear, fyLabel } from '../../domain/fiscal-year.ts'
import { IS_STATE, scopeOf } from '../execute/scope.ts'
import { formatMonth } from '../../i18n/format.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { oneDecimal } from './ratio-shared.ts'
import { askedStates, describePeriod } from './shared.ts'

export const perUnitSchema = z.enum(['month', 'office', 'state', 'fiscal_year', 'office_fiscal_year'])
export type PerUnit = z.infer<typeof perUnitSchema>

/** The average number of events per month, office or state over the filters. */
export const averageEventsQuerySchema = z.object({ intent: z.literal('average_events'), per: perUnitSchema, filters: filtersSchema })
export type AverageEventsQuery = z.infer<typeof averageEventsQuerySchema>

export interface AverageEventsResult extends ResultBase<AverageEventsQuery> {
  kind: 'average_events'
  per: PerUnit
  period: ResolvedPeriod
  /** numerator ÷ units, one decimal; null when there are no units (a period wholly after the as-of date). */
  value: number | null
  /** Events (per month, per office) or (event, state) pairs (per state). */
  numerator: number
  /** Calendar months, offices or states divided by. */
  units: number
  /** Per month: the first and last month counted ('YYYY-MM'), null with no months. */
  months: { first: string; last: string } | null
  /**
   * Per fiscal year (and per office per fiscal year): the complete fiscal years counted (null when none),
   * the number of offices, and the fiscal year left out because it was still running on the as-of date.
   */
  fiscalYears?: { counted: { from: number; to: number } | null; offices: number; leftOut: number | null }
}

/**
 * The complete fiscal years of a period: those it covers whole (a fiscal-year period, or every recorded fiscal
 * year for "all") that ended before the as-of date; and the fiscal year of the period still running then.
 */
export function completeFiscalYears(p: ResolvedPeriod, asOf: string): { counted: { from: number; to: number } | null; leftOut: number | null } {
  const range = p.fiscalYears
  if (range === null) return { counted: null, leftOut: null }
  const current = currentFiscalYear(asOf)
  const to = Math.min(p.asked.kind === 'all' ? current - 1 : range.to, current - 1)
  const leftOut = range.from <= current && current <= (p.asked.kind === 'all' ? current : range.to) ? current : null
  return { counted: to >= range.from ? { from: range.from, to } : null, leftOut }
}

/** The calendar months of a period as counted: from its first day to its last, clipped at the as-of date. */
export function countedMonths(p: ResolvedPeriod, asOf: string): string[] {
  if (p.from === null || p.to === null || p.from > asOf) return []
  const to = p.to > asOf ? asOf : p.to
  return monthsOf({ ...p, to })
}

async function execute(db: Db, query: AverageEventsQuery, ctx: ExecuteContext): Promise<AverageEventsResult> {
  const { filters, notes, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const matched = await countEvents(db, { scope })
  const base = { kind: 'average_events' as const, query, filters, notes, per: query.per, period, matchedEvents: matched.events }
  switch (query.per) {
    case 'month': {
      const months = countedMonths(period, ctx.asOf)
      const first = months[0]
      const last = months.at(-1)
      return { ...base, value: oneDecimal(matched.events, months.length), numerator: matched.events, units: months.length, months: first && last ? { first, last } : null }
    }
    case 'office': {
      const offices = OFFICES.filter((o) => query.filters.offices === undefined || query.filters.offices.includes(o.code)).length
      return { ...base, value: oneDecimal(matched.events, offices), numerator: matched.events, units: offices, months: null }
    }
    case 'fiscal_year':
    case 'office_fiscal_year': {
      const { counted, leftOut } = completeFiscalYears(period, ctx.asOf)
      const offices = query.per === 'office_fiscal_year' ? OFFICES.filter((o) => query.filters.offices === undefined || query.filters.offices.includes(o.code)).length : 1
      const fiscalYears = { counted, offices, leftOut }
      if (counted === null) return { ...base, matchedEvents: 0, value: null, numerator: 0, units: 0, months: null, fiscalYears }
      // the events of the complete fiscal years only
      const years = fyPeriod({ kind: 'fy', from: counted.from, to: counted.to }, counted.from, counted.to)
      const inYears = await countEvents(db, { scope: scopeOf(query.filters, years, ctx.asOf) })
      const units = (counted.to - counted.from + 1) * offices
      return { ...base, period: years, matchedEvents: inYears.events, value: oneDecimal(inYears.events, units), numerator: inYears.events, units, months: null, fiscalYears }
    }
    case 'state': {
      const asked = askedStates({ query, filters, notes, matchedEvents: 0 })
      const inAsked = new Set(asked)
      const pairs = await countStatePairs(db, { scope })
      dcNote(pairs.find((p) => p.stateCode === 'DC')?.events ?? 0)
      const numerator = pairs.filter((p) => IS_STATE.has(p.stateCode) && inAsked.has(p.stateCode)).reduce((n, p) => n + p.events, 0)
      return { ...base, value: oneDecimal(numerator, asked.length), numerator, units: asked.length, months: null }
    }
  }
}

const UNIT: Record<Lang, Record<PerUnit, (n: number) => string>> = {
  en: {
    month: (n) => `${formatNumber(n)} ${n === 1 ? 'month' : 'months'}`,
    office: (n) => `${formatNumber(n)} ${n === 1 ? 'office' : 'offices'}`,
    state: (n) => `${formatNumber(n)} ${n === 1 ? 'state' : 'states'}`,
    fiscal_year: (n) => `${formatNumber(n)} ${n === 1 ? 'fiscal year' : 'fiscal years'}`,
    office_fiscal_year: (n) => `${formatNumber(n)} office-years`,
  },
  ja: {
    month: (n) => `${formatNumber(n)}か月`,
    office: (n) => `${formatNumber(n)}公館`,
    state: (n) => `${formatNumber(n)}州`,
    fiscal_year: (n) => `${formatNumber(n)}年度`,
    office_fiscal_year: (n) => `延べ${formatNumber(n)}公館・年度`,
  },
}

const PER: Record<Lang, Record<PerUnit, string>> = {
  en: { month: 'per month', office: 'per office', state: 'per state', fiscal_year: 'per fiscal year', office_fiscal_year: 'per office per fiscal year' },
  ja: { month: '1か月当たり', office: '1公館当たり', state: '1州当たり', fiscal_year: '1年度当たり', office_fiscal_year: '1公館1年度当たり' },
}

const TEXT: Record<Lang, (r: AverageEventsResult, w: Wording) => string> = {
  en: (r, w) => {
    const scope = w.scopePhrase(r.filters)
    const when = w.periodIn(r.period)
    const counted = r.per === 'state' ? `${formatNumber(r.numerator)} events counted in each state they touch` : w.count(r.numerator, 'events')
    if (r.value === null && r.fiscalYears) return `No complete fiscal year to divide by${scope} ${when} (a fiscal year still running is not counted), so there is no average.`
    if (r.value === null) return `No ${r.per === 'month' ? 'month' : r.per} to divide by${scope} ${when}, so there is no average.`
    return `Average events ${PER.en[r.per]}${scope} ${when}: ${formatNumber(r.value)} (${counted} ÷ ${UNIT.en[r.per](r.units)}).`
  },
  ja: (r, w) => {
    const head = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}`
    if (r.value === null && r.fiscalYears) return `${head}終了した年度がないため（実施中の年度は算入しません）、平均件数は算出できません。`
    if (r.value === null) return `${head}対象となる期間・単位がないため、平均件数は算出できません。`
    const counted = r.per === 'state' ? `各州で延べ${formatNumber(r.numerator)}件` : `${formatNumber(r.numerator)}件`
    return `${head}${PER.ja[r.per]}の平均実施件数は${formatNumber(r.value)}件です（${counted}÷${UNIT.ja[r.per](r.units)}）。`
  },
}

type What = { per: PerUnit; units: number | null; months: { first: string; last: string } | null; fiscalYears?: AverageEventsResult['fiscalYears'] }

/** The fiscal years counted and the one left out, in words ("FY2017–FY2022; FY2023, still running, not counted"). */
function yearsCounted(y: AverageEventsResult['fiscalYears'], lang: Lang): string {
  if (y === undefined) return ''
  const T = YEARS_COUNTED[lang]
  const range = y.counted === null ? '' : y.counted.from === y.counted.to ? fyLabel(y.counted.from, lang) : T.range(y.counted.from, y.counted.to)
  const out = y.leftOut === null ? '' : T.leftOut(y.leftOut)
  return T.said([range, out].filter(Boolean))
}

const YEARS_COUNTED: Record<Lang, { range: (from: number, to: number) => string; leftOut: (fy: number) => string; said: (parts: string[]) => string }> = {
  en: {
    range: (from, to) => `FY${from}–FY${to}`,
    leftOut: (fy) => `FY${fy}, still running on the as-of date, left out with its events`,
    said: (parts) => ` (${parts.join('; ')})`,
  },
  ja: {
    range: (from, to) => `${from}〜${to}年度`,
    leftOut: (fy) => `実施中の${fy}年度とその事業は算入しない`,
    said: (parts) => `（${parts.join('。')}）`,
  },
}

const WHAT: Record<Lang, (r: What) => string> = {
  en: ({ per, units, months, fiscalYears }) => {
    const n = units === null ? '' : ` ${formatNumber(units)}`
    switch (per) {
      case 'fiscal_year':
        return `average events per fiscal year = events ÷${n} complete fiscal years${yearsCounted(fiscalYears, 'en')}, fiscal years with no event counted as 0`
      case 'office_fiscal_year':
        return `average events per office per fiscal year = events ÷ (${fiscalYears ? formatNumber(fiscalYears.offices) : 'the'} offices × complete fiscal years${yearsCounted(fiscalYears, 'en')})${n ? ` =${n}` : ''}, offices and fiscal years with no event counted as 0`
      case 'month':
        return `average events per month = events ÷${n} calendar months${months ? ` (${formatMonth(months.first, 'en')} to ${formatMonth(months.last, 'en')})` : ''}, months with no event counted as 0, a month still running counted whole`
      case 'office':
        return `average events per office = events ÷${n} offices (every office in the list, those with no event included)`
      case 'state':
        return `average events per state = events in each state (an event in two states counts in both) ÷${n} states (DC not a state; states with no event included)`
    }
  },
  ja: ({ per, units, months, fiscalYears }) => {
    const n = units === null ? '' : `${formatNumber(units)}`
    switch (per) {
      case 'fiscal_year':
        return `1年度当たりの平均件数＝件数÷終了した年度の数${n ? `${n}年度` : ''}${yearsCounted(fiscalYears, 'ja')}（事業のない年度も0件として算入）`
      case 'office_fiscal_year':
        return `1公館1年度当たりの平均件数＝件数÷（公館数${fiscalYears ? `${formatNumber(fiscalYears.offices)}公館` : ''}×終了した年度の数${yearsCounted(fiscalYears, 'ja')}）${n ? `＝${n}` : ''}（事業のない公館・年度も0件として算入）`
      case 'month':
        return `1か月当たりの平均件数＝件数÷暦月数${n ? `${n}か月` : ''}${months ? `（${formatMonth(months.first, 'ja')}〜${formatMonth(months.last, 'ja')}）` : ''}（事業のない月も0件として算入、基準日を含む月は1か月として算入）`
      case 'office':
        return `1公館当たりの平均件数＝件数÷公館数${n ? `${n}公館` : ''}（一覧の全公館。事業のない公館も算入）`
      case 'state':
        return `1州当たりの平均件数＝各州の件数の合計（複数州にまたがる事業は各州で計上）÷州数${n ? `${n}州` : ''}（DCは州に含めない。事業のない州も算入）`
    }
  },
}

const QUESTION: Record<Lang, (q: AverageEventsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Average number of events ${PER.en[q.per]}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}${PER.ja[q.per]}の平均件数は？`,
}

export const averageEventsIntent = {
  intent: 'average_events',
  schema: averageEventsQuerySchema,
  description: {
    en:
      'The average number of events per calendar month, per office, per state, per fiscal year (complete fiscal years only) or per office per fiscal year ("per"), ' +
      'over the filters; the average participants per event is metric avg_participants.',
  },
  examples: ['Average number of events per office in FY2022', '1か月あたりの平均件数は？', '2022年度の州ごとの平均件数'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [WHAT[lang](r), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang]({ per: q.per, units: null, months: null }), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'average_events', AverageEventsQuery, AverageEventsResult>
