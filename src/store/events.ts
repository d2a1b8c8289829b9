// Event repository: every write goes through here, with its audit entry in the same transaction.
// Portable Prisma query API only (no raw SQL, but for the bulk insert below), so the same code runs on SQLite and
// PostgreSQL. Derived rows (prisma/schema.prisma) are written here too, in the same transaction as their event.
import { durationDays, isoWeekday } from '../domain/event-days.ts'
import type { EventData, EventRecord } from '../domain/event.ts'
import { Prisma } from '../generated/prisma/client.ts'
import type { Db } from './client.ts'
import { regionsOf } from './derived-rows.ts'
import { withBulkTransaction, type BulkTx, type Cell } from './bulk.ts'
import { searchKeysOf } from './text-keys.ts'
import { enqueueOutboxInBulk, enqueueOutboxInTx, type OutboxInsert } from './outbox.ts'

export type EventSource = 'slack' | 'import' | 'demo'

export interface NewEvent {
  data: EventData
  /** Idempotency key: a second create with the same key finds the first and writes nothing. */
  sourceKey: string
}

const include = { states: { select: { stateCode: true } }, themes: { select: { themeCode: true } } } as const
type EventRow = Prisma.EventGetPayload<{ include: typeof include }>

export function toRecord(row: EventRow): EventRecord {
  return {
    id: row.id,
    startDate: row.startDate,
    endDate: row.endDate,
    fiscalYear: row.fiscalYear,
    officeCode: row.officeCode,
    stateCodes: row.states.map((s) => s.stateCode).sort(),
    city: row.city,
    titleEn: row.titleEn,
    titleJa: row.titleJa,
    activityType: row.activityType as EventRecord['activityType'],
    themes: row.themes.map((t) => t.themeCode).sort() as EventRecord['themes'],
    format: row.format as EventRecord['format'],
    participants: row.participants,
    partners: JSON.parse(row.partners) as string[],
    bestPractice: row.bestPractice,
    ...(row.bestPracticeCategory === null ? {} : { bestPracticeCategory: row.bestPracticeCategory }),
    ...(row.ongoing ? { ongoing: true } : {}),
    summary: row.summary,
    ...(row.costYen === null ? {} : { costYen: row.costYen }),
    source: row.source,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  }
}

function scalarColumns(d: EventData) {
  return {
    startDate: d.startDate,
    endDate: d.endDate,
    fiscalYear: d.fiscalYear,
    officeCode: d.officeCode,
    city: d.city,
    titleEn: d.titleEn,
    titleJa: d.titleJa,
    activityType: d.activityType,
    format: d.format,
    participants: d.participants,
    stateCount: d.stateCodes.length,
    durationDays: durationDays(d.startDate, d.endDate),
    startWeekday: isoWeekday(d.startDate),
    partners: JSON.stringify(d.partners),
    bestPractice: d.bestPractice,
    // absent (a writer that does not know them) keeps the stored values, as for the cost
    ...(d.bestPracticeCategory === undefined ? {} : { bestPracticeCategory: d.bestPracticeCategory }),
    ...(d.ongoing === undefined ? {} : { ongoing: d.ongoing }),
    summary: d.summary,
    // a form without the cost field (undefined) keeps the stored cost; null clears it
    ...(d.costYen === undefined ? {} : { costYen: d.costYen }),
    ...searchKeysOf(d),
  }
}

/** The audit snapshot of an event: its data, without bookkeeping. */
function snapshot(d: EventData): string {
  return JSON.stringify(d)
}

// Bulk writes go through bulk.ts (a statement prepared once per table on SQLite, COPY on PostgreSQL), a
// chunk of events at a time with their derived rows. Prisma's createMany costs about 300 µs a row on this
// machine (its query plan is rendered per parameter), which puts a 100,000-row import at minutes.
// Everything else in the store uses the query API.
const CHUNK = 5000

export interface CreateManyResult {
  created: number
  skipped: number
  ids: number[]
}

