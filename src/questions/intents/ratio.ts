// Intent "ratio": two counts (or sums of participants) side by side and their ratio (対面とオンラインの件数の比率,
// "ratio of online to in-person events in FY2021", オンライン事業の参加者数は対面事業の何倍). Both figures share
// the question's filters and period; each adds its own condition (one value of one filter, e.g. format:
// online vs format: in person). The ratio is numerator ÷ denominator, two decimals, rounded half up from the
// exact integers; no ratio when the denominator is 0. The answer always gives both figures.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { scalarFigure } from '../execute/figures.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, type Filters } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { conditionKeys, conditionName, conditionSchema, type Condition } from './share.ts'
import { describePeriod } from './shared.ts'

/** What a ratio compares: events or their participants. */
export const ratioOfSchema = z.enum(['events', 'participants'])
export type RatioOf = z.infer<typeof ratioOfSchema>

/**
 * A ratio: `numerator` and `denominator` each set at least one filter, none that `filters` sets too (each side
 * is the question's filters AND its own condition), and they differ.
 */
export const ratioQuerySchema = z
  .object({
    intent: z.literal('ratio'),
    of: ratioOfSchema,
    filters: filtersSchema,
    numerator: conditionSchema,
    denominator: conditionSchema,
  })
  .superRefine((q, ctx) => {
    const whole = conditionKeys(q.filters)
    for (const side of ['numerator', 'denominator'] as const) {
      const keys = conditionKeys(q[side])
      if (keys.length === 0) ctx.addIssue({ code: 'custom', path: [side], message: `the ${side} needs a condition` })
      for (const k of keys) if (whole.includes(k)) ctx.addIssue({ code: 'custom', path: [side, k], message: `${k} is set in both filters and ${side}` })
    }
    if (JSON.stringify(q.numerator) === JSON.stringify(q.denominator)) ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'the two sides are the same' })
  })
export type RatioQuery = z.infer<typeof ratioQuerySchema>

export interface RatioResult extends ResultBase<RatioQuery> {
  kind: 'ratio'
  of: RatioOf
  period: ResolvedPeriod
  /** The two figures (events or participants). */
  numerator: number
  denominator: number
  /** numerator ÷ denominator, two decimals, rounded half up; null when the denominator is 0. */
  ratio: number | null
}

/** `a ÷ b` to two decimals, rounded half up from integers (100 ÷ 97 → 1.03); null when b is 0. */
export function twoDecimals(a: number, b: number): number | null {
  if (b === 0) return null
  return Math.round((a * 100) / b) / 100
}

const sideFilters = (q: RatioQuery, c: Condition): Filters => ({ ...q.filters, ...c })

/**
 * The events of either side: the two values together when both sides set the same one list filter (a filter
 * is any of its values); otherwise the question's filters alone (an upper bound, said as "matched").
 */
function eitherSide(q: RatioQuery): Filters {
  const [ka, kb] = [conditionKeys(q.numerator), conditionKeys(q.denominator)]
  const k = ka[0]
  if (ka.length !== 1 || kb.length !== 1 || k === undefined || k !== kb[0]) return q.filters
  const va = q.numerator[k]
  const vb = q.denominator[k]
  if (!Array.isArray(va) || !Array.isArray(vb)) return q.filters
  return { ...q.filters, [k]: [...new Set([...va, ...vb])] } as Filters
}

async function execute(db: Db, query: RatioQuery, ctx: ExecuteContext): Promise<RatioResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const metric = query.of === 'participants' ? 'participants' : 'events'
  const [a, b, either] = await Promise.all([
    scalarFigure(db, metric, scopeOf(sideFilters(query, query.numerator), period, ctx.asOf)),
    scalarFigure(db, metric, scopeOf(sideFilters(query, query.denominator), period, ctx.asOf)),
    scalarFigure(db, 'events', scopeOf(eitherSide(query), period, ctx.asOf)),
  ])
  const numerator = a.value ?? 0
  const denominator = b.value ?? 0
  // the events behind the figures: those of either side, each once (two themes may share an event)
  const matched = either.events
  return { kind: 'ratio', query, filters, notes, of: query.of, period, numerator, denominator, ratio: twoDecimals(numerator, denominator), matchedEvents: matched }
}

