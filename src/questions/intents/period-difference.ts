// Intent "period_difference": the states (of the 50) or the offices with an event in one period and none in
// another ("states with an event in FY2020 but none in FY2021"), or (op "both") with an event in each of two
// periods ("states with events in both FY2021 and FY2022"), or (op "more" / "fewer") with more or fewer events
// in the first period than in the second ("states with more events in FY2021 than in FY2020", each with both
// figures); the same filters apply to both periods. An event touching several states counts in each.
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

/**
 * Places with an event in periods[0] and none in periods[1] (op "difference"), or with an event in each of
 * the two periods (op "both"); `answer` "count" asks for their number only. filters.period is not used.
 */
export const periodDifferenceQuerySchema = z.object({
  intent: z.literal('period_difference'),
  subject: z.enum(['state', 'office']),
  filters: filtersSchema,
  periods: z.tuple([periodSchema, periodSchema]),
  /** difference: in the first, none in the second; both: in each; more / fewer: more / fewer events in the first than in the second. */
  op: z.enum(['difference', 'both', 'more', 'fewer']).default('difference'),
  answer: z.enum(['list', 'count']).default('list'),
})
export type PeriodDifferenceQuery = z.infer<typeof periodDifferenceQuerySchema>
type Subject = PeriodDifferenceQuery['subject']
type Op = PeriodDifferenceQuery['op']

export interface PeriodDifferenceResult extends ResultBase<PeriodDifferenceQuery> {
  kind: 'difference'
  subject: Subject
  op: Op
  answer: 'list' | 'count'
  /** difference: [with an event, without one]; both: the two periods, in the order asked. */
  periods: [ResolvedPeriod, ResolvedPeriod]
  /**
   * State codes (alphabetical) or office codes (reference order): difference, with an event in the first
   * period and none in the second; both, with an event in each period.
   */
  keys: string[]
  /** How many states or offices had an event in the first period. */
  inFirst: number
  /** How many states or offices had an event in the second period. */
  inSecond: number
  /** more / fewer: each key's events in the first and in the second period (in the order of `keys`). */
  counts?: Array<{ key: string; first: number; second: number }>
  /** Events matched in each period. */
  matchedEach: [number, number]
}

/** States (DC apart) or offices with an event in the scope, with their events (a multi-state event counts in each state). */
async function placesWithEvents(db: Db, subject: Subject, scope: ReturnType<typeof scopeOf>, stateScope: string[] | undefined): Promise<Map<string, number>> {
  if (subject === 'office') {
    const groups = await groupEvents(db, { scope, column: 'officeCode' })
    return new Map(groups.filter((g) => g.events > 0).map((g) => [String(g.key), g.events]))
  }
  const pairs = await countStatePairs(db, { scope })
  return new Map(
    pairs.filter((p) => p.events > 0 && IS_STATE.has(p.stateCode) && (stateScope === undefined || stateScope.includes(p.stateCode))).map((p) => [p.stateCode, p.events]),
  )
}

/** Whether a place is listed: by its events in the first period (a) and the second (b). */
function listed(op: Op, a: number, b: number): boolean {
  switch (op) {
    case 'difference':
      return a > 0 && b === 0
    case 'both':
      return a > 0 && b > 0
    case 'more':
      return a > b
    case 'fewer':
      return a < b
  }
}

async function execute(db: Db, query: PeriodDifferenceQuery, ctx: ExecuteContext): Promise<PeriodDifferenceResult> {
  const { filters, notes, resolve, stateScope } = ctx
  const periods = query.periods.map((p) => resolve(p)) as [ResolvedPeriod, ResolvedPeriod]
  const scopes = periods.map((p) => scopeOf(query.filters, p, ctx.asOf))
  const [[a, b], matched] = await Promise.all([
    Promise.all(scopes.map((s) => placesWithEvents(db, query.subject, s, stateScope))),
    Promise.all(scopes.map((s) => countEvents(db, { scope: s }))),
  ])
  const union = new Set([...(a?.keys() ?? []), ...(b?.keys() ?? [])])
  const order = query.subject === 'office' ? candidateOffices(query.filters) : [...union].sort()
  const count = (m: Map<string, number> | undefined, k: string) => m?.get(k) ?? 0
  const keys = order.filter((k) => listed(query.op, count(a, k), count(b, k)))
  const perKey = query.op === 'more' || query.op === 'fewer' ? { counts: keys.map((key) => ({ key, first: count(a, key), second: count(b, key) })) } : {}
  const matchedEach = matched.map((c) => c.events) as [number, number]
  return {
    kind: 'difference',
    query,
    filters,
    notes,
    subject: query.subject,
    op: query.op,
    answer: query.answer,
    periods,
    keys,
    inFirst: a?.size ?? 0,
    inSecond: b?.size ?? 0,
    ...perKey,
    matchedEach,
    matchedEvents: matchedEach[0] + matchedEach[1],
  }
}

