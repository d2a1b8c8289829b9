// The slots every intent shares: the metric, the grouping, the period and the filters. Each intent's
// module (src/questions/intents/) builds its schema from these; src/questions/query.ts makes the union.
import { z } from 'zod'
import { activityTypeCodeSchema, formatCodeSchema, themeCodeSchema } from '../domain/catalog.ts'
import { isoDateSchema, officeCodeSchema, stateCodeSchema } from '../domain/event.ts'
import { regionCodeSchema } from '../domain/states.ts'
import { cityIdSchema } from '../domain/cities.ts'
import { bestPracticeCategoryCodeSchema } from '../domain/best-practice-category.ts'

/** A word or phrase to look for in event text: 1–60 characters with at least one letter or digit. */
const searchWordSchema = z.string().min(1).max(60).regex(/[\p{L}\p{N}]/u)

/**
 * `cities`: the distinct cities of the matched events that record one (events without a city are not
 * counted), a city of the reference list (src/domain/cities.ts) by its id whatever the spelling, any other by
 * its recorded name (case and width aside); a name shared by cities in two states counts once.
 */
export const metricSchema = z.enum(['events', 'participants', 'states_covered', 'offices_active', 'avg_participants', 'cities'])
export type Metric = z.infer<typeof metricSchema>

/**
 * A breakdown's dimension. `month`: calendar months of the start date ('2022-05'); `fiscal_quarter`: the
 * quarters of each fiscal year (Q1 = Apr–Jun, Q2 = Jul–Sep, Q3 = Oct–Dec, Q4 = Jan–Mar; '2022-q1');
 * `weekday`: the day of the week of the start date ('mon'…'sun', Monday first; a multi-day event counts
 * once, on the day it starts); `month_of_year`: the calendar month of the start date across years ('01'…'12',
 * January first: every year's May events are one group).
 */
/**
 * `city`: the recorded city (a reference city's id, any other city by its recorded name; events without a
 * city are in no group); `best_practice_category`: Event.bestPracticeCategory (events filed under none are
 * in no group).
 */
export const groupBySchema = z.enum(['fiscal_year', 'state', 'region', 'office', 'activity_type', 'theme', 'format', 'month', 'fiscal_quarter', 'weekday', 'city', 'best_practice_category', 'month_of_year'])
export type GroupBy = z.infer<typeof groupBySchema>

/** The dimensions whose groups are also values of a list filter, and that filter (one group: `[key]`). */
export const GROUP_FILTER = {
  office: 'offices',
  state: 'states',
  region: 'regions',
  activity_type: 'types',
  theme: 'themes',
  format: 'formats',
} as const satisfies Partial<Record<GroupBy, string>>

const fiscalYear = z.number().int().min(1989).max(2100)

/** Quarters and halves of a (Japanese, April-start) fiscal year. */
export const fyPartSchema = z.enum(['q1', 'q2', 'q3', 'q4', 'h1', 'h2'])
export type FyPart = z.infer<typeof fyPartSchema>

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
  /** A quarter or half of a fiscal year (FY2021 Q2 = 2021-07-01..2021-09-30; H1 = Apr–Sep, H2 = Oct–Mar). */
  z.object({ kind: z.literal('fy_part'), fy: fiscalYear, part: fyPartSchema }),
  /** A quarter or half of a fiscal year relative to the as-of date's (offset 0 = this FY's). */
  z.object({ kind: z.literal('fy_part_relative'), offset: z.number().int().min(-50).max(0), part: fyPartSchema }),
  /** From a date (inclusive) to the as-of date: "since 2022-07-01", 2022年7月1日以降, "after August 2022". */
  z.object({ kind: z.literal('dates_since'), from: isoDateSchema }),
  /** From the first recorded event to a date (inclusive): "until 2022-06-30", 2022年6月以前, "before 2022". */
  z.object({ kind: z.literal('dates_until'), to: isoDateSchema }),
  /**
   * A rolling window ending at the as-of date, inclusive: the last `n` days (n days), weeks (7n days) or
   * months (from the day after the same date n months before). Stays relative in the query.
   */
  z.object({ kind: z.literal('recent'), n: z.number().int().min(1).max(400), unit: z.enum(['days', 'weeks', 'months']) }),
])
export type Period = z.infer<typeof periodSchema>

/** A day of the week ('mon'…'sun'), as the weekday breakdown keys it. */
export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])

/** The largest cost an event can have (Event.costYen is a 32-bit integer). */
export const MAX_COST_YEN = 2_147_483_647

