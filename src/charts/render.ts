// Drawing a chart: a Vega-Lite spec is compiled to Vega, drawn to SVG headless, and rasterised to PNG by resvg
// with one font held in memory and no system fonts (the same picture on every machine). CPU-heavy (seconds for a big
// chart): the app calls these only inside the render workers (renderer.ts); benchmarks and tests call them
// directly. Pure; the same spec and font give the same PNG.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'

export interface RenderedChart {
  svg: string
  png: Buffer
  /** Size of the PNG in pixels (the SVG's size times the scale). */
  width: number
  height: number
}

/** Vega-Lite → SVG text. Fonts are named in the SVG only; they are resolved when rasterising. */
export async function vegaLiteToSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

const require = createRequire(import.meta.url)
let resvgReady: Promise<void> | undefined

/**
 * resvg's WebAssembly module, compiled and instantiated once per thread (about 2.5 MB; the first large chart
 * after it also pays V8's optimising compile). The WebAssembly build is used rather than the native one
 * because only it takes fonts from memory: the native build re-opens the font file for every glyph.
 */
function ensureResvg(): Promise<void> {
  resvgReady ??= initWasm(fs.readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
  return resvgReady
}

/**
 * SVG → PNG with only `font` (the bytes of one TrueType/OpenType font, loaded once by the caller with
 * fonts.ts loadChartFont; every family, generic or named, falls back to it; null: no font at all, text is not
 * drawn). `scale` is the pixel density (2: sharp on high-resolution screens and in Slack). `pixels` is RGBA,
 * for tests that look at ink. A font resvg cannot parse is drawn without text, so callers check it first.
 */
export async function svgToPng(svg: string, options: { font: Uint8Array | null; scale?: number }): Promise<{ png: Buffer; pixels: Buffer; width: number; height: number }> {
  await ensureResvg()
  const resvg = new Resvg(svg, {
    // an empty default family makes resvg use the family of the one font loaded, for generic names too
    font: { loadSystemFonts: false, fontBuffers: options.font ? [options.font] : [], defaultFontFamily: '' },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
  })
  try {
    const image = resvg.render()
    try {
      return { png: Buffer.from(image.asPng()), pixels: Buffer.from(image.pixels), width: image.width, height: image.height }
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}

/** Spec → SVG → PNG, on the calling thread. */
export async function renderChartHere(spec: TopLevelSpec, options: { font: Uint8Array | null; scale?: number }): Promise<RenderedChart> {
  const svg = await vegaLiteToSvg(spec)
  const { png, width, height } = await svgToPng(svg, options)
  return { svg, png, width, height }
}
