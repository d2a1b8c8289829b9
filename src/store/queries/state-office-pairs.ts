import type { Db } from '../client.ts'
import { statePairWhere, type EventScope } from './scope.ts'

/** An EventState column copied from the event that (office, state) pairs can be split by further. */
export type PairDetail = 'activityType' | 'format'

export interface StateOfficePair {
  stateCode: string
  officeCode: string
  activityType?: string
  format?: string
  /** (event, state) pairs with these values: at least 1. */
  pairs: number
}

/**
 * Which (office, state) — and with `detail`, (office, state, type[, format]) — combinations the events of a
 * scope have, for the states of the scope. Grouped in the order of the index [officeCode, stateCode,
 * activityType, format, fiscalYear], which the database reads without sorting. Answers "states covered per
 * office, type or format" and "offices active per state or region" (at most a few thousand rows).
 */
export async function stateOfficePairs(db: Db, options: { scope: EventScope; detail?: PairDetail }): Promise<StateOfficePair[]> {
  const where = statePairWhere(options.scope)
  if (options.detail === undefined) {
    const rows = await db.eventState.groupBy({ by: ['officeCode', 'stateCode'], where, _count: { _all: true } })
    return rows.map((r) => ({ stateCode: r.stateCode, officeCode: r.officeCode, pairs: r._count._all }))
  }
  // format comes after activityType in the index: grouping by format alone would need a sort
  const by = options.detail === 'format' ? (['officeCode', 'stateCode', 'activityType', 'format'] as const) : (['officeCode', 'stateCode', 'activityType'] as const)
  const rows = await db.eventState.groupBy({ by: [...by], where, _count: { _all: true } })
  return rows.map((r) => ({
    stateCode: r.stateCode,
    officeCode: r.officeCode,
    activityType: r.activityType,
    ...('format' in r ? { format: String(r.format) } : {}),
    pairs: r._count._all,
  }))
}
