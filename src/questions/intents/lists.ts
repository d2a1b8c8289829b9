// What the intents that answer with a list share: state items and the interpretation line.
import type { Lang } from '../../i18n/types.ts'
import type { AnswerFigures } from '../answer-parts.ts'
import type { EventsResult, QueryCore, StatesResult } from '../results.ts'
import { both, type Wording } from '../wording.ts'

/** The states of a result as answer items (with each state's first fiscal year for a timeline). */
export function stateItems(r: StatesResult<QueryCore>): AnswerFigures {
  return {
    kind: 'list',
    items: r.timeline
      ? r.timeline.map((t) => ({ type: 'state' as const, key: t.state, name: both((w) => w.stateName(t.state)), firstFiscalYear: t.fiscalYear }))
      : r.states.map((s) => ({ type: 'state' as const, key: s, name: both((w) => w.stateName(s)) })),
  }
}

/** The interpretation line of a list: what it lists, the period with its dates, the filters, the events matched. */
export function listInterpretation(what: Record<Lang, string>, r: StatesResult<QueryCore> | EventsResult<QueryCore>, w: Wording, lang: Lang): string[] {
  return [what[lang], w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)]
}
