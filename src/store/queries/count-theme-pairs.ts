import type { Db } from '../client.ts'
import { themePairWhere, type EventScope } from './scope.ts'

/** Events per theme for the themes of the scope (an event with two themes counts in both). */
export async function countThemePairs(db: Db, options: { scope: EventScope }): Promise<Array<{ themeCode: string; events: number }>> {
  const rows = await db.eventTheme.groupBy({
    by: ['themeCode'],
    where: themePairWhere(options.scope),
    _count: { _all: true },
    orderBy: { themeCode: 'asc' },
  })
  return rows.map((r) => ({ themeCode: r.themeCode, events: r._count._all }))
}