/**
 * Creates many events in one transaction (all or nothing). Events whose sourceKey is already stored are
 * skipped: that is how a re-imported file or a retried request is recognised.
 */
export async function createEvents(
  db: Db,
  options: { events: NewEvent[]; actor: string; source: EventSource },
): Promise<CreateManyResult> {
  async function* one() {
    yield options.events
  }
  return createEventBatches(db, { batches: one(), actor: options.actor, source: options.source })
}

/**
 * The same, for events that arrive in batches (a large import validated on another thread). One transaction
 * for all batches: if the iterable throws, nothing is written.
 */
export async function createEventBatches(
  db: Db,
  options: {
    batches: AsyncIterable<NewEvent[]>
    actor: string
    source: EventSource
    /** Called in the transaction for each chunk's newly created events (not the skipped ones), to write more rows with them. */
    onCreated?: (tx: BulkTx, created: Array<{ id: number; event: NewEvent; at: Date }>) => Promise<void>
  },
): Promise<CreateManyResult> {
  const { batches, actor, source, onCreated } = options
  return withBulkTransaction(db, async (tx) => {
    const now = new Date()
    const ids: number[] = []
    let total = 0
    // batches arrive as validated (1,000 rows); they are written CHUNK rows at a time, since each write
    // costs PostgreSQL several round trips whatever its size
    async function* chunks(): AsyncGenerator<NewEvent[]> {
      let pending: NewEvent[] = []
      for await (const events of batches) {
        pending = pending.length === 0 ? events : pending.concat(events)
        while (pending.length >= CHUNK) {
          yield pending.slice(0, CHUNK)
          pending = pending.slice(CHUNK)
        }
      }
      if (pending.length > 0) yield pending
    }
    for await (const chunk of chunks()) {
      total += chunk.length
      {
        const rows = await tx.insert({
          table: 'Event',
          columns: EVENT_COLUMNS,
          rows: chunk.map((e) => {
            const d = e.data
            const keys = searchKeysOf(d)
            return [d.startDate, d.endDate, d.fiscalYear, d.officeCode, d.city, d.titleEn, d.titleJa, d.activityType, d.format, d.participants, d.stateCodes.length, durationDays(d.startDate, d.endDate), isoWeekday(d.startDate), JSON.stringify(d.partners), d.bestPractice, d.summary, keys.cityKey, keys.textKey, keys.partnersKey, source, e.sourceKey, actor, now, now, d.costYen ?? null, d.bestPracticeCategory ?? null, d.ongoing ?? false, keys.partnerCount, keys.titleKey, keys.summaryKey]
          }),
          skipConflictOn: 'sourceKey',
          returning: ['id', 'sourceKey'],
        })
        if (rows.length === 0) continue
        const created = new Map(rows.map((r) => [String(r[1]), Number(r[0])]))
        const states: Cell[][] = []
        const regions: Cell[][] = []
        const themes: Cell[][] = []
        const audit: Cell[][] = []
        const createdNow: Array<{ id: number; event: NewEvent; at: Date }> = []
        for (const e of chunk) {
          const id = created.get(e.sourceKey)
          if (id === undefined) continue
          created.delete(e.sourceKey) // a key twice in one batch creates one event
          ids.push(id)
          createdNow.push({ id, event: e, at: now })
          const d = e.data
          // derived rows (prisma/schema.prisma): the event's columns copied onto its state, region and theme rows
          for (const s of d.stateCodes) states.push([id, s, d.fiscalYear, d.participants, d.officeCode, d.activityType, d.format])
          for (const r of regionsOf(d.stateCodes)) regions.push([id, r, d.fiscalYear, d.participants])
          for (const t of d.themes) themes.push([id, t, d.fiscalYear, d.participants])
          audit.push([now, actor, 'create', id, source, snapshot(d)])
        }
        await tx.insert({ table: 'EventState', columns: ['eventId', 'stateCode', 'fiscalYear', 'participants', 'officeCode', 'activityType', 'format'], rows: states })
        await tx.insert({ table: 'EventRegion', columns: ['eventId', 'regionCode', 'fiscalYear', 'participants'], rows: regions })
        await tx.insert({ table: 'EventTheme', columns: ['eventId', 'themeCode', 'fiscalYear', 'participants'], rows: themes })
        await tx.insert({ table: 'AuditEntry', columns: ['at', 'actor', 'action', 'eventId', 'source', 'after'], rows: audit })
        if (onCreated !== undefined && createdNow.length > 0) await onCreated(tx, createdNow)
      }
    }
    return { created: ids.length, skipped: total - ids.length, ids }
  })
}

