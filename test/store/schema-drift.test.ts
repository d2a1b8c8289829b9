// prisma/postgresql/schema.prisma is derived from prisma/schema.prisma; a hand edit or a forgotten
// regeneration must fail the suite (the migrations themselves are checked against the schemas in .ci/run).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('derived PostgreSQL schema', () => {
  it('is exactly what the derivation script makes of the SQLite schema', () => {
    const r = spawnSync(process.execPath, ['scripts/derive-postgres-schema.mjs', '--check'], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('declares the same models as the SQLite schema', () => {
    const models = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1])
    const sqlite = models('prisma/schema.prisma')
    expect(sqlite.length).toBeGreaterThan(5)
    expect(models('prisma/postgresql/schema.prisma')).toEqual(sqlite)
  })

  it('each provider has migrations that create every model table', () => {
    for (const dir of ['prisma/migrations', 'prisma/postgresql/migrations']) {
      const sql = fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => fs.readFileSync(`${dir}/${d.name}/migration.sql`, 'utf8'))
        .join('\n')
      for (const m of ['Event', 'EventState', 'EventTheme', 'AuditEntry', 'IdempotencyKey', 'UserPreference', 'DigestRun', 'ImportBatch']) {
        expect(sql, `${dir} creates ${m}`).toContain(`CREATE TABLE "${m}"`)
      }
    }
  })
})
