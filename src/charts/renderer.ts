// The chart renderer the app uses: a bounded pool of worker threads (piscina) that each turn a Vega-Lite spec
// into SVG and PNG (render-worker.ts), so that drawing a chart (up to seconds for the 51-state map) never
// holds up the app's only JavaScript thread. The pool starts on the first chart, so commands without charts
// start no thread; close() ends it (the CLI before exiting, `serve` on SIGTERM, tests after their charts).
import type { Piscina } from 'piscina'
import type { TopLevelSpec } from 'vega-lite'
import type { ChartSettings } from '../config.ts'
import { AppError } from '../errors.ts'
import { poolWorkerFile, workerEntryUrl } from '../runtime/module-worker.ts'
import { defaultChartFontFile } from './fonts.ts'
import type { RenderedChart } from './render.ts'
import type { RenderOutcome, RenderTask, RenderWorkerData } from './render-worker.ts'

/** Charts waiting for a thread, beyond those being drawn, before render() refuses more (chart_queue_full). */
export const DEFAULT_CHART_QUEUE = 32

/** The longest one chart may take (waiting included); its thread is then ended and render() rejects. */
export const CHART_TIMEOUT_MS = 60_000

export interface ChartRenderer {
  /**
   * Draws a Vega-Lite spec in a worker thread: SVG text and a PNG of `scale` pixels per SVG unit (default 2).
   * Rejects with AppError 'chart_font_unreadable' (the font cannot be used), 'chart_queue_full' (more than
   * threads + maxQueue charts in hand) or 'chart_renderer_closed'; any other failure is a plain Error.
   */
  render(spec: TopLevelSpec, options?: { scale?: number }): Promise<RenderedChart>
  /** The font file the charts are drawn with. */
  readonly fontFile: string
  /** Lets charts in hand finish, then ends the threads; render() refuses afterwards. Safe to call twice. */
  close(): Promise<void>
}

export interface ChartRendererOptions {
  /** Undefined: Noto Sans JP from the npm package. */
  fontFile?: string | undefined
  /** Threads that draw at the same time (≥ 1). */
  threads: number
  /** Charts that may wait for a thread (default DEFAULT_CHART_QUEUE). */
  maxQueue?: number
}

/** A renderer from the configuration (GRASSROOTS_FONT, GRASSROOTS_CHART_THREADS). */
export function chartRendererFrom(settings: ChartSettings): ChartRenderer {
  return createChartRenderer({ fontFile: settings.fontFile, threads: settings.threads })
}

export function createChartRenderer(options: ChartRendererOptions): ChartRenderer {
  // resolved on first use: a font that cannot be found fails the charts, never the command that holds them
  let fontFile: string | undefined = options.fontFile
  const fontFileOf = (): string => (fontFile ??= defaultChartFontFile())
  const threads = Math.max(1, Math.floor(options.threads))
  const maxQueue = options.maxQueue ?? DEFAULT_CHART_QUEUE
  let pool: Promise<Piscina<RenderTask, RenderOutcome>> | undefined
  let closed = false
  let inHand = 0

  const start = async (): Promise<Piscina<RenderTask, RenderOutcome>> => {
    // loaded with the first chart: commands that draw none never load the pool
    const { Piscina } = await import('piscina')
    const entry = poolWorkerFile(workerEntryUrl('./render-worker.ts', import.meta.url))
    const workerData: RenderWorkerData & { tsEntry?: string } = { fontFile: fontFileOf(), ...(entry.tsEntry ? { tsEntry: entry.tsEntry } : {}) }
    const started = new Piscina<RenderTask, RenderOutcome>({
      filename: entry.filename,
      workerData,
      minThreads: 1,
      maxThreads: threads,
      maxQueue,
      // a thread beyond the first is kept a while after its last chart: starting one costs about a second
      idleTimeout: 30_000,
    })
    // a thread that fails outside any chart (e.g. while loading) is replaced by the pool; without a listener
    // the event would end the whole process
    started.on('error', (e: unknown) => process.emitWarning(`chart thread failed: ${e instanceof Error ? e.message : String(e)}`))
    return started
  }

  return {
    get fontFile() {
      return fontFileOf()
    },
    async render(spec, renderOptions = {}) {
      if (closed) throw new AppError('chart_renderer_closed')
      if (inHand >= threads + maxQueue) throw new AppError('chart_queue_full', { limit: threads + maxQueue })
      pool ??= start()
      inHand += 1
      try {
        const outcome = await (await pool).run({ spec, scale: renderOptions.scale ?? 2 }, { signal: AbortSignal.timeout(CHART_TIMEOUT_MS) })
        if (!outcome.ok) throw new AppError(outcome.key, outcome.params)
        const png = Buffer.from(outcome.png.buffer, outcome.png.byteOffset, outcome.png.byteLength)
        return { svg: outcome.svg, png, width: outcome.width, height: outcome.height }
      } finally {
        inHand -= 1
      }
    },
    async close() {
      closed = true
      const running = pool
      pool = undefined
      // a pool that never started (its font could not be found) has nothing to close
      await (await running?.catch(() => undefined))?.close()
    },
  }
}
