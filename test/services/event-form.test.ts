import { describe, expect, it } from 'vitest'
import { emptyForm, formOf, parseCostYen, partnersOf, statesOutsideArea, validateEventForm, type EventForm } from '../../src/services/event-form.ts'

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

describe('the cost, the ongoing flag and the best-practice category', () => {
  it('parseCostYen: digits, commas grouping by three, full-width digits, ¥ or 円; nothing else; at most the store limit', () => {
    expect(parseCostYen('1250000')).toBe(1_250_000)
    expect(parseCostYen('1,250,000')).toBe(1_250_000)
    expect(parseCostYen('１，２５０，０００')).toBe(1_250_000)
    expect(parseCostYen('￥1,000')).toBe(1000)
    expect(parseCostYen('1000円')).toBe(1000)
    expect(parseCostYen(' 0 ')).toBe(0)
    expect(parseCostYen('')).toBeNull()
    expect(parseCostYen(null)).toBeNull()
    for (const bad of ['12,00', '1,2345', '1.5', '-1', '+1', '1e6', '百円', '1 000']) expect(parseCostYen(bad), bad).toBe('invalid')
    expect(parseCostYen('2,147,483,647')).toBe(2_147_483_647)
    expect(parseCostYen('2147483648')).toBe('too_large')
    expect(parseCostYen('999,999,999,999')).toBe('too_large')
  })

  it('the cost absent from the form (not shown) stays absent, so that an edit keeps the stored one; empty clears it', () => {
    const shown = validateEventForm(form({ costYen: '3,000' }), { today: TODAY, bestPractice: false })
    expect(shown.ok && shown.data.costYen).toBe(3000)
    const { costYen: _c, ...withoutCost } = form()
    const hidden = validateEventForm(withoutCost, { today: TODAY, bestPractice: false })
    expect(hidden.ok && 'costYen' in hidden.data).toBe(false)
    const cleared = validateEventForm(form({ costYen: null }), { today: TODAY, bestPractice: false })
    expect(cleared.ok && cleared.data.costYen).toBeNull()
    expect(errorsOf(form({ costYen: '1.5' }))).toEqual({ costYen: 'slack_err_cost_invalid' })
    expect(errorsOf(form({ costYen: '10000000000' }))).toEqual({ costYen: 'slack_err_cost_max' })
  })

  it('a category: only a recorded one, only for a best practice', () => {
    const categories = ['no-consulate', 'action-plan-2']
    const ok = validateEventForm(form({ bestPracticeCategory: 'action-plan-2', ongoing: true }), { today: TODAY, bestPractice: true, categories })
    expect(ok.ok && [ok.data.bestPracticeCategory, ok.data.ongoing]).toEqual(['action-plan-2', true])
    const keys = (o: Partial<EventForm>, bestPractice: boolean) => {
      const r = validateEventForm(form(o), { today: TODAY, bestPractice, categories })
      return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.field, e.key]))
    }
    expect(keys({ bestPracticeCategory: 'action-plan-2' }, false)).toEqual({ bestPracticeCategory: 'slack_err_category_without_best_practice' })
    expect(keys({ bestPracticeCategory: 'gone' }, true)).toEqual({ bestPracticeCategory: 'slack_err_category_unknown' })
    expect(keys({ bestPracticeCategory: null }, false)).toEqual({})
  })

  it('formOf shows the recorded cost with separators, the category and the flag', () => {
    const r = validateEventForm(form({ bestPracticeCategory: 'x', ongoing: true, costYen: '1250000' }), { today: TODAY, bestPractice: true, categories: ['x'] })
    if (!r.ok) throw new Error('invalid')
    expect(formOf(r.data)).toMatchObject({ costYen: '1,250,000', bestPracticeCategory: 'x', ongoing: true })
  })
})
