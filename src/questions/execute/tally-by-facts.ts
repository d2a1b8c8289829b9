// Breakdown strategy 2, the general way: read every matched event's grouping columns (and states, themes)
// and tally in memory. Any (metric, grouping) pair and any filter; gives the same figures as the store
// queries of tally-by-query.ts where both apply (test/questions/execute-derived.test.ts).
import type { Db } from '../../store/client.ts'
import { readEventFacts, type EventFact } from '../../store/queries/read-event-facts.ts'
import type { EventScope } from '../../store/queries/scope.ts'
import type { GroupBy, Metric } from '../slots.ts'
import { fiscalQuarterOf, monthOfYearOf, weekdayOf } from './periods.ts'
import { IS_STATE, REGION_OF } from './scope.ts'
import { newTally, type GroupTally } from './tally-by-query.ts'
import { OTHER_CITY_PREFIX, cityGroupKey } from '../../domain/cities.ts'

/** Keys of the groups one event falls in. */
export function keysOfFact(groupBy: GroupBy, f: EventFact, inScope: (state: string) => boolean, themes: readonly string[] | undefined): string[] {
  switch (groupBy) {
    case 'fiscal_year':
      return [String(f.fiscalYear)]
    case 'month':
      return [f.startDate.slice(0, 7)]
    case 'fiscal_quarter':
      return [fiscalQuarterOf(f.startDate)]
    case 'weekday':
      return [weekdayOf(f.startDate)]
    case 'month_of_year':
      return [monthOfYearOf(f.startDate)]
    case 'office':
      return [f.officeCode]
    case 'activity_type':
      return [f.activityType]
    case 'format':
      return [f.format]
    case 'state':
      return f.stateCodes.filter(inScope)
    case 'region':
      return [...new Set(f.stateCodes.filter(inScope).map((s) => REGION_OF.get(s) ?? ''))]
    case 'theme':
      return f.themes.filter((t) => themes === undefined || themes.includes(t))
    case 'city': {
      const key = cityGroupKey(f.cityKey)
      return key === undefined ? [] : [key]
    }
    case 'best_practice_category':
      return f.bestPracticeCategory === null ? [] : [f.bestPracticeCategory]
  }
}

/** Groups whose keys are only known from the events (cities): a tally is opened for each key met. */
const OPEN_GROUPS: readonly GroupBy[] = ['city']

function stateInGroup(groupBy: GroupBy, state: string, key: string): boolean {
  if (groupBy === 'state') return state === key
  if (groupBy === 'region') return REGION_OF.get(state) === key
  return true
}

/** The general way: read every matched event's grouping columns and tally in memory. */
export async function tallyByFacts(
  db: Db,
  options: { metric: Metric; groupBy: GroupBy; scope: EventScope; keys: string[]; stateScope: string[] | undefined; themes: readonly string[] | undefined },
): Promise<{ tallies: Map<string, GroupTally>; spellings: Map<string, string> }> {
  const tallies = new Map(options.keys.map((k) => [k, newTally()]))
  const open = OPEN_GROUPS.includes(options.groupBy)
  // a city outside the reference list is named as first recorded (in id order)
  const spellings = new Map<string, string>()
  const scopeSet = options.stateScope ? new Set(options.stateScope) : undefined
  const inScope = (s: string) => scopeSet === undefined || scopeSet.has(s)
  // States are needed to group by state or region, and to count states covered; themes only to group by theme.
  const states = options.groupBy === 'state' || options.groupBy === 'region' || options.metric === 'states_covered'
  const facts = await readEventFacts(db, { scope: options.scope, states, themes: options.groupBy === 'theme' })
  for (const f of facts) {
    const city = cityGroupKey(f.cityKey)
    if (city?.startsWith(OTHER_CITY_PREFIX) === true && !spellings.has(city)) spellings.set(city, (f.city ?? '').split(/[,、，]/u)[0]?.trim() ?? '')
    for (const key of keysOfFact(options.groupBy, f, inScope, options.themes)) {
      let t = tallies.get(key)
      if (!t && open) tallies.set(key, (t = newTally()))
      if (!t) continue
      if (city !== undefined) t.cities.add(city)
      t.events += 1
      t.participants += f.participants
      t.offices.add(f.officeCode)
      // states covered within the group: only the 50, only those of the question's scope and of the group
      for (const s of f.stateCodes) if (IS_STATE.has(s) && inScope(s) && stateInGroup(options.groupBy, s, key)) t.states.add(s)
    }
  }
  return { tallies, spellings }
}
