// How a scope's period reaches SQL: one fiscal year is `fiscalYear = X` (an equality on the index's first
// column, read in index order), not `>= X AND <= X` (a range, which SQLite follows with a temporary sort of
// the groups); several fiscal years stay a range.
import { describe, expect, it } from 'vitest'
import { eventWhere, fiscalYearBounds, regionPairWhere, statePairWhere, themePairWhere, withinFiscalYear } from '../../src/store/queries/scope.ts'

const ONE = { fiscalYears: { from: 2022, to: 2022 } }
const TWO = { fiscalYears: { from: 2021, to: 2022 } }

describe('the fiscal years of a scope as a where-clause', () => {
  it('states one fiscal year as an equality on every table', () => {
    expect(eventWhere(ONE)).toEqual({ fiscalYear: 2022 })
    expect(statePairWhere({ ...ONE, states: ['CA'] })).toEqual({ stateCode: { in: ['CA'] }, fiscalYear: 2022 })
    expect(regionPairWhere(ONE, ['west'])).toEqual({ regionCode: { in: ['west'] }, fiscalYear: 2022 })
    expect(themePairWhere(ONE)).toEqual({ fiscalYear: 2022 })
    expect(eventWhere({ ...ONE, states: ['CA'] })).toEqual({ fiscalYear: 2022, states: { some: { stateCode: { in: ['CA'] }, fiscalYear: 2022 } } })
  })

  it('a date period within one fiscal year narrows the derived rows by an equality too', () => {
    expect(fiscalYearBounds({ dates: { from: '2022-05-01', to: '2022-06-30' } })).toBe(2022)
  })

  it('keeps several fiscal years as a range', () => {
    expect(eventWhere(TWO)).toEqual({ fiscalYear: { gte: 2021, lte: 2022 } })
    expect(statePairWhere({ ...TWO, states: ['CA'] })).toEqual({ stateCode: { in: ['CA'] }, fiscalYear: { gte: 2021, lte: 2022 } })
    expect(fiscalYearBounds({ dates: { from: '2022-01-01', to: '2022-06-30' } })).toEqual({ gte: 2021, lte: 2022 })
  })
})

describe('a scope narrowed to one fiscal year', () => {
  const all = { dates: { from: '1900-01-01', to: '2025-06-15' }, offices: ['NY'] }

  it('drops dates that cover the whole year, so that the year is an equality on its index', () => {
    expect(withinFiscalYear(all, 2022)).toEqual({ offices: ['NY'], fiscalYears: { from: 2022, to: 2022 } })
    expect(eventWhere(withinFiscalYear(all, 2022))).toEqual({ fiscalYear: 2022, officeCode: { in: ['NY'] } })
  })

  it('keeps dates that cut the year (a year still running)', () => {
    expect(withinFiscalYear(all, 2025)).toEqual({ ...all, fiscalYears: { from: 2025, to: 2025 } })
  })
})
