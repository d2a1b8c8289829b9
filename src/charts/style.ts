// What every chart spec shares: fonts, title and axis sizes, its size in Slack, and its frame: the title on
// top, the source line (出典) under the chart. Labels name only the generic family: the renderer loads exactly
// one font (Noto Sans JP, or GRASSROOTS_FONT) and maps the generic families to it, so a spec never depends on
// which font file draws it.
import type { TopLevelSpec } from 'vega-lite'
import { formatDate } from '../i18n/format.ts'
import type { Lang } from '../i18n/types.ts'

export const CHART_FONT_FAMILY = 'sans-serif'

/**
 * The plotting area of a chart, in SVG units (the PNG is twice that): wide enough to read in a Slack message
 * and never a strip. Slack shows an image at most about 360 px high in the message, scaled to the column's
 * width, so a chart much wider than twice its height shrinks to unreadable text; 640 × 360 (16:9) with the
 * titles and axes around it stays below 2:1.
 */
export const CHART_SIZE = { width: 640, height: 360 } as const

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

/**
 * The source line under a chart, in the languages given (Japanese first when both):
 * '出典：登録事業データ（2023年8月1日時点で集計）', 'Source: recorded events, counted as of 1 Aug 2023'.
 */
export function chartSource(asOf: string, langs: readonly Lang[]): string {
  const text: Record<Lang, string> = {
    ja: `出典：登録事業データ（${formatDate(asOf, 'ja')}時点で集計）`,
    en: `Source: recorded events, counted as of ${formatDate(asOf, 'en')}`,
  }
  return langs.map((l) => text[l]).join(' / ')
}

export interface ChartFrame {
  title: string
  subtitle?: string | undefined
  /** The source line drawn under the chart (chartSource). */
  source: string
  /** Extra room around the whole chart (Vega padding), e.g. for long Japanese row labels. */
  padding?: { left: number; right: number; top: number; bottom: number }
}

/**
 * A chart in its frame: the title (and subtitle) above, the chart itself (a Vega-Lite unit or layer spec,
 * with its own data, size and encodings), and the source line under it, left-aligned.
 */
export function framedChart(chart: Record<string, unknown>, frame: ChartFrame): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: frame.subtitle === undefined ? frame.title : { text: frame.title, subtitle: frame.subtitle },
    config: chartConfig(),
    ...(frame.padding ? { padding: frame.padding } : {}),
    spacing: 6,
    vconcat: [
      chart,
      {
        // one line of text, no axes: the source of the figures, as under a ministry's chart
        data: { values: [{ source: frame.source }] },
        width: 10,
        height: 14,
        mark: { type: 'text', align: 'left', baseline: 'top', fontSize: 11, color: '#555555' },
        encoding: { text: { field: 'source' }, x: { value: 0 }, y: { value: 0 } },
      },
    ],
  } as unknown as TopLevelSpec
}
