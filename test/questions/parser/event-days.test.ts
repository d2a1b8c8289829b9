// The busiest day and the days with several events, as managers ask them (phrasings of our own).
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

const ALL = { period: { kind: 'all' } }

describe('the days events started on', () => {
  it.each([
    ['just curious — on which single day did we hold the most events?', ALL],
    ['busiest single day for events - which date?', ALL],
    ['イベントが一番多かった日っていつ？', ALL],
    ['1日で最も多くの事業が実施された日はいつですか', ALL],
    ['when was our busiest day?', ALL],
    ['busiest day in FY2022', { period: fy(2022) }],
  ])('%s: the busiest day(s)', (q, filters) => {
    expect(query(q)).toEqual({ intent: 'event_days', filters, answer: 'busiest' })
  })

  it.each([
    ['同じ日に2件以上の事業があった日は何日？', 2],
    ['how many days had 3 or more events?', 3],
  ])('%s: the days with at least N', (q, min) => {
    expect(query(q)).toEqual({ intent: 'event_days', filters: ALL, answer: 'at_least', min })
  })

  it('names a word it cannot use beside the busiest day', () => {
    expect(parse('busiest rainy day for events').kind).not.toBe('query')
  })
})
