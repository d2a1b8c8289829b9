#!/usr/bin/env node
// CI check that the FY2022 slide deck and workbook open in an office suite other than the library that wrote
// them: generates them on a fresh demo database (`grassroots demo`, the same files `npm run demo` writes),
// converts both to PDF with LibreOffice in headless mode, renders the pages to PNG, and checks
//   - the deck's PDF has one page per slide (slides counted from the .pptx with jszip);
//   - every slide's page has Japanese text drawn: pdftotext finds kana or kanji on it, the slide's own
//     Japanese paragraphs are among them, and pdffonts shows a font that fontconfig knows covers Japanese
//     embedded on that page (text set in a Latin-only font would be drawn as empty boxes, "tofu");
//   - the workbook's PDF has at least one page with Japanese text drawn the same way;
//   - every rendered PNG has ink on it (decoded with pngjs: not a blank page).
// Any failure exits 1 with a message naming the slide or page. Needs soffice (LibreOffice Impress and Calc),
// pdftotext/pdffonts/pdftoppm (poppler-utils) and a Japanese font (fonts-noto-cjk); `.ci/run` installs them.
// LibreOffice is for this check only: `npm test` and `npm run demo` never need it.
//   node scripts/render-office.mjs [--out DIR] [--documents DIR]
//     --out DIR        where the PDFs and PNGs go (default out/office-render, gitignored)
//     --documents DIR  check the report.pptx and report.xlsx already in DIR instead of generating them
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PNG } from 'pngjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const JSZip = createRequire(path.join(root, 'package.json'))('jszip')
const { values } = parseArgs({ options: { out: { type: 'string' }, documents: { type: 'string' } } })
const outDir = path.resolve(values.out ?? path.join(root, 'out', 'office-render'))
/** PNG resolution (dots per inch): a 13.33 × 7.5 in slide is 800 × 450 pixels. */
const DPI = 60
/** Kana and kanji (not full-width Latin or punctuation, which Latin fonts may also have). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/gu
/** A page has ink when at least this share of its pixels is not near white. A blank page is 0; the sparsest
 * page of the deck (the cover) measured about 2% at 60 dpi. */
const MIN_INK = 0.003

const failures = []
const fail = (msg) => failures.push(msg)
const started = Date.now()
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-office-'))

/** Runs a command; its stdout, or exits 1 naming the command with its stderr. */
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000, ...options })
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`
    die(`${cmd} ${args.join(' ')} failed: ${why}\n${(r.stderr ?? '').trim()}\n${(r.stdout ?? '').trim()}`)
  }
  return r.stdout
}

function cleanup() {
  fs.rmSync(tmp, { recursive: true, force: true })
}

/** Exits 1 with the message, the temporary files removed. */
function die(message) {
  console.error(`render-office: ${message}`)
  cleanup()
  process.exit(1)
}

for (const tool of ['soffice', 'pdftotext', 'pdffonts', 'pdftoppm', 'pdfinfo', 'fc-list']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    die(`${tool} is not installed (LibreOffice Impress and Calc, poppler-utils, fontconfig; .ci/run installs them)`)
  }
}

// PostScript names of the installed fonts that cover Japanese, as fontconfig sees them
const japaneseFonts = new Set(
  run('fc-list', [':lang=ja', 'postscriptname']).split('\n').map((l) => l.replace(/^.*postscriptname=/, '').trim()).filter((n) => n !== ''),
)
if (japaneseFonts.size === 0) {
  die('fontconfig knows no font covering Japanese (install fonts-noto-cjk, then fc-cache -f)')
}

// 1. the documents
let docs = values.documents === undefined ? null : path.resolve(values.documents)
if (docs === null) {
  docs = path.join(tmp, 'report')
  const t = Date.now()
  run(process.execPath, [path.join(root, 'bin', 'grassroots.js'), 'demo', '--yes', '--db-file', path.join(tmp, 'demo.db'), '--out', docs], {
    cwd: root,
    env: { ...process.env, GRASSROOTS_LANG: 'ja' },
  })
  console.log(`demo documents written in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
const deckFile = path.join(docs, 'report.pptx')
const bookFile = path.join(docs, 'report.xlsx')
for (const f of [deckFile, bookFile]) {
  if (!fs.existsSync(f)) {
    die(`${f} was not written`)
  }
}

