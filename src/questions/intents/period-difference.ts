// Intent "period_difference": the states (of the 50) or the offices with an event in one period and none in
// another ("states with an event in FY2020 but none in FY2021"), the same filters applying to both periods.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { groupEvents } from '../../store/queries/group-events.ts'
import { formatNumber } from '../numbers.ts'
import { IS_STATE, scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, periodSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { name, scopeEn, scopeJaVerb } from '../wording/shared.ts'
import { officeItems, stateItemsOf } from './items.ts'
import type { IntentModule } from './module.ts'
import { candidateOffices } from './offices-without-events.ts'
import { describePeriod } from './shared.ts'

/** Places with an event in periods[0] and none in periods[1] (filters.period is not used). */
export const periodDifferenceQuerySchema = z.object({
  intent: z.literal('period_difference'),
  subject: z.enum(['state', 'office']),
  filters: filtersSchema,
  periods: z.tuple([periodSchema, periodSchema]),
})
export type PeriodDifferenceQuery = z.infer<typeof periodDifferenceQuerySchema>
type Subject = PeriodDifferenceQuery['subject']

export interface PeriodDifferenceResult extends ResultBase<PeriodDifferenceQuery> {
  kind: 'difference'
  subject: Subject
  /** [with an event, without one]. */
  periods: [ResolvedPeriod, ResolvedPeriod]
  /** State codes (alphabetical) or office codes (reference order) with an event in the first period and none in the second. */
  keys: string[]
  /** How many states or offices had an event in the first period. */
  inFirst: number
  /** Events matched in each period. */
  matchedEach: [number, number]
}

/** States (DC apart) or offices with an event in the scope. */
async function placesWithEvents(db: Db, subject: Subject, scope: ReturnType<typeof scopeOf>, stateScope: string[] | undefined): Promise<Set<string>> {
  if (subject === 'office') {
    const groups = await groupEvents(db, { scope, column: 'officeCode' })
    return new Set(groups.filter((g) => g.events > 0).map((g) => String(g.key)))
  }
  const pairs = await countStatePairs(db, { scope })
  return new Set(pairs.filter((p) => p.events > 0 && IS_STATE.has(p.stateCode) && (stateScope === undefined || stateScope.includes(p.stateCode))).map((p) => p.stateCode))
}

async function execute(db: Db, query: PeriodDifferenceQuery, ctx: ExecuteContext): Promise<PeriodDifferenceResult> {
  const { filters, notes, resolve, stateScope } = ctx
  const periods = query.periods.map((p) => resolve(p)) as [ResolvedPeriod, ResolvedPeriod]
  const scopes = periods.map((p) => scopeOf(query.filters, p, ctx.asOf))
  const [[a, b], counts] = await Promise.all([
    Promise.all(scopes.map((s) => placesWithEvents(db, query.subject, s, stateScope))),
    Promise.all(scopes.map((s) => countEvents(db, { scope: s }))),
  ])
  const order = query.subject === 'office' ? candidateOffices(query.filters) : [...(a ?? [])].sort()
  const keys = order.filter((k) => a?.has(k) && !b?.has(k))
  const matchedEach = counts.map((c) => c.events) as [number, number]
  return { kind: 'difference', query, filters, notes, subject: query.subject, periods, keys, inFirst: a?.size ?? 0, matchedEach, matchedEvents: matchedEach[0] + matchedEach[1] }
}

const WHAT: Record<Lang, Record<Subject, string>> = {
  en: { state: 'states with an event in one period and none in the other', office: 'offices with an event in one period and none in the other' },
  ja: { state: '一方の期間に事業を実施し、他方の期間に実施していない州', office: '一方の期間に事業を実施し、他方の期間に実施していない公館' },
}

const PERIODS: Record<Lang, (w: Wording, a: string, b: string) => string[]> = {
  en: (_w, a, b) => [`with an event: ${a}`, `none: ${b}`],
  ja: (_w, a, b) => [`実施：${a}`, `未実施：${b}`],
}

const label = (r: PeriodDifferenceResult, w: Wording, lang: Lang, k: string): string => (r.subject === 'office' ? w.groupKey('office', k) : name.state(k, lang))

const SENTENCE: Record<Lang, (r: PeriodDifferenceResult, w: Wording) => string> = {
  en: (r, w) => {
    const [p, q] = r.periods
    const noun = r.subject === 'office' ? 'offices' : 'states'
    if (r.keys.length === 0) {
      return `No ${noun.slice(0, -1)} had an event${scopeEn(r.filters)} ${w.periodIn(p)} but none ${w.periodIn(q)} (${formatNumber(r.inFirst)} ${noun} had an event ${w.periodIn(p)}).`
    }
    return `${formatNumber(r.keys.length)} of the ${formatNumber(r.inFirst)} ${noun} with an event${scopeEn(r.filters)} ${w.periodIn(p)} had none ${w.periodIn(q)}: ${r.keys.map((k) => label(r, w, 'en', k)).join(', ')}.`
  },
  ja: (r, w) => {
    const [p, q] = r.periods
    const noun = r.subject === 'office' ? '公館' : '州'
    const { who, what } = scopeJaVerb(r.subject === 'office' ? { ...r.filters, offices: undefined } : r.filters)
    const head = `${w.periodIn(p)}${who}${what}事業を実施し、${w.periodIn(q)}実施していない${noun}`
    if (r.keys.length === 0) return `${head}はありません（${w.periodIn(p)}実施した${noun}は${formatNumber(r.inFirst)}${noun}）。`
    return `${head}は${formatNumber(r.keys.length)}${noun}です（${w.periodIn(p)}実施した${formatNumber(r.inFirst)}${noun}中）。該当${noun}：${r.keys.map((k) => label(r, w, 'ja', k)).join('、')}。`
  },
}

const QUESTION: Record<Lang, (q: PeriodDifferenceQuery, w: Wording, p: [ResolvedPeriod, ResolvedPeriod]) => string> = {
  en: (q, w, [a, b]) => `Which ${q.subject === 'office' ? 'offices' : 'states'} had an event${w.scopePhrase(q.filters)} ${w.periodIn(a)} but none ${w.periodIn(b)}?`,
  ja: (q, w, [a, b]) => `${w.periodIn(a)}${w.scopePhrase(q.filters)}事業を実施して${w.periodIn(b)}実施していない${q.subject === 'office' ? '公館' : '州'}は？`,
}

export const periodDifferenceIntent = {
  intent: 'period_difference',
  schema: periodDifferenceQuerySchema,
  description: {
    en:
      'The states (subject "state", of the 50) or offices (subject "office") with an event in the first period and none in the second ' +
      '("states with an event in FY2020 but none in FY2021"); the filters apply to both periods.',
  },
  examples: ['States with an event in FY2020 but none in FY2021', '2020年度に実施して2021年度に実施していない州'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'list', items: r.subject === 'office' ? officeItems(r.keys) : stateItemsOf(r.keys.map((state) => ({ state }))) }),
  interpretation: (r, w, lang) => [WHAT[lang][r.subject], ...PERIODS[lang](w, w.periodWithDates(r.periods[0]), w.periodWithDates(r.periods[1])), ...w.filters(r.filters), w.matchedEach(r.matchedEach[0], r.matchedEach[1])],
  understood: (q, w, lang, asOf) => [WHAT[lang][q.subject], ...PERIODS[lang](w, w.periodShort(describePeriod(q.periods[0], asOf)), w.periodShort(describePeriod(q.periods[1], asOf))), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, [describePeriod(q.periods[0], asOf), describePeriod(q.periods[1], asOf)]),
} satisfies IntentModule<'period_difference', PeriodDifferenceQuery, PeriodDifferenceResult>
