import { describe, it, expect } from 'vitest'
import {
  OFFICES,
  findOffice,
  officeByCode,
  officeName,
  officesServingState,
  statesWithoutOffice,
} from '../../src/domain/offices.ts'
import { FIFTY_STATES, STATES, findState } from '../../src/domain/states.ts'
import { foldKey } from '../../src/domain/text.ts'

const CODES = [
  'embassy', 'new-york', 'boston', 'chicago', 'detroit', 'nashville', 'atlanta', 'miami',
  'houston', 'denver', 'los-angeles', 'san-francisco', 'seattle', 'portland', 'honolulu', 'anchorage',
]

describe('OFFICES reference data', () => {
  it('has the 16 offices with exactly the agreed codes', () => {
    expect(OFFICES).toHaveLength(16)
    expect([...OFFICES.map((o) => o.code)].sort()).toEqual([...CODES].sort())
  })

  it('names every office in both languages, in the right form for its kind', () => {
    for (const o of OFFICES) {
      for (const name of [o.nameEn, o.shortEn, o.nameJa, o.shortJa]) expect(name.trim().length, o.code).toBeGreaterThan(0)
      expect(o.nameJa.startsWith('在'), o.code).toBe(true)
      expect(o.nameJa.includes('日本国'), o.code).toBe(true)
      if (o.kind === 'consulate_general') {
        expect(o.nameEn).toBe(`Consulate-General of Japan in ${o.shortEn}`)
        expect(o.nameJa.endsWith('総領事館'), o.code).toBe(true)
        expect(o.shortJa.endsWith('総領事館'), o.code).toBe(true)
      }
    }
    expect(OFFICES.filter((o) => o.kind === 'consulate_general')).toHaveLength(14)
    expect(officeByCode('chicago')).toMatchObject({ shortEn: 'Chicago', nameJa: '在シカゴ日本国総領事館', shortJa: 'シカゴ総領事館' })
    expect(officeByCode('embassy')).toMatchObject({ kind: 'embassy', nameJa: '在アメリカ合衆国日本国大使館', shortJa: '大使館' })
    expect(officeByCode('anchorage')).toMatchObject({
      kind: 'consular_office',
      nameJa: '在アンカレジ日本国領事事務所',
      shortJa: 'アンカレジ領事事務所',
    })
  })

  it('serves only states that exist, and includes the state each office sits in', () => {
    const codes = new Set(STATES.map((s) => s.code))
    for (const o of OFFICES) {
      expect(o.states.length, o.code).toBeGreaterThan(0)
      for (const s of o.states) expect(codes.has(s), `${o.code}: ${s}`).toBe(true)
      expect(o.states, o.code).toContain(o.hostState)
    }
  })

  it('puts each office in its host state', () => {
    const hosts = Object.fromEntries(OFFICES.map((o) => [o.code, o.hostState]))
    expect(hosts).toEqual({
      embassy: 'DC', 'new-york': 'NY', boston: 'MA', chicago: 'IL', detroit: 'MI', nashville: 'TN',
      atlanta: 'GA', miami: 'FL', houston: 'TX', denver: 'CO', 'los-angeles': 'CA', 'san-francisco': 'CA',
      seattle: 'WA', portland: 'OR', honolulu: 'HI', anchorage: 'AK',
    })
  })

  it('serves every one of the 50 states and DC', () => {
    for (const s of STATES) expect(officesServingState(s.code).length, s.code).toBeGreaterThanOrEqual(1)
  })

  it('serves CT, CA and ID from two offices each and every other state from one', () => {
    const serving = (code: string) => officesServingState(code).map((o) => o.code).sort()
    expect(serving('CT')).toEqual(['boston', 'new-york'])
    expect(serving('CA')).toEqual(['los-angeles', 'san-francisco'])
    expect(serving('ID')).toEqual(['portland', 'seattle'])
    const shared = STATES.filter((s) => officesServingState(s.code).length > 1).map((s) => s.code).sort()
    expect(shared).toEqual(['CA', 'CT', 'ID'])
  })

  it('explains partial coverage for each office that shares a state', () => {
    for (const o of OFFICES) {
      const sharesAState = o.states.some((s) => officesServingState(s).length > 1)
      if (sharesAState) {
        expect(o.notes?.en, o.code).toBeTruthy()
        expect(o.notes?.ja, o.code).toBeTruthy()
      }
    }
    expect(officeByCode('new-york').notes?.en).toMatch(/Fairfield County/)
    expect(officeByCode('new-york').notes?.en).toMatch(/Puerto Rico/)
    expect(officeByCode('new-york').notes?.ja).toMatch(/プエルトリコ/)
  })

  it('serves the states product.md lists, e.g. Chicago serves Wisconsin and Denver Wyoming', () => {
    expect(officesServingState('WI').map((o) => o.code)).toEqual(['chicago'])
    expect(officesServingState('wy').map((o) => o.code)).toEqual(['denver'])
    expect(officesServingState('OK').map((o) => o.code)).toEqual(['houston'])
    expect(officesServingState('DC').map((o) => o.code)).toEqual(['embassy'])
    expect(officeByCode('chicago').states).toHaveLength(10)
    expect(officesServingState('PR')).toEqual([])
  })
})

