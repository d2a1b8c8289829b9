import { Prisma } from '../../generated/prisma/client.ts'
import type { Db } from '../client.ts'
import { eventWhere, needsEventJoin, regionPairWhere, startDateRange, statePairWhere, sumWhereOptions, wholeRegions, type EventScope } from './scope.ts'

export interface EventCount {
  /** Distinct events. */
  events: number
  /** Sum of their participants; only when asked for (a count alone reads an index only). */
  participants: number | null
}

/** Pairs counted, and the events among them counted more than once (with how many times). */
interface PairTally {
  pairs: number
  pairParticipants: number
  repeated: Array<{ times: number; participants: number }>
}

/** Distinct events from (event, x) pairs: every event counted `times` times is taken back `times - 1` times. */
function distinct(t: PairTally, participants: boolean): EventCount {
  let events = t.pairs
  let sum = t.pairParticipants
  for (const r of t.repeated) {
    events -= r.times - 1
    sum -= (r.times - 1) * r.participants
  }
  return { events, participants: participants ? sum : null }
}

/** Scope keys that only state the period. */
const PERIOD_KEYS = new Set(['fiscalYears', 'dates'])

/**
 * Events of a scope (one row each in Event), and with `participants` their sum. Prisma's count() and
 * aggregate() wrap their query in a subquery (`SELECT COUNT(*) FROM (SELECT id … LIMIT -1 OFFSET 0)`), which
 * SQLite runs as a co-routine at about twice the cost of a plain aggregate over the same index, and a
 * groupBy adds a GROUP BY's work per row. The matched events of almost every answer are a period alone: that
 * scope is counted by one plain, parameterised aggregate (the same text on SQLite and PostgreSQL) — the
 * fiscal year as an equality on the covering index [fiscalYear, officeCode, participants], start dates on
 * [startDate]. Any other scope goes through the query API.
 */
async function countEventRows(db: Db, scope: EventScope, participants: boolean): Promise<EventCount> {
  const options = participants ? sumWhereOptions(scope) : {}
  if (!Object.keys(scope).every((k) => PERIOD_KEYS.has(k))) {
    const where = eventWhere(scope, options)
    if (!participants) return { events: await db.event.count({ where }), participants: null }
    const agg = await db.event.aggregate({ where, _count: { _all: true }, _sum: { participants: true } })
    return { events: agg._count._all, participants: agg._sum.participants ?? 0 }
  }
  const conditions: Prisma.Sql[] = []
  const years = options.byStartDate === true ? undefined : scope.fiscalYears
  if (years) conditions.push(years.from === years.to ? Prisma.sql`"fiscalYear" = ${years.from}` : Prisma.sql`"fiscalYear" >= ${years.from} AND "fiscalYear" <= ${years.to}`)
  const dates = options.byStartDate === true ? startDateRange(scope) : scope.dates
  if (dates) conditions.push(Prisma.sql`"startDate" >= ${dates.from} AND "startDate" <= ${dates.to}`)
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty
  const sum = participants ? Prisma.sql`SUM("participants")` : Prisma.sql`NULL`
  const [row] = await db.$queryRaw<Array<{ n: bigint | number; p: bigint | number | null }>>`SELECT COUNT(*) AS n, ${sum} AS p FROM "Event" ${where}`
  return { events: Number(row?.n ?? 0), participants: participants ? Number(row?.p ?? 0) : null }
}

/**
 * Distinct events in a scope, and optionally their participants. A state filter is answered from the derived
 * rows (prisma/schema.prisma): a whole region from EventRegion, other states from EventState — (event, state)
 * pairs minus the events counted twice because they touch two or more of the states, which is cheaper than
 * testing every event for a matching state.
 */
export async function countEvents(db: Db, options: { scope: EventScope; participants?: boolean }): Promise<EventCount> {
  const { scope } = options
  const participants = options.participants === true
  if (scope.states !== undefined && scope.states.length === 0) return { events: 0, participants: participants ? 0 : null }
  const regions = scope.states === undefined ? undefined : wholeRegions(scope.states)
  if (regions !== undefined) {
    const where = regionPairWhere(scope, regions)
    const [agg, repeated] = await Promise.all([
      db.eventRegion.aggregate({ where, _count: { _all: true }, _sum: { participants: true } }),
      regions.length === 1
        ? []
        : db.eventRegion.groupBy({ by: ['eventId'], where, _count: { _all: true }, _max: { participants: true }, having: { eventId: { _count: { gt: 1 } } } }),
    ])
    const times = repeated.map((g) => ({ times: g._count._all, participants: g._max.participants ?? 0 }))
    return distinct({ pairs: agg._count._all, pairParticipants: agg._sum.participants ?? 0, repeated: times }, participants)
  }
  if (scope.states === undefined || needsEventJoin(scope)) return countEventRows(db, scope, participants)
  const where = statePairWhere(scope)
  const [agg, repeated] = await Promise.all([
    db.eventState.aggregate({ where, _count: { _all: true }, ...(participants ? { _sum: { participants: true } } : {}) }),
    scope.states.length === 1
      ? []
      : db.eventState.groupBy({ by: ['eventId'], where, _count: { _all: true }, _max: { participants: true }, having: { eventId: { _count: { gt: 1 } } } }),
  ])
  const times = repeated.map((g) => ({ times: g._count._all, participants: g._max.participants ?? 0 }))
  return distinct({ pairs: agg._count._all, pairParticipants: agg._sum?.participants ?? 0, repeated: times }, participants)
}
