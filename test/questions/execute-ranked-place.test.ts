// The N-th place of a ranking (ranked_place): standard competition ranking (1, 1, 3), ties shown, a place that
// falls inside a tie, a place past the groups ranked — on a real SQLite file AND on PostgreSQL, against
// places worked out by hand from a fixture whose offices and participants are set.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import type { EventData } from '../../src/domain/event.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'

// 20 events: new-york 5, boston 5, chicago 3, detroit 3, atlanta 2, miami 1, houston 1 (by events: places
// 1, 1, 3, 3, 5, 6, 6); participants 100 each except chicago's (200 each: 600, the 1st place) and miami's 500
const OFFICES = [...Array(5).fill('new-york'), ...Array(5).fill('boston'), ...Array(3).fill('chicago'), ...Array(3).fill('detroit'), 'atlanta', 'atlanta', 'miami', 'houston'] as string[]
function fixture(): EventData[] {
  return makeEvents(20, 11).map((e, i) => {
    const office = OFFICES[i] as string
    // partners: ALPHA on events 0–2, Beta on 3–5 (twice on one event, in two spellings: once), Gamma on 6
    const partners = i < 3 ? ['ALPHA'] : i < 6 ? ['Beta', 'beta '] : i === 6 ? ['Gamma'] : []
    return { ...e, officeCode: office as EventData['officeCode'], participants: office === 'chicago' ? 200 : office === 'miami' ? 500 : 100, partners }
  })
}

const both = storeOnBoth({ name: 'ranked-place', data: fixture, asOf: AS_OF })

async function run(query: Query) {
  const parsed = querySchema.parse(query)
  const out = []
  for (const store of Object.values(both.stores)) {
    if (!store) throw new Error('store not open')
    const r = await executeQuery(store.db, parsed, { asOf: AS_OF })
    if (r.kind !== 'ranked_place') throw new Error('ranked_place expected')
    out.push(r)
  }
  return out
}
const place = (metric: 'events' | 'participants', n: number): Query => ({ intent: 'ranked_place', metric, groupBy: 'office', place: n, filters: { period: { kind: 'all' } } })
const keys = (rows: Array<{ key: string }>) => rows.map((r) => r.key).sort()

describe('ranked_place (SQLite and PostgreSQL)', () => {
  it('gives the groups at a place, tied groups together', async () => {
    for (const r of await run(place('events', 3))) {
      expect(keys(r.rows)).toEqual(['chicago', 'detroit'])
      expect(r.rows.every((x) => x.value === 3 && x.rank === 3)).toBe(true)
      expect(r.covering).toBeNull()
      expect(r.ranked).toBe(7)
      expect(r.matchedEvents).toBe(20)
    }
    for (const r of await run(place('events', 5))) expect(r.rows.map((x) => [x.key, x.value])).toEqual([['atlanta', 2]])
    for (const r of await run(place('events', 6))) expect(keys(r.rows)).toEqual(['houston', 'miami'])
  })

  it('names the tie that covers a place no group holds, and says when fewer groups were ranked', async () => {
    for (const r of await run(place('events', 2))) {
      expect(r.rows).toEqual([])
      expect(keys(r.covering ?? [])).toEqual(['boston', 'new-york'])
      expect(r.covering?.[0]?.rank).toBe(1)
    }
    for (const r of await run(place('events', 4))) expect(keys(r.covering ?? [])).toEqual(['chicago', 'detroit'])
    for (const r of await run(place('events', 8))) {
      expect(r.rows).toEqual([])
      expect(r.covering).toBeNull()
    }
  })

  it('ranks by participants', async () => {
    // chicago 600, new-york 500, boston 500, miami 500, detroit 300, atlanta 200, houston 100
    for (const r of await run(place('participants', 1))) expect(r.rows.map((x) => [x.key, x.value])).toEqual([['chicago', 600]])
    for (const r of await run(place('participants', 2))) expect(keys(r.rows)).toEqual(['boston', 'miami', 'new-york'])
    for (const r of await run(place('participants', 5))) expect(r.rows.map((x) => [x.key, x.value])).toEqual([['detroit', 300]])
  })

  it('says how places are counted, in both languages', async () => {
    const [r] = await run(place('events', 2))
    const answer = renderAnswer({ question: 'Which office ranked second by events?', result: r! })
    expect(answer.text.en).toContain('No office ranked exactly 2nd')
    expect(answer.text.en).toContain('next place is 3rd')
    expect(answer.interpretation.en).toContain('standard competition ranking')
    expect(answer.text.ja).toContain('ちょうど2位の在外公館はありません')
    expect(answer.interpretation.ja).toContain('1位、1位、3位')
  })

  it('counts places from the fewest when asked ("the second fewest"), ties shown', async () => {
    // by events, fewest first: houston 1, miami 1 (1st), atlanta 2 (3rd), chicago 3, detroit 3 (4th), boston 5, new-york 5 (6th)
    const fewest = (metric: 'events' | 'participants', n: number): Query => ({ ...place(metric, n), fewest: true }) as Query
    for (const r of await run(fewest('events', 1))) expect(keys(r.rows)).toEqual(['houston', 'miami'])
    for (const r of await run(fewest('events', 3))) expect(r.rows.map((x) => [x.key, x.value, x.rank])).toEqual([['atlanta', 2, 3]])
    for (const r of await run(fewest('events', 2))) {
      expect(r.rows).toEqual([])
      expect(keys(r.covering ?? [])).toEqual(['houston', 'miami'])
    }
    // by participants, fewest first: houston 100, atlanta 200, detroit 300, then boston, miami, new-york 500 (4th)
    for (const r of await run(fewest('participants', 2))) expect(r.rows.map((x) => [x.key, x.value])).toEqual([['atlanta', 200]])
    for (const r of await run(fewest('participants', 4))) expect(keys(r.rows)).toEqual(['boston', 'miami', 'new-york'])
    const [r] = await run(fewest('participants', 2))
    const answer = renderAnswer({ question: 'Which office had the second fewest participants?', result: r! })
    expect(answer.text.en).toContain('counted from the fewest')
    expect(answer.interpretation.en).toContain('fewest first')
    expect(answer.text.ja).toContain('2番目に少ない')
    expect(answer.text.ja).not.toContain('多い')
  })

  it('shows every partner tied for the most events (distinct_partners, top 1)', async () => {
    const parsed = querySchema.parse({ intent: 'distinct_partners', top: 1, filters: { period: { kind: 'all' } } })
    for (const store of Object.values(both.stores)) {
      if (!store) throw new Error('store not open')
      const r = await executeQuery(store.db, parsed, { asOf: AS_OF })
      if (r.kind !== 'partners' || !r.ranking) throw new Error('a partner ranking expected')
      expect(r.ranking.map((p) => [p.key, p.events]).sort()).toEqual([['alpha', 3], ['beta', 3]])
      const answer = renderAnswer({ question: 'Which partner appears on the most events?', result: r })
      expect(answer.text.en).toContain('2 partners share the most events')
      expect(answer.text.ja).toContain('次の2団体')
    }
  })
})
