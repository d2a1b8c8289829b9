import type { Db } from '../client.ts'
import { statePairWhere, type EventScope } from './scope.ts'

/**
 * Which of `states` had an event in the scope (its filters other than the period) in a fiscal year before
 * `fiscalYear`. One indexed probe per state ([stateCode, fiscalYear]) instead of scanning every earlier year.
 */
export async function statesSeenBefore(
  db: Db,
  options: { scope: EventScope; states: readonly string[]; fiscalYear: number },
): Promise<Set<string>> {
  const { fiscalYears: _f, dates: _d, ...rest } = options.scope
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
