// "Which of the two had more" (どちらが多かった, "which had more …, X or Y?") asks for each side: the two groups side
// by side, never their sum (2022年度の中西部と南部の件数はどちらが多かった was once counted as one figure, 48). And a
// change in percent between the two ends of a range (2019年度から2020年度にかけて…何％増えた) compares the two years.
import { describe, expect, it } from 'vitest'
import { fy, query } from './read.ts'

describe('which of two groups had more: each group, side by side', () => {
  it('gives the two regions or offices apart, in Japanese and English', () => {
    for (const q of [
      '2022年度の中西部と南部の件数はどちらが多かったですか？',
      '2022年度、中西部と南部ではどちらが件数が多かったですか？',
      'which had more events in FY2022, the Midwest or the South?',
    ]) {
      expect(query(q), q).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'region', filters: { period: fy(2022), regions: ['midwest', 'south'] } })
    }
    expect(query('2021年度、シカゴ総とボストン総ではどちらの方が参加者数が多い？')).toMatchObject({
      intent: 'metric',
      metric: 'participants',
      groupBy: 'office',
      filters: { period: fy(2021), offices: ['chicago', 'boston'] },
    })
  })

  it('compares two fiscal years asked which had more', () => {
    expect(query('which had more events, FY2021 or FY2022?')).toMatchObject({ intent: 'compare', metric: 'events', periods: [fy(2021), fy(2022)] })
  })
})

describe('a change in percent over a range of two years', () => {
  it('compares the two ends (何％増えた, 何パーセント増えた)', () => {
    for (const q of ['2019年度から2020年度にかけて延べ参加者数は何％増えましたか？', '2019年度から2020年度にかけて延べ参加者数は何パーセント増えましたか？']) {
      expect(query(q), q).toMatchObject({ intent: 'compare', metric: 'participants', periods: [fy(2019), fy(2020)], asPercent: true })
    }
  })
})

describe('the fiscal year of a state’s first event', () => {
  it('reads "which fiscal year was the first event in X" and 最初の事業は何年度 as the state’s first year', () => {
    for (const q of ['In which fiscal year was the first event in Mississippi?', 'ミシシッピ州の最初の事業は何年度？', 'ミシシッピ州で最初に事業を実施したのはどの年度ですか']) {
      expect(query(q), q).toMatchObject({ intent: 'first_time_states', filters: { period: { kind: 'all' }, states: ['MS'] } })
    }
  })
})
