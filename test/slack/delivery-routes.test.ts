// One try of one route, against the Slack fake over HTTP: what counts as delivered, as passing (tried again,
// after Retry-After when Slack sends one) and as final for the route (the next route is taken); the pauses
// between tries; the routes of the note that tells a user a message failed.
import { webApi } from '@slack/bolt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { failureRoutes, privateRoutes, type Route } from '../../src/slack/delivery/entry.ts'
import { attemptRoute, retryAfterMs } from '../../src/slack/delivery/post.ts'
import { backoffMs, PRODUCTION_DELIVERY_TIMING } from '../../src/slack/delivery/worker.ts'
import { FakeSlack } from './fake-slack.ts'

let fake: FakeSlack
let client: webApi.WebClient
beforeAll(async () => {
  fake = await FakeSlack.start()
  client = new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true })
})
afterAll(async () => {
  await fake.close()
})

const message = { text: 'hello' }
const attempt = (route: Route, timeoutMs = 1000) => attemptRoute(route, message, { client, timeoutMs })
const responseRoute = (id: string, expiresAt = Date.now() + 60_000): Route => ({ kind: 'response_url', url: fake.responseUrl(id), responseType: 'ephemeral', expiresAt })

describe('attemptRoute', () => {
  it('response_url: 200 delivered; 500 passing; a hang unknown; 429 with its Retry-After; 404 and expiry final', async () => {
    expect(await attempt(responseRoute('ok'))).toMatchObject({ kind: 'delivered', receipt: { via: 'response_url' } })
    fake.inject('response_url', { status: 500 })
    expect(await attempt(responseRoute('r500'))).toMatchObject({ kind: 'retry', error: 'HTTP 500' })
    fake.inject('response_url', { status: 429, retryAfter: 7 })
    expect(await attempt(responseRoute('r429'))).toMatchObject({ kind: 'retry', afterMs: 7000 })
    // the POST went out and no answer came: Slack may have shown it
    fake.inject('response_url', { hangMs: 1000 })
    expect(await attempt(responseRoute('hang'), 100)).toMatchObject({ kind: 'unknown', error: expect.stringMatching(/^TimeoutError/) })
    fake.inject('response_url', { error: 'expired_url' })
    expect(await attempt(responseRoute('gone'))).toMatchObject({ kind: 'next', error: 'HTTP 404' })
    const before = fake.responseAttempts.length
    expect(await attempt(responseRoute('old', Date.now() - 1))).toMatchObject({ kind: 'next', error: 'response_url expired' })
    expect(fake.responseAttempts).toHaveLength(before) // an expired URL is not even tried
  })

  it('Web API: delivered with channel and ts; Slack errors that pass tried again, others final; 429 with its Retry-After', async () => {
    const dm = await attempt({ kind: 'dm', user: 'U0ROUTE' })
    expect(dm).toMatchObject({ kind: 'delivered', receipt: { via: 'dm', channel: 'U0ROUTE' } })
    expect(dm.kind === 'delivered' && typeof dm.receipt.ts).toBe('string')
    fake.inject('chat.postMessage', { error: 'internal_error' })
    expect(await attempt({ kind: 'channel', channel: 'C0ROUTE' })).toMatchObject({ kind: 'retry', error: 'internal_error' })
    fake.inject('chat.postMessage', { error: 'channel_not_found' })
    expect(await attempt({ kind: 'channel', channel: 'C0ROUTE' })).toMatchObject({ kind: 'next', error: 'channel_not_found' })
    fake.notInChannel.add('C0NOTIN')
    expect(await attempt({ kind: 'ephemeral', channel: 'C0NOTIN', user: 'U0ROUTE' })).toMatchObject({ kind: 'next', error: 'not_in_channel' })
    fake.inject('chat.postEphemeral', { status: 429, retryAfter: 2 })
    expect(await attempt({ kind: 'ephemeral', channel: 'C0ROUTE', user: 'U0ROUTE' })).toMatchObject({ kind: 'retry', afterMs: 2000 })
    fake.inject('chat.postEphemeral', { status: 503 })
    expect(await attempt({ kind: 'ephemeral', channel: 'C0ROUTE', user: 'U0ROUTE' })).toMatchObject({ kind: 'retry' })
    const threaded = await attempt({ kind: 'channel', channel: 'C0ROUTE', threadTs: '1.5' })
    expect(threaded.kind).toBe('delivered')
    expect(fake.callsTo('chat.postMessage').at(-1)?.args.thread_ts).toBe('1.5')
  })

  it("Web API: no answer within the client's timeout is an unknown outcome; the post carries its outbox key", async () => {
    const impatient = new webApi.WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 100 })
    fake.inject('chat.postMessage', { hangAfterMs: 1000 })
    expect(await attemptRoute({ kind: 'channel', channel: 'C0UNKNOWN' }, message, { client: impatient, timeoutMs: 100, key: 'k:1' })).toMatchObject({ kind: 'unknown' })
    expect(fake.messages.filter((m) => m.channel === 'C0UNKNOWN')).toEqual([expect.objectContaining({ metadata: { event_type: 'grassroots_outbox', event_payload: { key: 'k:1' } } })])
    fake.inject('chat.postEphemeral', { hangMs: 1000 })
    expect(await attemptRoute({ kind: 'ephemeral', channel: 'C0UNKNOWN', user: 'U0ROUTE' }, message, { client: impatient, timeoutMs: 100 })).toMatchObject({ kind: 'unknown' })
    // an ephemeral takes no metadata: Slack keeps none for it
    expect(fake.callsTo('chat.postEphemeral').every((c) => c.args.metadata === undefined)).toBe(true)
  })
})

describe('pauses and routes', () => {
  it('backoff doubles per try, half of it random, and never passes the maximum', () => {
    const t = PRODUCTION_DELIVERY_TIMING
    expect([1, 2, 3].map((n) => backoffMs(n, t, () => 0))).toEqual([t.retryBaseMs / 2, t.retryBaseMs, t.retryBaseMs * 2])
    expect(backoffMs(3, t, () => 1)).toBe(t.retryBaseMs * 4)
    expect(backoffMs(30, t, () => 1)).toBe(t.retryMaxMs)
    expect(retryAfterMs('1')).toBe(1000)
    expect(retryAfterMs(null)).toBeUndefined()
    expect(retryAfterMs('soon')).toBeUndefined()
  })

  it('a private reply: response_url, ephemeral (not in a DM), DM; the failure note goes only where the user alone sees it', () => {
    expect(privateRoutes({ userId: 'U1', channelId: 'C1', responseUrl: 'http://127.0.0.1/r' }).map((r) => r.kind)).toEqual(['response_url', 'ephemeral', 'dm'])
    expect(privateRoutes({ userId: 'U1', channelId: 'D1' }).map((r) => r.kind)).toEqual(['dm'])
    const publicRoutes: Route[] = [
      { kind: 'response_url', url: 'http://127.0.0.1/r', responseType: 'in_channel', expiresAt: 1 },
      { kind: 'channel', channel: 'C1', threadTs: '1.0' },
    ]
    expect(failureRoutes(publicRoutes, 'U1')).toEqual([
      { kind: 'response_url', url: 'http://127.0.0.1/r', responseType: 'ephemeral', expiresAt: 1 },
      { kind: 'ephemeral', channel: 'C1', user: 'U1' },
      { kind: 'dm', user: 'U1' },
    ])
  })
})
