// Intent "recorded_events": events by WHEN THEY WERE RECORDED (entered into the system, Event.createdAt), not
// when they took place — "how many events were entered into the system during calendar 2022?", 2023年に入って
// から登録された事業の件数（登録日ベース）, and the recording lag: "how many events were logged more than 10 days
// after they took place?", 実施日から1週間以上たってから登録された事業. The recording instant is read as a date of
// the app's calendar (Asia/Tokyo unless configured otherwise); the lag is in whole days of that calendar, from
// the event's start date to its recording date.
import { z } from 'zod'
import { todayIn } from '../../domain/fiscal-year.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { recordedDates } from '../../store/queries/recorded-dates.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, periodSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The app's calendar when the caller gives none (config GRASSROOTS_TZ defaults to it). */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo'

/** Days from the start date to the recording date: "more than 10 days" = { gt: 10 }, 1週間以上 = { gte: 7 }. */
const lagSchema = z
  .object({ gt: z.number().int().min(0).max(3650).optional(), gte: z.number().int().min(1).max(3650).optional() })
  .strict()
  .refine((b) => (b.gt === undefined) !== (b.gte === undefined), { message: 'one lower bound: gt or gte' })

export const recordedEventsQuerySchema = z
  .object({
    intent: z.literal('recorded_events'),
    /** The events' own filters (their period is the event date's, 'all' when not asked). */
    filters: filtersSchema,
    /** The period the events were recorded in (their recording date, in the app's calendar). */
    recorded: periodSchema.optional(),
    lagDays: lagSchema.optional(),
  })
  .refine((q) => q.recorded !== undefined || q.lagDays !== undefined, { message: 'a recording period or a recording lag' })
  .refine((q) => q.recorded?.kind !== 'all', { message: 'a recording period is a bounded period' })
export type RecordedEventsQuery = z.infer<typeof recordedEventsQuerySchema>

export interface RecordedEventsResult extends ResultBase<RecordedEventsQuery> {
  kind: 'recorded_events'
  /** The event-date period of the filters. */
  period: ResolvedPeriod
  /** The recording period, resolved to dates; null without one. */
  recorded: ResolvedPeriod | null
  /** Events recorded in the recording period and past the lag, of the `matchedEvents` matching the filters. */
  value: number
  timeZone: string
}

