// The one formatting module (src/i18n/format.ts): 約 and 万名 as the bureau writes large numbers of people,
// dates and months in Japanese, era dates, counts with their unit. Expectations are computed independently:
// arithmetic for the rounding, Number#toLocaleString for the separators, the era table of domain/fiscal-year.ts
// for era dates (the module itself uses Intl's Japanese calendar), and a sweep of seeded random values.
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../src/demo/random.ts'
import { addDays, eraDateLabel } from '../../src/domain/fiscal-year.ts'
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatEraDate,
  formatEraMonth,
  formatJaCount,
  formatMan,
  formatMonth,
  formatMonthName,
  formatNumber,
  formatPercent,
  formatSigned,
  fullWidthDigits,
  MAN_FROM,
  peopleEn,
  peopleJa,
  roundPeople,
} from '../../src/i18n/format.ts'

const ja = (n: number) => n.toLocaleString('ja-JP')
const en = (n: number) => n.toLocaleString('en-US')

/** Seeded values spread over every order of magnitude from 1 to 2億, plus the edges of each rule. */
function sweep(count: number): number[] {
  const r = mulberry32(20230801)
  const edges = [0, 1, 9_999, 10_000, 14_999, 15_000, 99_999, 100_000, 104_999, 105_000, 3_760_000, 3_764_321, 3_765_000, 99_994_999, 99_995_000, 100_000_000, 123_456_789]
  const random = Array.from({ length: count }, () => Math.floor(10 ** (r() * 8.3)))
  return [...edges, ...random]
}

describe('約 and 万名: large numbers of people as the bureau writes them', () => {
  it("gives the seed's figures in both of its forms (資料１: 延べ参加者数約3,760,000名 / 約376万名)", () => {
    expect(peopleJa(3_760_000)).toBe('約3,760,000名')
    expect(peopleJa(3_760_000, 'man')).toBe('約376万名')
    expect(peopleJa(3_764_321, 'man')).toBe('約376万名')
    expect(peopleJa(770_000)).toBe('約770,000名')
    expect(peopleJa(1_100_000, 'man')).toBe('約110万名')
    expect(peopleEn(3_764_321)).toBe('about 3,760,000')
    expect(formatJaCount(3_760_000, '名')).toBe('3,760,000名（約376万名）')
  })

  it('rounds from 10,000 up to the nearest 万 and marks it 約; below, the exact figure', () => {
    for (const n of sweep(400)) {
      const man = Math.round(n / 10_000)
      if (n < 10_000) {
        expect(peopleJa(n, 'man'), String(n)).toBe(`${ja(n)}名`)
        expect(peopleJa(n), String(n)).toBe(`${ja(n)}名`)
        expect(peopleEn(n), String(n)).toBe(en(n))
        expect(roundPeople(n)).toEqual({ value: n, approx: false })
      } else {
        expect(peopleJa(n, 'man'), String(n)).toBe(`約${ja(man)}万名`)
        expect(peopleJa(n), String(n)).toBe(`約${ja(man * 10_000)}名`)
        expect(peopleEn(n), String(n)).toBe(`about ${en(man * 10_000)}`)
        expect(formatMan(n), String(n)).toBe(`${ja(man)}万`)
      }
    }
  })

  it('gives an answer the exact figure first, and the 万 reading beside it from six digits on', () => {
    for (const n of sweep(400)) {
      const text = formatJaCount(n, '名')
      expect(text.startsWith(`${ja(n)}名`), text).toBe(true)
      if (n < MAN_FROM) expect(text).toBe(`${ja(n)}名`)
      else expect(text).toBe(`${ja(n)}名（約${ja(Math.round(n / 10_000))}万名）`)
    }
    expect(formatJaCount(88, '件')).toBe('88件')
    expect(formatJaCount(75_703, '名')).toBe('75,703名')
    expect(formatJaCount(300_000, '名')).toBe('300,000名（約30万名）')
  })
})

