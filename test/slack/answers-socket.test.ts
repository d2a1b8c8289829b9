// A mention answered end to end over Socket Mode: the envelope is acknowledged, the real question service
// counts the events in the database, and the answer goes to the thread.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LogLevel } from '@slack/bolt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, createSlackApp, type SlackApp } from '../../src/app.ts'
import { loadAppConfig } from '../../src/config.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { FakeSlack } from './fake-slack.ts'
import { eventCallback } from './payloads.ts'
import { testCharts } from '../helpers/charts.ts'

const charts = testCharts()

const NOW = new Date('2023-06-01T03:00:00Z')
const DATES = ['2022-04-01', '2022-12-24', '2023-03-31', '2023-04-01', '2021-08-08']

let fake: FakeSlack
let store: Store
let slack: SlackApp
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-answer-socket-'))
  fake = await FakeSlack.start()
  const config = loadAppConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_APP_TOKEN: 'xapp-1-test', SLACK_API_URL: fake.apiUrl, DATABASE_URL: `file:${dir}/s.db` })
  store = await openStore({ url: config.databaseUrl })
  await createEvents(store.db, {
    actor: 'test',
    source: 'import',
    events: DATES.map((startDate, i) => ({
      sourceKey: `socket:${i}`,
      data: eventInputSchema.parse({ startDate, officeCode: 'boston', stateCodes: ['MA'], titleEn: `Event ${i}`, activityType: 'info', format: 'online', participants: 5 }),
    })),
  })
  const services = createServices({ config, db: store.db, charts, clock: () => NOW })
  slack = createSlackApp({ config, db: store.db, services, logLevel: LogLevel.ERROR, retryConfig: { retries: 0 }, clientPingTimeoutMs: 2000, clock: () => NOW })
  await slack.start()
  await fake.socketConnected()
})
afterAll(async () => {
  await slack.stop(2000)
  await store.close()
  await fake.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('Socket Mode answers', () => {
  it('a mention envelope is acknowledged at once and answered in its thread with the figure from the events', async () => {
    const body = eventCallback({ type: 'app_mention', user: 'U0SOCK', text: '<@UBOT> 2022年度の事業件数は？', ts: '777.1', channel: 'C0SOCKQ', event_ts: '777.1' }, 'EvSOCKANS')
    const started = Date.now()
    await fake.sendEnvelope({ type: 'events_api', payload: body })
    expect(Date.now() - started).toBeLessThan(3000)
    await fake.sendEnvelope({ type: 'events_api', payload: body, retryAttempt: 1 })
    const reply = await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0SOCKQ', 10_000)
    expect(reply.args.thread_ts).toBe('777.1')
    const n = DATES.filter((d) => fiscalYearOf(d) === 2022).length
    expect(JSON.stringify(reply.args.blocks)).toContain(`There were ${n} events in FY2022.`)
    expect(JSON.stringify(reply.args.blocks)).toContain(`${n}件`)
    await new Promise((r) => setTimeout(r, 300))
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0SOCKQ')).toHaveLength(1)
    expect(fake.rejections).toEqual([])
  })
})
