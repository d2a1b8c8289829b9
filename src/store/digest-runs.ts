// The DigestRun table: one row per digest period, inserted BEFORE posting. The unique period makes the
// insert the lock: whoever inserts first posts; a second instance gets a unique violation and stands back.
// A claim that was never marked posted (its process died) can be taken over once its lease has run out,
// with a compare-and-set on the old claim so two instances cannot both take it over.
import { Prisma } from '../generated/prisma/client.ts'
import type { Db } from './client.ts'

export type DigestRunStatus = 'claimed' | 'posted'

export interface DigestRunRow {
  period: string
  status: DigestRunStatus
  claimedBy: string
  claimedAt: Date
  postedAt: Date | null
  channel: string | null
  messageTs: string | null
  late: boolean
}

export type ClaimResult =
  /** This instance holds the period now. `takenOverFrom` is the stale claim it replaced, if any. */
  | { kind: 'claimed'; run: DigestRunRow; takenOverFrom?: { claimedBy: string; claimedAt: Date } }
  | { kind: 'posted'; run: DigestRunRow }
  /** Another instance holds a live claim; retry after `retryAfterMs`. */
  | { kind: 'busy'; run: DigestRunRow; retryAfterMs: number }

function toRow(r: { period: string; status: string; claimedBy: string; claimedAt: Date; postedAt: Date | null; channel: string | null; messageTs: string | null; late: boolean }): DigestRunRow {
  return { ...r, status: r.status === 'posted' ? 'posted' : 'claimed' }
}

const isUniqueViolation = (e: unknown): boolean => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002'

export async function claimDigestRun(
  db: Db,
  options: { period: string; instanceId: string; now: Date; leaseMs: number; late: boolean; channel: string },
): Promise<ClaimResult> {
  const { period, instanceId, now, leaseMs, late, channel } = options
  try {
    const run = await db.digestRun.create({ data: { period, status: 'claimed', claimedBy: instanceId, claimedAt: now, late, channel } })
    return { kind: 'claimed', run: toRow(run) }
  } catch (e) {
    if (!isUniqueViolation(e)) throw e
  }
  const existing = await db.digestRun.findUnique({ where: { period } })
  if (existing === null) {
    // Deleted between our insert and this read (a reset): try once more from the start.
    return claimDigestRun(db, options)
  }
  const run = toRow(existing)
  if (run.status === 'posted') return { kind: 'posted', run }
  const age = now.getTime() - run.claimedAt.getTime()
  if (age < leaseMs) return { kind: 'busy', run, retryAfterMs: leaseMs - age }
  const taken = await db.digestRun.updateMany({
    where: { period, status: 'claimed', claimedBy: run.claimedBy, claimedAt: run.claimedAt },
    data: { claimedBy: instanceId, claimedAt: now, late: run.late || late, channel },
  })
  if (taken.count === 0) {
    const now2 = await db.digestRun.findUnique({ where: { period } })
    if (now2 === null) return claimDigestRun(db, options)
    const r2 = toRow(now2)
    return r2.status === 'posted' ? { kind: 'posted', run: r2 } : { kind: 'busy', run: r2, retryAfterMs: leaseMs }
  }
  const mine = await db.digestRun.findUniqueOrThrow({ where: { period } })
  return { kind: 'claimed', run: toRow(mine), takenOverFrom: { claimedBy: run.claimedBy, claimedAt: run.claimedAt } }
}

/** Records the post; false if this instance no longer holds the claim (it was taken over meanwhile). */
export async function markDigestPosted(
  db: Db,
  options: { period: string; instanceId: string; messageTs: string; channel: string; postedAt: Date },
): Promise<boolean> {
  const r = await db.digestRun.updateMany({
    where: { period: options.period, claimedBy: options.instanceId, status: 'claimed' },
    data: { status: 'posted', messageTs: options.messageTs, channel: options.channel, postedAt: options.postedAt },
  })
  return r.count === 1
}

export async function getDigestRun(db: Db, period: string): Promise<DigestRunRow | null> {
  const r = await db.digestRun.findUnique({ where: { period } })
  return r === null ? null : toRow(r)
}

export async function listDigestRuns(db: Db): Promise<DigestRunRow[]> {
  const rows = await db.digestRun.findMany({ orderBy: { period: 'asc' } })
  return rows.map(toRow)
}
