// Exactly-once side effects: a Slack retry, a re-delivered Socket Mode envelope or a double click claims the
// same key, and only the first claim wins. The primary key makes the claim atomic on SQLite and PostgreSQL.
import { Prisma } from '../generated/prisma/client.ts'
import type { Db } from './client.ts'

/** True when this call took the key (do the work); false when an earlier call already had it (skip). */
export async function claimKey(db: Db, options: { key: string; scope: string; result?: string }): Promise<boolean> {
  try {
    await db.idempotencyKey.create({ data: { key: options.key, scope: options.scope, result: options.result ?? null } })
    return true
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return false
    throw e
  }
}

/** Gives a key back, so that work which failed after claiming it can be tried again. */
export async function releaseKey(db: Db, key: string): Promise<void> {
  await db.idempotencyKey.deleteMany({ where: { key } })
}

export async function keyResult(db: Db, key: string): Promise<string | null | undefined> {
  const row = await db.idempotencyKey.findUnique({ where: { key } })
  return row === null ? undefined : row.result
}

export async function setKeyResult(db: Db, options: { key: string; result: string }): Promise<void> {
  await db.idempotencyKey.update({ where: { key: options.key }, data: { result: options.result } })
}
