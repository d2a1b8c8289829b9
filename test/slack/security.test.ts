import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { formBody, slashCommandFields, validForm } from './payloads.ts'
import { postSigned, slackSignature, TEST_SIGNING_SECRET } from './signing.ts'

let h: Harness
const viewOf = (call: RecordedCall) => call.args.view as Record<string, unknown>

beforeAll(async () => {
  h = await startHarness({ env: { LOG_CHANNEL_ID: 'C0LOG' } })
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

const helpBody = (id?: string) => formBody(slashCommandFields({ text: 'help', userId: 'U0SEC', responseUrl: h.fake.responseUrl(id) }))
const now = () => Math.floor(Date.now() / 1000)

describe('request signatures and timestamps', () => {
  it('accepts a correctly signed request', async () => {
    const res = await postSigned(h.eventsUrl, { body: helpBody('signed-ok'), contentType: 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(200)
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'signed-ok'))
    expect(String(reply.body.text)).toMatch(/How to use/)
  })

  it('refuses a bad signature (401) and does nothing', async () => {
    const before = h.fake.calls.length
    const res = await postSigned(h.eventsUrl, { body: helpBody(), contentType: 'application/x-www-form-urlencoded', secret: 'ffffffffffffffffffffffffffffffff' })
    expect(res.status).toBe(401)
    const body = helpBody()
    const tampered = await postSigned(h.eventsUrl, { body: `${body}x`, contentType: 'application/x-www-form-urlencoded', signature: slackSignature(TEST_SIGNING_SECRET, now(), body) })
    expect(tampered.status).toBe(401)
    await new Promise((r) => setTimeout(r, 100))
    expect(h.fake.calls.length).toBe(before)
  })

  it('refuses a missing signature (401)', async () => {
    const res = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: helpBody() })
    expect(res.status).toBe(401)
  })

  it('refuses a timestamp more than 5 minutes old (401), even correctly signed', async () => {
    const res = await postSigned(h.eventsUrl, { body: helpBody(), contentType: 'application/x-www-form-urlencoded', timestamp: now() - 6 * 60 })
    expect(res.status).toBe(401)
  })

  it('refuses a timestamp more than 5 minutes in the future (401), even correctly signed', async () => {
    const res = await postSigned(h.eventsUrl, { body: helpBody(), contentType: 'application/x-www-form-urlencoded', timestamp: now() + 6 * 60 })
    expect(res.status).toBe(401)
    const far = await postSigned(h.eventsUrl, { body: helpBody(), contentType: 'application/x-www-form-urlencoded', timestamp: now() + 86_400 })
    expect(far.status).toBe(401)
  })

  it('accepts small clock skew either way', async () => {
    for (const skew of [-200, 200]) {
      const res = await postSigned(h.eventsUrl, { body: helpBody(), contentType: 'application/x-www-form-urlencoded', timestamp: now() + skew })
      expect(res.status).toBe(200)
    }
  })

  it('answers 400 at once to a signed body that is no Slack request (JSON null once left the request unanswered)', async () => {
    const cases = [
      ['null', 'application/json'],
      ['[]', 'application/json'],
      ['{"no":"type"}', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['payload=%5B%5D', 'application/x-www-form-urlencoded'],
      ['a=b', 'application/x-www-form-urlencoded'],
    ] as const
    for (const [body, contentType] of cases) {
      const res = await postSigned(h.eventsUrl, { body, contentType })
      expect(res.status, body).toBe(400)
      expect(res.ms, body).toBeLessThan(1000)
    }
  })

  it('answers url_verification and GET /healthz', async () => {
    const res = await postSigned(h.eventsUrl, { body: JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), contentType: 'application/json' })
    expect(res.json()).toEqual({ challenge: 'abc123' })
    const health = await fetch(`${h.baseUrl}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true })
  })
})

describe('user text is escaped in mrkdwn', () => {
  it('a title with <!channel>, <@U…>, & and > never pings and never breaks the message', async () => {
    const open = await h.openForm('U0ESC', 'C0ESC')
    const title = '<!channel> Japan & US <@U0VICTIM> > all <https://evil.example|click>'
    await h.submit(viewOf(open), {
      userId: 'U0ESC',
      values: validForm({ titleEn: title, titleJa: '', city: '<!here>', partners: '<!everyone>\nA & B', summary: '<@U0VICTIM> see >', startDate: '2022-04-20' }),
    })
    expect((await h.store.db.event.findFirstOrThrow({ where: { startDate: '2022-04-20' } })).titleEn).toBe(title)
    const eph = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0ESC')
    const log = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0LOG')
    for (const call of [eph, log]) {
      const all = `${String(call.args.text)}${JSON.stringify(call.args.blocks)}`
      expect(all).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U0VICTIM>|<https:/)
      expect(all).toContain('&lt;!channel&gt; Japan &amp; US &lt;@U0VICTIM&gt; &gt; all')
    }
    // the recorder's own mention is ours, not user text: it stays a mention
    expect(JSON.stringify(eph.args.blocks)).toContain('<@U0ESC>')
  })
})
