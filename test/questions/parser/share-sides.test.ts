// Which side of a share a city, a word, a partner, an exclusion or a month is on: the part after the anchor
// ("… were held in Hilo", 「…のうち、ヒューストン総以外が実施したもの」), the whole before it. These filters were once
// always put in the whole, so "what percentage of our Hawaii events were held in Hilo?" answered 100% (the Hilo
// events that are in Hawaii). Phrasings of our own.
import { describe, expect, it } from 'vitest'
import { query } from './read.ts'

describe('a share whose part is a city, an exclusion, a word or a partner', () => {
  it.each([
    ['what percentage of our Hawaii events were held in Hilo?', { states: ['HI'] }, { city: 'hilo' }],
    ['オクラホマ州の事業のうち、ヒューストン総以外が実施したものの割合', { states: ['OK'] }, { exclude: { offices: ['houston'] } }],
    ['what share of Hilo events were online?', { city: 'hilo' }, { formats: ['online'] }],
    ['share of JETRO events that were online', { partner: 'JETRO' }, { formats: ['online'] }],
    ['what share of Texas events were not online?', { states: ['TX'] }, { exclude: { formats: ['online'] } }],
  ])('%s', (q, whole, condition) => {
    const r = query(q)
    expect(r).toMatchObject({ intent: 'share', of: 'events', filters: whole, condition })
    if (r.intent === 'share') for (const k of Object.keys(condition)) expect(r.filters).not.toHaveProperty(k)
  })
})
