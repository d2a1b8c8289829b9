import type { Db } from '../client.ts'
import { themePairWhere, type EventScope } from './scope.ts'

/**
 * Events per theme for the themes of the scope (an event with two themes counts in both), and with
 * `participants` their participant sums (EventTheme's copy).
 */
export async function countThemePairs(
  db: Db,
  options: { scope: EventScope; participants?: boolean },
): Promise<Array<{ themeCode: string; events: number; participants: number | null }>> {
  const rows = await db.eventTheme.groupBy({
    by: ['themeCode'],
    where: themePairWhere(options.scope),
    _count: { _all: true },
    _sum: { participants: true },
    orderBy: { themeCode: 'asc' },
  })
  return rows.map((r) => ({ themeCode: r.themeCode, events: r._count._all, participants: options.participants ? (r._sum.participants ?? 0) : null }))
}
