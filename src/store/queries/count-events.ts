import type { Db } from '../client.ts'
import { eventWhere, hasEventLevelFilters, statePairWhere, sumWhereOptions, type EventScope } from './scope.ts'

export interface EventCount {
  /** Distinct events. */
  events: number
  /** Sum of their participants; only when asked for (a count alone reads an index only). */
  participants: number | null
}

/**
 * Distinct events in a scope, and optionally their participants. A state filter alone is answered from
 * EventState: (event, state) pairs minus the events counted twice because they touch two or more of the
 * states — cheaper than testing every event for a matching state.
 */
export async function countEvents(db: Db, options: { scope: EventScope; participants?: boolean }): Promise<EventCount> {
  const { scope } = options
  if (scope.states !== undefined && scope.states.length === 0) return { events: 0, participants: options.participants ? 0 : null }
  if (options.participants) {
    const agg = await db.event.aggregate({ where: eventWhere(scope, sumWhereOptions(scope)), _count: { _all: true }, _sum: { participants: true } })
    return { events: agg._count._all, participants: agg._sum.participants ?? 0 }
  }
  if (scope.states === undefined || hasEventLevelFilters(scope)) {
    return { events: await db.event.count({ where: eventWhere(scope) }), participants: null }
  }
  const where = statePairWhere(scope)
  const pairs = await db.eventState.count({ where })
  if (scope.states.length === 1) return { events: pairs, participants: null }
  const repeated = await db.eventState.groupBy({
    by: ['eventId'],
    where,
    _count: { _all: true },
    having: { eventId: { _count: { gt: 1 } } },
  })
  const extra = repeated.reduce((sum, g) => sum + g._count._all - 1, 0)
  return { events: pairs - extra, participants: null }
}
