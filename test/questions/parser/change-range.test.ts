// "change in events from FY2021 to FY2022" was answered with the sum of both years: with a word of change,
// the two ends of a fiscal-year range are compared; without one, the range is still a range.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'

const asOf = '2023-08-15'

describe('a fiscal-year range with a word of change compares its two ends', () => {
  it.each([
    'change in events from FY2021 to FY2022',
    'how did participants change from FY2021 to FY2022?',
    '2021年度から2022年度にかけての事業件数の増減',
    '令和3年度〜令和4年度の参加者数の増減は？',
  ])('%s', (q) => {
    const r = parseQuestion(q, { asOf })
    expect(r.kind).toBe('query')
    if (r.kind !== 'query') return
    expect(r.query.intent).toBe('compare')
    if (r.query.intent !== 'compare') return
    expect(r.query.periods).toEqual([
      { kind: 'fy', from: 2021, to: 2021 },
      { kind: 'fy', from: 2022, to: 2022 },
    ])
  })

  it.each(['events from FY2017 to FY2022', '2017年度から2022年度までの事業件数'])('without a word of change it stays a range: %s', (q) => {
    const r = parseQuestion(q, { asOf })
    expect(r.kind === 'query' && r.query.intent).toBe('metric')
    if (r.kind === 'query' && r.query.intent === 'metric') expect(r.query.filters.period).toEqual({ kind: 'fy', from: 2017, to: 2022 })
  })
})
