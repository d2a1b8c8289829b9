// Intent "group_difference": the difference of one figure between two groups of one dimension named in the
// question ("difference in average participants between online and in-person events in FY2021",
// オンライン事業と対面事業の平均参加者数の差（2021年度）, "the difference in events between Chicago and New York").
// Each group's figure is the breakdown a metric query gives for it (an event in two states, regions or themes
// counts in each); the difference is the larger minus the smaller, and the answer names which is larger.
// Averages are compared exactly (participants ÷ events of each group) and the difference rounded to one
// decimal, so it may differ by 0.1 from the difference of the two averages as shown to one decimal.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { breakdown } from '../execute/breakdown.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, GROUP_FILTER, type Filters } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The figures a difference between two groups takes. */
export const groupDifferenceMetricSchema = z.enum(['events', 'participants', 'avg_participants'])
/** The dimensions whose two named values are compared (their filter holds the two). */
export const groupDifferenceDimSchema = z.enum(['office', 'state', 'region', 'activity_type', 'theme', 'format'])
export type GroupDifferenceDim = z.infer<typeof groupDifferenceDimSchema>

/** The filter that holds a dimension's named values. */
export const DIFFERENCE_FILTER: Record<GroupDifferenceDim, (typeof GROUP_FILTER)[GroupDifferenceDim]> = GROUP_FILTER

export const groupDifferenceQuerySchema = z
  .object({
    intent: z.literal('group_difference'),
    metric: groupDifferenceMetricSchema,
    /** The filters; the dimension's own filter is exactly the two groups. */
    filters: filtersSchema,
    groupBy: groupDifferenceDimSchema,
    /** The two groups' keys (office code, USPS code, region/type/theme/format code), in the order named. */
    groups: z.tuple([z.string().min(1), z.string().min(1)]),
  })
  .superRefine((q, ctx) => {
    const [a, b] = q.groups
    if (a === b) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'two different groups' })
    const held = (q.filters as Filters)[DIFFERENCE_FILTER[q.groupBy]] as readonly string[] | undefined
    if (held === undefined || held.length !== 2 || !held.includes(a) || !held.includes(b)) {
      ctx.addIssue({ code: 'custom', path: ['filters', DIFFERENCE_FILTER[q.groupBy]], message: 'the dimension’s filter holds exactly the two groups' })
    }
  })
export type GroupDifferenceQuery = z.infer<typeof groupDifferenceQuerySchema>

export interface GroupDifferenceSide {
  key: string
  /** The group's figure (null: an average over no event). */
  value: number | null
  events: number
}

export interface GroupDifferenceResult extends ResultBase<GroupDifferenceQuery> {
  kind: 'group_difference'
  period: ResolvedPeriod
  /** Both groups, in the order named. */
  sides: [GroupDifferenceSide, GroupDifferenceSide]
  /** The larger figure minus the smaller (one decimal for averages); null when either has no figure. */
  value: number | null
  /** The key of the group with the larger figure; null when they are equal or either has none. */
  larger: string | null
  /** Some event counts in both groups (two states, regions or themes). */
  overlapping: boolean
}

async function execute(db: Db, query: GroupDifferenceQuery, ctx: ExecuteContext): Promise<GroupDifferenceResult> {
  const { filters, notes, resolve, stateScope } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const b = await breakdown(db, { query: { metric: query.metric, groupBy: query.groupBy, filters: query.filters }, period, scope, stateScope })
  const exact = new Map<string, number | null>()
  const side = (key: string): GroupDifferenceSide => {
    const row = b.rows.find((r) => r.key === key)
    const events = row?.events ?? 0
    if (query.metric === 'avg_participants') exact.set(key, events === 0 ? null : (row?.participants ?? 0) / events)
    else exact.set(key, row?.value ?? 0)
    return { key, value: query.metric === 'avg_participants' ? (events === 0 ? null : (row?.value ?? null)) : (row?.value ?? 0), events }
  }
  const sides: [GroupDifferenceSide, GroupDifferenceSide] = [side(query.groups[0]), side(query.groups[1])]
  const x = exact.get(query.groups[0]) ?? null
  const y = exact.get(query.groups[1]) ?? null
  const value = x === null || y === null ? null : Math.round(Math.abs(x - y) * 10) / 10
  const larger = x === null || y === null || x === y ? null : x > y ? query.groups[0] : query.groups[1]
  return {
    kind: 'group_difference',
    query,
    filters,
    notes,
    period,
    sides,
    value,
    larger,
    overlapping: b.overlapping,
    matchedEvents: b.total.events,
  }
}

