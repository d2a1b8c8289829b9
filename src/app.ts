// Composition root of the Slack app: config → database → services → Bolt app (Socket Mode or HTTP) → listeners.
// Nothing here decides anything about events; it only wires the parts together and owns start and stop.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { DestinationStream } from 'pino'
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type Logger } from '@slack/bolt'
import type { ChartRenderer } from './charts/renderer.ts'
import type { AppConfig, DigestConfig, LogLevelName } from './config.ts'
import { slackDigestPoster } from './digest/poster.ts'
import { startDigestScheduler, type DigestScheduler } from './digest/scheduler.ts'
import { createDigestService } from './digest/slack-service.ts'
import { todayIn } from './domain/fiscal-year.ts'
import { createReportService } from './reports/slack-service.ts'
import { createQuestionService, modelParserFrom } from './services/questions.ts'
import { homeSummary } from './services/home.ts'
import { createLocaleService } from './services/locale.ts'
import { createPermissions } from './services/permissions.ts'
import type { PluggableServices } from './services/plugins.ts'
import { createRecordingService } from './services/recording.ts'
import type { SlackDeps } from './slack/context.ts'
import { registerListeners } from './slack/listeners/index.ts'
import { createAppMetrics, outcomeOf, type AppMetrics } from './runtime/metrics.ts'
import { boltLogger, createLog, secretsOf, type Log } from './runtime/logger.ts'
import { refuseMalformedBodies } from './runtime/http-body.ts'
import { AFTER_ACK_CONCURRENCY, createLane, type Lane } from './runtime/lane.ts'
import { kindOf, logSocketRequest, newTrace, traceFrom, traceHttpRequests, traceOf } from './runtime/request-log.ts'
import { openStore, redactUrl, type Db, type Store } from './store/client.ts'
import { checkReadiness } from './store/readiness.ts'
import { retryWhileBusy, SERVER_BUSY_TIMEOUT_MS } from './store/busy.ts'
import { claimKey } from './store/idempotency.ts'
import { outboxBacklog } from './store/outbox.ts'
import { createDelivery } from './slack/delivery/delivery.ts'
import { createDeliveryWorker, PRODUCTION_DELIVERY_TIMING, type DeliveryTiming } from './slack/delivery/worker.ts'

const { WebClient } = webApi

/**
 * Retries of Web API calls in production: about five tries over half a minute, and an HTTP 429 waits the
 * Retry-After Slack asked for before the next try (WebClient does that; a retry counts against `retries`).
 */
export const PRODUCTION_RETRY_CONFIG: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 15_000, randomize: true }

/**
 * How long the exactly-once claim of an answer waits out another process's SQLite write lock or a database
 * that cannot be reached (ms). A claim is made after the ack (mentions, button presses), so an outage shorter
 * than this loses no answer: Slack does not retry an event it saw acknowledged.
 */
const CLAIM_RETRY_MS = 30_000

/** Slack refuses requests signed more than 5 minutes from now; Bolt checks only the past, this the future. */
export const TIMESTAMP_TOLERANCE_SEC = 5 * 60

export interface SlackAppOptions {
  config: AppConfig
  db: Db
  services?: PluggableServices
  /** The app's logger (created in runApp from the configuration); without it one is made from the configuration. */
  log?: Log
  /** Overrides the configured LOG_LEVEL of a logger made here (tests lower it). */
  logLevel?: LogLevel
  retryConfig?: webApi.RetryOptions
  /** Socket Mode: how long to wait for a pong (tests lower it: reconnect delays are multiples of it). */
  clientPingTimeoutMs?: number
  /** The business clock: what "today" and "this fiscal year" mean (tests set it). Request signatures use real time. */
  clock?: () => Date
  /** Retries and timeouts of the Slack outbox's delivery worker (tests shorten them). */
  deliveryTiming?: Partial<DeliveryTiming>
  /** Answers computed at once after their acks (default AFTER_ACK_CONCURRENCY; src/runtime/lane.ts). */
  afterAckConcurrency?: number
}

export interface SlackApp {
  app: App
  /** What GET /metrics shows (HTTP mode). */
  metrics: AppMetrics
  mode: 'http' | 'socket'
  /** HTTP mode listens on `port` (0: any free port) at `host`; Socket Mode connects out. */
  start(listen?: { port?: number; host?: string }): Promise<{ port: number | undefined }>
  /**
   * Stops receiving, then waits for work in flight (at most `graceMs`), then stops the delivery worker (its
   * posts under way end; rows not yet delivered wait in the database for the next start). Does not close
   * the database.
   */
  stop(graceMs?: number): Promise<void>
}

