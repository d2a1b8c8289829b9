// Two periods said one inside the other ("the last quarter of FY2021", "May of last year") are no comparison: they
// were once compared with each other (FY2021 197 → April–June 2023 0), a figure nobody asked for. With nothing
// between them that joins two periods, the second is named (no figure) — except a month of a fiscal year ("March of
// FY2022", 2022年度の3月), which is that one month of the April–March year. "The first quarter of
// calendar 2022" is the calendar quarter, as "Q1 of calendar 2022" is.
import { describe, expect, it } from 'vitest'
import { expectWordsNamed, fy, parse, query } from './read.ts'

describe('a period inside another is never a comparison of the two', () => {
  it('names the second period rather than compare', () => {
    for (const q of ['events in May of last year', 'events in the last quarter of FY2021', 'events in March of 2022 FY2021']) {
      expectWordsNamed(q)
    }
  })

  it('still compares two periods joined by and, vs, a comma or と', () => {
    for (const q of ['FY2021 vs FY2022 events', 'events in FY2021 and FY2022', 'events FY2021, FY2022', '2021年度と2022年度の件数', 'participants in FY2020 compared with FY2019']) {
      expect(query(q), q).toMatchObject({ intent: 'compare' })
    }
  })
})

describe('ordinal quarters', () => {
  it('reads "the first quarter of calendar 2022" as January–March 2022 and "the 3rd quarter of FY2021" as FY2021 Q3', () => {
    for (const q of ['How many events were held in the first quarter of calendar 2022?', 'first quarter of CY2022 events']) {
      expect(query(q), q).toMatchObject({ intent: 'metric', filters: { period: { kind: 'dates', from: '2022-01-01', to: '2022-03-31' } } })
    }
    expect(query('events in the 3rd quarter of FY2021')).toMatchObject({ filters: { period: { kind: 'fy_part', fy: 2021, part: 'q3' } } })
    expect(query('participants in the second quarter of FY2022').filters.period).toEqual({ kind: 'fy_part', fy: 2022, part: 'q2' })
  })
})

describe('a fiscal year written by its two calendar years', () => {
  it('reads "FY22/23", "fiscal year 2022/2023" and "2022/23" as FY2022, never as two years compared', () => {
    for (const q of ['events in FY22/23', 'events in fiscal year 2022/2023', 'events in 2022/23']) {
      expect(query(q), q).toMatchObject({ intent: 'metric', filters: { period: { kind: 'fy', from: 2022, to: 2022 } } })
    }
  })

  it('leaves a dash between them to be named (one fiscal year or two?) and a slash between years apart as written', () => {
    expect(parse('events in FY2022-23').kind).not.toBe('query')
    expect(parse('events in FY2022/24').kind).not.toBe('query')
  })
})

describe('a month of a fiscal year', () => {
  it('reads "March of FY2022", "FY2022 March", 2022年度の3月 and R4年度3月 as that month of the April–March year', () => {
    const cases: [string, string, string][] = [
      ['events in March of FY2022', '2023-03-01', '2023-03-31'],
      ['events in December FY2022', '2022-12-01', '2022-12-31'],
      ['FY2022 March events', '2023-03-01', '2023-03-31'],
      ['participants in May of FY2021', '2021-05-01', '2021-05-31'],
      ['2022年度の3月の件数', '2023-03-01', '2023-03-31'],
      ['令和4年度3月の実施件数', '2023-03-01', '2023-03-31'],
      ['2021年度の10月の延べ参加者数', '2021-10-01', '2021-10-31'],
    ]
    for (const [q, from, to] of cases) expect(query(q).filters.period, q).toEqual({ kind: 'dates', from, to })
  })

  it('still names a month of a bare year, a month range or a day after a fiscal year', () => {
    for (const q of ['events in May of last year', '2022年度の3月末時点の件数', 'events in March of 2022 FY2021']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })
})

describe('two periods that share days, with no word of comparison', () => {
  it('names the second rather than compare a year with a month inside it', () => {
    for (const q of ['events in FY2022 from October', 'participants in FY2021 from April', 'events during FY2022, cumulative from April', 'events in FY2022 in Q3 of FY2022']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })

  it('still compares periods that share days when a word of comparison says so', () => {
    expect(query('compare FY2022 with October 2022: events')).toMatchObject({ intent: 'compare' })
  })
})

describe('a month of a fiscal year, kept to one month of one year', () => {
  it('names it when an open end, another fiscal year or a range goes with it, and never reads "may" as May', () => {
    for (const q of ['events since March of FY2021', 'events in March of FY2021 vs FY2022', 'events from March of FY2021 to June of FY2022']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
    expect(query('How many events in FY2022 may have been online?').filters.period).toEqual(fy(2022))
  })
})
