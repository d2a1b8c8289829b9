#!/usr/bin/env node
// Compiles src/ (generated Prisma clients included) to JavaScript in dist/, which bin/grassroots.js runs while
// it is current (run by `npm ci` through `prepare`, after the Prisma clients are generated; `npm run build`).
// Type checking is `npm run typecheck`: this only emits (tsconfig.build.json: noCheck, .ts imports rewritten
// to .js). dist/ is emptied first, so a deleted source leaves no module behind, and the stamp that makes dist/
// current is written last, dated from the start of the build: a source edited meanwhile counts as newer.
//   node scripts/build.mjs [--out DIR]     (DIR: default dist/ in the repository)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BUILD_STAMP } from '../bin/built-entry.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const out = path.resolve(values.out ?? path.join(root, 'dist'))
const started = new Date()

fs.rmSync(path.join(out, BUILD_STAMP), { force: true })
fs.rmSync(out, { recursive: true, force: true })
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', out], { cwd: root, stdio: 'inherit' })
if (r.status !== 0) {
  process.stderr.write('build: tsc failed; bin/grassroots.js keeps running the TypeScript sources\n')
  process.exit(r.status ?? 1)
}
const stamp = path.join(out, BUILD_STAMP)
fs.writeFileSync(stamp, `compiled from src/; bin/grassroots.js runs this only while nothing under src/ is newer than this file\n`)
fs.utimesSync(stamp, started, started)
const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1)
process.stdout.write(`Compiled src/ to ${path.relative(root, out) || out} in ${seconds} s\n`)
