// Intent "empty_months": the calendar months of the period in which no matching event started ("how many
// months of FY2022 had no events at all?", 今年度、事業が1件もなかった月は何か月ありますか). An event belongs to the
// month of its start date (as the breakdown by month counts it). A period still running on the as-of date is
// counted through the as-of date's month, that month included though not over (the answer says so); the
// whole record ("so far") runs from the first recorded event's month.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { readEventFacts } from '../../store/queries/read-event-facts.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

export const emptyMonthsQuerySchema = z.object({
  intent: z.literal('empty_months'),
  filters: filtersSchema,
  /** count: how many months; list: which months. */
  answer: z.enum(['count', 'list']),
})
export type EmptyMonthsQuery = z.infer<typeof emptyMonthsQuerySchema>

export interface EmptyMonthsResult extends ResultBase<EmptyMonthsQuery> {
  kind: 'empty_months'
  period: ResolvedPeriod
  /** The months with no matching event ('2022-05'), in order. */
  months: string[]
  /** The months looked at: from the period's first month to its last, or to the as-of date's month. */
  first: string | null
  last: string | null
  outOf: number
  /** The last month looked at is the as-of date's and is not over. */
  running: boolean
}

/** Every month 'YYYY-MM' from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = []
  let [y, m] = first.split('-').map(Number) as [number, number]
  const [ly, lm] = last.split('-').map(Number) as [number, number]
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}

const lastDayOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

async function execute(db: Db, query: EmptyMonthsQuery, ctx: ExecuteContext): Promise<EmptyMonthsResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const facts = await readEventFacts(db, { scope: scopeOf(query.filters, period, ctx.asOf), states: false, themes: false })
  const base = { kind: 'empty_months' as const, query, filters, notes, period, matchedEvents: facts.length }
  if (period.from === null || period.to === null || period.from > ctx.asOf) return { ...base, months: [], first: null, last: null, outOf: 0, running: false }
  const end = period.to < ctx.asOf ? period.to : ctx.asOf
  const first = period.from.slice(0, 7)
  const last = end.slice(0, 7)
  const seen = new Set(facts.map((f) => f.startDate.slice(0, 7)))
  const all = monthsBetween(first, last)
  return { ...base, months: all.filter((m) => !seen.has(m)), first, last, outOf: all.length, running: end === ctx.asOf && ctx.asOf < lastDayOf(last) }
}

const monthEn = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const monthJa = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`

const WHAT: Record<Lang, string> = {
  en: 'calendar months with no matching event (an event counts in the month of its start date)',
  ja: '該当する事業が1件もなかった月（事業は開始日の月に数える）',
}

const span: Record<Lang, (r: EmptyMonthsResult) => string> = {
  en: (r) => (r.first === null || r.last === null ? 'no months' : `${monthEn(r.first)} – ${monthEn(r.last)}, ${r.outOf} months${r.running ? `, ${monthEn(r.last)} included though still running` : ''}`),
  ja: (r) => (r.first === null || r.last === null ? '対象月なし' : `${monthJa(r.first)}〜${monthJa(r.last)}の${r.outOf}か月${r.running ? `、${monthJa(r.last)}は途中までを含む` : ''}`),
}

const SENTENCE: Record<Lang, (r: EmptyMonthsResult, w: Wording) => string> = {
  en: (r, w) => {
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.outOf === 0) return `There are no months to look at${where}.`
    if (r.months.length === 0) return `Every one of the ${r.outOf} months (${span.en(r)}) had at least one event${where}.`
    return `${formatNumber(r.months.length)} of the ${r.outOf} months (${span.en(r)}) had no event${where}: ${r.months.map(monthEn).join(', ')}.`
  },
  ja: (r, w) => {
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    if (r.outOf === 0) return `${where}対象となる月はありません。`
    if (r.months.length === 0) return `${where}事業はすべての月にあります（対象：${span.ja(r)}）。`
    return `${where}事業が1件もなかった月は${formatNumber(r.months.length)}か月です（対象：${span.ja(r)}）：${r.months.map(monthJa).join('、')}。`
  },
}

const QUESTION: Record<Lang, (q: EmptyMonthsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `${q.answer === 'count' ? 'How many' : 'Which'} months ${w.periodIn(p)} had no events${w.scopePhrase(q.filters)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}事業が1件もなかった月は${q.answer === 'count' ? '何か月' : 'いつ'}？`,
}

export const emptyMonthsIntent = {
  intent: 'empty_months',
  schema: emptyMonthsQuerySchema,
  description: { en: 'The calendar months of the period with no matching event ("how many months of FY2022 had no events"), counted through the as-of month.' },
  examples: ['How many months of FY2022 had no events at all?', '今年度、事業が1件もなかった月は何か月ありますか'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => (r.query.answer === 'count' ? { kind: 'scalar', value: r.months.length } : { kind: 'breakdown', rows: r.months.map((m) => ({ key: m, value: 0 })) }),
  interpretation: (r, w, lang) => [WHAT[lang], span[lang](r), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'empty_months', EmptyMonthsQuery, EmptyMonthsResult>
