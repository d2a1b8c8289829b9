// Intent "group_change": events or participants per group (office, state, region, activity type, format,
// theme) in two periods side by side, with each group's change ("events by office, FY2021 vs FY2022",
// 公館別の件数（2021年度と2022年度の比較）); or the group(s) whose figure rose (fell) the most, or the top N by
// rise (drop), ties shown ("which office's event count grew the most from FY2021 to FY2022?",
// 2020年度から2021年度にかけて件数が最も減った公館は？); or every group whose figure rose (fell). The breakdown of
// each period is the breakdown a metric query gives (execute/breakdown.ts), run once per period: a group is
// shown when it had an event in either period, and an event in several states (regions, themes) counts in
// each, as the breakdowns count it. filters.period is not used.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { breakdown } from '../execute/breakdown.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber, textTable } from '../numbers.ts'
import type { BreakdownRow, ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, periodSchema } from '../slots.ts'
import { both, rowName, type Wording } from '../wording.ts'
import { GROUP_PLURAL_EN } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

export const GROUP_CHANGE_DIMS = ['office', 'state', 'region', 'activity_type', 'format', 'theme'] as const
export type GroupChangeDim = (typeof GROUP_CHANGE_DIMS)[number]

export const groupChangeQuerySchema = z
  .object({
    intent: z.literal('group_change'),
    metric: z.enum(['events', 'participants']),
    filters: filtersSchema,
    groupBy: z.enum(GROUP_CHANGE_DIMS),
    /** The two periods, the earlier first: the change is the second's figure minus the first's. */
    periods: z.tuple([periodSchema, periodSchema]),
    /** table: every group with an event in either period; largest: the top N by rise (drop), ties shown; moved: every group that rose (fell). */
    show: z.enum(['table', 'largest', 'moved']),
    /** rise: the change above 0, largest first; drop: below 0, largest fall first (largest and moved only). */
    direction: z.enum(['rise', 'drop']).optional(),
    /** largest: how many groups (ties with the N-th shown). */
    top: z.number().int().min(1).max(100).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.show !== 'table' && q.direction === undefined) ctx.addIssue({ code: 'custom', path: ['direction'], message: 'a largest change or a list of groups that moved needs a direction (rise or drop)' })
    if (q.show === 'table' && q.direction !== undefined) ctx.addIssue({ code: 'custom', path: ['direction'], message: 'a table shows every change: no direction' })
    if (q.show !== 'largest' && q.top !== undefined) ctx.addIssue({ code: 'custom', path: ['top'], message: 'a top N ranks the largest changes only' })
  })
export type GroupChangeQuery = z.infer<typeof groupChangeQuerySchema>

export interface GroupChangeRow {
  key: string
  label?: { en: string; ja: string }
  first: number
  second: number
  /** second − first. */
  change: number
}

export interface GroupChangeResult extends ResultBase<GroupChangeQuery> {
  kind: 'group_change'
  periods: [ResolvedPeriod, ResolvedPeriod]
  /** table: every group with an event in either period, largest change first; largest / moved: the groups asked for. */
  rows: GroupChangeRow[]
  /** The groups with an event in either period (how many were compared). */
  compared: number
  /** Whether a multi-state (multi-theme) event counts in several groups. */
  overlapping: boolean
  matchedEach: [number, number]
}

/**
 * The rows of a change between two breakdowns: every group with an event in either, in the order asked —
 * table: by change, largest rise first; largest: the top N of those that moved in the direction (ties kept);
 * moved: all of those, the largest move first. Ties in order by key.
 */
export function groupChanges(first: readonly BreakdownRow[], second: readonly BreakdownRow[], q: Pick<GroupChangeQuery, 'show' | 'direction' | 'top'>): { rows: GroupChangeRow[]; compared: number } {
  const a = new Map(first.map((r) => [r.key, r]))
  const b = new Map(second.map((r) => [r.key, r]))
  const keys = [...new Set([...a.keys(), ...b.keys()])].filter((k) => (a.get(k)?.events ?? 0) > 0 || (b.get(k)?.events ?? 0) > 0)
  const all = keys.map((key): GroupChangeRow => {
    const x = a.get(key)
    const y = b.get(key)
    const label = x?.label ?? y?.label
    const v1 = x?.value ?? 0
    const v2 = y?.value ?? 0
    return { key, ...(label !== undefined ? { label } : {}), first: v1, second: v2, change: v2 - v1 }
  })
  const byKey = (p: GroupChangeRow, r: GroupChangeRow) => (p.key < r.key ? -1 : p.key > r.key ? 1 : 0)
  if (q.show === 'table') return { rows: [...all].sort((p, r) => r.change - p.change || byKey(p, r)), compared: all.length }
  const sign = q.direction === 'drop' ? -1 : 1
  const moved = all.filter((r) => r.change * sign > 0).sort((p, r) => r.change * sign - p.change * sign || byKey(p, r))
  if (q.show === 'moved') return { rows: moved, compared: all.length }
  const n = q.top ?? 1
  const last = moved[n - 1]
  let end = Math.min(n, moved.length)
  while (last !== undefined && end < moved.length && moved[end]?.change === last.change) end++
  return { rows: moved.slice(0, end), compared: all.length }
}

