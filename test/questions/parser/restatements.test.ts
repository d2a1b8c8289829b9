// A period said twice in other words ("Q3 of FY2021, that's Oct–Dec 2021 right?"), each checked with phrasings of
// our own: one period when both name the same days, no figure when they do not.
import { describe, expect, it } from 'vitest'
import { parse, query } from './read.ts'

describe('a period restated in other words', () => {
  it.each([
    ["Q3 of FY2021 — that's Oct–Dec 2021 right? how many events then?", { kind: 'fy_part', fy: 2021, part: 'q3' }],
    ['how many events were held in the first half of FY2020, i.e. April through September 2020?', { kind: 'fy_part', fy: 2020, part: 'h1' }],
    ['2022年度上半期（つまり2022年4月〜9月）の件数', { kind: 'fy_part', fy: 2022, part: 'h1' }],
    ['events in FY2020 H1 (April–September 2020)', { kind: 'fy_part', fy: 2020, part: 'h1' }],
    ['participants in FY2021, that is April 2021 to March 2022', { kind: 'fy', from: 2021, to: 2021 }],
  ])('%s: one period, the restatement consumed', (q, period) => {
    expect(query(q)).toMatchObject({ filters: { period } })
  })

  it.each([
    'how many events in Q3 of FY2021, i.e. July–September 2021?',
    '2022年度上半期（つまり2022年10月〜2023年3月）の件数',
    "events in FY2021 — that's April 2021 to December 2021, right?",
  ])('%s: a restatement naming other days gets no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })

  it('still compares two periods joined by "vs"', () => {
    expect(query('FY2021 vs April 2020 - March 2021')).toMatchObject({ intent: 'compare' })
  })
})
