import type { EventInput } from '../../src/domain/event.ts'

/**
 * A recordable event for tests: a Chicago seminar in Wisconsin on 2022-05-01 with `participants` people,
 * overridden by `over`.
 */
export function eventInput(over: Partial<EventInput> = {}, participants = 1): EventInput {
  return {
    startDate: '2022-05-01',
    officeCode: 'chicago',
    stateCodes: ['WI'],
    titleEn: 'Seminar',
    titleJa: 'セミナー',
    activityType: 'info',
    format: 'in_person',
    participants,
    ...over,
  }
}
