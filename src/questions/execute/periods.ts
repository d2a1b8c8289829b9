// Periods as counted: a query's period (relative fiscal years, "all", dates) resolved against the as-of date
// into concrete dates and fiscal years, and the fiscal years and months a resolved period touches.
import { addDays, currentFiscalYear, fiscalYearOf, fiscalYearRange } from '../../domain/fiscal-year.ts'
import type { ResolvedPeriod } from '../results.ts'
import type { FyPart, Period } from '../slots.ts'

/** The first month of each part, counted from April (0 = April), and its length in months. */
const PART_MONTHS: Record<FyPart, { start: number; months: number }> = {
  q1: { start: 0, months: 3 },
  q2: { start: 3, months: 3 },
  q3: { start: 6, months: 3 },
  q4: { start: 9, months: 3 },
  h1: { start: 0, months: 6 },
  h2: { start: 6, months: 6 },
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The first day of the month `k` months after April of `fy` ('YYYY-MM-01'). */
function monthFromApril(fy: number, k: number): { y: number; m: number } {
  const index = 3 + k
  return { y: fy + Math.floor(index / 12), m: (index % 12) + 1 }
}

/**
 * The dates of a quarter or half of a fiscal year, inclusive: FY2021 Q2 → 2021-07-01..2021-09-30,
 * FY2021 Q4 → 2022-01-01..2022-03-31, FY2022 H2 → 2022-10-01..2023-03-31 (the FY starts on April 1).
 */
export function fyPartDates(fy: number, part: FyPart): { from: string; to: string } {
  const { start, months } = PART_MONTHS[part]
  const a = monthFromApril(fy, start)
  const b = monthFromApril(fy, start + months)
  return { from: `${a.y}-${pad2(a.m)}-01`, to: addDays(`${b.y}-${pad2(b.m)}-01`, -1) }
}

/**
 * The first day of the rolling window of the last `n` days/weeks/months ending at `asOf` (inclusive): the last
 * 60 days of 2023-08-15 start on 2023-06-17; the last 3 months start the day after 2023-05-15 (2023-05-16). A
 * month-end the earlier month lacks is its last day (the last month of 2023-03-31 starts on 2023-03-01).
 */
export function recentFrom(asOf: string, n: number, unit: 'days' | 'weeks' | 'months'): string {
  if (unit === 'days') return addDays(asOf, -(n - 1))
  if (unit === 'weeks') return addDays(asOf, -(7 * n - 1))
  const y = Number(asOf.slice(0, 4))
  const m = Number(asOf.slice(5, 7))
  const d = Number(asOf.slice(8, 10))
  const index = y * 12 + (m - 1) - n
  const y2 = Math.floor(index / 12)
  const m2 = (index % 12) + 1
  const last = new Date(Date.UTC(y2, m2, 0)).getUTCDate()
  return addDays(`${y2}-${pad2(m2)}-${pad2(Math.min(d, last))}`, 1)
}

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
    case 'fy_part':
    case 'fy_part_relative': {
      const fy = period.kind === 'fy_part' ? period.fy : currentFiscalYear(asOf) + period.offset
      const { from, to } = fyPartDates(fy, period.part)
      return { resolved: { asked: period, from, to, fiscalYears: null }, reversed: false }
    }
    case 'dates_since':
      // to the as-of date (scopeOf clips there too); a start after it counts nothing
      return { resolved: { asked: period, from: period.from, to: period.from > asOf ? period.from : asOf, fiscalYears: null }, reversed: false }
    case 'dates_until': {
      // from the first recorded event (or the end itself when nothing is recorded before it)
      const first = span !== null && span.first <= period.to ? span.first : period.to
      return { resolved: { asked: period, from: first, to: period.to, fiscalYears: null }, reversed: false }
    }
    case 'recent':
      return { resolved: { asked: period, from: recentFrom(asOf, period.n, period.unit), to: asOf, fiscalYears: null }, reversed: false }
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

/** The days of the week as breakdown keys, Monday first (ISO 8601). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** The day of the week of a calendar date ('YYYY-MM-DD', no time or zone: read as a UTC date). */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Weekday
}

/** The months of the year as breakdown keys, January first. */
export const MONTHS_OF_YEAR = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const

/** The month of the year of a calendar date ('YYYY-MM-DD' → 'MM'). */
export function monthOfYearOf(date: string): string {
  return date.slice(5, 7)
}

/** The fiscal quarter of a date, as a breakdown key: '2022-q1' (April–June 2022) … '2022-q4' (January–March 2023). */
export function fiscalQuarterOf(date: string): string {
  const month = Number(date.slice(5, 7))
  return `${fiscalYearOf(date)}-q${Math.floor(((month + 8) % 12) / 3) + 1}`
}

/** The fiscal quarters ('2022-q1') a resolved period touches, in order. */
export function fiscalQuartersOf(p: ResolvedPeriod): string[] {
  return [...new Set(monthsOf(p).map((m) => fiscalQuarterOf(`${m}-01`)))]
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
