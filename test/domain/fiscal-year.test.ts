import { describe, it, expect } from 'vitest'
import {
  addDays,
  compareIso,
  currentFiscalYear,
  eraDateLabel,
  eraFiscalYearLabel,
  eraOfYear,
  findFiscalYearsIn,
  fiscalYearOf,
  fiscalYearRange,
  fyLabel,
  fyShortLabelJa,
  isValidIsoDate,
  parseFiscalYear,
  todayIn,
} from '../../src/domain/fiscal-year.ts'

/** Every ISO day from start to end inclusive, stepping a Date (independent of addDays). */
function* days(start: string, end: string): Generator<{ iso: string; date: Date }> {
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    yield { iso: d.toISOString().slice(0, 10), date: new Date(d) }
  }
}

describe('isValidIsoDate', () => {
  it('accepts real days, leap days only in leap years', () => {
    for (const ok of ['2022-04-01', '2024-02-29', '2000-02-29', '2023-12-31', '2019-05-01']) expect(isValidIsoDate(ok), ok).toBe(true)
    for (const bad of ['2022-02-30', '2023-02-29', '1900-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-01-00']) {
      expect(isValidIsoDate(bad), bad).toBe(false)
    }
  })

  it('insists on the YYYY-MM-DD shape', () => {
    for (const bad of ['2022-4-1', '22-04-01', '2022/04/01', '2022-04-01T00:00', ' 2022-04-01', '２０２２-０４-０１', '']) {
      expect(isValidIsoDate(bad), bad).toBe(false)
    }
  })

  it('agrees with Date for every day of 2016–2031 and rejects the day after each month end', () => {
    for (const { iso, date } of days('2016-01-01', '2031-12-31')) {
      expect(isValidIsoDate(iso)).toBe(true)
      const next = new Date(date)
      next.setUTCDate(next.getUTCDate() + 1)
      if (next.getUTCDate() === 1) {
        const overflow = `${iso.slice(0, 8)}${String(date.getUTCDate() + 1).padStart(2, '0')}`
        expect(isValidIsoDate(overflow), overflow).toBe(false)
      }
    }
  })
})

describe('fiscalYearOf', () => {
  it('agrees with an independent computation for every day from 2016-01-01 to 2031-12-31', () => {
    let checked = 0
    for (const { iso, date } of days('2016-01-01', '2031-12-31')) {
      const expected = date.getUTCMonth() < 3 ? date.getUTCFullYear() - 1 : date.getUTCFullYear()
      if (fiscalYearOf(iso) !== expected) expect.fail(`${iso}: ${fiscalYearOf(iso)} ≠ ${expected}`)
      checked++
    }
    expect(checked).toBe(5844)
  })

  it('changes year between March 31 and April 1', () => {
    for (const y of [1989, 2000, 2017, 2019, 2022, 2023, 2024, 2050]) {
      expect(fiscalYearOf(`${y}-03-31`), `${y}-03-31`).toBe(y - 1)
      expect(fiscalYearOf(`${y}-04-01`), `${y}-04-01`).toBe(y)
      expect(fiscalYearOf(`${y}-01-01`)).toBe(y - 1)
      expect(fiscalYearOf(`${y}-12-31`)).toBe(y)
    }
  })

  it('puts leap days in the previous fiscal year', () => {
    expect(fiscalYearOf('2024-02-29')).toBe(2023)
    expect(fiscalYearOf('2020-02-29')).toBe(2019)
  })

  it('throws on an invalid date', () => {
    expect(() => fiscalYearOf('2023-02-29')).toThrow(RangeError)
    expect(() => fiscalYearOf('FY2022')).toThrow(RangeError)
  })

  it('is what currentFiscalYear reports', () => {
    expect(currentFiscalYear('2023-03-31')).toBe(2022)
    expect(currentFiscalYear('2023-04-01')).toBe(2023)
  })
})

