// The search keys of the text filters and the city reference list.
import { describe, expect, it } from 'vitest'
import { DEMO_CITIES } from '../../src/demo/cities.ts'
import { CITIES, cityKeys } from '../../src/domain/cities.ts'
import { cityKeyOf, partnerNeedle, partnersKeyOf, textKeyOf, textNeedle } from '../../src/domain/text-keys.ts'

describe('city keys', () => {
  it('fold case, width, a state suffix, 市 and separators', () => {
    for (const c of ['Milwaukee', 'MILWAUKEE', 'Milwaukee, WI', 'ｍｉｌｗａｕｋｅｅ', ' Milwaukee ']) expect(cityKeyOf(c)).toBe('milwaukee')
    expect(cityKeyOf('ﾐﾙｳｫｰｷｰ市')).toBe('ミルウォーキー')
    expect(cityKeyOf('St. Louis')).toBe(cityKeyOf('St Louis'))
    expect(cityKeyOf('Milwaukee Heights')).not.toBe('milwaukee')
    expect(cityKeyOf(null)).toBe('')
  })

  it('has every demo city in the reference list, in both languages, with its state', () => {
    for (const d of DEMO_CITIES) {
      if (d.en === 'Washington') continue // the capital is the DC filter
      const c = CITIES.find((x) => cityKeys(x.id).includes(cityKeyOf(d.en)))
      expect(c, d.en).toBeDefined()
      expect(cityKeys(c!.id)).toContain(cityKeyOf(d.ja))
      expect(c!.states).toContain(d.state)
    }
  })

  it('has unique ids and no spelling shared by two cities', () => {
    expect(new Set(CITIES.map((c) => c.id)).size).toBe(CITIES.length)
    const keys = CITIES.flatMap((c) => cityKeys(c.id))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('text and partner keys', () => {
  it('find a word whatever its case and width, with LIKE wildcards as plain characters', () => {
    const key = textKeyOf(['ＳＥＭＩＣＯＮＤＵＣＴＯＲ Day', null, '100% anime_night'])
    expect(key.includes(textNeedle('semiconductor')!)).toBe(true)
    expect(key.includes(textNeedle('100%')!)).toBe(true)
    expect(textNeedle('100%')).not.toContain('%')
    expect(textNeedle('anime_night')).not.toContain('_')
    expect(textNeedle('!!')).toBeUndefined()
  })

  it('match a partner by whole names or whole words, never part of a word or across two partners', () => {
    const key = partnersKeyOf(['JETRO Chicago', 'Japan Society of Boston', 'Jetrobank'])
    const has = (w: string) => key.includes(partnerNeedle(w)!)
    expect(has('jetro')).toBe(true)
    expect(has('ＪＥＴＲＯ　chicago')).toBe(true)
    expect(has('Japan Society')).toBe(true)
    expect(has('jetr')).toBe(false)
    expect(has('chicago japan')).toBe(false)
    expect(partnersKeyOf([])).toBe('')
  })
})
