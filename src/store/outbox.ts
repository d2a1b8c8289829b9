// The outbox of Slack messages (model SlackOutbox): rows written with the change that causes them, then taken
// one at a time by a delivery worker (src/slack/delivery/worker.ts). Several instances may share the table:
// a worker takes a row with a conditional update of its lease (one statement, atomic on SQLite and on
// PostgreSQL, where a second updater re-reads the row after the first commits and finds it leased), and
// every later write of the row names the worker that holds it. Routes and message are opaque JSON here.
import { Prisma } from '../generated/prisma/client.ts'
import type { BulkTx } from './bulk.ts'
import type { Db } from './client.ts'

/** A message to record: what src/slack/delivery/entry.ts encodes. */
export interface OutboxInsert {
  /** Unique: the same side effect recorded twice is one row. */
  key: string
  purpose: string
  userId: string | null
  /** JSON. */
  routes: string
  /** JSON. */
  message: string
  failureText: string | null
}

export type OutboxRow = Prisma.SlackOutboxGetPayload<object>

/** Where a delivered message went. */
export interface OutboxReceipt {
  via: string
  channel: string | null
  ts: string | null
}

/** The interactive-transaction client of Prisma (updateEvent writes its rows through it). */
type TxClient = Prisma.TransactionClient

/**
 * Records a message (or finds the one already recorded under its key). `created` is false when the key was
 * there already: nothing is written, and the earlier row is the one delivered.
 */
export async function enqueueOutbox(db: Db, row: OutboxInsert): Promise<{ id: number; created: boolean }> {
  try {
    const created = await db.slackOutbox.create({ data: row, select: { id: true } })
    return { id: created.id, created: true }
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e
    const existing = await db.slackOutbox.findUniqueOrThrow({ where: { key: row.key }, select: { id: true } })
    return { id: existing.id, created: false }
  }
}

/**
 * The same inside an interactive transaction: an upsert that leaves a row already recorded as it is (a
 * failed INSERT would abort a PostgreSQL transaction, so the key is not left to fail).
 */
export async function enqueueOutboxInTx(tx: TxClient, row: OutboxInsert): Promise<void> {
  await tx.slackOutbox.upsert({ where: { key: row.key }, create: row, update: {} })
}

/** The same inside a bulk transaction (src/store/bulk.ts): rows whose key is stored already are skipped. */
export async function enqueueOutboxInBulk(tx: BulkTx, rows: readonly OutboxInsert[], at: Date): Promise<void> {
  if (rows.length === 0) return
  await tx.insert({
    table: 'SlackOutbox',
    columns: ['key', 'purpose', 'userId', 'routes', 'message', 'failureText', 'status', 'routeIndex', 'routeAttempts', 'attempts', 'nextAttemptAt', 'createdAt'],
    rows: rows.map((r) => [r.key, r.purpose, r.userId, r.routes, r.message, r.failureText, 'pending', 0, 0, 0, at, at]),
    skipConflictOn: 'key',
  })
}

/** Ids of rows due now and not leased by a live worker, oldest due first (at most `take`). */
export async function dueOutboxIds(db: Db, options: { now: Date; take: number }): Promise<number[]> {
  const rows = await db.slackOutbox.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: options.now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: options.now } }] },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: options.take,
    select: { id: true },
  })
  return rows.map((r) => r.id)
}

/**
 * When the next pending row falls due (undefined: none pending): the earliest of the unleased rows' next
 * attempts and the leased rows' lease ends (a worker that died lets its rows go then).
 */
export async function nextOutboxDue(db: Db, now: Date = new Date()): Promise<Date | undefined> {
  const [free, leased] = await Promise.all([
    db.slackOutbox.findFirst({ where: { status: 'pending', OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }, orderBy: { nextAttemptAt: 'asc' }, select: { nextAttemptAt: true } }),
    db.slackOutbox.findFirst({ where: { status: 'pending', leaseUntil: { gte: now } }, orderBy: { leaseUntil: 'asc' }, select: { leaseUntil: true } }),
  ])
  const times = [free?.nextAttemptAt, leased?.leaseUntil ?? undefined].filter((d): d is Date => d !== undefined)
  return times.length === 0 ? undefined : new Date(Math.min(...times.map((d) => d.getTime())))
}

