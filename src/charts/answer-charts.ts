// Charts that go with a question's answer in Slack: a bar chart for a breakdown (by fiscal year, office,
// region…) and a map of the states for coverage questions. Figures come from the executor's result, passed
// in by the caller; the chart only draws them, printed on each bar so nobody reads a number off an axis.
import type { TopLevelSpec } from 'vega-lite'
import type { AxisScale } from './bar-charts.ts'
import { CHART_SIZE, framedChart } from './style.ts'
import { labelledStates, stateShapes, usMapSpec } from './us-map.ts'

const fullWidthChars = (s: string) => Array.from(s).filter((c) => (c.codePointAt(0) ?? 0) >= 0x2e80).length

export interface AnswerBar {
  label: string
  value: number
}

/**
 * One bar per group, in the answer's order: columns for time (fiscal years, months), rows for names (offices,
 * regions…; long Japanese names read better horizontally). `format` is a d3 format: counts are whole
 * numbers (',d'); averages keep the executor's one decimal (',.1~f'), so a label never rounds a figure.
 * `valueTitle` names the figure with its unit (実施件数（件）); with `valueScale: 'man'` the axis counts in 万
 * (its title then says 万名) while the bars keep their exact figures. The size stays readable in Slack whatever
 * the number of bars (CHART_SIZE; rows grow with their number, never below a 2:1 frame).
 */
export function answerBarChartSpec(options: {
  bars: readonly AnswerBar[]
  title: string
  subtitle?: string
  valueTitle: string
  valueScale?: AxisScale
  format: string
  orientation: 'columns' | 'rows'
  /** The source line under the chart (chartSource). */
  source: string
}): TopLevelSpec {
  const values = options.bars.map((b) => ({ label: b.label, value: b.value }))
  const columns = options.orientation === 'columns'
  const many = values.length > 12
  const category = {
    field: 'label',
    type: 'nominal' as const,
    sort: null,
    title: null,
    axis: columns ? { labelAngle: many ? -45 : 0, labelLimit: 200 } : { labelLimit: 320 },
  }
  const axis = options.valueScale === 'man' ? { labelExpr: "format(datum.value / 10000, ',')", tickMinStep: 10_000 } : { format: options.format, tickMinStep: 1 }
  const value = { field: 'value', type: 'quantitative' as const, title: options.valueTitle, axis }
  const valueOnly = { field: 'value', type: 'quantitative' as const }
  const text = { field: 'value', type: 'quantitative' as const, format: options.format }
  const rowsWidth = CHART_SIZE.width - 120
  return framedChart(
    {
      width: columns ? CHART_SIZE.width : rowsWidth,
      // rows: 28 units each, and never less than half the width (a few rows are not a strip)
      height: columns ? CHART_SIZE.height : Math.max(Math.round(rowsWidth / 2), 28 * values.length),
      data: { values },
      layer: [
        { mark: { type: 'bar', color: '#3787c0' }, encoding: columns ? { x: category, y: value } : { y: category, x: value } },
        {
          mark: columns ? { type: 'text', dy: -8, fontSize: many ? 10 : 12 } : { type: 'text', align: 'left', dx: 4, fontSize: 12 },
          encoding: columns ? { x: category, y: valueOnly, text } : { y: category, x: valueOnly, text },
        },
      ],
    },
    {
      title: options.title,
      subtitle: options.subtitle,
      source: options.source,
      // headless Vega measures text without a canvas and under-estimates full-width (CJK) labels: make room
      padding: { left: 16 + (columns ? 0 : 6 * Math.max(0, ...values.map((v) => fullWidthChars(v.label)))), right: 24, top: 8, bottom: 8 },
    },
  )
}

export interface MapCategory {
  key: string
  label: string
  color: string
}

/**
 * The states coloured by category (first time this year / held before / none), with the USPS code on each
 * state large enough to hold it. States missing from `categoryOf` take the last category.
 */
export function usCategoryMapSpec(options: {
  categoryOf: ReadonlyMap<string, string>
  categories: readonly MapCategory[]
  title: string
  subtitle?: string
  /** The source line under the map (chartSource). */
  source: string
}): TopLevelSpec {
  const fallback = options.categories.at(-1)?.key ?? ''
  const labelOf = new Map(options.categories.map((c) => [c.key, c.label]))
  const shapes = stateShapes()
  const values = shapes.map((s) => ({
    type: 'Feature',
    geometry: s.geometry,
    properties: { code: s.code, category: labelOf.get(options.categoryOf.get(s.code) ?? fallback) ?? '' },
  }))
  const labels = labelledStates().map((s) => ({ x: s.labelX, y: s.labelY, code: s.code }))
  return usMapSpec({
    features: values,
    color: {
      field: 'properties.category',
      type: 'nominal',
      scale: { domain: options.categories.map((c) => c.label), range: options.categories.map((c) => c.color) },
      legend: { title: null, orient: 'right', symbolType: 'square', symbolSize: 200, labelLimit: 400 },
    },
    labelLayers: [
      {
        data: { values: labels },
        mark: { type: 'text', fontSize: 10, color: '#222222' },
        encoding: { longitude: { field: 'x', type: 'quantitative' }, latitude: { field: 'y', type: 'quantitative' }, text: { field: 'code' } },
      },
    ],
    title: options.title,
    subtitle: options.subtitle,
    source: options.source,
  })
}
