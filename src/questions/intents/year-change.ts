// Intent "year_change": the fiscal year with the largest drop (or rise) in events or participants compared
// with the fiscal year before ("which fiscal year saw the biggest drop in events compared with the year
// before?", 前年度からの件数の減少が最も大きかった年度). Each fiscal year of the period (a year with no event counts
// 0) is compared with the one before; the first has no change; a fiscal year still running on the as-of date
// is left out (a part-year is not compared with a whole year). Ties are shown.
import { z } from 'zod'
import { fiscalYearOf, fiscalYearRange } from '../../domain/fiscal-year.ts'
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

export const yearChangeQuerySchema = z.object({
  intent: z.literal('year_change'),
  metric: z.enum(['events', 'participants']),
  filters: filtersSchema,
  /** drop: the most negative change; rise: the most positive. */
  direction: z.enum(['drop', 'rise']),
})
export type YearChangeQuery = z.infer<typeof yearChangeQuerySchema>

export interface YearChangeRow {
  fiscalYear: number
  value: number
  /** value − the year before's; null for the first year compared. */
  change: number | null
}

export interface YearChangeResult extends ResultBase<YearChangeQuery> {
  kind: 'year_change'
  period: ResolvedPeriod
  /** Every whole fiscal year of the period, in order, with its change from the year before. */
  years: YearChangeRow[]
  /** The year(s) with the largest drop (rise); empty when no year dropped (rose). */
  top: YearChangeRow[]
  /** A fiscal year still running on the as-of date, left out. */
  leftOut: number | null
}

/** The change of each year from the one before, and the years with the largest drop or rise (ties kept). */
export function yearChanges(values: ReadonlyMap<number, number>, from: number, to: number, direction: 'drop' | 'rise'): { years: YearChangeRow[]; top: YearChangeRow[] } {
  const years: YearChangeRow[] = []
  for (let fy = from; fy <= to; fy++) {
    const value = values.get(fy) ?? 0
    const before = years.at(-1)
    years.push({ fiscalYear: fy, value, change: before === undefined ? null : value - before.value })
  }
  const moved = years.filter((y) => y.change !== null && (direction === 'drop' ? y.change < 0 : y.change > 0))
  const best = moved.reduce<number | null>((m, y) => (m === null || (direction === 'drop' ? (y.change as number) < m : (y.change as number) > m) ? (y.change as number) : m), null)
  return { years, top: moved.filter((y) => y.change === best) }
}

async function execute(db: Db, query: YearChangeQuery, ctx: ExecuteContext): Promise<YearChangeResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const facts = await readEventFacts(db, { scope: scopeOf(query.filters, period, ctx.asOf), states: false, themes: false })
  const values = new Map<number, number>()
  for (const f of facts) values.set(f.fiscalYear, (values.get(f.fiscalYear) ?? 0) + (query.metric === 'events' ? 1 : f.participants))
  const current = fiscalYearOf(ctx.asOf)
  const fys = period.fiscalYears ?? (period.from !== null && period.to !== null ? { from: fiscalYearOf(period.from), to: fiscalYearOf(period.to) } : null)
  let leftOut: number | null = null
  let years: YearChangeRow[] = []
  let top: YearChangeRow[] = []
  if (fys !== null) {
    let to = fys.to
    // a fiscal year not over on the as-of date is not compared
    if (to >= current && fiscalYearRange(current).end > ctx.asOf) {
      if (fys.from <= current && current <= fys.to) leftOut = current
      to = Math.min(to, current - 1)
    }
    ;({ years, top } = yearChanges(values, fys.from, to, query.direction))
  }
  const counted = years.length > 0 ? facts.filter((f) => f.fiscalYear >= (years[0] as YearChangeRow).fiscalYear && f.fiscalYear <= (years.at(-1) as YearChangeRow).fiscalYear).length : 0
  return { kind: 'year_change', query, filters, notes, period, years, top, leftOut, matchedEvents: counted }
}

