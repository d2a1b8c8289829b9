// Intent "distinct_partners": how many different partner organisations the events of the period name
// (Event.partners), or with `top` the partners named on the most events ("which partner shows up most
// often?", 最も多く連携したパートナー), ties shown. Names are compared by partnerKey (src/domain/partners.ts):
// case, full-/half-width forms and extra spaces do not make two organisations; spelling and punctuation do.
import { z } from 'zod'
import { partnerKey } from '../../domain/partners.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { partnerNames } from '../../store/queries/partner-names.ts'
import { formatNumber } from '../numbers.ts'
import { scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/**
 * The number of different partner organisations named by the events matching the filters; with `top`, the
 * `top` partners named on the most events instead (every partner tied with the last one shown too).
 */
export const distinctPartnersQuerySchema = z.object({
  intent: z.literal('distinct_partners'),
  filters: filtersSchema,
  top: z.number().int().min(1).max(100).optional(),
})
export type DistinctPartnersQuery = z.infer<typeof distinctPartnersQuerySchema>

export interface DistinctPartnersResult extends ResultBase<DistinctPartnersQuery> {
  kind: 'partners'
  period: ResolvedPeriod
  /** Different partner names (by partnerKey). */
  value: number
  /** Matched events that name at least one partner. */
  eventsWithPartners: number
  /**
   * With `top`: the partners named on the most events, most first, then by key; each with its key
   * (partnerKey), the spelling used most often (ties: the first in code-point order) and its events.
   */
  ranking?: Array<{ key: string; name: string; events: number }>
  top?: number
}

/** Each partner (by partnerKey) with the events naming it and its most used spelling, most events first. */
export function rankPartners(lists: readonly (readonly string[])[]): Array<{ key: string; name: string; events: number }> {
  const byKey = new Map<string, { events: number; spellings: Map<string, number> }>()
  for (const names of lists) {
    const seen = new Set<string>()
    for (const n of names) {
      const k = partnerKey(n)
      if (k === '') continue
      const entry = byKey.get(k) ?? { events: 0, spellings: new Map<string, number>() }
      const spelling = n.trim()
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1)
      if (!seen.has(k)) entry.events++
      seen.add(k)
      byKey.set(k, entry)
    }
  }
  return [...byKey.entries()]
    .map(([key, e]) => {
      const [name] = [...e.spellings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0] ?? [key]
      return { key, name, events: e.events }
    })
    .sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** The first `n` of a ranking, and every one tied with the last of them. */
function topWithTies<T extends { events: number }>(sorted: readonly T[], n: number): T[] {
  const last = sorted[n - 1]
  return last === undefined ? [...sorted] : sorted.filter((x, i) => i < n || x.events === last.events)
}

/** Different organisations among lists of partner names (by partnerKey; blank names are none). */
export function countDistinctPartners(lists: readonly (readonly string[])[]): number {
  const keys = new Set<string>()
  for (const names of lists) for (const n of names) {
    const k = partnerKey(n)
    if (k !== '') keys.add(k)
  }
  return keys.size
}

async function execute(db: Db, query: DistinctPartnersQuery, ctx: ExecuteContext): Promise<DistinctPartnersResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const lists = await partnerNames(db, { scope: scopeOf(query.filters, period, ctx.asOf) })
  const eventsWithPartners = lists.filter((names) => names.some((n) => partnerKey(n) !== '')).length
  const ranking = query.top !== undefined ? { ranking: topWithTies(rankPartners(lists), query.top), top: query.top } : {}
  return { kind: 'partners', query, filters, notes, period, value: countDistinctPartners(lists), eventsWithPartners, matchedEvents: lists.length, ...ranking }
}

const WHAT: Record<Lang, string> = {
  en: 'different partner organisations (names compared ignoring case, full-/half-width forms and extra spaces)',
  ja: '連携団体数（団体名の大文字・小文字、全角・半角、余分な空白の違いは同じ団体とみなす）',
}

const WHAT_TOP: Record<Lang, (top: number) => string> = {
  en: (top) => `partners named on the most events (${top === 1 ? 'top 1' : `top ${top}`}, ties shown; an event counts once for each partner it names; names compared ignoring case, full-/half-width forms and extra spaces)`,
  ja: (top) => `連携件数の多いパートナー（上位${top}、同数は併記。1件の事業は記載された各団体で1件。団体名の大文字・小文字、全角・半角、余分な空白の違いは同じ団体とみなす）`,
}