/** A ratio as the answer writes it: always two decimals (1.59, 0.37, 12.00). */
const ratio2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const fmtRatio = (n: number): string => ratio2.format(n)

/** A figure as the answer writes it: "100 events" / 「100件」. */
const figure = (r: { of: RatioOf }, n: number, w: Wording) => w.count(n, r.of === 'participants' ? 'participants' : 'events')

const TEXT: Record<Lang, (r: RatioResult, w: Wording) => string> = {
  en: (r, w) => {
    const a = conditionName(r.query.numerator, 'en')
    const b = conditionName(r.query.denominator, 'en')
    const what = r.of === 'participants' ? 'Participants' : 'Events'
    const head = `${what}${w.scopePhrase(r.filters)} ${w.periodIn(r.period)}: “${a}” ${figure(r, r.numerator, w)}, “${b}” ${figure(r, r.denominator, w)}.`
    if (r.ratio === null) return `${head} There is no ratio: “${b}” has none.`
    return `${head} Ratio ${fmtRatio(r.ratio)} : 1 (“${a}” is ${fmtRatio(r.ratio)} times “${b}”; ${formatNumber(r.numerator)} ÷ ${formatNumber(r.denominator)}, rounded to two decimal places).`
  },
  ja: (r, w) => {
    const a = conditionName(r.query.numerator, 'ja')
    const b = conditionName(r.query.denominator, 'ja')
    const what = r.of === 'participants' ? '延べ参加者数' : '実施件数'
    const head = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}${what}は、${a}が${figure(r, r.numerator, w)}、${b}が${figure(r, r.denominator, w)}です。`
    if (r.ratio === null) return `${head}${b}が0のため、比率は算出できません。`
    return `${head}比率は${fmtRatio(r.ratio)}対1で、${a}は${b}の${fmtRatio(r.ratio)}倍です（${formatNumber(r.numerator)}÷${formatNumber(r.denominator)}、小数第3位を四捨五入）。`
  },
}

const WHAT: Record<Lang, (q: RatioQuery) => string> = {
  en: (q) => {
    const unit = q.of === 'participants' ? 'participants at events' : 'events'
    return `ratio = ${unit} matching “${conditionName(q.numerator, 'en')}” ÷ ${unit} matching “${conditionName(q.denominator, 'en')}”, two decimal places, rounded half up`
  },
  ja: (q) => {
    const unit = q.of === 'participants' ? '延べ参加者数' : '件数'
    return `比率＝${conditionName(q.numerator, 'ja')}の${unit}÷${conditionName(q.denominator, 'ja')}の${unit}（小数第3位を四捨五入）`
  },
}

const QUESTION: Record<Lang, (q: RatioQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Ratio of ${q.of} matching “${conditionName(q.numerator, 'en')}” to those matching “${conditionName(q.denominator, 'en')}”${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}${conditionName(q.numerator, 'ja')}と${conditionName(q.denominator, 'ja')}の${q.of === 'participants' ? '延べ参加者数' : '件数'}の比率は？`,
}

export const ratioIntent = {
  intent: 'ratio',
  schema: ratioQuerySchema,
  description: {
    en:
      'Two figures of events (or participants, "of") side by side and their ratio: the events matching "filters" and "numerator", over those matching "filters" and "denominator" ' +
      '(one value of one filter each: format online vs in person). "ratio of A to B", 「AとBの比率」, 「AはBの何倍」: A is the numerator.',
  },
  examples: ['Ratio of online to in-person events in FY2021', '2021年度の対面とオンラインの件数の比率', '2022年度のオンライン事業の参加者数は対面事業の何倍？'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.ratio }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'ratio', RatioQuery, RatioResult>
