import { describe, expect, it } from 'vitest'
import { emptyForm, partnersOf, statesOutsideArea, validateEventForm, type EventForm } from '../../src/services/event-form.ts'

const TODAY = '2024-06-01'
const form = (o: Partial<EventForm> = {}): EventForm => ({
  ...emptyForm(),
  titleEn: 'Japan Day',
  startDate: '2024-05-01',
  officeCode: 'chicago',
  stateCodes: ['IL'],
  activityType: 'japan_event',
  format: 'in_person',
  participants: '40',
  ...o,
})
const errorsOf = (f: EventForm) => {
  const r = validateEventForm(f, { today: TODAY, bestPractice: false })
  return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.field, e.key]))
}

describe('validateEventForm', () => {
  it('accepts a valid form and returns domain data (fiscal year, partners split, sorted states)', () => {
    const r = validateEventForm(form({ stateCodes: ['WI', 'IL'], partners: ' A \n\nB\r\n', themes: ['workforce'] }), { today: TODAY, bestPractice: true })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data).toMatchObject({ fiscalYear: 2024, stateCodes: ['IL', 'WI'], partners: ['A', 'B'], participants: 40, bestPractice: true, titleJa: null })
  })

  it('dates: end before start, over a year ahead (start or end), a year ahead exactly is fine', () => {
    expect(errorsOf(form({ endDate: '2024-04-30' }))).toEqual({ endDate: 'slack_err_end_before_start' })
    expect(errorsOf(form({ startDate: '2025-06-03' }))).toEqual({ startDate: 'slack_err_date_too_far' })
    expect(errorsOf(form({ startDate: '2025-06-01' }))).toEqual({})
    expect(errorsOf(form({ startDate: '2025-05-01', endDate: '2025-07-01' }))).toEqual({ endDate: 'slack_err_date_too_far' })
    expect(errorsOf(form({ startDate: null }))).toEqual({ startDate: 'slack_err_date_required' })
  })

  it('a date that is not on the calendar (a forged or mistyped value) is named as such, never "choose one" or "a year ahead"', () => {
    for (const bad of ['2022-02-30', '2022-13-01', '2023-02-29', 'tomorrow', '2022/05/01', '']) {
      if (bad === '') continue
      expect(errorsOf(form({ startDate: bad })), bad).toEqual({ startDate: 'slack_err_date_invalid' })
      expect(errorsOf(form({ startDate: '2022-05-01', endDate: bad })), bad).toEqual({ endDate: 'slack_err_date_invalid' })
    }
    expect(errorsOf(form({ startDate: '2024-02-29' }))).toEqual({})
  })

  it('participants', () => {
    expect(errorsOf(form({ participants: '-1' }))).toEqual({ participants: 'slack_err_participants_negative' })
    expect(errorsOf(form({ participants: '2.5' }))).toEqual({ participants: 'slack_err_participants_fraction' })
    expect(errorsOf(form({ participants: '3.0' }))).toEqual({})
    expect(errorsOf(form({ participants: '1e3' }))).toEqual({ participants: 'slack_err_participants_fraction' })
    expect(errorsOf(form({ participants: '10000001' }))).toEqual({ participants: 'slack_err_participants_max' })
    expect(errorsOf(form({ participants: '10000000' }))).toEqual({})
    expect(errorsOf(form({ participants: null }))).toEqual({ participants: 'slack_err_participants_required' })
  })

  it('required choices, titles, sizes', () => {
    expect(errorsOf(form({ titleEn: ' ', titleJa: null }))).toEqual({ titleEn: 'slack_err_title_required' })
    expect(errorsOf(form({ titleEn: null, titleJa: '日本祭り' }))).toEqual({})
    expect(errorsOf(form({ stateCodes: [], officeCode: 'atlantis', format: null, activityType: null }))).toEqual({
      stateCodes: 'slack_err_states_required',
      officeCode: 'slack_err_office_required',
      format: 'slack_err_choice_required',
      activityType: 'slack_err_choice_required',
    })
    expect(errorsOf(form({ titleJa: 'あ'.repeat(201) }))).toEqual({ titleJa: 'slack_err_too_long' })
    expect(errorsOf(form({ partners: Array.from({ length: 51 }, (_, i) => `p${i}`).join('\n') }))).toEqual({ partners: 'slack_err_too_many' })
    expect(errorsOf(form({ stateCodes: ['XX'] }))).toEqual({ stateCodes: 'slack_err_states_required' })
  })
})

describe('statesOutsideArea', () => {
  it('lists states the office does not serve, except for online events and the Embassy', () => {
    expect(statesOutsideArea({ officeCode: 'chicago', stateCodes: ['IL', 'TX', 'OH'], format: 'in_person' })).toEqual(['TX', 'OH'])
    expect(statesOutsideArea({ officeCode: 'chicago', stateCodes: ['TX'], format: 'hybrid' })).toEqual(['TX'])
    expect(statesOutsideArea({ officeCode: 'chicago', stateCodes: ['TX'], format: 'online' })).toEqual([])
    expect(statesOutsideArea({ officeCode: 'embassy', stateCodes: ['TX'], format: 'in_person' })).toEqual([])
    expect(statesOutsideArea({ officeCode: 'boston', stateCodes: ['CT'], format: 'in_person' })).toEqual([])
  })

  it('partnersOf drops blank lines', () => {
    expect(partnersOf('a\n \n b ')).toEqual(['a', 'b'])
    expect(partnersOf(null)).toEqual([])
  })
})