describe('fiscalYearRange', () => {
  it('runs from April 1 to March 31, and contains exactly the days of that fiscal year', () => {
    expect(fiscalYearRange(2022)).toEqual({ start: '2022-04-01', end: '2023-03-31' })
    for (const fy of [2017, 2019, 2023, 2030]) {
      const { start, end } = fiscalYearRange(fy)
      expect(fiscalYearOf(start)).toBe(fy)
      expect(fiscalYearOf(end)).toBe(fy)
      expect(fiscalYearOf(addDays(start, -1))).toBe(fy - 1)
      expect(fiscalYearOf(addDays(end, 1))).toBe(fy + 1)
    }
  })

  it('has 366 days when it contains a leap day', () => {
    const length = (fy: number) => [...days(fiscalYearRange(fy).start, fiscalYearRange(fy).end)].length
    expect(length(2023)).toBe(366)
    expect(length(2022)).toBe(365)
  })
})

describe('eras', () => {
  it('labels fiscal years with 令和 from FY2019 (元年度), 平成 from FY1989 and 昭和 before', () => {
    expect(eraFiscalYearLabel(2022)).toBe('令和4年度')
    expect(eraFiscalYearLabel(2019)).toBe('令和元年度')
    expect(eraFiscalYearLabel(2020)).toBe('令和2年度')
    expect(eraFiscalYearLabel(2018)).toBe('平成30年度')
    expect(eraFiscalYearLabel(1989)).toBe('平成元年度')
    expect(eraFiscalYearLabel(1988)).toBe('昭和63年度')
    expect(eraOfYear(2017)).toMatchObject({ era: { code: 'heisei' }, year: 29 })
    expect(eraOfYear(2023)).toMatchObject({ era: { code: 'reiwa' }, year: 5 })
    expect(() => eraOfYear(1900)).toThrow(RangeError)
  })

  it('labels dates across the 2019 era change and the 1989 one', () => {
    expect(eraDateLabel('2019-04-30')).toBe('平成31年4月30日')
    expect(eraDateLabel('2019-05-01')).toBe('令和元年5月1日')
    expect(eraDateLabel('2019-12-31')).toBe('令和元年12月31日')
    expect(eraDateLabel('2020-01-01')).toBe('令和2年1月1日')
    expect(eraDateLabel('2022-05-15')).toBe('令和4年5月15日')
    expect(eraDateLabel('1989-01-07')).toBe('昭和64年1月7日')
    expect(eraDateLabel('1989-01-08')).toBe('平成元年1月8日')
    expect(() => eraDateLabel('2019-02-30')).toThrow(RangeError)
  })

  it('gives a date the era year that, added to the offset, is its calendar year', () => {
    for (const { iso, date } of days('2018-01-01', '2021-12-31')) {
      const m = /^(令和|平成)(元|\d+)年(\d+)月(\d+)日$/.exec(eraDateLabel(iso))
      expect(m, iso).not.toBeNull()
      const [, era, year, month, day] = m ?? []
      const western = (era === '令和' ? 2018 : 1988) + (year === '元' ? 1 : Number(year))
      expect(western).toBe(date.getUTCFullYear())
      expect(Number(month)).toBe(date.getUTCMonth() + 1)
      expect(Number(day)).toBe(date.getUTCDate())
      expect(era).toBe(iso >= '2019-05-01' ? '令和' : '平成')
    }
  })
})

describe('labels', () => {
  it('formats fiscal years in English and Japanese', () => {
    expect(fyLabel(2022, 'en')).toBe('FY2022')
    expect(fyLabel(2022, 'ja')).toBe('2022年度（令和4年度）')
    expect(fyLabel(2019, 'ja')).toBe('2019年度（令和元年度）')
    expect(fyLabel(2018, 'ja')).toBe('2018年度（平成30年度）')
    expect(fyShortLabelJa(2022)).toBe('2022年度')
  })

  it('round-trips every label from 1989 to 2050 through parseFiscalYear', () => {
    for (let fy = 1989; fy <= 2050; fy++) {
      expect(parseFiscalYear(fyLabel(fy, 'en'))).toBe(fy)
      expect(parseFiscalYear(fyShortLabelJa(fy))).toBe(fy)
      const m = /^(\d{4}年度)（(.+)）$/.exec(fyLabel(fy, 'ja'))
      expect(m, String(fy)).not.toBeNull()
      expect(parseFiscalYear(m?.[1] ?? '')).toBe(fy)
      expect(parseFiscalYear(m?.[2] ?? '')).toBe(fy)
      expect(parseFiscalYear(eraFiscalYearLabel(fy))).toBe(fy)
      expect(findFiscalYearsIn(fyLabel(fy, 'ja')).map((x) => x.fy)).toEqual([fy, fy])
    }
  })
})