/** Wraps the receiver's request listener: a POST signed with a timestamp in the future gets 401, unread. */
export function refuseFutureTimestamps(receiver: HTTPReceiver, logger?: Logger, now: () => Date = () => new Date()): void {
  const inner = receiver.requestListener
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-slack-request-timestamp']
    const ts = Number(Array.isArray(header) ? header[0] : header)
    if (req.method === 'POST' && Number.isFinite(ts) && ts > now().getTime() / 1000 + TIMESTAMP_TOLERANCE_SEC) {
      logger?.warn(`refused a request signed ${Math.round(ts - now().getTime() / 1000)} s in the future`)
      res.writeHead(401)
      res.end()
      return
    }
    inner(req, res)
  }
}

const BOLT_LEVEL_NAME: Record<LogLevel, LogLevelName> = { [LogLevel.DEBUG]: 'debug', [LogLevel.INFO]: 'info', [LogLevel.WARN]: 'warn', [LogLevel.ERROR]: 'error' }

/**
 * The app's logger from the configuration: LOG_LEVEL (or `level`, which overrides it), with the configured
 * secrets (tokens, signing secret, language-model key, database password) never written.
 */
export function appLog(
  config: Pick<AppConfig, 'logLevel' | 'databaseUrl' | 'openai'> & { slack?: AppConfig['slack'] },
  options: { level?: LogLevel | undefined; destination?: DestinationStream } = {},
): Log {
  const level = options.level !== undefined ? BOLT_LEVEL_NAME[options.level] : config.logLevel
  return createLog({ level, secrets: secretsOf(config), ...(options.destination ? { destination: options.destination } : {}) })
}

/**
 * The services as the listeners see them: question answers counted by outcome (figure, refused, clarify), and
 * every answer (a question, a reading chosen, a page of its events) computed in the after-ack lane, so that
 * answers in hand never hold up the requests waiting for their ack (src/runtime/lane.ts).
 */
