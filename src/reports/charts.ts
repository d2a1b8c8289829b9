// The report's two charts (participants per FY, cumulative events per state), drawn by the chart renderer.
// A chart that cannot be drawn does not stop the report: it is listed with its reason, and the Markdown and
// CSV are written all the same.
import type { TopLevelSpec } from 'vega-lite'
import { barChartSpec } from '../charts/bar-charts.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import { usChoroplethSpec } from '../charts/us-map.ts'
import { fySpan, REPORT_FILES, type FyReport } from './fy-report.ts'
import { num } from './format.ts'

export type ReportChartFile = typeof REPORT_FILES.participantsChart | typeof REPORT_FILES.map

/** The Vega-Lite spec of each chart, by file name. */
export function reportChartSpecs(r: FyReport): Record<ReportChartFile, TopLevelSpec> {
  return {
    [REPORT_FILES.participantsChart]: barChartSpec({
      bars: r.byFiscalYear.map((y) => ({ label: `FY${y.fiscalYear}`, value: y.participants, highlight: y.fiscalYear === r.fy })),
      title: `Participants per fiscal year / 年度別延べ参加者数（${fySpan(r, 'ja')}）`,
      subtitle: `Total ${num(r.cumulativeTotals.participants)} / 延べ参加者数 合計 ${num(r.cumulativeTotals.participants)}名`,
      xTitle: 'Fiscal year (April–March) / 年度（4月〜翌年3月）',
      yTitle: 'Participants / 延べ参加者数',
    }),
    [REPORT_FILES.map]: usChoroplethSpec({
      counts: new Map(r.states.map((s) => [s.code, s.cumulativeEvents])),
      title: `Cumulative events by state, ${fySpan(r, 'en')} / 州別累計実施件数（${fySpan(r, 'ja')}）`,
      subtitle: `${r.coverage.statesCoveredCumulative} of 50 states covered / 50州中${r.coverage.statesCoveredCumulative}州で実施 · an event in several states counts in each / 複数州にまたがる事業は各州で計上`,
      legendTitle: 'Events / 実施件数',
    }),
  }
}

export interface ReportCharts {
  /** PNG of each chart that was drawn, in the order of the report. */
  drawn: Array<{ file: ReportChartFile; png: Buffer }>
  /** Each chart that could not be drawn, with why (an AppError when a user can act on it). */
  missing: Array<{ file: ReportChartFile; error: Error }>
}

/** Draws both charts at once; never rejects. */
export async function renderReportCharts(r: FyReport, charts: ChartRenderer): Promise<ReportCharts> {
  const specs = Object.entries(reportChartSpecs(r)) as Array<[ReportChartFile, TopLevelSpec]>
  const settled = await Promise.allSettled(specs.map(([, spec]) => charts.render(spec)))
  const result: ReportCharts = { drawn: [], missing: [] }
  settled.forEach((s, i) => {
    const file = specs[i]?.[0]
    if (file === undefined) return
    if (s.status === 'fulfilled') result.drawn.push({ file, png: s.value.png })
    else result.missing.push({ file, error: s.reason instanceof Error ? s.reason : new Error(String(s.reason)) })
  })
  return result
}