const WHAT: Record<Op, Record<Lang, Record<Subject, string>>> = {
  difference: {
    en: { state: 'states with an event in one period and none in the other', office: 'offices with an event in one period and none in the other' },
    ja: { state: '一方の期間に事業を実施し、他方の期間に実施していない州', office: '一方の期間に事業を実施し、他方の期間に実施していない公館' },
  },
  both: {
    en: { state: 'states with an event in each of the two periods', office: 'offices with an event in each of the two periods' },
    ja: { state: '両方の期間に事業を実施した州', office: '両方の期間に事業を実施した公館' },
  },
  more: {
    en: { state: 'states with more events in the first period than in the second (an event in several states counts in each)', office: 'offices with more events in the first period than in the second' },
    ja: { state: '前者の期間の実施件数が後者より多い州（複数州にまたがる事業は各州で1件）', office: '前者の期間の実施件数が後者より多い公館' },
  },
  fewer: {
    en: { state: 'states with fewer events in the first period than in the second (an event in several states counts in each)', office: 'offices with fewer events in the first period than in the second' },
    ja: { state: '前者の期間の実施件数が後者より少ない州（複数州にまたがる事業は各州で1件）', office: '前者の期間の実施件数が後者より少ない公館' },
  },
}

const PERIODS: Record<Op, Record<Lang, (a: string, b: string) => string[]>> = {
  difference: { en: (a, b) => [`with an event: ${a}`, `none: ${b}`], ja: (a, b) => [`実施：${a}`, `未実施：${b}`] },
  both: { en: (a, b) => [`with an event: ${a} and ${b}`], ja: (a, b) => [`実施：${a}・${b}の両方`] },
  more: { en: (a, b) => [`first: ${a}`, `second: ${b}`], ja: (a, b) => [`前者：${a}`, `後者：${b}`] },
  fewer: { en: (a, b) => [`first: ${a}`, `second: ${b}`], ja: (a, b) => [`前者：${a}`, `後者：${b}`] },
}

const label = (r: PeriodDifferenceResult, w: Wording, lang: Lang, k: string): string => (r.subject === 'office' ? w.groupKey('office', k) : name.state(k, lang))

const SENTENCE_BOTH: Record<Lang, (r: PeriodDifferenceResult, w: Wording) => string> = {
  en: (r, w) => {
    const [p, q] = r.periods
    const noun = r.subject === 'office' ? 'offices' : 'states'
    const each = `(${formatNumber(r.inFirst)} had an event ${w.periodIn(p)}, ${formatNumber(r.inSecond)} ${w.periodIn(q)})`
    if (r.keys.length === 0) return `No ${noun.slice(0, -1)} had an event${scopeEn(r.filters)} both ${w.periodIn(p)} and ${w.periodIn(q)} ${each}.`
    const head = `${formatNumber(r.keys.length)} ${r.keys.length === 1 ? noun.slice(0, -1) : noun} had an event${scopeEn(r.filters)} both ${w.periodIn(p)} and ${w.periodIn(q)} ${each}`
    return r.answer === 'count' ? `${head}.` : `${head}: ${r.keys.map((k) => label(r, w, 'en', k)).join(', ')}.`
  },
  ja: (r, w) => {
    const [p, q] = r.periods
    const noun = r.subject === 'office' ? '公館' : '州'
    const { who, what } = scopeJaVerb(r.subject === 'office' ? { ...r.filters, offices: undefined } : r.filters)
    const head = `${w.periodShort(p)}と${w.periodShort(q)}の両方で${who}${what}事業を実施した${noun}`
    const each = `（${w.periodShort(p)}は${formatNumber(r.inFirst)}${noun}、${w.periodShort(q)}は${formatNumber(r.inSecond)}${noun}で実施）`
    if (r.keys.length === 0) return `${head}はありません${each}。`
    const sentence = `${head}は${formatNumber(r.keys.length)}${noun}です${each}。`
    return r.answer === 'count' ? sentence : `${sentence}該当${noun}：${r.keys.map((k) => label(r, w, 'ja', k)).join('、')}。`
  },
}

