// Intent "median_participants": the median of the participants of the events matching the filters (中央値,
// "median participants per event"): the middle value of the events' participant counts in order; with an
// even number of events, the mean of the two middle ones (one decimal).
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { readEventFacts } from '../../store/queries/read-event-facts.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import type { IntentModule } from './module.ts'
import { oneDecimal } from './ratio-shared.ts'
import { describePeriod } from './shared.ts'

/** The median of the participants per event over the filters. */
export const medianParticipantsQuerySchema = z.object({ intent: z.literal('median_participants'), filters: filtersSchema })
export type MedianParticipantsQuery = z.infer<typeof medianParticipantsQuerySchema>

export interface MedianParticipantsResult extends ResultBase<MedianParticipantsQuery> {
  kind: 'median'
  period: ResolvedPeriod
  /** The median (one decimal when the two middle values differ in parity); null over no events. */
  value: number | null
  /** The smallest and largest participant counts (null over no events), for the answer's context. */
  min: number | null
  max: number | null
}

/** The median of whole numbers: the middle one, or the mean of the two middle ones (one decimal, half up). */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[mid] as number
  return oneDecimal((sorted[mid - 1] as number) + (sorted[mid] as number), 2)
}

async function execute(db: Db, query: MedianParticipantsQuery, ctx: ExecuteContext): Promise<MedianParticipantsResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  // every matched event's participants: the general path, which honours every filter
  const facts = await readEventFacts(db, { scope: scopeOf(query.filters, period, ctx.asOf), states: false, themes: false })
  const values = facts.map((f) => f.participants)
  const min = values.reduce<number | null>((m, v) => (m === null || v < m ? v : m), null)
  const max = values.reduce<number | null>((m, v) => (m === null || v > m ? v : m), null)
  return {
    kind: 'median',
    query,
    filters,
    notes,
    period,
    value: medianOf(values),
    min,
    max,
    matchedEvents: values.length,
  }
}

const TEXT: Record<Lang, (r: MedianParticipantsResult, w: Wording) => string> = {
  en: (r, w) => {
    const scope = w.scopePhrase(r.filters)
    const when = w.periodIn(r.period)
    if (r.value === null) return `No events matched${scope} ${when}, so there is no median.`
    return `Median participants per event${scope} ${when}: ${formatNumber(r.value)} (over ${w.count(r.matchedEvents, 'events')}; smallest ${formatNumber(r.min ?? 0)}, largest ${formatNumber(r.max ?? 0)}).`
  },
  ja: (r, w) => {
    const head = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}`
    if (r.value === null) return `${head}該当する事業がないため、中央値は算出できません。`
    return `${head}1件当たりの参加者数の中央値は${formatNumber(r.value)}名です（対象${w.count(r.matchedEvents, 'events')}、最少${formatNumber(r.min ?? 0)}名、最多${formatNumber(r.max ?? 0)}名）。`
  },
}

const WHAT: Record<Lang, string> = {
  en: 'median participants per event (the middle of the events’ participant counts; with an even number of events, the mean of the two middle ones)',
  ja: '1件当たりの参加者数の中央値（各事業の参加者数を並べた中央の値。件数が偶数の場合は中央2件の平均）',
}

const QUESTION: Record<Lang, (q: MedianParticipantsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `Median participants per event${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}参加者数の中央値は？`,
}

export const medianParticipantsIntent = {
  intent: 'median_participants',
  schema: medianParticipantsQuerySchema,
  description: { en: 'The median of the participants per event over the filters (中央値, "median"); the mean is metric avg_participants.' },
  examples: ['What was the median number of participants per event in FY2022?', '2022年度の参加者数の中央値は？'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [WHAT[lang], w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'median_participants', MedianParticipantsQuery, MedianParticipantsResult>
