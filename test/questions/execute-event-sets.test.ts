// The participants of the N largest events added up (top_events_total) and the events above or below the
// average (above_average): on a real SQLite file AND on PostgreSQL, against figures worked out by hand from a
// fixture whose participant counts are set.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import type { EventData } from '../../src/domain/event.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'
// 12 events, 3,500 participants (average 291.67): 1000, 500, 400 ×3, 300, 200, 100 ×2, 50 ×2, 0;
// the first six are online (3,000 over 6: average exactly 500)
const PARTICIPANTS = [1000, 500, 400, 400, 400, 300, 200, 100, 100, 50, 50, 0]
function fixture(): EventData[] {
  return makeEvents(12, 23).map((e, i) => ({ ...e, participants: PARTICIPANTS[i] as number, format: (i < 6 ? 'online' : 'in_person') as EventData['format'] }))
}
const both = storeOnBoth({ name: 'event-sets', data: fixture, asOf: AS_OF })

const { run } = both
const ALL = { period: { kind: 'all' as const } }

describe('top_events_total (SQLite and PostgreSQL)', () => {
  it('adds up the N largest, a shared N-th place counted once per place taken', async () => {
    for (const r of await run({ intent: 'top_events_total', n: 3, filters: ALL })) {
      if (r.kind !== 'top_events_total') throw new Error('top_events_total expected')
      expect(r.value).toBe(1900)
      expect(r.events).toBe(3)
      expect([r.edge, r.edgeAdded, r.edgeLeftOut]).toEqual([400, 1, 2])
      const a = renderAnswer({ question: 'combined attendance of our 3 largest events', result: r })
      expect(a.text.en).toContain('1,900 participants')
      expect(a.text.en).toContain('The 3rd place is shared: 3 events had 400 participants each, 1 of them counted')
      expect(a.text.ja).toContain('上位3事業の参加者数の合計は1,900名')
      expect(a.interpretation.en).toContain('the total is the same whichever is taken')
    }
    for (const r of await run({ intent: 'top_events_total', n: 5, filters: ALL })) {
      if (r.kind !== 'top_events_total') throw new Error('top_events_total expected')
      expect([r.value, r.edgeLeftOut]).toEqual([2700, 0])
    }
  })

  it('adds every event when fewer matched, and keeps the filters', async () => {
    for (const r of await run({ intent: 'top_events_total', n: 10, filters: { ...ALL, formats: ['online'] } })) {
      if (r.kind !== 'top_events_total') throw new Error('top_events_total expected')
      expect([r.value, r.events, r.matchedEvents]).toEqual([3000, 6, 6])
      expect(renderAnswer({ question: 'q', result: r }).text.en).toContain('Only 6 events matched')
    }
  })
})

describe('top_events_total as a share (SQLite and PostgreSQL)', () => {
  it('gives the N largest events\' participants as a percentage of every matched event\'s', async () => {
    for (const r of await run({ intent: 'top_events_total', n: 3, share: true, filters: ALL })) {
      if (r.kind !== 'top_events_total') throw new Error('top_events_total expected')
      // 1,900 of 3,500: 54.285… → 54.3
      expect([r.value, r.total, r.percent]).toEqual([1900, 3500, 54.3])
      const a = renderAnswer({ question: 'what share of attendance came from our 3 largest events?', result: r })
      expect(a).toMatchObject({ kind: 'scalar', value: 54.3 })
      expect(a.text.en).toContain('1,900 of 3,500 participants: 54.3%')
      expect(a.text.ja).toContain('延べ参加者数3,500名のうち、参加者数上位3事業の参加者は1,900名で、割合は54.3%です')
    }
    // every matched event among the N: 100%
    for (const r of await run({ intent: 'top_events_total', n: 10, share: true, filters: { ...ALL, formats: ['online'] } })) {
      if (r.kind !== 'top_events_total') throw new Error('top_events_total expected')
      expect(r.percent).toBe(100)
    }
  })
})

describe('above_average (SQLite and PostgreSQL)', () => {
  it('counts the events strictly above and below the exact average of the same events', async () => {
    for (const r of await run({ intent: 'above_average', direction: 'above', filters: ALL })) {
      if (r.kind !== 'above_average') throw new Error('above_average expected')
      expect([r.value, r.average, r.participants, r.matchedEvents]).toEqual([6, 291.7, 3500, 12])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.interpretation.en).toContain('average 291.7 (3,500 participants over 12 events)')
      expect(a.interpretation.ja).toContain('平均291.7名')
    }
    for (const r of await run({ intent: 'above_average', direction: 'below', filters: ALL })) {
      if (r.kind !== 'above_average') throw new Error('above_average expected')
      expect(r.value).toBe(6)
    }
  })

  it('takes the average over the filtered events; one at the average is neither above nor below', async () => {
    // online: 1000, 500, 400, 400, 400, 300 — average exactly 500: one above (1000), four below, 500 neither
    for (const direction of ['above', 'below'] as const) {
      for (const r of await run({ intent: 'above_average', direction, filters: { ...ALL, formats: ['online'] } })) {
        if (r.kind !== 'above_average') throw new Error('above_average expected')
        expect(r.average).toBe(500)
        expect(r.value).toBe(direction === 'above' ? 1 : 4)
      }
    }
  })
})