async function execute(db: Db, query: GroupChangeQuery, ctx: ExecuteContext): Promise<GroupChangeResult> {
  const { filters, notes, resolve, stateScope } = ctx
  const periods = query.periods.map((p) => resolve(p)) as [ResolvedPeriod, ResolvedPeriod]
  const ask = { metric: query.metric, groupBy: query.groupBy, filters: query.filters }
  const [a, b] = await Promise.all(periods.map((period) => breakdown(db, { query: ask, period, scope: scopeOf(query.filters, period, ctx.asOf), stateScope })))
  if (a === undefined || b === undefined) throw new Error('two breakdowns expected')
  ctx.dcNote(a.total.dcEvents + b.total.dcEvents)
  const { rows, compared } = groupChanges(a.rows, b.rows, query)
  const matchedEach: [number, number] = [a.total.events, b.total.events]
  return { kind: 'group_change', query, filters, notes, periods, rows, compared, overlapping: a.overlapping || b.overlapping, matchedEach, matchedEvents: matchedEach[0] + matchedEach[1] }
}

const METRIC_JA = { events: '実施件数', participants: '延べ参加者数' } as const
const unitJa = (m: GroupChangeQuery['metric']) => (m === 'events' ? '件' : '名')
const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '±0')
const GROUP_JA: Record<GroupChangeDim, string> = { office: '公館', state: '州', region: '地域', activity_type: '事業分類', format: '実施形態', theme: 'テーマ' }
const countEn = (m: GroupChangeQuery['metric'], n: number) => `${formatNumber(n)} ${m === 'events' ? (n === 1 ? 'event' : 'events') : n === 1 ? 'participant' : 'participants'}`

/** What each group's row counts, and how a multi-state event is counted (the interpretation line). */
const WHAT: Record<Lang, (q: GroupChangeQuery) => string> = {
  en: (q) => {
    const one = q.groupBy === 'activity_type' ? 'activity type' : q.groupBy
    const by = `${q.metric === 'events' ? 'events' : 'total participants'} by ${one} in each period, and the change (the second period minus the first; ${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one} with no event in a period counts 0 there)`
    const pick =
      q.show === 'table'
        ? `every ${q.groupBy === 'activity_type' ? 'activity type' : q.groupBy} with an event in either period`
        : q.show === 'largest'
          ? `the ${q.top === undefined || q.top === 1 ? '' : `${q.top} `}largest ${q.direction === 'drop' ? 'drop' : 'rise'}${q.top !== undefined && q.top > 1 ? 's' : ''}, ties shown`
          : `the ${GROUP_PLURAL_EN[q.groupBy]} whose figure ${q.direction === 'drop' ? 'fell' : 'rose'}`
    const each = q.groupBy === 'state' || q.groupBy === 'region' ? `; an event in several ${GROUP_PLURAL_EN[q.groupBy]} counts in each` : q.groupBy === 'theme' ? '; an event with several themes counts under each' : ''
    return `${by}: ${pick}${each}`
  },
  ja: (q) => {
    const g = GROUP_JA[q.groupBy]
    const by = `各期間の${g}別の${METRIC_JA[q.metric]}と増減（後の期間から前の期間を引いた差。事業のない期間は0）`
    const pick =
      q.show === 'table'
        ? `いずれかの期間に事業のあった${g}をすべて表示`
        : q.show === 'largest'
          ? q.top !== undefined && q.top > 1
            ? `${q.direction === 'drop' ? '減少' : '増加'}が大きい上位${q.top}${g}（同数は併記）`
            : `${q.direction === 'drop' ? '減少' : '増加'}が最も大きい${g}（同数は併記）`
          : `${q.direction === 'drop' ? '減少' : '増加'}した${g}`
    const each = q.groupBy === 'state' || q.groupBy === 'region' ? `。複数の${g}にまたがる事業は、それぞれの${g}で数えます` : q.groupBy === 'theme' ? '。複数のテーマを持つ事業は、それぞれのテーマで数えます' : ''
    return `${by}：${pick}${each}`
  },
}

