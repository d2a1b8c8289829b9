// The N largest (smallest) single events and the event at the N-th place (top_events): standard competition
// ranking (1, 1, 3), ties at the edge of a top N all listed, a place inside a tie named with no single event,
// a place past the events ranked, by recorded cost; and the presence filters (summary, end date, titles) —
// on a real SQLite file AND on PostgreSQL, against places and counts worked out by hand from a fixture whose
// participants, costs and blank fields are set.
import { describe, expect, it } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { competitionPlaces, type TopEventsResult } from '../../src/questions/intents/top-events.ts'
import type { Query } from '../../src/questions/query.ts'
import type { Filters } from '../../src/questions/slots.ts'
import { storeOnBoth } from './both-stores.ts'
import { makeEvents } from './fixtures.ts'

const AS_OF = '2024-06-15'
const FY2022 = { kind: 'fy', from: 2022, to: 2022 } as const

// 12 events in FY2022 (2022-05-01 … 2022-05-12): participants 900, 800, 800, 700, 600, 600, 600, 500, 400, 300,
// 300, 100 (places 1, 2, 2, 4, 5, 5, 5, 8, 9, 10, 10, 12); costs on the first five: 50,000, 30,000, 30,000,
// 10,000, 0 (the others none). Blank fields: no summary on events 0–5 (event 5's stored as ''), an end date on
// events 0–2, no English title on events 6–7, no Japanese title on event 8.
const PARTICIPANTS = [900, 800, 800, 700, 600, 600, 600, 500, 400, 300, 300, 100]
const COSTS = [50_000, 30_000, 30_000, 10_000, 0]
function fixture(): EventData[] {
  return makeEvents(12, 5).map((e, i) => {
    const day = `2022-05-${String(i + 1).padStart(2, '0')}`
    return {
      ...e,
      startDate: day,
      endDate: i < 3 ? '2022-05-20' : null,
      fiscalYear: 2022,
      participants: PARTICIPANTS[i] as number,
      costYen: COSTS[i] ?? null,
      summary: i < 5 ? null : i === 5 ? '' : `Summary ${i}`,
      titleEn: i === 6 || i === 7 ? null : `Event ${i}`,
      titleJa: i === 8 ? null : `事業${i}`,
    }
  })
}

const both = storeOnBoth({ name: 'top-events', data: fixture, asOf: AS_OF })

/** The result on both stores (the two checked equal); SQLite's. */
async function run(query: Query): Promise<TopEventsResult> {
  const [a, b] = await both.run(query)
  if (a?.kind !== 'top_events' || b?.kind !== 'top_events') throw new Error('top_events expected')
  expect({ ...b, query: a.query }).toEqual(a)
  return a
}
const top = (more: Partial<Extract<Query, { intent: 'top_events' }>>, filters: Partial<Filters> = {}): Query => ({ intent: 'top_events', filters: { period: FY2022, ...filters }, order: 'largest', ...more }) as Query
const figures = (r: TopEventsResult) => r.events.map((e) => [e.rank, e.value])

describe('places of single events', () => {
  it('counts places by standard competition ranking', () => {
    expect(competitionPlaces(PARTICIPANTS)).toEqual([1, 2, 2, 4, 5, 5, 5, 8, 9, 10, 10, 12])
    expect(competitionPlaces([])).toEqual([])
  })
})

describe('the N largest (smallest) events (top_events n)', () => {
  it('lists the N largest, largest first, with their places', async () => {
    const r = await run(top({ n: 4 }))
    expect(figures(r)).toEqual([[1, 900], [2, 800], [2, 800], [4, 700]])
    expect({ total: r.total, edge: r.edge, ranked: r.ranked, matched: r.matchedEvents }).toEqual({ total: 4, edge: { value: 700, rank: 4, tied: 1 }, ranked: 12, matched: 12 })
  })

  it('lists every event sharing the N-th place, and says so in both languages', async () => {
    const r = await run(top({ n: 5 }))
    expect(figures(r)).toEqual([[1, 900], [2, 800], [2, 800], [4, 700], [5, 600], [5, 600], [5, 600]])
    expect({ total: r.total, edge: r.edge }).toEqual({ total: 7, edge: { value: 600, rank: 5, tied: 3 } })
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.text.en).toContain('The 5th position falls in a tie: 3 events had 600 participants each and share place 5, so all 7 events are listed')
    expect(a.text.ja).toContain('5件目は600名の3件が同数（5位）のため、計7件を示します')
  })

  it('takes the tie that reaches past N when the N-th event shares a better place', async () => {
    // the 3rd event is one of the two at place 2: no event is left out, none is added
    const r = await run(top({ n: 3 }))
    expect(figures(r)).toEqual([[1, 900], [2, 800], [2, 800]])
    expect(r.edge).toEqual({ value: 800, rank: 2, tied: 2 })
  })

  it('counts from the smallest, and lists every matched event when fewer than N', async () => {
    const small = await run(top({ n: 2, order: 'smallest' }))
    expect(figures(small)).toEqual([[1, 100], [2, 300], [2, 300]])
    const few = await run(top({ n: 20 }, { participantCount: { gte: 800 } }))
    expect(figures(few)).toEqual([[1, 900], [2, 800], [2, 800]])
    expect(few.edge).toBeNull()
    expect(renderAnswer({ question: 'q', result: few }).text.en).toContain('Only 3 events matched')
  })

  it('ranks by recorded cost among the events with one', async () => {
    const r = await run(top({ n: 2, by: 'cost' }))
    expect(figures(r)).toEqual([[1, 50_000], [2, 30_000], [2, 30_000]])
    expect({ ranked: r.ranked, withCost: r.withCost, matched: r.matchedEvents }).toEqual({ ranked: 5, withCost: 5, matched: 12 })
    const cheapest = await run(top({ n: 2, by: 'cost', order: 'smallest' }))
    expect(figures(cheapest)).toEqual([[1, 0], [2, 10_000]])
  })
})

