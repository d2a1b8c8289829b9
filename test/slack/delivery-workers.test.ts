// Several instances share one database, each with its delivery worker: one outbox row is posted by one of
// them, once. Two stores open the same SQLite file (and the same PostgreSQL database), as two processes
// would; their workers drain the same rows against the Slack fake at the same time. On both providers too:
// a save's messages are written in the event's own transaction (the bulk path on SQLite, COPY on
// PostgreSQL), and finished rows are pruned.
import path from 'node:path'
import { webApi } from '@slack/bolt'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { EventRecord } from '../../src/domain/event.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { decodeRow, encodeEntry } from '../../src/slack/delivery/entry.ts'
import { createDeliveryWorker, type DeliveryWorker } from '../../src/slack/delivery/worker.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { SERVER_BUSY_TIMEOUT_MS } from '../../src/store/busy.ts'
import { createEvent, updateEvent } from '../../src/store/events.ts'
import { enqueueOutbox, leaseOutboxRow, markOutboxDelivered } from '../../src/store/outbox.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { FakeSlack } from './fake-slack.ts'
import { TEST_DELIVERY_TIMING } from './harness.ts'

const ROWS = 30

let fake: FakeSlack
beforeAll(async () => {
  fake = await FakeSlack.start()
})
afterAll(async () => {
  await fake.close()
})

function worker(store: Store, id: string, delivered: Map<string, number>): DeliveryWorker {
  const client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true })
  return createDeliveryWorker({
    db: store.db,
    client,
    workerId: id,
    timing: TEST_DELIVERY_TIMING,
    onOutcome: (o) => {
      if (o.outcome === 'delivered') delivered.set(id, (delivered.get(id) ?? 0) + 1)
    },
  })
}

