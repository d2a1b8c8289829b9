// What `grassroots demo` needs from the store besides createEvents: to tell demo data from real data, to
// reset the event tables, and to give generated events a plausible "recorded on" time (the weekly digest
// lists events by when they were recorded).
import type { Db } from './client.ts'

/** Events whose source is not 'demo': real data that a demo run must not overwrite without asking. */
export async function countNonDemoEvents(db: Db): Promise<number> {
  return db.event.count({ where: { source: { not: 'demo' } } })
}

/** Empties the event tables and what refers to them (audit, digest runs, imports, idempotency keys). */
export async function resetEventData(db: Db): Promise<{ deletedEvents: number }> {
  return db.$transaction(async (tx) => {
    await tx.eventState.deleteMany({})
    await tx.eventTheme.deleteMany({})
    await tx.eventRegion.deleteMany({})
    const events = await tx.event.deleteMany({})
    await tx.auditEntry.deleteMany({})
    await tx.digestRun.deleteMany({})
    await tx.importBatch.deleteMany({})
    await tx.idempotencyKey.deleteMany({})
    return { deletedEvents: events.count }
  })
}

/** Sets when each demo event was recorded (createdAt), by sourceKey; only rows with source 'demo'. */
export async function setDemoRecordedAt(db: Db, entries: ReadonlyArray<{ sourceKey: string; recordedAt: Date }>): Promise<number> {
  // Grouped by timestamp: one UPDATE per distinct time instead of one per event.
  const byTime = new Map<number, string[]>()
  for (const e of entries) {
    const key = e.recordedAt.getTime()
    const list = byTime.get(key) ?? []
    list.push(e.sourceKey)
    byTime.set(key, list)
  }
  return db.$transaction(async (tx) => {
    let updated = 0
    for (const [time, keys] of byTime) {
      const r = await tx.event.updateMany({ where: { source: 'demo', sourceKey: { in: keys } }, data: { createdAt: new Date(time) } })
      updated += r.count
    }
    return updated
  })
}

/** Sets the cost (yen) of demo events by sourceKey; only rows with source 'demo'. Returns how many were set. */
export async function setDemoCosts(db: Db, entries: ReadonlyArray<{ sourceKey: string; costYen: number }>): Promise<number> {
  return db.$transaction(async (tx) => {
    let updated = 0
    for (const e of entries) updated += (await tx.event.updateMany({ where: { source: 'demo', sourceKey: e.sourceKey }, data: { costYen: e.costYen } })).count
    return updated
  })
}
