// Charts render to real PNGs with Japanese glyphs, not tofu: a string is drawn with the CJK font and with a
// Latin-only font, and glyphs are compared with each other (tofu boxes all look the same).
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { barChartSpec } from '../../src/charts/bar-charts.ts'
import { findCjkFont, type ChartFont } from '../../src/charts/fonts.ts'
import { renderChart, svgToPng, vegaLiteToSvg } from '../../src/charts/render.ts'
import { binOf, EVENT_BINS, stateShapes, usChoroplethSpec } from '../../src/charts/us-map.ts'
import { STATES } from '../../src/domain/states.ts'
import { isAppError } from '../../src/errors.ts'

const font = findCjkFont()
const LATIN_ONLY = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Pixels darker than `threshold` (sum of R, G, B; white is 765), counted on a white background. */
function ink(pixels: Buffer, threshold = 600): number {
  let dark = 0
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < threshold) dark++
  return dark
}

const textSvg = (text: string, family: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><text x="10" y="45" font-size="40" font-family="${family}">${text}</text></svg>`

function drawText(text: string, f: ChartFont) {
  return svgToPng(textSvg(text, f.family), { fontFiles: [f.file], defaultFontFamily: f.family, scale: 1 })
}

describe('the CJK font', () => {
  it('is found, and a missing one is a clear error', () => {
    expect(fs.existsSync(font.file)).toBe(true)
    try {
      findCjkFont([{ file: '/nonexistent/font.ttc', family: 'X' }])
      expect.unreachable()
    } catch (e) {
      expect(isAppError(e) && e.key).toBe('chart_font_missing')
    }
  })

  it('draws Japanese characters as distinct glyphs, where a Latin-only font draws tofu', () => {
    const latin: ChartFont = { file: LATIN_ONLY, family: 'DejaVu Sans' }
    const cjk1 = drawText('日', font)
    const cjk2 = drawText('本', font)
    expect(ink(cjk1.pixels)).toBeGreaterThan(100)
    expect(ink(cjk2.pixels)).toBeGreaterThan(100)
    expect(cjk1.pixels.equals(cjk2.pixels)).toBe(false)
    // The control: without Japanese glyphs, the two characters come out identical (box or nothing).
    const tofu1 = drawText('日', latin)
    const tofu2 = drawText('本', latin)
    expect(tofu1.pixels.equals(tofu2.pixels)).toBe(true)
    expect(cjk1.pixels.equals(tofu1.pixels)).toBe(false)
  })
})

describe('bar chart', () => {
  it('renders a non-empty PNG whose Japanese title is drawn with real glyphs', async () => {
    const build = (f: ChartFont) =>
      barChartSpec({
        bars: [{ label: 'FY2021', value: 330_000 }, { label: 'FY2022', value: 300_000, highlight: true }],
        title: '年度別延べ参加者数',
        xTitle: '年度',
        yTitle: '延べ参加者数',
        font: f,
      })
    const chart = await renderChart(build, { font })
    expect(chart.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(chart.width).toBeGreaterThan(300)
    const withCjk = svgToPng(chart.svg, { fontFiles: [font.file], defaultFontFamily: font.family, scale: 1 })
    const total = withCjk.width * withCjk.height
    expect(ink(withCjk.pixels) / total).toBeGreaterThan(0.05)
    // The same SVG with a font that has no Japanese: the picture differs (the Japanese labels change).
    const withoutCjk = svgToPng(chart.svg, { fontFiles: [LATIN_ONLY], defaultFontFamily: 'DejaVu Sans', scale: 1 })
    expect(withoutCjk.pixels.equals(withCjk.pixels)).toBe(false)
    expect(chart.svg).toContain('年度別延べ参加者数')
  })
})

describe('US map', () => {
  it('has the 50 states and DC from us-atlas, with Alaska and Hawaii inset in the south-west corner', () => {
    const shapes = stateShapes()
    expect(new Set(shapes.map((s) => s.code))).toEqual(new Set(STATES.map((s) => s.code)))
    const at = (code: string) => shapes.find((s) => s.code === code)
    const ak = at('AK')
    const hi = at('HI')
    const me = at('ME')
    const ca = at('CA')
    // Insets: drawn below the lower 48's west coast, inside the 975×610 frame.
    expect(ak && ca && ak.labelY > ca.labelY && ak.labelX < 400).toBe(true)
    expect(hi && ca && hi.labelY > ca.labelY && hi.labelX < 450).toBe(true)
    expect(me && ca && me.labelX > 900 - 100 && ca.labelX < 200).toBe(true)
    for (const s of shapes) {
      expect(s.labelX).toBeGreaterThan(0)
      expect(s.labelX).toBeLessThan(975)
      expect(s.labelY).toBeGreaterThan(0)
      expect(s.labelY).toBeLessThan(610)
    }
  })

  it('bins counts at the bin edges', () => {
    expect(binOf(0).label).toBe('0')
    expect(binOf(1).label).toBe('1–4')
    expect(binOf(4).label).toBe('1–4')
    expect(binOf(5).label).toBe('5–9')
    expect(binOf(99).label).toBe('50–99')
    expect(binOf(100).label).toBe('100+')
    expect(binOf(12345).label).toBe('100+')
  })

  it('colours each state by its count and renders a PNG with a legend', async () => {
    const counts = new Map([['WI', 3], ['CA', 120], ['TX', 30]])
    const svg = await vegaLiteToSvg(usChoroplethSpec({ counts, title: '州別累計実施件数', legendTitle: '件数', font }))
    const fills = (color: string) => (svg.match(new RegExp(`fill="${color}"`, 'gi')) ?? []).length
    const color = (n: number) => binOf(n).color
    // One state per non-zero bin here; every other state (and DC) is in the "0" bin, plus legend symbols.
    expect(fills(color(120))).toBeGreaterThanOrEqual(1)
    expect(fills(color(3))).toBeGreaterThanOrEqual(1)
    expect(fills(color(0))).toBeGreaterThanOrEqual(STATES.length - 3)
    for (const b of EVENT_BINS) expect(svg).toContain(`>${b.label}<`)
    const png = svgToPng(svg, { fontFiles: [font.file], defaultFontFamily: font.family, scale: 1 })
    expect(png.width).toBeGreaterThan(900)
    // Land (even the light grey of "no events") covers a good part of the frame.
    expect(ink(png.pixels, 750) / (png.width * png.height)).toBeGreaterThan(0.3)
  })
})
