// Intent "distinct_partners": how many different partner organisations the events of the period name
// (Event.partners). Names are compared by partnerKey (src/domain/partners.ts): case, full-/half-width forms
// and extra spaces do not make two organisations; spelling and punctuation do.
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

/** The number of different partner organisations named by the events matching the filters. */
export const distinctPartnersQuerySchema = z.object({ intent: z.literal('distinct_partners'), filters: filtersSchema })
export type DistinctPartnersQuery = z.infer<typeof distinctPartnersQuerySchema>

export interface DistinctPartnersResult extends ResultBase<DistinctPartnersQuery> {
  kind: 'partners'
  period: ResolvedPeriod
  /** Different partner names (by partnerKey). */
  value: number
  /** Matched events that name at least one partner. */
  eventsWithPartners: number
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
  return { kind: 'partners', query, filters, notes, period, value: countDistinctPartners(lists), eventsWithPartners, matchedEvents: lists.length }
}

const WHAT: Record<Lang, string> = {
  en: 'different partner organisations (names compared ignoring case, full-/half-width forms and extra spaces)',
  ja: '連携団体数（団体名の大文字・小文字、全角・半角、余分な空白の違いは同じ団体とみなす）',
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
  en: (q, w, p) => `How many different partner organisations${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}連携団体の数は？`,
}

export const distinctPartnersIntent = {
  intent: 'distinct_partners',
  schema: distinctPartnersQuerySchema,
  description: {
    en: 'How many different partner organisations the matching events name (each organisation once, however many events name it).',
  },
  examples: ['How many different partner organisations have we worked with?', '2022年度の連携団体の数は？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [WHAT[lang], w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'distinct_partners', DistinctPartnersQuery, DistinctPartnersResult>