/**
 * Takes the row for `worker` until `now + leaseMs`, if it is still pending, due and unleased (or its lease
 * ran out): the row, with `attempts` counting this one; null when another worker has it or it is done.
 */
export async function leaseOutboxRow(db: Db, options: { id: number; worker: string; now: Date; leaseMs: number }): Promise<OutboxRow | null> {
  const { id, worker, now } = options
  const taken = await db.slackOutbox.updateMany({
    where: { id, status: 'pending', nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leasedBy: worker, leaseUntil: new Date(now.getTime() + options.leaseMs), attempts: { increment: 1 } },
  })
  if (taken.count !== 1) return null
  return db.slackOutbox.findFirst({ where: { id, leasedBy: worker } })
}

/**
 * Marks a leased row delivered (true), unless the worker's lease was lost meanwhile (false). `note`: kept in
 * lastError (a delivery Slack never confirmed).
 */
export async function markOutboxDelivered(db: Db, options: { id: number; worker: string; receipt: OutboxReceipt; at: Date; note?: string }): Promise<boolean> {
  const { receipt } = options
  const done = await db.slackOutbox.updateMany({
    where: { id: options.id, leasedBy: options.worker },
    data: {
      status: 'delivered',
      deliveredAt: options.at,
      deliveredVia: receipt.via,
      deliveredChannel: receipt.channel,
      deliveredTs: receipt.ts,
      leasedBy: null,
      leaseUntil: null,
      lastError: options.note?.slice(0, 500) ?? null,
    },
  })
  return done.count === 1
}

/** Gives a leased row back, to be tried again from `nextAttemptAt` on route `routeIndex`. */
export async function rescheduleOutboxRow(
  db: Db,
  options: { id: number; worker: string; nextAttemptAt: Date; routeIndex: number; routeAttempts: number; lastError: string },
): Promise<void> {
  await db.slackOutbox.updateMany({
    where: { id: options.id, leasedBy: options.worker },
    data: { nextAttemptAt: options.nextAttemptAt, routeIndex: options.routeIndex, routeAttempts: options.routeAttempts, lastError: options.lastError.slice(0, 500), leasedBy: null, leaseUntil: null },
  })
}

/**
 * Marks a leased row failed (every route tried) and, in the same transaction, records `notice` (what the
 * user is told) when given. False when the lease was lost meanwhile (nothing written).
 */
export async function failOutboxRow(db: Db, options: { id: number; worker: string; lastError: string; routeIndex: number; notice?: OutboxInsert }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const done = await tx.slackOutbox.updateMany({
      where: { id: options.id, leasedBy: options.worker },
      data: { status: 'failed', lastError: options.lastError.slice(0, 500), routeIndex: options.routeIndex, leasedBy: null, leaseUntil: null },
    })
    if (done.count !== 1) return false
    if (options.notice !== undefined) await enqueueOutboxInTx(tx, options.notice)
    return true
  })
}

/** A row's state, for a caller waiting on its delivery. */
export async function outboxRow(db: Db, id: number): Promise<OutboxRow | null> {
  return db.slackOutbox.findUnique({ where: { id } })
}

/** How many messages wait to be delivered (pending, leased or not): the backlog an operator watches. */
export async function outboxBacklog(db: Db): Promise<number> {
  return db.slackOutbox.count({ where: { status: 'pending' } })
}

/** Deletes delivered and failed rows finished before `before` (they are kept a while for inquiry); how many. */
export async function pruneOutbox(db: Db, before: Date): Promise<number> {
  const done = await db.slackOutbox.deleteMany({ where: { status: { in: ['delivered', 'failed'] }, createdAt: { lt: before } } })
  return done.count
}
