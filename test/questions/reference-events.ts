// The naive reference (see reference.ts) for the intents about single events, partners, offices without
// events, states with at least N events and places with an event in one period but none in another: plain
// JavaScript over the events, sharing no code with src/questions/intents/.
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import type { Query } from '../../src/questions/query.ts'
import type { StoredEvent } from './fixtures.ts'
import { refMatches, refPeriod, refStateScope } from './reference.ts'

const FIFTY = STATES.filter((s) => s.code !== 'DC').map((s) => s.code)

export type RefEventsAnswer =
  | { kind: 'largest_event'; participants: number | null; tied: number; ids: number[]; matched: number }
  | { kind: 'partners'; value: number; withPartners: number; matched: number; ranking?: Array<{ key: string; events: number }> }
  | { kind: 'offices'; offices: string[]; matched: number }
  | { kind: 'state_counts'; states: Array<{ state: string; events: number }>; offices: Array<{ office: string; events: number }> }
  | { kind: 'difference'; keys: string[]; inFirst: number; inSecond: number; counts?: Array<{ key: string; first: number; second: number }> }

/** A partner name as the product compares them: full-/half-width, case and extra spaces do not matter. */
const partnerKey = (s: string) => s.normalize('NFKC').trim().split(/\s+/u).join(' ').toLowerCase()

function placesWithEvents(es: StoredEvent[], subject: 'state' | 'office', scope: string[] | undefined): Set<string> {
  if (subject === 'office') return new Set(es.map((e) => e.officeCode))
  return new Set(es.flatMap((e) => e.stateCodes).filter((s) => FIFTY.includes(s) && (scope === undefined || scope.includes(s))))
}

export function referenceEvents(events: StoredEvent[], query: Query, asOf: string, maxShown = 20): RefEventsAnswer {
  const f = query.filters
  const scope = refStateScope(f)
  switch (query.intent) {
    case 'largest_event': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      if (matched.length === 0) return { kind: 'largest_event', participants: null, tied: 0, ids: [], matched: 0 }
      const values = matched.map((e) => e.participants)
      const extreme = query.order === 'largest' ? Math.max(...values) : Math.min(...values)
      const tied = matched.filter((e) => e.participants === extreme)
      const newest = [...tied].sort((a, b) => (a.startDate !== b.startDate ? (a.startDate < b.startDate ? 1 : -1) : b.id - a.id))
      return { kind: 'largest_event', participants: extreme, tied: tied.length, ids: newest.slice(0, maxShown).map((e) => e.id), matched: matched.length }
    }
    case 'distinct_partners': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      const keys = new Set(matched.flatMap((e) => e.partners.map(partnerKey)).filter((k) => k !== ''))
      const base = { kind: 'partners' as const, value: keys.size, withPartners: matched.filter((e) => e.partners.some((p) => partnerKey(p) !== '')).length, matched: matched.length }
      if (query.top === undefined) return base
      // each partner with the events naming it (an event once per partner), most first, then by key; the top N and its ties
      const perKey = [...keys].map((key) => ({ key, events: matched.filter((e) => e.partners.some((p) => partnerKey(p) === key)).length }))
      perKey.sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : 1))
      const cut = perKey[query.top - 1]
      return { ...base, ranking: cut === undefined ? perKey : perKey.filter((p, i) => i < query.top! || p.events === cut.events) }
    }
    case 'offices_without_events': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      const active = new Set(matched.map((e) => e.officeCode))
      const offices = OFFICES.map((o) => o.code).filter((c) => (f.offices === undefined || (f.offices as string[]).includes(c)) && !active.has(c))
      return { kind: 'offices', offices, matched: matched.length }
    }
    case 'states_with_min_events': {
      const matched = refMatches(events, f, refPeriod(f.period, asOf, events))
      const inBounds = (n: number) => n >= query.min && (query.max === undefined || n <= query.max)
      if (query.subject === 'office') {
        const perOffice = new Map<string, number>()
        for (const e of matched) perOffice.set(e.officeCode, (perOffice.get(e.officeCode) ?? 0) + 1)
        const order = OFFICES.map((o) => o.code).filter((c) => f.offices === undefined || (f.offices as string[]).includes(c))
        const offices = order
          .map((office) => ({ office, events: perOffice.get(office) ?? 0 }))
          .filter((o) => inBounds(o.events))
          .sort((a, b) => b.events - a.events || order.indexOf(a.office) - order.indexOf(b.office))
        return { kind: 'state_counts', states: [], offices }
      }
      const counts = new Map<string, number>()
      for (const e of matched) for (const s of e.stateCodes) counts.set(s, (counts.get(s) ?? 0) + 1)
      const states = FIFTY.filter((s) => (scope === undefined || scope.includes(s)) && inBounds(counts.get(s) ?? 0))
        .map((state) => ({ state, events: counts.get(state) ?? 0 }))
        .sort((a, b) => b.events - a.events || (a.state < b.state ? -1 : 1))
      return { kind: 'state_counts', states, offices: [] }
    }
    case 'period_difference': {
      if (query.op === 'more' || query.op === 'fewer') {
        // each place's events in each period (an event in several states counts in each), compared
        const tally = (p: typeof query.periods[0]) => {
          const m = new Map<string, number>()
          for (const e of refMatches(events, f, refPeriod(p, asOf, events))) {
            const places = query.subject === 'office' ? [e.officeCode] : e.stateCodes.filter((s) => FIFTY.includes(s) && (scope === undefined || scope.includes(s)))
            for (const k of places) m.set(k, (m.get(k) ?? 0) + 1)
          }
          return m
        }
        const [ta, tb] = query.periods.map(tally) as [Map<string, number>, Map<string, number>]
        const all = query.subject === 'office' ? OFFICES.map((o) => o.code).filter((c) => f.offices === undefined || (f.offices as string[]).includes(c)) : [...FIFTY].sort()
        const keys = all.filter((k) => (query.op === 'more' ? (ta.get(k) ?? 0) > (tb.get(k) ?? 0) : (ta.get(k) ?? 0) < (tb.get(k) ?? 0)))
        return { kind: 'difference', keys, inFirst: ta.size, inSecond: tb.size, counts: keys.map((key) => ({ key, first: ta.get(key) ?? 0, second: tb.get(key) ?? 0 })) }
      }
      const [a, b] = query.periods.map((p) => placesWithEvents(refMatches(events, f, refPeriod(p, asOf, events)), query.subject, scope))
      // op "both": in each period; otherwise in the first and not the second
      const keys = [...(a ?? [])].filter((k) => (query.op === 'both') === (b?.has(k) ?? false))
      const ordered = query.subject === 'office' ? OFFICES.map((o) => o.code).filter((c) => keys.includes(c)) : keys.sort()
      return { kind: 'difference', keys: ordered, inFirst: a?.size ?? 0, inSecond: b?.size ?? 0 }
    }
    default:
      throw new Error(`not an intent of this reference: ${query.intent}`)
  }
}
