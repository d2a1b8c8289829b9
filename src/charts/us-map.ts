// A choropleth of the United States by state, from the state shapes shipped in us-atlas
// (states-albers-10m.json: already projected to Albers USA in a 975×610 frame, with Alaska and Hawaii
// drawn as insets), so the chart uses Vega-Lite's identity projection and needs no projection maths.
import { createRequire } from 'node:module'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { TopLevelSpec } from 'vega-lite'
import { STATES } from '../domain/states.ts'
import { framedChart } from './style.ts'

const require = createRequire(import.meta.url)

interface StateShape {
  code: string
  geometry: GeoJSON.Geometry
  /** Label position: the centroid of the state's largest polygon, in the atlas frame. */
  labelX: number
  labelY: number
  /** Area of the largest polygon (atlas pixels²): small states get no label inside them. */
  area: number
}

let shapes: StateShape[] | undefined

/** Signed area and centroid of a ring (shoelace formula). */
function ringCentroid(ring: GeoJSON.Position[]): { area: number; x: number; y: number } {
  let a = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? []
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? []
    const f = x0 * y1 - x1 * y0
    a += f
    cx += (x0 + x1) * f
    cy += (y0 + y1) * f
  }
  a /= 2
  return a === 0 ? { area: 0, x: 0, y: 0 } : { area: Math.abs(a), x: cx / (6 * a), y: cy / (6 * a) }
}

/** The 50 states and DC with their shapes, keyed by USPS code (loaded once). */
export function stateShapes(): StateShape[] {
  if (shapes !== undefined) return shapes
  const topology = require('us-atlas/states-albers-10m.json') as Topology<{ states: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.states)
  const byName = new Map(STATES.map((s) => [s.nameEn, s.code]))
  const result: StateShape[] = []
  for (const f of collection.features) {
    const code = byName.get(f.properties?.name ?? '')
    if (code === undefined) continue // territories, if a future atlas adds them
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []
    let best = { area: 0, x: 0, y: 0 }
    for (const p of polygons) {
      const c = ringCentroid(p[0] ?? [])
      if (c.area > best.area) best = c
    }
    result.push({ code, geometry: f.geometry, labelX: best.x, labelY: best.y, area: best.area })
  }
  shapes = result
  return result
}

export interface ColorBin {
  /** Smallest count in the bin. */
  min: number
  label: string
  color: string
}

/** Fixed bins, so maps of different years compare at a glance; the first is "no events". */
export const EVENT_BINS: readonly ColorBin[] = [
  { min: 0, label: '0', color: '#e9e9e9' },
  { min: 1, label: '1–4', color: '#d6e6f4' },
  { min: 5, label: '5–9', color: '#abd0e6' },
  { min: 10, label: '10–24', color: '#6aaed6' },
  { min: 25, label: '25–49', color: '#3787c0' },
  { min: 50, label: '50–99', color: '#105ba4' },
  { min: 100, label: '100+', color: '#08306b' },
]

export function binOf(count: number, bins: readonly ColorBin[] = EVENT_BINS): ColorBin {
  let chosen = bins[0]
  for (const b of bins) if (count >= b.min) chosen = b
  if (chosen === undefined) throw new RangeError('no bins')
  return chosen
}

const LABEL_MIN_AREA = 1200

/** The states large enough to carry a label inside them. */
export function labelledStates(): StateShape[] {
  return stateShapes().filter((s) => s.area >= LABEL_MIN_AREA)
}

/**
 * What every US map shares: the atlas frame (already projected, so the identity projection), the title, the
 * source line under the map and the fonts, and a first layer of state shapes coloured by `colorField` of each
 * feature's properties.
 */
export function usMapSpec(options: {
  features: unknown[]
  color: Record<string, unknown>
  labelLayers: unknown[]
  title: string
  subtitle?: string | undefined
  source: string
}): TopLevelSpec {
  return framedChart(
    {
      width: 975,
      height: 610,
      projection: { type: 'identity' },
      layer: [
        { data: { values: options.features }, mark: { type: 'geoshape', stroke: 'white', strokeWidth: 0.7 }, encoding: { color: options.color } },
        ...options.labelLayers,
      ],
    },
    { title: options.title, subtitle: options.subtitle, source: options.source },
  )
}

export function usChoroplethSpec(options: {
  counts: ReadonlyMap<string, number>
  title: string
  subtitle?: string
  /** The legend's title with its unit: 実施件数（件）/ Events. */
  legendTitle: string
  /** The source line under the map (chartSource). */
  source: string
}): TopLevelSpec {
  const { counts } = options
  const all = stateShapes()
  const values = all.map((s) => {
    const count = counts.get(s.code) ?? 0
    return { type: 'Feature', geometry: s.geometry, properties: { code: s.code, count, bin: binOf(count).label } }
  })
  const labels = labelledStates().map((s) => {
      const count = counts.get(s.code) ?? 0
      return { x: s.labelX, y: s.labelY, code: s.code, count: String(count), dark: binOf(count).min >= 25 }
    })
  const labelLayer = (field: 'code' | 'count', dy: number, size: number) => ({
    data: { values: labels },
    mark: { type: 'text' as const, fontSize: size, dy },
    encoding: {
      longitude: { field: 'x', type: 'quantitative' as const },
      latitude: { field: 'y', type: 'quantitative' as const },
      text: { field },
      color: { condition: { test: 'datum.dark', value: 'white' }, value: '#222222' },
    },
  })
  return usMapSpec({
    features: values,
    color: {
      field: 'properties.bin',
      type: 'ordinal',
      scale: { domain: EVENT_BINS.map((b) => b.label), range: EVENT_BINS.map((b) => b.color) },
      legend: { title: options.legendTitle, orient: 'right', symbolType: 'square', symbolSize: 200 },
    },
    labelLayers: [labelLayer('code', -5, 10), labelLayer('count', 7, 9)],
    title: options.title,
    subtitle: options.subtitle,
    source: options.source,
  })
}
