// What one intent is: everything about one kind of question in one module — its slots (a zod schema built
// from src/questions/slots.ts), when to use it and examples (what the language model and the tests see),
// its deterministic executor, and its answer in every language. src/questions/intents/index.ts lists the
// modules; the query union, the catalogue of the prompt and the dispatch of the executor and the renderer
// are all built from that list, so adding a kind of question is adding one module to it.
import type { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import type { AnswerFigures } from '../answer-parts.ts'
import type { ExecuteContext, QueryCore } from '../results.ts'
import type { Bilingual, Wording } from '../wording.ts'

export interface IntentModule<I extends string, Q extends QueryCore & { intent: I }, R> {
  intent: I
  /** The intent's slots: its member of the query union. */
  schema: z.ZodType<Q, unknown>
  /** When to use it, for the language-model prompt: one or two sentences. */
  description: { en: string }
  /** Questions it answers, in English and Japanese, for the language-model prompt. */
  examples: readonly string[]
  /** The deterministic query over the recorded events. */
  execute: (db: Db, query: Q, ctx: ExecuteContext) => Promise<R>
  /** The answer text for its result, in every language. */
  text: (result: R) => Bilingual
  /** The figures of the public answer (value, rows or items), copied from the result. */
  figures: (result: R) => AnswerFigures
  /** What was counted, for the interpretation line (before assumptions and notes), in one language. */
  interpretation: (result: R, w: Wording, lang: Lang) => string[]
  /** What a query that is not run stands for (a refusal's "I understood"), with no data read. */
  understood: (query: Q, w: Wording, lang: Lang, asOf: string) => string[]
  /** The query as a question a user could ask (a refusal's suggestion), in one language, with no data read. */
  question: (query: Q, w: Wording, lang: Lang, asOf: string) => string
}

/** An intent module of any intent (for lists and dispatch). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyIntentModule = IntentModule<string, any, any>
