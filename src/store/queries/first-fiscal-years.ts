import type { Db } from '../client.ts'
import { statePairWhere, type EventScope } from './scope.ts'

/**
 * The fiscal year of each state's first event in the scope (its fiscal years ignored: "first" means ever),
 * for questions such as "when was Wyoming first covered?". The scope's dates are kept: they are how the
 * executor leaves out events after the as-of date. One grouped read of the [stateCode, fiscalYear] index
 * (joined to Event when the scope has dates). States without an event are absent from the map.
 */
export async function firstFiscalYears(db: Db, options: { scope: EventScope; states?: readonly string[] }): Promise<Map<string, number>> {
  const { fiscalYears: _f, ...rest } = options.scope
  const rows = await db.eventState.groupBy({
    by: ['stateCode'],
    where: statePairWhere(rest, options.states),
    _min: { fiscalYear: true },
    orderBy: { stateCode: 'asc' },
  })
  return new Map(rows.flatMap((r) => (r._min.fiscalYear === null ? [] : [[r.stateCode, r._min.fiscalYear] as [string, number]])))
}
