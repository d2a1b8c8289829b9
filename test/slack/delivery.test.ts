// Every Slack side effect is delivered once, durably (the reliability issue, item 3). Bugs: one HTTP 500 from
// a response_url lost the `/grassroots ask` answer (the user got "something went wrong" instead); a 429 lost
// the reply; a route that kept failing was never replaced by another; a save whose confirmation post failed,
// or whose read-back failed after the commit, was never confirmed (no Edit / Delete buttons); messages left
// by a crash were never posted. Now each message is recorded in the outbox and posted by the worker, with
// retries, Retry-After, fallbacks (response_url → ephemeral → DM) and a note to the user when all fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, createSlackApp } from '../../src/app.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { encodeEntry, privateRoutes } from '../../src/slack/delivery/entry.ts'
import { ACTION } from '../../src/slack/ids.ts'
import { shareBulkTarget } from '../../src/store/bulk.ts'
import type { Db } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { enqueueOutbox } from '../../src/store/outbox.ts'
import { testCharts } from '../helpers/charts.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, TEST_DELIVERY_TIMING, type Harness } from './harness.ts'
import { validForm } from './payloads.ts'

const charts = testCharts()
const NOW = new Date('2023-06-01T03:00:00Z')
const FY2022 = [
  { startDate: '2022-05-10', officeCode: 'chicago', stateCodes: ['WI'], participants: 120, titleEn: 'Grassroots caravan' },
  { startDate: '2022-07-01', officeCode: 'boston', stateCodes: ['MA'], participants: 80, titleEn: 'Harbor seminar' },
  { startDate: '2022-11-15', officeCode: 'seattle', stateCodes: ['WA'], participants: 33, titleEn: 'Puget Sound exchange' },
]
const QUESTION = 'how many events in FY2022?'
const ANSWER = new RegExp(`There were ${FY2022.length} events in FY2022`)

/** The store's client with its read-back of a saved event failing once when `failReadBack` is set (after the commit). */
let failReadBack = false
function failingReadBack(db: Db): Db {
  const event = new Proxy(db.event, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver)
      if (prop !== 'findUniqueOrThrow' || typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        if (failReadBack) {
          failReadBack = false
          throw new Error('disk I/O error')
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args)
      }
    },
  })
  const wrapped = new Proxy(db, { get: (target, prop, receiver) => (prop === 'event' ? event : Reflect.get(target, prop, receiver)) })
  shareBulkTarget(wrapped, db)
  return wrapped
}

let h: Harness
beforeAll(async () => {
  h = await startHarness({
    clock: () => NOW,
    services: (db, config) => createServices({ config, db, charts, clock: () => NOW }),
    wrapDb: failingReadBack,
    // a hung request is given up on quickly
    deliveryTiming: { attemptTimeoutMs: 500 },
  })
  await createEvents(h.store.db, {
    actor: 'test',
    source: 'import',
    events: FY2022.map((r, i) => ({ sourceKey: `delivery:${i}`, data: eventInputSchema.parse({ ...r, titleJa: null, activityType: 'info', format: 'in_person' }) })),
  })
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

const attemptsAt = (id: string) => h.fake.responseAttempts.filter((a) => a.id === id)
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms))
const viewOf = (call: RecordedCall) => call.args.view as Record<string, unknown>

/** Polls `find` (a database read) until it returns something, for up to `timeoutMs`. */
async function until<T>(find: () => Promise<T | null>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await find()
    if (found !== null) return found
    if (Date.now() > deadline) throw new Error('timed out waiting for the outbox')
    await settle(50)
  }
}