const EVENT_COLUMNS = ['startDate', 'endDate', 'fiscalYear', 'officeCode', 'city', 'titleEn', 'titleJa', 'activityType', 'format', 'participants', 'stateCount', 'durationDays', 'startWeekday', 'partners', 'bestPractice', 'summary', 'cityKey', 'textKey', 'partnersKey', 'source', 'sourceKey', 'createdBy', 'createdAt', 'updatedAt', 'costYen', 'bestPracticeCategory', 'ongoing', 'partnerCount', 'titleKey', 'summaryKey'] as const

/** How many of these source keys are already stored (a dry-run import's "already present"). */
export async function countStoredSourceKeys(db: Db, keys: readonly string[]): Promise<number> {
  let n = 0
  for (let i = 0; i < keys.length; i += 1000) {
    n += await db.event.count({ where: { sourceKey: { in: keys.slice(i, i + 1000) } } })
  }
  return n
}

/**
 * Creates one event unless its sourceKey was already used; returns the event either way. `outbox`: the Slack
 * messages the new event causes (its confirmation), written in the same transaction — none when the event
 * existed already.
 */
export async function createEvent(
  db: Db,
  options: { event: NewEvent; actor: string; source: EventSource; outbox?: (record: EventRecord) => OutboxInsert[] },
): Promise<{ record: EventRecord; created: boolean }> {
  const { actor, source, outbox } = options
  const result = await createEventBatches(db, {
    batches: (async function* () {
      yield [options.event]
    })(),
    actor,
    source,
    ...(outbox
      ? {
          onCreated: async (tx: BulkTx, created: Array<{ id: number; event: NewEvent; at: Date }>) => {
            for (const { id, event, at } of created) await enqueueOutboxInBulk(tx, outbox(writtenRecord({ id, data: event.data, actor, source, at })), at)
          },
        }
      : {}),
  })
  const row = await db.event.findUniqueOrThrow({ where: { sourceKey: options.event.sourceKey }, include })
  return { record: toRecord(row), created: result.created === 1 }
}

/** The record of an event just written with `data`, as toRecord would read it back (inside its transaction). */
function writtenRecord(options: { id: number; data: EventData; actor: string; source: EventSource; at: Date }): EventRecord {
  const { costYen, ...data } = options.data
  return {
    ...data,
    ...(costYen === null || costYen === undefined ? {} : { costYen }),
    id: options.id,
    source: options.source,
    createdBy: options.actor,
    createdAt: options.at,
    updatedBy: null,
    updatedAt: options.at,
  }
}

export async function getEvent(db: Db, id: number): Promise<EventRecord | null> {
  const row = await db.event.findUnique({ where: { id }, include })
  return row === null ? null : toRecord(row)
}