const SENTENCE: Record<Lang, (r: GroupChangeResult, w: Wording) => string> = {
  en: (r, w) => {
    const q = r.query
    const [p1, p2] = r.periods.map((p) => w.periodShort(p)) as [string, string]
    const metric = q.metric === 'events' ? 'Events' : 'Total participants'
    const by = q.groupBy === 'activity_type' ? 'activity type' : q.groupBy
    const plural = GROUP_PLURAL_EN[q.groupBy]
    const name = (row: GroupChangeRow) => rowName(q.groupBy, row, 'en')
    const detail = (row: GroupChangeRow) => `${name(row)} (${p1}: ${formatNumber(row.first)}, ${p2}: ${formatNumber(row.second)}, ${row.change < 0 ? 'down' : 'up'} ${countEn(q.metric, Math.abs(row.change))})`
    const overlap = r.overlapping ? (q.groupBy === 'theme' ? ' An event with several themes counts under each of its themes.' : ` An event in several ${plural} counts in each of them.`) : ''
    if (r.compared === 0) return `No ${plural} had an event in ${p1} or ${p2}.`
    if (q.show === 'table') {
      const head = `${metric} by ${by}, ${p1} vs ${p2}, with the change:`
      const table = textTable([[by.charAt(0).toUpperCase() + by.slice(1), `${p1} / ${p2} / change`], ...r.rows.map((row): [string, string] => [name(row), `${formatNumber(row.first)} / ${formatNumber(row.second)} / ${signed(row.change)}`])])
      return `${head}\n${table}${overlap ? `\n${overlap.trim()}` : ''}`
    }
    const word = q.direction === 'drop' ? 'drop' : 'rise'
    const [first] = r.rows
    if (first === undefined) return `No ${by} had a ${word} in ${q.metric} from ${p1} to ${p2} (${r.compared} ${r.compared === 1 ? by : plural} compared).`
    if (q.show === 'moved') return `${r.rows.length} ${r.rows.length === 1 ? by : plural} had ${q.direction === 'drop' ? 'fewer' : 'more'} ${q.metric} in ${p2} than in ${p1}: ${r.rows.map(detail).join('; ')}.${overlap}`
    const n = q.top ?? 1
    if (n === 1 && r.rows.length === 1) return `The largest ${word} in ${q.metric} from ${p1} to ${p2} was in ${detail(first)}.${overlap}`
    if (n === 1) return `${r.rows.length} ${plural} share the largest ${word} in ${q.metric} from ${p1} to ${p2}: ${r.rows.map(detail).join('; ')}.${overlap}`
    const ties = r.rows.length > n ? ` (${r.rows.length} shown: ties at the edge)` : r.rows.length < n ? ` (only ${r.rows.length} had a ${word})` : ''
    return `The ${n} ${plural} with the largest ${word} in ${q.metric} from ${p1} to ${p2}${ties}: ${r.rows.map(detail).join('; ')}.${overlap}`
  },
  ja: (r, w) => {
    const q = r.query
    // the era year is in the interpretation line; the table and the sentence keep the fiscal years short
    const [p1, p2] = r.periods.map((p) => w.periodShort(p).replace(/（(?:令和|平成)[元\d]+年度）/g, '')) as [string, string]
    const g = GROUP_JA[q.groupBy]
    const u = unitJa(q.metric)
    const name = (row: GroupChangeRow) => rowName(q.groupBy, row, 'ja')
    const detail = (row: GroupChangeRow) => `${name(row)}（${p1}：${formatNumber(row.first)}${u}、${p2}：${formatNumber(row.second)}${u}、${formatNumber(Math.abs(row.change))}${u}${row.change < 0 ? '減' : '増'}）`
    const overlap = r.overlapping ? (q.groupBy === 'theme' ? '複数のテーマを持つ事業は、それぞれのテーマで数えています。' : `複数の${g}にまたがる事業は、それぞれの${g}で数えています。`) : ''
    if (r.compared === 0) return `${p1}・${p2}ともに事業のあった${g}はありません。`
    if (q.show === 'table') {
      const head = `${g}別の${METRIC_JA[q.metric]}（${p1}と${p2}の比較）は次のとおりです。`
      const table = textTable([[g, `${p1} / ${p2} / 増減`], ...r.rows.map((row): [string, string] => [name(row), `${formatNumber(row.first)}${u} / ${formatNumber(row.second)}${u} / ${signed(row.change)}${u}`])])
      return `${head}\n${table}${overlap ? `\n${overlap}` : ''}`
    }
    const word = q.direction === 'drop' ? '減少' : '増加'
    const [first] = r.rows
    if (first === undefined) return `${p1}から${p2}にかけて${METRIC_JA[q.metric]}が${word}した${g}はありません（比較した${g}：${r.compared}）。`
    if (q.show === 'moved') return `${p2}の${METRIC_JA[q.metric]}が${p1}より${q.direction === 'drop' ? '少なかった' : '多かった'}${g}は次の${r.rows.length}つです：${r.rows.map(detail).join('、')}。${overlap}`
    const n = q.top ?? 1
    if (n === 1 && r.rows.length === 1) return `${p1}から${p2}にかけて${METRIC_JA[q.metric]}の${word}が最も大きかった${g}は${detail(first)}です。${overlap}`
    if (n === 1) return `${p1}から${p2}にかけて${METRIC_JA[q.metric]}の${word}が最も大きかった${g}は、同数で次の${r.rows.length}つです：${r.rows.map(detail).join('、')}。${overlap}`
    const ties = r.rows.length > n ? `（同数を含め${r.rows.length}つを表示）` : r.rows.length < n ? `（${word}したのは${r.rows.length}つのみ）` : ''
    return `${p1}から${p2}にかけての${METRIC_JA[q.metric]}の${word}が大きい上位${n}${g}${ties}は次のとおりです：${r.rows.map(detail).join('、')}。${overlap}`
  },
}

