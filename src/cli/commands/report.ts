import path from 'node:path'
import { parseFiscalYear } from '../../domain/fiscal-year.ts'
import { AppError } from '../../errors.ts'
import { openStore } from '../../store/client.ts'
import { writeFyReport } from '../../reports/fy-report.ts'
import { num } from '../../reports/format.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const reportHelp = `Usage: grassroots report --fy YEAR [--out DIR]

Writes the fiscal-year report, from the recorded events, into DIR (default ./out):
  report.md                  the report, English and Japanese
  participants-by-fy.png     participants per fiscal year (bar chart)
  events-by-state-map.png    cumulative events per state (map, Alaska and Hawaii inset)
  *.csv                      the rows behind every figure (UTF-8 with BOM, for Excel)
Charts need a font with Japanese glyphs (Debian/Ubuntu: apt-get install fonts-noto-cjk).

Options:
  --fy YEAR   the fiscal year (April–March): 2022, FY2022, FY22, 2022年度, 令和4年度, R4
  --out DIR   where to write the files (created if missing; files of the same name are replaced)
  -h, --help  show this help`

export async function runReport(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { fy: { type: 'string' }, out: { type: 'string', short: 'o' } })
  if (values.help) {
    ctx.io.out(reportHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  if (values.fy === undefined) throw new UsageError('--fy YEAR is required, e.g. --fy 2022')
  const fy = parseFiscalYear(values.fy)
  if (fy === undefined) throw new AppError('fy_invalid', { value: values.fy })
  const outDir = path.resolve(ctx.cwd, values.out ?? 'out')
  const store = await openStore({ url: ctx.config.databaseUrl })
  try {
    const written = await writeFyReport(store.db, { fy, outDir })
    const r = written.report
    ctx.io.out(`FY${fy}: ${num(r.fyTotals.events)} events, ${num(r.fyTotals.participants)} participants; report written to ${outDir}`)
    ctx.io.out(`${fy}年度：実施件数${num(r.fyTotals.events)}件、延べ参加者数${num(r.fyTotals.participants)}名。報告書を ${outDir} に出力しました。`)
    for (const f of written.files) ctx.io.out(`  ${path.relative(ctx.cwd, f) || f}`)
    return EXIT.ok
  } finally {
    await store.close()
  }
}
