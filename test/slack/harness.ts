// The real Bolt app (HTTP mode) on 127.0.0.1, a fresh SQLite database and the fake Slack, with helpers that
// talk to the app the way Slack does: signed slash commands, interactivity payloads and Events API callbacks.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LogLevel, type webApi } from '@slack/bolt'
import type { DestinationStream } from 'pino'
import { appLog, createSlackApp, type SlackApp } from '../../src/app.ts'
import type { Log } from '../../src/runtime/logger.ts'
import { loadAppConfig, type AppConfig } from '../../src/config.ts'
import type { PluggableServices } from '../../src/services/plugins.ts'
import type { DeliveryTiming } from '../../src/slack/delivery/worker.ts'
import { SERVER_BUSY_TIMEOUT_MS } from '../../src/store/busy.ts'
import { openStore, type Db, type Store } from '../../src/store/client.ts'
import { FakeSlack, type RecordedCall } from './fake-slack.ts'
import { blockAction, eventCallback, formBody, interactiveBody, slashCommandFields, viewSubmission, type TypedForm } from './payloads.ts'
import { postSigned, TEST_SIGNING_SECRET, type SlackHttpResponse } from './signing.ts'

export interface HarnessOptions {
  env?: Record<string, string>
  /** The services, or how to make them from the harness's database. */
  services?: PluggableServices | ((db: Db, config: AppConfig, log: Log) => PluggableServices)
  /** The database as the app sees it (e.g. a proxy that delays some calls); default: the store's client. */
  wrapDb?: (db: Db) => Db
  /** Where the app's log lines go (at info level); default: nowhere below error, to standard output. */
  logTo?: DestinationStream
  retryConfig?: webApi.RetryOptions
  /** The app's business clock (today, this fiscal year). */
  clock?: () => Date
  /** The outbox worker's retries and timeouts; default: TEST_DELIVERY_TIMING. */
  deliveryTiming?: Partial<DeliveryTiming>
}

/** Retries of the outbox in tests: the production shape (src/slack/delivery/worker.ts), in milliseconds rather than seconds. */
export const TEST_DELIVERY_TIMING: DeliveryTiming = {
  retryBaseMs: 20,
  retryMaxMs: 200,
  attemptsPerRoute: 3,
  attemptTimeoutMs: 2000,
  leaseMs: 10_000,
  pollMs: 200,
  concurrency: 4,
  keepMs: 3600_000,
}

export interface Harness {
  fake: FakeSlack
  store: Store
  config: AppConfig
  slack: SlackApp
  /** http://127.0.0.1:PORT */
  baseUrl: string
  eventsUrl: string
  /** Sends `/grassroots <text>`; resolves with the HTTP answer (the ack) and the response_url used. */
  command(text: string, options: { userId: string; channelId?: string; headers?: Record<string, string> }): Promise<SlackHttpResponse & { responseUrlId: string }>
  interact(payload: unknown, headers?: Record<string, string>): Promise<SlackHttpResponse>
  event(event: Record<string, unknown>, options?: { eventId?: string; headers?: Record<string, string> }): Promise<SlackHttpResponse>
  /** `/grassroots log` → the form the app opened, as a views.open call (its view is the form as shown). */
  openForm(userId: string, channelId?: string): Promise<RecordedCall>
  /** The view a views.open call ends up showing (the placeholder replaced by the form or a message). */
  formView(open: RecordedCall): Promise<Record<string, unknown>>
  /** Submits a view the app opened (from a views.open / ack update), as `userId` typed `values`. */
  submit(view: Record<string, unknown>, options: { userId: string; values: TypedForm; viewId?: string }): Promise<SlackHttpResponse>
  click(options: Parameters<typeof blockAction>[0]): Promise<SlackHttpResponse>
  close(): Promise<void>
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-slack-'))
  const fake = await FakeSlack.start()
  const config = loadAppConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: `file:${dir}/slack.db`,
    GRASSROOTS_TZ: 'Asia/Tokyo',
    ...options.env,
  })
  // as runApp opens it: a held write lock is waited for asynchronously (src/store/busy.ts)
  const store = await openStore({ url: config.databaseUrl, busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS })
  const log = options.logTo ? appLog(config, { level: LogLevel.INFO, destination: options.logTo }) : appLog(config, { level: LogLevel.ERROR })
  const services = typeof options.services === 'function' ? options.services(store.db, config, log) : options.services
  const slack = createSlackApp({
    config,
    db: options.wrapDb ? options.wrapDb(store.db) : store.db,
    ...(services ? { services } : {}),
    log,
    retryConfig: options.retryConfig ?? { retries: 0 },
    ...(options.clock ? { clock: options.clock } : {}),
    deliveryTiming: { ...TEST_DELIVERY_TIMING, ...options.deliveryTiming },
  })
  const { port } = await slack.start({ port: 0, host: '127.0.0.1' })
  const baseUrl = `http://127.0.0.1:${port}`
  const eventsUrl = `${baseUrl}/slack/events`
  let viewCount = 0

  const interact = (payload: unknown, headers?: Record<string, string>) =>
    postSigned(eventsUrl, { body: interactiveBody(payload), contentType: 'application/x-www-form-urlencoded', ...(headers ? { headers } : {}) })

  const harness: Harness = {
    fake,
    store,
    config,
    slack,
    baseUrl,
    eventsUrl,
    async command(text, { userId, channelId, headers }) {
      const responseUrlId = `r${Math.random().toString(36).slice(2)}`
      const fields = slashCommandFields({ text, userId, ...(channelId ? { channelId } : {}), responseUrl: fake.responseUrl(responseUrlId) })
      const res = await postSigned(eventsUrl, { body: formBody(fields), contentType: 'application/x-www-form-urlencoded', ...(headers ? { headers } : {}) })
      return { ...res, responseUrlId }
    },
    interact,
    event(event, opts = {}) {
      return postSigned(eventsUrl, {
        body: JSON.stringify(eventCallback(event, opts.eventId)),
        contentType: 'application/json',
        ...(opts.headers ? { headers: opts.headers } : {}),
      })
    },
    async openForm(userId, channelId) {
      const before = fake.callsTo('views.open').length
      const res = await harness.command('log', { userId, ...(channelId ? { channelId } : {}) })
      if (res.status !== 200) throw new Error(`/grassroots log answered ${res.status}`)
      const open = await fake.waitFor(() => fake.callsTo('views.open')[before])
      return { ...open, args: { ...open.args, view: await fake.shownView(open) } }
    },
    formView: (open) => fake.shownView(open),
    submit(view, { userId, values, viewId }) {
      viewCount += 1
      return interact(viewSubmission({ view, viewId: viewId ?? `VSUBMIT${viewCount}`, userId, values }))
    },
    click(opts) {
      return interact(blockAction(opts))
    },
    async close() {
      await slack.stop(2000)
      await store.close()
      await fake.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
  return harness
}
