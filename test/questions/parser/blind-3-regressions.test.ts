// Wrong figures the third blind set found on its first run (test/questions/devset/blind-3.json), each kind
// with a question in both languages: now no figure (named words or not understood), never another question's.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'

const asOf = '2023-08-15'

describe('kinds of wrong figure found by the third blind set', () => {
  it('an average of states or offices per event is not the average of participants', () => {
    for (const q of ['average offices per event', 'average number of offices per event']) {
      const r = parseQuestion(q, { asOf })
      expect(r.kind, q).toBe('unknown')
    }
    // states per event are their own statistic (event_stat avg_states), never the average of participants
    for (const q of ['average number of states per event', '1件あたりの平均州数']) {
      expect(parseQuestion(q, { asOf }), q).toMatchObject({ kind: 'query', query: { intent: 'event_stat', stat: 'avg_states' } })
    }
    // participants per event still are
    expect(parseQuestion('average participants per event in FY2022', { asOf })).toMatchObject({ kind: 'query', query: { metric: 'avg_participants' } })
  })

  it('"in both FY2021 and FY2022" (what two periods share) is not a comparison of the two', () => {
    // answered since: the states with an event in each of the two periods (period_difference, op both)
    for (const q of ['how many states had events in both FY2021 and FY2022?', '2021年度と2022年度の両方で実施した州の数']) {
      expect(parseQuestion(q, { asOf }), q).toMatchObject({ kind: 'query', query: { intent: 'period_difference', op: 'both', answer: 'count' } })
    }
    expect(parseQuestion('compare events in FY2021 and FY2022', { asOf })).toMatchObject({ kind: 'query', query: { intent: 'compare' } })
  })

  it('前年度 next to 前々年度 is last FY (both counted from today), not the year before 前々年度', () => {
    expect(parseQuestion('前年度と前々年度の網羅州数を比べたい', { asOf })).toMatchObject({
      kind: 'query',
      query: { intent: 'compare', metric: 'states_covered', periods: [{ kind: 'fy_relative', offset: -2 }, { kind: 'fy_relative', offset: -1 }] },
    })
    // after a named fiscal year, 前年度 is still the year before it
    expect(parseQuestion('2022年度と前年度の件数を比較', { asOf })).toMatchObject({
      kind: 'query',
      query: { intent: 'compare', periods: [{ kind: 'fy', from: 2021, to: 2021 }, { kind: 'fy', from: 2022, to: 2022 }] },
    })
  })

  it('the District of Columbia is DC, never Columbia the city', () => {
    for (const q of ['今年度のコロンビア特別区（DC）の実施件数は？', 'events in the District of Columbia in FY2022']) {
      const r = parseQuestion(q, { asOf })
      expect(r.kind === 'query' ? r.query.filters : r, q).toMatchObject({ states: ['DC'] })
      expect(r.kind === 'query' && r.query.filters.city, q).toBeFalsy()
    }
  })
})
