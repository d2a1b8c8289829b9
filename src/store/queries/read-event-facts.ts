import type { Db } from '../client.ts'
import { eventWhere, fiscalYearBounds, type EventScope } from './scope.ts'

export interface EventFact {
  id: number
  startDate: string
  fiscalYear: number
  officeCode: string
  activityType: string
  format: string
  participants: number
  /** Event.cityKey ('' without a city) and the city as recorded. */
  cityKey: string
  city: string | null
  bestPracticeCategory: string | null
  /** How many states the event touches, DC counted as one (Event.stateCount). */
  stateCount: number
  /** The calendar days the event spans, both ends counted, 1 with no end date (Event.durationDays). */
  durationDays: number
  /** The cost recorded in yen (Event.costYen); null when none is recorded. */
  costYen: number | null
  /** How many partners the event names (Event.partnerCount: the lines of Event.partnersKey). */
  partnerCount: number
  /** Every state the event touches (not only those of the scope); empty when not asked for. */
  stateCodes: string[]
  /** Empty when not asked for. */
  themes: string[]
  /** When the event was recorded (Event.createdAt). */
  createdAt: Date
}

const PAGE = 20_000

/**
 * The grouping columns of every event in a scope, page by page in id order. For the rare breakdowns that
 * neither the grouped queries nor the derived rows express (offices active per theme, states covered per
 * theme or month); every other question is answered without reading each event.
 */
export async function readEventFacts(
  db: Db,
  options: { scope: EventScope; states?: boolean; themes?: boolean },
): Promise<EventFact[]> {
  const { scope } = options
  const where = eventWhere(scope, { byStartDate: true })
  const facts: EventFact[] = []
  let after = 0
  for (;;) {
    const rows = await db.event.findMany({
      where: { AND: [where, { id: { gt: after } }] },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, startDate: true, fiscalYear: true, officeCode: true, activityType: true, format: true, participants: true, cityKey: true, city: true, bestPracticeCategory: true, stateCount: true, durationDays: true, costYen: true, partnerCount: true, createdAt: true },
    })
    const last = rows.at(-1)
    if (last === undefined) break
    const first = rows[0]?.id ?? last.id
    const byId = new Map<number, EventFact>()
    for (const r of rows) {
      const fact: EventFact = { ...r, stateCodes: [], themes: [] }
      byId.set(r.id, fact)
      facts.push(fact)
    }
    // Pairs of the same id range; events outside the scope are skipped by the map lookup.
    const fy = fiscalYearBounds(scope)
    const [states, themes] = await Promise.all([
      options.states === false
        ? []
        : db.eventState.findMany({
            where: { eventId: { gte: first, lte: last.id }, ...(fy ? { fiscalYear: fy } : {}) },
            select: { eventId: true, stateCode: true },
          }),
      options.themes === false
        ? []
        : db.eventTheme.findMany({ where: { eventId: { gte: first, lte: last.id } }, select: { eventId: true, themeCode: true } }),
    ])
    for (const s of states) byId.get(s.eventId)?.stateCodes.push(s.stateCode)
    for (const t of themes) byId.get(t.eventId)?.themes.push(t.themeCode)
    if (rows.length < PAGE) break
    after = last.id
  }
  return facts
}
