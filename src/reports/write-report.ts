// Writes the fiscal-year report into a directory: report.md, the two PNG charts and the CSVs. The words and
// figures never wait on the pictures: a chart that cannot be drawn is left out, the Markdown says so where it
// would be, and the caller is told which PNG is missing and why.
import fs from 'node:fs'
import path from 'node:path'
import type { ChartRenderer } from '../charts/renderer.ts'
import type { Db } from '../store/client.ts'
import { renderReportCharts, type ReportCharts } from './charts.ts'
import { buildFyReport, fyReportCsvs, renderFyReportMarkdown, REPORT_FILES, type FyReport } from './fy-report.ts'

export interface WrittenReport {
  report: FyReport
  dir: string
  /** Every file written, in the order written (report.md first). */
  files: string[]
  /** Charts not written, with why. */
  missingCharts: ReportCharts['missing']
}

/**
 * Builds the report of `fy`, counted as of `asOf` ('YYYY-MM-DD'), and writes it into `outDir` (created if
 * missing; files of the same name are replaced). Rejects only when the report itself cannot be built
 * (AppError 'report_no_events') or written.
 */
export async function writeFyReport(db: Db, options: { fy: number; asOf: string; outDir: string; charts: ChartRenderer }): Promise<WrittenReport> {
  const report = await buildFyReport(db, { fy: options.fy, asOf: options.asOf })
  const charts = await renderReportCharts(report, options.charts)
  fs.mkdirSync(options.outDir, { recursive: true })
  const outputs: Array<[string, string | Buffer]> = [
    [REPORT_FILES.markdown, renderFyReportMarkdown(report, { missingCharts: charts.missing.map((m) => m.file) })],
    ...charts.drawn.map((c): [string, Buffer] => [c.file, c.png]),
    ...Object.entries(fyReportCsvs(report)),
  ]
  const files: string[] = []
  for (const [name, content] of outputs) {
    const file = path.join(options.outDir, name)
    fs.writeFileSync(file, content)
    files.push(file)
  }
  // a PNG left from an earlier run must not pass for this report's chart
  for (const m of charts.missing) fs.rmSync(path.join(options.outDir, m.file), { force: true })
  return { report, dir: options.outDir, files, missingCharts: charts.missing }
}