describe('numbers and counts', () => {
  it('writes numbers with separators and at most one decimal', () => {
    expect(formatNumber(3_760_000)).toBe('3,760,000')
    expect(formatNumber(3_760_000, 'ja')).toBe('3,760,000')
    expect(formatNumber(123.45)).toBe('123.5')
    expect(formatNumber(88)).toBe('88')
  })

  it('chooses the English noun with Intl.PluralRules and the Japanese counter', () => {
    expect(formatCount(1, 'events', 'en')).toBe('1 event')
    expect(formatCount(0, 'events', 'en')).toBe('0 events')
    expect(formatCount(1_115, 'events', 'en')).toBe('1,115 events')
    expect(formatCount(1, 'participants', 'en')).toBe('1 participant')
    expect(formatCount(2, 'states', 'ja')).toBe('2州')
    expect(formatCount(45, 'participants', 'ja')).toBe('45名')
    expect(formatCount(16, 'offices', 'ja')).toBe('16公館')
  })

  it('writes differences with a true minus and ±0, and shares with one decimal', () => {
    expect(formatSigned(12)).toBe('+12')
    expect(formatSigned(-32_795)).toBe('\u221232,795')
    expect(formatSigned(0)).toBe('±0')
    expect(formatPercent(9.0909)).toBe('9.1%')
    expect(formatPercent(70)).toBe('70.0%')
    expect(formatPercent(13.6, 'ja')).toBe('13.6%')
  })
})

describe('dates and months', () => {
  const days = (() => {
    const r = mulberry32(7)
    const out = ['2019-04-30', '2019-05-01', '2020-02-29', '2023-03-05', '2023-12-31', '1989-01-07', '1989-01-08']
    for (let i = 0; i < 300; i++) out.push(addDays('1989-01-08', Math.floor(r() * 16_000)))
    return out
  })()

  it('writes a date as 2023年3月5日 in Japanese and 5 Mar 2023 in English, never YYYY-MM-DD', () => {
    expect(formatDate('2023-03-05', 'ja')).toBe('2023年3月5日')
    expect(formatDate('2023-03-05', 'en')).toBe('5 Mar 2023')
    for (const d of days) {
      const [y, m, day] = d.split('-').map(Number)
      expect(formatDate(d, 'ja')).toBe(`${y}年${m}月${day}日`)
      expect(formatDate(d, 'en')).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    }
  })

  it('writes months as 4月 and 2022年4月 in Japanese (never "Apr 4月"), Apr 2022 / April 2022 in English', () => {
    for (let m = 1; m <= 12; m++) {
      expect(formatMonthName(m, 'ja')).toBe(`${m}月`)
      expect(formatMonthName(m, 'en')).toMatch(/^[A-Z][a-z]{2}$/)
      expect(formatMonth(`2022-${String(m).padStart(2, '0')}`, 'ja')).toBe(`2022年${m}月`)
    }
    expect(formatMonthName(4, 'en')).toBe('Apr')
    expect(formatMonthName(9, 'en')).toBe('Sep')
    expect(formatMonthName(4, 'en', 'long')).toBe('April')
    expect(formatMonth('2022-05-17', 'en')).toBe('May 2022')
    expect(formatMonth('2022-09', 'en', 'short')).toBe('Sep 2022')
    expect(() => formatMonthName(13, 'ja')).toThrow(RangeError)
  })

  it('writes a range without repeating the year and month', () => {
    expect(formatDateRange('2023-01-23', '2023-01-29', 'ja')).toBe('2023年1月23日〜29日')
    expect(formatDateRange('2023-01-30', '2023-02-05', 'ja')).toBe('2023年1月30日〜2月5日')
    expect(formatDateRange('2022-12-26', '2023-01-01', 'ja')).toBe('2022年12月26日〜2023年1月1日')
    expect(formatDateRange('2022-04-01', '2023-03-31', 'ja')).toBe('2022年4月1日〜2023年3月31日')
    expect(formatDateRange('2023-03-05', '2023-03-05', 'ja')).toBe('2023年3月5日')
    // Intl's English range pattern, with thin spaces around the dash
    expect(formatDateRange('2023-01-23', '2023-01-29', 'en')).toBe('23\u2009–\u200929 Jan 2023')
  })

  it('writes era dates as the era table of the fiscal-year module does (Intl against the table)', () => {
    for (const d of days) expect(formatEraDate(d), d).toBe(eraDateLabel(d))
    expect(formatEraDate('2019-05-01')).toBe('令和元年5月1日')
    expect(formatEraMonth('2023-08')).toBe('令和5年8月')
    expect(fullWidthDigits(formatEraMonth('2023-08'))).toBe('令和５年８月')
    // a month the era changed in is named by the era in force at its end
    expect(formatEraMonth('2019-05')).toBe('令和元年5月')
    expect(formatEraMonth('2019-04')).toBe('平成31年4月')
    expect(formatEraMonth('1989-01')).toBe('平成元年1月')
  })
})