/** Updates an event (null when it no longer exists). `outbox`: Slack messages the update causes, written in its transaction. */
export async function updateEvent(
  db: Db,
  options: { id: number; data: EventData; actor: string; source: EventSource; outbox?: (record: EventRecord) => OutboxInsert[] },
): Promise<EventRecord | null> {
  const { id, data, actor, source } = options
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id }, include })
    if (before === null) return null
    // the event's rows and their copies of its columns (derived rows, prisma/schema.prisma) are written anew
    await tx.eventState.deleteMany({ where: { eventId: id } })
    await tx.eventRegion.deleteMany({ where: { eventId: id } })
    await tx.eventTheme.deleteMany({ where: { eventId: id } })
    const copies = { fiscalYear: data.fiscalYear, participants: data.participants }
    const row = await tx.event.update({
      where: { id },
      data: {
        ...scalarColumns(data),
        updatedBy: actor,
        states: {
          create: data.stateCodes.map((s) => ({ stateCode: s, ...copies, officeCode: data.officeCode, activityType: data.activityType, format: data.format })),
        },
        regions: { create: regionsOf(data.stateCodes).map((r) => ({ regionCode: r, ...copies })) },
        themes: { create: data.themes.map((t) => ({ themeCode: t, ...copies })) },
      },
      include,
    })
    const { id: _i, source: _s, createdBy: _c, createdAt: _ca, updatedBy: _u, updatedAt: _ua, ...prev } = toRecord(before)
    await tx.auditEntry.create({
      data: { actor, action: 'update', eventId: id, source, before: snapshot(prev), after: snapshot(data) },
    })
    const record = toRecord(row)
    for (const message of options.outbox?.(record) ?? []) await enqueueOutboxInTx(tx, message)
    return record
  })
}

export async function deleteEvent(
  db: Db,
  options: { id: number; actor: string; source: EventSource },
): Promise<EventRecord | null> {
  const { id, actor, source } = options
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id }, include })
    if (before === null) return null
    await tx.event.delete({ where: { id } })
    const record = toRecord(before)
    const { id: _i, source: _s, createdBy: _c, createdAt: _ca, updatedBy: _u, updatedAt: _ua, ...prev } = record
    await tx.auditEntry.create({ data: { actor, action: 'delete', eventId: id, source, before: snapshot(prev) } })
    return record
  })
}

export interface EventFilter {
  fiscalYears?: number[]
  officeCodes?: string[]
  stateCodes?: string[]
  createdBy?: string
}

function whereOf(f: EventFilter): Prisma.EventWhereInput {
  return {
    ...(f.fiscalYears ? { fiscalYear: { in: f.fiscalYears } } : {}),
    ...(f.officeCodes ? { officeCode: { in: f.officeCodes } } : {}),
    ...(f.stateCodes ? { states: { some: { stateCode: { in: f.stateCodes } } } } : {}),
    ...(f.createdBy ? { createdBy: f.createdBy } : {}),
  }
}

/** Events in a stable order (date, then id): the order of the CSV export. */
export async function* iterateEvents(db: Db, filter: EventFilter = {}, pageSize = 2000): AsyncGenerator<EventRecord> {
  let cursor: { startDate: string; id: number } | null = null
  for (;;) {
    const where: Prisma.EventWhereInput = cursor
      ? {
          AND: [
            whereOf(filter),
            { OR: [{ startDate: { gt: cursor.startDate } }, { startDate: cursor.startDate, id: { gt: cursor.id } }] },
          ],
        }
      : whereOf(filter)
    const rows: EventRow[] = await db.event.findMany({ where, include, orderBy: [{ startDate: 'asc' }, { id: 'asc' }], take: pageSize })
    for (const r of rows) yield toRecord(r)
    const last = rows.at(-1)
    if (last === undefined || rows.length < pageSize) return
    cursor = { startDate: last.startDate, id: last.id }
  }
}

/** Newest first, paged: for lists in Slack. */
export async function listEvents(
  db: Db,
  options: { filter?: EventFilter; skip?: number; take?: number },
): Promise<{ total: number; events: EventRecord[] }> {
  const where = whereOf(options.filter ?? {})
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({ where, include, orderBy: [{ startDate: 'desc' }, { id: 'desc' }], skip: options.skip ?? 0, take: options.take ?? 10 }),
  ])
  return { total, events: rows.map(toRecord) }
}