const RANKING: Record<Lang, (r: DistinctPartnersResult, w: Wording, ranking: NonNullable<DistinctPartnersResult['ranking']>) => string> = {
  en: (r, w, ranking) => {
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    const [first] = ranking
    if (first === undefined) return `No event${where} names a partner (${formatNumber(r.matchedEvents)} events matched).`
    const n = (e: number) => `${formatNumber(e)} event${e === 1 ? '' : 's'}`
    if ((r.top ?? 1) === 1) {
      if (ranking.length === 1) return `The partner named on the most events${where} is ${first.name} (${n(first.events)}).`
      return `${ranking.length} partners share the most events${where}, ${n(first.events)} each: ${ranking.map((p) => p.name).join(', ')}.`
    }
    return `Partners named on the most events${where} (top ${r.top}${ranking.length > (r.top ?? 0) ? ', with ties' : ''}): ${ranking.map((p) => `${p.name} ${formatNumber(p.events)}`).join(', ')}.`
  },
  ja: (r, w, ranking) => {
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    const [first] = ranking
    if (first === undefined) return `${where}事業に連携団体の記載はありません（該当${formatNumber(r.matchedEvents)}件）。`
    if ((r.top ?? 1) === 1) {
      if (ranking.length === 1) return `${where}事業で最も多く連携したパートナーは${first.name}です（${formatNumber(first.events)}件）。`
      return `${where}事業で最も多く連携したパートナーは次の${ranking.length}団体です（各${formatNumber(first.events)}件）：${ranking.map((p) => p.name).join('、')}。`
    }
    return `${where}事業で連携件数の多いパートナー（上位${r.top}${ranking.length > (r.top ?? 0) ? '、同数を含む' : ''}）：${ranking.map((p) => `${p.name}（${formatNumber(p.events)}件）`).join('、')}。`
  },
}

const SENTENCE: Record<Lang, (r: DistinctPartnersResult, w: Wording) => string> = {
  en: (r, w) =>
    `${formatNumber(r.value)} different partner organisation${r.value === 1 ? '' : 's'}${scopeEn(r.filters)} ${w.periodIn(r.period)}, ` +
    `named on ${formatNumber(r.eventsWithPartners)} of ${formatNumber(r.matchedEvents)} events.`,
  ja: (r, w) =>
    `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}連携団体は${formatNumber(r.value)}団体です` +
    `（事業${formatNumber(r.matchedEvents)}件中、連携団体の記載がある${formatNumber(r.eventsWithPartners)}件から）。`,
}

const QUESTION: Record<Lang, (q: DistinctPartnersQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) =>
    q.top === undefined
      ? `How many different partner organisations${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
      : q.top === 1
        ? `Which partner was named on the most events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
        : `Top ${q.top} partners by events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) =>
    q.top === undefined
      ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}連携団体の数は？`
      : q.top === 1
        ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}事業で最も多く連携したパートナーは？`
        : `${w.periodOf(p)}${w.scopePhrase(q.filters)}連携件数の多いパートナー上位${q.top}団体は？`,
}

export const distinctPartnersIntent = {
  intent: 'distinct_partners',
  schema: distinctPartnersQuerySchema,
  description: {
    en:
      'How many different partner organisations the matching events name (each organisation once, however many events name it); ' +
      'with "top", the partners named on the most events ("which partner shows up most often?" = top 1, ties shown).',
  },
  examples: ['How many different partner organisations have we worked with?', 'Which partner shows up most often?', '最も多く連携したパートナーは？'],
  execute,
  text: (r) => both((w, lang) => (r.ranking ? RANKING[lang](r, w, r.ranking) : SENTENCE[lang](r, w))),
  figures: (r) => (r.ranking ? { kind: 'breakdown', rows: r.ranking.map((p) => ({ key: p.name, value: p.events })) } : { kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [r.top !== undefined ? WHAT_TOP[lang](r.top) : WHAT[lang], w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [q.top !== undefined ? WHAT_TOP[lang](q.top) : WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'distinct_partners', DistinctPartnersQuery, DistinctPartnersResult>
