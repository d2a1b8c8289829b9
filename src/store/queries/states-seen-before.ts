import { Prisma } from '../../generated/prisma/client.ts'
import type { Db } from '../client.ts'
import { statePairWhere, type EventScope } from './scope.ts'

/**
 * Which of `states` had an event in the scope (its filters other than the period) in a fiscal year before
 * `fiscalYear`. One indexed probe per state ([stateCode, fiscalYear]) instead of scanning every earlier year:
 * with no other filter, all in one statement (EXISTS per state, the same SQL on SQLite and PostgreSQL).
 */
export async function statesSeenBefore(
  db: Db,
  options: { scope: EventScope; states: readonly string[]; fiscalYear: number },
): Promise<Set<string>> {
  const { fiscalYears: _f, dates: _d, ...rest } = options.scope
  if (options.states.length === 0) return new Set()
  // no filter but the states themselves (the usual question): one statement of indexed probes, not one per state
  if (Object.entries(rest).every(([k, v]) => v === undefined || k === 'states')) {
    const rows = await db.$queryRaw<{ code: string }[]>`
      SELECT v.column1 AS code FROM (VALUES ${Prisma.join(options.states.map((c) => Prisma.sql`(${c})`))}) AS v
      WHERE EXISTS (SELECT 1 FROM "EventState" AS p WHERE p."stateCode" = v.column1 AND p."fiscalYear" < ${options.fiscalYear})`
    return new Set(rows.map((r) => r.code))
  }
  const found = await Promise.all(
    options.states.map(async (stateCode) => {
      const base = statePairWhere(rest, [stateCode])
      const row = await db.eventState.findFirst({
        where: { ...base, stateCode, fiscalYear: { lt: options.fiscalYear } },
        select: { stateCode: true },
      })
      return row?.stateCode
    }),
  )
  return new Set(found.filter((s): s is string => s !== undefined))
}
