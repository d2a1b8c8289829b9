// Slack's side of the requests: each planned request signed as Slack signs it and posted on a new connection
// (Slack's many senders reuse none of ours), by a fixed number of concurrent clients or at planned times.
// The ack time is from the first byte sent to the end of the HTTP answer.
import http from 'node:http'
import { slackSignature } from '../../test/slack/signing.ts'
import { retryHeaders, type PlannedRequest } from './plan.ts'

export interface Acked {
  id: string
  /** HTTP status; 0 when the request failed (connection refused, reset) or got no answer in time. */
  status: number
  /** From sending to the end of the answer (ms). */
  ms: number
  /** When it was sent (epoch ms). */
  sentAt: number
  /** The answer's body (a view submission's response_action, if any). */
  body: string
}

/** No answer after this long counts as status 0: Slack itself gives up after 3 s. */
const GIVE_UP_MS = 10_000

function post(url: string, r: PlannedRequest, secret: string): Promise<Acked> {
  const ts = Math.floor(Date.now() / 1000)
  const sentAt = Date.now()
  const started = performance.now()
  return new Promise((resolve) => {
    const done = (status: number, body: string) => resolve({ id: r.id, status, ms: performance.now() - started, sentAt, body })
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        timeout: GIVE_UP_MS,
        headers: {
          'content-type': r.contentType,
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': slackSignature(secret, ts, r.body),
          ...retryHeaders(r),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')))
        res.on('error', () => done(0, ''))
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => done(0, ''))
    req.end(r.body)
  })
}

/**
 * Sends every request to `urls[r.instance]`: `concurrency` clients each take the next request as soon as
 * their last one was answered; a request with `atMs` waits for its time (counted from the call) first.
 * Resolves with one Acked per request, in the order given.
 */
export async function sendAll(requests: readonly PlannedRequest[], options: { urls: readonly string[]; concurrency: number; secret: string }): Promise<Acked[]> {
  const start = performance.now()
  const results: Acked[] = new Array<Acked>(requests.length)
  let next = 0
  async function client(): Promise<void> {
    for (;;) {
      const i = next
      next += 1
      const r = requests[i]
      if (r === undefined) return
      if (r.atMs !== undefined) {
        const wait = r.atMs - (performance.now() - start)
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      }
      const url = options.urls[r.instance] ?? options.urls[0]
      if (url === undefined) throw new Error('no app instance to send to')
      results[i] = await post(url, r, options.secret)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, () => client()))
  return results
}
