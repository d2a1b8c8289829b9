// Socket Mode end to end: apps.connections.open on the fake, a real WebSocket, envelopes acknowledged, the
// same listeners behind them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LogLevel } from '@slack/bolt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appLog, createSlackApp, type SlackApp } from '../../src/app.ts'
import { loadAppConfig } from '../../src/config.ts'
import type { QuestionService } from '../../src/services/plugins.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { FakeSlack } from './fake-slack.ts'
import { eventCallback, slashCommandFields } from './payloads.ts'

let fake: FakeSlack
let store: Store
let slack: SlackApp
let dir: string
const asked: string[] = []
const logLines: string[] = []
const questions: QuestionService = {
  answer: async (question) => {
    asked.push(question)
    return { text: { en: 'FY2022: 88 events.', ja: '2022年度：88件。' } }
  },
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-socket-'))
  fake = await FakeSlack.start()
  const config = loadAppConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_APP_TOKEN: 'xapp-1-test',
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: `file:${dir}/socket.db`,
  })
  store = await openStore({ url: config.databaseUrl })
  const log = appLog(config, { level: LogLevel.INFO, destination: { write: (line: string) => void logLines.push(line) } })
  slack = createSlackApp({ config, db: store.db, services: { questions }, log, retryConfig: { retries: 0 }, clientPingTimeoutMs: 2000 })
  expect(slack.mode).toBe('socket')
  await slack.start()
  await fake.socketConnected()
})
afterAll(async () => {
  await slack.stop(2000)
  await store.close()
  await fake.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('Socket Mode', () => {
  it('connects through apps.connections.open with the app token', async () => {
    const open = fake.callsTo('apps.connections.open')
    expect(open).toHaveLength(1)
    expect(open[0]?.auth).toBe('Bearer xapp-1-test')
  })

  it('a slash command envelope is acknowledged, then the form opens on the fake', async () => {
    const payload = slashCommandFields({ text: 'log', userId: 'U0SOCK', channelId: 'C0SOCK', responseUrl: fake.responseUrl(), triggerId: 'trigger-sock' })
    const started = Date.now()
    const ack = await fake.sendEnvelope({ type: 'slash_commands', payload })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(ack).toEqual({})
    const open = await fake.waitForCall('views.open', (c) => c.args.trigger_id === 'trigger-sock')
    expect(((await fake.shownView(open)) as { callback_id: string }).callback_id).toBe('grassroots_event_modal')
    expect(fake.rejections).toEqual([])
    // its log line: the kind, ms from the envelope's arrival, the outcome; no token in any line
    const lines = () => logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r.msg === 'slack request')
    await expect.poll(() => lines().find((r) => r.kind === 'command'), { timeout: 3000 }).toMatchObject({ transport: 'socket', outcome: 'ok' })
    expect(lines().find((r) => r.kind === 'command')?.ms).toBeGreaterThanOrEqual(0)
    expect(logLines.join('')).not.toContain('xapp-1-test')
    expect(logLines.join('')).not.toContain('xoxb-test-token')
  })

  it('a view submission with errors comes back in the ack payload', async () => {
    const ack = await fake.sendEnvelope({
      type: 'interactive',
      payload: {
        type: 'view_submission',
        team: { id: 'T0FAKE', domain: 'fake' },
        user: { id: 'U0SOCK', username: 'u', name: 'u', team_id: 'T0FAKE' },
        api_app_id: 'A0FAKE',
        token: 't',
        trigger_id: 'x',
        view: { id: 'VSOCK', type: 'modal', callback_id: 'grassroots_event_modal', private_metadata: '{"lang":"en"}', blocks: [], state: { values: {} }, hash: 'h', team_id: 'T0FAKE', app_id: 'A0FAKE', bot_id: 'BBOT', root_view_id: 'VSOCK', previous_view_id: null },
      },
    })
    expect(ack.response_action).toBe('errors')
    expect(Object.keys(ack.errors as object)).toContain('states')
  })

  it('a re-delivered event (retry_attempt) is answered once', async () => {
    const body = eventCallback({ type: 'app_mention', user: 'U0SOCK', text: '<@UBOT> how many events in FY2022?', ts: '100.1', channel: 'C0SOCK', event_ts: '100.1' }, 'EvSOCKET1')
    await fake.sendEnvelope({ type: 'events_api', payload: body })
    await fake.sendEnvelope({ type: 'events_api', payload: body, retryAttempt: 1 })
    const reply = await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0SOCK')
    expect(reply.args.thread_ts).toBe('100.1')
    await new Promise((r) => setTimeout(r, 300))
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0SOCK')).toHaveLength(1)
    expect(asked).toEqual(['how many events in FY2022?'])
  })
})
