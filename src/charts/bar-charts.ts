// Bar charts of the report and the digest, as Vega-Lite specs. Values come from the caller (store queries);
// the chart only draws them, with the figure printed on each bar so nobody reads a number off an axis.
import type { TopLevelSpec } from 'vega-lite'
import { chartConfig } from './style.ts'

const BAR = '#3787c0'
const HIGHLIGHT = '#c0392b'

export interface Bar {
  label: string
  value: number
  highlight?: boolean
}

/** One bar per category, in the given order, with the value above each bar. */
export function barChartSpec(options: {
  bars: readonly Bar[]
  title: string
  subtitle?: string
  xTitle: string
  yTitle: string
}): TopLevelSpec {
  const values = options.bars.map((b) => ({ label: b.label, value: b.value, highlight: b.highlight === true }))
  const x = { field: 'label', type: 'nominal' as const, sort: null, title: options.xTitle, axis: { labelAngle: 0 } }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: Math.max(360, 90 * values.length),
    height: 320,
    title: options.subtitle === undefined ? options.title : { text: options.title, subtitle: options.subtitle },
    config: chartConfig(),
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x,
          y: { field: 'value', type: 'quantitative', title: options.yTitle, axis: { format: ',d' } },
          color: { condition: { test: 'datum.highlight', value: HIGHLIGHT }, value: BAR },
        },
      },
      {
        mark: { type: 'text', dy: -8, fontSize: 12 },
        encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: ',d' } },
      },
    ],
  } as TopLevelSpec
}

export interface GroupedBar {
  category: string
  series: string
  value: number
}

/** Bars side by side per category, one colour per series (this FY and the previous one). */
export function groupedBarChartSpec(options: {
  bars: readonly GroupedBar[]
  categories: readonly string[]
  series: readonly string[]
  title: string
  subtitle?: string
  yTitle: string
}): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: { step: 44 },
    height: 260,
    title: options.subtitle === undefined ? options.title : { text: options.title, subtitle: options.subtitle },
    config: chartConfig(),
    data: { values: options.bars.map((b) => ({ ...b })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'category', type: 'nominal', sort: [...options.categories], title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'series', sort: [...options.series] },
      y: { field: 'value', type: 'quantitative', title: options.yTitle, axis: { format: ',d', tickMinStep: 1 } },
      color: {
        field: 'series',
        type: 'nominal',
        sort: [...options.series],
        scale: { range: ['#9ecae1', BAR] },
        legend: { title: null, orient: 'top' },
      },
    },
  } as TopLevelSpec
}
