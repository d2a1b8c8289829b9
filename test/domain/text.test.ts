import { describe, it, expect } from 'vitest'
import { foldKey, normalizeText } from '../../src/domain/text.ts'

describe('normalizeText', () => {
  it('turns full-width ASCII into ASCII', () => {
    expect(normalizeText('ＦＹ２０２２　ＷＩ')).toBe('FY2022 WI')
  })

  it('turns half-width katakana into full-width, joining voiced marks', () => {
    expect(normalizeText('ｳｨｽｺﾝｼﾝ')).toBe('ウィスコンシン')
    expect(normalizeText('ｶﾞｲﾄﾞ')).toBe('ガイド')
  })

  it('trims and collapses whitespace, including ideographic spaces and newlines', () => {
    expect(normalizeText('  New \t\n York　 ')).toBe('New York')
  })
})

describe('foldKey', () => {
  it('ignores case, spaces, dots, hyphens and middle dots', () => {
    expect(foldKey('Washington, D.C.')).toBe('washington,dc')
    expect(foldKey('Consulate-General')).toBe(foldKey('consulate general'))
    expect(foldKey('気候変動・エネルギー')).toBe('気候変動エネルギー')
    expect(foldKey('気候変動･エネルギー')).toBe('気候変動エネルギー')
    expect(foldKey('Japan–US')).toBe('japanus')
  })

  it('keeps the katakana long vowel mark, which is part of the word', () => {
    expect(foldKey('ニューヨーク')).toBe('ニューヨーク')
  })

  it('gives an empty key for blank input', () => {
    expect(foldKey(' 　・. ')).toBe('')
  })
})
