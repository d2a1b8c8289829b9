// Waiting out another connection's SQLite write lock asynchronously (src/store/busy.ts), on a real file.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isBusy, retryWhileBusy, SERVER_BUSY_TIMEOUT_MS } from '../../src/store/busy.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { claimKey } from '../../src/store/idempotency.ts'

let dir: string
let store: Store
let holder: Database.Database
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-busy-'))
  store = await openStore({ url: `file:${dir}/busy.db`, busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS })
  holder = new Database(path.join(dir, 'busy.db'))
})
afterAll(async () => {
  holder.close()
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('a write while another connection holds the lock', () => {
  it('fails fast with an error isBusy recognises, and nothing is written', async () => {
    holder.exec('BEGIN IMMEDIATE')
    try {
      const started = Date.now()
      const error = await claimKey(store.db, { key: 'busy-1', scope: 'test' }).then(() => undefined, (e: unknown) => e)
      expect(isBusy(error)).toBe(true)
      expect(Date.now() - started).toBeLessThan(500)
    } finally {
      holder.exec('ROLLBACK')
    }
    expect(await store.db.idempotencyKey.count({ where: { key: 'busy-1' } })).toBe(0)
  })

  it('is tried again while the event loop runs other work, and succeeds once the lock is released', async () => {
    holder.exec('BEGIN IMMEDIATE')
    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 10)
    setTimeout(() => holder.exec('ROLLBACK'), 300)
    try {
      await expect(retryWhileBusy(() => claimKey(store.db, { key: 'busy-2', scope: 'test' }), { until: Date.now() + 2000 })).resolves.toBe(true)
    } finally {
      clearInterval(ticker)
    }
    // a synchronous wait would have starved the ticker (and the release, a timer too) for the whole busy timeout
    expect(ticks).toBeGreaterThan(3)
  })

  it('gives up at its deadline with the busy error, and other errors at once', async () => {
    holder.exec('BEGIN IMMEDIATE')
    try {
      const started = Date.now()
      const error = await retryWhileBusy(() => claimKey(store.db, { key: 'busy-3', scope: 'test' }), { until: Date.now() + 400 }).then(() => undefined, (e: unknown) => e)
      expect(isBusy(error)).toBe(true)
      expect(Date.now() - started).toBeGreaterThanOrEqual(250)
      expect(Date.now() - started).toBeLessThan(1000)
    } finally {
      holder.exec('ROLLBACK')
    }
    let calls = 0
    await expect(retryWhileBusy(async () => { calls += 1; throw new Error('not a lock') }, { until: Date.now() + 1000 })).rejects.toThrow('not a lock')
    expect(calls).toBe(1)
  })
})
