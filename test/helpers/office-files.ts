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
    })
  }
  return { slides, charts, zip }
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}
