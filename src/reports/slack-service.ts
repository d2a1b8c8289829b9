// `/grassroots report [FY]` for the Slack app: the headline figures as a message, with the two charts, the
// Markdown report and the CSVs as files. Without a year: the last fiscal year that has ended.
import { fiscalYearOf, parseFiscalYear, todayIn } from '../domain/fiscal-year.ts'
import { AppError } from '../errors.ts'
import type { ReportService } from '../services/plugins.ts'
import type { Db } from '../store/client.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import { renderReportCharts } from './charts.ts'
import { buildFyReport, fyReportCsvs, renderFyReportMarkdown, REPORT_FILES, type FyReport } from './fy-report.ts'
import { formatDate, formatJaCount, formatNumber as num } from '../i18n/format.ts'
import { stateNames } from './format.ts'
import { escapeMrkdwn } from '../slack/blocks/mrkdwn.ts'

export function fyReportMrkdwn(r: FyReport): string {
  const c = r.coverage
  const span = `FY${r.firstFy}–FY${r.fy}`
  const spanJa = `${r.firstFy}年度〜${r.fy}年度`
  const lines = [
    `*FY${r.fy} report / ${r.fy}年度報告*${r.demoOnly ? ' _(demo data / デモデータ)_' : ''}`,
    `• Events: *${num(r.fyTotals.events)}* in FY${r.fy}, ${num(r.cumulativeTotals.events)} in ${span}`,
    `• Participants: *${num(r.fyTotals.participants)}* in FY${r.fy}, ${num(r.cumulativeTotals.participants)} in ${span}`,
    `• States covered: ${c.statesCoveredInFy} in FY${r.fy}; ${c.statesCoveredCumulative} of 50 in ${span}` +
      (c.firstTimeInFy.length > 0 ? `; first time in FY${r.fy}: ${stateNames(c.firstTimeInFy, 'en')}` : ''),
    `• 実施件数：${r.fy}年度 *${num(r.fyTotals.events)}件*、${spanJa}累計 ${num(r.cumulativeTotals.events)}件`,
    `• 延べ参加者数：${r.fy}年度 *${formatJaCount(r.fyTotals.participants, '名')}*、${spanJa}累計 ${formatJaCount(r.cumulativeTotals.participants, '名')}`,
    `• 実施州数：${r.fy}年度 ${c.statesCoveredInFy}州、${spanJa}累計 ${c.statesCoveredCumulative}州（全50州中）` +
      (c.firstTimeInFy.length > 0 ? `、${r.fy}年度に初めて実施：${stateNames(c.firstTimeInFy, 'ja')}` : ''),
  ]
  if (r.asOf < r.fyRange.to) {
    lines.push(`_FY${r.fy} is not over yet: counted up to ${r.asOf}. / ${r.fy}年度は年度途中のため、${formatDate(r.asOf, 'ja')}までの事業を集計しています。_`)
  }
  const listed = [...r.continuingBestPractices, ...r.bestPractices]
  if (listed.length > 0) {
    lines.push(`*Best practices / ベストプラクティス*`)
    // titles are user text: escaped, so a title such as "<!channel>" never pings the channel; an ongoing
    // programme says since when
    for (const e of listed) {
      const since = e.ongoing === true ? ` (since ${e.startDate.slice(0, 4)} / ${e.startDate.slice(0, 4)}年～)` : ''
      lines.push(`• ${escapeMrkdwn([e.titleEn, e.titleJa].filter((x) => x !== null).join(' / '))}${since}`)
    }
  }
  lines.push('_Charts, the full report (report.md) and the CSV behind every figure are attached. / グラフ、報告書全文（report.md）及び各数値の元データ（CSV）を添付しています。_')
  return lines.join('\n')
}

const CHART_TITLES: Record<string, string> = {
  [REPORT_FILES.participantsChart]: 'Participants per fiscal year / 年度別延べ参加者数',
  [REPORT_FILES.map]: 'Cumulative events by state / 州別累計実施件数',
}

export function createReportService(options: { db: Db; timeZone: string; charts: ChartRenderer; today?: () => string }): ReportService {
  return {
    async run(args) {
      const arg = args.trim()
      const today = options.today?.() ?? todayIn(options.timeZone)
      const fy = arg === '' ? fiscalYearOf(today) - 1 : parseFiscalYear(arg)
      if (fy === undefined) throw new AppError('fy_invalid', { value: escapeMrkdwn(arg) })
      const report = await buildFyReport(options.db, { fy, asOf: today })
      // the figures are posted even when a chart cannot be drawn; the message says which one is missing
      const charts = await renderReportCharts(report, options.charts)
      const missing = charts.missing.map((m) => m.file)
      const csvs = Object.entries(fyReportCsvs(report)).map(([filename, text]) => ({ filename, content: Buffer.from(text, 'utf8') }))
      const note = missing.length === 0 ? '' : `\n_Chart(s) not drawn / 作成できなかったグラフ: ${missing.join(', ')}_`
      return {
        text: `${fyReportMrkdwn(report)}${note}`,
        files: [
          ...charts.drawn.map((c) => ({ filename: c.file, content: c.png, title: CHART_TITLES[c.file] ?? c.file })),
          { filename: REPORT_FILES.markdown, content: Buffer.from(renderFyReportMarkdown(report, { missingCharts: missing }), 'utf8') },
          ...csvs,
        ],
      }
    },
  }
}