const QUESTION: Record<Lang, (q: GroupChangeQuery, w: Wording) => string> = {
  en: (q, w) => {
    const [a, b] = q.periods.map((p) => w.periodLabel(p)) as [string, string]
    const by = q.groupBy === 'activity_type' ? 'activity type' : q.groupBy
    if (q.show === 'table') return `${q.metric === 'events' ? 'Events' : 'Participants'} by ${by}${w.scopePhrase(q.filters)}, ${a} vs ${b}?`
    if (q.show === 'moved') return `Which ${GROUP_PLURAL_EN[q.groupBy]} had ${q.direction === 'drop' ? 'fewer' : 'more'} ${q.metric}${w.scopePhrase(q.filters)} in ${b} than in ${a}?`
    const top = q.top !== undefined && q.top > 1 ? `Top ${q.top} ${GROUP_PLURAL_EN[q.groupBy]} by ${q.direction === 'drop' ? 'drop' : 'growth'}` : `Which ${by} saw the biggest ${q.direction === 'drop' ? 'drop' : 'rise'}`
    return `${top} in ${q.metric}${w.scopePhrase(q.filters)} from ${a} to ${b}?`
  },
  ja: (q, w) => {
    const [a, b] = q.periods.map((p) => w.periodLabel(p)) as [string, string]
    const g = GROUP_JA[q.groupBy]
    if (q.show === 'table') return `${g}別の${w.scopePhrase(q.filters)}${METRIC_JA[q.metric]}（${a}と${b}の比較）は？`
    if (q.show === 'moved') return `${b}の${w.scopePhrase(q.filters)}${METRIC_JA[q.metric]}が${a}より${q.direction === 'drop' ? '少なかった' : '多かった'}${g}は？`
    if (q.top !== undefined && q.top > 1) return `${a}から${b}にかけて${w.scopePhrase(q.filters)}${METRIC_JA[q.metric]}の${q.direction === 'drop' ? '減少' : '増加'}が大きい上位${q.top}${g}は？`
    return `${a}から${b}にかけて${w.scopePhrase(q.filters)}${METRIC_JA[q.metric]}が最も${q.direction === 'drop' ? '減った' : '増えた'}${g}は？`
  },
}

export const groupChangeIntent = {
  intent: 'group_change',
  schema: groupChangeQuerySchema,
  description: {
    en: 'Events or participants per group (office, state, region, activity type, format, theme) in two periods, the earlier first, with each group\'s change: "table" every group, "largest" the top N by rise or drop (ties shown), "moved" every group that rose or fell.',
  },
  examples: ['events by office, FY2021 vs FY2022', 'Which office\'s event count grew the most from FY2021 to FY2022?', '2020年度から2021年度にかけて件数が最も減った公館は？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'breakdown', rows: r.rows.map((row) => ({ key: row.key, value: row.change })) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query), w.comparePeriods(r.periods[0], r.periods[1]), ...w.filters(r.filters), w.matchedEach(r.matchedEach[0], r.matchedEach[1])],
  understood: (q, w, lang, asOf) => [WHAT[lang](q), ...q.periods.map((p) => w.periodShort(describePeriod(p, asOf))), ...w.filters(q.filters)],
  question: (q, w, lang) => QUESTION[lang](q, w),
} satisfies IntentModule<'group_change', GroupChangeQuery, GroupChangeResult>
