// Forms that once got a figure for another question, each now named or refused: events grouped by how many states
// they touch ("events by number of states" was answered with the states covered, 50), and participants "on
// average per FY" (answered with the average per event of each fiscal year — a per-year average is no query).
import { describe, expect, it } from 'vitest'
import { parse, query } from './read.ts'

describe('a distribution of events by a count of their own gives no figure', () => {
  it('refuses events by number of states, partners or days', () => {
    for (const q of ['events by number of states', '州数別の件数', 'events by number of partners in FY2022']) expect(parse(q).kind, q).toBe('unknown')
  })

  it('still ranks offices by their number of events', () => {
    expect(query('rank offices by number of events')).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'office' })
  })
})

describe('participants on average per year is not the average per event', () => {
  it('names "participants on average per FY", and reads "on average per event" as the average per event', () => {
    expect(parse('how many participants on average per FY?').kind).toBe('unknown')
    expect(query('how many participants on average per event in FY2022?')).toMatchObject({ intent: 'metric', metric: 'avg_participants' })
  })
})
