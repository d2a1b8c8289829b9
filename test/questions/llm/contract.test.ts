// The model-facing contract: the JSON Schema rendered from src/questions/query.ts must not change by
// accident. If a deliberate change to the query contract fails this test, regenerate the committed file
// (queryJsonSchema() → test/questions/llm/query-json-schema.json) in the same change, and say so.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { metricSchema, groupBySchema } from '../../../src/questions/query.ts'
import { queryJsonSchema, renderPrompt, referenceLists } from '../../../src/questions/llm/prompt.ts'
import { STATES } from '../../../src/domain/states.ts'
import { FORMATS, ACTIVITY_TYPES } from '../../../src/domain/catalog.ts'

const committed = JSON.parse(readFileSync(new URL('./query-json-schema.json', import.meta.url), 'utf8')) as unknown

describe('language-model contract', () => {
  it('renders the same JSON Schema as the committed contract', () => {
    expect(queryJsonSchema()).toEqual(committed)
  })

  it('names every intent, metric and breakdown of the query contract', () => {
    const text = JSON.stringify(queryJsonSchema())
    for (const intent of ['metric', 'compare', 'first_time_states', 'uncovered_states', 'list_events', 'share', 'median_participants', 'average_events', 'ratio', 'crosstab']) expect(text).toContain(`"${intent}"`)
    for (const m of metricSchema.options) expect(text).toContain(`"${m}"`)
    for (const g of groupBySchema.options) expect(text).toContain(`"${g}"`)
  })

  it('renders the prompt from the catalogue, with no template variable left', async () => {
    const [system, user] = await renderPrompt({ question: 'how many states covered?', asOf: '2023-08-15' })
    const text = String(system?.content)
    expect(text).not.toMatch(/\{\{/)
    for (const s of STATES) expect(text).toContain(`- ${s.code}: ${s.nameEn}`)
    for (const t of ACTIVITY_TYPES) expect(text).toContain(`- ${t.code}:`)
    for (const f of FORMATS) expect(text).toContain(`- ${f.code}:`)
    expect(text).toContain(JSON.stringify(queryJsonSchema()))
    expect(String(user?.content)).toBe('how many states covered?')
    expect(referenceLists().states.split('\n')).toHaveLength(STATES.length)
  })
})
