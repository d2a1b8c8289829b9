// Intent "distinct_partners": how many different partner organisations the events of the period name
// (Event.partners), or with `top` the partners named on the most events ("which partner shows up most
// often?", 最も多く連携したパートナー), ties shown. Names are compared by partnerKey (src/domain/partners.ts):
// case, full-/half-width forms and extra spaces do not make two organisations; spelling and punctuation do.
import { z } from 'zod'
import { addDays } from '../../domain/fiscal-year.ts'
import { partnerKey } from '../../domain/partners.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { eventPartners, type EventPartners } from '../../store/queries/partner-names.ts'
import { formatNumber, ordinalEn, textTable } from '../numbers.ts'
import { groupKeyName } from '../wording/shared.ts'
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
export const distinctPartnersQuerySchema = z
  .object({
    intent: z.literal('distinct_partners'),
    filters: filtersSchema,
    top: z.number().int().min(1).max(100).optional(),
    /** The partner(s) at this place of the ranking by events (2 = "the second most frequent partner"). */
    place: z.number().int().min(2).max(100).optional(),
    /** Only partners named on this many of the matched events: { lte: 1 } "only one event", { gte: 10 } "at least 10 times". */
    eventsPerPartner: z
      .object({ gte: z.number().int().min(1).max(100_000).optional(), lte: z.number().int().min(1).max(100_000).optional() })
      .strict()
      .refine((b) => b.gte !== undefined || b.lte !== undefined, 'a bound is needed')
      .optional(),
    /** Only partners that no event before the period (same other filters) names: first named in the period. */
    firstTime: z.literal(true).optional(),
    /** The different partners of each fiscal year (by the event's fiscal year) or office. */
    groupBy: z.enum(['fiscal_year', 'office']).optional(),
  })
  .superRefine((q, ctx) => {
    const asked = [q.top, q.place, q.eventsPerPartner, q.firstTime, q.groupBy].filter((x) => x !== undefined).length
    if (asked > 1) ctx.addIssue({ code: 'custom', message: 'one of top, place, eventsPerPartner, firstTime, groupBy at most' })
    if (q.firstTime && q.filters.period.kind === 'all') ctx.addIssue({ code: 'custom', message: 'firstTime needs a period' })
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
  /** With `place`: the partners at exactly that place (empty when it falls inside a tie), and the place's tie. */
  placed?: { place: number; partners: Array<{ key: string; name: string; events: number }>; tie?: { rank: number; events: number; names: string[] } }
  /**
   * With `firstTime` or `eventsPerPartner`: the partners counted (their most used spelling), most events first, then
   * by key — "which partners appeared for the first time" is answered with their names, not only their number.
   */
  names?: string[]
  /** With `groupBy`: each group (fiscal year or office code) with its different partners, in key order. */
  groups?: Array<{ key: string; partners: number; events: number }>
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

/** The partners at one place of a ranking (competition ranking), and the tie that covers it when none is. */
function atPlace(ranked: ReturnType<typeof rankPartners>, place: number): NonNullable<DistinctPartnersResult['placed']> {
  const rank = (i: number) => ranked.findIndex((p) => p.events === ranked[i]!.events) + 1
  const partners = ranked.filter((_, i) => rank(i) === place)
  if (partners.length > 0 || ranked.length < place) return { place, partners }
  const covering = ranked[place - 1]!
  const tied = ranked.filter((p) => p.events === covering.events)
  return { place, partners: [], tie: { rank: rank(place - 1), events: covering.events, names: tied.map((p) => p.name) } }
}

async function execute(db: Db, query: DistinctPartnersQuery, ctx: ExecuteContext): Promise<DistinctPartnersResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const rows: EventPartners[] = await eventPartners(db, { scope })
  const lists = rows.map((r) => r.names)
  const eventsWithPartners = lists.filter((names) => names.some((n) => partnerKey(n) !== '')).length
  const base = { kind: 'partners' as const, query, filters, notes, period, eventsWithPartners, matchedEvents: lists.length }
  if (query.top !== undefined) return { ...base, value: countDistinctPartners(lists), ranking: topWithTies(rankPartners(lists), query.top), top: query.top }
  if (query.place !== undefined) return { ...base, value: countDistinctPartners(lists), placed: atPlace(rankPartners(lists), query.place) }
  if (query.eventsPerPartner !== undefined) {
    const { gte = 1, lte = Number.POSITIVE_INFINITY } = query.eventsPerPartner
    const counted = rankPartners(lists).filter((p) => p.events >= gte && p.events <= lte)
    return { ...base, value: counted.length, names: counted.map((p) => p.name) }
  }
  if (query.firstTime) {
    const { fiscalYears: _fy, dates: _d, ...rest } = scope
    const start = period.from
    const earlier = start === null ? [] : await eventPartners(db, { scope: { ...rest, dates: { from: '1900-01-01', to: addDays(start, -1) } } })
    const seen = new Set(earlier.flatMap((e) => e.names.map(partnerKey)))
    const fresh = new Set(lists.flatMap((names) => names.map(partnerKey)).filter((k) => k !== '' && !seen.has(k)))
    return { ...base, value: fresh.size, names: rankPartners(lists).filter((p) => fresh.has(p.key)).map((p) => p.name) }
  }
  if (query.groupBy !== undefined) {
    const by = query.groupBy
    const keyOf = (r: EventPartners) => (by === 'fiscal_year' ? String(r.fiscalYear) : r.officeCode)
    const grouped = new Map<string, EventPartners[]>()
    for (const r of rows) grouped.set(keyOf(r), [...(grouped.get(keyOf(r)) ?? []), r])
    const groups = [...grouped.entries()]
      .map(([key, rs]) => ({ key, partners: countDistinctPartners(rs.map((r) => r.names)), events: rs.length }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    return { ...base, value: countDistinctPartners(lists), groups }
  }
  return { ...base, value: countDistinctPartners(lists) }
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

type Bounds = NonNullable<DistinctPartnersQuery['eventsPerPartner']>
const BOUNDS: Record<Lang, (b: Bounds) => string> = {
  en: (b) => {
    const ev = (n: number) => `${formatNumber(n)} event${n === 1 ? '' : 's'}`
    if (b.gte !== undefined && b.lte !== undefined) return b.gte === b.lte ? `exactly ${ev(b.gte)}` : `${formatNumber(b.gte)} to ${ev(b.lte)}`
    if (b.lte !== undefined) return b.lte === 1 ? 'only one event' : `at most ${ev(b.lte)}`
    return `at least ${ev(b.gte ?? 1)}`
  },
  ja: (b) => {
    if (b.gte !== undefined && b.lte !== undefined) return b.gte === b.lte ? `${formatNumber(b.gte)}件のみ` : `${formatNumber(b.gte)}〜${formatNumber(b.lte)}件`
    if (b.lte !== undefined) return b.lte === 1 ? '1件のみ' : `${formatNumber(b.lte)}件以下`
    return `${formatNumber(b.gte ?? 1)}件以上`
  },
}
const PLACE_JA = (n: number) => `${n}番目`

/** The partners counted, after the sentence: at most NAMES_SHOWN, then how many more. */
const NAMES_SHOWN = 30
const NAMES_AFTER: Record<Lang, (shown: readonly string[], more: number) => string> = {
  en: (shown, more) => (shown.length === 0 ? '.' : `: ${shown.join(', ')}${more > 0 ? `, and ${formatNumber(more)} more` : ''}.`),
  ja: (shown, more) => (shown.length === 0 ? '' : `\n${shown.join('、')}${more > 0 ? `、ほか${formatNumber(more)}団体` : ''}`),
}
function namesAfter(names: readonly string[] | undefined, lang: Lang): string {
  const shown = (names ?? []).slice(0, NAMES_SHOWN)
  return NAMES_AFTER[lang](shown, (names ?? []).length - shown.length)
}

/** What a variant counts, in the interpretation line. */
const WHAT_VARIANT: Record<Lang, (q: DistinctPartnersQuery) => string | undefined> = {
  en: (q) =>
    q.place !== undefined
      ? `the partner at ${ordinalEn(q.place)} place by events (standard competition ranking: partners named on as many events share a place; an event counts once for each partner it names)`
      : q.eventsPerPartner !== undefined
        ? `different partner organisations named on ${BOUNDS.en(q.eventsPerPartner)} of the matched events`
        : q.firstTime
          ? 'partner organisations first named in the period (named on no earlier event of the same filters)'
          : q.groupBy !== undefined
            ? `different partner organisations by ${q.groupBy === 'fiscal_year' ? 'fiscal year' : 'office'}`
            : undefined,
  ja: (q) =>
    q.place !== undefined
      ? `連携件数が${PLACE_JA(q.place)}に多いパートナー（件数が同じ団体は同順位。1件の事業は記載された各団体で1件）`
      : q.eventsPerPartner !== undefined
        ? `${BOUNDS.ja(q.eventsPerPartner)}の事業に記載された連携団体数`
        : q.firstTime
          ? '期間中に初めて記載された連携団体数（同じ条件のそれ以前の事業に記載のない団体）'
          : q.groupBy !== undefined
            ? `${q.groupBy === 'fiscal_year' ? '年度' : '公館'}別の連携団体数`
            : undefined,
}

const VARIANT_TEXT: Record<Lang, (r: DistinctPartnersResult, w: Wording) => string | undefined> = {
  en: (r, w) => {
    const q = r.query
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    const ev = (n: number) => `${formatNumber(n)} event${n === 1 ? '' : 's'}`
    if (r.placed !== undefined) {
      const { place, partners, tie } = r.placed
      const [first] = partners
      if (first !== undefined && partners.length === 1) return `The partner at ${ordinalEn(place)} place by events${where} is ${first.name} (${ev(first.events)}).`
      if (first !== undefined) return `${partners.length} partners share ${ordinalEn(place)} place by events${where}, ${ev(first.events)} each: ${partners.map((p) => p.name).join(', ')}.`
      if (tie !== undefined) return `No partner is at exactly ${ordinalEn(place)} place by events${where}: ${tie.names.join(', ')} share ${ordinalEn(tie.rank)} place with ${ev(tie.events)} each.`
      return `Fewer than ${formatNumber(place)} partners are named${where}.`
    }
    if (q.eventsPerPartner !== undefined) return `${formatNumber(r.value)} partner organisation${r.value === 1 ? ' is' : 's are'} named on ${BOUNDS.en(q.eventsPerPartner)}${where} (events matched: ${formatNumber(r.matchedEvents)})${namesAfter(r.names, 'en')}`
    if (q.firstTime) return `${formatNumber(r.value)} partner organisation${r.value === 1 ? ' was' : 's were'} named for the first time${where} (named on no earlier event)${namesAfter(r.names, 'en')}`
    if (r.groups !== undefined) {
      const by = q.groupBy === 'fiscal_year' ? 'fiscal_year' : 'office'
      return `Different partner organisations by ${by === 'fiscal_year' ? 'fiscal year' : 'office'}${where}:\n${textTable(r.groups.map((g) => [groupKeyName(by, g.key, 'en'), formatNumber(g.partners)] as const))}`
    }
    return undefined
  },
  ja: (r, w) => {
    const q = r.query
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    if (r.placed !== undefined) {
      const { place, partners, tie } = r.placed
      const [first] = partners
      if (first !== undefined && partners.length === 1) return `${where}事業で連携件数が${PLACE_JA(place)}に多いパートナーは${first.name}です（${formatNumber(first.events)}件）。`
      if (first !== undefined) return `${where}事業で連携件数が${PLACE_JA(place)}に多いパートナーは次の${partners.length}団体です（各${formatNumber(first.events)}件）：${partners.map((p) => p.name).join('、')}。`
      if (tie !== undefined) return `${where}事業で連携件数がちょうど${PLACE_JA(place)}のパートナーはありません。${tie.names.join('、')}が各${formatNumber(tie.events)}件で${tie.rank}位に並んでいます。`
      return `${where}事業に記載された連携団体は${formatNumber(place)}団体に満たない数です。`
    }
    if (q.eventsPerPartner !== undefined) return `${where}事業で${BOUNDS.ja(q.eventsPerPartner)}の事業に記載された連携団体は${formatNumber(r.value)}団体です（該当事業${formatNumber(r.matchedEvents)}件）。${namesAfter(r.names, 'ja')}`
    if (q.firstTime) return `${where}事業に初めて記載された連携団体は${formatNumber(r.value)}団体です（それ以前の事業に記載のない団体）。${namesAfter(r.names, 'ja')}`
    if (r.groups !== undefined) {
      const by = q.groupBy === 'fiscal_year' ? 'fiscal_year' : 'office'
      return `${where}${by === 'fiscal_year' ? '年度' : '公館'}別の連携団体数：\n${textTable(r.groups.map((g) => [groupKeyName(by, g.key, 'ja'), `${formatNumber(g.partners)}団体`] as const))}`
    }
    return undefined
  },
}

const QUESTION: Record<Lang, (q: DistinctPartnersQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) =>
    q.place !== undefined
      ? `Which partner was named on the ${ordinalEn(q.place)} most events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
      : q.eventsPerPartner !== undefined
        ? `How many partner organisations were named on ${BOUNDS.en(q.eventsPerPartner)}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
        : q.firstTime
          ? `How many partner organisations were named for the first time${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
          : q.groupBy !== undefined
            ? `How many different partner organisations by ${q.groupBy === 'fiscal_year' ? 'fiscal year' : 'office'}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
            : q.top === undefined
      ? `How many different partner organisations${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
      : q.top === 1
        ? `Which partner was named on the most events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`
        : `Top ${q.top} partners by events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) =>
    q.place !== undefined
      ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}事業で連携件数が${PLACE_JA(q.place)}に多いパートナーは？`
      : q.eventsPerPartner !== undefined
        ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}${BOUNDS.ja(q.eventsPerPartner)}の事業に記載された連携団体の数は？`
        : q.firstTime
          ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}初めて記載された連携団体の数は？`
          : q.groupBy !== undefined
            ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}${q.groupBy === 'fiscal_year' ? '年度' : '公館'}別の連携団体の数は？`
            : q.top === undefined
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
      'with "top", the partners named on the most events ("which partner shows up most often?" = top 1, ties shown); ' +
      'with "place", the partner(s) at that place of that ranking ("the second most frequent partner" = 2); with "eventsPerPartner", ' +
      'only partners named on that many events ("partners on only one event" = {lte: 1}, "worked with at least 10 times" = {gte: 10}); ' +
      'with "firstTime", only partners no earlier event names ("partners that appeared for the first time in FY2022", needs a period); ' +
      'with "groupBy", the different partners of each fiscal year or office.',
  },
  examples: ['How many different partner organisations have we worked with?', 'Which partner is the second most frequent?', '年度別の連携団体数'],
  execute,
  text: (r) => both((w, lang) => VARIANT_TEXT[lang](r, w) ?? (r.ranking ? RANKING[lang](r, w, r.ranking) : SENTENCE[lang](r, w))),
  figures: (r) =>
    r.ranking
      ? { kind: 'breakdown', rows: r.ranking.map((p) => ({ key: p.name, value: p.events })) }
      : r.placed
        ? { kind: 'breakdown', rows: r.placed.partners.map((p) => ({ key: p.name, value: p.events })) }
        : r.groups
          ? { kind: 'breakdown', rows: r.groups.map((g) => ({ key: g.key, value: g.partners })) }
          : { kind: 'scalar', value: r.value },
  interpretation: (r, w, lang) => [WHAT_VARIANT[lang](r.query) ?? (r.top !== undefined ? WHAT_TOP[lang](r.top) : WHAT[lang]), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT_VARIANT[lang](q) ?? (q.top !== undefined ? WHAT_TOP[lang](q.top) : WHAT[lang]), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'distinct_partners', DistinctPartnersQuery, DistinctPartnersResult>
