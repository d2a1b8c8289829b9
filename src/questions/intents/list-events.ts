// Intent "list_events": the events matching the filters, newest first.
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { latestEvents } from '../../store/queries/latest-events.ts'
import { scopeOf } from '../execute/scope.ts'
import type { EventsResult, ExecuteContext, ResolvedPeriod } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { eventItems } from './items.ts'
import { listInterpretation } from './lists.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'

/** The events matching the filters, newest first. */
export const listEventsQuerySchema = z.object({
  intent: z.literal('list_events'),
  filters: filtersSchema,
  limit: z.number().int().min(1).max(100).default(20),
  /** 'oldest': the earliest events first ("the first event in Wyoming", 最も古い事業); newest first otherwise. */
  order: z.enum(['newest', 'oldest']).optional(),
})
export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>
export type ListEventsResult = EventsResult<ListEventsQuery>

async function execute(db: Db, query: ListEventsQuery, ctx: ExecuteContext): Promise<ListEventsResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const [events, matched] = await Promise.all([latestEvents(db, { scope, take: query.limit, ...(query.order === 'oldest' ? { order: 'oldest' as const } : {}) }), countEvents(db, { scope })])
  return { kind: 'events', query, filters, notes, period, events, limit: query.limit, matchedEvents: matched.events }
}

const WHAT: Record<Lang, Record<'newest' | 'oldest', string>> = {
  en: { newest: 'events, newest first', oldest: 'events, oldest first' },
  ja: { newest: '事業一覧（新しい順）', oldest: '事業一覧（古い順）' },
}

const QUESTION: Record<Lang, (q: ListEventsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `List the events${w.scopePhrase(q.filters)} ${w.periodIn(p)}.`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}事業の一覧`,
}

const TITLE: Record<Lang, (e: { titleEn: string | null; titleJa: string | null }) => string> = {
  en: (e) => e.titleEn ?? e.titleJa ?? '',
  ja: (e) => e.titleJa ?? e.titleEn ?? '',
}

export const listEventsIntent = {
  intent: 'list_events',
  schema: listEventsQuerySchema,
  description: { en: 'The events matching the filters, newest first (best practices, "show me the events", "the latest 5"); `order` "oldest" lists the earliest first ("the first event in Wyoming", "the oldest 3 events").' },
  examples: ['List the best practice events in FY2022', '直近5件の事業を見せて'],
  execute,
  text: (r) =>
    both((w, lang) => {
      if (r.events.length === 0) return w.noEvents
      const lines = r.events.map((e) =>
        w.eventLine({
          date: e.startDate,
          office: w.groupKey('office', e.officeCode),
          states: e.stateCodes.map((s) => w.groupKey('state', s)),
          title: TITLE[lang](e),
          participants: e.participants,
        }),
      )
      return [w.eventsHead(r.period, r.events.length, r.matchedEvents, r.filters, r.query.order ?? 'newest'), ...lines].join('\n')
    }),
  figures: (r) => ({ kind: 'list', items: eventItems(r.events) }),
  interpretation: (r, w, lang) => listInterpretation({ en: WHAT.en[r.query.order ?? 'newest'], ja: WHAT.ja[r.query.order ?? 'newest'] }, r, w, lang),
  understood: (q, w, lang, asOf) => [WHAT[lang][q.order ?? 'newest'], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'list_events', ListEventsQuery, ListEventsResult>
