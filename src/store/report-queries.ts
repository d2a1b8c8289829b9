// Read-only aggregate queries behind the fiscal-year report and the weekly digest. Each one is a
// deterministic count or sum over recorded events through the portable Prisma query API; the report and
// the digest only arrange what these return. Date ranges are inclusive 'YYYY-MM-DD' bounds on startDate.
import type { EventRecord } from '../domain/event.ts'
import type { Prisma } from '../generated/prisma/client.ts'
import type { Db } from './client.ts'
import { toRecord } from './events.ts'

/** Inclusive calendar range on an event's start date. */
export interface DateRange {
  from: string
  to: string
}

const include = { states: { select: { stateCode: true } }, themes: { select: { themeCode: true } } } as const

function eventWhere(range: DateRange | undefined): Prisma.EventWhereInput {
  return range === undefined ? {} : { startDate: { gte: range.from, lte: range.to } }
}

export interface Totals {
  events: number
  participants: number
}

/** Events and participants (延べ) of the events that started in the range (all events without one). */
export async function totalsIn(db: Db, range?: DateRange): Promise<Totals> {
  const r = await db.event.aggregate({ where: eventWhere(range), _count: { _all: true }, _sum: { participants: true } })
  return { events: r._count._all, participants: r._sum.participants ?? 0 }
}

export interface FiscalYearTotals extends Totals {
  fiscalYear: number
}

/** Events and participants per fiscal year, oldest first: only the years that have events. */
export async function totalsByFiscalYear(db: Db): Promise<FiscalYearTotals[]> {
  const rows = await db.event.groupBy({
    by: ['fiscalYear'],
    _count: { _all: true },
    _sum: { participants: true },
    orderBy: { fiscalYear: 'asc' },
  })
  return rows.map((r) => ({ fiscalYear: r.fiscalYear, events: r._count._all, participants: r._sum.participants ?? 0 }))
}

export interface OfficeTotals extends Totals {
  officeCode: string
}

/** Events and participants per office in the range; offices with no event are absent. */
export async function totalsByOffice(db: Db, range?: DateRange): Promise<OfficeTotals[]> {
  const rows = await db.event.groupBy({
    by: ['officeCode'],
    where: eventWhere(range),
    _count: { _all: true },
    _sum: { participants: true },
    orderBy: { officeCode: 'asc' },
  })
  return rows.map((r) => ({ officeCode: r.officeCode, events: r._count._all, participants: r._sum.participants ?? 0 }))
}

/**
 * Events per state (or DC) in the range. An event that covers several states counts once in each: the
 * per-state figures add up to more than the number of events.
 */
export async function eventsByState(db: Db, range?: DateRange): Promise<Map<string, number>> {
  const rows = await db.eventState.groupBy({
    by: ['stateCode'],
    where: range === undefined ? {} : { event: eventWhere(range) },
    _count: { _all: true },
    orderBy: { stateCode: 'asc' },
  })
  return new Map(rows.map((r) => [r.stateCode, r._count._all]))
}

/** The distinct events in the range that touch at least one of the given states. */
export async function countEventsTouching(db: Db, options: { stateCodes: readonly string[]; range?: DateRange }): Promise<number> {
  return db.event.count({
    where: { ...eventWhere(options.range), states: { some: { stateCode: { in: [...options.stateCodes] } } } },
  })
}

/** The first fiscal year with an event in each state (or DC) ever recorded. */
export async function firstFiscalYearByState(db: Db): Promise<Map<string, number>> {
  const rows = await db.eventState.groupBy({ by: ['stateCode'], _min: { fiscalYear: true }, orderBy: { stateCode: 'asc' } })
  const result = new Map<string, number>()
  for (const r of rows) if (r._min.fiscalYear !== null) result.set(r.stateCode, r._min.fiscalYear)
  return result
}

/** States (and DC) with at least one event in the range. */
export async function statesWithEvents(db: Db, range?: DateRange): Promise<Set<string>> {
  return new Set((await eventsByState(db, range)).keys())
}

/** Best practices (bestPractice = true) that started in the range, oldest first. */
export async function bestPracticesIn(db: Db, range: DateRange): Promise<EventRecord[]> {
  const rows = await db.event.findMany({
    where: { ...eventWhere(range), bestPractice: true },
    include,
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
  })
  return rows.map(toRecord)
}

/** The first and last fiscal years with events, or null for an empty store. */
export async function fiscalYearSpan(db: Db): Promise<{ first: number; last: number } | null> {
  const r = await db.event.aggregate({ _min: { fiscalYear: true }, _max: { fiscalYear: true } })
  if (r._min.fiscalYear === null || r._max.fiscalYear === null) return null
  return { first: r._min.fiscalYear, last: r._max.fiscalYear }
}

/**
 * Events recorded (created) in [from, to): what staff entered during a week, whatever the event dates.
 * Ordered by office, then start date, so a digest can group them without sorting again.
 */
export async function eventsRecordedBetween(
  db: Db,
  options: { from: Date; to: Date; take?: number },
): Promise<{ total: number; events: EventRecord[] }> {
  const where: Prisma.EventWhereInput = { createdAt: { gte: options.from, lt: options.to } }
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      include,
      orderBy: [{ officeCode: 'asc' }, { startDate: 'asc' }, { id: 'asc' }],
      ...(options.take === undefined ? {} : { take: options.take }),
    }),
  ])
  return { total, events: rows.map(toRecord) }
}

/** Events recorded in [from, to) per office: the full breakdown even when the list itself is cut. */
export async function recordedByOffice(db: Db, options: { from: Date; to: Date }): Promise<Map<string, number>> {
  const rows = await db.event.groupBy({
    by: ['officeCode'],
    where: { createdAt: { gte: options.from, lt: options.to } },
    _count: { _all: true },
    orderBy: { officeCode: 'asc' },
  })
  return new Map(rows.map((r) => [r.officeCode, r._count._all]))
}

/** Events per calendar month ('YYYY-MM') of start date in the range. */
export async function eventsByMonth(db: Db, range: DateRange): Promise<Map<string, number>> {
  const rows = await db.event.groupBy({
    by: ['startDate'],
    where: eventWhere(range),
    _count: { _all: true },
    orderBy: { startDate: 'asc' },
  })
  const result = new Map<string, number>()
  for (const r of rows) {
    const month = r.startDate.slice(0, 7)
    result.set(month, (result.get(month) ?? 0) + r._count._all)
  }
  return result
}

/** Counts of events by their `source` ('demo', 'slack', 'import'). */
export async function eventsBySource(db: Db): Promise<Map<string, number>> {
  const rows = await db.event.groupBy({ by: ['source'], _count: { _all: true }, orderBy: { source: 'asc' } })
  return new Map(rows.map((r) => [r.source, r._count._all]))
}
