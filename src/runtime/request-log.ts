// One log line per request from Slack: its kind, how long until it was answered (ms, counted from its
// arrival) and its outcome. A request is traced from the moment the receiver gets it (HTTP: the request
// listener; Socket Mode: the envelope), and the trace rides into the handler's context as `trace`, so
// that deadlines are counted from arrival too (see deadlineFrom in src/slack/context.ts).
import { performance } from 'node:perf_hooks'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Log } from './logger.ts'

/** What kind of request it was: the Slack payload type (event types by name, e.g. event:app_mention). */
export type RequestKind = string

/** How a request ended: answered (ok), refused (bad signature, a timestamp out of range), or in error. */
export type RequestOutcome = 'ok' | 'error' | 'refused' | 'unanswered' | 'saving'

export interface RequestTrace {
  /** performance.now() when the receiver got the request (ms). */
  arrivedAt: number
  kind?: RequestKind
  /** Set by a handler that answered in a way worth telling apart (e.g. "saving" before the write ended). */
  outcome?: RequestOutcome
  /** The handler threw (Bolt's error handler answered). */
  failed?: boolean
  /** Slack's retry count (x-slack-retry-num), when a retry. */
  retry?: number
  /** The handlers' work (set by the app's global middleware): settles when they are done. */
  handled?: Promise<void>
}

/** A new trace, arrived now. */
export function newTrace(): RequestTrace {
  return { arrivedAt: performance.now() }
}

/** Milliseconds since the request arrived. */
export function elapsedMs(trace: RequestTrace): number {
  return performance.now() - trace.arrivedAt
}

/** The kind of a Slack payload (slash command, view submission, block action, event, shortcut…). */
export function kindOf(body: object): RequestKind {
  const b = body as { command?: unknown; type?: unknown; event?: { type?: unknown } }
  if (typeof b.command === 'string') return 'command'
  const type = typeof b.type === 'string' ? b.type : 'unknown'
  if (type === 'event_callback') return `event:${typeof b.event?.type === 'string' ? b.event.type : 'unknown'}`
  return type
}

const traces = new WeakMap<IncomingMessage, RequestTrace>()

/** The trace of an HTTP request (set by traceHttpRequests), for the receiver's customPropertiesExtractor. */
export function traceOf(req: IncomingMessage): RequestTrace {
  let trace = traces.get(req)
  if (trace === undefined) {
    trace = newTrace()
    traces.set(req, trace)
  }
  return trace
}

/** The outcome of an HTTP request from its trace and its status. */
function httpOutcome(trace: RequestTrace, status: number): RequestOutcome {
  if (status === 400 || status === 401 || status === 403 || status === 413) return 'refused'
  if (trace.failed === true || status >= 500) return 'error'
  if (status === 404 && trace.kind !== undefined) return 'unanswered'
  return trace.outcome ?? 'ok'
}

/**
 * Wraps an HTTP request listener: every POST is traced from its arrival, and one line is logged once its
 * response has been sent and its handlers are done — `{ kind, ms, status, outcome, doneMs }` (ms: arrival →
 * end of the response, the ack; doneMs: arrival → end of the handlers, which go on after the ack).
 */
export function traceHttpRequests(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  options: { log: Log; observe?: (ms: number, status: number) => void },
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method === 'POST') {
      const trace = traceOf(req)
      res.once('finish', () => {
        const ms = elapsedMs(trace)
        options.observe?.(ms, res.statusCode)
        // Events are acknowledged before their handlers start: let them start (and note their work) first
        setImmediate(() => {
          void (trace.handled ?? Promise.resolve()).then(() => {
            const outcome = httpOutcome(trace, res.statusCode)
            const line = {
              kind: trace.kind ?? 'unparsed',
              ms: Math.round(ms),
              status: res.statusCode,
              outcome,
              ...(trace.handled !== undefined ? { doneMs: Math.round(elapsedMs(trace)) } : {}),
              ...(trace.retry !== undefined ? { retry: trace.retry } : {}),
            }
            if (outcome === 'error') options.log.error(line, 'slack request')
            else if (outcome === 'ok' || outcome === 'saving') options.log.info(line, 'slack request')
            else options.log.warn(line, 'slack request')
          })
        })
      })
    }
    listener(req, res)
  }
}

/**
 * Socket Mode has no HTTP response to wait for: its line is logged when the handlers are done —
 * `{ kind, ms, outcome }` (ms: arrival of the envelope → end of the handlers).
 */
export function logSocketRequest(trace: RequestTrace, log: Log): void {
  const outcome: RequestOutcome = trace.failed === true ? 'error' : (trace.outcome ?? 'ok')
  const line = { kind: trace.kind ?? 'unknown', ms: Math.round(elapsedMs(trace)), outcome, transport: 'socket', ...(trace.retry !== undefined ? { retry: trace.retry } : {}) }
  if (outcome === 'error') log.error(line, 'slack request')
  else log.info(line, 'slack request')
}

/** The trace in a handler's context (set by the receiver), or a new one when there is none (e.g. a test calling a handler directly). */
export function traceFrom(context: Record<string, unknown>): RequestTrace {
  const trace = context.trace
  if (typeof trace === 'object' && trace !== null && typeof (trace as { arrivedAt?: unknown }).arrivedAt === 'number') return trace as RequestTrace
  const fresh = newTrace()
  context.trace = fresh
  return fresh
}
