// Periods as counted: a query's period (relative fiscal years, "all", dates) resolved against the as-of date
// into concrete dates and fiscal years, and the fiscal years and months a resolved period touches.
import { currentFiscalYear, fiscalYearOf, fiscalYearRange } from '../../domain/fiscal-year.ts'
import type { ResolvedPeriod } from '../results.ts'
import type { Period } from '../slots.ts'

/** The first and last start dates recorded (null when nothing is recorded). */
export type Span = { first: string; last: string } | null

/**
 * A period's concrete dates. `span` (the recorded dates) is needed for "all" only; `reversed` says the ends
 * were given in reverse order and were swapped.
 */
export function resolvePeriod(period: Period, asOf: string, span: Span): { resolved: ResolvedPeriod; reversed: boolean } {
  switch (period.kind) {
    case 'all': {
      // the recorded events up to the as-of date: an event dated after it is not counted (scopeOf)
      const last = span === null || span.first > asOf ? null : span.last < asOf ? span.last : asOf
      const first = last === null ? null : (span?.first ?? null)
      return {
        resolved: {
          asked: period,
          from: first,
          to: last,
          fiscalYears: first !== null && last !== null ? { from: fiscalYearOf(first), to: fiscalYearOf(last) } : null,
        },
        reversed: false,
      }
    }
    case 'fy': {
      // "since FY2017" runs through the current FY (or just FY2017 if that is still ahead)
      const to = period.to ?? Math.max(period.from, currentFiscalYear(asOf))
      const [a, b] = period.from <= to ? [period.from, to] : [to, period.from]
      return { resolved: fyPeriod(period, a, b), reversed: period.from > to }
    }
    case 'fy_relative': {
      const fy = currentFiscalYear(asOf) + period.offset
      return { resolved: fyPeriod(period, fy, fy), reversed: false }
    }
    case 'dates': {
      const [a, b] = period.from <= period.to ? [period.from, period.to] : [period.to, period.from]
      return {
        resolved: { asked: period, from: a, to: b, fiscalYears: null },
        reversed: period.from > period.to,
      }
    }
  }
}

/** A fiscal-year period from..to as counted (April 1 of `from` to March 31 after `to`). */
export function fyPeriod(asked: Period, from: number, to: number): ResolvedPeriod {
  return { asked, from: fiscalYearRange(from).start, to: fiscalYearRange(to).end, fiscalYears: { from, to } }
}

/** Fiscal years a resolved period touches, in order (for fiscal-year breakdowns). */
export function fiscalYearsOf(p: ResolvedPeriod): number[] {
  let range = p.fiscalYears
  if (range === null && p.from !== null && p.to !== null) range = { from: fiscalYearOf(p.from), to: fiscalYearOf(p.to) }
  if (range === null) return []
  const out: number[] = []
  for (let fy = range.from; fy <= range.to; fy++) out.push(fy)
  return out
}

/** Months ('YYYY-MM') a resolved period touches, in order. */
export function monthsOf(p: ResolvedPeriod): string[] {
  if (p.from === null || p.to === null) return []
  const out: string[] = []
  let y = Number(p.from.slice(0, 4))
  let m = Number(p.from.slice(5, 7))
  const last = p.to.slice(0, 7)
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
    out.push(key)
    if (key >= last) break
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
  return out
}

/** A short key for a resolved period (comparison rows): "2022", "2017-2022", "all" or "from..to". */
export function periodKey(p: ResolvedPeriod): string {
  if (p.fiscalYears && p.asked.kind !== 'all') {
    return p.fiscalYears.from === p.fiscalYears.to ? String(p.fiscalYears.from) : `${p.fiscalYears.from}-${p.fiscalYears.to}`
  }
  if (p.asked.kind === 'all') return 'all'
  return `${p.from}..${p.to}`
}