function laneServices(services: PluggableServices, metrics: AppMetrics, lane: Lane): PluggableServices {
  const questions = services.questions
  if (questions === undefined) return services
  const { answerQuery, listEvents } = questions
  return {
    ...services,
    questions: {
      async answer(question, context) {
        const answer = await lane.run(() => questions.answer(question, context))
        metrics.countAnswer(outcomeOf(answer.kind ?? 'scalar'))
        return answer
      },
      ...(answerQuery ? { answerQuery: (query, context) => lane.run(() => answerQuery.call(questions, query, context)) } : {}),
      ...(listEvents ? { listEvents: (o) => lane.run(() => listEvents.call(questions, o)) } : {}),
    },
  }
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, db } = options
  const clock = options.clock ?? (() => new Date())
  const log = options.log ?? appLog(config, { level: options.logLevel })
  const logger = boltLogger(log)
  const clientOptions = { slackApiUrl: config.slack.apiUrl, retryConfig: options.retryConfig ?? PRODUCTION_RETRY_CONFIG }

  const metrics = createAppMetrics()
  // work after the ack (answers), a few at a time: the requests still waiting for theirs go first
  const afterAck = createLane({ concurrency: options.afterAckConcurrency ?? AFTER_ACK_CONCURRENCY })
  const postgres = /^postgres(ql)?:/.test(config.databaseUrl)
  let receiver: HTTPReceiver | SocketModeReceiver
  let mode: SlackApp['mode']
  if (config.slack.appToken !== undefined) {
    mode = 'socket'
    receiver = new SocketModeReceiver({
      appToken: config.slack.appToken,
      installerOptions: { clientOptions },
      logger,
      // the trace starts when the envelope arrives: deadlines are counted from it
      customPropertiesExtractor: () => ({ trace: newTrace() }),
      ...(options.clientPingTimeoutMs !== undefined ? { clientPingTimeout: options.clientPingTimeoutMs } : {}),
    })
  } else {
    mode = 'http'
    const http = new HTTPReceiver({
      signingSecret: config.slack.signingSecret ?? '',
      endpoints: '/slack/events',
      port: config.slack.port,
      logger,
      // the trace started when the request arrived (traceHttpRequests): deadlines are counted from it
      customPropertiesExtractor: (req) => ({ trace: traceOf(req) }),
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' })
            res.end(JSON.stringify({ ok: true }))
          },
        },
        {
          // ready: the database answers and every committed migration is applied (503 otherwise)
          path: '/readyz',
          method: ['GET'],
          handler: (_req, res) => {
            void checkReadiness(db, { postgres }).then((r) => {
              res.writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' })
              res.end(JSON.stringify(r))
            })
          },
        },
        {
          path: '/metrics',
          method: ['GET'],
          handler: (_req, res) => {
            void metrics.registry.metrics().then(
              (text) => {
                res.writeHead(200, { 'content-type': metrics.registry.contentType })
                res.end(text)
              },
              () => {
                res.writeHead(500)
                res.end()
              },
            )
          },
        },
      ],
    })
    // a signed body Bolt cannot dispatch (JSON null) would leave the request unanswered: 400 before Bolt
    http.requestListener = refuseMalformedBodies(http.requestListener, { onRefused: (reason) => logger.warn(`refused a request: ${reason}`) })
    refuseFutureTimestamps(http, logger)
    // outermost: the arrival is the first thing noted, and every POST gets its line and its ack timing
    http.requestListener = traceHttpRequests(http.requestListener, { log, observe: (ms, status) => metrics.observeAck(ms / 1000, status) })
    receiver = http
  }

  const app = new App({
    token: config.slack.botToken,
    receiver,
    clientOptions: { ...clientOptions, logger },
    logger,
    // auth.test runs in start(), where a bad token stops start-up with a clear message
    deferInitialization: true,
  })

  // Work in flight, so that stop() can let it finish: every listener runs inside this middleware. It also
  // names the request's kind and notes a failure for the request's log line.
  const inflight = new Set<Promise<void>>()
  app.use(async ({ body, context, next }) => {
    const trace = traceFrom(context)
    trace.kind = kindOf(body)
    if (typeof context.retryNum === 'number') trace.retry = context.retryNum
    const work = next()
    inflight.add(work)
    trace.handled = work.then(
      () => undefined,
      () => {
        trace.failed = true
      },
    )
    try {
      await work
    } finally {
      inflight.delete(work)
      if (mode === 'socket') logSocketRequest(trace, log)
    }
  })

  // The outbox's worker posts with a client of its own that makes one request per call: retries, backoff and
  // Retry-After are the worker's (src/slack/delivery/worker.ts), counted across restarts and instances.
  const deliveryTiming = { ...PRODUCTION_DELIVERY_TIMING, ...options.deliveryTiming }
  const deliveryClient = new WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    logger,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: deliveryTiming.attemptTimeoutMs,
  })
  const worker = createDeliveryWorker({ db, client: deliveryClient, timing: deliveryTiming, log, onOutcome: (o) => metrics.countDelivery(o) })
  const delivery = createDelivery({ db, worker, client: deliveryClient, attemptTimeoutMs: deliveryTiming.attemptTimeoutMs, log })
  metrics.watchOutbox(() => outboxBacklog(db))

  const today = () => todayIn(config.timeZone, clock())
  const permissions = createPermissions({
    config: config.permissions,
    channelMembers: async (channel) => {
      const members: string[] = []
      for await (const page of app.client.paginate('conversations.members', { channel, limit: 1000 })) {
        members.push(...(((page as { members?: string[] }).members) ?? []))
      }
      return members
    },
  })
  const deps: SlackDeps = {
    config,
    permissions,
    recording: createRecordingService({ db, permissions, today }),
    locale: createLocaleService({
      db,
      fallback: config.cliLang,
      fetchLocale: async (user) => (await app.client.users.info({ user, include_locale: true })).user?.locale,
    }),
    homeSummary: (userId) => homeSummary(db, { userId, today: today() }),
    // before an answer is posted: another process's write lock is waited out asynchronously, briefly
    delivery,
    claim: (key, scope) => retryWhileBusy(() => claimKey(db, { key, scope }), { until: Date.now() + CLAIM_RETRY_MS }),
    services: laneServices(options.services ?? {}, metrics, afterAck),
    today,
    logger: app.logger,
  }
  registerListeners(app, deps)

  return {
    app,
    metrics,
    mode,
    async start(listen = {}) {
      await app.init()
      if (mode === 'socket') {
        await app.start()
        // after auth.test: the token works; messages left by a crash or a stop are delivered first
        worker.start()
        return { port: undefined }
      }
      const server = (await app.start({ port: listen.port ?? config.slack.port, ...(listen.host ? { host: listen.host } : {}) })) as {
        address(): AddressInfo | string | null
      }
      worker.start()
      const address = server.address()
      return { port: typeof address === 'object' && address !== null ? address.port : undefined }
    },
    async stop(graceMs = 10_000) {
      await app.stop().catch((e: unknown) => app.logger.warn(`stopping the receiver: ${String(e)}`))
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref())
      await Promise.race([Promise.allSettled([...inflight]).then(() => undefined), deadline])
      await worker.stop()
    },
  }
}

