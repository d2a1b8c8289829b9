// Fuzzing whole answers (parser, optional reading choice, executor, wording, Slack blocks) on a real SQLite
// file, where the parser's own property tests (test/questions/parser/fuzz.test.ts) stop at the reading:
// random strings and mixtures of domain words, hostile strings and numbers never make an answer throw or
// break its contract, user text never becomes a mention, and known pieces plus one unknown word never get
// a figure.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSchema } from '../../src/questions/answer.ts'
import { createQuestionService } from '../../src/services/questions.ts'
import type { QuestionService } from '../../src/services/plugins.ts'
import { buildAnswer } from '../../src/slack/blocks/answer.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents } from '../questions/fixtures.ts'
import { DOMAIN_WORDS, HOSTILE, knownPiecesWithUnknownWord } from '../questions/fuzz-inputs.ts'
import { assertNothingLeaks, fuzz, watchUnhandled } from './budget.ts'

const dir = tmpDir('grassroots-fuzz-questions-')
const unhandled = watchUnhandled()
let store: Store
let questions: QuestionService
const NOW = new Date('2024-06-15T03:00:00Z')

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/questions.db` })
  await storeEvents(store.db, makeEvents(300, 5))
  questions = createQuestionService({ db: store.db, timeZone: 'Asia/Tokyo', clock: () => NOW })
})
afterAll(async () => {
  await store.close()
  unhandled.stop()
  expect(unhandled.errors.map(String)).toEqual([])
})

/** Mentions a question could smuggle in: in an answer they must arrive escaped (&lt;!channel&gt;). */
const MENTIONS = /<!channel>|<!here>|<!everyone>|<@U0123ABC>|<#C123\|general>|<https:\/\/example\.com\|click>/

async function answerChecked(q: string, lang: 'en' | 'ja') {
  const answer = await questions.answer(q, { userId: 'U0FUZZ', lang })
  const parsed = answerSchema.safeParse(answer)
  expect(parsed.success, `${q} → ${JSON.stringify(parsed.error?.issues ?? [])}`).toBe(true)
  const message = buildAnswer(answer, lang)
  const shown = `${message.text}${JSON.stringify(message.blocks)}`
  assertNothingLeaks(shown, [])
  expect(shown, q).not.toMatch(MENTIONS)
  return answerSchema.parse(answer)
}

const piece = fc.oneof(
  fc.constantFrom(...DOMAIN_WORDS),
  fc.constantFrom(...HOSTILE),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
  fc.string({ maxLength: 8 }),
)
const lang = fc.constantFrom('en', 'ja') as fc.Arbitrary<'en' | 'ja'>

describe('question fuzzing (whole answers)', () => {
  it('answers random strings and mixtures of known and hostile pieces without throwing, within the answer contract', async () => {
    await fuzz(
      'questions (answers)',
      { modest: 200, full: 15_000 },
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(' '))),
        lang,
        async (q, l) => {
          await answerChecked(q, l)
        },
      ),
    )
  })

  it('never gives a figure for known pieces plus one unknown word', async () => {
    await fuzz(
      'questions (answers, unknown word)',
      { modest: 150, full: 10_000 },
      fc.asyncProperty(knownPiecesWithUnknownWord, lang, async (q, l) => {
        const a = await answerChecked(q, l)
        expect(['unknown', 'clarify'], `${q} → ${a.kind}`).toContain(a.kind)
        expect(a.value).toBeUndefined()
        expect(a.rows).toBeUndefined()
        expect(a.items).toBeUndefined()
      }),
    )
  })
})
