// Charts render to real PNGs with Japanese glyphs, not tofu, with the font npm installs: a string is drawn
// with it and without any font that has Japanese glyphs, and glyphs are compared with each other (missing
// glyphs all look the same). The renderer draws off the main thread, in a bounded pool.
import fs from 'node:fs'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { answerBarChartSpec } from '../../src/charts/answer-charts.ts'
import { barChartSpec, groupedBarChartSpec } from '../../src/charts/bar-charts.ts'
import { defaultChartFontFile, loadChartFont } from '../../src/charts/fonts.ts'
import { renderChartHere, svgToPng, vegaLiteToSvg } from '../../src/charts/render.ts'
import { createChartRenderer } from '../../src/charts/renderer.ts'
import { chartSource } from '../../src/charts/style.ts'
import { binOf, EVENT_BINS, stateShapes, usChoroplethSpec } from '../../src/charts/us-map.ts'
import { STATES } from '../../src/domain/states.ts'
import { isAppError } from '../../src/errors.ts'
import { testCharts } from '../helpers/charts.ts'
import { tmpDir } from '../helpers/tmp.ts'

const fontFile = defaultChartFontFile()
const font = loadChartFont(fontFile)
const NO_FONT = '/nonexistent/font.ttf'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const dir = tmpDir('grassroots-charts-')
const charts = testCharts()