/**
 * The services of the real app: questions (rules, plus the language model when OPENAI_API_KEY is set, only
 * for questions the rules are unsure of), the digest preview and the fiscal-year report. "Today" is read in
 * the configured time zone (the digest's own DIGEST_TZ for the digest), so 今年度 means the same for all.
 */
export function createServices(options: {
  config: AppConfig
  db: Db
  /** Draws the charts of answers, the digest preview and the report, off the main thread. */
  charts: ChartRenderer
  digest?: Pick<DigestConfig, 'timeZone'>
  clock?: () => Date
  /** Where a language-model failure is logged (one warn line with its mode); default: a logger from the configuration. */
  log?: Log
}): PluggableServices {
  const { config, db, charts } = options
  const clock = options.clock ?? (() => new Date())
  const log = (options.log ?? appLog(config)).child({ component: 'language-model' })
  const modelParse = modelParserFrom(config.openai, (failure) => log.warn({ failure }, 'language model not used; the rules answer'))
  const digestTz = options.digest?.timeZone ?? config.timeZone
  return {
    questions: createQuestionService({ db, timeZone: config.timeZone, clock, charts, ...(modelParse ? { modelParse } : {}) }),
    digest: createDigestService({ db, timeZone: digestTz, charts, today: () => todayIn(digestTz, clock()) }),
    report: createReportService({ db, timeZone: config.timeZone, charts, today: () => todayIn(config.timeZone, clock()) }),
  }
}

/** The weekly digest on its schedule when DIGEST_CHANNEL_ID is set; undefined (nothing scheduled) otherwise. */
export function startDigest(options: {
  db: Db
  client: webApi.WebClient
  config: Pick<DigestConfig, 'channelId' | 'cron' | 'timeZone'>
  /** Draws the chart posted with the digest; without it the digest is posted without a chart. */
  charts?: ChartRenderer
  log?: Log
  now?: () => Date
}): DigestScheduler | undefined {
  if (options.config.channelId === undefined) return undefined
  const logger = options.log?.child({ component: 'digest' })
  return startDigestScheduler({
    db: options.db,
    poster: slackDigestPoster(options.client),
    config: options.config,
    ...(options.charts ? { charts: options.charts } : {}),
    ...(logger ? { log: (message: string, data?: Record<string, unknown>) => logger.info(data ?? {}, message) } : {}),
    ...(options.now ? { now: options.now } : {}),
  })
}

/** `grassroots serve`: open the store, start the app; the returned stop() also closes the database. */
export async function runApp(options: {
  config: AppConfig
  /** The services, or how to make them once the database is open (with the app's logger). */
  services?: PluggableServices | ((db: Db, log: Log) => PluggableServices)
  /** The weekly digest's schedule; posted only when its channelId is set. */
  digest?: Pick<DigestConfig, 'channelId' | 'cron' | 'timeZone'>
  /** The chart renderer of the services and the digest: stop() closes it last, after work in flight. */
  charts?: ChartRenderer
  logLevel?: LogLevel
  listen?: { port?: number; host?: string }
}): Promise<{ slack: SlackApp; store: Store; port: number | undefined; digest: DigestScheduler | undefined; stop(): Promise<void> }> {
  // the app's one logger: Bolt, the services and the request lines all write through it
  const log = appLog(options.config, { level: options.logLevel })
  // a lock held by another process is waited for asynchronously, never for long on the event loop
  const store = await openStore({ url: options.config.databaseUrl, busyTimeoutMs: SERVER_BUSY_TIMEOUT_MS, poolMax: options.config.databasePoolMax })
  log.info({ database: store.provider === 'sqlite' ? store.file : redactUrl(options.config.databaseUrl), migrationsApplied: store.migration.applied.length }, 'database open')
  const services = typeof options.services === 'function' ? options.services(store.db, log) : options.services
  const slack = createSlackApp({ config: options.config, db: store.db, log, ...(services ? { services } : {}) })
  let port: number | undefined
  try {
    port = (await slack.start(options.listen)).port
  } catch (e) {
    // nothing was started (auth.test or listen failed): only the database and the chart threads need closing
    await store.close()
    await options.charts?.close()
    throw e
  }
  // after start: the token has been checked, and the scheduler's catch-up run can post at once
  const digest = options.digest
    ? startDigest({ db: store.db, client: slack.app.client, config: options.digest, log, ...(options.charts ? { charts: options.charts } : {}) })
    : undefined
  return {
    slack,
    store,
    port,
    digest,
    async stop() {
      // no new digest run may start, and one under way finishes, before the database closes
      await digest?.stop()
      await slack.stop()
      await store.close()
      await options.charts?.close()
    },
  }
}