/** The filters other than the two groups' own (named in the sentence already). */
const besidesGroups = (r: GroupDifferenceResult): Filters => ({ ...r.filters, [DIFFERENCE_FILTER[r.query.groupBy]]: undefined })

/** A number of participants or an average of them: 1,200 / 1,200名. */
const PEOPLE: Record<Lang, (v: number) => string> = { en: (v) => formatNumber(v), ja: (v) => `${formatNumber(v)}名` }

const figureOf = (r: GroupDifferenceResult, v: number | null, w: Wording, lang: Lang): string =>
  v === null ? '–' : r.query.metric === 'events' ? w.count(v, 'events') : PEOPLE[lang](v)

const FIGURE_NAME: Record<Lang, Record<GroupDifferenceQuery['metric'], string>> = {
  en: { events: 'events', participants: 'participants', avg_participants: 'average participants per event' },
  ja: { events: '実施件数', participants: '延べ参加者数', avg_participants: '1件当たりの平均参加者数' },
}

const TEXT: Record<Lang, (r: GroupDifferenceResult, w: Wording) => string> = {
  en: (r, w) => {
    const [a, b] = r.sides.map((s) => ({ name: w.groupKey(r.query.groupBy, s.key), figure: figureOf(r, s.value, w, 'en') }))
    const head = `Difference in ${FIGURE_NAME.en[r.query.metric]} between ${a!.name} (${a!.figure}) and ${b!.name} (${b!.figure})${w.scopePhrase(besidesGroups(r))} ${w.periodIn(r.period)}`
    if (r.value === null) return `${head}: no figure, as ${r.sides[0].value === null ? a!.name : b!.name} had no event.`
    const which = r.larger === null ? 'the two are equal' : `${w.groupKey(r.query.groupBy, r.larger)} higher`
    const value = r.query.metric === 'events' ? w.count(r.value, 'events') : formatNumber(r.value)
    const note = r.overlapping ? ' An event in both counts in each.' : ''
    return `${head}: ${value} (${which}).${note}`
  },
  ja: (r, w) => {
    const [a, b] = r.sides.map((s) => ({ name: w.groupKey(r.query.groupBy, s.key), figure: figureOf(r, s.value, w, 'ja') }))
    const head = `${w.periodOf(r.period)}${w.scopePhrase(besidesGroups(r))}${a!.name}と${b!.name}の${FIGURE_NAME.ja[r.query.metric]}の差`
    if (r.value === null) return `${head}は、${r.sides[0].value === null ? a!.name : b!.name}に該当する事業がないため算出できません。`
    const which = r.larger === null ? '両者は同数です' : `${w.groupKey(r.query.groupBy, r.larger)}の方が多くなっています`
    const value = r.query.metric === 'events' ? w.count(r.value, 'events') : `${formatNumber(r.value)}名`
    const note = r.overlapping ? '両方に該当する事業はそれぞれに計上しています。' : ''
    return `${head}は${value}です（${a!.name}${a!.figure}、${b!.name}${b!.figure}。${which}）。${note}`
  },
}

const WHAT: Record<Lang, (q: GroupDifferenceQuery, w: Wording) => string> = {
  en: (q, w) =>
    `the difference in ${FIGURE_NAME.en[q.metric]} between two ${w.groupBy(q.groupBy)} groups: the larger minus the smaller${q.metric === 'avg_participants' ? ', of the exact averages (participants ÷ events), to one decimal' : ''}`,
  ja: (q, w) => `${w.groupBy(q.groupBy)}2区分の${FIGURE_NAME.ja[q.metric]}の差（多い方から少ない方を引いた値${q.metric === 'avg_participants' ? '。端数処理前の平均（参加者数÷件数）の差を小数第1位まで表示' : ''}）`,
}

const QUESTION: Record<Lang, (q: GroupDifferenceQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Difference in ${FIGURE_NAME.en[q.metric]} between ${w.groupKey(q.groupBy, q.groups[0])} and ${w.groupKey(q.groupBy, q.groups[1])} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.groupKey(q.groupBy, q.groups[0])}と${w.groupKey(q.groupBy, q.groups[1])}の${FIGURE_NAME.ja[q.metric]}の差は？`,
}

export const groupDifferenceIntent = {
  intent: 'group_difference',
  schema: groupDifferenceQuerySchema,
  description: {
    en:
      'The difference of events, participants or average participants between two groups of one dimension named in the question ' +
      '("groups": their keys in the order named; the dimension’s filter holds exactly the two): the larger minus the smaller.',
  },
  examples: ['Difference in average participants between online and in-person events in FY2021', 'シカゴ総とニューヨーク総の件数の差（2022年度）'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query, w), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q, w), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'group_difference', GroupDifferenceQuery, GroupDifferenceResult>
