// The parts of the public answer that carry figures (rows, items) and the text in both languages: the
// shapes every intent module fills in, apart from the answer itself (answer.ts), so that intent modules
// can build them without importing the renderer.
import { z } from 'zod'
import { localizedSchema } from '../i18n/localized-schema.ts'

export const bilingualSchema = localizedSchema(z.string())

export const answerKindSchema = z.enum(['scalar', 'breakdown', 'list', 'comparison', 'clarify', 'unknown'])
export type AnswerKind = z.infer<typeof answerKindSchema>

export const answerRowSchema = z.object({
  /** Fiscal year "2022", month "2022-05", USPS code, or a region/office/type/theme/format code. */
  key: z.string(),
  value: z.number().nullable(),
})

export const stateItemSchema = z.object({
  type: z.literal('state'),
  key: z.string(),
  name: bilingualSchema,
  /** For "when was it first covered" answers: the fiscal year of the state's first event. */
  firstFiscalYear: z.number().int().optional(),
  /** For "states with at least N events" answers: the state's events in the period (multi-state events count in each). */
  events: z.number().int().optional(),
})

/** An office (在外公館) of a list answer: its code (src/domain/offices.ts) and short name in both languages. */
export const officeItemSchema = z.object({
  type: z.literal('office'),
  key: z.string(),
  name: bilingualSchema,
})

export const eventItemSchema = z.object({
  type: z.literal('event'),
  id: z.number().int(),
  date: z.string(),
  endDate: z.string().nullable(),
  office: z.string(),
  states: z.array(z.string()),
  title: localizedSchema(z.string().nullable()),
  activityType: z.string(),
  format: z.string(),
  themes: z.array(z.string()),
  participants: z.number().int(),
  bestPractice: z.boolean(),
  /** The recorded cost in yen, in answers about costs (the most expensive event); null = not recorded. */
  costYen: z.number().int().nullable().optional(),
})

export const answerItemSchema = z.discriminatedUnion('type', [stateItemSchema, eventItemSchema, officeItemSchema])

/** The figures of an answer, by kind: a value, rows (breakdowns and comparisons) or items (lists). */
export type AnswerFigures =
  | { kind: 'scalar'; value: number | null }
  | { kind: 'breakdown' | 'comparison'; rows: Array<z.infer<typeof answerRowSchema>> }
  | { kind: 'list'; items: Array<z.infer<typeof answerItemSchema>> }
