// One bounded connection pool per process on PostgreSQL: Prisma's queries, the bulk path (COPY) and the
// migrator all take their connections from it, so however many saves arrive at once the database sees at
// most DATABASE_POOL_MAX sessions from the process. Runs against the local server.
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { eventInputSchema } from '../../src/domain/event.ts'
import { loadBaseConfig } from '../../src/config.ts'
import { openStore } from '../../src/store/client.ts'
import { POSTGRES_MIGRATIONS_DIR, readMigrations } from '../../src/store/migrator.ts'
import { createEvent, listEvents, updateEvent } from '../../src/store/events.ts'
import { scratchPostgres } from '../helpers/postgres.ts'

const pgdb = scratchPostgres()
const fresh = scratchPostgres()
const ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

/** Samples the sessions connected to `database` (from a connection to another database) until stopped. */
function watchSessions(database: string): { stop(): Promise<number> } {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  let peak = 0
  let running = true
  const loop = (async () => {
    await admin.connect()
    while (running) {
      const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [database])
      peak = Math.max(peak, Number(rows[0]?.n ?? 0))
      await new Promise((r) => setTimeout(r, 2))
    }
    await admin.end()
  })()
  return {
    async stop() {
      running = false
      await loop
      return peak
    },
  }
}

/** The sessions connected to `database`, read every 20 ms until there are none or `withinMs` has passed. */
async function sessionsAfterClose(database: string, withinMs: number): Promise<number> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  try {
    const until = Date.now() + withinMs
    for (;;) {
      const { rows } = await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [database])
      const n = Number(rows[0]?.n ?? 0)
      if (n === 0 || Date.now() > until) return n
      await new Promise((r) => setTimeout(r, 20))
    }
  } finally {
    await admin.end()
  }
}

const data = eventInputSchema.parse({
  startDate: '2022-05-10', officeCode: 'chicago', stateCodes: ['WI', 'IL'], titleEn: 'Caravan', activityType: 'business_support',
  format: 'in_person', participants: 120, bestPractice: false,
})

describe('PostgreSQL connection pool', () => {
  it('DATABASE_POOL_MAX sets the pool size: 10 when unset, a whole number from 1 to 500', () => {
    expect(loadBaseConfig({}).databasePoolMax).toBe(10)
    expect(loadBaseConfig({ DATABASE_POOL_MAX: '25' }).databasePoolMax).toBe(25)
    for (const bad of ['0', '-1', 'ten', '2.5', '501']) expect(() => loadBaseConfig({ DATABASE_POOL_MAX: bad }), bad).toThrow(/DATABASE_POOL_MAX/)
  })

  it('150 simultaneous saves keep the database sessions of the process within the pool size', async () => {
    const poolMax = 4
    const database = new URL(pgdb.url()).pathname.slice(1)
    const store = await openStore({ url: pgdb.url(), poolMax })
    const watch = watchSessions(database)
    try {
      const saves = Array.from({ length: 150 }, (_, i) =>
        createEvent(store.db, { event: { data, sourceKey: `slack:V${i}:pool` }, actor: 'U1', source: 'slack' }),
      )
      const results = await Promise.all(saves)
      expect(results.every((r) => r.created)).toBe(true)
      expect(await store.db.event.count()).toBe(150)
    } finally {
      const peak = await watch.stop()
      await store.close()
      expect(peak).toBeGreaterThan(0)
      expect(peak, `peak sessions ${peak}`).toBeLessThanOrEqual(poolMax)
    }
    // closing the store ends every session of the pool: a server process leaves pg_stat_activity a moment after
    // its client closes (its exit is asynchronous), so the count is read until it is 0, within 2 s
    expect(await sessionsAfterClose(database, 2_000)).toBe(0)
  })

  it('works on a pool of one connection: saves, edits and reads queue for it instead of waiting on each other', async () => {
    const store = await openStore({ url: pgdb.url(), poolMax: 1 })
    try {
      const first = await createEvent(store.db, { event: { data, sourceKey: 'slack:one:0' }, actor: 'U1', source: 'slack' })
      const work = await Promise.all([
        ...Array.from({ length: 5 }, (_, i) => createEvent(store.db, { event: { data, sourceKey: `slack:one:${i + 1}` }, actor: 'U1', source: 'slack' })),
        updateEvent(store.db, { id: first.record.id, data: { ...data, participants: 7 }, actor: 'U2', source: 'slack' }),
        listEvents(store.db, { take: 3 }),
      ])
      expect(work).toHaveLength(7)
      expect((await store.db.event.findUniqueOrThrow({ where: { id: first.record.id } })).participants).toBe(7)
    } finally {
      await store.close()
    }
  })

  it('two instances starting at once on a fresh database apply each migration once, through their pools', async () => {
    const [a, b] = await Promise.all([openStore({ url: fresh.url(), poolMax: 1 }), openStore({ url: fresh.url(), poolMax: 1 })])
    try {
      const names = readMigrations(POSTGRES_MIGRATIONS_DIR).map((m) => m.name)
      expect([...a.migration.applied, ...b.migration.applied].sort()).toEqual(names)
      expect([...a.migration.alreadyApplied, ...b.migration.alreadyApplied].sort()).toEqual(names)
      // the lock is given back with the connection: both stores work on their one connection
      expect(await a.db.event.count()).toBe(0)
      expect(await b.db.event.count()).toBe(0)
    } finally {
      await a.close()
      await b.close()
    }
  })
})
