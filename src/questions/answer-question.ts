// A question in, an answer out: parse (rules first; a language model only when the rules are unsure, and
// only through the same validated contract) → execute (the only source of figures) → render (both languages).
import { listCategories } from '../store/best-practice-categories.ts'
import type { CategoryTable } from './parser/categories.ts'
import type { Db } from '../store/client.ts'
import { renderAnswer, type Answer } from './answer.ts'
import { executeQuery } from './execute.ts'
import { saysStandardDeviationKind } from './intents/event-stat.ts'
import { parseResultSchema, type ParseResult } from './query.ts'

export interface ParseOptions {
  asOf: string
  categories?: CategoryTable
}

/** The rule-based parser (synchronous, always there). */
export type RuleParse = (text: string, options: ParseOptions) => ParseResult
/** An optional language-model parser; null when it has nothing (not configured, timed out, refused). */
export type ModelParse = (text: string, options: ParseOptions) => Promise<ParseResult | null>

/** Below this, the rules' reading is checked with the model (when there is one). */
export const MODEL_CONFIDENCE_THRESHOLD = 0.6

export interface AnswerQuestionOptions {
  db: Db
  parse: RuleParse
  modelParse?: ModelParse
  /** "Today", 'YYYY-MM-DD', in the configured time zone. */
  asOf: string
  question: string
  /** The best-practice categories whose names the rules read (answerQuestion reads the table when not given). */
  categories?: CategoryTable
}

/**
 * The reading to count with. The model is consulted only when the rules found nothing or are unsure; its
 * output is validated again (it is data from outside), and anything invalid, failing or "unknown" leaves
 * the rules' result in place — except the model's own "these words could not be used" (the model returns
 * the phrases it used, llm/index.ts), shown when the rules understood nothing. When the rules named words they could not use (unused_words), the model is
 * not asked: its reading could not be checked to use those words too, and a reading that drops them answers
 * a broader question than the one asked — the refusal, naming the words, stands.
 */
export async function chooseReading(options: Omit<AnswerQuestionOptions, 'db'>): Promise<ParseResult> {
  const { question, asOf } = options
  if (question.trim() === '') return { kind: 'unknown', reason: 'empty' }
  const rules = parseResultSchema.parse(options.parse(question, { asOf, ...(options.categories ? { categories: options.categories } : {}) }))
  if (rules.kind === 'unknown' && rules.reason === 'unused_words') return rules
  const unsure = rules.kind === 'unknown' || (rules.kind === 'query' && rules.confidence < MODEL_CONFIDENCE_THRESHOLD)
  if (!unsure || options.modelParse === undefined) return rules
  let raw: unknown
  try {
    raw = await options.modelParse(question, { asOf })
  } catch {
    return rules
  }
  const model = parseResultSchema.safeParse(raw)
  if (!model.success) return rules
  // The model's reading left words of the question unused (it says which): no figure. Shown when the rules
  // had nothing to offer; a reading of the rules (which used every word) stands otherwise.
  if (model.data.kind === 'unknown') return model.data.reason === 'unused_words' && rules.kind === 'unknown' ? model.data : rules
  // a standard deviation over n or n − 1 as the question says, never the model's guess (event-stat.ts)
  if (model.data.kind === 'query' && model.data.query.intent === 'event_stat' && !saysStandardDeviationKind(model.data.query.stat, question)) return rules
  return model.data
}

export async function answerQuestion(options: AnswerQuestionOptions): Promise<Answer> {
  const { db, question, asOf } = options
  // the categories are data: the rules read their names from the current table
  const reading = await chooseReading({ ...options, categories: options.categories ?? (await listCategories(db)) })
  if (reading.kind !== 'query') return renderAnswer({ question, parse: reading, asOf })
  const result = await executeQuery(db, reading.query, { asOf })
  return renderAnswer({ question, result, assumptions: reading.assumptions })
}