/** Pixels darker than `threshold` (sum of R, G, B; white is 765), counted on a white background. */
function ink(pixels: Buffer, threshold = 600): number {
  let dark = 0
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < threshold) dark++
  return dark
}

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><text x="10" y="45" font-size="40" font-family="sans-serif">${text}</text></svg>`

const drawText = (text: string, with_: Uint8Array | null) => svgToPng(textSvg(text), { font: with_, scale: 1 })

const participantsSpec = () =>
  barChartSpec({
    bars: [{ label: '2021年度', value: 330_000 }, { label: '2022年度', value: 300_000, highlight: true }],
    title: '年度別延べ参加者数',
    xTitle: '年度',
    yTitle: '延べ参加者数（万名）',
    yScale: 'man',
    legend: { highlight: '2022年度（本報告の対象年度）', other: 'その他の年度' },
    source: chartSource('2023-08-01', ['ja']),
  })

const mapSpec = () =>
  usChoroplethSpec({
    counts: new Map(STATES.map((s, i) => [s.code, (i * 7) % 120])),
    title: 'Cumulative events by state / 州別累計実施件数',
    subtitle: '50州中50州で実施',
    legendTitle: '実施件数（件）/ Events',
    source: chartSource('2023-08-01', ['ja', 'en']),
  })

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error('expected a rejection')
}

describe('the chart font', () => {
  it('is Noto Sans JP from the npm package, not a system font', () => {
    expect(fontFile).toContain(`${path.sep}node_modules${path.sep}@expo-google-fonts${path.sep}noto-sans-jp${path.sep}`)
    expect(fontFile.endsWith('.ttf')).toBe(true)
    expect(() => loadChartFont(fontFile)).not.toThrow()
    // read whole, once: the bytes the render workers keep
    expect(font.length).toBe(fs.statSync(fontFile).size)
  })

  it('a missing file or one that is not a font is a clear error naming the file and why', () => {
    const garbage = path.join(dir, 'garbage.ttf')
    fs.writeFileSync(garbage, 'not a font at all')
    for (const [file, reason] of [[NO_FONT, 'missing'], [garbage, 'not_font'], [dir, 'unreadable']] as const) {
      try {
        loadChartFont(file)
        expect.unreachable()
      } catch (e) {
        expect(isAppError(e) && e.key).toBe('chart_font_unreadable')
        expect(isAppError(e) && e.params).toEqual({ file, reason })
      }
    }
  })

  it('draws Japanese characters as distinct glyphs, where without a Japanese font they come out the same', async () => {
    const cjk1 = await drawText('日', font)
    const cjk2 = await drawText('本', font)
    expect(ink(cjk1.pixels)).toBeGreaterThan(100)
    expect(ink(cjk2.pixels)).toBeGreaterThan(100)
    expect(cjk1.pixels.equals(cjk2.pixels)).toBe(false)
    // The control: without Japanese glyphs, the two characters come out identical (box or nothing).
    const tofu1 = await drawText('日', null)
    const tofu2 = await drawText('本', null)
    expect(tofu1.pixels.equals(tofu2.pixels)).toBe(true)
    expect(cjk1.pixels.equals(tofu1.pixels)).toBe(false)
  })
})

describe('bar chart', () => {
  it('renders a non-empty PNG whose Japanese title is drawn with real glyphs', async () => {
    const chart = await renderChartHere(participantsSpec(), { font })
    expect(chart.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(chart.width).toBeGreaterThan(300)
    const withCjk = await svgToPng(chart.svg, { font, scale: 1 })
    const total = withCjk.width * withCjk.height
    expect(ink(withCjk.pixels) / total).toBeGreaterThan(0.05)
    // The same SVG without a font with Japanese: the picture differs (the Japanese labels change).
    const withoutCjk = await svgToPng(chart.svg, { font: null, scale: 1 })
    expect(withoutCjk.pixels.equals(withCjk.pixels)).toBe(false)
    expect(chart.svg).toContain('年度別延べ参加者数')
  })
})

describe('the chart renderer (worker threads)', () => {
  it('gives the same PNG as drawing on the calling thread', async () => {
    const [pooled, here] = await Promise.all([charts.render(participantsSpec()), renderChartHere(participantsSpec(), { font })])
    expect(pooled.svg).toBe(here.svg)
    expect(pooled.png.equals(here.png)).toBe(true)
    expect([pooled.width, pooled.height]).toEqual([here.width, here.height])
  })

  it('keeps the event loop free while it draws the 51-state map (drawn here, it blocks for the whole chart)', async () => {
    await charts.render(participantsSpec()) // the worker is up: what follows measures drawing only
    // three maps, so that the control stays heavy on a fast machine too
    const t0 = performance.now()
    for (let i = 0; i < 3; i++) await renderChartHere(mapSpec(), { font })
    const blocking = performance.now() - t0
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    const drawn = []
    for (let i = 0; i < 3; i++) drawn.push(await charts.render(mapSpec()))
    delay.disable()
    for (const chart of drawn) expect(chart.width).toBeGreaterThan(1900)
    const worstMs = delay.max / 1e6
    // drawn here, one map alone holds the loop for its whole drawing; in the pool, never for long
    expect(blocking).toBeGreaterThan(200)
    expect(worstMs).toBeLessThan(Math.min(150, blocking / 6))
  })

  it('refuses charts beyond its queue with a clear error, and draws those it accepted', async () => {
    const small = createChartRenderer({ threads: 1, maxQueue: 1 })
    try {
      const accepted = [small.render(participantsSpec()), small.render(participantsSpec())]
      const refused = await rejection(small.render(participantsSpec()))
      expect(isAppError(refused) && refused.key).toBe('chart_queue_full')
      expect(isAppError(refused) && refused.params).toEqual({ limit: 2 })
      for (const c of await Promise.all(accepted)) expect(c.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
      // room again once they are drawn
      expect((await small.render(participantsSpec())).png.length).toBeGreaterThan(1000)
    } finally {
      await small.close()
    }
    const closed = await rejection(small.render(participantsSpec()))
    expect(isAppError(closed) && closed.key).toBe('chart_renderer_closed')
  })

  it('answers every chart with the font problem when the font cannot be used (GRASSROOTS_FONT to a bad file)', async () => {
    const garbage = path.join(dir, 'garbage-font.otf')
    fs.writeFileSync(garbage, Buffer.alloc(1000, 7))
    const bad = createChartRenderer({ threads: 1, fontFile: garbage })
    try {
      for (let i = 0; i < 2; i++) {
        const e = await rejection(bad.render(participantsSpec()))
        expect(isAppError(e) && e.key).toBe('chart_font_unreadable')
        expect(isAppError(e) && e.params).toEqual({ file: garbage, reason: 'not_font' })
      }
    } finally {
      await bad.close()
    }
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
    const svg = await vegaLiteToSvg(usChoroplethSpec({ counts, title: '州別累計実施件数', legendTitle: '件数', source: chartSource('2023-08-01', ['ja']) }))
    const fills = (color: string) => (svg.match(new RegExp(`fill="${color}"`, 'gi')) ?? []).length
    const color = (n: number) => binOf(n).color
    // One state per non-zero bin here; every other state (and DC) is in the "0" bin, plus legend symbols.
    expect(fills(color(120))).toBeGreaterThanOrEqual(1)
    expect(fills(color(3))).toBeGreaterThanOrEqual(1)
    expect(fills(color(0))).toBeGreaterThanOrEqual(STATES.length - 3)
    for (const b of EVENT_BINS) expect(svg).toContain(`>${b.label}<`)
    const png = await svgToPng(svg, { font, scale: 1 })
    expect(png.width).toBeGreaterThan(900)
    // Land (even the light grey of "no events") covers a good part of the frame.
    expect(ink(png.pixels, 750) / (png.width * png.height)).toBeGreaterThan(0.3)
  })
})

describe('every chart explains itself and reads in Slack', () => {
  /** The SVG's size in units (the PNG is twice that). */
  const size = (svg: string) => {
    const m = /<svg[^>]*width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svg)
    return { width: Number(m?.[1]), height: Number(m?.[2]) }
  }
  const answerRows = (n: number) =>
    answerBarChartSpec({
      bars: STATES.slice(0, n).map((s, i) => ({ label: s.nameJa, value: 100 + i })),
      title: '2022年度の州別実施件数',
      subtitle: 'Events by state, FY2022',
      valueTitle: '実施件数（件）',
      format: ',d',
      orientation: 'rows',
      source: chartSource('2023-08-01', ['ja']),
    })
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月']
  const digest = () =>
    groupedBarChartSpec({
      bars: months.flatMap((m, i) => [{ category: m, series: '2021年度（同期）', value: i }, { category: m, series: '2022年度', value: i + 2 }]),
      categories: months,
      series: ['2021年度（同期）', '2022年度'],
      title: '月別実施件数',
      yTitle: '実施件数（件）/ Events',
      source: chartSource('2023-01-29', ['ja', 'en']),
    })
  const all = { participants: participantsSpec, map: mapSpec, digest, twoRows: () => answerRows(2), fiftyOneRows: () => answerRows(51) }

  it('draws the source line (出典) under every chart', async () => {
    for (const [name, spec] of Object.entries(all)) {
      const svg = await vegaLiteToSvg(spec())
      expect(svg, name).toContain('出典：登録事業データ（')
    }
  })

  it('is never a strip: wider than tall, at most a little over 2:1, whatever the number of bars', async () => {
    for (const [name, spec] of Object.entries(all)) {
      const { width, height } = size(await vegaLiteToSvg(spec()))
      expect(width, name).toBeGreaterThanOrEqual(400)
      expect(width / height, `${name}: ${width}×${height}`).toBeLessThanOrEqual(2.2)
    }
  })

  it('explains the highlighted bar in a legend, gives the axis in 万名, and refuses a highlight without a legend', async () => {
    const svg = await vegaLiteToSvg(participantsSpec())
    expect(svg).toContain('2022年度（本報告の対象年度）')
    expect(svg).toContain('その他の年度')
    expect(svg).toContain('延べ参加者数（万名）')
    // ticks in 万 (0, 5, 10 … 30), not in persons (100,000, 200,000 …); the bars keep their exact figures
    expect(svg).toMatch(/>30</)
    expect(svg).not.toMatch(/>100,000</)
    expect(svg).toMatch(/>300,000</)
    expect(() =>
      barChartSpec({ bars: [{ label: '2022年度', value: 1, highlight: true }], title: 't', xTitle: 'x', yTitle: 'y', source: 's' }),
    ).toThrow(RangeError)
  })

  it('names the digest months as 4月 (Japanese first), never "Apr 4月", with the unit on the axis', async () => {
    const svg = await vegaLiteToSvg(digest())
    expect(svg).toContain('>4月<')
    expect(svg).not.toMatch(/Apr/)
    expect(svg).toContain('実施件数（件）')
    expect(svg).toContain('2021年度（同期）')
  })
})
