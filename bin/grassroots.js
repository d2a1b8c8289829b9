#!/usr/bin/env node
// The `grassroots` command. Runs the JavaScript compiled from src/ into dist/ at install (`npm ci` runs
// `prepare`, which builds), so starting it costs no TypeScript compilation. When anything under src/ is newer
// than that build (a developer's edit, a `git pull`, a fresh `npm run generate`), it runs the TypeScript
// sources through tsx instead, slower but never stale; `npm run build` makes it fast again.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import { builtIsCurrent } from './built-entry.js'

// `grassroots export | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

// Prisma's query compiler is a 3 MB WebAssembly module. V8 compiles it quickly for a first run (Liftoff), then
// recompiles hot functions with TurboFan on background threads. Short commands never earn that back (it is
// half the CPU time of `ask`); nor does `serve`: the recompiled module held about 60 MiB more resident memory
// at rest (202 vs 144 MiB in a measurement with the app loaded), and a question took no longer without it —
// the query compiler is a small part of an answer (`npm run bench -- memory`). Set before anything loads
// WebAssembly.
v8.setFlagsFromString('--liftoff-only')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let cli
if (builtIsCurrent(root)) {
  cli = await import('../dist/cli/main.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  cli = await import('../src/cli/main.ts')
}
process.exitCode = await cli.main(process.argv.slice(2))
