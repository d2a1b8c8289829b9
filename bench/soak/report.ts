// The soak's report: a table per database and scenario — figure | measured | goal | ok/FAIL — and what the
// run was made on (Node, databases, cores, load average), as text or JSON.
export type SoakDb = 'sqlite' | 'postgres'
export type Scenario = 'load' | 'outage' | 'faults'
export const SCENARIOS: readonly Scenario[] = ['load', 'outage', 'faults']

/** One row of the table: `ok` null for a figure without a goal (shown for context). */
export interface Figure {
  figure: string
  measured: string
  goal: string
  ok: boolean | null
  /** The number behind `measured`, for --json readers and tests. */
  value: number
}

export interface Section {
  db: SoakDb
  scenario: Scenario
  /** What was done (the outage, the faults), in words. */
  note: string
  figures: Figure[]
  /** What the app logged at error level during the scenario: "count × message", the first six messages. */
  errors: string[]
}

export interface SoakReport {
  startedAt: string
  node: string
  versions: Partial<Record<SoakDb, string>>
  cores: number
  loadAverageStart: number[]
  loadAverageEnd: number[]
  quick: boolean
  /** The seed of the requests and fault draws (`--seed`). */
  seed: number
  /**
   * The same load's requests sent the same way to a server that acknowledges at once, before the app runs: what
   * the machine (other work on it) and Slack's side add to every ack, whatever the app does (ms).
   */
  floor: { p50: number; p99: number; max: number; requests: number } | undefined
  /** Each instance's graceful stop at the end (SIGTERM → exit; killed after 15 s). */
  stops: Array<{ db: SoakDb; ms: number; killed: boolean }>
  sections: Section[]
  durationSec: number
}

/** The p-th percentile (nearest rank) of sorted numbers; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i] ?? Number.NaN
}

/** "123 ms", or — for no figure. */
export const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—')
/** One row of the table. */
export const fig = (figure: string, value: number, measured: string, goal: string, ok: boolean | null): Figure => ({ figure, value, measured, goal, ok })

/** The report as a table: figure | measured | goal | ok/FAIL, a block per database and scenario. */
export function formatReport(r: SoakReport): string {
  const load = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' ')
  const lines = [
    `soak ${r.quick ? '(--quick) ' : ''}started ${r.startedAt} (seed ${r.seed}): Node ${r.node}; ${Object.values(r.versions).join('; ')}; ${r.cores} cores`,
    `load average at start ${load(r.loadAverageStart)}, at end ${load(r.loadAverageEnd)} (other work on the machine slows every figure); ${r.durationSec} s`,
    ...(r.floor
      ? [`floor: the load's ${r.floor.requests} requests sent the same way to a server that acks at once: ack p50 ${ms(r.floor.p50)}, p99 ${ms(r.floor.p99)}, max ${ms(r.floor.max)}`]
      : []),
    ...(r.stops.length > 0
      ? [`graceful stop at the end (SIGTERM → exit, work in flight finished): ${r.stops.map((s) => `${s.db} ${ms(s.ms)}${s.killed ? ' (killed after 15 s)' : ''}`).join(', ')}`]
      : []),
  ]
  const width = Math.max(...r.sections.flatMap((s) => s.figures.map((f) => f.figure.length)), 10)
  const mwidth = Math.max(...r.sections.flatMap((s) => s.figures.map((f) => f.measured.length)), 8)
  for (const s of r.sections) {
    lines.push('', `${s.db} · ${s.scenario}: ${s.note}`, `  ${'figure'.padEnd(width)} | ${'measured'.padEnd(mwidth)} | ${'goal'.padEnd(9)} | ok`)
    for (const f of s.figures) lines.push(`  ${f.figure.padEnd(width)} | ${f.measured.padEnd(mwidth)} | ${f.goal.padEnd(9)} | ${f.ok === null ? '' : f.ok ? 'ok' : 'FAIL'}`)
    for (const e of s.errors) lines.push(`  logged: ${e}`)
  }
  const failed = r.sections.flatMap((s) => s.figures.filter((f) => f.ok === false).map((f) => `${s.db} ${s.scenario}: ${f.figure}`))
  lines.push('', failed.length === 0 ? 'every goal met' : `goals not met (${failed.length}):\n${failed.map((f) => `  ${f}`).join('\n')}`)
  return lines.join('\n')
}
