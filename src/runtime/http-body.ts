// A guard in front of Bolt's HTTP receiver: it reads the body of each POST itself and answers 400 at once when
// the body can never be a Slack request — JSON (or an urlencoded `payload`) that is not an object. Bolt 5.1
// reads `body.ssl_check` of whatever JSON.parse returned: a body of `null` throws there, outside any error
// handler, so the request is never answered and the rejection is unhandled (found by test/fuzz). Everything
// else goes on to Bolt unchanged, which verifies the signature and parses the same bytes (it reuses the
// buffered body, `req.rawBody`, as its own buffering does).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseQuery } from 'node:querystring'

/** Bolt's default body limit (HTTPReceiver `bodyLimit`): larger bodies get 413, as Bolt answers them. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024

/** The bodies Bolt can take: a JSON object (or array) directly, or in an urlencoded `payload` field, or plain form fields. */
export function isDispatchableBody(raw: string, contentType: string | undefined): boolean {
  let json: string
  if (contentType === 'application/x-www-form-urlencoded') {
    const { payload } = parseQuery(raw)
    if (typeof payload !== 'string') return true
    json = payload
  } else {
    json = raw
  }
  try {
    const value: unknown = JSON.parse(json)
    return typeof value === 'object' && value !== null
  } catch {
    // Bolt answers an unparsable body 400 itself (after the signature check, so an unsigned one is 401)
    return true
  }
}

/**
 * Wraps a receiver's request listener: the body of every POST is read (at most BODY_LIMIT_BYTES, else 413)
 * and kept on the request as `rawBody` for Bolt; a body that is not dispatchable (isDispatchableBody) is
 * answered 400 and never reaches Bolt. Other methods pass through untouched.
 */
export function refuseMalformedBodies(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  options: { onRefused?: (reason: string) => void } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method !== 'POST') {
      listener(req, res)
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > BODY_LIMIT_BYTES) {
        refused = true
        options.onRefused?.('body too large')
        res.writeHead(413, { connection: 'close' })
        res.end()
        return
      }
      chunks.push(chunk)
    })
    req.on('error', () => {
      if (refused || res.headersSent) return
      refused = true
      res.writeHead(400)
      res.end()
    })
    req.on('end', () => {
      if (refused) return
      const rawBody = Buffer.concat(chunks)
      const header = req.headers['content-type']
      if (!isDispatchableBody(rawBody.toString(), Array.isArray(header) ? header[0] : header)) {
        options.onRefused?.('body is not an object')
        res.writeHead(400)
        res.end()
        return
      }
      ;(req as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody
      listener(req, res)
    })
  }
}
