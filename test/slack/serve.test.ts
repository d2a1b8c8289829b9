// `npm start` = `grassroots serve` as a real process: starts against the fake Slack, answers /healthz, stops
// cleanly on SIGTERM; a missing variable stops start-up with one line naming it.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeSlack } from './fake-slack.ts'
import { TEST_SIGNING_SECRET } from './signing.ts'

let fake: FakeSlack
let dir: string
beforeAll(async () => {
  fake = await FakeSlack.start()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-serve-'))
})
afterAll(async () => {
  await fake.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

function serve(env: Record<string, string>, cwd = process.cwd()) {
  const child = spawn(process.execPath, [path.resolve('bin/grassroots.js'), 'serve'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: `file:${dir}/serve.db`, GRASSROOTS_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += String(d)))
  child.stderr.on('data', (d) => (err += String(d)))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, out: () => out, err: () => err }
}

async function until(predicate: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('grassroots serve', () => {
  it('runs in HTTP mode, answers /healthz, and exits 0 on SIGTERM', async () => {
    const p = serve({ SLACK_BOT_TOKEN: 'xoxb-serve', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' })
    await until(() => /listening on port \d+/.test(p.out()))
    const port = Number(/listening on port (\d+)/.exec(p.out())?.[1])
    expect(port).toBeGreaterThan(0)
    expect(fake.callsTo('auth.test').at(-1)?.auth).toBe('Bearer xoxb-serve')
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
    expect(p.out()).toContain('grassroots: stopped')
  })

  it('reads the tokens from .env in the working directory', async () => {
    const cwd = path.join(dir, 'with-env')
    fs.mkdirSync(cwd, { recursive: true })
    fs.writeFileSync(path.join(cwd, '.env'), `SLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=${TEST_SIGNING_SECRET}\nSLACK_API_URL=${fake.apiUrl}\nPORT=0\n`)
    const p = serve({}, cwd)
    await until(() => p.out().includes('listening on port'))
    expect(fake.callsTo('auth.test').at(-1)?.auth).toBe('Bearer xoxb-from-dotenv')
    p.child.kill('SIGTERM')
    expect(await p.exited).toBe(0)
  })

  it('a missing variable stops start-up with one line naming it', async () => {
    const p = serve({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET })
    expect(await p.exited).toBe(2)
    expect(p.err().trim().split('\n')).toEqual(['grassroots: environment variable SLACK_BOT_TOKEN is required (the Bot User OAuth Token, xoxb-…)'])
  })

  it('a token Slack refuses stops start-up', async () => {
    fake.inject('auth.test', { error: 'invalid_auth' })
    const p = serve({ SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' })
    expect(await p.exited).toBe(2)
    expect(p.out()).not.toContain('listening')
    expect(p.err().trim().split('\n').at(-1)).toBe('grassroots: environment variable SLACK_BOT_TOKEN was refused by Slack (invalid_auth)')
  })
})
