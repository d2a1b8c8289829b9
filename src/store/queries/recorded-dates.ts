import type { Db } from '../client.ts'
import { eventWhere, type EventScope } from './scope.ts'

/** An event's start date and the instant it was entered into the system (Event.createdAt). */
export interface RecordedDate {
  id: number
  startDate: string
  createdAt: Date
}

const PAGE = 20_000

/** The start date and recording instant of every event in a scope, page by page in id order. */
export async function recordedDates(db: Db, options: { scope: EventScope }): Promise<RecordedDate[]> {
  const where = eventWhere(options.scope, { byStartDate: true })
  const out: RecordedDate[] = []
  let after = 0
  for (;;) {
    const rows = await db.event.findMany({
      where: { AND: [where, { id: { gt: after } }] },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, startDate: true, createdAt: true },
    })
    out.push(...rows)
    const last = rows.at(-1)
    if (last === undefined || rows.length < PAGE) break
    after = last.id
  }
  return out
}
