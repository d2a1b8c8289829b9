// The structured query: the contract between language (rules or a language model) and numbers. A question
// becomes one of these; only the executor turns it into figures, by deterministic queries over the events.
// Every parser and the language-model path produce this shape and are validated by these schemas.
import { z } from 'zod'
import { activityTypeCodeSchema, formatCodeSchema, themeCodeSchema } from '../domain/catalog.ts'
import { isoDateSchema, officeCodeSchema, stateCodeSchema } from '../domain/event.ts'
import { regionCodeSchema } from '../domain/states.ts'

export const metricSchema = z.enum(['events', 'participants', 'states_covered', 'offices_active', 'avg_participants'])
export type Metric = z.infer<typeof metricSchema>

export const groupBySchema = z.enum(['fiscal_year', 'state', 'region', 'office', 'activity_type', 'theme', 'format', 'month'])
export type GroupBy = z.infer<typeof groupBySchema>

const fiscalYear = z.number().int().min(1989).max(2100)

/**
 * A period. Relative fiscal years ("this FY" = offset 0, "last FY" = -1) stay relative in the query and are
 * resolved against the as-of date when the query runs, so the same question always parses the same way.
 */
export const periodSchema = z.discriminatedUnion('kind', [
  /** Every recorded event (累計, cumulative, "so far", "ever"). */
  z.object({ kind: z.literal('all') }),
  /** Fiscal years `from`..`to` inclusive; `to` omitted = through the current FY ("since FY2017"). */
  z.object({ kind: z.literal('fy'), from: fiscalYear, to: fiscalYear.optional() }),
  z.object({ kind: z.literal('fy_relative'), offset: z.number().int().min(-50).max(0) }),
  /** Calendar dates, inclusive (calendar years, months, "from May to July 2022"). */
  z.object({ kind: z.literal('dates'), from: isoDateSchema, to: isoDateSchema }),
])
export type Period = z.infer<typeof periodSchema>

export const filtersSchema = z.object({
  period: periodSchema.default({ kind: 'all' }),
  states: z.array(stateCodeSchema).optional(),
  regions: z.array(regionCodeSchema).optional(),
  offices: z.array(officeCodeSchema).optional(),
  types: z.array(activityTypeCodeSchema).optional(),
  themes: z.array(themeCodeSchema).optional(),
  formats: z.array(formatCodeSchema).optional(),
  bestPractice: z.boolean().optional(),
  /** Only events in a state that hosts no diplomatic office (総領事館が所在しない地域). */
  withoutOffice: z.boolean().optional(),
})
export type Filters = z.infer<typeof filtersSchema>

// One schema per intent (the slots of each kind of question); src/questions/catalogue.ts gives each its
// description, executor and answer text.

/** A figure, or a breakdown of it when groupBy is set (top N: the N largest groups). */
export const metricQuerySchema = z.object({
  intent: z.literal('metric'),
  metric: metricSchema,
  filters: filtersSchema,
  groupBy: groupBySchema.optional(),
  top: z.number().int().min(1).max(100).optional(),
})

/** The same figure for two periods, side by side, with the difference. */
export const compareQuerySchema = z.object({
  intent: z.literal('compare'),
  metric: metricSchema,
  filters: filtersSchema,
  periods: z.tuple([periodSchema, periodSchema]),
})

/** States (50, DC apart) with an event in the period and none in any earlier fiscal year. */
export const firstTimeStatesQuerySchema = z.object({ intent: z.literal('first_time_states'), filters: filtersSchema })

/** States (50, DC apart) with no event in the period. */
export const uncoveredStatesQuerySchema = z.object({ intent: z.literal('uncovered_states'), filters: filtersSchema })

/** The events matching the filters, newest first. */
export const listEventsQuerySchema = z.object({
  intent: z.literal('list_events'),
  filters: filtersSchema,
  limit: z.number().int().min(1).max(100).default(20),
})

// The union is spelled out here rather than built from the catalogue: the catalogue imports the executor
// and the renderer, and answer.ts builds its schema from querySchema while it loads, so importing the
// catalogue here would make an import cycle that reads a value before it exists.
// test/questions/catalogue.test.ts checks that the union and the catalogue list the same intents.
export const querySchema = z.discriminatedUnion('intent', [
  metricQuerySchema,
  compareQuerySchema,
  firstTimeStatesQuerySchema,
  uncoveredStatesQuerySchema,
  listEventsQuerySchema,
])
export type Query = z.infer<typeof querySchema>
export type Intent = Query['intent']

/**
 * Why a question gets no figure. `unused_words`: the question holds words no part of the query would use
 * (a city, a negation, "Q2"…); answering without them would answer a broader question, so there is no
 * figure, and the words are named.
 */
export const unknownReasonSchema = z.enum(['out_of_scope', 'empty', 'not_understood', 'unused_words'])
export type UnknownReason = z.infer<typeof unknownReasonSchema>

/** The most words an unused_words result names (a longer question is refused with the first ones). */
export const MAX_UNUSED_WORDS = 10

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
    assumptions: z.array(z.enum(['year_as_fiscal_year', 'default_metric_events', 'dc_not_a_state', 'latest_fy_for_first_time'])).default([]),
    confidence: z.number().min(0).max(1),
  }),
  z.object({
    kind: z.literal('clarify'),
    /** Each option is a complete query; the Slack answer shows them as buttons. */
    options: z.array(z.object({ label: z.object({ en: z.string(), ja: z.string() }), query: querySchema })).min(2).max(5),
  }),
  unknownResultSchema,
])
export type ParseResult = z.infer<typeof parseResultSchema>
