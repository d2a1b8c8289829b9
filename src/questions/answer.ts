// The public answer to a question: one JSON shape for the CLI (--json), Slack and tests, and the renderer
// that writes it in both languages from an executor result, through the result's intent module. The renderer
// writes figures; it never makes one: values, rows and items are copied from the result, and the user's
// question is only echoed back in `question`, never into a figure or a sentence.
import { z } from 'zod'
import { todayIn } from '../domain/fiscal-year.ts'
import { answerItemSchema, answerKindSchema, answerRowSchema, bilingualSchema } from './answer-parts.ts'
import type { QueryResult } from './execute.ts'
import { intentModule, intentSchema, querySchema, type Query } from './intents/index.ts'
import { describePeriod } from './intents/shared.ts'
import type { ParseResult } from './query.ts'
import type { Lang } from '../i18n/types.ts'
import { both, type Assumption, type Bilingual, type Wording } from './wording.ts'

export { answerItemSchema, answerKindSchema, answerRowSchema, eventItemSchema, stateItemSchema, type AnswerKind } from './answer-parts.ts'
export { breakdownNotes } from './intents/metric.ts'
export type { Bilingual }

export const answerSchema = z
  .object({
    question: z.string(),
    kind: answerKindSchema,
    intent: intentSchema.nullable(),
    /** Scalar answers only; null for an average over no events. */
    value: z.number().nullable().optional(),
    /** Breakdowns and comparisons, in the order shown. */
    rows: z.array(answerRowSchema).optional(),
    /** Lists: states or events. */
    items: z.array(answerItemSchema).optional(),
    interpretation: bilingualSchema,
    text: bilingualSchema,
    /** Clarify answers: each reading as a complete query (Slack shows them as buttons). */
    options: z.array(z.object({ label: bilingualSchema, query: querySchema })).optional(),
    /** Unknown answers for words the query could not use: those words, as the user wrote them. */
    unusedWords: z.array(z.string()).min(1).optional(),
  })
  .superRefine((a, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', message })
    }
    need((a.kind === 'scalar') === (a.value !== undefined), 'value is given for scalar answers, and only for them')
    need((a.kind === 'breakdown' || a.kind === 'comparison') === (a.rows !== undefined), 'rows go with breakdowns and comparisons')
    need((a.kind === 'list') === (a.items !== undefined), 'items go with lists')
    need((a.kind === 'clarify') === (a.options !== undefined), 'options go with clarify answers')
    need((a.kind === 'clarify' || a.kind === 'unknown') === (a.intent === null), 'intent is null exactly when nothing was counted')
    need(a.unusedWords === undefined || a.kind === 'unknown', 'unused words go with unknown answers only')
  })
export type Answer = z.infer<typeof answerSchema>

export type AnswerInput =
  | { question: string; result: QueryResult; assumptions?: readonly Assumption[] }
  | {
      question: string
      parse: Extract<ParseResult, { kind: 'clarify' | 'unknown' }>
      /** "Today" for the period of a suggested question (default: today in Asia/Tokyo). */
      asOf?: string
    }

/** The interpretation line: what the intent counted, then what was assumed, then the result's notes. */
function interpretation(r: QueryResult, assumptions: readonly Assumption[]): Bilingual {
  const m = intentModule(r.query.intent)
  return both((w, lang) => w.counted([...m.interpretation(r, w, lang), ...assumptions.map((a) => w.assumption(a)), ...r.notes.map((n) => w.note(n))]))
}

function renderResult(question: string, r: QueryResult, assumptions: readonly Assumption[]): Answer {
  const m = intentModule(r.query.intent)
  return { question, intent: r.query.intent, ...m.figures(r), interpretation: interpretation(r, assumptions), text: m.text(r) }
}

/** The fields in the documented order (JSON readers see question, kind, intent, figures, then words). */
function inOrder(a: Answer): Answer {
  return {
    question: a.question,
    kind: a.kind,
    intent: a.intent,
    ...(a.value !== undefined ? { value: a.value } : {}),
    ...(a.rows !== undefined ? { rows: a.rows } : {}),
    ...(a.items !== undefined ? { items: a.items } : {}),
    interpretation: a.interpretation,
    text: a.text,
    ...(a.options !== undefined ? { options: a.options } : {}),
    ...(a.unusedWords !== undefined ? { unusedWords: a.unusedWords } : {}),
  }
}

/** The parts of the interpretation line for a query that is not run (what a refusal understood). */
function understoodParts(q: Query, w: Wording, lang: Lang, asOf: string): string[] {
  return intentModule(q.intent).understood(q, w, lang, asOf)
}

/** The answer in both languages: from an executor result, or for a question back / no figure. */
export function renderAnswer(input: AnswerInput): Answer {
  if ('result' in input) return inOrder(renderResult(input.question, input.result, input.assumptions ?? []))
  const p = input.parse
  if (p.kind === 'clarify') {
    return inOrder({
      question: input.question,
      kind: 'clarify',
      intent: null,
      options: p.options,
      interpretation: both((w) => w.clarifyInterpretation(p.options.length)),
      text: both((w, lang) => w.clarify(p.options.map((o) => o.label[lang]))),
    })
  }
  if (p.reason === 'unused_words' && p.words !== undefined) {
    // Say what was understood and name the words that were not, with the closest question that can be answered.
    const words = p.words
    const understood = p.understood
    const asOf = input.asOf ?? todayIn('Asia/Tokyo')
    return inOrder({
      question: input.question,
      kind: 'unknown',
      intent: null,
      interpretation: both((w) => w.unknownInterpretation),
      text: both((w, lang) => {
        if (understood === undefined) return [w.unusedWords(words), w.examplesHead, ...w.examples.map((e) => `• ${e}`)].join('\n')
        return [w.unusedWords(words), w.understood(understoodParts(understood, w, lang, asOf)), w.suggest(intentModule(understood.intent).question(understood, w, lang, asOf))].join('\n')
      }),
      unusedWords: [...words],
    })
  }
  return inOrder({
    question: input.question,
    kind: 'unknown',
    intent: null,
    interpretation: both((w) => w.unknownInterpretation),
    text: both((w) => [w.unknown(p.reason), w.examplesHead, ...w.examples.map((e) => `• ${e}`)].join('\n')),
  })
}