const SENTENCE_MORE: Record<Lang, (r: PeriodDifferenceResult, w: Wording) => string> = {
  en: (r, w) => {
    const [p, q] = r.periods
    const noun = r.subject === 'office' ? 'offices' : 'states'
    const than = `${r.op === 'more' ? 'more' : 'fewer'} events${scopeEn(r.filters)} ${w.periodIn(p)} than ${w.periodIn(q)}`
    const counts = r.counts ?? []
    if (counts.length === 0) return `No ${noun.slice(0, -1)} had ${than}.`
    const head = `${formatNumber(counts.length)} ${counts.length === 1 ? noun.slice(0, -1) : noun} had ${than}`
    return r.answer === 'count' ? `${head}.` : `${head}: ${counts.map((c) => `${label(r, w, 'en', c.key)} ${formatNumber(c.first)} vs ${formatNumber(c.second)}`).join(', ')}.`
  },
  ja: (r, w) => {
    const [p, q] = r.periods
    const noun = r.subject === 'office' ? '公館' : '州'
    const { who, what } = scopeJaVerb(r.subject === 'office' ? { ...r.filters, offices: undefined } : r.filters)
    const head = `${w.periodShort(p)}に${who}${what}実施した事業の件数が${w.periodShort(q)}より${r.op === 'more' ? '多い' : '少ない'}${noun}`
    const counts = r.counts ?? []
    if (counts.length === 0) return `${head}はありません。`
    const sentence = `${head}は${formatNumber(counts.length)}${noun}です。`
    return r.answer === 'count'
      ? sentence
      : `${sentence}該当${noun}（${w.periodShort(p)}・${w.periodShort(q)}の件数）：${counts.map((c) => `${label(r, w, 'ja', c.key)}（${formatNumber(c.first)}件・${formatNumber(c.second)}件）`).join('、')}。`
  },
}

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
  en: (q, w, [a, b]) => {
    const which = `${q.answer === 'count' ? 'How many' : 'Which'} ${q.subject === 'office' ? 'offices' : 'states'}`
    if (q.op === 'more' || q.op === 'fewer') return `${which} had ${q.op} events${w.scopePhrase(q.filters)} ${w.periodIn(a)} than ${w.periodIn(b)}?`
    return q.op === 'both'
      ? `${which} had an event${w.scopePhrase(q.filters)} both ${w.periodIn(a)} and ${w.periodIn(b)}?`
      : `${which} had an event${w.scopePhrase(q.filters)} ${w.periodIn(a)} but none ${w.periodIn(b)}?`
  },
  ja: (q, w, [a, b]) => {
    const noun = `${q.subject === 'office' ? '公館' : '州'}${q.answer === 'count' ? 'の数' : ''}`
    if (q.op === 'more' || q.op === 'fewer') return `${w.periodShort(a)}に${w.scopePhrase(q.filters)}実施した事業の件数が${w.periodShort(b)}より${q.op === 'more' ? '多い' : '少ない'}${noun}は？`
    return q.op === 'both'
      ? `${w.periodShort(a)}と${w.periodShort(b)}の両方で${w.scopePhrase(q.filters)}事業を実施した${noun}は？`
      : `${w.periodIn(a)}${w.scopePhrase(q.filters)}事業を実施して${w.periodIn(b)}実施していない${noun}は？`
  },
}

export const periodDifferenceIntent = {
  intent: 'period_difference',
  schema: periodDifferenceQuerySchema,
  description: {
    en:
      'The states (subject "state", of the 50) or offices (subject "office") with an event in the first period and none in the second ' +
      '("states with an event in FY2020 but none in FY2021"); with op "both", those with an event in each of the two periods ' +
      '("states with events in both FY2021 and FY2022"); with op "more" / "fewer", those with more / fewer events in the first period ' +
      'than in the second ("states with more events in FY2021 than in FY2020": periods [FY2021, FY2020]); answer "count" for their number only. ' +
      'The filters apply to both periods.',
  },
  examples: ['States with an event in FY2020 but none in FY2021', 'How many states had events in both FY2021 and FY2022?', '2021年度と2022年度の両方で実施した州'],
  execute,
  text: (r) => both((w, lang) => (r.op === 'both' ? SENTENCE_BOTH : r.op === 'more' || r.op === 'fewer' ? SENTENCE_MORE : SENTENCE)[lang](r, w)),
  figures: (r) =>
    r.answer === 'count'
      ? { kind: 'scalar', value: r.keys.length }
      : { kind: 'list', items: r.subject === 'office' ? officeItems(r.keys) : stateItemsOf(r.keys.map((state) => ({ state }))) },
  interpretation: (r, w, lang) => [WHAT[r.op][lang][r.subject], ...PERIODS[r.op][lang](w.periodWithDates(r.periods[0]), w.periodWithDates(r.periods[1])), ...w.filters(r.filters), w.matchedEach(r.matchedEach[0], r.matchedEach[1])],
  understood: (q, w, lang, asOf) => [WHAT[q.op][lang][q.subject], ...PERIODS[q.op][lang](w.periodShort(describePeriod(q.periods[0], asOf)), w.periodShort(describePeriod(q.periods[1], asOf))), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, [describePeriod(q.periods[0], asOf), describePeriod(q.periods[1], asOf)]),
} satisfies IntentModule<'period_difference', PeriodDifferenceQuery, PeriodDifferenceResult>
