import { z } from 'zod'
import type { Db } from '../client.ts'
import { eventWhere, type EventScope } from './scope.ts'

const PAGE = 20_000
const partnersSchema = z.array(z.string())

/** One event's partner names with the event's fiscal year and office (for a breakdown by either). */
export interface EventPartners {
  names: string[]
  fiscalYear: number
  officeCode: string
}

/**
 * Each event's partner names (Event.partners, a JSON array of strings) for every event in a scope, page by
 * page in id order; events with no partner give an empty list.
 * @throws Error when a stored partners column is not a JSON array of strings (never a silent miscount).
 */
export async function partnerNames(db: Db, options: { scope: EventScope }): Promise<string[][]> {
  return (await eventPartners(db, options)).map((e) => e.names)
}

/** As partnerNames, each list with its event's fiscal year and office code. */
export async function eventPartners(db: Db, options: { scope: EventScope }): Promise<EventPartners[]> {
  const where = eventWhere(options.scope, { byStartDate: true })
  const out: EventPartners[] = []
  let after = 0
  for (;;) {
    const rows = await db.event.findMany({
      where: { AND: [where, { id: { gt: after } }] },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true, partners: true, fiscalYear: true, officeCode: true },
    })
    for (const r of rows) {
      const parsed = partnersSchema.safeParse(JSON.parse(r.partners))
      if (!parsed.success) throw new Error(`event ${r.id}: partners is not a list of names`)
      out.push({ names: parsed.data, fiscalYear: r.fiscalYear, officeCode: r.officeCode })
    }
    const last = rows.at(-1)
    if (last === undefined || rows.length < PAGE) break
    after = last.id
  }
  return out
}
