// What `grassroots serve` starts: the real services, and the weekly digest scheduler when DIGEST_CHANNEL_ID
// is set (its catch-up run posts at start), stopped before the database closes.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LogLevel } from '@slack/bolt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, runApp, startDigest } from '../../src/app.ts'
import { createChartRenderer } from '../../src/charts/renderer.ts'
import { loadAppConfig, loadDigestConfig } from '../../src/config.ts'
import { openStore } from '../../src/store/client.ts'
import { FakeSlack } from './fake-slack.ts'
import { TEST_SIGNING_SECRET } from './signing.ts'
import { testCharts } from '../helpers/charts.ts'

const charts = testCharts()

let fake: FakeSlack
let dir: string
beforeAll(async () => {
  fake = await FakeSlack.start()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-wiring-'))
})
afterAll(async () => {
  await fake.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const env = (extra: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: 'xoxb-wiring',
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_API_URL: fake.apiUrl,
  DATABASE_URL: `file:${dir}/wiring.db`,
  ...extra,
})

describe('runApp wiring', () => {
  it('with DIGEST_CHANNEL_ID: the scheduler starts, posts the missed digest once, and stops with the app', async () => {
    const e = env({ DIGEST_CHANNEL_ID: 'C0DIGEST', DIGEST_CRON: '0 9 * * 1', DIGEST_TZ: 'Asia/Tokyo' })
    const config = loadAppConfig(e)
    const digest = loadDigestConfig(e)
    const own = createChartRenderer({ threads: 1 })
    const running = await runApp({ config, digest, charts: own, services: (db) => createServices({ config, db, charts: own, digest }), logLevel: LogLevel.ERROR, listen: { port: 0, host: '127.0.0.1' } })
    try {
      expect(running.digest).toBeDefined()
      const post = await fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0DIGEST', 20_000)
      // the digest's chart, drawn by the app's renderer, goes into the thread
      await fake.waitForCall('files.completeUploadExternal', () => true, 20_000)
      expect((post.args.metadata as { event_type?: string } | undefined)?.event_type ?? JSON.stringify(post.args.metadata)).toContain('grassroots_digest')
    } finally {
      await running.stop()
    }
    // stopped: a run now does nothing, the chart threads are closed, and the database is closed
    expect(await running.digest?.runNow()).toEqual({ status: 'disabled' })
    await expect(own.render({ mark: 'bar', data: { values: [] } })).rejects.toMatchObject({ key: 'chart_renderer_closed' })
    const runs = await openStore({ url: config.databaseUrl })
    try {
      expect(await runs.db.digestRun.count()).toBe(1)
    } finally {
      await runs.close()
    }
  }, 40_000)

  it('without DIGEST_CHANNEL_ID: no scheduler', async () => {
    const e = env()
    const config = loadAppConfig(e)
    const digest = loadDigestConfig(e)
    expect(digest.channelId).toBeUndefined()
    const store = await openStore({ url: config.databaseUrl })
    try {
      expect(startDigest({ db: store.db, client: {} as never, config: digest })).toBeUndefined()
    } finally {
      await store.close()
    }
  })

  it('createServices gives questions, digest and report', async () => {
    const config = loadAppConfig(env())
    const store = await openStore({ url: config.databaseUrl })
    try {
      const services = createServices({ config, db: store.db, charts, clock: () => new Date('2023-06-01T00:00:00Z') })
      expect(Object.keys(services).sort()).toEqual(['digest', 'questions', 'report'])
      const answer = await services.questions?.answer('how many events in FY2022?', { userId: 'U', lang: 'en' })
      expect(answer?.kind).toBe('scalar')
    } finally {
      await store.close()
    }
  })
})
