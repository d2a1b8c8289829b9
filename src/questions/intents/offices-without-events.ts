// Intent "offices_without_events": the offices (在外公館, src/domain/offices.ts) with no event in the period
// and filters — of all offices, or of those the question names.
import { z } from 'zod'
import { OFFICES } from '../../domain/offices.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { groupEvents } from '../../store/queries/group-events.ts'
import { formatNumber } from '../numbers.ts'
import { scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, type Filters } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaVerb } from '../wording/shared.ts'
import { officeItems } from './items.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** Offices with no event in the period (among the offices named, or all). */
export const officesWithoutEventsQuerySchema = z.object({ intent: z.literal('offices_without_events'), filters: filtersSchema })
export type OfficesWithoutEventsQuery = z.infer<typeof officesWithoutEventsQuerySchema>

export interface OfficesResult<Q extends { intent: string; filters: Filters }> extends ResultBase<Q> {
  kind: 'offices'
  period: ResolvedPeriod
  /** Office codes, in the reference table's order. */
  offices: string[]
  /** How many offices the question was about (all, or those named). */
  outOf: number
}
export type OfficesWithoutEventsResult = OfficesResult<OfficesWithoutEventsQuery>

/** The offices a question is about: those it names, or all, in the reference table's order. */
export function candidateOffices(filters: Filters): string[] {
  return OFFICES.filter((o) => filters.offices === undefined || filters.offices.includes(o.code as never)).map((o) => o.code)
}

async function execute(db: Db, query: OfficesWithoutEventsQuery, ctx: ExecuteContext): Promise<OfficesWithoutEventsResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const groups = await groupEvents(db, { scope: scopeOf(query.filters, period, ctx.asOf), column: 'officeCode' })
  const active = new Set(groups.filter((g) => g.events > 0).map((g) => String(g.key)))
  const candidates = candidateOffices(query.filters)
  const matched = groups.reduce((n, g) => n + g.events, 0)
  return { kind: 'offices', query, filters, notes, period, offices: candidates.filter((o) => !active.has(o)), outOf: candidates.length, matchedEvents: matched }
}

const WHAT: Record<Lang, string> = { en: 'offices without an event', ja: '事業を実施していない公館' }

const SENTENCE: Record<Lang, (r: OfficesWithoutEventsResult, w: Wording) => string> = {
  en: (r, w) => {
    const names = r.offices.map((o) => w.groupKey('office', o))
    if (names.length === 0) return `Every one of the ${r.outOf} offices had an event${scopeEn(r.filters)} ${w.periodIn(r.period)}.`
    return `${formatNumber(names.length)} of the ${r.outOf} offices had no event${scopeEn(r.filters)} ${w.periodIn(r.period)}: ${names.join(', ')}.`
  },
  ja: (r, w) => {
    const { who, what } = scopeJaVerb({ ...r.filters, offices: undefined })
    const names = r.offices.map((o) => w.groupKey('office', o))
    if (names.length === 0) return `${w.periodIn(r.period)}全${r.outOf}公館が${who}${what}事業を実施しています。`
    return `${w.periodIn(r.period)}${who}${what}事業を実施していない公館は${formatNumber(names.length)}公館です（${r.outOf}公館中）。該当公館：${names.join('、')}。`
  },
}

const QUESTION: Record<Lang, (q: OfficesWithoutEventsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Which offices had no event${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodIn(p)}${w.scopePhrase(q.filters)}事業を実施していない公館は？`,
}

export const officesWithoutEventsIntent = {
  intent: 'offices_without_events',
  schema: officesWithoutEventsQuerySchema,
  description: { en: 'The diplomatic offices (consulates, the embassy) with no event in the period ("which offices had no events").' },
  examples: ['Which offices had no events in FY2021?', '2021年度に事業を実施していない公館は？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'list', items: officeItems(r.offices) }),
  interpretation: (r, w, lang) => [WHAT[lang], w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'offices_without_events', OfficesWithoutEventsQuery, OfficesWithoutEventsResult>
