// The font that draws Japanese labels in charts. Charts are rendered without system fonts (faster, and the
// same picture on every machine), so the CJK font is loaded explicitly; without one, Japanese text would be
// drawn as empty boxes ("tofu"), so rendering refuses to start instead.
import fs from 'node:fs'
import { AppError } from '../errors.ts'

export interface ChartFont {
  /** Font file (a .ttc collection or an .otf/.ttf). */
  file: string
  /** Family name inside that file, used as the SVG default family. */
  family: string
}

/** Where the usual packages install a Japanese sans-serif font: Debian/Ubuntu fonts-noto-cjk first. */
export const CJK_FONT_CANDIDATES: readonly ChartFont[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK JP' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK JP' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK JP' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf', family: 'Noto Sans CJK JP' },
  { file: '/usr/share/fonts/OTF/NotoSansCJKjp-Regular.otf', family: 'Noto Sans CJK JP' },
  { file: '/opt/homebrew/share/fonts/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK JP' },
  { file: '/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc', family: 'Hiragino Sans' },
]

/** The first installed CJK font; throws a message that says how to install one. */
export function findCjkFont(candidates: readonly ChartFont[] = CJK_FONT_CANDIDATES): ChartFont {
  const found = candidates.find((c) => fs.existsSync(c.file))
  if (found === undefined) throw new AppError('chart_font_missing', { paths: candidates.map((c) => c.file).join(', ') })
  return found
}
