// The optional language-model path (OPENAI_API_KEY set): when the rules are unsure, an OpenAI-compatible
// model may pick the query instead. It only ever picks a query: its answer is validated with the same
// contract as the rules' (parseResultSchema), anything else — invalid JSON, a shape the schema rejects, an
// HTTP error, a timeout, a refusal — gives null and the caller keeps the rules' result (and onFailure is
// told the mode: the app logs one warn line for each). A figure the model tries to
// add has nowhere to go: unknown keys are dropped by the schema, a question back from the model is never
// used, and the words a "no figure" answer names, like a query's text and partner filters, must stand in
// the question. Numbers are computed by the
// executor alone.
//
// Every word is accounted for, as with the rules: with a query the model returns "used", the phrases of the
// question its query uses (copied from it). Each must stand in the question; whatever content word is left
// (function words of both languages aside, parser/unused.ts) means the query answers a broader question,
// so the result is no figure, naming those words. A query without "used" is not used at all.
import { JsonOutputParser } from '@langchain/core/output_parsers'
import type { BaseMessage } from '@langchain/core/messages'
import OpenAI from 'openai'
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import { normalizeText } from '../../domain/text.ts'
import { z } from 'zod'
import { MAX_QUESTION_CHARS, stripSlackMarkup } from '../parser/index.ts'
import { asciiLower, Scan } from '../parser/scan.ts'
import { unusedSpans } from '../parser/unused.ts'
import { MAX_UNUSED_WORDS, parseResultSchema, type ParseResult } from '../query.ts'
import { renderPrompt } from './prompt.ts'

export const DEFAULT_MODEL = 'gpt-4o-mini'
export const DEFAULT_TIMEOUT_MS = 5000

/** Why a model answer was not used (for logs: never carries the key, the prompt or the answer text). */
export type ModelFailure =
  | 'too_long'
  | 'timeout'
  | 'http_error'
  | 'no_content'
  /** The model declined to answer (the API's `refusal` field). */
  | 'refusal'
  | 'invalid_json'
  | 'schema'
  | 'clarify_not_used'
  /** A query without "used", or with a phrase that is not in the question. */
  | 'spans'

/** The phrases of the question a model's query uses (copied from the question). */
const usedSchema = z.object({ used: z.array(z.string().min(1).max(200)).min(1).max(60) })

/**
 * The content words of `question` that none of `used` covers, as written (at most MAX_UNUSED_WORDS), or
 * null when a phrase of `used` does not stand in the question. Matching ignores ASCII case; every
 * occurrence of a phrase counts as used.
 */
export function wordsNotUsed(question: string, used: readonly string[]): string[] | null {
  const scan = new Scan(question)
  const lower = scan.lower
  for (const phrase of used) {
    const p = asciiLower(normalizeText(phrase))
    if (p.trim() === '') continue
    let at = lower.indexOf(p)
    if (at < 0) return null
    while (at >= 0) {
      scan.consume(at, at + p.length)
      at = lower.indexOf(p, at + p.length)
    }
  }
  return unusedSpans(scan)
    .map((s) => question.slice(s.start, s.end))
    .slice(0, MAX_UNUSED_WORDS)
}

/**
 * Each of `words` as it stands in `question` (matching ignores ASCII case, as wordsNotUsed does), or null
 * when one does not stand in it: a model's "unused words" are shown in the answer, so they must be the user's.
 */
export function wordsInQuestion(question: string, words: readonly string[]): string[] | null {
  const lower = new Scan(question).lower
  const out: string[] = []
  for (const word of words) {
    const w = asciiLower(normalizeText(word))
    const at = w.trim() === '' ? -1 : lower.indexOf(w)
    if (at < 0) return null
    out.push(question.slice(at, at + w.length))
  }
  return out
}

/** The free-text values of a query (its `text` and `partner` filters, wherever they sit): the only strings a query holds that are not codes. */
function freeTextOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'text' || key === 'partner' ? [value] : []
  if (Array.isArray(value)) return value.flatMap((v) => freeTextOf(v, key))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => freeTextOf(v, k))
  return []
}

export interface ModelParserOptions {
  apiKey: string
  baseURL?: string
  model?: string
  /** Whole-call deadline; the caller falls back to the rules after it. */
  timeoutMs?: number
  onFailure?: (reason: ModelFailure) => void
}

export type ModelParser = (text: string, options: { asOf: string }) => Promise<ParseResult | null>

export function createModelParser(options: ModelParserOptions): ModelParser {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const model = options.model ?? DEFAULT_MODEL
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: timeoutMs,
    maxRetries: 0,
  })
  const jsonParser = new JsonOutputParser()
  const fail = (reason: ModelFailure): null => {
    options.onFailure?.(reason)
    return null
  }

  return async (text, { asOf }) => {
    const question = normalizeText(stripSlackMarkup(String(text).slice(0, MAX_QUESTION_CHARS + 1)))
    if (question.length > MAX_QUESTION_CHARS) return fail('too_long')

    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    try {
      const messages = toOpenAiMessages(await renderPrompt({ question, asOf }))
      const completion = await client.chat.completions.create(
        { model, messages, response_format: { type: 'json_object' }, temperature: 0 },
        { signal: controller.signal, timeout: timeoutMs, maxRetries: 0 },
      )
      const message = completion.choices[0]?.message
      if (typeof message?.refusal === 'string' && message.refusal.trim() !== '') return fail('refusal')
      const content = message?.content
      if (typeof content !== 'string' || content.trim() === '') return fail('no_content')
      let json: unknown
      try {
        json = await jsonParser.parse(content)
      } catch {
        return fail('invalid_json')
      }
      const parsed = parseResultSchema.safeParse(json)
      if (!parsed.success) return fail('schema')
      // A question back would show the model's own words as buttons; the model only ever picks a query, so
      // its question backs are not used (the rules' answer stands) — not even one whose labels look harmless.
      if (parsed.data.kind === 'clarify') return fail('clarify_not_used')
      if (parsed.data.kind === 'unknown') {
        if (parsed.data.words === undefined) return parsed.data
        // the words named as unused are shown to the user: only words of the question, as the user wrote them
        const words = wordsInQuestion(question, parsed.data.words)
        return words === null ? fail('spans') : { ...parsed.data, words }
      }
      const spans = usedSchema.safeParse(json)
      const left = spans.success ? wordsNotUsed(question, spans.data.used) : null
      if (left === null) return fail('spans')
      // free-text filters are shown in the answer's interpretation line: only the user's own words
      if (wordsInQuestion(question, freeTextOf(parsed.data.query)) === null) return fail('spans')
      if (left.length > 0) return { kind: 'unknown', reason: 'unused_words', words: left, understood: parsed.data.query }
      return parsed.data
    } catch {
      return fail(timedOut ? 'timeout' : 'http_error')
    } finally {
      clearTimeout(timer)
    }
  }
}

function toOpenAiMessages(messages: BaseMessage[]): ChatCompletionMessageParam[] {
  return messages.map((m) => {
    const content = typeof m.content === 'string' ? m.content : JSON.stringify(m.content)
    return m.getType() === 'system' ? { role: 'system', content } : { role: 'user', content }
  })
}

