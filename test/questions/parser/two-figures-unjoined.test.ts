// Wrong figures a blind set found, each as a kind, phrasings of our own: two figures named with no conjunction
// ("participants per state covered" once gave the states covered by state), "for each office" beside a per-year
// average (once one pooled office-year average), every fiscal year said as 各年度すべてで (once a breakdown by
// fiscal year), and a word of the domain before 「を含む」 (once a title word: "0 offices … containing 所在州").
import { describe, expect, it } from 'vitest'
import { parse, query } from './read.ts'

describe('no broader figure', () => {
  it.each([
    'participants per state covered in FY2022',
    'events per state covered, FY2022',
    'attendance per state reached in FY2021',
    'participants per active office in FY2022',
    'average number of events per fiscal year for each office (FY2017-FY2022)',
    '2021年度に、実施公館の所在州を含む事業は何件ありましたか',
    'テキサス州を含む事業の件数',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })

  it('reads every fiscal year said as 各年度すべてで', () => {
    expect(query('2019年度から2022年度までの各年度すべてで事業を実施した州は何州でしょうか。')).toMatchObject({ intent: 'states_with_min_events', everyFiscalYear: true, answer: 'count', subject: 'state' })
  })

  it('keeps a participant bound beside the states covered, and a title word before を含む', () => {
    expect(query('states covered by events with over 1,000 participants in FY2022')).toMatchObject({ metric: 'states_covered', filters: { participantCount: { gt: 1000 } } })
    expect(query('半導体を含む事業')).toMatchObject({ filters: { text: '半導体' } })
  })
})
