import type { Db } from '../client.ts'
import { eventWhere, type EventScope } from './scope.ts'

export interface ListedEvent {
  id: number
  startDate: string
  endDate: string | null
  officeCode: string
  stateCodes: string[]
  titleEn: string | null
  titleJa: string | null
  activityType: string
  format: string
  themes: string[]
  participants: number
  bestPractice: boolean
  /** The recorded cost in yen (null = not recorded). */
  costYen: number | null
}

/**
 * The newest events of a scope (start date, then id, descending); with `participants`, only the events with
 * exactly that many participants (the largest or smallest event and those tied with it). A fiscal-year period
 * is turned into the equivalent start-date range so that the [startDate] index gives the order and the query
 * stops at `take`.
 */
export async function latestEvents(
  db: Db,
  options: {
    scope: EventScope
    take: number
    participants?: number
    /** Only events with exactly this recorded cost. */
    costYen?: number
    /** Only the events touching exactly this many states (Event.stateCount). */
    stateCount?: number
    /** 'oldest': earliest first. */
    order?: 'newest' | 'oldest'
  },
): Promise<ListedEvent[]> {
  const where = eventWhere(options.scope, { byStartDate: true })
  const exactly = [
    ...(options.participants === undefined ? [] : [{ participants: options.participants }]),
    ...(options.costYen === undefined ? [] : [{ costYen: options.costYen }]),
    ...(options.stateCount === undefined ? [] : [{ stateCount: options.stateCount }]),
  ]
  const rows = await db.event.findMany({
    where: exactly.length === 0 ? where : { AND: [where, ...exactly] },
    orderBy: options.order === 'oldest' ? [{ startDate: 'asc' }, { id: 'asc' }] : [{ startDate: 'desc' }, { id: 'desc' }],
    take: options.take,
    select: LISTED_SELECT,
  })
  return rows.map(listedOf)
}

/** The columns of a ListedEvent (with its states and themes), for findMany. */
export const LISTED_SELECT = {
  id: true,
  startDate: true,
  endDate: true,
  officeCode: true,
  titleEn: true,
  titleJa: true,
  activityType: true,
  format: true,
  participants: true,
  bestPractice: true,
  costYen: true,
  states: { select: { stateCode: true } },
  themes: { select: { themeCode: true } },
} as const

/** A row read with LISTED_SELECT as a ListedEvent (states and themes sorted). */
export function listedOf({ states, themes, ...r }: Omit<ListedEvent, 'stateCodes' | 'themes'> & { states: { stateCode: string }[]; themes: { themeCode: string }[] }): ListedEvent {
  return { ...r, stateCodes: states.map((s) => s.stateCode).sort(), themes: themes.map((t) => t.themeCode).sort() }
}
