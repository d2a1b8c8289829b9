// The slots every intent shares: the metric, the grouping, the period and the filters. Each intent's
// module (src/questions/intents/) builds its schema from these; src/questions/query.ts makes the union.
import { z } from 'zod'
import { activityTypeCodeSchema, formatCodeSchema, themeCodeSchema } from '../domain/catalog.ts'
import { isoDateSchema, officeCodeSchema, stateCodeSchema } from '../domain/event.ts'
import { regionCodeSchema } from '../domain/states.ts'
import { cityIdSchema } from '../domain/cities.ts'

/** A word or phrase to look for in event text: 1–60 characters with at least one letter or digit. */
const searchWordSchema = z.string().min(1).max(60).regex(/[\p{L}\p{N}]/u)

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
  /** Events recorded in this city (src/domain/cities.ts; any spelling of it, case and width aside). */
  city: cityIdSchema.optional(),
  /** Events whose English or Japanese title or summary contains this word (case and width aside). */
  text: searchWordSchema.optional(),
  /** Events with a partner whose name is this word or phrase, or has it as whole words (case and width aside). */
  partner: searchWordSchema.optional(),
})
export type Filters = z.infer<typeof filtersSchema>

/** What a reading decided for the user, said in the interpretation line ("2022" read as FY2022…). */
export const assumptionSchema = z.enum(['year_as_fiscal_year', 'default_metric_events', 'dc_not_a_state', 'latest_fy_for_first_time'])
export type Assumption = z.infer<typeof assumptionSchema>
