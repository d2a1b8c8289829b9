// A fake Slack on 127.0.0.1: the Web API (records every call, rejects Block Kit that breaks Slack's limits,
// can answer 429 with Retry-After or any error), response_url endpoints, file uploads, and Socket Mode over
// a real WebSocket. Shared by the tests and the benchmark.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { checkMessage, checkView } from '../../src/slack/blocks/limits.ts'
import { CALLBACK } from '../../src/slack/ids.ts'

const LOADING_CALLBACK: string = CALLBACK.loadingModal

export interface RecordedCall {
  method: string
  args: Record<string, unknown>
  /** The Authorization header (Bearer token). */
  auth: string | undefined
  /** What the fake answered (set once it has). */
  result?: Record<string, unknown>
  /** When it arrived (epoch ms). */
  at?: number
}

/** One POST to a response URL, whatever the fake answered (HTTP status; 0: left hanging). */
export interface ResponseAttempt {
  id: string
  status: number
  at: number
}

export interface Rejection {
  method: string
  problems: string[]
}

/**
 * A failure to answer with: a Slack error (ok:false), HTTP 429 with Retry-After (seconds), another HTTP
 * status (500…), a delay before answering, no answer at all for `hangMs` (nothing carried out; the client
 * times out first), or the call carried out at once and its answer held back `hangAfterMs` (the client
 * times out not knowing it was done).
 */
type Injected = { error: string } | { status: 429; retryAfter: number } | { status: number } | { delayMs: number } | { hangMs: number } | { hangAfterMs: number }

/** A message in a conversation, as conversations.history and conversations.replies show it. */
export interface PostedMessage {
  /** The conversation: a channel ID, or the DM's (imChannel(user)) for a post to a user ID. */
  channel: string
  ts: string
  /** Set on a reply in a thread: the parent's ts. */
  threadTs?: string
  text: string
  metadata?: { event_type: string; event_payload: Record<string, unknown> }
}

/**
 * Slack having a bad day, for a share of calls drawn at random: HTTP 429 with Retry-After (nothing done),
 * HTTP 500 (nothing done) or a hang (the call is carried out at once, its answer comes `hangMs` later). Shares
 * are fractions of all Web API calls (auth.test excepted) and, with `responseUrls`, of response_url posts.
 */
export interface FaultShares {
  rateLimited: number
  serverError: number
  hang: number
  /** Seconds in the Retry-After header of a 429. */
  retryAfterSec: number
  hangMs: number
  responseUrls: boolean
  /** Draws in [0, 1); default Math.random (the soak passes a seeded one). */
  random?: () => number
}

/** How many calls each fault was given; `hanging`: answers still held back. */
export interface FaultCounts {
  rateLimited: number
  serverError: number
  hang: number
  hanging: number
}

const OBJECT_ARGS = new Set(['view', 'blocks', 'attachments', 'files', 'metadata'])