describe('statesWithoutOffice', () => {
  const without = statesWithoutOffice()

  it('lists states hosting no office, like Wisconsin, Wyoming and Oklahoma', () => {
    expect(without).toEqual(expect.arrayContaining(['WI', 'WY', 'OK']))
    for (const host of ['IL', 'TX', 'CA', 'NY', 'MA', 'AK', 'HI']) expect(without).not.toContain(host)
  })

  it('never lists DC, and partitions the 50 states with the host states', () => {
    expect(without).not.toContain('DC')
    const hosts = new Set(OFFICES.map((o) => o.hostState).filter((c) => c !== 'DC'))
    expect(hosts.size).toBe(14)
    expect(without).toHaveLength(50 - hosts.size)
    for (const s of FIFTY_STATES) expect(without.includes(s.code), s.code).toBe(!hosts.has(s.code))
  })
})

describe('findOffice', () => {
  it('finds every office by code, English and Japanese names and aliases', () => {
    for (const o of OFFICES) {
      for (const name of [o.code, o.nameEn, o.shortEn, o.nameJa, o.shortJa, ...o.aliases]) {
        expect(findOffice(name)?.code, name).toBe(o.code)
      }
    }
  })

  it('understands the short forms used in task force papers', () => {
    expect(findOffice('シカゴ総')?.code).toBe('chicago')
    expect(findOffice('ボストン総')?.code).toBe('boston')
    expect(findOffice('ヒューストン総')?.code).toBe('houston')
    expect(findOffice('アンカレジ事務所')?.code).toBe('anchorage')
    expect(findOffice('ニューヨーク総')?.code).toBe('new-york')
    expect(findOffice('サンフランシスコ総')?.code).toBe('san-francisco')
  })

  it('is lenient about case, width, hyphens and spacing', () => {
    expect(findOffice('CHICAGO')?.code).toBe('chicago')
    expect(findOffice('Consulate General of Japan in Chicago')?.code).toBe('chicago')
    expect(findOffice('consulate-general in houston')?.code).toBe('houston')
    expect(findOffice('Los Angeles Consulate')?.code).toBe('los-angeles')
    expect(findOffice('los angeles')?.code).toBe('los-angeles')
    expect(findOffice('ｼｶｺﾞ総領事館')?.code).toBe('chicago')
    expect(findOffice('ＳＦ')?.code).toBe('san-francisco')
    expect(findOffice('NYC')?.code).toBe('new-york')
    expect(findOffice('ロス')?.code).toBe('los-angeles')
    expect(findOffice('DC embassy')?.code).toBe('embassy')
    expect(findOffice('ワシントン大使館')?.code).toBe('embassy')
  })

  it('leaves state codes to findState: no office answers to a USPS code', () => {
    for (const s of STATES) expect(findOffice(s.code), s.code).toBeUndefined()
    expect(findOffice('LA')).toBeUndefined()
    expect(findState('LA')?.code).toBe('LA')
  })

  it('has no name that two offices share', () => {
    const owner = new Map<string, string>()
    for (const o of OFFICES) {
      for (const name of [o.code, o.nameEn, o.shortEn, o.nameJa, o.shortJa, ...o.aliases]) {
        const key = foldKey(name)
        expect(owner.get(key) ?? o.code, name).toBe(o.code)
        owner.set(key, o.code)
      }
    }
  })

  it('returns undefined for junk', () => {
    for (const junk of ['', '  ', 'Consulate', '総領事館', 'Washington', 'Tokyo', 'シカゴ大使館', 'chicagoo']) {
      expect(findOffice(junk), junk).toBeUndefined()
    }
  })
})

describe('officeByCode', () => {
  it('throws on an unknown code', () => {
    expect(officeByCode('boston').shortJa).toBe('ボストン総領事館')
    expect(() => officeByCode('Boston')).toThrow(/unknown office code/)
    expect(() => officeByCode('osaka')).toThrow()
  })
})

describe('officeName: one name of each office for each place it is written', () => {
  it('writes 在シカゴ総領事館 in a sentence and シカゴ総 in a table, as the bureau does', () => {
    expect(officeName('chicago', 'ja', 'text')).toBe('在シカゴ総領事館')
    expect(officeName('chicago', 'ja', 'table')).toBe('シカゴ総')
    expect(officeName('chicago', 'ja', 'full')).toBe('在シカゴ日本国総領事館')
    expect(officeName('los-angeles', 'ja', 'table')).toBe('ロサンゼルス総')
    expect(officeName('anchorage', 'ja', 'text')).toBe('在アンカレジ領事事務所')
    expect(officeName('anchorage', 'ja', 'table')).toBe('アンカレジ事務所')
    expect(officeName('embassy', 'ja', 'text')).toBe('在米国大使館')
    expect(officeName('embassy', 'ja', 'table')).toBe('大使館')
    expect(officeName('chicago', 'en', 'text')).toBe('Chicago consulate')
    expect(officeName('chicago', 'en', 'table')).toBe('Chicago')
    expect(officeName('anchorage', 'en', 'text')).toBe('Anchorage consular office')
    expect(() => officeName('osaka', 'ja', 'text')).toThrow(RangeError)
  })

  it('gives every office its forms, each a name a user can type back', () => {
    for (const o of OFFICES) {
      for (const form of ['full', 'text', 'table'] as const) {
        for (const lang of ['en', 'ja'] as const) expect(findOffice(officeName(o.code, lang, form))?.code, `${o.code} ${lang} ${form}`).toBe(o.code)
      }
      expect(officeName(o.code, 'ja', 'text').startsWith('在'), o.code).toBe(true)
      expect(officeName(o.code, 'ja', 'table').length, o.code).toBeLessThan(officeName(o.code, 'ja', 'text').length)
    }
  })
})