describe('the event at the N-th place (top_events place)', () => {
  it('gives the event at that place, or every event sharing it', async () => {
    expect(figures(await run(top({ place: 4 })))).toEqual([[4, 700]])
    const shared = await run(top({ place: 2 }))
    expect({ figures: figures(shared), covering: shared.covering, total: shared.total }).toEqual({ figures: [[2, 800], [2, 800]], covering: false, total: 2 })
  })

  it('gives no single event for a place inside a tie: the tie covering it is named', async () => {
    const r = await run(top({ place: 6 }))
    expect({ figures: figures(r), covering: r.covering, total: r.total }).toEqual({ figures: [[5, 600], [5, 600], [5, 600]], covering: true, total: 3 })
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.text.en).toContain('No event ranked exactly 6th by participants in FY2022: 3 events share the 5th place (600 participants each), so the next place is 8th')
    expect(a.text.ja).toContain('ちょうど6位の事業はありません。次の3件が同数で5位（各600名）のため、次は8位です')
  })

  it('gives no event for a place past the events ranked', async () => {
    const r = await run(top({ place: 13 }))
    expect({ events: r.events, ranked: r.ranked }).toEqual({ events: [], ranked: 12 })
    expect(renderAnswer({ question: 'q', result: r }).text.en).toContain('Only 12 events matched in FY2022, so there is no 13th place')
  })

  it('counts a place from the smallest and by cost', async () => {
    expect(figures(await run(top({ place: 2, order: 'smallest' })))).toEqual([[2, 300], [2, 300]])
    const cost = await run(top({ place: 3, by: 'cost' }))
    expect({ figures: figures(cost), covering: cost.covering }).toEqual({ figures: [[2, 30_000], [2, 30_000]], covering: true })
  })
})

describe('presence filters (summary, end date, titles)', () => {
  const count = async (f: Partial<Filters>) => {
    const results = await both.run({ intent: 'metric', metric: 'events', filters: { period: FY2022, ...f } } as Query)
    return results.map((r) => (r.kind === 'scalar' ? r.value : NaN))
  }

  it('counts events with a field recorded or left blank, on both stores', async () => {
    expect(await count({ summaryRecorded: false })).toEqual([6, 6]) // events 0–5 (5 stored as '')
    expect(await count({ summaryRecorded: true })).toEqual([6, 6])
    expect(await count({ endDateRecorded: true })).toEqual([3, 3])
    expect(await count({ endDateRecorded: false })).toEqual([9, 9])
    expect(await count({ titleEnRecorded: false })).toEqual([2, 2])
    expect(await count({ titleJaRecorded: false })).toEqual([1, 1])
    expect(await count({ titleJaRecorded: true, titleEnRecorded: false })).toEqual([2, 2])
    expect(await count({ summaryRecorded: false, endDateRecorded: true })).toEqual([3, 3])
  })

  it('agrees with the reference in other intents, and names the filters in both languages', async () => {
    await both.check({ intent: 'metric', metric: 'participants', filters: { period: FY2022, summaryRecorded: false } } as Query)
    await both.check({ intent: 'metric', metric: 'events', filters: { period: FY2022, titleEnRecorded: false }, groupBy: 'office' } as Query)
    const [share] = await both.run({ intent: 'share', of: 'events', filters: { period: FY2022 }, condition: { endDateRecorded: true } } as Query)
    expect(share?.kind === 'share' ? { part: share.part, whole: share.whole } : share).toEqual({ part: 3, whole: 12 })
    const r = await run(top({ n: 2 }, { summaryRecorded: true }))
    expect(figures(r)).toEqual([[1, 600], [2, 500]])
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.interpretation.en).toContain('events with a summary recorded')
    expect(a.interpretation.ja).toContain('概要が記入されている事業')
  })
})
