// Answer items the event and office lists share: an event as the public answer gives it, and offices by code.
import type { ListedEvent } from '../../store/queries/latest-events.ts'
import type { AnswerFigures } from '../answer-parts.ts'
import { both } from '../wording.ts'

type Items = Extract<AnswerFigures, { kind: 'list' }>['items']

/** Events as answer items (the shape list_events gives). */
export function eventItems(events: readonly ListedEvent[], options: { cost?: boolean } = {}): Items {
  return events.map((e) => ({
    type: 'event' as const,
    id: e.id,
    date: e.startDate,
    endDate: e.endDate,
    office: e.officeCode,
    states: e.stateCodes,
    title: { en: e.titleEn, ja: e.titleJa },
    activityType: e.activityType,
    format: e.format,
    themes: e.themes,
    participants: e.participants,
    bestPractice: e.bestPractice,
    ...(options.cost === true ? { costYen: e.costYen } : {}),
  }))
}

/** Offices (codes of src/domain/offices.ts) as answer items, with their short names in both languages. */
export function officeItems(codes: readonly string[]): Items {
  return codes.map((code) => ({ type: 'office' as const, key: code, name: both((w) => w.groupKey('office', code)) }))
}

/** States as answer items, each with its name in both languages (and its event count when given). */
export function stateItemsOf(states: ReadonlyArray<{ state: string; events?: number }>): Items {
  return states.map((s) => ({ type: 'state' as const, key: s.state, name: both((w) => w.stateName(s.state)), ...(s.events !== undefined ? { events: s.events } : {}) }))
}
