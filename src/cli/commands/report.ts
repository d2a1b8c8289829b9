import path from 'node:path'
import { isValidIsoDate, parseFiscalYear, todayIn } from '../../domain/fiscal-year.ts'
import { AppError, isAppError } from '../../errors.ts'
import { openStore } from '../../store/client.ts'
import { chartRendererFrom } from '../../charts/renderer.ts'
import { t } from '../../i18n/index.ts'
import { isLang } from '../../i18n/lang.ts'
import { writeFyReport } from '../../reports/write-report.ts'
import { buildFyReport, REPORT_FILES } from '../../reports/fy-report.ts'
import { DEFAULT_REPORT_CONFIG_FILE, loadReportConfig } from '../../reports/report-config.ts'
import { renderReportMap, writeFyReportDocument, type DocumentFormat } from '../../reports/write-document.ts'
import { formatNumber as num } from '../../i18n/format.ts'
import { parseCommandArgs } from '../args.ts'
import { EXIT, UsageError, type CliContext } from '../io.ts'

export const reportHelp = `Usage: grassroots report --fy YEAR [--format md|pptx|xlsx] [--lang ja|en] [--out DIR] [--as-of YYYY-MM-DD]

Writes the fiscal-year report, from the recorded events, into DIR (default ./out):
  report.md                  the report, English and Japanese
  participants-by-fy.png     participants per fiscal year (bar chart)
  events-by-state-map.png    cumulative events per state (map, Alaska and Hawaii inset)
  *.csv                      the rows behind every figure (UTF-8 with BOM, for Excel)
Charts are drawn with Noto Sans JP (installed by npm), or the font file GRASSROOTS_FONT names. A chart that
cannot be drawn is named with its reason; the Markdown and CSV files are written all the same.

With --format pptx or xlsx, writes instead the task force's slide deck or a workbook, in one language:
  report.pptx (report.en.pptx)  cover, これまでの取組 (participants per FY as an editable chart), the map of
                                cumulative events with the regions, best practices, next year's direction
  report.xlsx (report.en.xlsx)  one sheet per figure with the rows behind it, and the FY's events
The words that are not figures (task force, 資料１, month of issue, bureau, action plan, next year's text) come
from config/report.json and the Markdown files it names, or the file --report-config / GRASSROOTS_REPORT_CONFIG
names.

Options:
  --fy YEAR   the fiscal year (April–March): 2022, FY2022, FY22, 2022年度, 令和4年度, R4
  --format md|pptx|xlsx
              md (default): Markdown, charts and CSV; pptx: slide deck; xlsx: workbook
  --lang ja|en
              the language of the deck or workbook (default ja)
  --report-config FILE
              the report's configuration (default GRASSROOTS_REPORT_CONFIG, else config/report.json)
  --out DIR   where to write the files (created if missing; files of the same name are replaced)
  --as-of YYYY-MM-DD
              the day the figures are counted as of, as for grassroots ask: an event dated later is not
              counted (default: today in GRASSROOTS_TZ)
  -h, --help  show this help`

export async function runReport(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    fy: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    'report-config': { type: 'string' },
  })
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
  const format = values.format ?? 'md'
  if (format !== 'md' && format !== 'pptx' && format !== 'xlsx') throw new UsageError(`--format must be md, pptx or xlsx, not "${format}"`)
  const docLang = values.lang ?? 'ja'
  if (!isLang(docLang)) throw new UsageError(`--lang must be ja or en, not "${docLang}"`)
  if (format === 'md' && values.lang !== undefined) throw new UsageError('--lang is for --format pptx or xlsx: the Markdown report is in both languages')
  if (format === 'md' && values['report-config'] !== undefined) throw new UsageError('--report-config is for --format pptx or xlsx')
  if (format !== 'md') {
    // read before the database is opened: a bad configuration is reported at once
    const config = loadReportConfig(path.resolve(ctx.cwd, values['report-config'] ?? ctx.config.reportConfigFile ?? DEFAULT_REPORT_CONFIG_FILE))
    return runDocument(ctx, { fy, asOf, outDir, format, lang: docLang, config })
  }
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
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

/** `report --format pptx|xlsx`: the deck (with the map drawn for it) or the workbook. */
async function runDocument(
  ctx: CliContext,
  options: { fy: number; asOf: string; outDir: string; format: DocumentFormat; lang: 'ja' | 'en'; config: ReturnType<typeof loadReportConfig> },
): Promise<number> {
  const { fy, outDir } = options
  const store = await openStore({ url: ctx.config.databaseUrl, poolMax: ctx.config.databasePoolMax })
  const charts = chartRendererFrom(ctx.config.charts)
  try {
    const report = await buildFyReport(store.db, { fy, asOf: options.asOf })
    const map = options.format === 'pptx' ? await renderReportMap(report, charts) : { png: null, error: null }
    const file = await writeFyReportDocument(store.db, { report, format: options.format, lang: options.lang, outDir, config: options.config, mapPng: map.png })
    ctx.io.out(`FY${fy}: ${num(report.fyTotals.events)} events, ${num(report.fyTotals.participants)} participants; ${options.format === 'pptx' ? 'slides' : 'workbook'} written to ${outDir}`)
    ctx.io.out(`${fy}年度：実施件数${num(report.fyTotals.events)}件、延べ参加者数${num(report.fyTotals.participants)}名。${options.format === 'pptx' ? 'スライド' : 'ブック'}を ${outDir} に出力しました。`)
    ctx.io.out(`  ${path.relative(ctx.cwd, file) || file}`)
    if (map.error !== null) for (const line of missingChartLines([{ file: REPORT_FILES.map, error: map.error }], ctx)) ctx.io.err(line)
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
