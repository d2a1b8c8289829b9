// A PostgreSQL database that refuses connections for a while (an operator closing it, a restart): a claim
// made after Slack's ack waits it out and succeeds once the database is back, instead of failing at once and
// losing the answer it guards. Measured on a real database closed with ALLOW_CONNECTIONS false and its
// sessions terminated, as the soak's outage does.
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { isUnreachable, retryWhileBusy } from '../../src/store/busy.ts'
import { openStore } from '../../src/store/client.ts'
import { claimKey } from '../../src/store/idempotency.ts'
import { ADMIN_URL, scratchPostgres } from '../helpers/postgres.ts'

const database = scratchPostgres()

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL })
  await c.connect()
  try {
    return await work(c)
  } finally {
    await c.end()
  }
}

describe('a claim while PostgreSQL refuses connections', () => {
  it('fails at once with the refusal, read as "unreachable"; retried, it succeeds when the database is back', async () => {
    const store = await openStore({ url: database.url(), poolMax: 2 })
    const name = new URL(database.url()).pathname.slice(1)
    try {
      await claimKey(store.db, { key: 'before', scope: 'test' })
      await admin(async (c) => {
        await c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`)
        await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name])
      })
      const refused = await claimKey(store.db, { key: 'during', scope: 'test' }).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(refused, 'the claim must fail while the database is closed').toBeDefined()
      expect(isUnreachable(refused)).toBe(true)

      const started = Date.now()
      setTimeout(() => void admin((c) => c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`)), 1500)
      const claimed = await retryWhileBusy(() => claimKey(store.db, { key: 'during', scope: 'test' }), { until: Date.now() + 15_000 })
      expect(claimed).toBe(true)
      expect(Date.now() - started).toBeGreaterThanOrEqual(1400)
      // claimed once: a second claim of the same key finds it
      expect(await claimKey(store.db, { key: 'during', scope: 'test' })).toBe(false)
    } finally {
      await admin((c) => c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`))
      await store.close()
    }
  }, 30_000)

  it('does not take an ordinary error for an unreachable database', () => {
    expect(isUnreachable(new Error('Unique constraint failed on the fields: (`key`)'))).toBe(false)
    expect(isUnreachable({ code: 'P2002' })).toBe(false)
    expect(isUnreachable({ code: 'P1001' })).toBe(true)
    expect(isUnreachable({ meta: { driverAdapterError: { cause: { originalCode: '57P01' } } } })).toBe(true)
  })
})
