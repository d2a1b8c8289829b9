// How long the `grassroots` command takes to start, as a user runs it: `node bin/grassroots.js --help` and
// `ask` on the demo database, each as a ratio to `node -e 0` measured in the same run on the same machine
// (the runs are interleaved, so load from other processes affects all three alike). Goals: --help at most
// 3× `node -e 0`; ask under 1 s.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { builtIsCurrent } from '../bin/built-entry.js'
import { loadDemoData } from '../src/demo/load.ts'
import { openStore } from '../src/store/client.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const QUESTION = 'How many events in FY2022?'

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Wall time of one child process, in ms; throws when it fails or its output lacks `expect`. */
function timeRun(args: string[], env: NodeJS.ProcessEnv, expect: string): number {
  const started = performance.now()
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' })
  const ms = performance.now() - started
  if (r.status !== 0 || !r.stdout.includes(expect)) throw new Error(`node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`)
  return ms
}

export async function benchStartup(runs = 10): Promise<{ node: number; help: number; ask: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-startup-'))
  try {
    const url = `file:${path.join(dir, 'demo.db')}`
    const store = await openStore({ url })
    try {
      await loadDemoData(store.db)
    } finally {
      await store.close()
    }
    // no OPENAI_API_KEY: the rules answer, as on a machine without a language model
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url, GRASSROOTS_LANG: 'en' }
    const cases = {
      node: () => timeRun(['-e', 'console.log("ok")'], env, 'ok'),
      help: () => timeRun(['bin/grassroots.js', '--help'], env, 'Usage: grassroots COMMAND'),
      ask: () => timeRun(['bin/grassroots.js', 'ask', QUESTION], env, 'There were 88 events in FY2022.'),
    }
    for (const run of Object.values(cases)) run() // warm the file system cache
    const times: Record<keyof typeof cases, number[]> = { node: [], help: [], ask: [] }
    for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(cases)) times[name as keyof typeof cases].push(run())
    const node = median(times.node)
    const help = median(times.help)
    const ask = median(times.ask)
    const mode = builtIsCurrent(ROOT) ? 'compiled dist/' : 'TypeScript sources through tsx: src/ is newer than dist/, run `npm run build`'
    console.log(`startup: median of ${runs} interleaved runs each, ${os.cpus().length} CPU(s), Node ${process.version}; the command ran ${mode}`)
    console.log(`  node -e 0                        ${node.toFixed(0).padStart(5)} ms   1.0×`)
    console.log(`  grassroots --help                ${help.toFixed(0).padStart(5)} ms  ${(help / node).toFixed(1).padStart(4)}×   goal ≤ 3×: ${help / node <= 3 ? 'met' : 'NOT met'}`)
    console.log(`  grassroots ask (demo database)   ${ask.toFixed(0).padStart(5)} ms  ${(ask / node).toFixed(1).padStart(4)}×   goal < 1000 ms: ${ask < 1000 ? 'met' : 'NOT met'}`)
    return { node, help, ask }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
