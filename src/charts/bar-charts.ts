// Bar charts of the report and the digest, as Vega-Lite specs. Values come from the caller (store queries);
// the chart only draws them, with the figure printed on each bar so nobody reads a number off an axis, the
// unit on the axis, a legend for every colour, and the source line under the chart (style.ts).
import type { TopLevelSpec } from 'vega-lite'
import { formatNumber } from '../i18n/format.ts'
import { CHART_SIZE, framedChart } from './style.ts'

const BAR = '#3787c0'
const HIGHLIGHT = '#c0392b'
const PREVIOUS = '#9ecae1'
// one entry a line and no label limit: headless Vega under-measures full-width (CJK) text, so entries side by
// side would overlap and a label limit would cut them
const LEGEND = { title: null, orient: 'top', direction: 'vertical', symbolType: 'square', labelLimit: 0 } as const

export interface Bar {
  label: string
  value: number
  highlight?: boolean
  /** What is printed on the bar (e.g. 約77万名); default: the value with separators. */
  text?: string
}

/**
 * The value axis in 万 (ten thousands): ticks 0, 20, 40… for 0, 200,000, 400,000 (the axis title then says
 * 万名); the data keep the exact figures.
 */
export type AxisScale = 'units' | 'man'

const axisLabels = (scale: AxisScale) => (scale === 'man' ? { labelExpr: "format(datum.value / 10000, ',')", tickMinStep: 10_000 } : { format: ',d', tickMinStep: 1 })

/**
 * One bar per category, in the given order, with the figure above each bar. A highlighted bar (the report's
 * year) is explained in the legend (`legend.highlight` for it, `legend.other` for the rest): a colour nobody
 * can read is not used. Throws RangeError when a bar is highlighted without a legend.
 */
export function barChartSpec(options: {
  bars: readonly Bar[]
  title: string
  subtitle?: string
  xTitle: string
  /** The value axis's title with its unit: 延べ参加者数（万名）/ Participants (10,000s). */
  yTitle: string
  yScale?: AxisScale
  legend?: { highlight: string; other: string }
  /** The source line under the chart (chartSource). */
  source: string
}): TopLevelSpec {
  const { legend } = options
  if (legend === undefined && options.bars.some((b) => b.highlight === true)) throw new RangeError('a highlighted bar needs a legend saying what it is')
  const values = options.bars.map((b) => ({
    label: b.label,
    value: b.value,
    text: b.text ?? formatNumber(b.value),
    group: legend === undefined ? '' : b.highlight === true ? legend.highlight : legend.other,
  }))
  const x = { field: 'label', type: 'nominal' as const, sort: null, title: options.xTitle, axis: { labelAngle: 0 } }
  const color =
    legend === undefined
      ? { value: BAR }
      : { field: 'group', type: 'nominal' as const, scale: { domain: [legend.highlight, legend.other], range: [HIGHLIGHT, BAR] }, legend: LEGEND }
  return framedChart(
    {
      width: CHART_SIZE.width,
      height: CHART_SIZE.height,
      data: { values },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: { x, y: { field: 'value', type: 'quantitative', title: options.yTitle, axis: axisLabels(options.yScale ?? 'units') }, color },
        },
        {
          mark: { type: 'text', dy: -8, fontSize: 12 },
          encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
        },
      ],
    },
    { title: options.title, subtitle: options.subtitle, source: options.source },
  )
}

export interface GroupedBar {
  category: string
  series: string
  value: number
}

/** Bars side by side per category, one colour per series (the previous FY, then this FY), named in the legend. */
export function groupedBarChartSpec(options: {
  bars: readonly GroupedBar[]
  categories: readonly string[]
  series: readonly string[]
  title: string
  subtitle?: string
  /** The value axis's title with its unit: 実施件数（件）. */
  yTitle: string
  source: string
}): TopLevelSpec {
  return framedChart(
    {
      width: CHART_SIZE.width,
      height: CHART_SIZE.height,
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
          scale: { range: [PREVIOUS, BAR] },
          legend: LEGEND,
        },
      },
    },
    { title: options.title, subtitle: options.subtitle, source: options.source },
  )
}
