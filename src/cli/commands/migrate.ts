import { t } from '../../i18n/index.ts'
import { sqliteFileOf } from '../../store/client.ts'
import { migrateSqlite, readMigrations } from '../../store/migrator.ts'
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
  const file = sqliteFileOf(ctx.config.databaseUrl, ctx.cwd)
  const { mkdirSync } = await import('node:fs')
  const { dirname } = await import('node:path')
  mkdirSync(dirname(file), { recursive: true })
  const report = migrateSqlite(file)
  if (report.applied.length === 0) {
    ctx.io.out(t(ctx.lang, 'migrate_nothing', { target: file, count: readMigrations().length }))
  } else {
    ctx.io.out(t(ctx.lang, 'migrate_done', { target: file, count: report.applied.length, names: report.applied.join(', ') }))
  }
  return EXIT.ok
}
