#!/usr/bin/env node
// Compiles src/ (generated Prisma clients included) to JavaScript in dist/, which bin/grassroots.js runs while
// it is current (run by `npm ci` through `prepare`, after the Prisma clients are generated; `npm run build`).
// Type checking is `npm run typecheck`: this only emits (tsconfig.build.json: noCheck, .ts imports rewritten
// to .js). dist/ is emptied first, so a deleted source leaves no module behind, and the stamp that makes dist/
// current is written last, dated from the start of the build: a source edited meanwhile counts as newer.
// One step after compiling: each generated Prisma client loads its query compiler (3 MB of WebAssembly) from a
// 4.4 MB JavaScript module holding it in base64; reading, parsing and decoding that is about 15% of the CPU time
// of `grassroots ask`. The compiled client reads the same bytes from a .wasm file written next to it instead
// (the sources under src/generated are untouched; a client whose loader no longer has the expected shape is left
// as it is, with a warning, and test/cli/built-cli.test.ts fails).
//   node scripts/build.mjs [--out DIR]     (DIR: default dist/ in the repository)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { BUILD_STAMP } from '../bin/built-entry.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const out = path.resolve(values.out ?? path.join(root, 'dist'))
const started = new Date()

fs.rmSync(path.join(out, BUILD_STAMP), { force: true })
fs.rmSync(out, { recursive: true, force: true })
const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc')
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', out], { cwd: root, stdio: 'inherit' })
if (r.status !== 0) {
  process.stderr.write('build: tsc could not compile src/ to dist/ (see above)\n')
  process.exit(r.status ?? 1)
}

/** The generated loader: `const { wasm } = await import("…wasm-base64.mjs"); return await decodeBase64AsWasm(wasm);` */
const BASE64_LOADER = /const \{ wasm \} = await import\("(@prisma\/client\/runtime\/query_compiler_[\w.]+\.wasm-base64\.mjs)"\);\s*return await decodeBase64AsWasm\(wasm\);/
const WASM_FILE = 'query_compiler.wasm'
const require = createRequire(path.join(root, 'package.json'))
for (const client of fs.readdirSync(path.join(out, 'generated'))) {
  const file = path.join(out, 'generated', client, 'internal', 'class.js')
  const code = fs.readFileSync(file, 'utf8')
  const loader = BASE64_LOADER.exec(code)
  if (loader === null) {
    process.stderr.write(`build: warning: ${path.relative(root, file)} does not load its query compiler as expected; left as generated\n`)
    continue
  }
  const { wasm } = await import(pathToFileURL(require.resolve(loader[1])).href)
  fs.writeFileSync(path.join(path.dirname(file), WASM_FILE), Buffer.from(wasm, 'base64'))
  const fromFile = `const { readFile } = await import("node:fs/promises"); return new WebAssembly.Module(await readFile(new URL("./${WASM_FILE}", import.meta.url)));`
  fs.writeFileSync(file, code.replace(loader[0], fromFile))
}

const stamp = path.join(out, BUILD_STAMP)
fs.writeFileSync(stamp, `compiled from src/; bin/grassroots.js runs this only while nothing under src/ is newer than this file\n`)
fs.utimesSync(stamp, started, started)
const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1)
process.stdout.write(`Compiled src/ to ${path.relative(root, out) || out} in ${seconds} s\n`)
