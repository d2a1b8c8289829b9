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

/**
 * Best practices of an earlier year that are still running: events marked best practice and ongoing whose
 * start date is before `before` (the first day of the report's fiscal year), oldest first, at most `take`.
 * The report lists them again beside the year's own (継続中); no figure counts them again.
 */
export async function ongoingBestPracticesBefore(db: Db, options: { before: string; take?: number }): Promise<EventRecord[]> {
  const rows = await db.event.findMany({
    where: { bestPractice: true, ongoing: true, startDate: { lt: options.before } },
    include,
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    take: options.take ?? 100,
  })
  return rows.map(toRecord)
}
