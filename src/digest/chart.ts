// The digest's one chart: events per month of the fiscal year so far, against the previous FY to the same point.
// Japanese first (4月, 2022年度), the unit on the axis, the two years named in the legend, the source under it.
import { groupedBarChartSpec } from '../charts/bar-charts.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import { chartSource } from '../charts/style.ts'
import { formatDate, formatMonthName } from '../i18n/format.ts'
import type { TopLevelSpec } from 'vega-lite'
import type { Digest } from './build.ts'

/** The chart's Vega-Lite spec (figures from the digest; counted as of the week's last day). */
export function digestChartSpec(d: Digest): TopLevelSpec {
  const categories = d.monthly.map((m) => formatMonthName(m.month, 'ja'))
  const cur = `${d.fiscalYear}年度 / FY${d.fiscalYear}`
  const prev = `${d.fiscalYear - 1}年度（同期）/ FY${d.fiscalYear - 1}, same point`
  const bars = d.monthly.flatMap((m, i) => [
    { category: categories[i] ?? '', series: prev, value: m.previous },
    { category: categories[i] ?? '', series: cur, value: m.current },
  ])
  return groupedBarChartSpec({
    bars,
    categories,
    series: [prev, cur],
    title: `月別実施件数（${d.fiscalYear}年度、${formatDate(d.period.to, 'ja')}まで）/ Events per month, FY${d.fiscalYear} to ${formatDate(d.period.to, 'en')}`,
    subtitle: `${d.fyToDate.events}件（前年度同期：${d.previousFyToDate.events}件）/ ${d.fyToDate.events} events vs ${d.previousFyToDate.events} at the same point last FY`,
    yTitle: '実施件数（件）/ Events',
    source: chartSource(d.period.to, ['ja', 'en']),
  })
}

/** The chart as PNG, drawn by `charts` (off the main thread); rejects as ChartRenderer.render does. */
export async function renderDigestChart(d: Digest, charts: ChartRenderer): Promise<Buffer> {
  return (await charts.render(digestChartSpec(d))).png
}