/** Integer bounds, each optional: gt = more than, gte = at least, lt = fewer than, lte = at most. */
const bounds = (max: number) =>
  z
    .object({
      gt: z.number().int().min(0).max(max).optional(),
      gte: z.number().int().min(0).max(max).optional(),
      lt: z.number().int().min(1).max(max).optional(),
      lte: z.number().int().min(0).max(max).optional(),
    })
    .strict()
    .refine((b) => Object.keys(b).length > 0 && !(b.gt !== undefined && b.gte !== undefined) && !(b.lt !== undefined && b.lte !== undefined), {
      message: 'one lower bound (gt or gte) and/or one upper bound (lt or lte)',
    })
export type Bounds = z.infer<ReturnType<typeof bounds>>

/** Bounds on an event's number of partners (Event.partnerCount; see the structure filters). */
export const partnerCountSchema = bounds(1000)
export type PartnerCount = z.infer<typeof partnerCountSchema>

/** Bounds on an event's number of themes: at least 1 or 2, at most 0 or 1 (see the structure filters). */
export const themeCountSchema = z
  .object({ gte: z.number().int().min(1).max(2).optional(), lte: z.number().int().min(0).max(1).optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0 && (b.gte ?? 0) <= (b.lte ?? 2), { message: 'a lower bound (1 or 2) and/or an upper bound (0 or 1), not crossing' })
export type ThemeCount = z.infer<typeof themeCountSchema>

/**
 * Filters on an event's structure (README, "Exclusions and structure filters"):
 * - exclude: values the event must NOT have. states/regions: events none of whose states is one of them (a
 *   multi-state event touching an excluded state is left out; an excluded state is not counted in state
 *   figures either); offices/types/formats: the event's value is none of them; themes: the event has none
 *   of them (events without a theme stay in).
 * - withoutTheme: only events with no theme at all.
 * - stateCount: how many states (DC counted as one) the event touches: multi-state = { gte: 2 },
 *   single-state = { lte: 1 }, "3 or more states" = { gte: 3 }.
 * - participantCount: the event's recorded participants: "over 1,000" = { gt: 1000 }, "at least 500" =
 *   { gte: 500 }, "under 100" = { lt: 100 }, "at most 50" = { lte: 50 }.
 * - months: the calendar month(s) of the start date, in any year ("December across all years" = [12]); with a
 *   period, within it.
 * - withoutPartner: only events with no partner recorded (no partner name with a letter or digit).
 * - withoutCity: only events with no city recorded ("events with no city recorded", 開催都市が記録されていない事業).
 * - allThemes: only events tagged with every one of these themes ("both climate and innovation"), where
 *   `themes` is any of them.
 * - days: how many calendar days the event spans, both ends counted (1 with no end date): multi-day =
 *   { gte: 2 }, "lasting more than 2 days" = { gt: 2 }, 3日以上 = { gte: 3 }.
 * - weekdays: the day of the week of the START date ("weekend events", 土日に実施した事業 = ['sat', 'sun']: an
 *   event that starts on a Saturday or Sunday; a Friday–Saturday event is not one).
 * - costRecorded: true = only events with a cost recorded (Event.costYen set, 0 included), false = only
 *   events with none ("events with no cost recorded", 費用が記録されていない事業).
 * - cost: the event's recorded cost in whole yen: "over 1 million yen" = { gt: 1000000 }, 100万円以上 =
 *   { gte: 1000000 }; an event with no cost recorded never matches a bound.
 * - partnerCount: how many partners the event has, counted as the partner filter splits them (each recorded
 *   name with a letter or digit is one partner; stored as Event.partnerCount): "more than one partner" =
 *   { gte: 2 }, "at least one" = { gte: 1 }, "exactly one" = { gte: 1, lte: 1 }, "at most one" = { lte: 1 },
 *   "exactly two partners" = { gte: 2, lte: 2 }, "3 or more partners" = { gte: 3 }.
 * - allStates: only events touching every one of these states ("both Texas and Oklahoma"), where `states` is
 *   any of them.
 * - allPartners: only events with a partner matching each of these words as the partner filter matches one
 *   ("co-hosted with both JETRO and JNTO"), where `partner` is one word.
 * - excludePartners: only events with no partner matching any of these words as the partner filter matches one
 *   ("events that did not involve JNTO", 「JNTOが入っていない事業」); events with no partner at all are among them.
 * - themeCount: how many themes the event is tagged with (EventTheme rows, each theme once): "more than one
 *   theme" = { gte: 2 }, "at least one theme" = { gte: 1 }, "exactly one theme" = { gte: 1, lte: 1 }, "no
 *   theme" is withoutTheme. Larger counts are not expressible ("3 or more themes" is no query).
 * - outsideJurisdiction: only events touching at least one state that the organising office does not serve
 *   (Office.states in src/domain/offices.ts; "events outside its jurisdiction", 管轄外の州で実施した事業). An
 *   event held only in states outside it is one too; one held in a served state and another is one as well.
 * - summaryRecorded: true = only events with a summary recorded (Event.summary not null and not empty), false =
 *   only events whose summary was left blank ("events with no summary", 概要が未記入の事業).
 * - endDateRecorded: true = only events with an end date recorded (Event.endDate set), false = only events with
 *   none ("events with no end date", 終了日が未入力の事業; such an event is counted as one day by `days`).
 * - titleEnRecorded / titleJaRecorded: true = only events with an English (Japanese) title recorded, false = only
 *   events with none ("events with a Japanese title but no English title" = titleJaRecorded: true,
 *   titleEnRecorded: false; 英語タイトルが未入力の事業 = titleEnRecorded: false).
 * - outsideHostState: only events none of whose states is the state where the organising office sits
 *   (Office.hostState; "events that did not touch the state where the office is located").
 */
const structureFilterShape = {
  exclude: z
    .object({
      states: z.array(stateCodeSchema).min(1).optional(),
      regions: z.array(regionCodeSchema).min(1).optional(),
      offices: z.array(officeCodeSchema).min(1).optional(),
      types: z.array(activityTypeCodeSchema).min(1).optional(),
      themes: z.array(themeCodeSchema).min(1).optional(),
      formats: z.array(formatCodeSchema).min(1).optional(),
    })
    .strict()
    .optional(),
  withoutTheme: z.literal(true).optional(),
  stateCount: bounds(60).optional(),
  participantCount: bounds(10_000_000).optional(),
  months: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
  withoutPartner: z.literal(true).optional(),
  withoutCity: z.literal(true).optional(),
  allThemes: z.array(themeCodeSchema).min(2).optional(),
  days: bounds(1000).optional(),
  weekdays: z.array(weekdaySchema).min(1).max(6).optional(),
  costRecorded: z.boolean().optional(),
  cost: bounds(MAX_COST_YEN).optional(),
  partnerCount: partnerCountSchema.optional(),
  allStates: z.array(stateCodeSchema).min(2).optional(),
  allPartners: z.array(searchWordSchema).min(2).max(5).optional(),
  excludePartners: z.array(searchWordSchema).min(1).max(5).optional(),
  themeCount: themeCountSchema.optional(),
  outsideJurisdiction: z.literal(true).optional(),
  outsideHostState: z.literal(true).optional(),
  summaryRecorded: z.boolean().optional(),
  endDateRecorded: z.boolean().optional(),
  titleEnRecorded: z.boolean().optional(),
  titleJaRecorded: z.boolean().optional(),
}
export type Exclusions = NonNullable<z.infer<typeof structureFilterShape.exclude>>

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
  ...structureFilterShape,
  /** Events recorded in this city (src/domain/cities.ts; any spelling of it, case and width aside). */
  city: cityIdSchema.optional(),
  /** Events recorded in any of these cities ("in Hilo or Honolulu"); `city` holds a single city. */
  cities: z.array(cityIdSchema).min(2).max(10).optional(),
  /** Events filed under one of these best-practice categories (BestPracticeCategory codes, Event.bestPracticeCategory). */
  bestPracticeCategories: z.array(bestPracticeCategoryCodeSchema).min(1).max(20).optional(),
  /** true: only programmes recorded as ongoing (Event.ongoing, 継続中の事業); false: only those not. */
  ongoing: z.boolean().optional(),
  /** Events whose English or Japanese title or summary contains this word (case and width aside). */
  text: searchWordSchema.optional(),
  /** Where `text` is looked for when the question says: the titles alone ("in the title", タイトルに) or the summary alone ("in the summary", 概要に). */
  textIn: z.enum(['title', 'summary']).optional(),
  /** Events with a partner whose name is this word or phrase, or has it as whole words (case and width aside). */
  partner: searchWordSchema.optional(),
})
export type Filters = z.infer<typeof filtersSchema>

/** What a reading decided for the user, said in the interpretation line ("2022" read as FY2022…). */
export const assumptionSchema = z.enum(['year_as_fiscal_year', 'default_metric_events', 'dc_not_a_state', 'latest_fy_for_first_time', 'latest_fy_part', 'one_decimal'])
export type Assumption = z.infer<typeof assumptionSchema>
