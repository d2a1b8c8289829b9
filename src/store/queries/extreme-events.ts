import type { Db } from '../client.ts'
import { latestEvents, listedOf, LISTED_SELECT, type ListedEvent } from './latest-events.ts'
import { eventWhere, type EventScope } from './scope.ts'

export interface ExtremeEvents {
  /** The largest (or smallest) participant count (by cost: recorded cost in yen) of an event in the scope; null when the scope has no event (with a cost). */
  value: number | null
  /** How many events of the scope have exactly that count (ties). */
  tied: number
  /** The tied events, newest first, at most `take` of them. */
  events: ListedEvent[]
}

/**
 * The event(s) of a scope with the most (`largest`) or fewest (`smallest`) participants, every tie counted:
 * the extreme participant count, how many events have it, and the newest `take` of them. Three plain queries
 * (an aggregate, a count and a listing) through the same where-clause, so SQLite and PostgreSQL agree.
 */
export async function extremeEvents(db: Db, options: { scope: EventScope; order: 'largest' | 'smallest'; take: number; by?: 'participants' | 'cost' }): Promise<ExtremeEvents> {
  const { scope, order, take } = options
  const where = eventWhere(scope, { byStartDate: true })
  if (options.by === 'cost') {
    // events with no cost recorded are never the most (or least) expensive: MAX/MIN skip nulls
    const costs = await db.event.aggregate({ where, _max: { costYen: true }, _min: { costYen: true } })
    const costYen = order === 'largest' ? costs._max.costYen : costs._min.costYen
    if (costYen === null) return { value: null, tied: 0, events: [] }
    const [tied, events] = await Promise.all([db.event.count({ where: { AND: [where, { costYen }] } }), latestEvents(db, { scope, take, costYen })])
    return { value: costYen, tied, events }
  }
  const agg = await db.event.aggregate({ where, _max: { participants: true }, _min: { participants: true } })
  const participants = order === 'largest' ? agg._max.participants : agg._min.participants
  if (participants === null) return { value: null, tied: 0, events: [] }
  const [tied, events] = await Promise.all([
    db.event.count({ where: { AND: [where, { participants }] } }),
    latestEvents(db, { scope, take, participants }),
  ])
  return { value: participants, tied, events }
}

/** The event(s) of a scope touching the most states. */
export interface WidestEvents {
  /** The most states one event of the scope touches (Event.stateCount, DC counted as one); null with no event. */
  states: number | null
  /** How many events of the scope touch exactly that many states (ties). */
  tied: number
  /** The tied events, newest first, at most `take` of them. */
  events: ListedEvent[]
}

/** The event(s) of a scope touching the most states, every tie counted: the same three queries as extremeEvents. */
export async function widestEvents(db: Db, options: { scope: EventScope; take: number }): Promise<WidestEvents> {
  const { scope, take } = options
  const where = eventWhere(scope, { byStartDate: true })
  const agg = await db.event.aggregate({ where, _max: { stateCount: true } })
  const states = agg._max.stateCount
  if (states === null) return { states: null, tied: 0, events: [] }
  const [tied, events] = await Promise.all([db.event.count({ where: { AND: [where, { stateCount: states }] } }), latestEvents(db, { scope, take, stateCount: states })])
  return { states, tied, events }
}

/**
 * Every event's participant count (by cost: recorded cost in yen, events with none left out) in a scope,
 * largest first (smallest first with `order: 'smallest'`): what the places of single events are counted from.
 */
export async function eventValues(db: Db, options: { scope: EventScope; order: 'largest' | 'smallest'; by: 'participants' | 'cost' }): Promise<number[]> {
  const where = eventWhere(options.scope, { byStartDate: true })
  const dir = options.order === 'largest' ? 'desc' : 'asc'
  if (options.by === 'cost') {
    const rows = await db.event.findMany({ where: { AND: [where, { costYen: { not: null } }] }, select: { costYen: true }, orderBy: [{ costYen: dir }] })
    return rows.map((r) => r.costYen ?? 0)
  }
  const rows = await db.event.findMany({ where, select: { participants: true }, orderBy: [{ participants: dir }] })
  return rows.map((r) => r.participants)
}

/**
 * The events of a scope whose participants (by cost: recorded cost) lie from `from` to `to` (both included),
 * largest value first (smallest first with `order: 'smallest'`), then newest; at most `take`.
 */
export async function eventsWithin(
  db: Db,
  options: { scope: EventScope; order: 'largest' | 'smallest'; by: 'participants' | 'cost'; from: number; to: number; take: number },
): Promise<ListedEvent[]> {
  const where = eventWhere(options.scope, { byStartDate: true })
  const dir = options.order === 'largest' ? 'desc' : 'asc'
  const column = options.by === 'cost' ? 'costYen' : 'participants'
  const rows = await db.event.findMany({
    where: { AND: [where, { [column]: { gte: options.from, lte: options.to } }] },
    orderBy: [{ [column]: dir }, { startDate: 'desc' }, { id: 'desc' }],
    take: options.take,
    select: LISTED_SELECT,
  })
  return rows.map(listedOf)
}
