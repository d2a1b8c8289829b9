// The pluggable parts (questions, digest, report) through the interfaces app.ts wires: a trivial in-test
// implementation stands in for each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DigestService, QuestionService, ReportService } from '../../src/services/plugins.ts'
import { startHarness, type Harness } from './harness.ts'

let h: Harness
let bare: Harness
const seen: Array<{ question: string; userId: string; lang: string }> = []
const questions: QuestionService = {
  answer: async (question, { userId, lang }) => {
    seen.push({ question, userId, lang })
    if (question === 'boom') throw new Error('database exploded at /var/lib/secret')
    return { text: { en: 'FY2022: *88* events <!channel>', ja: '2022年度：*88*件' } }
  },
}
const digest: DigestService = { run: async () => ({ text: 'Weekly digest: 3 new events' }) }
const report: ReportService = {
  run: async (args) => ({ text: `Report ${args}`, files: [{ filename: 'fy2022.png', content: Buffer.from('png-bytes'), title: 'FY2022' }] }),
}

beforeAll(async () => {
  h = await startHarness({ services: { questions, digest, report } })
  h.fake.locales.set('U0JA', 'ja-JP')
  bare = await startHarness()
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
  await bare.close()
})

const reply = async (hh: Harness, id: string) => (await hh.fake.waitFor(() => hh.fake.responses.find((r) => r.id === id))).body

describe('/grassroots ask', () => {
  it('answers privately, the user language first and the other below, escaped', async () => {
    const res = await h.command('ask how many events in FY2022?', { userId: 'U0JA' })
    expect(res.status).toBe(200)
    const body = await reply(h, res.responseUrlId)
    expect(body.response_type).toBe('ephemeral')
    expect(body.text).toBe('2022年度：*88*件')
    expect(JSON.stringify(body.blocks)).toContain('FY2022: *88* events &lt;!channel&gt;')
    expect(seen.at(-1)).toEqual({ question: 'how many events in FY2022?', userId: 'U0JA', lang: 'ja' })
  })

  it('a failing answer gives a clear message, never the raw error', async () => {
    const res = await h.command('ask boom', { userId: 'U0ASK' })
    const body = await reply(h, res.responseUrlId)
    expect(body.text).toMatch(/Something went wrong on our side/)
    expect(JSON.stringify(body)).not.toMatch(/secret/)
  })

  it('without a question: how to ask', async () => {
    const res = await h.command('ask', { userId: 'U0ASK' })
    expect((await reply(h, res.responseUrlId)).text).toMatch(/Type a question after "ask"/)
  })

  it('without a question service: not available yet', async () => {
    const res = await bare.command('ask how many?', { userId: 'U0ASK' })
    expect((await reply(bare, res.responseUrlId)).text).toBe('/grassroots ask is not available yet.')
  })
})

describe('mentions and DMs', () => {
  it('a mention is answered in its thread, once even when Slack retries it', async () => {
    const event = { type: 'app_mention', user: 'U0ASK', text: '<@UBOT> how many states?', ts: '200.5', channel: 'C0Q', event_ts: '200.5' }
    const first = await h.event(event, { eventId: 'EvMENTION1' })
    const retry = await h.event(event, { eventId: 'EvMENTION1', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })
    expect([first.status, retry.status]).toEqual([200, 200])
    const post = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0Q')
    expect(post.args.thread_ts).toBe('200.5')
    await new Promise((r) => setTimeout(r, 300))
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0Q')).toHaveLength(1)
    expect(seen.filter((s) => s.question === 'how many states?')).toHaveLength(1)
  })

  it('a DM is answered in the DM; bot messages are ignored', async () => {
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0DM', user: 'U0ASK', text: 'events this year?', ts: '300.1', event_ts: '300.1' })
    await h.event({ type: 'message', channel_type: 'im', channel: 'D0DM', bot_id: 'BBOT', user: 'UBOT', text: 'FY2022: 88 events', ts: '300.2', event_ts: '300.2' })
    const post = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'D0DM')
    expect(post.args.text).toBe('FY2022: *88* events &lt;!channel&gt;')
    await new Promise((r) => setTimeout(r, 200))
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0DM')).toHaveLength(1)
  })

  it('without a question service, mentions are not listened to', async () => {
    await bare.event({ type: 'app_mention', user: 'U0ASK', text: '<@UBOT> hi', ts: '1.1', channel: 'C0Q', event_ts: '1.1' })
    await new Promise((r) => setTimeout(r, 200))
    expect(bare.fake.callsTo('chat.postMessage')).toHaveLength(0)
  })
})

describe('/grassroots digest and report', () => {
  it('digest shows the service reply as a private preview', async () => {
    const res = await h.command('digest', { userId: 'U0ASK', channelId: 'C0D' })
    const body = await reply(h, res.responseUrlId)
    expect(body.response_type).toBe('ephemeral')
    expect(String(body.text)).toMatch(/^Weekly digest: 3 new events\n/)
  })

  it('report uploads its files with files.uploadV2 (three calls)', async () => {
    await h.command('report fy 2022', { userId: 'U0ASK', channelId: 'C0R' })
    const done = await h.fake.waitForCall('files.completeUploadExternal')
    expect(done.args.channel_id).toBe('C0R')
    expect(String(done.args.initial_comment)).toBe('Report fy 2022')
    expect(h.fake.callsTo('files.getUploadURLExternal')[0]?.args.filename).toBe('fy2022.png')
  })

  it('without the services: not available yet', async () => {
    const res = await bare.command('report', { userId: 'U0ASK' })
    expect((await reply(bare, res.responseUrlId)).text).toBe('/grassroots report is not available yet.')
  })
})

describe('/grassroots help', () => {
  it('help lists the commands with examples in both languages, the user language first', async () => {
    const res = await h.command('help', { userId: 'U0JA' })
    const body = await reply(h, res.responseUrlId)
    const blocks = body.blocks as Array<{ block_id: string; text?: { text: string } }>
    expect(blocks[0]?.block_id).toBe('help_ja')
    expect(blocks[2]?.block_id).toBe('help_en')
    for (const example of ['/grassroots log', '/grassroots list [fy 2022]', '/grassroots ask', '/grassroots help']) {
      expect(blocks[0]?.text?.text).toContain(example)
      expect(blocks[2]?.text?.text).toContain(example)
    }
  })

  it('unknown text gets the help; a bare command gets the Log button', async () => {
    const unknown = await h.command('frobnicate', { userId: 'U0ASK' })
    expect((await reply(h, unknown.responseUrlId)).text).toBe('How to use /grassroots')
    const bareCmd = await h.command('', { userId: 'U0ASK' })
    const intro = await reply(h, bareCmd.responseUrlId)
    expect(JSON.stringify(intro.blocks)).toContain('grassroots_open_log_modal')
  })

  it('the Log button opens the form', async () => {
    const before = h.fake.callsTo('views.open').length
    await h.click({ actionId: 'grassroots_open_log_modal', value: 'command', userId: 'U0ASK', channelId: 'C0B' })
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
    expect(JSON.parse(((await h.formView(open)) as { private_metadata: string }).private_metadata)).toEqual({ lang: 'en', channelId: 'C0B' })
  })
})
