// Sums of the costs recorded on events (Event.costYen, whole yen; null = not recorded): the total, the events
// with a cost and their participants, over a scope or per value of one Event column. Plain aggregates through
// the same where-clause as every other figure (scope.ts), so SQLite and PostgreSQL agree.
import type { Db } from '../client.ts'
import { eventWhere, type EventScope } from './scope.ts'

export interface CostSum {
  /** Every event of the scope, with or without a cost. */
  events: number
  /** Events of the scope with a cost recorded (0 yen included). */
  withCost: number
  /** Sum of the recorded costs, in yen (0 when none has one). */
  costYen: number
  /** Sum of the participants of the events with a cost recorded (not of every event). */
  participants: number
}

/** Event columns the costs can be grouped by: each event has exactly one value (no event counted twice). */
export type CostGroupColumn = 'fiscalYear' | 'officeCode' | 'activityType' | 'format'

const WITH_COST = { costYen: { not: null } } as const

/** The cost sums of a scope. */
export async function costSums(db: Db, options: { scope: EventScope }): Promise<CostSum> {
  const where = eventWhere(options.scope, { byStartDate: true })
  const [events, agg] = await Promise.all([
    db.event.count({ where }),
    db.event.aggregate({ where: { AND: [where, WITH_COST] }, _count: { _all: true }, _sum: { costYen: true, participants: true } }),
  ])
  return { events, withCost: agg._count._all, costYen: Number(agg._sum.costYen ?? 0), participants: Number(agg._sum.participants ?? 0) }
}

/** The cost sums per value of one Event column (every value with at least one event of the scope). */
export async function costGroups(db: Db, options: { scope: EventScope; column: CostGroupColumn }): Promise<Array<CostSum & { key: string }>> {
  const { column } = options
  const where = eventWhere(options.scope, { byStartDate: true })
  const [all, costed] = await Promise.all([
    db.event.groupBy({ by: [column], where, _count: { _all: true } }),
    db.event.groupBy({ by: [column], where: { AND: [where, WITH_COST] }, _count: { _all: true }, _sum: { costYen: true, participants: true } }),
  ])
  const byKey = new Map(costed.map((g) => [String(g[column]), g]))
  return all.map((g) => {
    const key = String(g[column])
    const c = byKey.get(key)
    return { key, events: g._count._all, withCost: c?._count._all ?? 0, costYen: Number(c?._sum.costYen ?? 0), participants: Number(c?._sum.participants ?? 0) }
  })
}
