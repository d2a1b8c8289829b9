// `npm run bench -- memory`: resident memory of `grassroots serve` at rest (HTTP mode, the demo database,
// a language model configured as in production, started and then left alone for a few seconds), next to a
// minimal Bolt app (an App with a token and a signing secret, listening) measured the same way in the same
// run. Both talk to a stand-in for Slack's Web API on 127.0.0.1. Goal: serve under 150 MiB RSS.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { builtIsCurrent } from '../bin/built-entry.js'
import { writeDemoDatabase } from './generate.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const GOAL_MIB = 150
const SETTLE_MS = 3000

/** A Bolt app with nothing registered: the floor any Slack app on Bolt starts from. */
const MINIMAL_BOLT = `
import bolt from '@slack/bolt'
const app = new bolt.App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET, clientOptions: { slackApiUrl: process.env.SLACK_API_URL } })
await app.start(0)
console.log('listening')
`

/** Resident set size of a process, MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kb / 1024
}

/** Starts a command, waits for `ready` on its output, lets it settle, and returns its RSS. */
async function restingRss(args: string[], options: { env: NodeJS.ProcessEnv; ready: RegExp }): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    let output = ''
    await new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString('utf8')
        if (options.ready.test(output)) resolve()
      }
      child.stdout.on('data', seen)
      child.stderr.on('data', seen)
      child.once('exit', (code) => reject(new Error(`node ${args.join(' ')} exited (${code}) before it was ready: ${output.slice(0, 500)}`)))
      setTimeout(() => reject(new Error(`node ${args.join(' ')} not ready after 60 s: ${output.slice(0, 500)}`)), 60_000).unref()
    })
    await new Promise((r) => setTimeout(r, SETTLE_MS))
    return rssMiB(child.pid!)
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

export async function benchServeMemory(): Promise<{ serve: number; bolt: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-memory-'))
  // Slack's Web API (auth.test at start) and a language model that is never called at rest
  const slack = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0BENCH' }))
    })
  })
  await new Promise<void>((r) => slack.listen(0, '127.0.0.1', r))
  try {
    const url = await writeDemoDatabase(dir)
    const apiUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/api/`
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: url,
      PORT: '0',
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
      SLACK_API_URL: apiUrl,
      OPENAI_API_KEY: 'bench-key',
      OPENAI_BASE_URL: apiUrl.replace('/api/', '/v1'),
      GRASSROOTS_LANG: 'en',
    }
    const boltFile = path.join(ROOT, 'bench', '.minimal-bolt.mjs')
    fs.writeFileSync(boltFile, MINIMAL_BOLT)
    let bolt: number
    let serve: number
    try {
      bolt = await restingRss([boltFile], { env, ready: /listening/ })
      serve = await restingRss(['bin/grassroots.js', 'serve'], { env, ready: /listening on port/ })
    } finally {
      fs.rmSync(boltFile, { force: true })
    }
    const mode = builtIsCurrent(ROOT) ? 'compiled dist/' : 'TypeScript sources through tsx (src/ is newer than dist/: run `npm run build`)'
    console.log(`memory at rest (RSS ${SETTLE_MS / 1000} s after start; serve ran ${mode})`)
    console.log(`  minimal Bolt app:  ${bolt.toFixed(0).padStart(4)} MiB`)
    console.log(`  grassroots serve:  ${serve.toFixed(0).padStart(4)} MiB  ${(serve / bolt).toFixed(2)}× the minimal Bolt app; goal under ${GOAL_MIB} MiB: ${serve < GOAL_MIB ? 'met' : 'NOT met'}`)
    return { serve, bolt }
  } finally {
    slack.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
