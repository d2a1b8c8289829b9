// Intent "compare": the same figure for two periods side by side, with the difference and the change in percent.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { scalarFigure } from '../execute/figures.ts'
import { periodKey } from '../execute/periods.ts'
import { scopeOf } from '../execute/scope.ts'
import type { ComparisonResult, ComparisonRow, ExecuteContext } from '../results.ts'
import { filtersSchema, metricSchema, periodSchema } from '../slots.ts'
import { formatNumber } from '../numbers.ts'
import { capitalise } from '../wording/shared.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The same figure for two periods, side by side, with the difference. */
export const compareQuerySchema = z.object({
  intent: z.literal('compare'),
  metric: metricSchema,
  filters: filtersSchema,
  periods: z.tuple([periodSchema, periodSchema]),
  /** The change asked for in percent (増加率, 伸び率, 前年度比, "by what percent"): the answer leads with it. */
  asPercent: z.boolean().optional(),
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

/** The headline of a change asked in percent: the percentage first, then (next line) the two figures. */
const PERCENT_FIRST: Record<Lang, (r: CompareResult, w: Wording) => string> = {
  en: (r, w) => {
    const [a, b] = r.rows
    const span = `from ${w.periodShort(a.period)} to ${w.periodShort(b.period)}`
    const what = capitalise(w.metric(r.metric)) + w.scopePhrase(r.filters)
    if (r.changePercent === null) return `${what}: no change in percent can be given ${span} (the first figure is ${a.value === null ? 'missing' : '0'}).`
    if (r.changePercent === 0) return `${what}: 0% change ${span}.`
    return `${what}: ${r.changePercent > 0 ? '+' : ''}${formatNumber(r.changePercent)}% ${span}.`
  },
  ja: (r, w) => {
    const [a, b] = r.rows
    const what = `${w.scopePhrase(r.filters)}${w.metric(r.metric)}`
    if (r.changePercent === null) return `${what}は、${w.periodShort(a.period)}が${a.value === null ? '算出できない' : '0'}ため、増減率は算出できません。`
    if (r.changePercent === 0) return `${what}の${w.periodShort(a.period)}から${w.periodShort(b.period)}への増減率は0%です。`
    return `${what}は、${w.periodShort(a.period)}から${w.periodShort(b.period)}にかけて${formatNumber(Math.abs(r.changePercent))}%${r.changePercent > 0 ? '増加' : '減少'}しました。`
  },
}

export const compareIntent = {
  intent: 'compare',
  schema: compareQuerySchema,
  description: {
    en: 'The same figure for two periods side by side, with the difference; the earlier period first. "asPercent": the change was asked in percent (growth rate, 伸び率, 前年度比).',
  },
  examples: ['Compare participants in FY2021 and FY2022', '昨年度と比べて今年度の件数は？'],
  execute,
  text: (r) => {
    const [a, b] = r.rows
    return both((w, lang) => {
      const text = w.comparison(r.metric, { label: w.periodShort(a.period), value: a.value }, { label: w.periodShort(b.period), value: b.value }, r.difference, r.changePercent, r.filters)
      return r.query.asPercent ? `${PERCENT_FIRST[lang](r, w)}\n${text}` : text
    })
  },
  figures: (r) => ({ kind: 'comparison', rows: r.rows.map(({ key, value }) => ({ key, value })) }),
  interpretation: (r, w) => [w.metric(r.metric), w.comparePeriods(r.rows[0].period, r.rows[1].period), ...w.filters(r.filters), w.matchedEach(r.rows[0].matchedEvents, r.rows[1].matchedEvents)],
  understood: (q, w, _lang, asOf) => [w.metric(q.metric), ...q.periods.map((p) => w.periodShort(describePeriod(p, asOf))), ...w.filters(q.filters)],
  question: (q, w, lang) => QUESTION[lang](q, w),
} satisfies IntentModule<'compare', CompareQuery, CompareResult>
