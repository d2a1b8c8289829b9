#!/usr/bin/env node
// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma (the one source schema): a Prisma schema
// has one provider, so PostgreSQL (several app instances sharing one database) gets a copy with its provider
// and client output changed. `--check` exits 1 when the committed copy differs (a test runs it too).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.join(root, 'prisma', 'schema.prisma')
const target = path.join(root, 'prisma', 'postgresql', 'schema.prisma')

export function derivePostgresSchema(text) {
  const out = text
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../src/generated/prisma"', 'output       = "../../src/generated/prisma-pg"')
  if (out === text || !out.includes('prisma-pg')) throw new Error('prisma/schema.prisma no longer has the expected provider/output lines')
  return `// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.mjs — do not edit by hand.\n${out}`
}

const wanted = derivePostgresSchema(fs.readFileSync(source, 'utf8'))
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''
  if (current !== wanted) {
    console.error('prisma/postgresql/schema.prisma is out of date: run node scripts/derive-postgres-schema.mjs and author a PostgreSQL migration')
    process.exit(1)
  }
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, wanted)
}
