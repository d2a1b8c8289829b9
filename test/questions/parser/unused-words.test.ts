// Bug (product owner's new-user trial): the parser dropped words it did not understand and answered a
// broader question with a confident figure ("events in Milwaukee" → every event). Every content word must
// now be used, or the result names it (unused_words) and gives no query.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { renderAnswer } from '../../../src/questions/answer.ts'
import { parseResultSchema } from '../../../src/questions/query.ts'

const asOf = '2023-08-15'

function unusedWords(q: string): string[] {
  const r = parseResultSchema.parse(parseQuestion(q, { asOf }))
  expect(r, q).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  return r.kind === 'unknown' ? (r.words ?? []) : []
}

describe('bug: words the parser could not use were dropped and a broader figure given', () => {
  // [question, a word that must be named, as written]
  const cases: [string, string][] = [
    ['how many events did we hold in Kalamazoo?', 'Kalamazoo'],
    ['半導体の事業は？', '半導体'],
    ['any semiconductor events?', 'semiconductor'],
    ['Toyota events', 'Toyota'],
    // periods that do not exist (the real ones are read: period-forms.test.ts)
    ['events in Q5 of FY2021', 'Q5'],
    ['2021年度第5四半期の件数', '第5四半期'],
    ['Q2 2022 vs Q2 2021 events', 'Q2 2022'],
    ['events since 2022-13-01', 'since 2022-13-01'],
    ['2022年13月以降の件数', '2022年13月以降'],
    ['events in the last 0 days', 'last 0 days'],
    ['令和0年6月の案件数', '令和0年6月'],
    ['平成32年の件数', '平成32年'],
    ['昨年度の参加社数', '参加社数'],
    ['1か月あたりの参加者数', '1か月あたり'],
    ['月平均の延べ参加者数', '月平均'],
    // a negation whose scope is unclear, or doubled (the negated filters are read: structure-filters.test.ts)
    ['events in Texas, not Ohio', 'not'],
    ['オンライン以外ではない事業', 'ではない'],
    ['who heads the consulate in Denver?', 'who heads'],
    ['how many Japanese firms are in Ohio?', 'Japanese firms'],
    ['ＫＡＬＡＭＡＺＯＯの件数', 'ＫＡＬＡＭＡＺＯＯ'],
    ['events w/o Toyota', 'w/o Toyota'],
  ]
  for (const [q, word] of cases) {
    it(`names “${word}” in ${q}`, () => {
      expect(unusedWords(q)).toContain(word)
    })
  }

  it('answers exactly what it supports among them: a tilde range and "which 5 offices"', () => {
    expect(parseQuestion('2022年4月~6月の件数', { asOf })).toMatchObject({
      kind: 'query',
      query: { filters: { period: { kind: 'dates', from: '2022-04-01', to: '2022-06-30' } } },
    })
    expect(parseQuestion('which 5 offices had the most events?', { asOf })).toMatchObject({ kind: 'query', query: { groupBy: 'office', top: 5 } })
  })

  it('keeps the query built from the rest, to suggest it, never to run it', () => {
    // (not with a negation left unused: see 'a negation left unused' below)
    const r = parseQuestion('online events in Kalamazoo in FY2022', { asOf })
    expect(r).toMatchObject({ understood: { intent: 'metric', metric: 'events', filters: { formats: ['online'], period: { kind: 'fy', from: 2022 } } } })
  })

  it('says in both languages what it understood and which words it could not use, with no figure', () => {
    const r = parseQuestion('how many events did we hold in Kalamazoo?', { asOf })
    if (r.kind !== 'unknown') throw new Error('expected unknown')
    const a = renderAnswer({ question: 'q', parse: r, asOf })
    expect(a.kind).toBe('unknown')
    expect(a.value).toBeUndefined()
    expect(a.unusedWords).toEqual(['Kalamazoo'])
    expect(a.text.en).toContain('I can\'t use “Kalamazoo” in this question yet, so I give no figure.')
    expect(a.text.en).toContain('I understood: events · all records')
    expect(a.text.en).toContain('Try: “How many events so far?”')
    expect(a.text.ja).toContain('「Kalamazoo」はまだ集計条件として扱えないため、数値はお答えできません。')
    expect(a.text.ja).toContain('読み取れた条件：実施件数・累計')
  })
})

describe('a negation left unused', () => {
  // "excluding online" understood as "online" would offer the opposite question as the closest one
  it.each(['not excluding online events', 'events in Texas, not Ohio', 'オンライン以外ではない事業の件数', 'events outside Chicago'])(
    '%s: names the word and offers no question built from the rest',
    (q) => {
      const r = parseQuestion(q, { asOf })
      expect(r).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
      expect(r).not.toHaveProperty('understood')
      if (r.kind !== 'unknown') throw new Error('expected no figure')
      const answer = renderAnswer({ question: q, parse: r, asOf })
      expect(answer.text.en).not.toMatch(/Try:|I understood/)
      expect(answer.text.ja).not.toMatch(/次のご質問|読み取れた条件/)
    },
  )
})