describe('parseFiscalYear', () => {
  it.each([
    ['2022年度', 2022],
    ['２０２２年度', 2022],
    ['2022 年度', 2022],
    ['令和4年度', 2022],
    ['令和４年度', 2022],
    ['令和元年度', 2019],
    ['令和5年度', 2023],
    ['㋿4年度', 2022],
    ['R4', 2022],
    ['R4年度', 2022],
    ['r04', 2022],
    ['Ｒ４', 2022],
    ['R元年度', 2019],
    ['H30', 2018],
    ['h29', 2017],
    ['平成30年度', 2018],
    ['平成31年度', 2019],
    ['平成元年度', 1989],
    ['昭和63年度', 1988],
    ['FY22', 2022],
    ['FY2022', 2022],
    ['FY 2022', 2022],
    ['fy2022', 2022],
    ["FY'22", 2022],
    ['FY’22', 2022],
    ['ＦＹ２２', 2022],
    ['FY17', 2017],
    ['FY99', 1999],
    ['2022', 2022],
    ['  2022  ', 2022],
    ['1989', 1989],
    ['2100', 2100],
  ])('%s → %i', (text, fy) => {
    expect(parseFiscalYear(text)).toBe(fy)
  })

  it.each([
    '', '  ', '令和0年度', 'R0', '平成32年度', 'H32', '昭和64年度', 'FY2022x', 'FY202', 'FY2', 'xFY2022', '2022年度度',
    '1988', '2101', '12345', '2022-04-01', '2022年', '令和4年', 'FY3022', 'Q4', 'S', 'FY', '年度',
  ])('rejects %j', (text) => {
    expect(parseFiscalYear(text)).toBeUndefined()
  })
})

