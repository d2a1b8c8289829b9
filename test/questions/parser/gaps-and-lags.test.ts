// The days between consecutive events and from an event to its recording, as managers ask them; "which office"
// with such a figure is the office with the figure (top 1, ties kept), never the whole table. Phrasings of our own.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('gaps between events and the recording lag', () => {
  it.each([
    ['average number of days between consecutive events in FY2022', 'avg_gap_days', { period: fy(2022) }],
    ['biggest gap in days between two consecutive events', 'max_gap_days', { period: { kind: 'all' } }],
    ['在ホノルル総領事館の事業の平均開催間隔（日数）は？', 'avg_gap_days', { period: { kind: 'all' }, offices: ['honolulu'] }],
    ['average recording lag in days', 'avg_lag_days', { period: { kind: 'all' } }],
    ['実施日から登録までの平均日数は？', 'avg_lag_days', { period: { kind: 'all' } }],
    ['on average how many days after the event do offices log it?', 'avg_lag_days', { period: { kind: 'all' } }],
  ])('%s', (q, stat, filters) => {
    expect(query(q)).toEqual({ intent: 'event_stat', stat, filters })
  })

  it('reads "which office" as the office with the figure', () => {
    expect(query('which office had the longest gap between two consecutive events?')).toEqual({ intent: 'event_stat', stat: 'max_gap_days', filters: { period: { kind: 'all' } }, groupBy: 'office', top: 1 })
    expect(query('average recording lag by office')).toEqual({ intent: 'event_stat', stat: 'avg_lag_days', filters: { period: { kind: 'all' } }, groupBy: 'office' })
  })

  it('names a gap it cannot read', () => {
    expect(parse('average gap between blorp events').kind).not.toBe('query')
  })
})
