// What every chart spec shares: fonts, title and axis sizes. Labels name only the generic family: the renderer
// loads exactly one font (Noto Sans JP, or GRASSROOTS_FONT) and maps the generic families to it, so a spec
// never depends on which font file draws it.
export const CHART_FONT_FAMILY = 'sans-serif'

/** The Vega-Lite `config` of every chart. */
export function chartConfig() {
  return {
    font: CHART_FONT_FAMILY,
    view: { stroke: null },
    title: { fontSize: 16, fontWeight: 'normal' as const, anchor: 'start' as const, offset: 12 },
    axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const },
    legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const },
  }
}
