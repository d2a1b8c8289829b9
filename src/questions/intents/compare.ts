// Intent "compare": the same figure for two periods side by side, with the difference and the change in percent.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { scalarFigure } from '../execute/figures.ts'
import { periodKey } from '../execute/periods.ts'
import { scopeOf } from '../execute/scope.ts'
import type { ComparisonResult, ComparisonRow, ExecuteContext } from '../results.ts'
import { filtersSchema, metricSchema, periodSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The same figure for two periods, side by side, with the difference. */
export const compareQuerySchema = z.object({
  intent: z.literal('compare'),
  metric: metricSchema,
  filters: filtersSchema,
  periods: z.tuple([periodSchema, periodSchema]),
})
export type CompareQuery = z.infer<typeof compareQuerySchema>
export type CompareResult = ComparisonResult<CompareQuery>

async function execute(db: Db, query: CompareQuery, ctx: ExecuteContext): Promise<CompareResult> {
  const { filters, notes, resolve } = ctx
  const rows = await Promise.all(
    query.periods.map(async (p): Promise<ComparisonRow> => {
      const period = resolve(p)
      const f = await scalarFigure(db, query.metric, scopeOf(query.filters, period, ctx.asOf))
      return { key: periodKey(period), period, value: f.value, events: f.events, participants: f.participants, matchedEvents: f.events }
    }),
  )
  const [a, b] = rows as [ComparisonRow, ComparisonRow]
  const difference = a.value !== null && b.value !== null ? Math.round((b.value - a.value) * 10) / 10 : null
  const changePercent = a.value !== null && b.value !== null && a.value !== 0 ? Math.round(((b.value - a.value) / a.value) * 1000) / 10 : null
  return { kind: 'comparison', query, filters, notes, metric: query.metric, rows: [a, b], difference, changePercent, matchedEvents: a.matchedEvents + b.matchedEvents }
}

const QUESTION: Record<Lang, (q: CompareQuery, w: Wording) => string> = {
  en: (q, w) => {
    const metric = w.metric(q.metric)
    return `${metric.charAt(0).toUpperCase() + metric.slice(1)}${w.scopePhrase(q.filters)}, ${q.periods.map((p) => w.periodLabel(p)).join(' vs ')}?`
  },
  ja: (q, w) => `${q.periods.map((p) => w.periodLabel(p)).join('と')}の${w.scopePhrase(q.filters)}${w.metric(q.metric)}の比較は？`,
}

export const compareIntent = {
  intent: 'compare',
  schema: compareQuerySchema,
  description: { en: 'The same figure for two periods side by side, with the difference; the earlier period first.' },
  examples: ['Compare participants in FY2021 and FY2022', '昨年度と比べて今年度の件数は？'],
  execute,
  text: (r) => {
    const [a, b] = r.rows
    return both((w) =>
      w.comparison(r.metric, { label: w.periodShort(a.period), value: a.value }, { label: w.periodShort(b.period), value: b.value }, r.difference, r.changePercent, r.filters),
    )
  },
  figures: (r) => ({ kind: 'comparison', rows: r.rows.map(({ key, value }) => ({ key, value })) }),
  interpretation: (r, w) => [w.metric(r.metric), w.comparePeriods(r.rows[0].period, r.rows[1].period), ...w.filters(r.filters), w.matchedEach(r.rows[0].matchedEvents, r.rows[1].matchedEvents)],
  understood: (q, w, _lang, asOf) => [w.metric(q.metric), ...q.periods.map((p) => w.periodShort(describePeriod(p, asOf))), ...w.filters(q.filters)],
  question: (q, w, lang) => QUESTION[lang](q, w),
} satisfies IntentModule<'compare', CompareQuery, CompareResult>
