import type { Db } from '../client.ts'
import { statePairWhere, type EventScope } from './scope.ts'

export interface StatePairCount {
  stateCode: string
  /** Set when grouped by fiscal year too. */
  fiscalYear?: number
  /** Events in the scope touching the state (each event once per state: the pair is unique). */
  events: number
  /** Their participants (EventState's copy); null unless asked for. */
  participants: number | null
}

/**
 * Events per state (and per fiscal year, with `byFiscalYear`) for the states of the scope, or for `states`,
 * and with `participants` their participant sums. An event touching two states counts in both. (The sums
 * cost nothing more: the indexes that answer the counts hold EventState's copy of participants.)
 */
export async function countStatePairs(
  db: Db,
  options: { scope: EventScope; byFiscalYear?: boolean; states?: readonly string[]; participants?: boolean },
): Promise<StatePairCount[]> {
  const where = statePairWhere(options.scope, options.states)
  if (options.byFiscalYear) {
    const rows = await db.eventState.groupBy({
      by: ['fiscalYear', 'stateCode'],
      where,
      _count: { _all: true },
      _sum: { participants: true },
      orderBy: [{ fiscalYear: 'asc' }, { stateCode: 'asc' }],
    })
    return rows.map((r) => ({ stateCode: r.stateCode, fiscalYear: r.fiscalYear, events: r._count._all, participants: options.participants ? (r._sum.participants ?? 0) : null }))
  }
  const rows = await db.eventState.groupBy({ by: ['stateCode'], where, _count: { _all: true }, _sum: { participants: true }, orderBy: { stateCode: 'asc' } })
  return rows.map((r) => ({ stateCode: r.stateCode, events: r._count._all, participants: options.participants ? (r._sum.participants ?? 0) : null }))
}