/** Two stores on one database: the contract both providers must keep. */
function sharedDatabase(name: string, open: () => Promise<[Store, Store]>) {
  describe(name, () => {
    let a: Store
    let b: Store
    const workers: DeliveryWorker[] = []
    beforeAll(async () => {
      ;[a, b] = await open()
    })
    afterEach(async () => {
      await Promise.all(workers.splice(0).map((w) => w.stop()))
      fake.recover('chat.postMessage')
    })
    afterAll(async () => {
      await a.close()
      await b.close()
    })

    it('a row is leased by one of two workers racing for it, never both', async () => {
      for (let i = 0; i < 20; i++) {
        const { id } = await enqueueOutbox(a.db, encodeEntry({ key: `${name}:race:${i}`, purpose: 'log', routes: [{ kind: 'channel', channel: 'C0RACE' }], message: { text: `race ${i}` } }))
        const now = new Date()
        const taken = await Promise.all([
          leaseOutboxRow(a.db, { id, worker: 'A', now, leaseMs: 60_000 }),
          leaseOutboxRow(b.db, { id, worker: 'B', now, leaseMs: 60_000 }),
        ])
        expect(taken.filter((r) => r !== null)).toHaveLength(1)
      }
    })

    it('a worker whose lease ran out (and was taken over) cannot mark the row delivered', async () => {
      const { id } = await enqueueOutbox(a.db, encodeEntry({ key: `${name}:lost`, purpose: 'log', routes: [{ kind: 'channel', channel: 'C0LOST' }], message: { text: 'lost lease' } }))
      expect(await leaseOutboxRow(a.db, { id, worker: 'A', now: new Date(), leaseMs: 1 })).not.toBeNull()
      await new Promise((r) => setTimeout(r, 20))
      expect(await leaseOutboxRow(b.db, { id, worker: 'B', now: new Date(), leaseMs: 60_000 })).not.toBeNull()
      const receipt = { via: 'channel', channel: 'C0LOST', ts: '1.0' }
      expect(await markOutboxDelivered(a.db, { id, worker: 'A', receipt, at: new Date() })).toBe(false)
      expect(await markOutboxDelivered(b.db, { id, worker: 'B', receipt, at: new Date() })).toBe(true)
    })

    it("a save's messages are written in the event's transaction: with a new event, not with one that existed, and with an update", async () => {
      const data = eventInputSchema.parse({ startDate: '2022-06-01', officeCode: 'chicago', stateCodes: ['WI'], participants: 5, titleEn: 'Tab\tand\nnewline forum', titleJa: null, activityType: 'info', format: 'in_person' })
      const notice = (key: string) => (record: EventRecord) => [
        encodeEntry({ key, purpose: 'saved', userId: 'U0TX', routes: [{ kind: 'dm', user: 'U0TX' }], message: { text: `#${record.id} ${record.titleEn}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: record.titleEn ?? '' } }] } }),
      ]
      const first = await createEvent(a.db, { event: { data, sourceKey: `${name}:tx` }, actor: 'slack:U0TX', source: 'slack', outbox: notice(`${name}:notice`) })
      expect(first.created).toBe(true)
      const row = await b.db.slackOutbox.findUniqueOrThrow({ where: { key: `${name}:notice` } })
      expect(decodeRow(row)?.message).toEqual({ text: `#${first.record.id} ${data.titleEn}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: data.titleEn } }] })
      expect(row).toMatchObject({ status: 'pending', userId: 'U0TX', purpose: 'saved' })
      // the same submission again: no event, no message
      const again = await createEvent(a.db, { event: { data, sourceKey: `${name}:tx` }, actor: 'slack:U0TX', source: 'slack', outbox: notice(`${name}:notice-again`) })
      expect(again.created).toBe(false)
      expect(await b.db.slackOutbox.count({ where: { key: `${name}:notice-again` } })).toBe(0)
      const updated = await updateEvent(a.db, { id: first.record.id, data: { ...data, participants: 6 }, actor: 'slack:U0TX', source: 'slack', outbox: notice(`${name}:update`) })
      expect(updated?.participants).toBe(6)
      expect(await b.db.slackOutbox.count({ where: { key: `${name}:update` } })).toBe(1)
    })

    it('finished rows are deleted once older than keepMs; rows still to deliver never are', async () => {
      const old = new Date(Date.now() - 2 * 24 * 3600_000)
      const row = (key: string) => encodeEntry({ key: `${name}:prune:${key}`, purpose: 'log', routes: [{ kind: 'channel', channel: 'C0PRUNE' }], message: { text: key } })
      for (const key of ['delivered-old', 'failed-old', 'pending-old', 'delivered-new']) await enqueueOutbox(a.db, row(key))
      const keyOf = (k: string) => `${name}:prune:${k}`
      await a.db.slackOutbox.update({ where: { key: keyOf('delivered-old') }, data: { status: 'delivered', createdAt: old } })
      await a.db.slackOutbox.update({ where: { key: keyOf('failed-old') }, data: { status: 'failed', createdAt: old } })
      await a.db.slackOutbox.update({ where: { key: keyOf('pending-old') }, data: { createdAt: old, nextAttemptAt: new Date(Date.now() + 3600_000) } })
      await a.db.slackOutbox.update({ where: { key: keyOf('delivered-new') }, data: { status: 'delivered' } })
      const w = createDeliveryWorker({ db: b.db, client: new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl }), timing: { ...TEST_DELIVERY_TIMING, keepMs: 24 * 3600_000 } })
      await w.drain()
      const left = await a.db.slackOutbox.findMany({ where: { key: { startsWith: `${name}:prune:` } }, select: { key: true }, orderBy: { key: 'asc' } })
      expect(left.map((r) => r.key)).toEqual([keyOf('delivered-new'), keyOf('pending-old')])
    })

    it(`two workers draining ${ROWS} rows together post each exactly once`, async () => {
      const channel = `C0${name.toUpperCase().replace(/[^A-Z]/g, '')}`
      for (let i = 0; i < ROWS; i++) {
        await enqueueOutbox(a.db, encodeEntry({ key: `${name}:row:${i}`, purpose: 'log', routes: [{ kind: 'channel', channel }], message: { text: `row ${i}` } }))
      }
      // each post takes a while, so both workers are busy at the same time
      fake.failAlways('chat.postMessage', { delayMs: 25 })
      const delivered = new Map<string, number>()
      workers.push(worker(a, 'worker-a', delivered), worker(b, 'worker-b', delivered))
      for (const w of workers) w.start()
      const deadline = Date.now() + 15_000
      while ((await a.db.slackOutbox.count({ where: { key: { startsWith: `${name}:row:` }, status: 'delivered' } })) < ROWS) {
        if (Date.now() > deadline) throw new Error('rows not delivered in time')
        await new Promise((r) => setTimeout(r, 50))
      }
      await new Promise((r) => setTimeout(r, 200))
      const posts = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel)
      for (let i = 0; i < ROWS; i++) expect(posts.filter((c) => c.args.text === `row ${i}`)).toHaveLength(1)
      expect(posts).toHaveLength(ROWS)
      // both instances took part
      expect(delivered.get('worker-a') ?? 0).toBeGreaterThan(0)
      expect(delivered.get('worker-b') ?? 0).toBeGreaterThan(0)
      expect((delivered.get('worker-a') ?? 0) + (delivered.get('worker-b') ?? 0)).toBe(ROWS)
    })
  })
}

const dir = tmpDir('grassroots-delivery-')
sharedDatabase('sqlite', async () => {
  const url = `file:${path.join(dir, 'shared.db')}`
  const a = await openStore({ url, busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS })
  const b = await openStore({ url, busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS })
  return [a, b]
})

const pg = scratchPostgres()
sharedDatabase('postgresql', async () => [await openStore({ url: pg.url() }), await openStore({ url: pg.url() })])
