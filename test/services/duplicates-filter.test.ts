import { describe, expect, it } from 'vitest'
import { isLikelyDuplicate, titleSimilarity } from '../../src/services/duplicates.ts'
import { parseListFilter } from '../../src/services/list-filter.ts'

describe('titleSimilarity', () => {
  it('folds case, width, spacing and punctuation; works for Japanese', () => {
    expect(titleSimilarity('Japan Day 2022', 'japan day, 2022')).toBe(1)
    expect(titleSimilarity('ＪＡＰＡＮ　ＤＡＹ', 'Japan Day')).toBe(1)
    expect(titleSimilarity('日本祭り in シカゴ', '日本祭り　inシカゴ')).toBe(1)
    expect(titleSimilarity('Grassroots caravan to Wisconsin', 'Grassroots Caravan to Wisconsin!')).toBe(1)
    expect(titleSimilarity('Sushi night', 'Sake tasting for buyers')).toBeLessThan(0.5)
    expect(titleSimilarity('', 'x')).toBe(0)
  })

  it('a duplicate compares every title pair (English or Japanese)', () => {
    expect(isLikelyDuplicate({ titleEn: null, titleJa: '日米経済セミナー' }, { titleEn: 'US-Japan seminar', titleJa: '日米経済セミナー' })).toBe(true)
    expect(isLikelyDuplicate({ titleEn: 'Anime night', titleJa: null }, { titleEn: 'Business forum', titleJa: 'ビジネスフォーラム' })).toBe(false)
  })
})

describe('parseListFilter', () => {
  it('keywords with values, multi-word names, bare words and Japanese', () => {
    expect(parseListFilter('fy 2022 office chicago state WI mine')).toEqual({ filter: { fiscalYears: [2022], officeCodes: ['chicago'], stateCodes: ['WI'], mine: true }, unknown: [] })
    expect(parseListFilter('office new york state new mexico').filter).toEqual({ officeCodes: ['new-york'], stateCodes: ['NM'] })
    expect(parseListFilter('fy22 Wisconsin シカゴ総').filter).toEqual({ fiscalYears: [2022], stateCodes: ['WI'], officeCodes: ['chicago'] })
    expect(parseListFilter('令和4年度 自分').filter).toEqual({ fiscalYears: [2022], mine: true })
    expect(parseListFilter('state LA').filter).toEqual({ stateCodes: ['LA'] })
    expect(parseListFilter('state new york').filter).toEqual({ stateCodes: ['NY'] })
    expect(parseListFilter('').filter).toEqual({})
  })

  it('reports what it cannot place', () => {
    expect(parseListFilter('fy 3022 office atlantis').unknown).toEqual(['fy 3022', 'office atlantis'])
    expect(parseListFilter('blah').unknown).toEqual(['blah'])
  })
})
