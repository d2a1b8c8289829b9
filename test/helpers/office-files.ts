// Reads back the report's deck and workbook with libraries only (no office suite): the slides' texts, charts,
// pictures and tables through jszip and the slide XML; the workbook through exceljs.
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

export interface SlideContent {
  /** 1-based. */
  number: number
  /** Every paragraph's text (its runs joined), in order. */
  paragraphs: string[]
  /** All the text of the slide, paragraphs joined by newlines. */
  text: string
  /** Files the slide uses (ppt/charts/chart1.xml, ppt/media/image-1-1.png…). */
  targets: string[]
  /** Native tables (a:tbl): rows of cell texts. */
  tables: string[][][]
}

export interface ChartContent {
  file: string
  /** e.g. barChart. */
  type: string
  categories: string[]
  values: number[]
  formatCodes: string[]
  /** The value axis's display unit (c:dispUnits, e.g. tenThousands); null when the values are shown as they are. */
  valueAxisUnit: string | null
  /** The value axis's title text; null without one. */
  valueAxisTitle: string | null
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&')

const texts = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('')

export async function readDeck(bytes: Buffer): Promise<{ slides: SlideContent[]; charts: ChartContent[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes)
  const slideFiles = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
  const slides: SlideContent[] = []
  for (const f of slideFiles) {
    const xml = await zip.file(f)!.async('string')
    const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => texts(m[1] ?? '')).filter((p) => p !== '')
    const rels = (await zip.file(f.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))?.async('string')) ?? ''
    const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/^\.\.\//, 'ppt/'))
    const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((t) =>
      [...(t[1] ?? '').matchAll(/<a:tr[ >]([\s\S]*?)<\/a:tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<a:tc[ >]([\s\S]*?)<\/a:tc>/g)].map((c) => texts(c[1] ?? ''))),
    )
    slides.push({ number: slides.length + 1, paragraphs, text: paragraphs.join('\n'), targets, tables })
  }
  const charts: ChartContent[] = []
  for (const f of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort()) {
    const xml = await zip.file(f)!.async('string')
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? ''
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(xml)?.[1] ?? ''
    charts.push({
      file: f,
      type: /<c:(\w+Chart)>/.exec(xml)?.[1] ?? '',
      categories: [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescapeXml(m[1] ?? '')),
      values: [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1])),
      formatCodes: [...xml.matchAll(/formatCode="([^"]*)"/g)].map((m) => unescapeXml(m[1] ?? '')),
      valueAxisUnit: /<c:builtInUnit val="(\w+)"/.exec(xml)?.[1] ?? null,
      valueAxisTitle: ((t) => (t === undefined ? null : texts(t)))(/<c:valAx>[\s\S]*?<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1]),
    })
  }
  return { slides, charts, zip }
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

/** A text box (p:sp with text) of a slide, lengths in inches, font sizes and spacing in points. */
export interface TextBox {
  slide: number
  x: number
  y: number
  w: number
  h: number
  /** Left, top, right, bottom insets; PowerPoint's defaults (0.1, 0.05, 0.1, 0.05) where the XML sets none. */
  insets: [number, number, number, number]
  /** Whether the box draws a border (a:ln with a fill) or a background (a:solidFill in p:spPr). */
  framed: boolean
  paragraphs: { text: string; pt: number; bold: boolean; marginLeft: number; spaceBefore: number; spaceAfter: number }[]
}

const EMU = 914_400

/** Every text box of every slide, read from the slide XML. */
export async function readTextBoxes(zip: JSZip): Promise<TextBox[]> {
  const files = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
  const boxes: TextBox[] = []
  for (const [i, f] of files.entries()) {
    const xml = await zip.file(f)!.async('string')
    for (const sp of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
      const body = /<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(sp)?.[1]
      const xfrm = /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)
      if (body === undefined || xfrm === null) continue
      const [x, y, w, h] = xfrm.slice(1, 5).map((v) => Number(v) / EMU) as [number, number, number, number]
      const bodyPr = /<a:bodyPr\b[^>]*>/.exec(body)?.[0] ?? ''
      const inset = (name: string, dflt: number) => {
        const v = new RegExp(`\\b${name}="(\\d+)"`).exec(bodyPr)?.[1]
        return v === undefined ? dflt : Number(v) / EMU
      }
      const spPr = /<p:spPr>([\s\S]*?)<\/p:spPr>/.exec(sp)?.[1] ?? ''
      const framed = /<a:ln\b[^>]*>\s*<a:solidFill>/.test(spPr) || /^(?:(?!<a:ln)[\s\S])*<a:solidFill>/.test(spPr)
      const paragraphs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
        .map((m) => {
          const p = m[1] ?? ''
          const sz = /<a:rPr\b[^>]*\bsz="(\d+)"/.exec(p)?.[1]
          const pts = (tag: string) => Number(new RegExp(`<a:${tag}><a:spcPts val="(\\d+)"`).exec(p)?.[1] ?? 0) / 100
          return {
            text: texts(p),
            pt: sz === undefined ? 18 : Number(sz) / 100,
            bold: /<a:rPr\b[^>]*\bb="1"/.test(p),
            marginLeft: Number(/<a:pPr\b[^>]*\bmarL="(\d+)"/.exec(p)?.[1] ?? 0) / EMU,
            spaceBefore: pts('spcBef'),
            spaceAfter: pts('spcAft'),
          }
        })
        .filter((p) => p.text !== '')
      if (paragraphs.length === 0) continue
      boxes.push({ slide: i + 1, x, y, w, h, insets: [inset('lIns', 0.1), inset('tIns', 0.05), inset('rIns', 0.1), inset('bIns', 0.05)], framed, paragraphs })
    }
  }
  return boxes
}

/** A best practice's date as a heading line of its own: （2022年5月））, （2018年～））, (May 2022)), (since 2018)). */
const DATE_LINE = /^[（(](?:\d{4}年\d{1,2}月|\d{4}年～|[A-Z][a-z]+ \d{4}|since \d{4})[）)]+$/

/**
 * The paragraphs with a best-practice heading that the deck broke before its date (deck.ts, headingLinesAt)
 * joined again, so that a test reads the heading as the seed writes it; a date line that does not follow
 * another line stays as it is.
 */
export function joinDateLines(paragraphs: readonly string[]): string[] {
  return paragraphs.reduce<string[]>((out, p) => {
    if (DATE_LINE.test(p) && out.length > 0) out[out.length - 1] += p
    else out.push(p)
    return out
  }, [])
}