describe('replies to /grassroots', () => {
  it('a response_url that answers 500 once: the ask answer is delivered, exactly once', async () => {
    h.fake.inject('response_url', { status: 500 })
    const res = await h.command(`ask ${QUESTION}`, { userId: 'U0R500', channelId: 'C0R500' })
    expect(res.status).toBe(200)
    const answer = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === res.responseUrlId))
    expect(String(answer.body.text)).toMatch(ANSWER)
    await settle()
    expect(h.fake.responses.filter((r) => r.id === res.responseUrlId)).toHaveLength(1)
    expect(attemptsAt(res.responseUrlId).map((a) => a.status)).toEqual([500, 200])
    expect(JSON.stringify(h.fake.responses.filter((r) => r.id === res.responseUrlId))).not.toMatch(/Something went wrong/)
  })

  it('a response_url that shows the reply but answers after the attempt deadline: the reply is not posted again, by any route', async () => {
    h.fake.inject('response_url', { hangAfterMs: 3000 })
    const res = await h.command('help', { userId: 'U0HANG', channelId: 'C0HANG' })
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === res.responseUrlId), 5000)
    expect(String(reply.body.text)).toMatch(/grassroots/)
    const row = await until(() => h.store.db.slackOutbox.findFirst({ where: { userId: 'U0HANG', status: 'delivered' } }))
    expect(row.lastError).toMatch(/^unconfirmed: response_url: /)
    await settle(1000)
    expect(attemptsAt(res.responseUrlId)).toHaveLength(1)
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U0HANG')).toHaveLength(0)
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0HANG')).toHaveLength(0)
  })

  it('a 429 with Retry-After: 1 is honoured: no retry before the second is over', async () => {
    h.fake.inject('response_url', { status: 429, retryAfter: 1 })
    const res = await h.command('help', { userId: 'U0R429', channelId: 'C0R429' })
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === res.responseUrlId), 5000)
    const [limited, delivered, ...more] = attemptsAt(res.responseUrlId)
    expect(limited?.status).toBe(429)
    expect(delivered?.status).toBe(200)
    expect(more).toEqual([])
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(1000)
  })

  it('a response_url that always fails: the answer comes as an ephemeral in the channel, once', async () => {
    h.fake.failAlways('response_url', { status: 500 })
    try {
      const res = await h.command(`ask ${QUESTION}`, { userId: 'U0FALL', channelId: 'C0FALL' })
      const eph = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0FALL' && c.args.user === 'U0FALL', 5000)
      expect(String(eph.args.text)).toMatch(ANSWER)
      await settle()
      expect(attemptsAt(res.responseUrlId)).toHaveLength(TEST_DELIVERY_TIMING.attemptsPerRoute)
      expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U0FALL')).toHaveLength(1)
      expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0FALL' && ANSWER.test(String(c.args.text)))).toHaveLength(0)
    } finally {
      h.fake.recover('response_url')
    }
  })

  it('…and where no ephemeral can go either (the app is not in the channel), a DM, once', async () => {
    h.fake.failAlways('response_url', { status: 500 })
    h.fake.notInChannel.add('C0NOEPH')
    try {
      await h.command(`ask ${QUESTION}`, { userId: 'U0NOEPH', channelId: 'C0NOEPH' })
      const dm = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'U0NOEPH' && ANSWER.test(String(c.args.text)), 5000)
      expect(dm.result?.ok).toBe(true)
      await settle()
      expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0NOEPH' && ANSWER.test(String(c.args.text)))).toHaveLength(1)
    } finally {
      h.fake.recover('response_url')
    }
  })

  it('when every route refuses the reply, the user is told, once, by the first route that works', async () => {
    h.fake.failAlways('response_url', { status: 500 })
    h.fake.notInChannel.add('C0TOLD')
    // the DM refuses the reply itself (a permanent Slack error), not the short note that follows
    h.fake.inject('chat.postMessage', { error: 'invalid_blocks' })
    try {
      await h.command('help', { userId: 'U0TOLD', channelId: 'C0TOLD' })
      const note = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'U0TOLD' && c.result?.ok === true, 5000)
      expect(String(note.args.text)).toMatch(/could not deliver my reply to \/grassroots help.*try again/)
      await settle()
      const row = await h.store.db.slackOutbox.findFirstOrThrow({ where: { userId: 'U0TOLD', purpose: 'reply' } })
      expect(row.status).toBe('failed')
      expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'U0TOLD' && c.result?.ok === true)).toHaveLength(1)
    } finally {
      h.fake.recover('response_url')
    }
  })
})

