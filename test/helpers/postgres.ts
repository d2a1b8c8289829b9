// A scratch PostgreSQL database per test file on the local server (127.0.0.1:5432, trust auth), dropped
// afterwards. PG_ADMIN_URL overrides where it is created.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'

export const ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

export function scratchPostgres(): { url: () => string } {
  const name = `grassroots_test_${process.pid}_${randomBytes(3).toString('hex')}`
  let url = ''
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const u = new URL(ADMIN_URL)
    u.pathname = `/${name}`
    url = u.toString()
  })
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  })
  return { url: () => url }
}
