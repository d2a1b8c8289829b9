// The parts of an executor result that the naive reference (reference.ts) computes, in its shape: what every
// executor-versus-reference test compares.
import type { QueryResult } from '../../src/questions/execute.ts'
import type { RefAnswer } from './reference.ts'

/** The parts of a result the reference computes, in the same shape. */
export function comparable(r: QueryResult): RefAnswer {
  switch (r.kind) {
    case 'scalar':
      return { kind: 'scalar', value: r.value, matched: r.matchedEvents }
    case 'breakdown':
      return { kind: 'breakdown', rows: r.rows.map((x) => ({ key: x.key, value: x.value })), matched: r.matchedEvents, total: r.total }
    case 'comparison':
      return { kind: 'comparison', values: [r.rows[0].value, r.rows[1].value], keys: [r.rows[0].key, r.rows[1].key] }
    case 'states':
      return {
        kind: 'states',
        states: r.states,
        matched: r.matchedEvents,
        ...(r.timeline ? { firstYears: Object.fromEntries(r.timeline.map((t) => [t.state, t.fiscalYear]).sort()) } : {}),
      }
    case 'events':
      return { kind: 'events', ids: r.events.map((e) => e.id), matched: r.matchedEvents }
    case 'share':
      return { kind: 'share', part: r.part, whole: r.whole, percent: r.percent, matched: r.matchedEvents, ...(r.rows ? { rows: r.rows } : {}) }
    case 'median':
      return { kind: 'median', value: r.value, matched: r.matchedEvents }
    case 'average_events':
      return { kind: 'average_events', value: r.value, numerator: r.numerator, units: r.units, matched: r.matchedEvents }
    case 'ratio':
      return { kind: 'ratio', numerator: r.numerator, denominator: r.denominator, ratio: r.ratio, matched: r.matchedEvents }
    default:
      throw new Error(`compared in execute-events.test.ts: ${r.kind}`)
  }
}
