// Requests signed as Slack signs them: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body).
import { createHmac } from 'node:crypto'

export const TEST_SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
}

export interface SlackHttpResponse {
  status: number
  text: string
  json(): unknown
  ms: number
}

export async function postSigned(
  url: string,
  options: {
    body: string
    contentType: 'application/x-www-form-urlencoded' | 'application/json'
    secret?: string
    /** Unix seconds; default now. */
    timestamp?: number
    signature?: string
    headers?: Record<string, string>
  },
): Promise<SlackHttpResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const signature = options.signature ?? slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, options.body)
  const started = performance.now()
  // a string body with the header set by hand: fetch would add "; charset=UTF-8" to a URLSearchParams body,
  // and Bolt matches the content type exactly
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...options.headers,
    },
    body: options.body,
  })
  const text = await res.text()
  return { status: res.status, text, json: () => JSON.parse(text), ms: performance.now() - started }
}
