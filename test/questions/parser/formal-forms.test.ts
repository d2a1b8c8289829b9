// The written forms of formal Japanese and of careful English: 及び / 並びに (and), 又は (or), 如何 (how), を対象に
// 含まない (not covering), a fiscal half glossed with its own months, a share's unit in brackets, a breakdown
// asked 一覧で (as a table). Our own phrasings of the kinds.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('formal conjunctions read as と and または', () => {
  it('compares two fiscal years joined by 及び, 年度別 being their two figures', () => {
    expect(query('2021年度及び2022年度の件数を年度別にお示しいただけますでしょうか。')).toMatchObject({ intent: 'compare', metric: 'events', periods: [fy(2021), fy(2022)] })
    expect(query('events in FY2021 and FY2022 by fiscal year')).toMatchObject({ intent: 'compare', periods: [fy(2021), fy(2022)] })
  })

  it('reads 又は between formats and 如何でしょうか as a question', () => {
    expect(query('2022年度の対面又はハイブリッドの事業の件数は如何でしょうか')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2022), formats: ['in_person', 'hybrid'] } })
  })
})

describe('を対象に含まない is an exclusion', () => {
  it('leaves out the place, as を含まない does', () => {
    const q = query('在米国大使館が実施した事業のうち、ワシントンDCを対象に含まない事業は累計で何件でございましょうか。')
    expect(q).toMatchObject({ intent: 'metric', metric: 'events', filters: { offices: ['embassy'], exclude: { states: ['DC'] } } })
  })
})

describe('a fiscal quarter or half glossed with its months', () => {
  it('reads the gloss as the part’s own months', () => {
    expect(query('2022年度上半期（4月から9月まで）に実施された事業の件数')).toMatchObject({ filters: { period: { kind: 'fy_part', fy: 2022, part: 'h1' } } })
    expect(query('events in Q2 of FY2021 (Jul–Sep)')).toMatchObject({ filters: { period: { kind: 'fy_part', fy: 2021, part: 'q2' } } })
    expect(query('2021年度第3四半期（10月〜12月）の件数')).toMatchObject({ filters: { period: { kind: 'fy_part', fy: 2021, part: 'q3' } } })
  })

  it('gives no figure when the gloss names other months', () => {
    expect(parse('2022年度上半期（4月から6月まで）の件数').kind).not.toBe('query')
    expect(parse('events in Q2 of FY2021 (Apr–Jun)').kind).not.toBe('query')
  })
})

describe('a share’s unit in brackets and a breakdown asked as a table', () => {
  it('reads （％） after a share and 一覧で after a breakdown’s figures', () => {
    expect(query('オンライン比率（％）は？')).toMatchObject({ intent: 'share', of: 'events', condition: { formats: ['online'] } })
    expect(query('年度ごとのオンライン比率（％）を一覧でください。')).toMatchObject({ intent: 'share', groupBy: 'fiscal_year', condition: { formats: ['online'] } })
    expect(query('年度別の件数を一覧でお示しください')).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'fiscal_year' })
  })

  it('still lists events asked 一覧で with no breakdown', () => {
    expect(query('ベストプラクティスに選ばれた事業を一覧でお示しください')).toMatchObject({ intent: 'list_events' })
  })
})

describe('a range’s years are no two years compared', () => {
  it('leaves "for each FY from FY2018 to FY2022" to be named, never the change between its ends', () => {
    expect(parse('Year-over-year percent change in event count for each FY from FY2018 to FY2022.').kind).not.toBe('query')
  })
})

describe('"by" before a word no reader takes is a breakdown not understood, never dropped', () => {
  it('breaks down by office for "by CG", and names "by time"', () => {
    expect(query('fy22 evts by CG pls')).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'office', filters: { period: fy(2022) } })
    expect(parse('events by time').kind).not.toBe('query')
  })

  it('reads "over time" as the trend by fiscal year, as "over the years" is', () => {
    expect(query('participants over time')).toMatchObject({ intent: 'metric', metric: 'participants', groupBy: 'fiscal_year' })
  })

  it('keeps words that change the reading: "typically", "usually"', () => {
    for (const q of ['Which month is typically the busiest?', 'How many events do we usually hold per month?']) expect(parse(q).kind, q).not.toBe('query')
  })
})

describe('"as a share" asks for the share', () => {
  it('gives the share of the events that match', () => {
    expect(query('How many of the FY2022 events were in-person, as a share?')).toMatchObject({ intent: 'share', of: 'events', condition: { formats: ['in_person'] }, filters: { period: fy(2022) } })
  })
})

describe('a word said to be in the title is looked for in the titles alone', () => {
  it('reads "in the title", "titled", タイトルに as the titles, 概要に as the summary, and neither said as both', () => {
    expect(query('How many events mention "sake" in the title?')).toMatchObject({ filters: { text: 'sake', textIn: 'title' } })
    expect(query('events with sake in the title')).toMatchObject({ filters: { text: 'sake', textIn: 'title' } })
    expect(query('events titled "sake"')).toMatchObject({ filters: { text: 'sake', textIn: 'title' } })
    expect(query('タイトルに「半導体」を含む事業は？')).toMatchObject({ filters: { text: '半導体', textIn: 'title' } })
    expect(query('概要に「sake」を含む事業は何件')).toMatchObject({ filters: { text: 'sake', textIn: 'summary' } })
    for (const q of ['events with "sake" in the title or summary', 'events about "sake"', '「半導体」を含む事業は？']) {
      const r = query(q)
      expect(r.filters.text, q).toBeDefined()
      expect(r.filters.textIn, q).toBeUndefined()
    }
  })
})
