import type { Db } from '../client.ts'
import { eventWhere, sumWhereOptions, type EventScope } from './scope.ts'

/** Event columns a breakdown can group by directly. */
export type EventGroupColumn = 'fiscalYear' | 'officeCode' | 'activityType' | 'format' | 'startDate' | 'cityKey'

export interface EventGroup {
  /** The column's value (a number for fiscalYear). */
  key: string | number
  /** Set when grouped by a second column too (officeCode, for "offices active" per period). */
  officeCode?: string
  events: number
  /** Null unless asked for: a count alone can be read from an index, a sum needs every row. */
  participants: number | null
}

/** Event counts (and participant sums, with `participants`) per value of one column (and per office, with `byOffice`). */
export async function groupEvents(
  db: Db,
  options: { scope: EventScope; column: EventGroupColumn; byOffice?: boolean; participants?: boolean },
): Promise<EventGroup[]> {
  const { column } = options
  const by: Array<EventGroupColumn> = options.byOffice && column !== 'officeCode' ? [column, 'officeCode'] : [column]
  if (options.participants) {
    const where = eventWhere(options.scope, sumWhereOptions(options.scope, by))
    const rows = await db.event.groupBy({ by, where, _count: { _all: true }, _sum: { participants: true } })
    return rows.map((r) => ({
      key: r[column],
      ...(options.byOffice ? { officeCode: r.officeCode } : {}),
      events: r._count._all,
      participants: r._sum.participants ?? 0,
    }))
  }
  const rows = await db.event.groupBy({ by, where: eventWhere(options.scope), _count: { _all: true } })
  return rows.map((r) => ({
    key: r[column],
    ...(options.byOffice ? { officeCode: r.officeCode } : {}),
    events: r._count._all,
    participants: null,
  }))
}
