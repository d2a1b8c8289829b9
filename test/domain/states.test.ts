import { describe, it, expect } from 'vitest'
import {
  FIFTY_STATES,
  REGIONS,
  STATES,
  findState,
  regionByCode,
  regionCodeSchema,
  stateByCode,
  stateName,
} from '../../src/domain/states.ts'

describe('STATES reference data', () => {
  it('has the 50 states plus DC, with DC the only non-state', () => {
    expect(STATES).toHaveLength(51)
    expect(FIFTY_STATES).toHaveLength(50)
    expect(STATES.filter((s) => !s.isState).map((s) => s.code)).toEqual(['DC'])
    expect(FIFTY_STATES.every((s) => s.isState)).toBe(true)
  })

  it('has unique two-letter codes and unique names in both languages', () => {
    expect(STATES.every((s) => /^[A-Z]{2}$/.test(s.code))).toBe(true)
    expect(new Set(STATES.map((s) => s.code)).size).toBe(51)
    expect(new Set(STATES.map((s) => s.nameEn)).size).toBe(51)
    expect(new Set(STATES.map((s) => s.nameJa)).size).toBe(51)
  })

  it('names every state in English and in Japanese ending in 州, and DC コロンビア特別区', () => {
    for (const s of FIFTY_STATES) {
      expect(s.nameEn.trim().length, s.code).toBeGreaterThan(0)
      expect(s.nameJa.endsWith('州'), s.code).toBe(true)
      expect(s.nameJa.length, s.code).toBeGreaterThan(1)
    }
    const dc = stateByCode('DC')
    expect(dc.nameJa).toBe('コロンビア特別区')
    expect(dc.nameJa.endsWith('州')).toBe(false)
  })

  it('writes DC in texts as the bureau does, ワシントンDC（コロンビア特別区）, and every state by its name', () => {
    expect(stateName('DC', 'ja')).toBe('ワシントンDC（コロンビア特別区）')
    expect(stateName('DC', 'en')).toBe('District of Columbia')
    for (const s of FIFTY_STATES) {
      expect(stateName(s.code, 'ja')).toBe(s.nameJa)
      expect(stateName(s.code, 'en')).toBe(s.nameEn)
    }
    // the name written can be typed back
    expect(findState('ワシントンDC')?.code).toBe('DC')
    expect(() => stateName('XX', 'ja')).toThrow(RangeError)
  })

  it('puts every state in a valid region, with the Census counts (NE 9, MW 12, S 16 + DC, W 13)', () => {
    for (const s of STATES) expect(regionCodeSchema.safeParse(s.region).success, s.code).toBe(true)
    const count = (region: string, list = FIFTY_STATES) => list.filter((s) => s.region === region).length
    expect(count('northeast')).toBe(9)
    expect(count('midwest')).toBe(12)
    expect(count('south')).toBe(16)
    expect(count('west')).toBe(13)
    expect(stateByCode('DC').region).toBe('south')
    expect(count('south', STATES)).toBe(17)
  })

  it('places a few states where the Census Bureau does', () => {
    expect(stateByCode('WI').region).toBe('midwest')
    expect(stateByCode('PA').region).toBe('northeast')
    expect(stateByCode('DE').region).toBe('south')
    expect(stateByCode('OK').region).toBe('south')
    expect(stateByCode('WY').region).toBe('west')
    expect(stateByCode('HI').region).toBe('west')
  })

  it('has the four regions with both names', () => {
    expect(REGIONS.map((r) => r.code)).toEqual(['northeast', 'midwest', 'south', 'west'])
    expect(REGIONS.map((r) => r.nameJa)).toEqual(['北東部', '中西部', '南部', '西部'])
    expect(regionByCode('west').nameEn).toBe('West')
  })
})

describe('findState', () => {
  it('finds every state and DC by its code in any case, by both names, and by the Japanese name without 州', () => {
    for (const s of STATES) {
      expect(findState(s.code)?.code).toBe(s.code)
      expect(findState(s.code.toLowerCase())?.code).toBe(s.code)
      expect(findState(s.nameEn)?.code).toBe(s.code)
      expect(findState(s.nameEn.toUpperCase())?.code).toBe(s.code)
      expect(findState(s.nameJa)?.code).toBe(s.code)
      if (s.isState) expect(findState(s.nameJa.slice(0, -1))?.code).toBe(s.code)
      for (const alias of s.aliases) expect(findState(alias)?.code, alias).toBe(s.code)
    }
  })

  it('accepts full-width codes, half-width katakana and stray spaces', () => {
    expect(findState('ＷＩ')?.code).toBe('WI')
    expect(findState('ｗｙ')?.code).toBe('WY')
    expect(findState('ｳｨｽｺﾝｼﾝ州')?.code).toBe('WI')
    expect(findState('  new   york ')?.code).toBe('NY')
    expect(findState('newyork')?.code).toBe('NY')
    expect(findState('ウィスコンシン')?.code).toBe('WI')
    expect(findState('ウィスコンシン州')?.code).toBe('WI')
  })

  it('tells Washington the state from Washington DC', () => {
    expect(findState('Washington')?.code).toBe('WA')
    expect(findState('ワシントン州')?.code).toBe('WA')
    expect(findState('ワシントン')?.code).toBe('WA')
    for (const dc of ['Washington DC', 'Washington, D.C.', 'D.C.', 'dc', 'District of Columbia', 'ワシントンDC', 'ワシントンD.C.', 'ワシントンＤＣ', 'コロンビア特別区']) {
      expect(findState(dc)?.code, dc).toBe('DC')
    }
  })

  it('accepts common variant spellings', () => {
    expect(findState('ペンシルバニア州')?.code).toBe('PA')
    expect(findState('ヴァージニア')?.code).toBe('VA')
    expect(findState('ウエストバージニア州')?.code).toBe('WV')
  })

  it('returns undefined for junk', () => {
    for (const junk of ['', '   ', 'XX', 'Wisconsinn', 'Puerto Rico', '州', 'ニューヨーク市', 'Washington State DC']) {
      expect(findState(junk), junk).toBeUndefined()
    }
  })
})

describe('stateByCode', () => {
  it('returns the state for a known code in any case and throws on an unknown one', () => {
    expect(stateByCode('wi').nameJa).toBe('ウィスコンシン州')
    expect(() => stateByCode('PR')).toThrow(/unknown state code/)
    expect(() => stateByCode('Wisconsin')).toThrow()
  })
})
