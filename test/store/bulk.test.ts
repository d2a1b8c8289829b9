// Bulk writes (src/store/bulk.ts): an import's events with their derived rows and audit entries, in one
// transaction, on SQLite and PostgreSQL alike. On SQLite each table's insert is prepared once for the
// whole import (preparing a multi-row statement per chunk cost more than the rows); on PostgreSQL the rows
// go through COPY, so text with tabs, newlines and backslashes must arrive exactly as written.
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { bulkConnectionsOpened } from '../../src/store/bulk.ts'
import { retryWhileBusy, SERVER_BUSY_TIMEOUT_MS } from '../../src/store/busy.ts'
import { openStore, type Db } from '../../src/store/client.ts'
import { createEventBatches, createEvents, type NewEvent } from '../../src/store/events.ts'
import { makeEvents } from '../questions/fixtures.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir()
const pg = scratchPostgres()
const AWKWARD = 'tab\there, line\nbreak, back\\slash, CR\r, quote " and \\N'

function newEvents(count: number, seed: number): NewEvent[] {
  return makeEvents(count, seed).map((data: EventData, i) => ({ data: i === 0 ? { ...data, summary: AWKWARD, city: 'Tab\tCity' } : data, sourceKey: `bulk-${seed}-${i}` }))
}

