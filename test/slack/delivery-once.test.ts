// Once, even when Slack's answer is lost. Bug (the soak's faults scenario): a chat.postMessage that Slack
// carried out but answered only after the client's timeout was posted again, so save confirmations and
// answers showed twice. Now a message posted with chat.postMessage carries its outbox key in its metadata
// and is looked up (conversations.history, conversations.replies in a thread, the DM named by
// conversations.open) before any new try; an ephemeral or a response_url reply, which cannot be looked up,
// is not posted again after an unknown outcome. Against the Slack fake over HTTP, on a SQLite file.
import path from 'node:path'
import { webApi } from '@slack/bolt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeEntry, privateRoutes, type OutboxEntry } from '../../src/slack/delivery/entry.ts'
import { attemptRoute } from '../../src/slack/delivery/post.ts'
import { createDeliveryWorker, type DeliveryWorker } from '../../src/slack/delivery/worker.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { enqueueOutbox, leaseOutboxRow } from '../../src/store/outbox.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { FakeSlack } from './fake-slack.ts'
import { TEST_DELIVERY_TIMING } from './harness.ts'

/** The client's deadline: every hang below outlasts it. */
const TIMEOUT_MS = 300

let fake: FakeSlack
let store: Store
let client: webApi.WebClient
let worker: DeliveryWorker
beforeAll(async () => {
  fake = await FakeSlack.start()
  store = await openStore({ url: `file:${path.join(tmpDir('grassroots-once-'), 'once.db')}` })
  client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: TIMEOUT_MS })
  worker = createDeliveryWorker({ db: store.db, client, workerId: 'once', timing: { ...TEST_DELIVERY_TIMING, attemptTimeoutMs: TIMEOUT_MS } })
  worker.start()
})
afterAll(async () => {
  await worker.stop()
  await store.close()
  expect(fake.rejections).toEqual([])
  await fake.close()
})

const settle = (ms = 2 * TIMEOUT_MS) => new Promise((r) => setTimeout(r, ms))

/** Records `entry`, wakes the worker and waits for the row to be finished; the row then. */
async function deliver(entry: OutboxEntry) {
  const { id } = await enqueueOutbox(store.db, encodeEntry(entry))
  worker.kick()
  await worker.waitDelivered(id, 10_000)
  await settle()
  return store.db.slackOutbox.findUniqueOrThrow({ where: { id } })
}

const entry = (key: string, routes: OutboxEntry['routes']): OutboxEntry => ({ key, purpose: 'answer', userId: 'U0ONCE', routes, message: { text: `message ${key}` }, failureText: 'not delivered' })
const postsIn = (channel: string) => fake.messages.filter((m) => m.channel === channel)

