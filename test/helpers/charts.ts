// The chart renderer tests use: the real worker pool with the packaged font, closed after the test file.
import { afterAll } from 'vitest'
import { createChartRenderer, type ChartRenderer, type ChartRendererOptions } from '../../src/charts/renderer.ts'

/** A renderer of its own for this test file (one thread unless asked), closed in afterAll. */
export function testCharts(options: Partial<ChartRendererOptions> = {}): ChartRenderer {
  const charts = createChartRenderer({ threads: 1, ...options })
  afterAll(() => charts.close())
  return charts
}
