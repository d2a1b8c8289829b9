// How long the `grassroots` command takes to start, as a user runs it: `node bin/grassroots.js --help` and
// `ask` on the demo database, each as a ratio to `node -e 0` measured in the same run on the same machine
// (the runs are interleaved, so load from other processes affects all three alike). Goals: --help at most
// 3× `node -e 0`; ask under 1 s. On Linux it also gives the CPU time the command used (user + system, all
// threads, from the children's times in /proc/self/stat): on a busy machine wall time grows with the load,
// CPU time hardly does.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { builtIsCurrent } from '../bin/built-entry.js'
import { writeDemoDatabase } from './generate.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const QUESTION = 'How many events in FY2022?'

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Clock ticks per second of /proc times (USER_HZ: 100 on every Linux Node supports). */
const USER_HZ = 100

/** CPU time (ms) used so far by this process's waited-for children, or undefined where /proc is missing. */
function childrenCpuMs(): number | undefined {
  try {
    // the command name (field 2) may hold spaces: count fields after its closing parenthesis
    const stat = fs.readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / USER_HZ // cutime + cstime (fields 16, 17)
  } catch {
    return undefined
  }
}

interface Run {
  /** Wall time, ms. */
  wall: number
  /** CPU time of the child (user + system), ms; undefined where it cannot be read. */
  cpu: number | undefined
}

/** Times one child process; throws when it fails or its output lacks `expect`. */
function timeRun(args: string[], env: NodeJS.ProcessEnv, expect: string): Run {
  const cpuBefore = childrenCpuMs()
  const started = performance.now()
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' })
  const wall = performance.now() - started
  const cpuAfter = childrenCpuMs()
  if (r.status !== 0 || !r.stdout.includes(expect)) throw new Error(`node ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`)
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore }
}

export interface StartupFigures {
  /** Median wall time, ms. */
  node: number
  help: number
  ask: number
}

export async function benchStartup(runs = 10): Promise<StartupFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-bench-startup-'))
  try {
    const url = await writeDemoDatabase(dir)
    // no OPENAI_API_KEY: the rules answer, as on a machine without a language model
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url, GRASSROOTS_LANG: 'en' }
    const cases = {
      node: () => timeRun(['-e', 'console.log("ok")'], env, 'ok'),
      help: () => timeRun(['bin/grassroots.js', '--help'], env, 'Usage: grassroots COMMAND'),
      ask: () => timeRun(['bin/grassroots.js', 'ask', QUESTION], env, 'There were 88 events in FY2022.'),
    }
    for (const run of Object.values(cases)) run() // warm the file system cache
    const runsOf: Record<keyof typeof cases, Run[]> = { node: [], help: [], ask: [] }
    for (let i = 0; i < runs; i++) for (const [name, run] of Object.entries(cases)) runsOf[name as keyof typeof cases].push(run())
    const wall = (name: keyof typeof cases) => median(runsOf[name].map((r) => r.wall))
    const cpu = (name: keyof typeof cases) => {
      const values = runsOf[name].map((r) => r.cpu)
      return values.every((v) => v !== undefined) ? median(values as number[]) : undefined
    }
    const figures = { node: wall('node'), help: wall('help'), ask: wall('ask') }
    const line = (label: string, name: keyof typeof cases, goal: string) => {
      const c = cpu(name)
      const cpuText = c === undefined ? '' : `   CPU ${c.toFixed(0).padStart(4)} ms ${(c / (cpu('node') ?? Number.NaN)).toFixed(1).padStart(4)}×`
      console.log(`  ${label.padEnd(32)} ${figures[name].toFixed(0).padStart(5)} ms ${(figures[name] / figures.node).toFixed(1).padStart(4)}×${cpuText}${goal}`)
    }
    const mode = builtIsCurrent(ROOT) ? 'compiled dist/' : 'TypeScript sources through tsx: src/ is newer than dist/, run `npm run build`'
    console.log(`startup: median of ${runs} interleaved runs each, ${os.cpus().length} CPU(s), load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}; the command ran ${mode}`)
    line('node -e 0', 'node', '')
    line('grassroots --help', 'help', `   goal ≤ 3× node -e 0: ${figures.help / figures.node <= 3 ? 'met' : 'NOT met'}`)
    line('grassroots ask (demo database)', 'ask', `   goal < 1000 ms: ${figures.ask < 1000 ? 'met' : 'NOT met'}`)
    return figures
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
