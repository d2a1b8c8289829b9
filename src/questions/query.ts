// The structured query: the contract between language (rules or a language model) and numbers. A question
// becomes one of these; only the executor turns it into figures, by deterministic queries over the events.
// Every parser and the language-model path produce this shape and are validated by these schemas. The slots
// are in slots.ts, each intent's schema in its module (intents/), the union in intents/index.ts.
import { z } from 'zod'
import { localizedSchema } from '../i18n/localized-schema.ts'
import { querySchema } from './intents/index.ts'
import { assumptionSchema } from './slots.ts'
import { MAX_UNUSED_WORDS, unknownReasonSchema } from './unknown.ts'

export * from './slots.ts'
export { INTENTS, querySchema, type Intent, type Query } from './intents/index.ts'
export { MAX_UNUSED_WORDS, unknownReasonSchema, type UnknownReason } from './unknown.ts'
export type { MetricQuery } from './intents/metric.ts'
export { metricQuerySchema } from './intents/metric.ts'
export { compareQuerySchema } from './intents/compare.ts'
export { firstTimeStatesQuerySchema } from './intents/first-time-states.ts'
export { uncoveredStatesQuerySchema } from './intents/uncovered-states.ts'
export { listEventsQuerySchema } from './intents/list-events.ts'

/**
 * No query. With reason `unused_words`, `words` are the words the query could not use, as the user wrote
 * them (in the order of the question), and `understood` is the query built from the rest — never run, only
 * offered as the closest question that can be answered (absent when the rest was no complete question).
 */
export const unknownResultSchema = z
  .object({
    kind: z.literal('unknown'),
    reason: unknownReasonSchema,
    words: z.array(z.string().min(1).max(200)).min(1).max(MAX_UNUSED_WORDS).optional(),
    understood: querySchema.optional(),
  })
  .refine((u) => (u.reason === 'unused_words') === (u.words !== undefined), {
    message: 'words are given exactly when the reason is unused_words',
  })
  .refine((u) => u.understood === undefined || u.reason === 'unused_words', { message: 'understood goes with unused_words only' })

/**
 * What a parser returns: a query, a question back (two or more readings that give different figures), or
 * no query. `assumptions` say what was decided for the user ("2022" read as FY2022) and go into the
 * interpretation line; `confidence` lets the optional language model step in when the rules are unsure.
 */
export const parseResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('query'),
    query: querySchema,
    assumptions: z.array(assumptionSchema).default([]),
    confidence: z.number().min(0).max(1),
  }),
  z.object({
    kind: z.literal('clarify'),
    /**
     * Each option is a complete query; the Slack answer shows them as buttons. One option: the question has
     * other readings that no query holds, and this is the one that can be counted (negation-scope.ts).
     */
    options: z.array(z.object({ label: localizedSchema(z.string()), query: querySchema })).min(1).max(5),
  }),
  unknownResultSchema,
])
export type ParseResult = z.infer<typeof parseResultSchema>
