// A guard in front of Bolt's HTTP receiver: it reads the body of each POST itself and answers 400 at once when
// the body can never be a Slack request (isDispatchableBody). Bolt 5.1 reads `body.ssl_check` of whatever
// JSON.parse returned: a signed body of `null` throws there, outside any error handler, so the request is
// never answered and the rejection is unhandled (found by test/fuzz); other bodies of no known shape were
// held 3 s before a 404. Everything else goes on to Bolt unchanged, which verifies the signature and parses
// the same bytes (it reuses the buffered body, `req.rawBody`, as its own buffering does). The guard decides
// on the shape alone, before the signature: a 400 tells a sender nothing a 401 would not.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseQuery } from 'node:querystring'

/** Bolt's default body limit (HTTPReceiver `bodyLimit`): larger bodies get 413, as Bolt answers them. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024

/** A JSON text that is an object with a string `type`, as every JSON body and interactivity payload from Slack is. */
function isTypedObject(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json)
    return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string'
  } catch {
    return false
  }
}

/**
 * The bodies Slack sends, by content type: urlencoded, a slash command (`command`), an interaction
 * (`payload`: a JSON object with a `type`) or Slack's `ssl_check`; otherwise a JSON object with a `type`
 * (Events API, url_verification). Anything else is no Slack request: Bolt would throw on some (JSON null),
 * and hold the rest 3 s before its 404.
 */
export function isDispatchableBody(raw: string, contentType: string | undefined): boolean {
  if (contentType === 'application/x-www-form-urlencoded') {
    const fields = parseQuery(raw)
    if (typeof fields.payload === 'string') return isTypedObject(fields.payload)
    return typeof fields.command === 'string' || fields.ssl_check === '1'
  }
  return isTypedObject(raw)
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
        options.onRefused?.('body is no Slack request')
        res.writeHead(400)
        res.end()
        return
      }
      ;(req as IncomingMessage & { rawBody?: Buffer }).rawBody = rawBody
      listener(req, res)
    })
  }
}