/** Whole days from one ISO date to another (negative when the second is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

async function execute(db: Db, query: RecordedEventsQuery, ctx: ExecuteContext): Promise<RecordedEventsResult> {
  const { filters, notes, resolve } = ctx
  const timeZone = ctx.timeZone ?? DEFAULT_TIME_ZONE
  const period = resolve(query.filters.period)
  const recorded = query.recorded ? resolve(query.recorded) : null
  const rows = await recordedDates(db, { scope: scopeOf(query.filters, period, ctx.asOf) })
  const lag = query.lagDays
  let value = 0
  for (const r of rows) {
    const day = todayIn(timeZone, r.createdAt)
    if (day > ctx.asOf) continue
    if (recorded && (recorded.from === null || recorded.to === null || day < recorded.from || day > recorded.to)) continue
    if (lag) {
      const d = daysBetween(r.startDate, day)
      if (lag.gt !== undefined && !(d > lag.gt)) continue
      if (lag.gte !== undefined && !(d >= lag.gte)) continue
    }
    value++
  }
  return { kind: 'recorded_events', query, filters, notes, period, recorded, value, timeZone, matchedEvents: rows.length }
}

const lagEn = (l: NonNullable<RecordedEventsQuery['lagDays']>) => (l.gt !== undefined ? `more than ${l.gt} days` : `${l.gte} days or more`)
const lagJa = (l: NonNullable<RecordedEventsQuery['lagDays']>) => (l.gt !== undefined ? `実施（開始）日から${l.gt}日を超えて` : `実施（開始）日から${l.gte}日以上たって`)

const WHAT: Record<Lang, (q: RecordedEventsQuery, w: Wording, recorded: string | null, tz: string) => string> = {
  en: (q, _w, recorded, tz) =>
    [
      `events by the date they were recorded (entered into the system), not the event date`,
      ...(recorded ? [`recording date: ${recorded}`] : []),
      ...(q.lagDays ? [`recorded ${lagEn(q.lagDays)} after the event's start date (whole calendar days)`] : []),
      `recording dates in the ${tz} calendar`,
    ].join('; '),
  ja: (q, _w, recorded, tz) =>
    [
      `登録日（システムに入力された日）で数えた事業の件数（実施日ではない）`,
      ...(recorded ? [`登録日：${recorded}`] : []),
      ...(q.lagDays ? [`${lagJa(q.lagDays)}登録（暦日で計算）`] : []),
      `登録日は${tz === 'Asia/Tokyo' ? '日本時間' : tz}の日付`,
    ].join('。'),
}

const SENTENCE: Record<Lang, (r: RecordedEventsResult, w: Wording) => string> = {
  en: (r, w) => {
    const when = r.recorded ? ` ${w.periodIn(r.recorded)}` : ''
    const lag = r.query.lagDays ? ` ${lagEn(r.query.lagDays)} after they started` : ''
    const events = r.query.filters.period.kind === 'all' ? '' : ` (events ${w.periodIn(r.period)})`
    return `${formatNumber(r.value)} event${r.value === 1 ? ' was' : 's were'} recorded${scopeEn(r.filters)}${when}${lag}${events}, by recording date.`
  },
  ja: (r, w) => {
    const when = r.recorded ? `${w.periodIn(r.recorded).replace(/に$/, '')}に` : ''
    const lag = r.query.lagDays ? lagJa(r.query.lagDays) : ''
    const events = `${r.query.filters.period.kind === 'all' ? '' : w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    return `${events === '' ? '' : `${events}事業のうち、`}${when}${lag}登録された事業は${formatNumber(r.value)}件です（登録日ベース）。`
  },
}

const QUESTION: Record<Lang, (q: RecordedEventsQuery, w: Wording, asOf: string) => string> = {
  en: (q, w, asOf) =>
    `How many events${w.scopePhrase(q.filters)} were recorded${q.recorded ? ` ${w.periodIn(describePeriod(q.recorded, asOf))}` : ''}${q.lagDays ? ` ${lagEn(q.lagDays)} after they took place` : ''}?`,
  ja: (q, w, asOf) =>
    `${w.scopePhrase(q.filters)}${q.recorded ? `${w.periodIn(describePeriod(q.recorded, asOf)).replace(/に$/, '')}に` : ''}${q.lagDays ? lagJa(q.lagDays) : ''}登録された事業は何件？`,
}

const RECORDED_TEXT: Record<Lang, { held: (period: string) => string; matched: (events: number, recorded: number) => string }> = {
  en: { held: (period) => `events ${period}`, matched: (events, recorded) => `${formatNumber(events)} events matched the other conditions, ${formatNumber(recorded)} of them recorded so` },
  ja: { held: (period) => `実施日：${period}`, matched: (events, recorded) => `その他の条件に該当する${formatNumber(events)}件のうち${formatNumber(recorded)}件` },
}

export const recordedEventsIntent = {
  intent: 'recorded_events',
  schema: recordedEventsQuerySchema,
  description: {
    en: 'How many events were recorded (entered into the system) in a period, or more than N days after they took place: the recording date, not the event date.',
  },
  examples: ['How many events were entered into the system during calendar 2022?', 'How many events were logged more than 10 days after they took place?', '2023年に入ってから登録された事業の件数（登録日ベース）'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => ({ kind: 'scalar', value: r.value }),
  interpretation: (r, w, lang) => [
    WHAT[lang](r.query, w, r.recorded ? w.periodWithDates(r.recorded) : null, r.timeZone),
    ...(r.query.filters.period.kind === 'all' ? [] : [RECORDED_TEXT[lang].held(w.periodWithDates(r.period))]),
    ...w.filters(r.filters),
    RECORDED_TEXT[lang].matched(r.matchedEvents, r.value),
  ],
  understood: (q, w, lang, asOf) => [WHAT[lang](q, w, q.recorded ? w.periodShort(describePeriod(q.recorded, asOf)) : null, DEFAULT_TIME_ZONE), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, asOf),
} satisfies IntentModule<'recorded_events', RecordedEventsQuery, RecordedEventsResult>
