// A figure's own name in quotes is that figure, never words of a title ('states covered' once counted the events
// whose titles contain "states covered": 0 of 50 states); a pronoun after "mention" is no title word ("want to
// mention it in the intro" once filtered by titles containing "it"). Phrasings of our own.
import { describe, expect, it } from 'vitest'
import { parse, query } from './read.ts'

describe('a figure named in quotes', () => {
  it.each([
    ["sorry, what does 'states covered' come to for last fiscal year? just the number please", 'states_covered'],
    ['what is the "total participants" figure for FY2021?', 'participants'],
    ['「延べ参加者数」は2021年度でいくつ？', 'participants'],
    ['2022年度の「網羅州数」を教えてください', 'states_covered'],
  ])('%s: that figure, no title filter', (q, metric) => {
    const r = query(q)
    expect(r).toMatchObject({ intent: 'metric', metric })
    expect(r.intent === 'metric' ? r.filters.text : 'none').toBeUndefined()
  })

  it('still reads other quoted words as words of a title', () => {
    expect(query('events with "sake" in the title')).toMatchObject({ filters: { text: 'sake' } })
  })
})

describe('a pronoun after a word of mentioning', () => {
  it.each([
    'hey, which was our biggest event in FY2022? want to mention it in the intro',
    'biggest event in FY2022? I want to mention it in the slide',
  ])('%s: the largest event itself, no title filter', (q) => {
    expect(query(q)).toEqual({ intent: 'largest_event', filters: { period: { kind: 'fy', from: 2022, to: 2022 } }, order: 'largest' })
  })

  it('names a mention of something it cannot read', () => {
    expect(parse('events mentioning it').kind).not.toBe('query')
  })
})
