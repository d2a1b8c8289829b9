// The list of intents: every kind of question the bot answers, one module each. The query union
// (src/questions/query.ts), the language-model prompt's catalogue, the executor's dispatch and the answer's
// dispatch are all built from INTENT_MODULES; nothing else lists the intents.
import { z } from 'zod'
import { budgetExecutionIntent } from './budget-execution.ts'
import { compareIntent } from './compare.ts'
import { eventCostIntent } from './event-cost.ts'
import { distinctPartnersIntent } from './distinct-partners.ts'
import { firstTimeStatesIntent } from './first-time-states.ts'
import { largestEventIntent } from './largest-event.ts'
import { listEventsIntent } from './list-events.ts'
import { metricIntent } from './metric.ts'
import type { AnyIntentModule } from './module.ts'
import { officesWithoutEventsIntent } from './offices-without-events.ts'
import { periodDifferenceIntent } from './period-difference.ts'
import { statesWithMinEventsIntent } from './states-with-min-events.ts'
import { uncoveredStatesIntent } from './uncovered-states.ts'
import { averageEventsIntent } from './average-events.ts'
import { medianParticipantsIntent } from './median-participants.ts'
import { shareIntent } from './share.ts'
import { eventStatIntent } from './event-stat.ts'
import { ratioIntent } from './ratio.ts'
import { crosstabIntent } from './crosstab.ts'
import { rankedPlaceIntent } from './ranked-place.ts'
import { topEventsTotalIntent } from './top-events-total.ts'
import { topEventsIntent } from './top-events.ts'
import { aboveAverageIntent } from './above-average.ts'
import { versusRestIntent } from './versus-rest.ts'
import { emptyMonthsIntent } from './empty-months.ts'
import { recordedEventsIntent } from './recorded-events.ts'
import { yearChangeIntent } from './year-change.ts'
import { groupChangeIntent } from './group-change.ts'
import { groupDifferenceIntent } from './group-difference.ts'
import { groupFirstEventIntent } from './group-first-event.ts'
import { eventDaysIntent } from './event-days.ts'

/** Every intent module, in catalogue order (the order the prompt lists them). */
export const INTENT_MODULES = [
  metricIntent,
  compareIntent,
  firstTimeStatesIntent,
  uncoveredStatesIntent,
  listEventsIntent,
  shareIntent,
  medianParticipantsIntent,
  averageEventsIntent,
  largestEventIntent,
  distinctPartnersIntent,
  officesWithoutEventsIntent,
  statesWithMinEventsIntent,
  periodDifferenceIntent,
  budgetExecutionIntent,
  eventCostIntent,
  eventStatIntent,
  ratioIntent,
  crosstabIntent,
  rankedPlaceIntent,
  topEventsTotalIntent,
  topEventsIntent,
  aboveAverageIntent,
  emptyMonthsIntent,
  recordedEventsIntent,
  yearChangeIntent,
  groupChangeIntent,
  groupDifferenceIntent,
  groupFirstEventIntent,
  eventDaysIntent,
  versusRestIntent,
] as const

type Modules = typeof INTENT_MODULES
type SchemasOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends { schema: infer S } ? S : never }
type Schemas = SchemasOf<Modules>

/**
 * The structured query's schema: the intents' schemas, told apart by `intent` (typed as the tuple of the
 * modules' schemas, which map() would widen to an array of their union).
 */
export const querySchema = z.discriminatedUnion('intent', INTENT_MODULES.map((m) => m.schema) as unknown as Schemas)
/** The structured query: a query of one of the intents. */
export type Query = z.infer<typeof querySchema>
export type Intent = Query['intent']

/** The intents, in catalogue order. */
export const INTENTS = INTENT_MODULES.map((m) => m.intent) as Intent[]

/** The intent names as a zod enum (the answer's `intent` field). */
export const intentSchema = z.enum(INTENTS as [Intent, ...Intent[]])

const BY_INTENT = new Map<string, AnyIntentModule>(INTENT_MODULES.map((m) => [m.intent, m]))

/**
 * The module of an intent. The modules are typed one by one; dispatch by a query's intent goes through this
 * (any-typed) lookup, so callers pass a query or result of that same intent.
 * @throws Error for an intent no module has (a query is validated by querySchema first, so never in practice).
 */
export function intentModule(intent: string): AnyIntentModule {
  const m = BY_INTENT.get(intent)
  if (m === undefined) throw new Error(`no module for intent ${intent}`)
  return m
}
