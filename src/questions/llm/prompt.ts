// The language-model prompt, rendered from the catalogues: the intents with when to use them and example
// questions (src/questions/catalogue.ts), the JSON Schema of the query contract (src/questions/query.ts)
// and the reference data codes (src/domain). Nothing here is a hand-copied list,
// so adding an office, a theme or an intent changes the prompt by itself. The template text lives in
// prompts/question-to-query.md.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ChatPromptTemplate } from '@langchain/core/prompts'
import type { BaseMessage } from '@langchain/core/messages'
import { z } from 'zod'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { OFFICES } from '../../domain/offices.ts'
import { REGIONS, STATES } from '../../domain/states.ts'
import { INTENT_MODULES } from '../intents/index.ts'
import { parseResultSchema } from '../query.ts'

export const PROMPT_PATH = fileURLToPath(new URL('../../../prompts/question-to-query.md', import.meta.url))

/** The JSON Schema the model must follow: the parse-result contract, input side (defaults optional). */
export function queryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(parseResultSchema, { io: 'input', reused: 'ref', unrepresentable: 'any' }) as Record<string, unknown>
}

/** The reference codes, one per line, as the prompt lists them. */
export function referenceLists(): Record<'offices' | 'states' | 'regions' | 'types' | 'themes' | 'formats', string> {
  return {
    offices: OFFICES.map((o) => `- ${o.code}: ${o.nameEn} / ${o.nameJa} (${o.states.join(', ')})`).join('\n'),
    states: STATES.map((s) => `- ${s.code}: ${s.nameEn} / ${s.nameJa} [${s.region}]${s.isState ? '' : ' (not a state)'}`).join('\n'),
    regions: REGIONS.map((r) => `- ${r.code}: ${r.nameEn} / ${r.nameJa}`).join('\n'),
    types: ACTIVITY_TYPES.map((t) => `- ${t.code}: ${t.en} / ${t.ja}`).join('\n'),
    themes: THEMES.map((t) => `- ${t.code}: ${t.en} / ${t.ja}`).join('\n'),
    formats: FORMATS.map((f) => `- ${f.code}: ${f.en} / ${f.ja}`).join('\n'),
  }
}

/** The intents, one per line: name, when to use it, and example questions. */
export function intentList(): string {
  return INTENT_MODULES.map((m) => `- ${m.intent}: ${m.description.en} Examples: ${m.examples.map((e) => `"${e}"`).join('; ')}`).join('\n')
}

let template: ChatPromptTemplate | undefined

function promptTemplate(): ChatPromptTemplate {
  // Mustache, so the JSON examples in the template need no brace escaping; values are not HTML-escaped.
  template ??= ChatPromptTemplate.fromMessages(
    [
      ['system', readFileSync(PROMPT_PATH, 'utf8')],
      ['human', '{{question}}'],
    ],
    { templateFormat: 'mustache' },
  )
  return template
}

/** The system and user messages for one question. */
export async function renderPrompt(input: { question: string; asOf: string }): Promise<BaseMessage[]> {
  return promptTemplate().formatMessages({
    ...referenceLists(),
    intents: intentList(),
    schema: JSON.stringify(queryJsonSchema()),
    asOf: input.asOf,
    question: input.question,
  })
}
