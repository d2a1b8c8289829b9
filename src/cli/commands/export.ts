import fs from 'node:fs'
import path from 'node:path'
import { parseFiscalYear } from '../../domain/fiscal-year.ts'
import { AppError } from '../../errors.ts'
import { t } from '../../i18n/index.ts'
import { exportEventsCsv } from '../../events/export.ts'
import { openStore } from '../../store/client.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const exportHelp = `Usage: grassroots export [--fy 2022] [--out FILE] [--no-bom]

Writes events as CSV in the import format (oldest first), to FILE or to standard output.
The file is UTF-8 with a byte-order mark and CRLF line ends, so Excel opens Japanese text
correctly; importing it into an empty database and exporting again gives the same file.

Options:
  --fy YEAR     only this fiscal year (April–March): 2022, FY2022, FY22, 2022年度, 令和4年度, R4
  --out FILE    write to FILE instead of standard output
  --no-bom      leave out the byte-order mark
  -h, --help    show this help`

export async function runExport(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    fy: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'no-bom': { type: 'boolean' },
  })
  if (values.help) {
    ctx.io.out(exportHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  let fy: number | undefined
  if (values.fy !== undefined) {
    fy = parseFiscalYear(values.fy)
    if (fy === undefined) throw new AppError('fy_invalid', { value: values.fy })
  }
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
  try {
    const { csv, count } = await exportEventsCsv(store.db, {
      filter: fy === undefined ? {} : { fiscalYears: [fy] },
      bom: values['no-bom'] !== true,
    })
    if (values.out === undefined) {
      // out() adds the final "\n": keep the "\r" so that the last line ends in CRLF like the others
      ctx.io.out(csv.replace(/\n$/, ''))
    } else {
      const file = path.resolve(ctx.cwd, values.out)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, csv)
      ctx.io.err(t(ctx.lang, 'export_done', { count, file: values.out }))
    }
    return EXIT.ok
  } finally {
    await store.close()
  }
}