describe('answers to mentions', () => {
  const mention = (channel: string, ts: string, headers?: Record<string, string>) =>
    h.event({ type: 'app_mention', user: 'U0MENTION', text: `<@UBOT> ${QUESTION}`, ts, channel, event_ts: ts }, { eventId: `Ev${channel}`, ...(headers ? { headers } : {}) })

  it('a thread that answers 500 on every try: the asker gets the answer privately, once, and a retried event posts nothing more', async () => {
    h.fake.failAlways('chat.postMessage', { status: 500 })
    try {
      expect((await mention('C0THREAD', '41.0')).status).toBe(200)
      const eph = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0THREAD' && c.args.user === 'U0MENTION', 5000)
      expect(String(eph.args.text)).toMatch(ANSWER)
      expect(h.fake.callsTo('chat.postMessage#500').filter((c) => c.args.channel === 'C0THREAD')).toHaveLength(TEST_DELIVERY_TIMING.attemptsPerRoute)
    } finally {
      h.fake.recover('chat.postMessage')
    }
    // Slack's retry of the event is ignored (the message is claimed): nothing is posted again
    await mention('C0THREAD', '41.0', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })
    await settle()
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0THREAD')).toHaveLength(1)
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0THREAD' || c.args.channel === 'U0MENTION')).toHaveLength(0)
  })

  it('a thread post that Slack carries out but answers after the attempt deadline: the answer is in the thread once, found by its metadata', async () => {
    h.fake.inject('chat.postMessage', { hangAfterMs: 3000 })
    await mention('C0HUNG', '43.0')
    const row = await until(() => h.store.db.slackOutbox.findFirst({ where: { purpose: 'answer', deliveredChannel: 'C0HUNG' } }))
    await settle(1000)
    const posted = h.fake.messages.filter((m) => m.channel === 'C0HUNG')
    expect(posted).toHaveLength(1)
    expect(posted[0]).toMatchObject({ threadTs: '43.0', ts: row.deliveredTs })
    expect(posted[0]!.text).toMatch(ANSWER)
    expect(h.fake.callsTo('conversations.replies').some((c) => c.args.channel === 'C0HUNG' && c.args.ts === '43.0')).toBe(true)
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0HUNG')).toHaveLength(0)
  })

  it('a thread that answers 500 once: the answer lands in the thread, once', async () => {
    h.fake.inject('chat.postMessage', { status: 500 })
    await mention('C0ONCE', '42.0')
    const posted = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0ONCE', 5000)
    expect(posted.args.thread_ts).toBe('42.0')
    expect(String(posted.args.text)).toMatch(ANSWER)
    await settle()
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0ONCE')).toHaveLength(1)
  })
})

