#!/usr/bin/env node
// Generates the Prisma client into src/generated/prisma (run by `npm ci` through the `prepare` script).
// Generation needs no engine binary, but the Prisma CLI insists that its schema-engine binary exists and tries
// to download it, which fails on an air-gapped machine. Where no engine is configured we point the CLI at a
// stand-in file; the generated client does not depend on it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' }
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url)
const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js')
const r = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
if (r.status !== 0) {
  process.stderr.write(r.stdout + r.stderr)
  process.exit(r.status ?? 1)
}
process.stdout.write('Prisma client generated in src/generated/prisma\n')