describe('findFiscalYearsIn', () => {
  it('finds each mention with its span', () => {
    const text = 'events in FY22 vs 令和3年度'
    const found = findFiscalYearsIn(text)
    expect(found).toEqual([
      { fy: 2022, start: 10, end: 14, text: 'FY22', explicit: true },
      { fy: 2021, start: 18, end: 23, text: '令和3年度', explicit: true },
    ])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('reads Japanese questions without spaces', () => {
    const found = findFiscalYearsIn('2022年度の案件数は？平成30年度と比べて')
    expect(found.map(({ fy, text, explicit }) => ({ fy, text, explicit }))).toEqual([
      { fy: 2022, text: '2022年度', explicit: true },
      { fy: 2018, text: '平成30年度', explicit: true },
    ])
  })

  it('keeps spans in the original text when full-width characters are used', () => {
    const text = 'ＦＹ２０２２とＲ４年度'
    const found = findFiscalYearsIn(text)
    expect(found.map((m) => [m.fy, text.slice(m.start, m.end)])).toEqual([
      [2022, 'ＦＹ２０２２'],
      [2022, 'Ｒ４年度'],
    ])
  })

  it('marks bare years as not explicit', () => {
    expect(findFiscalYearsIn('events in 2022')).toEqual([{ fy: 2022, start: 10, end: 14, text: '2022', explicit: false }])
    expect(findFiscalYearsIn('2022年の件数').map((m) => [m.fy, m.text, m.explicit])).toEqual([[2022, '2022年', false]])
  })

  it('returns both ends of a range', () => {
    expect(findFiscalYearsIn('2017年度－2022年度の累計').map((m) => m.fy)).toEqual([2017, 2022])
    expect(findFiscalYearsIn('FY2017–FY2022').map((m) => m.fy)).toEqual([2017, 2022])
    expect(findFiscalYearsIn('from 2017-2022').map((m) => [m.fy, m.explicit])).toEqual([[2017, false], [2022, false]])
  })

  it('ignores dates, counts, other numbers and impossible eras', () => {
    for (const text of [
      'held on 2022-05-01',
      'on 5/1/2022',
      '2022年5月に実施',
      '2000件以上',
      '1,115件',
      'about 3760000 participants',
      'FY2022x',
      'ABC2022',
      '令和0年度',
      'H1 results',
      '令和4年の実績',
      'room 1234',
    ]) {
      expect(findFiscalYearsIn(text), text).toEqual([])
    }
    // A bare number that could be a year is still offered, unmarked, for the caller to judge.
    expect(findFiscalYearsIn('room 2020').map((m) => [m.fy, m.explicit])).toEqual([[2020, false]])
  })

  it('returns nothing for an empty string', () => {
    expect(findFiscalYearsIn('')).toEqual([])
  })
})

describe('todayIn', () => {
  it('gives the date in the requested time zone', () => {
    const now = new Date('2023-03-31T16:30:00Z') // 01:30 on April 1 in Tokyo
    expect(todayIn('Asia/Tokyo', now)).toBe('2023-04-01')
    expect(todayIn('America/New_York', now)).toBe('2023-03-31')
    expect(todayIn('UTC', now)).toBe('2023-03-31')
    expect(currentFiscalYear(todayIn('Asia/Tokyo', now))).toBe(2023)
    expect(currentFiscalYear(todayIn('America/Chicago', now))).toBe(2022)
  })

  it('defaults to Tokyo and returns a valid date', () => {
    expect(isValidIsoDate(todayIn())).toBe(true)
    expect(todayIn(undefined, new Date('2022-12-31T15:00:00Z'))).toBe('2023-01-01')
  })

  it('throws on an unknown time zone', () => {
    expect(() => todayIn('Mars/Olympus')).toThrow(RangeError)
  })

  it('reuses its formatter: a thousand readings cost less than making 300 formatters', () => {
    // a Slack request reads "today" several times; making an Intl.DateTimeFormat loads the zone's rules
    const now = new Date('2023-03-31T16:30:00Z')
    const make = (n: number) => {
      const started = performance.now()
      for (let i = 0; i < n; i++) new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now)
      return performance.now() - started
    }
    const read = (n: number) => {
      const started = performance.now()
      for (let i = 0; i < n; i++) todayIn('Asia/Tokyo', now)
      return performance.now() - started
    }
    make(50)
    read(50)
    expect(read(1000)).toBeLessThan(make(300))
  })
})

describe('addDays and compareIso', () => {
  it('agrees with stepping a Date day by day', () => {
    let prev: string | undefined
    for (const { iso } of days('2019-12-25', '2024-03-05')) {
      if (prev !== undefined) {
        expect(addDays(prev, 1)).toBe(iso)
        expect(addDays(iso, -1)).toBe(prev)
        expect(compareIso(prev, iso)).toBeLessThan(0)
      }
      prev = iso
    }
  })

  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01')
    expect(addDays('2022-04-01', 364)).toBe('2023-03-31')
    expect(addDays('2022-04-01', 0)).toBe('2022-04-01')
    expect(() => addDays('2022-02-30', 1)).toThrow(RangeError)
    expect(() => addDays('2022-02-01', 0.5)).toThrow(RangeError)
  })

  it('orders ISO dates', () => {
    expect(compareIso('2022-04-01', '2022-04-01')).toBe(0)
    expect(compareIso('2023-03-31', '2022-04-01')).toBeGreaterThan(0)
    expect(['2023-01-02', '2022-12-31', '2022-04-01'].sort(compareIso)).toEqual(['2022-04-01', '2022-12-31', '2023-01-02'])
  })
})
