// One figure over a scope: events, participants, states covered, offices active, average participants,
// distinct cities.
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { groupEvents } from '../../store/queries/group-events.ts'
import type { EventScope } from '../../store/queries/scope.ts'
import { stateOfficePairs } from '../../store/queries/state-office-pairs.ts'
import type { Metric } from '../slots.ts'
import { IS_STATE } from './scope.ts'
import { cityGroupKey } from '../../domain/cities.ts'

/** Averages are the one figure that is not a whole number: one decimal, rounded half up, here only. */
export function averageOf(participants: number, events: number): number | null {
  return events === 0 ? null : Math.round((participants / events) * 10) / 10
}

/** A metric's value from the counts of a set of events (states and offices: distinct codes counted). */
export function valueOf(metric: Metric, c: { events: number; participants: number | null; states?: number; offices?: number; cities?: number }): number | null {
  switch (metric) {
    case 'events':
      return c.events
    case 'participants':
      return c.participants ?? 0
    case 'avg_participants':
      return averageOf(c.participants ?? 0, c.events)
    case 'states_covered':
      return c.states ?? 0
    case 'offices_active':
      return c.offices ?? 0
    case 'cities':
      return c.cities ?? 0
  }
}

/** A figure with the counts it comes from; `dcEvents`: matched events in DC (not a state), for the note. */
export interface Figure {
  value: number | null
  events: number
  participants: number | null
  dcEvents: number
}

/** One figure over the scope, each event once. */
export async function scalarFigure(db: Db, metric: Metric, scope: EventScope): Promise<Figure> {
  switch (metric) {
    case 'events': {
      const c = await countEvents(db, { scope })
      return { value: c.events, events: c.events, participants: null, dcEvents: 0 }
    }
    case 'participants':
    case 'avg_participants': {
      const c = await countEvents(db, { scope, participants: true })
      return { value: valueOf(metric, c), events: c.events, participants: c.participants, dcEvents: 0 }
    }
    case 'states_covered': {
      const [pairs, c] = await Promise.all([countStatePairs(db, { scope }), countEvents(db, { scope })])
      const states = pairs.filter((p) => IS_STATE.has(p.stateCode) && p.events > 0).length
      const dcEvents = pairs.find((p) => p.stateCode === 'DC')?.events ?? 0
      return { value: states, events: c.events, participants: null, dcEvents }
    }
    case 'offices_active': {
      if (scope.states !== undefined) {
        // a state filter: the offices of the matched (event, state) pairs, not a test of every event
        const [pairs, c] = await Promise.all([stateOfficePairs(db, { scope }), countEvents(db, { scope })])
        return { value: new Set(pairs.map((p) => p.officeCode)).size, events: c.events, participants: null, dcEvents: 0 }
      }
      const groups = await groupEvents(db, { scope, column: 'officeCode' })
      const events = groups.reduce((n, g) => n + g.events, 0)
      return { value: groups.filter((g) => g.events > 0).length, events, participants: null, dcEvents: 0 }
    }
    case 'cities': {
      // the events with a recorded city, one group per spelling; spellings of one reference city are one city
      const groups = await groupEvents(db, { scope: { ...scope, withCity: true }, column: 'cityKey' })
      const cities = new Set(groups.flatMap((g) => cityGroupKey(String(g.key)) ?? []))
      return { value: cities.size, events: groups.reduce((n, g) => n + g.events, 0), participants: null, dcEvents: 0 }
    }
  }
}
