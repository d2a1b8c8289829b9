// The report's two charts (participants per FY, cumulative events per state), drawn by the chart renderer.
// A chart that cannot be drawn does not stop the report: it is listed with its reason, and the Markdown and
// CSV are written all the same.
import type { TopLevelSpec } from 'vega-lite'
import { barChartSpec } from '../charts/bar-charts.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import { chartSource } from '../charts/style.ts'
import { usChoroplethSpec } from '../charts/us-map.ts'
import { fyShortLabelJa } from '../domain/fiscal-year.ts'
import { formatNumber, peopleJa } from '../i18n/format.ts'
import { fySpan, REPORT_FILES, type FyReport } from './fy-report.ts'

export type ReportChartFile = typeof REPORT_FILES.participantsChart | typeof REPORT_FILES.map

/**
 * The Vega-Lite spec of each chart, by file name: Japanese first (the bureau's paper), English after, the
 * participants in 万名 as the paper gives them (each bar 約77万名; the axis in 万名), the report's year in red
 * and named in the legend, and the source line under each chart.
 */
export function reportChartSpecs(r: FyReport): Record<ReportChartFile, TopLevelSpec> {
  const source = chartSource(r.asOf, ['ja', 'en'])
  return {
    [REPORT_FILES.participantsChart]: barChartSpec({
      bars: r.byFiscalYear.map((y) => ({ label: fyShortLabelJa(y.fiscalYear), value: y.participants, highlight: y.fiscalYear === r.fy, text: peopleJa(y.participants, 'man') })),
      title: `年度別延べ参加者数（${fySpan(r, 'ja')}）/ Participants per fiscal year`,
      subtitle: `延べ参加者数 合計 ${peopleJa(r.cumulativeTotals.participants, 'man')}（${formatNumber(r.cumulativeTotals.participants)}名）/ Total ${formatNumber(r.cumulativeTotals.participants)}`,
      xTitle: '年度（4月〜翌年3月）/ Fiscal year (April–March)',
      yTitle: '延べ参加者数（万名）/ Participants (10,000s)',
      yScale: 'man',
      legend: { highlight: `${fyShortLabelJa(r.fy)}（本報告の対象年度）/ FY${r.fy}`, other: 'その他の年度 / other years' },
      source,
    }),
    [REPORT_FILES.map]: usChoroplethSpec({
      counts: new Map(r.states.map((s) => [s.code, s.cumulativeEvents])),
      title: `州別累計実施件数（${fySpan(r, 'ja')}）/ Cumulative events by state, ${fySpan(r, 'en')}`,
      subtitle: `50州中${r.coverage.statesCoveredCumulative}州で実施・複数州にまたがる事業は各州で計上 / ${r.coverage.statesCoveredCumulative} of 50 states covered; an event in several states counts in each`,
      legendTitle: '実施件数（件）/ Events',
      source,
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