/** What is stored, as comparable counts and the first event's text. */
async function stored(db: Db) {
  const first = await db.event.findFirst({ where: { sourceKey: { endsWith: '-0' } }, select: { summary: true, city: true, createdAt: true } })
  return {
    events: await db.event.count(),
    states: await db.eventState.count(),
    regions: await db.eventRegion.count(),
    themes: await db.eventTheme.count(),
    audit: await db.auditEntry.count(),
    summary: first?.summary,
    city: first?.city,
  }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('bulk writes', () => {
  it('prepare each SQLite insert once for a whole import, however many chunks it has', async () => {
    const store = await openStore({ url: `file:${path.join(dir, 'prepared.db')}` })
    try {
      const prepare = vi.spyOn(Database.prototype, 'prepare')
      const events = newEvents(12_000, 1)
      const result = await createEvents(store.db, { events, actor: 'test', source: 'import' })
      const inserts = prepare.mock.calls.filter(([sql]) => sql.startsWith('INSERT'))
      expect(result.created).toBe(12_000)
      // Event, EventState, EventRegion, EventTheme, AuditEntry: one statement each
      expect(inserts).toHaveLength(5)
      expect(new Set(inserts.map(([sql]) => sql)).size).toBe(5)
    } finally {
      await store.close()
    }
  })

  it('write the same rows on SQLite and PostgreSQL, skip stored keys, and write nothing when a batch fails', async () => {
    const events = newEvents(1_200, 2)
    const figures = []
    for (const url of [`file:${path.join(dir, 'same.db')}`, pg.url()]) {
      const store = await openStore({ url })
      try {
        const first = await createEvents(store.db, { events, actor: 'test', source: 'import' })
        expect(first.created).toBe(1_200)
        const twice = newEvents(3, 3)
        const again = await createEvents(store.db, { events: [...events.slice(0, 10), ...twice, twice[0]!], actor: 'test', source: 'import' })
        // stored keys skipped, a key twice in one batch created once
        expect(again).toMatchObject({ created: 3, skipped: 11 })
        async function* failing() {
          yield newEvents(50, 4)
          throw new Error('a bad line')
        }
        await expect(createEventBatches(store.db, { batches: failing(), actor: 'test', source: 'import' })).rejects.toThrow('a bad line')
        figures.push(await stored(store.db))
      } finally {
        await store.close()
      }
    }
    expect(figures[0]).toMatchObject({ events: 1_203, summary: AWKWARD, city: 'Tab\tCity' })
    expect(figures[1]).toEqual(figures[0])
  })
})

describe('bulk writes of one event (a Slack save)', () => {
  it('reuse one SQLite connection and its prepared inserts from one save to the next, and open another for a save at the same time', async () => {
    // as the server opens it: a write lock held is waited for asynchronously (retryWhileBusy)
    const store = await openStore({ url: `file:${path.join(dir, 'kept.db')}`, busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS })
    try {
      const prepare = vi.spyOn(Database.prototype, 'prepare')
      const events = newEvents(21, 7)
      for (const e of events.slice(0, 20)) expect((await createEvents(store.db, { events: [e], actor: 'test', source: 'slack' })).created).toBe(1)
      // opening the file, its pragmas, each table's columns and each insert: once, not once per save
      expect(bulkConnectionsOpened(store.db)).toBe(1)
      expect(prepare.mock.calls.filter(([sql]) => sql.startsWith('INSERT'))).toHaveLength(5)
      expect(prepare.mock.calls.filter(([sql]) => sql.startsWith('PRAGMA table_info'))).toHaveLength(5)
      // two transactions at once each have a connection of their own (the second waits for the write lock)
      const save = (e: NewEvent) => retryWhileBusy(() => createEvents(store.db, { events: [e], actor: 'test', source: 'slack' }), { until: Date.now() + 5000 })
      const [a, b] = await Promise.all([save(events[20]!), save(events[0]!)])
      expect([a.created, b.created]).toEqual([1, 0])
      expect(bulkConnectionsOpened(store.db)).toBe(2)
      expect((await stored(store.db)).events).toBe(21)
    } finally {
      await store.close()
    }
  })

  it('a failed transaction is rolled back and its connection used again for the next save', async () => {
    const store = await openStore({ url: `file:${path.join(dir, 'kept-fail.db')}` })
    try {
      const [first, second] = newEvents(2, 8)
      await expect(
        createEventBatches(store.db, {
          actor: 'test',
          source: 'slack',
          batches: (async function* () {
            yield [first!]
            throw new Error('the form went away')
          })(),
        }),
      ).rejects.toThrow('the form went away')
      expect((await stored(store.db)).events).toBe(0)
      expect((await createEvents(store.db, { events: [second!], actor: 'test', source: 'slack' })).created).toBe(1)
      expect(bulkConnectionsOpened(store.db)).toBe(1)
      expect((await stored(store.db)).events).toBe(1)
    } finally {
      await store.close()
    }
  })

  it('write one event at a time (one INSERT per table on PostgreSQL) as SQLite does, a stored key skipped, the time as written', async () => {
    const events = newEvents(6, 9)
    const figures = []
    for (const url of [`file:${path.join(dir, 'one-by-one.db')}`, pg.url()]) {
      const store = await openStore({ url })
      try {
        const before = Date.now()
        const created = []
        for (const e of [...events, events[2]!]) created.push((await createEvents(store.db, { events: [e], actor: 'test', source: 'slack' })).created)
        expect(created).toEqual([1, 1, 1, 1, 1, 1, 0])
        const first = await store.db.event.findFirst({ where: { sourceKey: events[0]!.sourceKey }, select: { createdAt: true } })
        expect(first?.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1)
        expect(first?.createdAt.getTime()).toBeLessThanOrEqual(Date.now())
        // this test's rows only (the PostgreSQL database is shared by the file's tests)
        const mine = { event: { sourceKey: { startsWith: 'bulk-9-' } } }
        const e0 = await store.db.event.findFirst({ where: { sourceKey: 'bulk-9-0' }, select: { summary: true, city: true, participants: true, bestPractice: true } })
        figures.push({
          events: await store.db.event.count({ where: { sourceKey: { startsWith: 'bulk-9-' } } }),
          states: await store.db.eventState.count({ where: mine }),
          regions: await store.db.eventRegion.count({ where: mine }),
          themes: await store.db.eventTheme.count({ where: mine }),
          ...e0,
        })
      } finally {
        await store.close()
      }
    }
    expect(figures[0]).toMatchObject({ events: 6, summary: AWKWARD, city: 'Tab\tCity' })
    expect(figures[1]).toEqual(figures[0])
  })
})
