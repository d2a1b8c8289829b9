import type { Db } from '../client.ts'

/** The first and last start dates recorded (index [startDate]), or null when there are no events. */
export async function eventDateSpan(db: Db): Promise<{ first: string; last: string } | null> {
  const [first, last] = await Promise.all([
    db.event.findFirst({ orderBy: { startDate: 'asc' }, select: { startDate: true } }),
    db.event.findFirst({ orderBy: { startDate: 'desc' }, select: { startDate: true } }),
  ])
  return first && last ? { first: first.startDate, last: last.startDate } : null
}
