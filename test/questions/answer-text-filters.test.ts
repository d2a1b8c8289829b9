// Answers with a city, word or partner filter, in both languages: the interpretation line and the headline
// say what was counted ("Milwaukee (city)", 「ミルウォーキー市」, the word and the partner as written).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/questions/answer-question.ts'
import { parseQuestion } from '../../src/questions/parser/index.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents } from './fixtures.ts'

const dir = tmpDir('grassroots-answer-text-')
const AS_OF = '2024-06-15'
let store: Store

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/a.db` })
  await storeEvents(store.db, makeEvents(120, 5))
})
afterAll(async () => {
  await store.close()
})

const ask = (question: string) => answerQuestion({ db: store.db, parse: (q) => parseQuestion(q, { asOf: AS_OF }), asOf: AS_OF, question })

describe('answers with text filters', () => {
  it('names the city in both languages', async () => {
    const a = await ask('how many events did we hold in Milwaukee?')
    expect(a.text.en).toContain('Milwaukee (city)')
    expect(a.text.ja).toContain('ミルウォーキー市')
  })

  it('names the word looked for, and where: in the titles when asked so, else in titles and summaries', async () => {
    const titles = await ask('タイトルに「半導体」を含む事業は何件ですか')
    expect(titles.text.en).toContain('titles containing “半導体”')
    expect(titles.text.ja).toContain('タイトルに「半導体」を含む事業')
    const both = await ask('「半導体」を含む事業は何件ですか')
    expect(both.text.en).toContain('titles or summaries containing “半導体”')
    expect(both.text.ja).toContain('タイトル・概要に「半導体」を含む事業')
  })

  it('names the partner', async () => {
    const a = await ask('events with JETRO as a partner in FY2022')
    expect(a.text.en).toContain('with partner “JETRO”')
    expect(a.text.ja).toContain('パートナー「ジェトロ（JETRO）」')
  })
})
