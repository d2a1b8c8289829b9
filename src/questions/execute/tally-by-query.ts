// Breakdown strategy 1: a tally per group from the cheapest store query that answers the pair (metric,
// grouping) — a GROUP BY on Event, the per-state/region/theme derived rows, or (state, office) pairs.
// Pairs no such query answers return null and go to tally-by-facts.ts.
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countEventsByRegion } from '../../store/queries/count-region-pairs.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { countThemePairs } from '../../store/queries/count-theme-pairs.ts'
import { groupEvents, type EventGroupColumn } from '../../store/queries/group-events.ts'
import { withinFiscalYear, type EventScope } from '../../store/queries/scope.ts'
import { stateOfficePairs } from '../../store/queries/state-office-pairs.ts'
import type { GroupBy, Metric } from '../slots.ts'
import { fiscalQuarterOf, monthOfYearOf, weekdayOf } from './periods.ts'
import { IS_STATE, REGION_OF } from './scope.ts'

/** What a group has counted: its events, participants, states and offices. */
export interface GroupTally {
  events: number
  participants: number
  states: Set<string>
  offices: Set<string>
  /** Distinct cities (cityGroupKey), for the cities metric (tally-by-facts.ts only). */
  cities: Set<string>
}

export const newTally = (): GroupTally => ({ events: 0, participants: 0, states: new Set(), offices: new Set(), cities: new Set() })

const EVENT_COLUMN: Partial<Record<GroupBy, EventGroupColumn>> = {
  fiscal_year: 'fiscalYear',
  month: 'startDate',
  fiscal_quarter: 'startDate',
  weekday: 'startDate',
  month_of_year: 'startDate',
  office: 'officeCode',
  activity_type: 'activityType',
  format: 'format',
}

/** Group key of an Event-column group: months, fiscal quarters, weekdays and months of the year are folded from start dates. */
function columnKey(groupBy: GroupBy, key: string | number): string {
  if (groupBy === 'month') return String(key).slice(0, 7)
  if (groupBy === 'fiscal_quarter') return fiscalQuarterOf(String(key))
  if (groupBy === 'weekday') return weekdayOf(String(key))
  if (groupBy === 'month_of_year') return monthOfYearOf(String(key))
  return String(key)
}

/** Tallies per group by the cheapest query that answers the pair (metric, groupBy); null if none does. */
export async function tallyByQuery(
  db: Db,
  options: { metric: Metric; groupBy: GroupBy; scope: EventScope; keys: string[]; stateScope: string[] | undefined },
): Promise<Map<string, GroupTally> | null> {
  const { metric, groupBy, scope, keys } = options
  // distinct cities, and groups by city or best-practice category: read from the events (tally-by-facts.ts)
  if (metric === 'cities' || groupBy === 'city' || groupBy === 'best_practice_category') return null
  const tallies = new Map(keys.map((k) => [k, newTally()]))
  const column = EVENT_COLUMN[groupBy]
  const participants = metric === 'participants' || metric === 'avg_participants'
  if (groupBy === 'fiscal_year' && participants) {
    // One sum per fiscal year: `fiscalYear = X` on the covering index [fiscalYear, officeCode, participants]
    // for a whole year, a start-date range for a year the period cuts (sumWhereOptions)
    for (const key of keys) {
      const c = await countEvents(db, { scope: withinFiscalYear(scope, Number(key)), participants: true })
      const t = tallies.get(key)
      if (t) {
        t.events = c.events
        t.participants = c.participants ?? 0
      }
    }
    return tallies
  }
  if (column && metric !== 'states_covered') {
    const rows = await groupEvents(db, { scope, column, byOffice: metric === 'offices_active', participants })
    for (const r of rows) {
      const t = tallies.get(columnKey(groupBy, r.key))
      if (!t) continue
      t.events += r.events
      t.participants += r.participants ?? 0
      if (r.officeCode !== undefined) t.offices.add(r.officeCode)
      else if (groupBy === 'office') t.offices.add(String(r.key))
    }
    return tallies
  }
  if (metric === 'states_covered' && (groupBy === 'fiscal_year' || groupBy === 'state' || groupBy === 'region')) {
    const rows = await countStatePairs(db, { scope, byFiscalYear: groupBy === 'fiscal_year' })
    for (const r of rows) {
      if (!IS_STATE.has(r.stateCode) || r.events === 0) continue
      const key = groupBy === 'fiscal_year' ? String(r.fiscalYear) : groupBy === 'state' ? r.stateCode : (REGION_OF.get(r.stateCode) ?? '')
      tallies.get(key)?.states.add(r.stateCode)
    }
    return tallies
  }
  if (metric === 'states_covered' && (groupBy === 'office' || groupBy === 'activity_type' || groupBy === 'format')) {
    const detail = groupBy === 'activity_type' ? 'activityType' : groupBy === 'format' ? 'format' : undefined
    for (const p of await stateOfficePairs(db, { scope, ...(detail ? { detail } : {}) })) {
      if (!IS_STATE.has(p.stateCode)) continue
      const key = groupBy === 'office' ? p.officeCode : groupBy === 'activity_type' ? p.activityType : p.format
      tallies.get(key ?? '')?.states.add(p.stateCode)
    }
    return tallies
  }
  if (metric === 'offices_active' && (groupBy === 'state' || groupBy === 'region')) {
    for (const p of await stateOfficePairs(db, { scope })) {
      const t = tallies.get(groupBy === 'state' ? p.stateCode : (REGION_OF.get(p.stateCode) ?? ''))
      if (!t) continue
      t.offices.add(p.officeCode)
      if (groupBy === 'state') t.events += p.pairs // one pair per (event, state): the state's events
    }
    return tallies
  }
  if (metric !== 'events' && !participants) return null
  if (groupBy === 'state') {
    for (const r of await countStatePairs(db, { scope, participants })) {
      const t = tallies.get(r.stateCode)
      if (!t) continue
      t.events = r.events
      t.participants = r.participants ?? 0
    }
    return tallies
  }
  if (groupBy === 'theme') {
    for (const r of await countThemePairs(db, { scope, participants })) {
      const t = tallies.get(r.themeCode)
      if (!t) continue
      t.events = r.events
      t.participants = r.participants ?? 0
    }
    return tallies
  }
  if (groupBy === 'region') {
    for (const r of await countEventsByRegion(db, { scope, regions: keys })) {
      const t = tallies.get(r.regionCode)
      if (!t) continue
      t.events = r.events
      t.participants = r.participants
    }
    return tallies
  }
  return null
}
