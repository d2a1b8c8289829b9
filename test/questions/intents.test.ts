// Each intent's module is the one place a kind of question is described: these tests keep the list of
// modules in step with the query contract, the public answer shape and the language-model prompt.
import { describe, expect, it } from 'vitest'
import { answerSchema } from '../../src/questions/answer.ts'
import { INTENT_MODULES, INTENTS, intentModule } from '../../src/questions/intents/index.ts'
import { intentList, renderPrompt } from '../../src/questions/llm/prompt.ts'
import { parseQuestion } from '../../src/questions/parser/index.ts'
import { querySchema } from '../../src/questions/query.ts'

const unionIntents = querySchema.options.map((o) => o.shape.intent.value)
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

describe('intent modules', () => {
  it('has exactly one module per intent of the query contract, and no other', () => {
    expect(new Set(unionIntents).size).toBe(unionIntents.length)
    expect(new Set(INTENTS).size).toBe(INTENT_MODULES.length)
    expect([...INTENTS].sort()).toEqual([...unionIntents].sort())
  })

  it("gives each intent its own member of querySchema as its slots, under its own name", () => {
    for (const member of querySchema.options) {
      const entry = intentModule(member.shape.intent.value)
      expect(entry.intent).toBe(member.shape.intent.value)
      expect(entry.schema).toBe(member)
    }
  })

  it('lists the same intents as the public answer shape', () => {
    expect([...answerSchema.shape.intent.unwrap().options].sort()).toEqual([...INTENTS].sort())
  })

  it('describes every intent, with English and Japanese example questions', () => {
    for (const intent of INTENTS) {
      const { description, examples } = intentModule(intent)
      expect(description.en.trim().length, intent).toBeGreaterThan(20)
      expect(examples.length, intent).toBeGreaterThanOrEqual(2)
      expect(examples.length, intent).toBeLessThanOrEqual(3)
      expect(examples.some((e) => JAPANESE.test(e)), `${intent}: a Japanese example`).toBe(true)
      expect(examples.some((e) => !JAPANESE.test(e)), `${intent}: an English example`).toBe(true)
    }
  })

  // The prompt teaches the model with these examples: each must be a question of its own intent.
  it("has examples that the rule parser reads as the entry's own intent", () => {
    for (const intent of INTENTS) {
      for (const example of intentModule(intent).examples) {
        const parsed = parseQuestion(example, { asOf: '2023-08-15' })
        expect(parsed.kind === 'query' ? parsed.query.intent : parsed.kind, example).toBe(intent)
      }
    }
  })

  it('renders every intent, its description and its examples into the prompt', async () => {
    const [system] = await renderPrompt({ question: 'how many events?', asOf: '2023-08-15' })
    const text = String(system?.content)
    expect(text).toContain(intentList())
    for (const intent of INTENTS) {
      const line = text.split('\n').find((l) => l.startsWith(`- ${intent}: `))
      expect(line, intent).toBeDefined()
      expect(line).toContain(intentModule(intent).description.en)
      for (const example of intentModule(intent).examples) expect(line).toContain(`"${example}"`)
    }
  })
})
