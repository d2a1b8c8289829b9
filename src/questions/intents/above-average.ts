// Intent "above_average": how many events drew more (fewer) participants than the average event of the same
// period and filters ("how many events drew more people than the FY2022 average?", 2021年度の平均を上回る参加者数
// だった2021年度の事業は何件？). The average is the exact mean of the matched events' participants; an event
// exactly at it is neither above nor below.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { readEventFacts } from '../../store/queries/read-event-facts.ts'
import { averageOf } from '../execute/figures.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The events (of those matching the filters) with more (`above`) or fewer (`below`) participants than their average. */
export const aboveAverageQuerySchema = z.object({
  intent: z.literal('above_average'),
  filters: filtersSchema,
  direction: z.enum(['above', 'below']),
})
export type AboveAverageQuery = z.infer<typeof aboveAverageQuerySchema>

export interface AboveAverageResult extends ResultBase<AboveAverageQuery> {
  kind: 'above_average'
  period: ResolvedPeriod
  /** Events strictly above (below) the average. */
  value: number
  /** The average participants per matched event, one decimal (null with no event), and its two integers. */
  average: number | null
  participants: number
}

/** Events strictly above or below the exact mean of the counts (compared as integers: p × n against the sum). */
export function countAgainstAverage(participants: readonly number[], direction: 'above' | 'below'): number {
  const n = participants.length
  const sum = participants.reduce((s, p) => s + p, 0)
  return participants.filter((p) => (direction === 'above' ? p * n > sum : p * n < sum)).length
}

async function execute(db: Db, query: AboveAverageQuery, ctx: ExecuteContext): Promise<AboveAverageResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const facts = await readEventFacts(db, { scope: scopeOf(query.filters, period, ctx.asOf), states: false, themes: false })
  const ps = facts.map((f) => f.participants)
  const participants = ps.reduce((s, p) => s + p, 0)
  return { kind: 'above_average', query, filters, notes, period, value: countAgainstAverage(ps, query.direction), average: averageOf(participants, ps.length), participants, matchedEvents: facts.length }
}

const avgEn = (r: AboveAverageResult) => (r.average === null ? 'no average' : `${formatNumber(r.average)} (${formatNumber(r.participants)} participants over ${formatNumber(r.matchedEvents)} events)`)
const avgJa = (r: AboveAverageResult) => (r.average === null ? '平均なし' : `${formatNumber(r.average)}名（${formatNumber(r.matchedEvents)}件で延べ${formatNumber(r.participants)}名）`)
const AVERAGE: Record<Lang, (r: AboveAverageResult) => string> = { en: (r) => `average ${avgEn(r)}`, ja: (r) => `平均${avgJa(r)}` }

const WHAT: Record<Lang, (q: AboveAverageQuery) => string> = {
  en: (q) => `events with ${q.direction === 'above' ? 'more' : 'fewer'} participants than the average event of the same period and filters (an event exactly at the average is not counted)`,
  ja: (q) => `参加者数が同じ期間・条件の事業の平均を${q.direction === 'above' ? '上回る' : '下回る'}事業の件数（平均と同数の事業は含まない）`,
}

const SENTENCE: Record<Lang, (r: AboveAverageResult, w: Wording) => string> = {
  en: (r, w) => {
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.average === null) return `No event matched${where}, so there is no average.`
    const more = r.query.direction === 'above' ? 'more' : 'fewer'
    return `${formatNumber(r.value)} of ${formatNumber(r.matchedEvents)} events${where} had ${more} participants than the average of ${formatNumber(r.average)} per event.`
  },
  ja: (r, w) => {
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    if (r.average === null) return `${where}該当する事業がないため、平均はありません。`
    return `${where}事業${formatNumber(r.matchedEvents)}件のうち、参加者数が平均（1事業あたり${formatNumber(r.average)}名）を${r.query.direction === 'above' ? '上回った' : '下回った'}事業は${formatNumber(r.value)}件です。`
  },
}

const QUESTION: Record<Lang, (q: AboveAverageQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `How many events${w.scopePhrase(q.filters)} ${w.periodIn(p)} had ${q.direction === 'above' ? 'more' : 'fewer'} participants than their average?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}参加者数が平均を${q.direction === 'above' ? '上回った' : '下回った'}事業は何件？`,
}

export const aboveAverageIntent = {
  intent: 'above_average',
  schema: aboveAverageQuerySchema,
  description: { en: 'How many events had more (fewer) participants than the average event of the same period and filters.' },
  examples: ['How many events drew more people than the FY2022 average?', '2021年度の平均を上回る参加者数だった2021年度の事業は何件？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query), AVERAGE[lang](r), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'above_average', AboveAverageQuery, AboveAverageResult>