// 2. the slides as the .pptx has them, in show order: each slide's paragraphs
const slides = await readSlides(fs.readFileSync(deckFile))
if (slides.length === 0) fail('report.pptx has no slide')

// 3. PDF through LibreOffice (one conversion at a time, a fresh profile: no dialog, no lock of a running office)
fs.rmSync(outDir, { recursive: true, force: true })
fs.mkdirSync(outDir, { recursive: true })
const profile = `file://${path.join(tmp, 'lo-profile')}`
const toPdf = (file, name) => {
  const dir = path.join(tmp, `pdf-${name}`)
  const t = Date.now()
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { env: { ...process.env, HOME: process.env.HOME ?? tmp } })
  const pdf = path.join(dir, `${path.basename(file, path.extname(file))}.pdf`)
  if (!fs.existsSync(pdf)) {
    die(`LibreOffice did not convert ${path.basename(file)} to PDF (it cannot open the file?)`)
  }
  const dest = path.join(outDir, `${name}.pdf`)
  fs.copyFileSync(pdf, dest)
  console.log(`${path.basename(file)} → ${path.relative(process.cwd(), dest)} in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  return dest
}
const deckPdf = toPdf(deckFile, 'deck')
const bookPdf = toPdf(bookFile, 'workbook')

const pageCount = (pdf) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1] ?? 0)
const pageText = (pdf, n) => run('pdftotext', ['-f', String(n), '-l', String(n), '-raw', '-enc', 'UTF-8', pdf, '-'])
/** The embedded fonts of a page, without the subset prefix (ABCDEF+). */
const pageFonts = (pdf, n) =>
  run('pdffonts', ['-f', String(n), '-l', String(n), pdf]).split('\n').slice(2).map((l) => l.split(/\s+/)[0] ?? '').filter((f) => f !== '').map((f) => f.replace(/^[A-Z]{6}\+/, ''))
/** Whether a PDF font name is one of fontconfig's Japanese fonts (LibreOffice may append -VKana and the like). */
const isJapaneseFont = (name) => [...japaneseFonts].some((ps) => name === ps || name.startsWith(`${ps}-`))
const squash = (s) => s.replace(/\s+/gu, '')

/** Problems with Japanese text on page n of a PDF: none when kana or kanji are drawn in a Japanese font. */
function japaneseProblems(pdf, n) {
  const text = pageText(pdf, n)
  const chars = text.match(JAPANESE)?.length ?? 0
  const fonts = pageFonts(pdf, n)
  const problems = []
  if (chars < 2) problems.push(`no Japanese text on the page (${chars} kana or kanji)`)
  if (!fonts.some(isJapaneseFont)) problems.push(`no font covering Japanese embedded (fonts: ${fonts.join(', ') || 'none'}), so its Japanese would be drawn as empty boxes`)
  return { text, chars, fonts, problems }
}

// 4. the deck: a page per slide, each with its Japanese text drawn
const deckPages = pageCount(deckPdf)
console.log(`deck: ${slides.length} slides, ${deckPages} PDF pages`)
if (deckPages !== slides.length) fail(`deck: LibreOffice made ${deckPages} pages of ${slides.length} slides`)
for (const slide of slides) {
  const name = `slide ${slide.number} (${slide.title})`
  if (slide.number > deckPages) {
    fail(`${name}: no page in the PDF`)
    continue
  }
  const { text, chars, fonts, problems } = japaneseProblems(deckPdf, slide.number)
  // the slide's own Japanese paragraphs (LibreOffice may add spaces between Japanese and Latin: compared
  // without white space); most must be on its page, so that a page is not another slide's
  const own = slide.paragraphs.filter((p) => (p.match(JAPANESE)?.length ?? 0) >= 2)
  const page = squash(text)
  const missing = own.filter((p) => !page.includes(squash(p)))
  if (own.length === 0) problems.push('the slide has no Japanese paragraph')
  else if (missing.length > own.length / 5) problems.push(`${missing.length} of its ${own.length} Japanese paragraphs not on the page, e.g. 「${missing[0]}」`)
  for (const p of problems) fail(`${name}: ${p}`)
  console.log(`  page ${slide.number}: ${chars} kana/kanji, ${own.length - missing.length}/${own.length} paragraphs of the slide, Japanese font ${fonts.filter(isJapaneseFont)[0] ?? 'NONE'}`)
}

// 5. the workbook: some page with Japanese text drawn
const bookPages = pageCount(bookPdf)
const bookJapanese = []
for (let n = 1; n <= bookPages; n++) if (japaneseProblems(bookPdf, n).problems.length === 0) bookJapanese.push(n)
console.log(`workbook: ${bookPages} PDF pages, ${bookJapanese.length} with Japanese text drawn`)
if (bookPages === 0) fail('workbook: LibreOffice made no page')
else if (bookJapanese.length === 0) fail(`workbook: no page has Japanese text drawn in a Japanese font (page 1: ${japaneseProblems(bookPdf, 1).problems.join('; ')})`)

// 6. PNGs: every slide and the workbook's first page with Japanese; none blank
run('pdftoppm', ['-png', '-r', String(DPI), deckPdf, path.join(outDir, 'slide')])
const bookPage = bookJapanese[0] ?? 1
run('pdftoppm', ['-png', '-r', String(DPI), '-f', String(bookPage), '-l', String(bookPage), bookPdf, path.join(outDir, 'workbook')])
const pngs = fs.readdirSync(outDir).filter((f) => f.endsWith('.png')).sort()
for (const f of pngs) {
  const slide = /^slide-0*(\d+)\.png$/.exec(f)
  const name = slide ? `slide ${slide[1]} (${slides[Number(slide[1]) - 1]?.title ?? '?'})` : `workbook page ${bookPage}`
  let image
  try {
    image = decodePng(fs.readFileSync(path.join(outDir, f)))
  } catch (e) {
    fail(`${name}: ${f} cannot be decoded: ${e.message}`)
    continue
  }
  const ink = inkShare(image)
  console.log(`  ${f}: ${image.width}×${image.height}, ink ${(ink * 100).toFixed(1)}%`)
  if (ink < MIN_INK) fail(`${name}: ${f} is blank (ink ${(ink * 100).toFixed(2)}% of the pixels)`)
}
if (pngs.filter((f) => f.startsWith('slide-')).length !== deckPages) fail(`deck: ${pngs.filter((f) => f.startsWith("slide-")).length} PNGs rendered for ${deckPages} pages`)

cleanup()
console.log(`PDFs and PNGs in ${path.relative(process.cwd(), outDir) || '.'}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`)
if (failures.length > 0) {
  console.error(`\nrender-office: ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  process.exit(1)
}
console.log('office documents: every slide has its page with Japanese text drawn; the workbook too')