const unitEn = (m: YearChangeQuery['metric'], n: number) => `${formatNumber(Math.abs(n))} ${m === 'events' ? (Math.abs(n) === 1 ? 'event' : 'events') : Math.abs(n) === 1 ? 'participant' : 'participants'}`
const unitJa = (m: YearChangeQuery['metric'], n: number) => `${formatNumber(Math.abs(n))}${m === 'events' ? '件' : '名'}`
const METRIC_JA = { events: '実施件数', participants: '延べ参加者数' } as const

const WHAT: Record<Lang, (q: YearChangeQuery) => string> = {
  en: (q) =>
    `the fiscal year with the largest ${q.direction === 'drop' ? 'drop' : 'rise'} in ${q.metric} from the fiscal year before (each year's ${q.metric} minus the year before's; the first year has no change; a year with no event counts 0; ties shown; a fiscal year still running is left out)`,
  ja: (q) =>
    `前年度からの${METRIC_JA[q.metric]}の${q.direction === 'drop' ? '減少' : '増加'}が最も大きい年度（各年度の値から前年度の値を引いた差。最初の年度は比較なし。事業のない年度は0。同数は併記。実施中の年度は含まない）`,
}

const SENTENCE: Record<Lang, (r: YearChangeResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    const running = r.leftOut !== null ? ` FY${r.leftOut} is still running and is not compared.` : ''
    if (r.years.length < 2) return `There are not two whole fiscal years to compare${where}.${running}`
    const word = q.direction === 'drop' ? 'drop' : 'rise'
    const [first] = r.top
    if (first === undefined) return `No fiscal year had a ${word} in ${q.metric} from the year before${where} (FY${r.years[0]?.fiscalYear}–FY${r.years.at(-1)?.fiscalYear}).${running}`
    const detail = (y: YearChangeRow) => `FY${y.fiscalYear} (${formatNumber(y.value)}, ${y.change !== null && y.change < 0 ? 'down' : 'up'} ${unitEn(q.metric, y.change ?? 0)} from FY${y.fiscalYear - 1})`
    if (r.top.length === 1) return `The largest ${word} in ${q.metric} from the year before${where} was in ${detail(first)}.${running}`
    return `${r.top.length} fiscal years share the largest ${word} in ${q.metric} from the year before${where}: ${r.top.map(detail).join('; ')}.${running}`
  },
  ja: (r, w) => {
    const q = r.query
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    const running = r.leftOut !== null ? `${r.leftOut}年度は実施中のため比較していません。` : ''
    if (r.years.length < 2) return `${where}比較できる2つの年度がありません。${running}`
    const word = q.direction === 'drop' ? '減少' : '増加'
    const [first] = r.top
    if (first === undefined) return `${where}前年度から${METRIC_JA[q.metric]}が${word}した年度はありません（${r.years[0]?.fiscalYear}〜${r.years.at(-1)?.fiscalYear}年度）。${running}`
    const detail = (y: YearChangeRow) => `${y.fiscalYear}年度（${unitJa(q.metric, y.value)}、前年度から${unitJa(q.metric, y.change ?? 0)}${y.change !== null && y.change < 0 ? '減' : '増'}）`
    if (r.top.length === 1) return `${where}前年度からの${METRIC_JA[q.metric]}の${word}が最も大きかったのは${detail(first)}です。${running}`
    return `${where}前年度からの${METRIC_JA[q.metric]}の${word}が最も大きかったのは同数で次の${r.top.length}年度です：${r.top.map(detail).join('、')}。${running}`
  },
}

const QUESTION: Record<Lang, (q: YearChangeQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Which fiscal year saw the biggest ${q.direction === 'drop' ? 'drop' : 'rise'} in ${q.metric} from the year before${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}前年度からの${METRIC_JA[q.metric]}の${q.direction === 'drop' ? '減少' : '増加'}が最も大きかった年度は？`,
}

export const yearChangeIntent = {
  intent: 'year_change',
  schema: yearChangeQuerySchema,
  description: { en: 'The fiscal year with the largest drop (rise) in events or participants from the fiscal year before, ties shown; a running fiscal year is left out.' },
  examples: ['Which fiscal year saw the biggest drop in events compared with the year before?', '前年度からの件数の減少が最も大きかった年度'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'breakdown', rows: r.top.map((y) => ({ key: String(y.fiscalYear), value: y.change })) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'year_change', YearChangeQuery, YearChangeResult>