function parseForm(body: string): Record<string, unknown> {
  const args: Record<string, unknown> = {}
  for (const [k, v] of new URLSearchParams(body)) {
    args[k] = OBJECT_ARGS.has(k) ? safeJson(v) : v
  }
  return args
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** The first part of a multipart/form-data body (WebClient posts the file that way), else the body itself. */
function multipartFile(raw: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  const b = boundary?.[1] ?? boundary?.[2]
  if (b === undefined) return raw
  const start = raw.indexOf(`--${b}`)
  const headersEnd = raw.indexOf('\r\n\r\n', start)
  const end = raw.indexOf(`\r\n--${b}`, headersEnd)
  if (start < 0 || headersEnd < 0 || end < 0) return raw
  return raw.subarray(headersEnd + 4, end)
}

export class FakeSlack {
  readonly calls: RecordedCall[] = []
  /** Bodies posted to response URLs (Bolt's respond()). */
  readonly responses: Array<{ id: string; body: Record<string, unknown> }> = []
  /** Files posted to upload URLs (the middle step of files.uploadV2), by upload URL id: the file's bytes. */
  readonly uploads: Array<{ id: string; body: Buffer }> = []
  /** Calls refused for breaking Block Kit limits: a test expects none. */
  readonly rejections: Rejection[] = []
  /** users.info locales; absent users answer en-US. */
  readonly locales = new Map<string, string>()
  readonly channelMembers = new Map<string, string[]>()
  /** Channels where the bot cannot post ephemerals (not_in_channel). */
  readonly notInChannel = new Set<string>()
  /** Every POST to a response URL, answered or not. */
  readonly responseAttempts: ResponseAttempt[] = []
  /** Messages posted with chat.postMessage (ephemerals are in no conversation's history, as in Slack). */
  readonly messages: PostedMessage[] = []
  /** How many faults were drawn (see faults()). */
  readonly faultCounts: FaultCounts = { rateLimited: 0, serverError: 0, hang: 0, hanging: 0 }
  private shares: FaultShares | undefined
  private readonly hangTimers = new Set<NodeJS.Timeout>()
  private readonly injected = new Map<string, Injected[]>()
  private readonly always = new Map<string, Injected>()
  private readonly waiters = new Set<() => void>()
  private readonly sockets = new Set<WebSocket>()
  private readonly pendingAcks = new Map<string, (payload: Record<string, unknown>) => void>()
  private readonly wss = new WebSocketServer({ noServer: true })
  private socketReady: Promise<WebSocket>
  private resolveSocket!: (ws: WebSocket) => void
  private viewCounter = 0
  private lastTs = 0

  private constructor(private readonly server: http.Server, readonly url: string) {
    this.socketReady = new Promise((r) => (this.resolveSocket = r))
  }

  get apiUrl(): string {
    return `${this.url}api/`
  }

  static async start(): Promise<FakeSlack> {
    const server = http.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const fake = new FakeSlack(server, `http://127.0.0.1:${port}/`)
    server.on('request', (req, res) => void fake.handle(req, res))
    server.on('upgrade', (req, socket, head) => {
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.onSocket(ws))
    })
    return fake
  }

  /**
   * The next call(s) to `method` fail: with a Slack error, an HTTP 429 + Retry-After, another HTTP status, a
   * delay or a hang. `method` 'response_url' names the POSTs to response URLs.
   */
  inject(method: string, ...outcomes: Injected[]): void {
    this.injected.set(method, [...(this.injected.get(method) ?? []), ...outcomes])
  }

  /** Every call to `method` ('response_url' too) fails so, until `recover(method)`. */
  failAlways(method: string, outcome: Injected): void {
    this.always.set(method, outcome)
  }

  recover(method: string): void {
    this.always.delete(method)
  }

  private nextInjected(method: string): Injected | undefined {
    return this.injected.get(method)?.shift() ?? this.always.get(method)
  }

  /** From now on a share of calls fails or hangs (undefined: none). Calls with inject() outcomes queued go first. */
  faults(shares: FaultShares | undefined): void {
    this.shares = shares
  }

  /** The fault drawn for this call, counted; undefined for most calls. */
  private drawFault(): 'rateLimited' | 'serverError' | 'hang' | undefined {
    const s = this.shares
    if (s === undefined) return undefined
    const r = (s.random ?? Math.random)()
    const fault = r < s.rateLimited ? 'rateLimited' : r < s.rateLimited + s.serverError ? 'serverError' : r < s.rateLimited + s.serverError + s.hang ? 'hang' : undefined
    if (fault !== undefined) this.faultCounts[fault] += 1
    return fault
  }

  /** Answers now, or `hangMs` later (the call has been carried out already). */
  private later(hangMs: number | undefined, answer: () => void): void {
    if (hangMs === undefined) {
      answer()
      return
    }
    this.faultCounts.hanging += 1
    const timer = setTimeout(() => {
      this.hangTimers.delete(timer)
      this.faultCounts.hanging -= 1
      answer()
    }, hangMs)
    this.hangTimers.add(timer)
  }

  /** How long this call's answer is held back after it was carried out: an injected or a drawn hang. */
  private holdBack(next: Injected | undefined, fault: string | undefined): number | undefined {
    if (next !== undefined && 'hangAfterMs' in next) return next.hangAfterMs
    return fault === 'hang' ? this.shares?.hangMs : undefined
  }

  /** The ID of the app's DM with `user`, as conversations.open names it (Slack: D…). */
  imChannel(user: string): string {
    return `D${user.slice(1)}`
  }

  /** A new message ts: Slack's "seconds.micros", unique and increasing. */
  private nextTs(): string {
    this.lastTs = Math.max(this.lastTs + 1, Date.now() * 1000)
    return (this.lastTs / 1e6).toFixed(6)
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method)
  }

  responseUrl(id: string = randomUUID()): string {
    return `${this.url}response/${id}`
  }

  /** Resolves when a call (or response) matching `predicate` has been recorded. */
  async waitFor<T>(find: () => T | undefined, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = find()
      if (found !== undefined) return found
      if (Date.now() > deadline) throw new Error('fake Slack: timed out waiting for a call')
      await new Promise<void>((resolve) => {
        const done = () => {
          this.waiters.delete(done)
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(done, 50)
        this.waiters.add(done)
      })
    }
  }

  waitForCall(method: string, predicate: (c: RecordedCall) => boolean = () => true, timeoutMs?: number): Promise<RecordedCall> {
    return this.waitFor(() => this.calls.find((c) => c.method === method && predicate(c)), timeoutMs)
  }

  /**
   * The view a user sees after `views.open`: the opened view, or what the app put in its place with
   * views.update (the app opens a placeholder at once, while the trigger_id is fresh, then fills it in).
   */
  async shownView(open: RecordedCall, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const opened = await this.waitFor(() => (open.result !== undefined ? open.result : undefined), timeoutMs)
    const id = (opened.view as { id?: string } | undefined)?.id
    const view = open.args.view as Record<string, unknown>
    if (id === undefined || view.callback_id !== LOADING_CALLBACK) return view
    const update = await this.waitFor(() => this.calls.find((c) => c.method === 'views.update' && c.args.view_id === id), timeoutMs)
    return update.args.view as Record<string, unknown>
  }

  private notify(): void {
    for (const w of [...this.waiters]) w()
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks)
    const body = raw.toString('utf8')
    const path = new URL(req.url ?? '/', this.url).pathname
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(data))
    }

    if (path.startsWith('/response/')) {
      const id = path.slice('/response/'.length)
      const failure = this.nextInjected('response_url')
      if (failure !== undefined && 'hangMs' in failure) {
        this.responseAttempts.push({ id, status: 0, at: Date.now() })
        this.notify()
        await new Promise((r) => setTimeout(r, failure.hangMs))
        res.destroy()
        return
      }
      if (failure !== undefined && 'delayMs' in failure) await new Promise((r) => setTimeout(r, failure.delayMs))
      if (failure !== undefined && 'status' in failure) {
        this.responseAttempts.push({ id, status: failure.status, at: Date.now() })
        send(failure.status, { ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }, 'retryAfter' in failure ? { 'retry-after': String(failure.retryAfter) } : {})
        this.notify()
        return
      }
      if (failure !== undefined && 'error' in failure) {
        this.responseAttempts.push({ id, status: 404, at: Date.now() })
        send(404, { ok: false, error: failure.error })
        this.notify()
        return
      }
      const fault = failure === undefined && this.shares?.responseUrls ? this.drawFault() : undefined
      if (fault === 'rateLimited' || fault === 'serverError') {
        this.responseAttempts.push({ id, status: fault === 'rateLimited' ? 429 : 500, at: Date.now() })
        this.responses.push({ id: `${id}#${fault === 'rateLimited' ? 429 : 500}`, body: {} })
        if (fault === 'rateLimited') send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(this.shares?.retryAfterSec ?? 1) })
        else send(500, { ok: false, error: 'internal_error' })
        this.notify()
        return
      }
      const parsed = safeJson(body) as Record<string, unknown>
      const problems = checkMessage(parsed)
      if (problems.length > 0) {
        this.rejections.push({ method: 'response_url', problems })
        this.responseAttempts.push({ id, status: 400, at: Date.now() })
        send(400, { ok: false, error: 'invalid_blocks' })
      } else {
        this.responseAttempts.push({ id, status: 200, at: Date.now() })
        this.responses.push({ id, body: parsed })
        this.later(this.holdBack(failure, fault), () => send(200, { ok: true }))
      }
      this.notify()
      return
    }
    if (path.startsWith('/upload/')) {
      this.uploads.push({ id: path.slice('/upload/'.length), body: multipartFile(raw, String(req.headers['content-type'] ?? '')) })
      send(200, { ok: true })
      this.notify()
      return
    }
    if (!path.startsWith('/api/')) {
      send(404, { ok: false, error: 'unknown_path' })
      return
    }

    const method = path.slice('/api/'.length)
    const args = (req.headers['content-type'] ?? '').startsWith('application/json') ? (safeJson(body) as Record<string, unknown>) : parseForm(body)
    const next = this.nextInjected(method)
    const fault = next === undefined && method !== 'auth.test' ? this.drawFault() : undefined
    if (fault === 'rateLimited' || fault === 'serverError') {
      this.calls.push({ method: `${method}#${fault === 'rateLimited' ? 429 : 500}`, args, auth: req.headers.authorization, at: Date.now() })
      if (fault === 'rateLimited') send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(this.shares?.retryAfterSec ?? 1) })
      else send(500, { ok: false, error: 'internal_error' })
      this.notify()
      return
    }
    if (next !== undefined && 'status' in next) {
      this.calls.push({ method: `${method}#${next.status}`, args, auth: req.headers.authorization, at: Date.now() })
      send(next.status, { ok: false, error: next.status === 429 ? 'ratelimited' : 'internal_error' }, 'retryAfter' in next ? { 'retry-after': String(next.retryAfter) } : {})
      this.notify()
      return
    }
    if (next !== undefined && 'hangMs' in next) {
      this.calls.push({ method: `${method}#hang`, args, auth: req.headers.authorization, at: Date.now() })
      this.notify()
      await new Promise((r) => setTimeout(r, next.hangMs))
      res.destroy()
      return
    }
    if (next !== undefined && 'delayMs' in next) await new Promise((r) => setTimeout(r, next.delayMs))
    const call: RecordedCall = { method, args, auth: req.headers.authorization, at: Date.now() }
    this.calls.push(call)
    if (next !== undefined && 'error' in next) {
      call.result = { ok: false, error: next.error }
      this.notify()
      send(200, call.result)
      return
    }
    const answer = this.answer(method, args)
    call.result = answer
    this.notify()
    this.later(this.holdBack(next, fault), () => send(200, answer))
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const reject = (problems: string[], error = 'invalid_arguments') => {
      this.rejections.push({ method, problems })
      return { ok: false, error, response_metadata: { messages: problems } }
    }
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack/', team: 'Fake', user: 'grassroots', team_id: 'T0FAKE', user_id: 'UBOT', bot_id: 'BBOT' }
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http://', 'ws://')}socket` }
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish': {
        const problems = checkView(args.view)
        if (method === 'views.open' && typeof args.trigger_id !== 'string') problems.push('trigger_id: required')
        if (method === 'views.publish' && typeof args.user_id !== 'string') problems.push('user_id: required')
        if (method === 'views.update' && typeof args.view_id !== 'string' && typeof args.external_id !== 'string') problems.push('view_id: required')
        if (problems.length > 0) return reject(problems)
        this.viewCounter += 1
        return { ok: true, view: { ...(args.view as object), id: `V${String(this.viewCounter).padStart(6, '0')}` } }
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const problems = checkMessage(args)
        if (typeof args.channel !== 'string') problems.push('channel: required')
        if (method === 'chat.postEphemeral' && typeof args.user !== 'string') problems.push('user: required')
        if (problems.length > 0) return reject(problems, 'invalid_blocks')
        if (method === 'chat.postEphemeral' && this.notInChannel.has(String(args.channel))) return { ok: false, error: 'not_in_channel' }
        const ts = this.nextTs()
        if (method === 'chat.postMessage') {
          const problem = this.keep(args, ts)
          if (problem !== undefined) return reject([problem], 'invalid_metadata')
        }
        // (Slack answers a post to a user ID with the DM's ID; the fake names the user, as the tests expect)
        return { ok: true, channel: args.channel, ts, message_ts: ts }
      }
      case 'conversations.open': {
        const users = String(args.users ?? '').split(',').filter((u) => u !== '')
        if (users.length !== 1) return { ok: false, error: users.length === 0 ? 'users_list_not_supplied' : 'not_supported' }
        return { ok: true, channel: { id: this.imChannel(users[0]!) } }
      }
      case 'conversations.history':
      case 'conversations.replies':
        return this.history(method, args)
      case 'users.info': {
        const user = String(args.user)
        return { ok: true, user: { id: user, name: user.toLowerCase(), locale: this.locales.get(user) ?? 'en-US' } }
      }
      case 'conversations.members':
        return { ok: true, members: this.channelMembers.get(String(args.channel)) ?? [], response_metadata: { next_cursor: '' } }
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.url}upload/F${this.calls.length}`, file_id: `F${this.calls.length}` }
      case 'files.completeUploadExternal':
        return { ok: true, files: safeJson(String(args.files ?? '[]')) }
      default:
        return { ok: true }
    }
  }

  /** Records a posted message; a problem with its metadata refuses it (as Slack does: invalid_metadata_format). */
  private keep(args: Record<string, unknown>, ts: string): string | undefined {
    const channel = String(args.channel)
    const meta = args.metadata
    let metadata: PostedMessage['metadata']
    if (meta !== undefined) {
      const m = meta as { event_type?: unknown; event_payload?: unknown }
      if (typeof m !== 'object' || m === null || typeof m.event_type !== 'string' || typeof m.event_payload !== 'object' || m.event_payload === null) return 'metadata: event_type and event_payload required'
      metadata = { event_type: m.event_type, event_payload: m.event_payload as Record<string, unknown> }
    }
    this.messages.push({
      channel: /^[UW]/.test(channel) ? this.imChannel(channel) : channel,
      ts,
      text: String(args.text ?? ''),
      ...(typeof args.thread_ts === 'string' ? { threadTs: args.thread_ts } : {}),
      ...(metadata ? { metadata } : {}),
    })
    return undefined
  }

  /**
   * conversations.history (a conversation's messages, not its thread replies; newest first) and
   * conversations.replies (a thread's messages, oldest first), between `oldest` and `latest` (exclusive unless
   * `inclusive`), `limit` at a time with a cursor; metadata only with include_all_metadata, as Slack does.
   */
  private history(method: string, args: Record<string, unknown>): Record<string, unknown> {
    if (typeof args.channel !== 'string') return { ok: false, error: 'channel_not_found' }
    const thread = method === 'conversations.replies' ? args.ts : undefined
    if (method === 'conversations.replies' && typeof thread !== 'string') return { ok: false, error: 'invalid_arguments' }
    const flag = (v: unknown) => v === true || v === 'true' || v === '1'
    const oldest = Number(args.oldest ?? 0)
    const latest = args.latest === undefined ? Infinity : Number(args.latest)
    const inclusive = flag(args.inclusive)
    const within = (ts: number) => (inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest)
    let found = this.messages.filter((m) => m.channel === args.channel && (thread === undefined ? m.threadTs === undefined : m.ts === thread || m.threadTs === thread) && within(Number(m.ts)))
    found = thread === undefined ? found.reverse() : found
    const limit = Math.max(1, Number(args.limit ?? (thread === undefined ? 100 : 1000)))
    const start = Number(args.cursor ?? 0)
    const page = found.slice(start, start + limit)
    const next = start + limit < found.length ? String(start + limit) : ''
    const withMeta = flag(args.include_all_metadata)
    return {
      ok: true,
      messages: page.map((m) => ({
        type: 'message',
        user: 'UBOT',
        bot_id: 'BBOT',
        ts: m.ts,
        text: m.text,
        ...(m.threadTs !== undefined ? { thread_ts: m.threadTs } : {}),
        ...(withMeta && m.metadata ? { metadata: m.metadata } : {}),
      })),
      has_more: next !== '',
      response_metadata: { next_cursor: next },
    }
  }

  // ---- Socket Mode -------------------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws)
    ws.on('close', () => this.sockets.delete(ws))
    ws.on('message', (data) => {
      const msg = safeJson(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> }
      if (typeof msg.envelope_id === 'string') {
        this.pendingAcks.get(msg.envelope_id)?.(msg.payload ?? {})
        this.pendingAcks.delete(msg.envelope_id)
      }
    })
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0FAKE' } }))
    this.resolveSocket(ws)
  }

  /** Resolves once the app has connected over Socket Mode. */
  socketConnected(): Promise<WebSocket> {
    return this.socketReady
  }

  /** Sends an envelope and resolves with the app's acknowledgement payload. */
  async sendEnvelope(options: {
    type: 'events_api' | 'slash_commands' | 'interactive'
    payload: Record<string, unknown>
    retryAttempt?: number
    envelopeId?: string
    timeoutMs?: number
  }): Promise<Record<string, unknown>> {
    const ws = await this.socketReady
    const envelopeId = options.envelopeId ?? randomUUID()
    const acked = new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for envelope ${envelopeId}`)), options.timeoutMs ?? 3000)
      this.pendingAcks.set(envelopeId, (p) => {
        clearTimeout(timer)
        resolve(p)
      })
    })
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: options.type,
        payload: options.payload,
        accepts_response_payload: options.type !== 'events_api',
        retry_attempt: options.retryAttempt ?? 0,
        retry_reason: options.retryAttempt ? 'timeout' : '',
      }),
    )
    return acked
  }

  async close(): Promise<void> {
    for (const timer of this.hangTimers) clearTimeout(timer)
    this.hangTimers.clear()
    for (const ws of this.sockets) ws.close(1000)
    this.wss.close()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