/** The slides in show order (presentation.xml's list): number, paragraphs (runs joined), title. */
async function readSlides(bytes) {
  let zip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch (e) {
    die(`report.pptx is not a zip file: ${e.message}`)
  }
  const read = async (f) => (await zip.file(f)?.async('string')) ?? ''
  const presentation = await read('ppt/presentation.xml')
  const rels = await read('ppt/_rels/presentation.xml.rels')
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]))
  const ids = [...presentation.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map((m) => m[1])
  const unescape = (s) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&')
  const out = []
  for (const id of ids) {
    const file = path.posix.join('ppt', target.get(id) ?? '')
    const xml = await read(file)
    const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
      .map((p) => [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescape(t[1] ?? '')).join(''))
      .filter((p) => p.trim() !== '')
    // the frame puts the task force first and the slide's title second; the cover has the task force second
    out.push({ number: out.length + 1, file, paragraphs, title: paragraphs[1] ?? paragraphs[0] ?? '(no text)' })
  }
  return out
}

/** Pixels of a PNG (pngjs: always RGBA, 8 bits a channel). Throws on a damaged file. */
function decodePng(buf) {
  const png = PNG.sync.read(buf)
  return { width: png.width, height: png.height, channels: 4, pixels: png.data }
}

/** The share of pixels with a colour channel darker than 224 (of 255): 0 for a blank white page. */
function inkShare({ width, height, channels, pixels }) {
  let ink = 0
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < Math.min(channels, 3); c++) {
      if (pixels[p * channels + c] < 224) {
        ink++
        break
      }
    }
  }
  return ink / (width * height)
}
