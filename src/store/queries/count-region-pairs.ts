import { STATES } from '../../domain/states.ts'
import type { Db } from '../client.ts'
import { countEvents } from './count-events.ts'
import { regionPairWhere, wholeRegions, type EventScope } from './scope.ts'

const REGION_OF = new Map(STATES.map((s) => [s.code, s.region as string]))

export interface RegionCount {
  regionCode: string
  /** Events touching the region through a state of the scope, each once however many of its states they touch. */
  events: number
  participants: number
}

/**
 * Events and participants per region, for `regions`. When the scope's states are whole regions (or not
 * restricted), one grouped read of EventRegion; when they split a region, a region's events are those touching
 * its states of the scope, counted from EventState per region.
 */
export async function countEventsByRegion(db: Db, options: { scope: EventScope; regions: readonly string[] }): Promise<RegionCount[]> {
  const { scope, regions } = options
  if (regions.length === 0) return []
  if (scope.states === undefined || wholeRegions(scope.states) !== undefined) {
    const rows = await db.eventRegion.groupBy({
      by: ['regionCode'],
      where: regionPairWhere(scope, regions),
      _count: { _all: true },
      _sum: { participants: true },
      orderBy: { regionCode: 'asc' },
    })
    return rows.map((r) => ({ regionCode: r.regionCode, events: r._count._all, participants: r._sum.participants ?? 0 }))
  }
  const inScope = scope.states
  const out: RegionCount[] = []
  for (const regionCode of regions) {
    const states = inScope.filter((s) => REGION_OF.get(s) === regionCode)
    const c = await countEvents(db, { scope: { ...scope, states }, participants: true })
    out.push({ regionCode, events: c.events, participants: c.participants ?? 0 })
  }
  return out
}
