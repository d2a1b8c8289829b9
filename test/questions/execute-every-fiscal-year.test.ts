// Places with events in every fiscal year (states_with_min_events with everyFiscalYear): each complete fiscal
// year counted on its own, the running one left out and named, DC never a state — on a real SQLite file AND
// on PostgreSQL, against places worked out by hand from a fixture whose dates, offices and states are set.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

// as of FY2023 (running): FY2020–FY2022 are the complete fiscal years recorded
const AS_OF = '2023-08-15'
// [date, office, states]: Texas every year (twice in FY2021), Ohio in FY2020 and FY2022 only, Utah in every
// year but only through a multi-state event with DC in FY2021, DC every year, Texas again in the running FY2023
const ROWS: [string, string, string[]][] = [
  ['2020-05-01', 'houston', ['TX']],
  ['2020-06-01', 'chicago', ['OH']],
  ['2020-07-01', 'denver', ['UT']],
  ['2020-08-01', 'embassy', ['DC']],
  ['2021-05-01', 'houston', ['TX']],
  ['2021-06-01', 'houston', ['TX']],
  ['2021-07-01', 'embassy', ['DC', 'UT']],
  ['2022-01-10', 'denver', ['UT']],
  ['2022-05-01', 'houston', ['TX']],
  ['2022-06-01', 'chicago', ['OH']],
  ['2022-07-01', 'denver', ['UT']],
  ['2022-08-01', 'embassy', ['DC']],
  ['2023-05-01', 'houston', ['TX']],
]
function fixture(): EventData[] {
  return makeEvents(ROWS.length, 5).map((e, i) => {
    const [date, office, states] = ROWS[i]!
    return { ...e, startDate: date, endDate: null, fiscalYear: fiscalYearOf(date), officeCode: office as EventData['officeCode'], stateCodes: states as EventData['stateCodes'] }
  })
}

const both = storeOnBoth({ name: 'every-fiscal-year', data: fixture, asOf: AS_OF })
const every = (subject: 'state' | 'office', more: Partial<{ min: number; max: number; period: Query['filters']['period'] }> = {}): Query =>
  querySchema.parse({ intent: 'states_with_min_events', filters: { period: more.period ?? { kind: 'all' } }, min: more.min ?? 1, ...(more.max ? { max: more.max } : {}), subject, answer: 'list', everyFiscalYear: true })

async function results(query: Query) {
  const out = []
  for (const r of await both.run(query)) {
    if (r.kind !== 'state_counts') throw new Error('state_counts expected')
    out.push(r)
  }
  return out
}

describe('places with an event in every fiscal year (SQLite and PostgreSQL)', () => {
  it('keeps the states with an event in each complete fiscal year, DC apart, the running year left out', async () => {
    for (const r of await results(every('state'))) {
      expect(r.states).toEqual([
        { state: 'TX', events: 4 },
        { state: 'UT', events: 4 },
      ])
      expect(r.fiscalYears).toEqual({ counted: { from: 2020, to: 2022 }, leftOut: 2023 })
      expect(r.matchedEvents).toBe(12)
    }
  })

  it('counts offices, and applies the bounds in each year', async () => {
    for (const r of await results(every('office'))) expect(r.offices.map((o) => o.office)).toEqual(['houston', 'embassy', 'denver'])
    // at least 2 events in each year: no state (Texas had one in FY2020)
    for (const r of await results(every('state', { min: 2 }))) expect(r.states).toEqual([])
  })

  it('takes the fiscal years asked about', async () => {
    // FY2021–FY2022: Ohio is missing FY2021; Texas and Utah are in
    for (const r of await results(every('state', { period: { kind: 'fy', from: 2021, to: 2022 } }))) expect(r.states.map((s) => s.state)).toEqual(['TX', 'UT'])
    // FY2022 alone: Ohio is in too
    for (const r of await results(every('state', { period: { kind: 'fy', from: 2022, to: 2022 } }))) expect(r.states.map((s) => s.state).sort()).toEqual(['OH', 'TX', 'UT'])
  })

  it('says which fiscal years were counted and that the running one is not, in both languages', async () => {
    const [r] = await results(every('state'))
    const answer = renderAnswer({ question: 'Which states had an event in every fiscal year?', result: r! })
    expect(answer.text.en).toContain('in every fiscal year from FY2020 to FY2022')
    expect(answer.text.en).toContain('FY2023, still running, is not counted')
    expect(answer.text.ja).toContain('2020年度から2022年度までの全ての年度で')
    expect(answer.text.ja).toContain('実施中の2023年度は含みません')
    expect(answer.text.ja).toContain('2州です')
  })
})
