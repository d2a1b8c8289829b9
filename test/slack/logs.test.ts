// Logs an operator can use (issue "Under load and faults", item 8): one JSON line per request from Slack
// with its kind, its latency from arrival in ms and its outcome; no secret in any line; and one warn line,
// naming the mode, for every way the language model can fail (before, each of them fell back silently).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appLog, createServices } from '../../src/app.ts'
import { loadAppConfig } from '../../src/config.ts'
import { completion, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.ts'
import { testCharts } from '../helpers/charts.ts'
import { startHarness, type Harness } from './harness.ts'
import { TEST_SIGNING_SECRET, postSigned } from './signing.ts'
import { formBody, slashCommandFields, validForm } from './payloads.ts'

const charts = testCharts()
const OPENAI_KEY = 'sk-live-abcdef0123456789'
const lines: string[] = []
const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>)
const sink = { write: (s: string) => void lines.push(s) }

let h: Harness
let ai: FakeOpenAI
beforeAll(async () => {
  ai = await startFakeOpenAI()
  h = await startHarness({
    env: { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: ai.baseURL, OPENAI_MODEL: 'fake-model', OPENAI_TIMEOUT_MS: '300' },
    logTo: sink,
    services: (db, config, log) => createServices({ config, db, charts, log }),
  })
})
afterAll(async () => {
  await h.close()
  await ai.close()
})

const requestLines = () => records().filter((r) => r.msg === 'slack request')

describe('one line per request from Slack', () => {
  it('names the kind, the latency from arrival in ms and the outcome', async () => {
    await h.command('help', { userId: 'U0LOG', channelId: 'C0LOG' })
    const open = await h.openForm('U0LOG', 'C0LOG')
    await h.submit(open.args.view as Record<string, unknown>, { userId: 'U0LOG', values: validForm({ titleEn: 'Logged seminar', titleJa: '', startDate: '2022-06-01' }) })
    await h.click({ actionId: 'grassroots_list_page:2', userId: 'U0LOG', channelId: 'C0LOG', value: '{}' })
    await h.event({ type: 'app_home_opened', user: 'U0LOG', channel: 'D0LOG', tab: 'home', event_ts: '1.2' })
    await expect.poll(() => requestLines().map((r) => r.kind), { timeout: 5000 }).toEqual(
      expect.arrayContaining(['command', 'view_submission', 'block_actions', 'event:app_home_opened']),
    )
    for (const line of requestLines()) {
      expect(typeof line.ms).toBe('number')
      expect(line.ms as number).toBeGreaterThanOrEqual(0)
      expect(line.ms as number).toBeLessThan(3000)
      expect(line.status).toBe(200)
      expect(line.outcome).toBe('ok')
      expect(line.level).toBe(30)
      // the handlers go on after the ack: their end is on the line too
      expect(line.doneMs as number).toBeGreaterThanOrEqual(line.ms as number)
    }
  })

  it('a request with a bad signature is logged as refused, at warn', async () => {
    const fields = slashCommandFields({ text: 'help', userId: 'U0FORGED', responseUrl: `${h.fake.responseUrl('forged')}` })
    const res = await postSigned(h.eventsUrl, { body: formBody(fields), contentType: 'application/x-www-form-urlencoded', secret: 'f'.repeat(32) })
    expect(res.status).toBe(401)
    await expect.poll(() => requestLines().find((r) => r.status === 401), { timeout: 3000 }).toMatchObject({ outcome: 'refused', level: 40 })
  })
})

describe('no secret in any line', () => {
  it('tokens, the signing secret, keys, bearer headers and database passwords are replaced', () => {
    // what Bolt or a library might hand the logger: the app's own logger, through Bolt's adapter
    h.slack.app.logger.error('calling with', h.config.slack.botToken, { headers: { authorization: `Bearer ${h.config.slack.botToken}` } })
    h.slack.app.logger.warn(`signature secret ${TEST_SIGNING_SECRET} key ${OPENAI_KEY}`, new Error(`failed with xoxb-1111-2222-other and ${OPENAI_KEY}`))
    // a database URL with a password, on a logger made from a configuration that names it
    const pgLines: string[] = []
    const config = loadAppConfig({
      SLACK_BOT_TOKEN: 'xoxb-pg-token',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      DATABASE_URL: 'postgresql://grassroots:s3cr%40tpw@127.0.0.1:5432/grassroots',
    })
    const log = appLog(config, { destination: { write: (s: string) => void pgLines.push(s) } })
    log.error({ err: new Error('connect to postgresql://grassroots:s3cr%40tpw@127.0.0.1:5432/grassroots failed'), url: config.databaseUrl }, 'database unreachable')
    log.info({ token: 'anything', password: 's3cr@tpw' }, 'fields named like credentials')

    const all = [...lines, ...pgLines].join('\n')
    for (const secret of [h.config.slack.botToken, TEST_SIGNING_SECRET, OPENAI_KEY, 'xoxb-1111-2222-other', 's3cr%40tpw', 's3cr@tpw', 'xoxb-pg-token']) {
      expect(all).not.toContain(secret)
    }
    expect(all).toContain('[redacted]')
    // the context stays: what was being done, and the error's type
    expect(pgLines.join('\n')).toContain('database unreachable')
    expect(pgLines.join('\n')).toContain('postgresql://grassroots:[redacted]@127.0.0.1:5432/grassroots')
    const errorLine = JSON.parse(pgLines[0]!) as { err: { type: string; stack: string } }
    expect(errorLine.err.type).toBe('Error')
    expect(errorLine.err.stack).toContain('logs.test.ts')
  })
})

describe('language-model failures', () => {
  // three misspellings ("evnts" is shorthand the parser spells out, so it is none of them)
  const UNSURE_QUESTION = 'evetns wiscnsin 2022 by chicgo'
  const modes: Array<[string, () => { status?: number; body?: unknown; delayMs?: number }]> = [
    ['timeout', () => ({ body: completion('{}'), delayMs: 1500 })],
    ['http_error', () => ({ status: 500, body: { error: { message: 'boom' } } })],
    ['invalid_json', () => ({ body: completion('{"kind": "query", ') })],
    ['schema', () => ({ body: completion(JSON.stringify({ kind: 'query', query: { intent: 'no_such_intent' } })) })],
    ['refusal', () => ({ body: { ...completion(null), choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop', logprobs: null }] } })],
    ['no_content', () => ({ body: completion('') })],
  ]
  it.each(modes)('%s: the rules answer, and one warn line names the mode', async (mode, reply) => {
    ai.reply(reply)
    const channel = `C0LLM${mode.toUpperCase().replace(/_/g, '')}`
    await h.event({ type: 'app_mention', user: 'U0M', text: `<@UBOT> ${UNSURE_QUESTION}`, ts: `${channel}.1`, channel, event_ts: '1.1' })
    await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === channel, 10_000)
    const warned = records().filter((r) => r.component === 'language-model' && r.failure === mode)
    expect(warned).toHaveLength(1)
    expect(warned[0]!.level).toBe(40)
    expect(JSON.stringify(warned[0])).not.toContain(OPENAI_KEY)
  })
})
