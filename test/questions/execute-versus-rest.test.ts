// A condition's events against all the others (versus_rest): the same figure for both sides and the difference,
// on a real SQLite file AND on PostgreSQL, against figures worked out in JavaScript over the stored events — the
// two sides always make up the whole (every matched event on exactly one side), whatever the condition.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import { storeOnBoth } from './both-stores.ts'
import { makeEvents } from './fixtures.ts'

const AS_OF = '2024-06-15'
const both = storeOnBoth({ name: 'versus-rest', data: () => makeEvents(120, 17), asOf: AS_OF })

const mean = (ps: number[]) => (ps.length === 0 ? null : Math.round((ps.reduce((s, p) => s + p, 0) / ps.length) * 10) / 10)

describe('versus_rest on SQLite and PostgreSQL', () => {
  it('gives the average of the online events and of every other event of FY2022, and the difference', async () => {
    const inFy = both.events().filter((e) => e.fiscalYear === 2022 && e.startDate <= AS_OF)
    const online = inFy.filter((e) => e.format === 'online').map((e) => e.participants)
    const others = inFy.filter((e) => e.format !== 'online').map((e) => e.participants)
    expect(online.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)
    for (const r of await both.run({ intent: 'versus_rest', metric: 'avg_participants', filters: { period: { kind: 'fy', from: 2022, to: 2022 } }, condition: { formats: ['online'] } })) {
      if (r.kind !== 'versus_rest') throw new Error('versus_rest expected')
      expect(r.matching).toEqual({ events: online.length, participants: online.reduce((s, p) => s + p, 0), value: mean(online) })
      expect(r.rest).toEqual({ events: others.length, participants: others.reduce((s, p) => s + p, 0), value: mean(others) })
      expect(r.difference).toBe(Math.round(((mean(online) ?? 0) - (mean(others) ?? 0)) * 10) / 10)
      const a = renderAnswer({ question: 'avg attendance, online vs everything else, FY2022', result: r })
      expect(a.text.en).toContain('all other events')
      expect(a.text.ja).toContain('それ以外の事業')
      expect(a.kind).toBe('comparison')
    }
  })

  it('keeps the other filters on both sides and splits every matched event once (a condition on states)', async () => {
    // in-person events touching New York, DC or Virginia or not: an event in several of them is on the matching side once
    const CONDITION = ['NY', 'DC', 'VA'] as const
    const inPerson = both.events().filter((e) => e.format === 'in_person' && e.startDate <= AS_OF)
    const touching = inPerson.filter((e) => e.stateCodes.some((s) => (CONDITION as readonly string[]).includes(s)))
    expect(touching.length).toBeGreaterThan(0)
    expect(touching.length).toBeLessThan(inPerson.length)
    for (const metric of ['events', 'participants'] as const) {
      for (const r of await both.run({ intent: 'versus_rest', metric, filters: { period: { kind: 'all' }, formats: ['in_person'] }, condition: { states: [...CONDITION] } })) {
        if (r.kind !== 'versus_rest') throw new Error('versus_rest expected')
        expect(r.matching.events).toBe(touching.length)
        expect(r.matching.events + r.rest.events).toBe(inPerson.length)
        expect(r.matching.participants + r.rest.participants).toBe(inPerson.reduce((s, e) => s + e.participants, 0))
        expect(r.matching.value).toBe(metric === 'events' ? touching.length : touching.reduce((s, e) => s + e.participants, 0))
      }
    }
  })
})
