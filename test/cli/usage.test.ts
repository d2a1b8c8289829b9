import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { readMigrations } from '../../src/store/migrator.ts'
import { buildCsv, countRows, freshEnv, row, runCli, writeInput } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-usage-')

describe('grassroots: usage errors exit 2 with the usage hint on stderr', () => {
  const file = writeInput(dir, buildCsv([row()]).text, 'valid.csv')
  const cases: Array<{ name: string; argv: string[]; command: string; message: string }> = [
    { name: 'import without a file', argv: ['import'], command: 'import', message: 'import takes exactly one FILE.csv' },
    { name: 'import with two files', argv: ['import', file, file], command: 'import', message: 'import takes exactly one FILE.csv' },
    { name: 'an unknown option', argv: ['import', file, '--bogus'], command: 'import', message: "Unknown option '--bogus'" },
    { name: 'an option without its value', argv: ['import', file, '--encoding'], command: 'import', message: "Option '--encoding <value>' argument missing" },
    { name: 'export with an argument', argv: ['export', 'out.csv'], command: 'export', message: 'unexpected argument out.csv' },
    { name: 'export with an unknown option', argv: ['export', '--year', '2022'], command: 'export', message: "Unknown option '--year'" },
    { name: 'migrate with an argument', argv: ['migrate', 'now'], command: 'migrate', message: 'unexpected argument now' },
  ]
  it.each(cases)('$name', async ({ argv, command, message }) => {
    const env = freshEnv(dir)
    const run = await runCli(argv, env)
    expect(run.code).toBe(2)
    expect(run.out).toBe('')
    expect(run.err).toContain(`grassroots ${command}: ${message}`)
    expect(run.err).toContain(`Run "grassroots ${command} --help" for usage.`)
    expect(run.err).not.toContain('    at ')
  })

  it('writes nothing on a usage error', async () => {
    const env = freshEnv(dir)
    const run = await runCli(['import', file, '--no-such-flag'], env)
    expect(run.code).toBe(2)
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
  })

  it('an unknown command', async () => {
    const run = await runCli(['frobnicate', '--help'], freshEnv(dir))
    expect(run.code).toBe(2)
    expect(run.out).toBe('')
    expect(run.err).toMatch(/^grassroots: unknown command "frobnicate"\n\nUsage: grassroots COMMAND/)
  })

  it('no command prints the overview and exits 2', async () => {
    const run = await runCli([], freshEnv(dir))
    expect(run.code).toBe(2)
    expect(run.out).toMatch(/^Usage: grassroots COMMAND/)
    for (const c of ['import', 'export', 'migrate']) expect(run.out).toMatch(new RegExp(`^  ${c} `, 'm'))
  })

  it('a malformed DATABASE_URL is a usage error naming the variable', async () => {
    const run = await runCli(['import', file], { DATABASE_URL: 'mysql://localhost/x', GRASSROOTS_LANG: 'en' })
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/^grassroots: environment variable DATABASE_URL must be file:PATH/)
  })
})

describe('grassroots --help', () => {
  const helps: Array<{ argv: string[]; first: string }> = [
    { argv: ['--help'], first: 'Usage: grassroots COMMAND [OPTIONS]' },
    { argv: ['-h'], first: 'Usage: grassroots COMMAND [OPTIONS]' },
    { argv: ['help'], first: 'Usage: grassroots COMMAND [OPTIONS]' },
    { argv: ['import', '--help'], first: 'Usage: grassroots import FILE.csv' },
    { argv: ['import', '-h'], first: 'Usage: grassroots import FILE.csv' },
    { argv: ['import', 'whatever.csv', '--help'], first: 'Usage: grassroots import FILE.csv' },
    { argv: ['export', '--help'], first: 'Usage: grassroots export [--fy 2022]' },
    { argv: ['migrate', '--help'], first: 'Usage: grassroots migrate' },
  ]
  it.each(helps)('$argv exits 0 with Usage on stdout', async ({ argv, first }) => {
    const env = freshEnv(dir)
    const run = await runCli(argv, env)
    expect(run.code).toBe(0)
    expect(run.err).toBe('')
    expect(run.out.startsWith(first)).toBe(true)
    // help does not touch the database
    expect(fs.existsSync(env.DATABASE_URL.slice('file:'.length))).toBe(false)
  })
})

describe('grassroots migrate', () => {
  const names = readMigrations().map((m) => m.name)

  it('applies every migration to a fresh file and says which; a second run says it is up to date', async () => {
    const file = path.join(dir, 'mig', 'sub', 'fresh.db')
    const env = { DATABASE_URL: `file:${file}`, GRASSROOTS_LANG: 'en' }
    expect(names.length).toBeGreaterThan(0)

    const first = await runCli(['migrate'], env)
    expect(first.code).toBe(0)
    expect(first.err).toBe('')
    expect(first.out).toBe(`Applied ${names.length} migration(s) to ${file}: ${names.join(', ')}`)
    const db = new Database(file, { readonly: true })
    try {
      const rows = db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name').all() as Array<{ migration_name: string }>
      expect(rows.map((r) => r.migration_name)).toEqual(names)
    } finally {
      db.close()
    }

    const second = await runCli(['migrate'], env)
    expect(second.code).toBe(0)
    expect(second.out).toBe(`The database ${file} is up to date (${names.length} migration(s) applied earlier).`)
    const db2 = new Database(file, { readonly: true })
    try {
      expect((db2.prepare('SELECT count(*) AS n FROM _prisma_migrations').get() as { n: number }).n).toBe(names.length)
    } finally {
      db2.close()
    }
  })

  it('resolves a relative DATABASE_URL against the working directory it is given', async () => {
    const cwd = path.join(dir, 'mig-cwd')
    fs.mkdirSync(cwd)
    const run = await runCli(['migrate'], { DATABASE_URL: 'file:./data/rel.db', GRASSROOTS_LANG: 'en' }, cwd)
    expect(run.code).toBe(0)
    expect(run.out).toContain(`to ${path.join(cwd, 'data', 'rel.db')}: `)
    expect(fs.existsSync(path.join(cwd, 'data', 'rel.db'))).toBe(true)
  })

  it('a database migrated by import is up to date for migrate', async () => {
    const env = freshEnv(dir)
    expect((await runCli(['import', writeInput(dir, buildCsv([row()]).text)], env)).code).toBe(0)
    const run = await runCli(['migrate'], env)
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/is up to date/)
  })

  it('speaks Japanese with GRASSROOTS_LANG=ja', async () => {
    const file = path.join(dir, 'mig-ja.db')
    const env = { DATABASE_URL: `file:${file}`, GRASSROOTS_LANG: 'ja' }
    const first = await runCli(['migrate'], env)
    expect(first.out).toBe(`${file} に${names.length}件のマイグレーションを適用しました：${names.join(', ')}`)
    const second = await runCli(['migrate'], env)
    expect(second.out).toBe(`データベース ${file} は最新の状態です（適用済みのマイグレーション${names.length}件）。`)
  })
})
