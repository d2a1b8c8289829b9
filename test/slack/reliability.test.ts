// Rate limits, failing databases and Slack errors: the user is told clearly, nothing typed is lost, the app
// keeps serving, and side effects happen once.
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORM_BLOCK } from '../../src/slack/ids.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { validForm } from './payloads.ts'

const viewOf = (call: RecordedCall) => call.args.view as Record<string, unknown>

describe('Slack rate limits (HTTP 429 with Retry-After)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 } })
  })
  afterAll(async () => {
    await h.close()
  })

  it('waits Retry-After, retries, and the message is delivered exactly once', async () => {
    h.fake.inject('chat.postEphemeral', { status: 429, retryAfter: 1 })
    const open = await h.openForm('U0RATE', 'C0RATE')
    const started = Date.now()
    await h.submit(viewOf(open), { userId: 'U0RATE', values: validForm() })
    const delivered = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0RATE', 5000)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(delivered.args.user).toBe('U0RATE')
    expect(h.fake.callsTo('chat.postEphemeral#429')).toHaveLength(1)
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(1)
    expect(await h.store.db.event.count()).toBe(1)
  })
})

describe('failures', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    expect(h.fake.rejections).toEqual([])
    await h.close()
  })

  it('a failing database: the modal stays open with an error on the first field; Save again records once', async () => {
    const open = await h.openForm('U0DB', 'C0DB')
    const values = validForm({ titleEn: 'Broken database seminar', titleJa: '', startDate: '2022-06-15' })
    // break the database under the app (a table it writes is missing), as a failing disk or server would
    const raw = new Database(path.resolve(h.store.file))
    raw.exec('ALTER TABLE "EventState" RENAME TO "EventState_away"')
    try {
      const res = await h.submit(viewOf(open), { userId: 'U0DB', values, viewId: 'VBROKEN' })
      expect(res.status).toBe(200)
      const body = res.json() as { response_action: string; errors: Record<string, string> }
      expect(body.response_action).toBe('errors')
      expect(body.errors[FORM_BLOCK.titleEn]).toMatch(/Could not save just now.*press Save again/)
      expect(JSON.stringify(body)).not.toMatch(/EventState|Prisma|SQLITE/i)
      expect(await h.store.db.event.count({ where: { titleEn: 'Broken database seminar' } })).toBe(0)
    } finally {
      raw.exec('ALTER TABLE "EventState_away" RENAME TO "EventState"')
      raw.close()
    }
    // the form kept what was typed (Slack keeps it on errors): the user presses Save again
    const again = await h.submit(viewOf(open), { userId: 'U0DB', values, viewId: 'VBROKEN' })
    expect(again.text).toBe('')
    const again2 = await h.submit(viewOf(open), { userId: 'U0DB', values, viewId: 'VBROKEN' })
    expect(again2.text).toBe('')
    expect(await h.store.db.event.count({ where: { titleEn: 'Broken database seminar' } })).toBe(1)
  })

  it('a Slack API error when opening the form gives the user a clear message, and the app keeps serving', async () => {
    h.fake.inject('views.open', { error: 'internal_error' })
    const res = await h.command('log', { userId: 'U0SLACKERR', channelId: 'C0ERR' })
    expect(res.status).toBe(200)
    const reply = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.user === 'U0SLACKERR')
    expect(String(reply.args.text)).toMatch(/Something went wrong on our side/)
    expect(String(reply.args.text)).not.toMatch(/internal_error/)
    const open = await h.openForm('U0SLACKERR')
    expect(viewOf(open).callback_id).toBe('grassroots_event_modal')
  })

  it('a failing database when the Home tab opens: the tab says so instead of staying blank', async () => {
    const raw = new Database(path.resolve(h.store.file))
    raw.exec('ALTER TABLE "EventState" RENAME TO "EventState_away"')
    try {
      const res = await h.event({ type: 'app_home_opened', user: 'U0HOMEDB', channel: 'D0HOMEDB', tab: 'home', event_ts: '2.0' })
      expect(res.status).toBe(200)
      const published = await h.fake.waitForCall('views.publish', (c) => c.args.user_id === 'U0HOMEDB')
      const text = JSON.stringify(viewOf(published))
      expect(text).toMatch(/Something went wrong on our side/)
      expect(text).not.toMatch(/EventState|Prisma|SQLITE/i)
    } finally {
      raw.exec('ALTER TABLE "EventState_away" RENAME TO "EventState"')
      raw.close()
    }
  })

  it('users.info failing falls back to the remembered locale', async () => {
    h.fake.locales.set('U0LOC', 'ja-JP')
    const first = await h.command('help', { userId: 'U0LOC' })
    const ja = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === first.responseUrlId))
    expect(String(ja.body.text)).toBe('/grassroots の使い方')
    const pref = await h.store.db.userPreference.findUniqueOrThrow({ where: { userId: 'U0LOC' } })
    expect(pref.locale).toBe('ja-JP')
  })
})

describe('graceful stop', () => {
  it('stops receiving, then lets work already acknowledged finish', async () => {
    const h = await startHarness()
    try {
      h.fake.inject('views.open', { delayMs: 600 })
      const res = await h.command('log', { userId: 'U0STOP', channelId: 'C0STOP' })
      expect(res.status).toBe(200) // acknowledged; opening the form is still under way
      await new Promise((r) => setTimeout(r, 50))
      expect(h.fake.callsTo('views.open')).toHaveLength(0)
      await h.slack.stop(5000)
      expect(h.fake.callsTo('views.open')).toHaveLength(1)
      await expect(fetch(`${h.baseUrl}/healthz`)).rejects.toThrow()
    } finally {
      await h.close() // stopping twice is harmless
    }
  })
})
