// The fake's conversations, as the outbox reads them back (src/slack/delivery/lookup.ts): what chat.postMessage
// posted is in conversations.history (not thread replies, newest first, metadata only with
// include_all_metadata, `oldest` exclusive, a page at a time) and conversations.replies (the thread, oldest
// first); a post to a user ID is in the DM conversations.open names; an ephemeral is in no history; and an
// injected hangAfterMs carries the call out at once, answering only later.
import { webApi } from '@slack/bolt'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { FakeSlack } from './fake-slack.ts'

let fake: FakeSlack
let client: webApi.WebClient
beforeAll(async () => {
  fake = await FakeSlack.start()
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true })
})
afterAll(async () => {
  await fake.close()
})

const meta = (key: string) => ({ event_type: 'grassroots_outbox', event_payload: { key } })

it('history: top-level messages, newest first, metadata only when asked for, oldest exclusive, paged', async () => {
  const first = await client.chat.postMessage({ channel: 'C0HIST', text: 'one', metadata: meta('a') })
  const second = await client.chat.postMessage({ channel: 'C0HIST', text: 'two', metadata: meta('b') })
  await client.chat.postMessage({ channel: 'C0HIST', text: 'in thread', thread_ts: String(first.ts), metadata: meta('c') })
  await client.chat.postEphemeral({ channel: 'C0HIST', user: 'U0HIST', text: 'private' })
  const all = await client.conversations.history({ channel: 'C0HIST', include_all_metadata: true })
  expect(all.messages?.map((m) => [m.text, m.metadata?.event_payload])).toEqual([
    ['two', { key: 'b' }],
    ['one', { key: 'a' }],
  ])
  const bare = await client.conversations.history({ channel: 'C0HIST' })
  expect(bare.messages?.every((m) => m.metadata === undefined)).toBe(true)
  expect((await client.conversations.history({ channel: 'C0HIST', oldest: String(first.ts) })).messages?.map((m) => m.ts)).toEqual([second.ts])
  const page = await client.conversations.history({ channel: 'C0HIST', limit: 1 })
  expect(page.messages).toHaveLength(1)
  const next = await client.conversations.history({ channel: 'C0HIST', limit: 1, cursor: String(page.response_metadata?.next_cursor) })
  expect(next.messages?.map((m) => m.text)).toEqual(['one'])
  expect(next.response_metadata?.next_cursor).toBe('')
})

it('replies: the thread, oldest first, with its metadata', async () => {
  const parent = await client.chat.postMessage({ channel: 'C0REPL', text: 'parent' })
  await client.chat.postMessage({ channel: 'C0REPL', text: 'reply', thread_ts: String(parent.ts), metadata: meta('r') })
  await client.chat.postMessage({ channel: 'C0REPL', text: 'elsewhere' })
  const thread = await client.conversations.replies({ channel: 'C0REPL', ts: String(parent.ts), include_all_metadata: true })
  expect(thread.messages?.map((m) => [m.text, m.metadata?.event_payload ?? null])).toEqual([
    ['parent', null],
    ['reply', { key: 'r' }],
  ])
})

it("a post to a user ID is in the DM that conversations.open names", async () => {
  await client.chat.postMessage({ channel: 'U0DMH', text: 'hello', metadata: meta('d') })
  const opened = await client.conversations.open({ users: 'U0DMH' })
  const id = String(opened.channel?.id)
  expect(id).toMatch(/^D/)
  const history = await client.conversations.history({ channel: id, include_all_metadata: true })
  expect(history.messages?.map((m) => m.metadata?.event_payload)).toEqual([{ key: 'd' }])
})

it('hangAfterMs: the call is carried out at once, its answer comes later', async () => {
  fake.inject('chat.postMessage', { hangAfterMs: 300 })
  const started = Date.now()
  const answer = client.chat.postMessage({ channel: 'C0LATE', text: 'late' })
  await fake.waitFor(() => fake.messages.find((m) => m.channel === 'C0LATE'))
  expect(fake.faultCounts.hanging).toBe(1)
  expect((await answer).ok).toBe(true)
  expect(Date.now() - started).toBeGreaterThanOrEqual(300)
  expect(fake.faultCounts.hanging).toBe(0)
})
