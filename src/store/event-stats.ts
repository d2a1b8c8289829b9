// Small aggregate queries for the Slack app (App Home figures, duplicate checks). Portable Prisma query API.
import type { EventRecord } from '../domain/event.ts'
import type { Db } from './client.ts'
import { toRecord } from './events.ts'

export interface EventTotals {
  events: number
  participants: number
  /** Distinct state codes (DC included: the caller decides how to count it). */
  stateCodes: string[]
}

export async function eventTotals(db: Db, filter: { fiscalYear: number; officeCode?: string }): Promise<EventTotals> {
  const where = { fiscalYear: filter.fiscalYear, ...(filter.officeCode ? { officeCode: filter.officeCode } : {}) }
  const [agg, states] = await Promise.all([
    db.event.aggregate({ where, _count: { _all: true }, _sum: { participants: true } }),
    db.eventState.findMany({
      where: { fiscalYear: filter.fiscalYear, ...(filter.officeCode ? { event: { officeCode: filter.officeCode } } : {}) },
      distinct: ['stateCode'],
      select: { stateCode: true },
      orderBy: { stateCode: 'asc' },
    }),
  ])
  return { events: agg._count._all, participants: agg._sum.participants ?? 0, stateCodes: states.map((s) => s.stateCode) }
}

/** Events of one office starting on one date: the candidates for "is this a duplicate?". */
export async function eventsOfOfficeOn(db: Db, options: { officeCode: string; startDate: string }): Promise<EventRecord[]> {
  const rows = await db.event.findMany({
    where: { officeCode: options.officeCode, startDate: options.startDate },
    include: { states: { select: { stateCode: true } }, themes: { select: { themeCode: true } } },
    orderBy: { id: 'asc' },
    take: 50,
  })
  return rows.map(toRecord)
}

/** The event an idempotent action created, if it did (Event.sourceKey is unique). */
export async function eventBySourceKey(db: Db, sourceKey: string): Promise<EventRecord | null> {
  const row = await db.event.findUnique({
    where: { sourceKey },
    include: { states: { select: { stateCode: true } }, themes: { select: { themeCode: true } } },
  })
  return row === null ? null : toRecord(row)
}
