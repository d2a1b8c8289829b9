// The fake's share of failing calls (what `npm run soak` uses to play Slack having a bad day): a 429 with
// Retry-After and a 500 do nothing, a hang does the call at once and answers late; response_url posts too.
import { webApi } from '@slack/bolt'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { FakeSlack, type FaultShares } from './fake-slack.ts'

let fake: FakeSlack
beforeEach(async () => {
  fake = await FakeSlack.start()
})
afterEach(async () => {
  await fake.close()
})

const only = (fault: 'rateLimited' | 'serverError' | 'hang', extra: Partial<FaultShares> = {}): FaultShares => ({
  rateLimited: fault === 'rateLimited' ? 1 : 0,
  serverError: fault === 'serverError' ? 1 : 0,
  hang: fault === 'hang' ? 1 : 0,
  retryAfterSec: 7,
  hangMs: 400,
  responseUrls: true,
  ...extra,
})

const client = () => new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true })

it('answers 429 with Retry-After and carries nothing out', async () => {
  fake.faults(only('rateLimited'))
  await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 })
  expect(fake.callsTo('chat.postMessage')).toHaveLength(0)
  expect(fake.callsTo('chat.postMessage#429')).toHaveLength(1)
  expect(fake.faultCounts.rateLimited).toBe(1)
})

it('answers 500 and carries nothing out; auth.test is never failed', async () => {
  fake.faults(only('serverError'))
  expect((await client().auth.test()).ok).toBe(true)
  await expect(client().chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 })
  expect(fake.callsTo('chat.postMessage')).toHaveLength(0)
  expect(fake.callsTo('chat.postMessage#500')).toHaveLength(1)
})

it('a hang carries the call out at once and answers after hangMs', async () => {
  fake.faults(only('hang'))
  const started = Date.now()
  const posting = client().chat.postMessage({ channel: 'C1', text: 'hi' })
  await fake.waitForCall('chat.postMessage')
  expect(fake.faultCounts.hanging).toBe(1)
  expect((await posting).ok).toBe(true)
  expect(Date.now() - started).toBeGreaterThanOrEqual(390)
  expect(fake.faultCounts).toMatchObject({ hang: 1, hanging: 0 })
})

it('response_url posts fail too when asked, and none once faults are off', async () => {
  fake.faults(only('serverError'))
  const failed = await fetch(fake.responseUrl('r1'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x' }) })
  expect(failed.status).toBe(500)
  fake.faults(undefined)
  const ok = await fetch(fake.responseUrl('r2'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x' }) })
  expect(ok.status).toBe(200)
  expect(fake.responses.map((r) => r.id)).toEqual(['r1#500', 'r2'])
})
