// A fake OpenAI-compatible server on 127.0.0.1 (a random port): POST /v1/chat/completions answers with a
// configurable reply and records every request (headers and JSON body), so tests exercise the real
// `openai` client over real HTTP.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: unknown
}

export interface FakeReply {
  status?: number
  /** An object is sent as JSON; a string as is. */
  body?: unknown
  delayMs?: number
}

export interface FakeOpenAI {
  /** Base URL for the `openai` client, ending in /v1. */
  baseURL: string
  requests: RecordedRequest[]
  /** How to answer the next requests. */
  reply(fn: (req: RecordedRequest) => FakeReply): void
  close(): Promise<void>
}

/** A chat completion whose message content is `content`. */
export function completion(content: string | null): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  }
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = []
  let answer: (req: RecordedRequest) => FakeReply = () => ({ body: completion('{}') })
  const timers = new Set<NodeJS.Timeout>()

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown = raw
      try {
        body = JSON.parse(raw)
      } catch {
        // kept as text
      }
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body }
      requests.push(recorded)
      if (req.method !== 'POST' || !recorded.path.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}')
        return
      }
      const reply = answer(recorded)
      const send = () => {
        if (res.destroyed) return
        const status = reply.status ?? 200
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {})
        res.writeHead(status, { 'content-type': 'application/json' }).end(text)
      }
      if (reply.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t)
          send()
        }, reply.delayMs)
        timers.add(t)
      } else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply(fn) {
      answer = fn
    },
    async close() {
      for (const t of timers) clearTimeout(t)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
