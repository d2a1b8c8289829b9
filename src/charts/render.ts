// Charts: a Vega-Lite spec is compiled to Vega, drawn to SVG headless, and rasterised to PNG by resvg with
// the CJK font loaded explicitly. Pure apart from reading the font file; the same spec gives the same PNG.
import { Resvg } from '@resvg/resvg-js'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import { findCjkFont, type ChartFont } from './fonts.ts'

export interface RenderedChart {
  svg: string
  png: Buffer
  width: number
  height: number
}

export interface RenderOptions {
  font?: ChartFont
  /** Pixel density: 2 gives sharp images on high-resolution screens and in Slack. */
  scale?: number
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

/** SVG → PNG with only the given font files (no system fonts: the same output everywhere). */
export function svgToPng(svg: string, options: { fontFiles: string[]; defaultFontFamily: string; scale?: number }): { png: Buffer; pixels: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: options.fontFiles, defaultFontFamily: options.defaultFontFamily },
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
  })
  const image = resvg.render()
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height }
}

/** The font settings every chart spec shares, so labels in both languages use the CJK font. */
export function chartConfig(font: ChartFont) {
  return {
    font: font.family,
    view: { stroke: null },
    title: { fontSize: 16, fontWeight: 'normal' as const, anchor: 'start' as const, offset: 12 },
    axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const },
    legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const },
  }
}

export async function renderChart(build: (font: ChartFont) => TopLevelSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const font = options.font ?? findCjkFont()
  const svg = await vegaLiteToSvg(build(font))
  const { png, width, height } = svgToPng(svg, { fontFiles: [font.file], defaultFontFamily: font.family, scale: options.scale ?? 2 })
  return { svg, png, width, height }
}
