// Intent "ranked_place": the group(s) at the N-th place of a ranking ("which office ranked second by events
// in FY2021?", 2020年度に件数が2番目に多かった公館, "the third largest state by participants"). Places are
// counted by standard competition ranking (1, 1, 3: groups with the same figure share a place and the next
// place is skipped), among the groups with at least one matched event; when no group is exactly at the N-th
// place (it falls inside a tie), the answer names the tie that covers it.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { breakdown } from '../execute/breakdown.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { BreakdownRow, ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, groupBySchema } from '../slots.ts'
import { both, rowName, type Wording } from '../wording.ts'
import { GROUP_COUNTER_JA, GROUP_PLURAL_EN, scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The groups at one place of the ranking of a breakdown of events or participants, largest first. */
export const rankedPlaceQuerySchema = z.object({
  intent: z.literal('ranked_place'),
  metric: z.enum(['events', 'participants']),
  filters: filtersSchema,
  groupBy: groupBySchema,
  /** The place asked about: 2 = "second", 2番目, 2位. */
  place: z.number().int().min(1).max(100),
  /** Counted from the fewest ("the second fewest", 2番目に少ない): smallest figure first. */
  fewest: z.literal(true).optional(),
})
export type RankedPlaceQuery = z.infer<typeof rankedPlaceQuerySchema>

export interface RankedRow extends BreakdownRow {
  /** Its place by standard competition ranking (1 + the number of groups with a larger figure). */
  rank: number
}

export interface RankedPlaceResult extends ResultBase<RankedPlaceQuery> {
  kind: 'ranked_place'
  period: ResolvedPeriod
  /** The groups whose place is exactly the one asked (several when tied); empty when none is. */
  rows: RankedRow[]
  /** When no group is at the place asked: the tie that covers it (its place is smaller), else null. */
  covering: RankedRow[] | null
  /** The groups ranked (those with at least one matched event). */
  ranked: number
}

/**
 * Standard competition ranking of groups (1, 1, 3), largest figure first (smallest first with `fewest`) then
 * by key; groups with no matched event are left out.
 */
export function competitionRanks(rows: readonly BreakdownRow[], fewest = false): RankedRow[] {
  const sign = fewest ? -1 : 1
  const sorted = rows.filter((r) => r.events > 0).sort((a, b) => sign * ((b.value ?? 0) - (a.value ?? 0)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return sorted.map((r) => ({ ...r, rank: 1 + sorted.filter((s) => sign * ((s.value ?? 0) - (r.value ?? 0)) > 0).length }))
}

async function execute(db: Db, query: RankedPlaceQuery, ctx: ExecuteContext): Promise<RankedPlaceResult> {
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const b = await breakdown(db, { query: { metric: query.metric, groupBy: query.groupBy, filters: query.filters }, period, scope, stateScope })
  dcNote(b.total.dcEvents)
  const ranked = competitionRanks(b.rows, query.fewest === true)
  const rows = ranked.filter((r) => r.rank === query.place)
  const before = ranked.filter((r) => r.rank < query.place)
  const last = before[before.length - 1]
  // the place falls inside a tie when the groups ranked before it reach past it
  const covering = rows.length === 0 && last !== undefined && before.length >= query.place ? before.filter((r) => r.rank === last.rank) : null
  return { kind: 'ranked_place', query, filters, notes, period, rows, covering, ranked: ranked.length, matchedEvents: b.total.events }
}

export function ordinalEn(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${s}`
}

const METRIC_EN = { events: 'events', participants: 'participants' } as const
const METRIC_JA = { events: '実施件数', participants: '延べ参加者数' } as const

const cellEn = (m: RankedPlaceQuery['metric'], v: number | null) => `${formatNumber(v ?? 0)} ${m === 'events' ? (v === 1 ? 'event' : 'events') : v === 1 ? 'participant' : 'participants'}`
const cellJa = (m: RankedPlaceQuery['metric'], v: number | null) => `${formatNumber(v ?? 0)}${m === 'events' ? '件' : '名'}`

/** "largest first" / "fewest first"; 多い / 少ない. */
const orderEn = (q: RankedPlaceQuery) => (q.fewest ? 'fewest first' : 'largest first')
const byEn = (q: RankedPlaceQuery) => (q.fewest ? `by ${METRIC_EN[q.metric]}, counted from the fewest` : `by ${METRIC_EN[q.metric]}`)
const manyJa = (q: RankedPlaceQuery) => (q.fewest ? '少ない' : '多い')

const WHAT: Record<Lang, (q: RankedPlaceQuery, w: Wording) => string> = {
  en: (q) =>
    `${GROUP_PLURAL_EN[q.groupBy]} at the ${ordinalEn(q.place)} place by ${METRIC_EN[q.metric]}, ${orderEn(q)} (standard competition ranking: tied groups share a place and the next place is skipped, 1, 1, 3; only ${GROUP_PLURAL_EN[q.groupBy]} with at least one matched event are ranked)`,
  ja: (q, w) =>
    `${METRIC_JA[q.metric]}が${q.place}番目に${manyJa(q)}${w.groupBy(q.groupBy)}（同数は同順位とし、次の順位は飛ばす：1位、1位、3位。事業のあった${w.groupBy(q.groupBy)}のみ順位付け）`,
}

const SENTENCE: Record<Lang, (r: RankedPlaceResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    const plural = GROUP_PLURAL_EN[q.groupBy]
    const names = (rows: RankedRow[]) => rows.map((x) => rowName(q.groupBy, x, 'en')).join(', ')
    const place = ordinalEn(q.place)
    if (r.rows.length === 1) return `${rowName(q.groupBy, r.rows[0]!, 'en')} ranked ${place} ${byEn(q)}${where} (${cellEn(q.metric, r.rows[0]!.value)}).`
    if (r.rows.length > 1) return `${r.rows.length} ${plural} share the ${place} place ${byEn(q)}${where}, ${cellEn(q.metric, r.rows[0]!.value)} each: ${names(r.rows)}.`
    if (r.covering !== null) {
      const c = r.covering
      return `No ${w.groupBy(q.groupBy)} ranked exactly ${place} ${byEn(q)}${where}: ${names(c)} share the ${ordinalEn(c[0]!.rank)} place (${cellEn(q.metric, c[0]!.value)} each), so the next place is ${ordinalEn(c[0]!.rank + c.length)}.`
    }
    return `Only ${formatNumber(r.ranked)} ${plural} had an event${where}, so none ranked ${place}.`
  },
  ja: (r, w) => {
    const q = r.query
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    const unit = GROUP_COUNTER_JA[q.groupBy]
    const names = (rows: RankedRow[]) => rows.map((x) => rowName(q.groupBy, x, 'ja')).join('、')
    if (r.rows.length === 1) return `${where}${METRIC_JA[q.metric]}が${q.place}番目に${manyJa(q)}${w.groupBy(q.groupBy)}は${rowName(q.groupBy, r.rows[0]!, 'ja')}です（${cellJa(q.metric, r.rows[0]!.value)}）。`
    if (r.rows.length > 1) return `${where}${METRIC_JA[q.metric]}が${q.place}番目に${manyJa(q)}${w.groupBy(q.groupBy)}は同数で次の${r.rows.length}${unit}です（各${cellJa(q.metric, r.rows[0]!.value)}）：${names(r.rows)}。`
    if (r.covering !== null) {
      const c = r.covering
      return `${where}${METRIC_JA[q.metric]}がちょうど${q.place}位の${w.groupBy(q.groupBy)}はありません。${names(c)}が同数で${c[0]!.rank}位（各${cellJa(q.metric, c[0]!.value)}）のため、次は${c[0]!.rank + c.length}位です。`
    }
    return `${where}事業のあった${w.groupBy(q.groupBy)}は${formatNumber(r.ranked)}${unit}のみのため、${q.place}位の${w.groupBy(q.groupBy)}はありません。`
  },
}

const QUESTION: Record<Lang, (q: RankedPlaceQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Which ${w.groupBy(q.groupBy)} ranked ${ordinalEn(q.place)} ${byEn(q)}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}${METRIC_JA[q.metric]}が${q.place}番目に${q.fewest ? '少なかった' : '多かった'}${w.groupBy(q.groupBy)}は？`,
}

export const rankedPlaceIntent = {
  intent: 'ranked_place',
  schema: rankedPlaceQuerySchema,
  description: {
    en:
      'The group(s) at the N-th place of a ranking by events or participants ("which office ranked second", "the third largest state"), ' +
      'places counted by standard competition ranking (1, 1, 3), ties shown; fewest: true counts from the smallest figure ("the second fewest").',
  },
  examples: ['Which office ranked second by number of events in FY2021?', 'The third largest state by participants', '2020年度に件数が2番目に多かった公館は？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'breakdown', rows: (r.rows.length > 0 ? r.rows : (r.covering ?? [])).map((x) => ({ key: x.key, value: x.value })) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query, w), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q, w), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'ranked_place', RankedPlaceQuery, RankedPlaceResult>