describe('the confirmation of a save', () => {
  const editDelete = (call: RecordedCall) =>
    JSON.stringify(call.args.blocks).includes(ACTION.editEvent) && JSON.stringify(call.args.blocks).includes(ACTION.deleteEvent)

  it('whose post fails is posted later, exactly once, with its Edit / Delete buttons', async () => {
    h.fake.inject('chat.postEphemeral', { status: 500 }, { error: 'internal_error' })
    const open = await h.openForm('U0CONF', 'C0CONF')
    const res = await h.submit(viewOf(open), { userId: 'U0CONF', values: validForm({ titleEn: 'Confirmation retry forum', titleJa: '', startDate: '2022-10-03' }) })
    expect(res.text).toBe('')
    const confirmation = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0CONF' && c.result?.ok === true, 5000)
    expect(String(confirmation.args.text)).toMatch(/Saved as event #\d+/)
    expect(editDelete(confirmation)).toBe(true)
    await settle()
    expect(h.fake.callsTo('chat.postEphemeral#500').filter((c) => c.args.channel === 'C0CONF')).toHaveLength(1)
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0CONF' && c.result?.ok === true)).toHaveLength(1)
  })

  it('of a save whose read-back fails after the commit still comes, exactly once, with its buttons', async () => {
    const open = await h.openForm('U0READ', 'C0READ')
    const values = validForm({ titleEn: 'Read-back failure forum', titleJa: '', startDate: '2022-10-04' })
    failReadBack = true
    await h.submit(viewOf(open), { userId: 'U0READ', values, viewId: 'VREAD' })
    const confirmation = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0READ', 5000)
    expect(String(confirmation.args.text)).toContain('Read-back failure forum')
    expect(editDelete(confirmation)).toBe(true)
    // the user, told to press Save again, does: nothing new is recorded or posted
    await h.submit(viewOf(open), { userId: 'U0READ', values, viewId: 'VREAD' })
    await settle()
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0READ')).toHaveLength(1)
    expect(await h.store.db.event.count({ where: { titleEn: 'Read-back failure forum' } })).toBe(1)
  })
})

describe('messages left behind', () => {
  it('a row left by a crash is delivered when the next instance starts, and the backlog is on /metrics', async () => {
    // as a crash leaves them: one row recorded and never tried, one taken by a worker that died mid-post
    const left = encodeEntry({ key: 'crash:1', purpose: 'reply', userId: 'U0CRASH', routes: privateRoutes({ userId: 'U0CRASH', channelId: 'C0CRASH' }), message: { text: 'left by a crash' } })
    await enqueueOutbox(h.store.db, left)
    await enqueueOutbox(h.store.db, { ...left, key: 'crash:2', message: JSON.stringify({ text: 'leased by a dead worker' }) })
    await h.store.db.slackOutbox.update({ where: { key: 'crash:2' }, data: { leasedBy: 'worker-dead', leaseUntil: new Date(Date.now() - 1000), attempts: 1 } })
    // and one due later: waiting in the backlog
    await enqueueOutbox(h.store.db, { ...left, key: 'later:1', message: JSON.stringify({ text: 'due later' }) })
    await h.store.db.slackOutbox.update({ where: { key: 'later:1' }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000) } })
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U0CRASH')).toHaveLength(0)

    const next = createSlackApp({ config: h.config, db: h.store.db, retryConfig: { retries: 0 }, deliveryTiming: { ...TEST_DELIVERY_TIMING, pollMs: 60_000 } })
    try {
      const { port } = await next.start({ port: 0, host: '127.0.0.1' })
      for (const text of ['left by a crash', 'leased by a dead worker']) {
        await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.user === 'U0CRASH' && c.args.text === text, 5000)
      }
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
      expect(metrics).toMatch(/^grassroots_slack_outbox_backlog 1$/m)
      expect(metrics).toMatch(/^grassroots_slack_deliveries_total\{outcome="delivered",purpose="reply",via="ephemeral"\} 2$/m)
    } finally {
      await next.stop(1000)
    }
    await settle()
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.user === 'U0CRASH')).toHaveLength(2)
  })
})

describe('stopping', () => {
  it('stop() ends the worker at once, leaving a reply still to retry in the outbox; the next start delivers it', async () => {
    // the retry after the first failure is a minute away
    const s = await startHarness({ deliveryTiming: { retryBaseMs: 60_000, retryMaxMs: 60_000 } })
    try {
      s.fake.inject('response_url', { status: 500 })
      const res = await s.command('help', { userId: 'U0STOP', channelId: 'C0STOP' })
      await s.fake.waitFor(() => s.fake.responseAttempts.find((a) => a.id === res.responseUrlId))
      const started = Date.now()
      await s.slack.stop(1000)
      expect(Date.now() - started).toBeLessThan(1500)
      const row = await s.store.db.slackOutbox.findFirstOrThrow({ where: { userId: 'U0STOP' } })
      expect(row).toMatchObject({ status: 'pending', leasedBy: null, attempts: 1 })
      // the retry falls due: a stopped worker posts nothing
      await s.store.db.slackOutbox.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } })
      await settle(500)
      expect(s.fake.responseAttempts.filter((a) => a.id === res.responseUrlId)).toHaveLength(1)

      const next = createSlackApp({ config: s.config, db: s.store.db, retryConfig: { retries: 0 }, deliveryTiming: TEST_DELIVERY_TIMING })
      try {
        await next.start({ port: 0, host: '127.0.0.1' })
        const reply = await s.fake.waitFor(() => s.fake.responses.find((r) => r.id === res.responseUrlId))
        expect(String(reply.body.text)).toMatch(/grassroots/)
      } finally {
        await next.stop(1000)
      }
      expect(s.fake.responses.filter((r) => r.id === res.responseUrlId)).toHaveLength(1)
    } finally {
      await s.close()
    }
  })
})
