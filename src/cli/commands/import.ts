import path from 'node:path'
import { t } from '../../i18n/index.ts'
import { importEventsCsv } from '../../events/import.ts'
import { openStore } from '../../store/client.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'
import { fyRangeLabel } from './shared.ts'

export const importHelp = `Usage: grassroots import FILE.csv [--dry-run] [--ignore-unknown] [--encoding utf-8|shift_jis]

Imports outreach events from a CSV file with a header row: UTF-8 with or without BOM
("CSV UTF-8"), or Shift_JIS (Windows-31J) as Excel in Japan saves plain "CSV", which is
recognised and read automatically (the output says so).
All or nothing: if any row is wrong, nothing is written and every problem is listed
with its line number and column. Importing the same file again adds nothing: each row
is recognised by a fingerprint of its content (and its position among identical rows).

Columns: date (required) and end_date as 2022-05-01, 2022/5/1, 2022/05/01, 2022年5月1日,
令和4年5月1日 or R4.5.1; office (code or name, required), states (";"-separated USPS
codes or names, required), city, title_en, title_ja (at least one), type (activity type
code, required), themes (";"-separated codes), format (in_person|online|hybrid, required),
participants (whole number ≥ 0, required; 1,200 with separators every three digits),
partners (";"-separated), best_practice (true/false/yes/no/1/0), summary, cost_yen,
best_practice_category (a category code, only with best_practice true: see
grassroots best-practice-categories list), ongoing (true/false: a programme over several years).

Options:
  --dry-run          check the file and say what would happen; write nothing
  --ignore-unknown   ignore columns not listed above instead of refusing the file
  --encoding ENC     read the file only as utf-8, or only as shift_jis (Windows-31J); a
                     Shift_JIS reading of a UTF-8 file, or one with unreadable bytes, is refused
  -h, --help         show this help

Database: DATABASE_URL (default file:./data/grassroots.db). Exit codes: 0 done, 1 bad input, 2 usage.`

export async function runImport(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    'dry-run': { type: 'boolean' },
    'ignore-unknown': { type: 'boolean' },
    encoding: { type: 'string' },
  })
  if (values.help) {
    ctx.io.out(importHelp)
    return EXIT.ok
  }
  if (positionals.length !== 1) throw new UsageError('import takes exactly one FILE.csv')
  const enc = values.encoding?.toLowerCase().replace('-', '_')
  if (enc !== undefined && !['utf_8', 'utf8', 'shift_jis', 'sjis', 'cp932'].includes(enc)) throw new UsageError(`unknown --encoding ${values.encoding}`)
  const encoding = enc === undefined ? undefined : enc.startsWith('utf') ? ('utf-8' as const) : ('shift_jis' as const)
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
  try {
    const file = path.resolve(ctx.cwd, positionals[0] ?? '')
    const outcome = await importEventsCsv(store.db, {
      file,
      dryRun: values['dry-run'] ?? false,
      ignoreUnknown: values['ignore-unknown'] ?? false,
      ...(encoding ? { encoding } : {}),
      actor: ctx.actor,
    })
    // a file read as Windows-31J without being asked is announced: the user can check its text came out right
    const decodedNote = outcome.detected ? t(ctx.lang, 'file_decoded_sjis', { file }) : undefined
    if (!outcome.ok) {
      if (decodedNote !== undefined) ctx.io.err(decodedNote)
      for (const p of outcome.problems) {
        if (p.column === '') ctx.io.err(t(ctx.lang, p.key, { ...p.params, line: p.line }))
        else ctx.io.err(t(ctx.lang, 'row_problem', { line: p.line, column: p.column, reason: t(ctx.lang, p.key, p.params) }))
      }
      ctx.io.err(t(ctx.lang, 'import_rejected', { count: outcome.problems.length }))
      return EXIT.badInput
    }
    const params = { rows: outcome.rows, created: outcome.created, skipped: outcome.skipped, fyRange: fyRangeLabel(outcome.fiscalYears, ctx.lang) }
    if (decodedNote !== undefined) ctx.io.out(decodedNote)
    ctx.io.out(t(ctx.lang, outcome.dryRun ? 'import_dry_run' : 'import_done', params))
    return EXIT.ok
  } finally {
    await store.close()
  }
}
