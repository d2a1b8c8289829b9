// A city and a state (or region) that cannot both hold: "events in Chicago and New York" read as the city of
// Chicago within New York State counts nothing (0 events) — the user meant either place, not both at once.
// A city filter with state or region filters of none of the city's states gets no figure; a city of that
// state ("Portland, Oregon", ポートランド（オレゴン州）) stays the city within it.
import { findCity } from '../../domain/cities.ts'
import { STATES } from '../../domain/states.ts'
import type { Filters, ParseResult } from '../query.ts'

/** Whether every city of `f` lies in one of its states or regions (true when either is absent). */
export function placesAgree(f: Partial<Filters>): boolean {
  const cities = [...(f.city !== undefined ? [f.city] : []), ...(f.cities ?? [])]
  const states = new Set(f.states ?? [])
  for (const s of STATES) if (f.regions?.includes(s.region)) states.add(s.code)
  if (cities.length === 0 || (f.states === undefined && f.regions === undefined)) return true
  return cities.every((id) => (findCity(id)?.states ?? []).some((s) => states.has(s)))
}

/**
 * The result, or no figure when its filters (or a share's condition together with them) name a city outside
 * every state and region they name.
 */
export function settlePlaces(result: ParseResult): ParseResult {
  if (result.kind !== 'query') return result
  const q = result.query as { filters?: Partial<Filters>; condition?: Partial<Filters> }
  const filters = { ...(q.filters ?? {}), ...(q.condition ?? {}) }
  return placesAgree(filters) ? result : { kind: 'unknown', reason: 'not_understood' }
}
