// Worker-thread entry of the chart renderer (renderer.ts): the whole spec → SVG → PNG runs here, off the app's
// only JavaScript thread. The font is read once per worker and kept in memory; a problem with it is answered, to every task,
// as a message key the main thread turns back into an AppError (errors do not keep their class across threads).
import { workerData } from 'node:worker_threads'
import type { TopLevelSpec } from 'vega-lite'
import { AppError, isAppError } from '../errors.ts'
import type { MessageKey, MessageParams } from '../i18n/index.ts'
import { lowerThreadPriority } from '../runtime/priority.ts'
import { loadChartFont } from './fonts.ts'
import { renderChartHere } from './render.ts'

export interface RenderWorkerData {
  fontFile: string
}

export interface RenderTask {
  spec: TopLevelSpec
  scale: number
}

export type RenderOutcome =
  | { ok: true; svg: string; png: Uint8Array; width: number; height: number }
  | { ok: false; key: MessageKey; params: MessageParams }

const { fontFile } = workerData as RenderWorkerData

// a chart can wait; the app's thread, acknowledging Slack's requests, cannot: it gets a core first
lowerThreadPriority()

/** The font's bytes, read once per worker, or why it cannot be used. */
function loadFontOnce(): { font: Uint8Array; problem: null } | { font: null; problem: AppError } {
  try {
    return { font: loadChartFont(fontFile), problem: null }
  } catch (e) {
    if (isAppError(e)) return { font: null, problem: e }
    throw e
  }
}

const { font, problem: fontProblem } = loadFontOnce()

export default async function render(task: RenderTask): Promise<RenderOutcome> {
  if (fontProblem !== null) return { ok: false, key: fontProblem.key, params: fontProblem.params }
  const chart = await renderChartHere(task.spec, { font, scale: task.scale })
  return { ok: true, svg: chart.svg, png: chart.png, width: chart.width, height: chart.height }
}
