// The digest's one chart: events per month of the fiscal year so far, against the previous FY to the same point.
import { groupedBarChartSpec } from '../charts/bar-charts.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import type { Digest } from './build.ts'

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The chart as PNG, drawn by `charts` (off the main thread); rejects as ChartRenderer.render does. */
export async function renderDigestChart(d: Digest, charts: ChartRenderer): Promise<Buffer> {
  const categories = d.monthly.map((m) => `${MONTHS_EN[m.month - 1] ?? m.month} ${m.month}月`)
  const cur = `FY${d.fiscalYear} / ${d.fiscalYear}年度`
  const prev = `FY${d.fiscalYear - 1} / ${d.fiscalYear - 1}年度`
  const bars = d.monthly.flatMap((m, i) => [
    { category: categories[i] ?? '', series: prev, value: m.previous },
    { category: categories[i] ?? '', series: cur, value: m.current },
  ])
  const spec = groupedBarChartSpec({
    bars,
    categories,
    series: [prev, cur],
    title: `Events per month, FY${d.fiscalYear} to ${d.period.to} / 月別実施件数（${d.fiscalYear}年度、${d.period.to}まで）`,
    subtitle: `${d.fyToDate.events} events vs ${d.previousFyToDate.events} at the same point last FY / ${d.fyToDate.events}件（前年度同期：${d.previousFyToDate.events}件）`,
    yTitle: 'Events / 実施件数',
  })
  return (await charts.render(spec)).png
}