describe('a chat.postMessage whose answer never comes', () => {
  it('to a channel, carried out by Slack: posted once, the row delivered with that message', async () => {
    fake.inject('chat.postMessage', { hangAfterMs: 5000 })
    const row = await deliver(entry('once:channel', [{ kind: 'channel', channel: 'C0ONCE' }, { kind: 'dm', user: 'U0ONCE' }]))
    const posted = postsIn('C0ONCE')
    expect(posted).toHaveLength(1)
    expect(posted[0]!.metadata).toEqual({ event_type: 'grassroots_outbox', event_payload: { key: 'once:channel' } })
    expect(row).toMatchObject({ status: 'delivered', deliveredVia: 'channel', deliveredChannel: 'C0ONCE', deliveredTs: posted[0]!.ts })
    const lookup = fake.callsTo('conversations.history').find((c) => c.args.channel === 'C0ONCE')
    expect(lookup?.args.include_all_metadata).toBe('true')
    // the window starts shortly before the row was recorded, not at the beginning of the channel
    expect(Number(lookup?.args.oldest)).toBeGreaterThan(row.createdAt.getTime() / 1000 - 120)
    expect(postsIn(fake.imChannel('U0ONCE'))).toHaveLength(0)
  })

  it('in a thread: found among the thread replies, posted once', async () => {
    fake.inject('chat.postMessage', { hangAfterMs: 5000 })
    const routes = [{ kind: 'channel' as const, channel: 'C0ONCETH', threadTs: '1700000000.000100' }, ...privateRoutes({ userId: 'U0ONCETH', channelId: 'C0ONCETH' })]
    const row = await deliver(entry('once:thread', routes))
    const posted = postsIn('C0ONCETH')
    expect(posted).toHaveLength(1)
    expect(posted[0]!.threadTs).toBe('1700000000.000100')
    expect(row).toMatchObject({ status: 'delivered', deliveredVia: 'channel', deliveredTs: posted[0]!.ts })
    expect(fake.callsTo('conversations.replies').some((c) => c.args.channel === 'C0ONCETH' && c.args.ts === '1700000000.000100')).toBe(true)
    expect(fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0ONCETH')).toHaveLength(0)
    expect(postsIn(fake.imChannel('U0ONCETH'))).toHaveLength(0)
  })

  it("to the user's DM: the DM named by conversations.open, posted once", async () => {
    fake.inject('chat.postMessage', { hangAfterMs: 5000 })
    const row = await deliver(entry('once:dm', [{ kind: 'dm', user: 'U0ONCEDM' }]))
    const dm = fake.imChannel('U0ONCEDM')
    expect(postsIn(dm)).toHaveLength(1)
    expect(fake.callsTo('conversations.open').some((c) => c.args.users === 'U0ONCEDM')).toBe(true)
    expect(row).toMatchObject({ status: 'delivered', deliveredVia: 'dm', deliveredChannel: dm, deliveredTs: postsIn(dm)[0]!.ts })
  })

  it('not carried out (the request hung and was dropped): looked up, not found, posted again, once', async () => {
    fake.inject('chat.postMessage', { hangMs: 2000 })
    const row = await deliver(entry('once:lost', [{ kind: 'channel', channel: 'C0ONCELOST' }]))
    expect(fake.callsTo('chat.postMessage#hang').filter((c) => c.args.channel === 'C0ONCELOST')).toHaveLength(1)
    expect(postsIn('C0ONCELOST')).toHaveLength(1)
    expect(row).toMatchObject({ status: 'delivered', deliveredTs: postsIn('C0ONCELOST')[0]!.ts })
  })

  it('whose lookup is rate-limited first: the Retry-After is waited out, then it is found, posted once', async () => {
    fake.inject('chat.postMessage', { hangAfterMs: 5000 })
    fake.inject('conversations.history', { status: 429, retryAfter: 1 })
    const row = await deliver(entry('once:limited', [{ kind: 'channel', channel: 'C0ONCE429' }]))
    expect(postsIn('C0ONCE429')).toHaveLength(1)
    const [limited, read] = [fake.callsTo('conversations.history#429').at(-1), fake.callsTo('conversations.history').filter((c) => c.args.channel === 'C0ONCE429').at(-1)]
    expect(read!.at! - limited!.at!).toBeGreaterThanOrEqual(1000)
    expect(row.status).toBe('delivered')
  })

  it('posted by a worker that died before recording it: the next worker finds it instead of posting again', async () => {
    const { id } = await enqueueOutbox(store.db, encodeEntry(entry('once:crash', [{ kind: 'channel', channel: 'C0ONCECRASH' }])))
    const dead = await leaseOutboxRow(store.db, { id, worker: 'dead', now: new Date(), leaseMs: 200 })
    expect(dead).not.toBeNull()
    // what the dead worker did before it died: the post, with the row's key
    expect(await attemptRoute({ kind: 'channel', channel: 'C0ONCECRASH' }, { text: 'crash' }, { client, timeoutMs: TIMEOUT_MS, key: 'once:crash' })).toMatchObject({ kind: 'delivered' })
    await settle(300)
    worker.kick()
    await worker.waitDelivered(id, 10_000)
    expect(postsIn('C0ONCECRASH')).toHaveLength(1)
    expect(await store.db.slackOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'delivered', deliveredTs: postsIn('C0ONCECRASH')[0]!.ts })
  })
})

describe('a reply that cannot be looked up, whose answer never comes', () => {
  it('an ephemeral carried out by Slack: not posted again, nor sent as a DM; the row says it is unconfirmed', async () => {
    fake.inject('chat.postEphemeral', { hangAfterMs: 5000 })
    const row = await deliver(entry('once:ephemeral', privateRoutes({ userId: 'U0ONCEEPH', channelId: 'C0ONCEEPH' })))
    expect(fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0ONCEEPH')).toHaveLength(1)
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0ONCEEPH')).toHaveLength(0)
    expect(row).toMatchObject({ status: 'delivered', deliveredVia: 'ephemeral' })
    expect(row.lastError).toMatch(/^unconfirmed: ephemeral: /)
  })

  it('a response_url post shown by Slack: not posted again, nor by the next routes', async () => {
    fake.inject('response_url', { hangAfterMs: 5000 })
    const routes = privateRoutes({ userId: 'U0ONCERU', channelId: 'C0ONCERU', responseUrl: fake.responseUrl('once-ru') })
    const row = await deliver(entry('once:response', routes))
    expect(fake.responseAttempts.filter((a) => a.id === 'once-ru')).toHaveLength(1)
    expect(fake.responses.filter((r) => r.id === 'once-ru')).toHaveLength(1)
    expect(fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0ONCERU')).toHaveLength(0)
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0ONCERU')).toHaveLength(0)
    expect(row).toMatchObject({ status: 'delivered', deliveredVia: 'response_url' })
    expect(row.lastError).toMatch(/^unconfirmed: response_url: /)
  })

  it('a connection refused before anything was sent is tried again as before', async () => {
    const closed = await FakeSlack.start()
    const url = closed.responseUrl('refused')
    await closed.close()
    const routes = [{ kind: 'response_url' as const, url, responseType: 'ephemeral' as const, expiresAt: Date.now() + 60_000 }, { kind: 'ephemeral' as const, channel: 'C0REFUSED', user: 'U0REFUSED' }]
    const row = await deliver(entry('once:refused', routes))
    expect(row).toMatchObject({ status: 'delivered', deliveredVia: 'ephemeral' })
    expect(row.lastError).toBeNull()
    expect(fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0REFUSED')).toHaveLength(1)
  })
})
