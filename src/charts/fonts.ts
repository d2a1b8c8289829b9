// The font that draws chart labels. Charts are rendered without system fonts (faster, and the same picture on
// every machine), with one font that has Japanese glyphs: Noto Sans JP, installed by `npm ci` with the
// @expo-google-fonts/noto-sans-jp package, or the file GRASSROOTS_FONT names. Without Japanese glyphs the
// labels would be drawn as empty boxes ("tofu"), so a font that cannot be read is refused with its reason.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { AppError } from '../errors.ts'

const require = createRequire(import.meta.url)

const DEFAULT_FONT_MODULE = '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'

/**
 * The packaged default: Noto Sans JP Regular (TrueType, Latin and Japanese, about 5.5 MB). Throws
 * AppError('chart_font_unreadable', { reason: 'missing' }) when the package is not installed.
 */
export function defaultChartFontFile(): string {
  try {
    return require.resolve(DEFAULT_FONT_MODULE)
  } catch {
    throw new AppError('chart_font_unreadable', { file: DEFAULT_FONT_MODULE, reason: 'missing' })
  }
}

/** The first four bytes of the font formats resvg reads: TrueType, OpenType (CFF), Apple TrueType, collections. */
const FONT_SIGNATURES = ['00010000', '4f54544f', '74727565', '74746366']

/**
 * Reads the whole font file once (about 5.5 MB for the default) and checks that it starts like a
 * TrueType/OpenType font or collection: resvg itself would silently draw no text from a bad file, so this
 * turns that into a reason a person can act on. The render workers keep the bytes and hand them to resvg for
 * every chart. Throws AppError('chart_font_unreadable', { file, reason: 'missing' | 'unreadable' | 'not_font' }).
 */
export function loadChartFont(file: string): Uint8Array {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new AppError('chart_font_unreadable', { file, reason: code === 'ENOENT' ? 'missing' : 'unreadable' })
  }
  if (bytes.length < 4 || !FONT_SIGNATURES.includes(bytes.subarray(0, 4).toString('hex'))) throw new AppError('chart_font_unreadable', { file, reason: 'not_font' })
  return bytes
}
