#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, maintenance scripts) through tsx: node bin/run.js bench/index.ts
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const [script, ...rest] = process.argv.slice(2)
if (!script) {
  process.stderr.write('usage: node bin/run.js SCRIPT.ts [ARGS…]\n')
  process.exit(2)
}
process.argv = [process.argv[0], script, ...rest]
await import(pathToFileURL(path.resolve(script)).href)
