import path from 'node:path'
import { isValidIsoDate, parseFiscalYear, todayIn } from '../../domain/fiscal-year.ts'
import { AppError, isAppError } from '../../errors.ts'
import { openStore } from '../../store/client.ts'
import { chartRendererFrom } from '../../charts/renderer.ts'
import { t } from '../../i18n/index.ts'
import { writeFyReport } from '../../reports/write-report.ts'
import { num } from '../../reports/format.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const reportHelp = `Usage: grassroots report --fy YEAR [--out DIR] [--as-of YYYY-MM-DD]

Writes the fiscal-year report, from the recorded events, into DIR (default ./out):
  report.md                  the report, English and Japanese
  participants-by-fy.png     participants per fiscal year (bar chart)
  events-by-state-map.png    cumulative events per state (map, Alaska and Hawaii inset)
  *.csv                      the rows behind every figure (UTF-8 with BOM, for Excel)
Charts are drawn with Noto Sans JP (installed by npm), or the font file GRASSROOTS_FONT names. A chart that
cannot be drawn is named with its reason; the Markdown and CSV files are written all the same.

Options:
  --fy YEAR   the fiscal year (April–March): 2022, FY2022, FY22, 2022年度, 令和4年度, R4
  --out DIR   where to write the files (created if missing; files of the same name are replaced)
  --as-of YYYY-MM-DD
              the day the figures are counted as of, as for grassroots ask: an event dated later is not
              counted (default: today in GRASSROOTS_TZ)
  -h, --help  show this help`

export async function runReport(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { fy: { type: 'string' }, out: { type: 'string', short: 'o' }, 'as-of': { type: 'string' } })
  if (values.help) {
    ctx.io.out(reportHelp)
    return EXIT.ok
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  if (values.fy === undefined) throw new UsageError('--fy YEAR is required, e.g. --fy 2022')
  const fy = parseFiscalYear(values.fy)
  if (fy === undefined) throw new AppError('fy_invalid', { value: values.fy })
  const asOf = values['as-of'] ?? todayIn(ctx.config.timeZone)
  if (!isValidIsoDate(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not "${asOf}"`)
  const outDir = path.resolve(ctx.cwd, values.out ?? 'out')
  const store = await openStore({ url: ctx.config.databaseUrl })
  const charts = chartRendererFrom(ctx.config.charts)
  try {
    const written = await writeFyReport(store.db, { fy, asOf, outDir, charts })
    const r = written.report
    ctx.io.out(`FY${fy}: ${num(r.fyTotals.events)} events, ${num(r.fyTotals.participants)} participants; report written to ${outDir}`)
    ctx.io.out(`${fy}年度：実施件数${num(r.fyTotals.events)}件、延べ参加者数${num(r.fyTotals.participants)}名。報告書を ${outDir} に出力しました。`)
    for (const f of written.files) ctx.io.out(`  ${path.relative(ctx.cwd, f) || f}`)
    for (const line of missingChartLines(written.missingCharts, ctx)) ctx.io.err(line)
    return EXIT.ok
  } finally {
    await charts.close()
    await store.close()
  }
}

/** One line per chart not drawn: its file and why, in the user's language (the message of an AppError). */
export function missingChartLines(missing: ReadonlyArray<{ file: string; error: Error }>, ctx: Pick<CliContext, 'lang'>): string[] {
  return missing.map((m) => t(ctx.lang, 'chart_not_drawn', { file: m.file, reason: isAppError(m.error) ? t(ctx.lang, m.error.key, m.error.params) : m.error.message }))
}
