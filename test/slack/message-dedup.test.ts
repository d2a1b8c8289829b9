// Bug: a DM that mentions the app reaches it twice, as `message.im` and as `app_mention` (two event_ids,
// the same channel and ts), and was answered twice. One message is answered once, whichever event comes
// first, and also when the two events reach two app instances that share one database.
import { LogLevel } from '@slack/bolt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, createSlackApp, type SlackApp } from '../../src/app.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { createEvents } from '../../src/store/events.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { eventCallback } from './payloads.ts'
import { postSigned } from './signing.ts'
import { startHarness, type Harness } from './harness.ts'
import { testCharts } from '../helpers/charts.ts'

const charts = testCharts()

const NOW = new Date('2023-06-01T03:00:00Z')

let h: Harness
let second: { slack: SlackApp; store: Store; eventsUrl: string }

beforeAll(async () => {
  h = await startHarness({ clock: () => NOW, services: (db, config) => createServices({ config, db, charts, clock: () => NOW }) })
  await createEvents(h.store.db, {
    actor: 'test',
    source: 'import',
    events: [
      {
        sourceKey: 'dedup:1',
        data: eventInputSchema.parse({ startDate: '2022-05-10', officeCode: 'chicago', stateCodes: ['WI'], participants: 10, titleEn: 'A', activityType: 'info', format: 'in_person' }),
      },
    ],
  })
  // a second instance of the app on the same database file, as behind a load balancer
  const store = await openStore({ url: h.config.databaseUrl })
  const slack = createSlackApp({
    config: h.config,
    db: store.db,
    services: createServices({ config: h.config, db: store.db, charts, clock: () => NOW }),
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 0 },
    clock: () => NOW,
  })
  const { port } = await slack.start({ port: 0, host: '127.0.0.1' })
  second = { slack, store, eventsUrl: `http://127.0.0.1:${port}/slack/events` }
})
afterAll(async () => {
  await second.slack.stop(2000)
  await second.store.close()
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

/** The two events Slack sends for one DM that mentions the app. */
function dmWithMention(channel: string, ts: string) {
  const text = '<@UBOT> how many events in FY2022?'
  return {
    im: { type: 'message', channel_type: 'im', channel, user: 'U0DM', text, ts, event_ts: ts },
    mention: { type: 'app_mention', channel, user: 'U0DM', text, ts, event_ts: ts },
  }
}

const send = (url: string, event: Record<string, unknown>, eventId: string) =>
  postSigned(url, { body: JSON.stringify(eventCallback(event, eventId)), contentType: 'application/json' })

/** Where the one answer went: in the DM itself (no thread) whichever event came first. */
const threadOfAnswerIn = (channel: string) => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === channel)?.args.thread_ts

async function answersIn(channel: string): Promise<number> {
  await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === channel, 10_000)
  // the second event, if it were answered, would post within this time
  await new Promise((r) => setTimeout(r, 800))
  return h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).length
}

describe('one Slack message delivered as message.im and app_mention', () => {
  it('is answered once when message.im comes first', async () => {
    const e = dmWithMention('D0FIRSTIM', '500.000100')
    expect((await send(h.eventsUrl, e.im, 'EvIM1')).status).toBe(200)
    expect((await send(h.eventsUrl, e.mention, 'EvMENTION1')).status).toBe(200)
    expect(await answersIn('D0FIRSTIM')).toBe(1)
    expect(threadOfAnswerIn('D0FIRSTIM')).toBeUndefined()
  })

  it('is answered once when app_mention comes first', async () => {
    const e = dmWithMention('D0FIRSTMENTION', '501.000100')
    expect((await send(h.eventsUrl, e.mention, 'EvMENTION2')).status).toBe(200)
    expect((await send(h.eventsUrl, e.im, 'EvIM2')).status).toBe(200)
    expect(await answersIn('D0FIRSTMENTION')).toBe(1)
    expect(threadOfAnswerIn('D0FIRSTMENTION')).toBeUndefined()
  })

  it('is answered once when the two events reach two instances at the same time', async () => {
    const e = dmWithMention('D0TWOAPPS', '502.000100')
    const [a, b] = await Promise.all([send(h.eventsUrl, e.im, 'EvIM3'), send(second.eventsUrl, e.mention, 'EvMENTION3')])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(await answersIn('D0TWOAPPS')).toBe(1)
  })

  it('two different messages in the same DM are both answered', async () => {
    const first = dmWithMention('D0TWOMSGS', '503.000100')
    const other = dmWithMention('D0TWOMSGS', '503.000200')
    await send(h.eventsUrl, first.im, 'EvIM4')
    await send(h.eventsUrl, other.im, 'EvIM5')
    await h.fake.waitFor(() => (h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0TWOMSGS').length === 2 ? true : undefined), 10_000)
  })
})
