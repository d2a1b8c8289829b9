import { t } from '../../i18n/index.ts'
import fs from 'node:fs'
import path from 'node:path'
import { isPostgresUrl, redactUrl, sqliteFileOf } from '../../store/client.ts'
import { POSTGRES_MIGRATIONS_DIR, migratePostgres, migrateSqlite, readMigrations, type MigrationReport } from '../../store/migrator.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const migrateHelp = `Usage: grassroots migrate

Applies pending database migrations (prisma/migrations) to DATABASE_URL and says what was
applied. Each migration runs in one transaction with its record in _prisma_migrations, as
Prisma's own "migrate deploy" records it: a failure leaves the database as it was.
The app and every command also do this on first use; this command does it explicitly.`

export async function runMigrate(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {})
  if (values.help) {
    ctx.io.out(migrateHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  const url = ctx.config.databaseUrl
  let target: string
  let report: MigrationReport
  let total: number
  if (isPostgresUrl(url)) {
    target = redactUrl(url)
    report = await migratePostgres(url)
    total = readMigrations(POSTGRES_MIGRATIONS_DIR).length
  } else {
    target = sqliteFileOf(url, ctx.cwd)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    report = migrateSqlite(target)
    total = readMigrations().length
  }
  const file = target
  if (report.applied.length === 0) {
    ctx.io.out(t(ctx.lang, 'migrate_nothing', { target: file, count: total }))
  } else {
    ctx.io.out(t(ctx.lang, 'migrate_done', { target: file, count: report.applied.length, names: report.applied.join(', ') }))
  }
  return EXIT.ok
}
