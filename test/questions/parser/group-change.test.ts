// A figure per group compared between two periods (group_change): a breakdown cue beside two periods is the
// table, a ranking by one direction of change the largest rise or drop, "which X" with one direction the groups
// that moved; whatever is not read exactly gets no figure.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('group_change readings', () => {
  it('reads a breakdown cue beside two periods as the table, in both languages', () => {
    for (const q of ['events by office, FY2022 vs FY2021', '公館別の件数（2022年度と2021年度の比較）']) {
      expect(query(q)).toEqual({ intent: 'group_change', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: 'office', periods: [fy(2021), fy(2022)], show: 'table' })
    }
  })

  it('reads the largest rise or drop, and a top N by growth', () => {
    expect(query('Which state saw the biggest jump in events from FY2021 to FY2022?')).toMatchObject({ intent: 'group_change', groupBy: 'state', show: 'largest', direction: 'rise' })
    expect(query('2020年度から2021年度にかけて件数が最も減った公館は？')).toMatchObject({ intent: 'group_change', groupBy: 'office', periods: [fy(2020), fy(2021)], show: 'largest', direction: 'drop' })
    expect(query('top 3 states by growth in participants from FY2021 to FY2022')).toMatchObject({ intent: 'group_change', metric: 'participants', groupBy: 'state', show: 'largest', direction: 'rise', top: 3 })
  })

  it('reads "which X" with one direction of change as the groups that moved', () => {
    expect(query('2021年度から2022年度にかけて件数が減ったのはどの公館？')).toMatchObject({ intent: 'group_change', groupBy: 'office', show: 'moved', direction: 'drop' })
  })

  it('gives no figure for a top N beside a comparison of two periods with no group', () => {
    // was read as the comparison of the two totals, the top 3 dropped silently
    expect(parse('top 3 growth in events from FY2021 to FY2022')).toMatchObject({ kind: 'unknown', reason: 'unused_words', words: ['top 3'] })
  })

  it('gives no figure for what it cannot read exactly', () => {
    for (const q of [
      'events by office, FY2020 vs FY2021 vs FY2022',
      'Which office had the biggest change in events from FY2021 to FY2022?',
      'Which region had the smallest increase in events from FY2021 to FY2022?',
      "Which office's state coverage grew the most from FY2021 to FY2022?",
      'events by office and format, FY2021 vs FY2022',
      'which offices, FY2021 vs FY2022?',
    ]) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})
