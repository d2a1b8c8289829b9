// Intent "event_days": the days on which matching events started, counted by start date — the busiest day(s)
// ("which single day had the most events?", 事業が一番多かった日はいつ？: every date tied with the most, each with
// its count) or how many days had at least N events starting on them ("how many days had 2 or more events?",
// 同じ日に2件以上の事業があった日は何日？). An event counts on its start date only (a multi-day event is not counted
// again on its later days), as the breakdowns by month and weekday count it.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { readEventFacts } from '../../store/queries/read-event-facts.ts'
import { scopeOf } from '../execute/scope.ts'
import { formatNumber } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { scopeEn, scopeJaNoun } from '../wording/shared.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

export const eventDaysQuerySchema = z.object({
  intent: z.literal('event_days'),
  filters: filtersSchema,
  /** busiest: the start date(s) with the most events; at_least: how many start dates have `min` events or more. */
  answer: z.enum(['busiest', 'at_least']),
  /** at_least: the fewest events on a day counted (2 = "two or more"). */
  min: z.number().int().min(1).max(1000).optional(),
})
export type EventDaysQuery = z.infer<typeof eventDaysQuerySchema>

export interface EventDaysResult extends ResultBase<EventDaysQuery> {
  kind: 'event_days'
  period: ResolvedPeriod
  /** busiest: every start date with the most events ('YYYY-MM-DD', in order) and that count; at_least: the days counted. */
  days: { date: string; events: number }[]
  /** The distinct start dates of the matched events. */
  daysWithEvents: number
}

/** At most this many tied busiest days are listed (the answer says how many share the top). */
const MAX_DAYS_SHOWN = 20

async function execute(db: Db, query: EventDaysQuery, ctx: ExecuteContext): Promise<EventDaysResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const facts = await readEventFacts(db, { scope: scopeOf(query.filters, period, ctx.asOf), states: false, themes: false })
  const perDay = new Map<string, number>()
  for (const f of facts) perDay.set(f.startDate, (perDay.get(f.startDate) ?? 0) + 1)
  const all = [...perDay.entries()].map(([date, events]) => ({ date, events })).sort((a, b) => (a.date < b.date ? -1 : 1))
  const most = Math.max(0, ...all.map((d) => d.events))
  const days = query.answer === 'busiest' ? all.filter((d) => d.events === most && most > 0) : all.filter((d) => d.events >= (query.min ?? 2))
  return { kind: 'event_days', query, filters, notes, period, days, daysWithEvents: all.length, matchedEvents: facts.length }
}

const dateEn = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
const dateJa = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

const WHAT: Record<Lang, (q: EventDaysQuery) => string> = {
  en: (q) => (q.answer === 'busiest' ? 'the start date(s) with the most events (an event counts on its start date only)' : `the days on which ${q.min ?? 2} or more events started (an event counts on its start date only)`),
  ja: (q) => (q.answer === 'busiest' ? '実施件数が最も多かった日（事業は開始日に数える）' : `開始日が同じ事業が${q.min ?? 2}件以上あった日（事業は開始日に数える）`),
}

const SENTENCE: Record<Lang, (r: EventDaysResult, w: Wording) => string> = {
  en: (r, w) => {
    const where = `${scopeEn(r.filters)} ${w.periodIn(r.period)}`
    if (r.matchedEvents === 0) return `No events matched${where}, so there is no such day.`
    if (r.query.answer === 'at_least') return `${formatNumber(r.days.length)} of the ${formatNumber(r.daysWithEvents)} days with an event${where} had ${r.query.min ?? 2} or more events starting on them.`
    const top = r.days[0]?.events ?? 0
    const shown = r.days.slice(0, MAX_DAYS_SHOWN).map((d) => dateEn(d.date)).join('; ')
    const more = r.days.length > MAX_DAYS_SHOWN ? ` (the first ${MAX_DAYS_SHOWN} of ${formatNumber(r.days.length)} shown)` : ''
    return r.days.length === 1
      ? `The busiest day${where} was ${shown}, with ${w.count(top, 'events')} starting on it.`
      : `${formatNumber(r.days.length)} days share the most events${where}, ${w.count(top, 'events')} each: ${shown}${more}.`
  },
  ja: (r, w) => {
    const where = `${w.periodOf(r.period)}${scopeJaNoun(r.filters)}`
    if (r.matchedEvents === 0) return `${where}該当する事業がないため、該当する日はありません。`
    if (r.query.answer === 'at_least') return `${where}事業のあった${formatNumber(r.daysWithEvents)}日のうち、${r.query.min ?? 2}件以上の事業が始まった日は${formatNumber(r.days.length)}日です。`
    const top = r.days[0]?.events ?? 0
    const shown = r.days.slice(0, MAX_DAYS_SHOWN).map((d) => dateJa(d.date)).join('、')
    const more = r.days.length > MAX_DAYS_SHOWN ? `（${formatNumber(r.days.length)}日のうち最初の${MAX_DAYS_SHOWN}日を表示）` : ''
    return r.days.length === 1 ? `${where}事業が最も多かった日は${shown}で、${formatNumber(top)}件です。` : `${where}事業が最も多かった日は${formatNumber(r.days.length)}日あり、各${formatNumber(top)}件です：${shown}${more}。`
  },
}

const QUESTION: Record<Lang, (q: EventDaysQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => (q.answer === 'busiest' ? `Which day had the most events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?` : `How many days had ${q.min ?? 2} or more events${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`),
  ja: (q, w, p) => (q.answer === 'busiest' ? `${w.periodOf(p)}${w.scopePhrase(q.filters)}事業が最も多かった日は？` : `${w.periodOf(p)}${w.scopePhrase(q.filters)}同じ日に${q.min ?? 2}件以上の事業があった日は何日？`),
}

export const eventDaysIntent = {
  intent: 'event_days',
  schema: eventDaysQuerySchema,
  description: {
    en: 'The days events started on, by start date: "busiest" — the date(s) with the most events, ties included ("which single day had the most events?", 事業が一番多かった日); "at_least" with `min` — how many days had that many events or more ("how many days had 2 or more events?", 同じ日に2件以上の事業があった日は何日).',
  },
  examples: ['Which single day had the most events?', '同じ日に2件以上の事業があった日は何日？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) => (r.query.answer === 'at_least' ? { kind: 'scalar', value: r.days.length } : { kind: 'breakdown', rows: r.days.map((d) => ({ key: d.date, value: d.events })) }),
  interpretation: (r, w, lang) => [WHAT[lang](r.query), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'event_days', EventDaysQuery, EventDaysResult>
