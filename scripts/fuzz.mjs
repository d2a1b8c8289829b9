#!/usr/bin/env node
// `npm run fuzz`: the fuzz tests of every border that takes outside input (test/fuzz/, and the parser's
// property tests), with the large numbers of cases (FUZZ=full, see test/fuzz/budget.ts) instead of the modest
// ones of `npm test`. Prints the cases run and failed per border, and the time. Extra arguments go to vitest
// (e.g. `npm run fuzz -- test/fuzz/csv-import.test.ts`). FUZZ=<number> instead runs <number> × the modest cases.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const FILES = ['test/fuzz/', 'test/questions/parser/fuzz.test.ts']
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-fuzz-'))
const report = path.join(dir, 'report.jsonl')
const args = process.argv.slice(2)
const started = Date.now()
const run = spawnSync('npx', ['vitest', 'run', '--testTimeout=3600000', '--hookTimeout=120000', ...(args.length > 0 ? args : FILES)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, FUZZ: process.env.FUZZ ?? 'full', FUZZ_REPORT: report, LOG_LEVEL: 'silent' },
})
const seconds = (Date.now() - started) / 1000

const byBorder = new Map()
const lines = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').split('\n').filter((l) => l !== '') : []
for (const line of lines) {
  const { border, cases, failed, ms } = JSON.parse(line)
  const b = byBorder.get(border) ?? { cases: 0, failed: 0, ms: 0, properties: 0 }
  b.cases += cases
  b.failed += failed
  b.ms += ms
  b.properties += 1
  byBorder.set(border, b)
}
fs.rmSync(dir, { recursive: true, force: true })

const rows = [...byBorder.entries()].sort(([a], [b]) => a.localeCompare(b))
const width = Math.max(6, ...rows.map(([name]) => name.length))
console.log('')
console.log(`${'border'.padEnd(width)}  ${'properties'.padStart(10)}  ${'cases'.padStart(9)}  ${'failed'.padStart(6)}  ${'seconds'.padStart(8)}`)
let cases = 0
let failed = 0
for (const [name, b] of rows) {
  cases += b.cases
  failed += b.failed
  console.log(`${name.padEnd(width)}  ${String(b.properties).padStart(10)}  ${String(b.cases).padStart(9)}  ${String(b.failed).padStart(6)}  ${(b.ms / 1000).toFixed(1).padStart(8)}`)
}
console.log(`${'total'.padEnd(width)}  ${''.padStart(10)}  ${String(cases).padStart(9)}  ${String(failed).padStart(6)}  ${seconds.toFixed(1).padStart(8)} (wall clock)`)
process.exit(run.status ?? 1)
