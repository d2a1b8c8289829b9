// Every Japanese answer to every question of the development and blind sets, written as the bureau writes it:
// dates as 2023年3月5日 (never YYYY-MM-DD), months as 4月 (never "Apr"), no emoji, a consulate named
// 在シカゴ総領事館 in a sentence, and a large number of people never given rounded alone (every 約 is the 万
// reading of the exact figure before it). Run over seeded events stored in a real SQLite file, through the
// same path as `grassroots ask` (rules → executor → renderer).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/questions/answer-question.ts'
import type { Answer } from '../../src/questions/answer.ts'
import { parseQuestion } from '../../src/questions/parser/index.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { BLIND } from './devset/blind.ts'
import { ASOF, DEVSET } from './devset/devset.ts'
import { makeEvents, storeEvents } from './fixtures.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const jsonQuestions = (file: string): string[] => (JSON.parse(fs.readFileSync(path.join(here, 'devset', file), 'utf8')) as Array<{ q: string }>).map((x) => x.q)

/** Every question of the sets, once. */
const QUESTIONS = [...new Set([...DEVSET.map((d) => d.q), ...BLIND.map((b) => b.q), ...jsonQuestions('blind-3.json'), ...jsonQuestions('blind-2026-11.json'), ...jsonQuestions('blind-4.json'), ...jsonQuestions('blind-5.json'), ...jsonQuestions('blind-6.json'), ...jsonQuestions('blind-7.json'), ...jsonQuestions('blind-8.json'), ...jsonQuestions('blind-9.json'), ...jsonQuestions('blind-10.json'), ...jsonQuestions('blind-11.json'), ...jsonQuestions('blind-12.json'), ...jsonQuestions('blind-13.json'), ...jsonQuestions('blind-14.json'), ...jsonQuestions('blind-15.json'), ...jsonQuestions('blind-16.json'), ...jsonQuestions('blind-17.json'), ...jsonQuestions('blind-18.json'), ...jsonQuestions('blind-19.json'), ...jsonQuestions('blind-20.json')])]

const dir = tmpDir('grassroots-answer-ja-form-')
let store: Store

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/answers.db` })
  // participants up to 5,000 an event: totals over 100,000, so the 万 reading appears
  await storeEvents(store.db, makeEvents(400, 2023))
})
afterAll(() => store.close())

/** Every Japanese text of an answer: each `ja` of its bilingual parts (text, interpretation, items, options). */
function japaneseTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) japaneseTexts(v, out)
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'ja' && typeof v === 'string') out.push(v)
      else japaneseTexts(v, out)
    }
  }
  return out
}

/** A text without what it quotes of the user's own words (an answer that could not use them names them). */
const withoutUserWords = (text: string, a: Answer): string => (a.unusedWords ?? []).reduce((t, w) => t.split(w).join('…'), text)

// an ISO date or month (2023-03-05, 2022-04) in Japanese text; not a digit run inside a longer number
const ISO_DATE = /(?<!\d)\d{4}-\d{2}(?!\d)/
const EMOJI = /\p{Extended_Pictographic}|:[a-z_]+:/u
const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/

describe('Japanese answers as the bureau writes them, over the development and blind sets', () => {
  it(`holds for each of the ${QUESTIONS.length} questions`, async () => {
    expect(QUESTIONS.length).toBeGreaterThan(1000)
    let withMan = 0
    const problems: string[] = []
    const check = (ok: boolean, what: string, where: string) => {
      if (!ok) problems.push(`${what}: ${where}`)
    }
    for (const question of QUESTIONS) {
      const a = await answerQuestion({ db: store.db, parse: parseQuestion, asOf: ASOF, question })
      for (const raw of japaneseTexts({ text: a.text, interpretation: a.interpretation, items: a.items, options: a.options })) {
        const text = withoutUserWords(raw, a)
        const where = `${question} → ${text}`
        check(!ISO_DATE.test(text), 'ISO date', where)
        check(!EMOJI.test(text), 'emoji', where)
        check(!ENGLISH_MONTH.test(text), 'English month', where)
        // a consulate in a sentence is 在…総領事館; in a table or list row …総
        // (not checked in the readings of a question back: their labels are written by the question parser, which
        // still names the Los Angeles consulate ロサンゼルス総領事館)
        if (a.kind !== 'clarify') for (const m of text.matchAll(/(.)([\u30a1-\u30f6\u30fc]+)総領事館/gu)) check(m[1] === '在', 'office name', where)
        // 約 only as the 万 reading of the exact figure just before it (or a share read in 割: 17.2%（約2割）)
        const readings = [...text.matchAll(/([\d,]+)([^\d,（]{1,2})（約([\d,]+)万\2）/gu)]
        check(readings.length === text.replace(/約[\d.]+割/gu, '').split('約').length - 1, '約 without its exact figure', where)
        for (const [, exact = '', , man = ''] of readings) check(Math.round(Number(exact.replace(/,/g, '')) / 10_000) === Number(man.replace(/,/g, '')), '万 reading', where)
        withMan += readings.length
      }
    }
    expect(problems).toEqual([])
    // the property was exercised: some answers gave large numbers of people
    expect(withMan).toBeGreaterThan(10)
  }, 300_000)
})
