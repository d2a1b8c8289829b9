// `npm run soak`: the Slack app under load and faults, every figure next to its goal (README, "Soak").
//   npm run soak -- [--db sqlite|postgres|both] [--quick] [--json] [--scenario load,outage,faults] [--seed N]
// Exit code 0 when the soak ran, whatever the figures (it is a measurement: failed goals say FAIL); 1 when
// the harness itself failed (an app that did not start, a database that could not be created); 2 on bad usage.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { formatReport, SCENARIOS, type Scenario, type SoakDb } from './soak/report.ts'
import { runSoak } from './soak/run.ts'

function usage(message: string): never {
  process.stderr.write(`soak: ${message}\nusage: npm run soak -- [--db sqlite|postgres|both] [--quick] [--json] [--scenario load,outage,faults] [--seed N]\n`)
  process.exit(2)
}

let values: { db?: string; quick?: boolean; json?: boolean; scenario?: string; seed?: string }
try {
  values = parseArgs({ options: { db: { type: 'string' }, quick: { type: 'boolean' }, json: { type: 'boolean' }, scenario: { type: 'string' }, seed: { type: 'string' } }, strict: true }).values
} catch (e) {
  usage((e as Error).message)
}
const db = values.db ?? 'both'
if (!['sqlite', 'postgres', 'both'].includes(db)) usage(`--db must be sqlite, postgres or both, not ${db}`)
const databases: SoakDb[] = db === 'both' ? ['sqlite', 'postgres'] : [db as SoakDb]
const scenarios = (values.scenario ?? SCENARIOS.join(',')).split(',').map((s) => s.trim())
for (const s of scenarios) if (!(SCENARIOS as readonly string[]).includes(s)) usage(`unknown scenario ${s}`)

const seed = values.seed === undefined ? undefined : Number(values.seed)
if (seed !== undefined && !Number.isSafeInteger(seed)) usage(`--seed must be a whole number, not ${values.seed}`)

const tmpDir = path.resolve(process.env.SOAK_TMPDIR ?? os.tmpdir())
fs.mkdirSync(tmpDir, { recursive: true })
try {
  const report = await runSoak({
    databases,
    quick: values.quick === true,
    scenarios: scenarios as Scenario[],
    tmpDir,
    ...(seed !== undefined ? { seed } : {}),
    progress: (line) => process.stderr.write(`soak: ${line}\n`),
  })
  process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`)
  process.exitCode = 0
} catch (e) {
  process.stderr.write(`soak: harness error: ${(e as Error)?.stack ?? String(e)}\n`)
  // whatever the failure left open (a child process, a socket) must not keep the command running
  process.exit(1)
}
