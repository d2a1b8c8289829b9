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
// the PostgreSQL schema is derived from the SQLite one; refuse to generate from a stale copy
const check = spawnSync(process.execPath, [path.join(root, 'scripts', 'derive-postgres-schema.mjs'), '--check'], { cwd: root, stdio: 'inherit' })
if (check.status !== 0) process.exit(check.status ?? 1)
for (const [args, out] of [
  [['generate'], 'src/generated/prisma'],
  [['generate', '--config', 'prisma/postgresql/prisma.config.ts'], 'src/generated/prisma-pg'],
]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr)
    process.exit(r.status ?? 1)
  }
  process.stdout.write(`Prisma client generated in ${out}\n`)
}
