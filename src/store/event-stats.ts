// Small queries for the Slack app (duplicate checks, idempotent actions). Portable Prisma query API. App
// Home's figures come from the executor of `grassroots ask` (src/services/home-figures.ts).
import type { EventRecord } from '../domain/event.ts'
import type { Db } from './client.ts'
import { toRecord } from './events.ts'

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
