// The catalogue of intents: every kind of question the bot answers, with its slots (the zod schema from
// query.ts), when to use it (rendered into the language-model prompt), its deterministic executor and its
// bilingual answer text. Adding a kind of question starts here: a schema in query.ts and its union, an
// executor in execute.ts, a text function in answer.ts (wording in wording.ts, the intent in answerSchema),
// and one entry below; test/questions/catalogue.test.ts fails until they agree.
//
// execute.ts and answer.ts import this file to dispatch, and this file imports their functions: the cycle
// is safe because only function declarations cross it and CATALOGUE is read only when a query runs.
import type { z } from 'zod'
import { breakdownText, comparisonText, eventsText, scalarText, statesText, type Bilingual } from './answer.ts'
import type { Db } from '../store/client.ts'
import {
  executeCompare,
  executeFirstTimeStates,
  executeListEvents,
  executeMetric,
  executeUncoveredStates,
  type BreakdownResult,
  type ComparisonResult,
  type EventsResult,
  type ExecuteContext,
  type QueryResult,
  type ScalarResult,
  type StatesResult,
} from './execute.ts'
import {
  compareQuerySchema,
  firstTimeStatesQuerySchema,
  listEventsQuerySchema,
  metricQuerySchema,
  uncoveredStatesQuerySchema,
  type Intent,
  type Query,
} from './query.ts'

/** What each intent's executor returns. */
interface ResultByIntent {
  metric: ScalarResult | BreakdownResult
  compare: ComparisonResult
  first_time_states: StatesResult
  uncovered_states: StatesResult
  list_events: EventsResult
}

export interface IntentEntry<I extends Intent> {
  intent: I
  /** The intent's slots: its member of querySchema. */
  schema: z.ZodType<Extract<Query, { intent: I }>, unknown>
  /** When to use it, for the language-model prompt: one or two sentences. */
  description: { en: string }
  /** Questions it answers, in English and Japanese, for the language-model prompt. */
  examples: readonly string[]
  /** The deterministic query over the recorded events. */
  execute: (db: Db, query: Extract<Query, { intent: I }>, ctx: ExecuteContext) => Promise<ResultByIntent[I]>
  /** The answer text for its result, in both languages. */
  render: (result: ResultByIntent[I]) => Bilingual
}

export const CATALOGUE: { readonly [I in Intent]: IntentEntry<I> } = {
  metric: {
    intent: 'metric',
    schema: metricQuerySchema,
    description: {
      en:
        'One figure (events, participants, states covered, offices active, average participants per event) over the filters; ' +
        'with "groupBy", the same figure broken down by one dimension, and with "top", only the N largest groups.',
    },
    examples: ['How many events did we hold in FY2022?', 'Top 5 states by participants last FY', '令和4年度の地域別の参加者数は？'],
    execute: executeMetric,
    render: (r) => (r.kind === 'scalar' ? scalarText(r) : breakdownText(r)),
  },
  compare: {
    intent: 'compare',
    schema: compareQuerySchema,
    description: { en: 'The same figure for two periods side by side, with the difference; the earlier period first.' },
    examples: ['Compare participants in FY2021 and FY2022', '昨年度と比べて今年度の件数は？'],
    execute: executeCompare,
    render: comparisonText,
  },
  first_time_states: {
    intent: 'first_time_states',
    schema: firstTimeStatesQuerySchema,
    description: {
      en:
        'States (of the 50) that had an event in the period and none in any earlier fiscal year; with no period, ' +
        'when each state was first covered ("when did we first cover Wyoming?").',
    },
    examples: ['Which states were covered for the first time in FY2022?', 'ワイオミング州で初めて事業を実施したのは何年度？'],
    execute: executeFirstTimeStates,
    render: statesText,
  },
  uncovered_states: {
    intent: 'uncovered_states',
    schema: uncoveredStatesQuerySchema,
    description: { en: 'States (of the 50) with no event in the period: "never", "no events", "not yet covered".' },
    examples: ['Which states have never had an event?', '2022年度に実施していない州'],
    execute: executeUncoveredStates,
    render: statesText,
  },
  list_events: {
    intent: 'list_events',
    schema: listEventsQuerySchema,
    description: { en: 'The events matching the filters, newest first (best practices, "show me the events", "the latest 5").' },
    examples: ['List the best practice events in FY2022', '直近5件の事業を見せて'],
    execute: executeListEvents,
    render: eventsText,
  },
}

/** The intents in catalogue order. */
export const INTENTS = Object.keys(CATALOGUE) as Intent[]

/** The answer text for a result, by its query's intent. */
export function resultText(r: QueryResult): Bilingual {
  // Each executor returns its own intent's result (typed above); TypeScript cannot follow that from
  // r.query.intent to r, so the entry's renderer is called as one taking any result.
  const render = CATALOGUE[r.query.intent].render as (result: QueryResult) => Bilingual
  return render(r)
}
