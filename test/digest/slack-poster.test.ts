// The Slack poster with the real WebClient against a fake Web API on 127.0.0.1: the digest goes out with
// chat.postMessage (blocks within limits, metadata naming the week), the chart with files.uploadV2 into the
// thread, and a run that died after posting is recognised from conversations.history.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebClient } from '@slack/web-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slackDigestPoster, type DigestPoster } from '../../src/digest/poster.ts'
import { runDigest } from '../../src/digest/run.ts'
import { checkMessage } from '../../src/slack/blocks/limits.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { getDigestRun } from '../../src/store/digest-runs.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { seedEvents } from './helpers.ts'
import { testCharts } from '../helpers/charts.ts'

const charts = testCharts()

interface Message {
  channel: string
  ts: string
  text: string
  blocks: unknown
  metadata: unknown
  thread_ts?: string
}

class FakeWebApi {
  readonly messages: Message[] = []
  readonly calls: string[] = []
  readonly uploads: Array<{ bytes: number }> = []
  readonly completed: Array<{ channel_id: unknown; thread_ts: unknown; files: unknown }> = []
  problems: string[] = []
  private seq = 0
  private constructor(private readonly server: http.Server, readonly url: string) {}

  static async start(): Promise<FakeWebApi> {
    const server = http.createServer()
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const fake = new FakeWebApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    server.on('request', (req, res) => void fake.handle(req, res))
    return fake
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()))
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const path = new URL(req.url ?? '/', this.url).pathname
    const send = (data: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(data))
    }
    if (path.startsWith('/upload/')) {
      this.uploads.push({ bytes: raw.length })
      return send({ ok: true })
    }
    const method = path.replace('/api/', '')
    this.calls.push(method)
    const form = Object.fromEntries(new URLSearchParams(raw.toString('utf8')))
    const json = (k: string) => (form[k] === undefined ? undefined : JSON.parse(form[k]))
    switch (method) {
      case 'chat.postMessage': {
        const message = { channel: form.channel ?? '', text: form.text ?? '', blocks: json('blocks'), metadata: json('metadata') }
        const problems = checkMessage(message)
        if (problems.length > 0) {
          this.problems.push(...problems)
          return send({ ok: false, error: 'invalid_blocks' })
        }
        this.seq += 1
        const ts = `1800000000.${String(this.seq).padStart(6, '0')}`
        this.messages.push({ ...message, ts })
        return send({ ok: true, channel: form.channel, ts })
      }
      case 'conversations.history': {
        // Newest first, as Slack answers; metadata only with include_all_metadata.
        const withMeta = form.include_all_metadata === 'true'
        const oldest = Number(form.oldest ?? '0')
        const found = this.messages
          .filter((m) => m.channel === form.channel && Number(m.ts) >= oldest)
          .reverse()
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(withMeta ? { metadata: m.metadata } : {}) }))
        return send({ ok: true, messages: found, has_more: false, response_metadata: { next_cursor: '' } })
      }
      case 'files.getUploadURLExternal':
        return send({ ok: true, upload_url: `${this.url}upload/F${this.calls.length}`, file_id: `F${this.calls.length}` })
      case 'files.completeUploadExternal':
        this.completed.push({ channel_id: form.channel_id, thread_ts: form.thread_ts, files: json('files') })
        return send({ ok: true, files: json('files') })
      default:
        return send({ ok: false, error: 'unknown_method' })
    }
  }
}

const dir = tmpDir('grassroots-digest-slack-')
let fake: FakeWebApi
let store: Store
let poster: DigestPoster
const CHANNEL = 'C0DIGEST2'

beforeAll(async () => {
  fake = await FakeWebApi.start()
  store = await openStore({ url: `file:${dir}/slack.db` })
  await seedEvents(store.db, [{ startDate: '2026-11-20', officeCode: 'seattle', stateCodes: ['WA'], titleEn: 'Sake tasting', titleJa: '日本酒試飲会', recordedAt: '2026-11-24T01:00:00Z' }])
  poster = slackDigestPoster(new WebClient('xoxb-test', { slackApiUrl: `${fake.url}api/`, retryConfig: { retries: 0 } }))
})
afterAll(async () => {
  await store.close()
  await fake.close()
})

describe('slackDigestPoster', () => {
  it('posts the digest with metadata and uploads the chart into its thread', async () => {
    const outcome = await runDigest({ db: store.db, poster, channel: CHANNEL, cron: '0 9 * * 1', timeZone: 'Asia/Tokyo', now: new Date('2026-11-30T00:01:00Z'), charts })
    expect(outcome).toMatchObject({ status: 'posted', period: '2026-W48' })
    expect(fake.problems).toEqual([])
    expect(fake.messages.length).toBe(1)
    const m = fake.messages[0]
    expect(m?.metadata).toEqual({ event_type: 'grassroots_digest', event_payload: { period: '2026-W48' } })
    expect(JSON.stringify(m?.blocks)).toContain('日本酒試飲会')
    expect(fake.completed).toEqual([expect.objectContaining({ channel_id: CHANNEL, thread_ts: m?.ts })])
    expect(fake.uploads[0]?.bytes).toBeGreaterThan(1000)
  })

  it('finds a digest already in the channel, so a takeover records it instead of posting again', async () => {
    const before = fake.messages.length
    // A run that posted week 49 and died before recording it: the message is in Slack, the claim is stale.
    await poster.postMessage({ channel: CHANNEL, text: 'digest', blocks: [], metadata: { event_type: 'grassroots_digest', event_payload: { period: '2026-W49' } } })
    await store.db.digestRun.create({ data: { period: '2026-W49', status: 'claimed', claimedBy: 'dead', claimedAt: new Date('2026-12-07T00:00:00Z') } })
    expect(await poster.findDigestMessage({ channel: CHANNEL, period: '2026-W49', since: new Date('2026-01-01T00:00:00Z') })).toBe(fake.messages.at(-1)?.ts)
    expect(await poster.findDigestMessage({ channel: CHANNEL, period: '2026-W50', since: new Date('2026-01-01T00:00:00Z') })).toBeNull()

    const outcome = await runDigest({ db: store.db, poster, channel: CHANNEL, cron: '0 9 * * 1', timeZone: 'Asia/Tokyo', now: new Date('2026-12-07T00:20:00Z'), charts })
    expect(outcome).toMatchObject({ status: 'posted', period: '2026-W49', recovered: true })
    expect(fake.messages.length).toBe(before + 1)
    expect((await getDigestRun(store.db, '2026-W49'))?.status).toBe('posted')
  })
})
