// Store queries behind the fiscal-year report and the weekly digest for what a structured query (the Query
// of src/questions/query.ts, which every figure of theirs goes through) cannot express: when events were
// recorded (createdAt, not the event's date), where they came from (source), and the full records of
// events a query has listed. Every figure about the events themselves comes from the executor, through the
// documents' figure lists (src/reports/figures.ts, src/digest/figures.ts).
import type { EventRecord } from '../domain/event.ts'
import type { Prisma } from '../generated/prisma/client.ts'
import type { Db } from './client.ts'
import { toRecord } from './events.ts'

const include = { states: { select: { stateCode: true } }, themes: { select: { themeCode: true } } } as const

/**
 * The records of the given events (city, summary and all), in the order of `ids`; an id with no event is
 * left out. For the events a list query chose: the query decides which, this only reads them whole.
 */
export async function eventRecordsByIds(db: Db, ids: readonly number[]): Promise<EventRecord[]> {
  if (ids.length === 0) return []
  const rows = await db.event.findMany({ where: { id: { in: [...ids] } }, include })
  const byId = new Map(rows.map((r) => [r.id, toRecord(r)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
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

/** Counts of events by their `source` ('demo', 'slack', 'import'). */
export async function eventsBySource(db: Db): Promise<Map<string, number>> {
  const rows = await db.event.groupBy({ by: ['source'], _count: { _all: true }, orderBy: { source: 'asc' } })
  return new Map(rows.map((r) => [r.source, r._count._all]))
}

// The digest's figures, until it counts them through its figure list.

/** Inclusive calendar range on an event's start date. */
export interface DateRange {
  from: string
  to: string
}

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
