// Drawing a chart: a Vega-Lite spec is compiled to Vega, drawn to SVG headless, and rasterised to PNG by resvg
// with one font file and no system fonts (the same picture on every machine). CPU-heavy (seconds for a big
// chart): the app calls these only inside the render workers (renderer.ts); benchmarks and tests call them
// directly. Pure apart from reading the font file; the same spec gives the same PNG.
import { Resvg } from '@resvg/resvg-js'
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

/**
 * SVG → PNG with only `fontFile` (every family, generic or named, falls back to it). `scale` is the pixel
 * density (2: sharp on high-resolution screens and in Slack). `pixels` is RGBA, for tests that look at ink.
 * resvg-js 2.6 reads fonts from files only; a file it cannot use is drawn without text, so callers check the
 * font first (fonts.ts checkChartFont).
 */
export function svgToPng(svg: string, options: { fontFile: string; scale?: number }): { png: Buffer; pixels: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    // an empty default family makes resvg-js use the family of the one font loaded, for generic names too
    font: { loadSystemFonts: false, fontFiles: [options.fontFile], defaultFontFamily: '' },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
  })
  const image = resvg.render()
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height }
}

/** Spec → SVG → PNG, on the calling thread. */
export async function renderChartHere(spec: TopLevelSpec, options: { fontFile: string; scale?: number }): Promise<RenderedChart> {
  const svg = await vegaLiteToSvg(spec)
  const { png, width, height } = svgToPng(svg, options)
  return { svg, png, width, height }
}
