// Text helpers shared by every lenient lookup (states, offices, catalogues, fiscal years). Users type in
// Slack with Japanese IMEs, so full-width digits and letters, half-width katakana and ideographic spaces
// are all normal input and must mean the same as their plain forms.

/** NFKC (full-width ASCII → ASCII, half-width katakana → full-width), trimmed, inner whitespace collapsed. */
export function normalizeText(s: string): string {
  // printable ASCII is already NFKC-normal; skipping normalize() matters when importing 100,000 rows
  const n = PRINTABLE_ASCII.test(s) ? s : s.normalize('NFKC')
  return n.trim().replace(/\s+/gu, ' ')
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

// Separators people put in names inconsistently: "D.C." / "DC", "Consulate-General" / "Consulate General",
// "気候変動・エネルギー" / "気候変動エネルギー". Dashes include the Unicode hyphen family that NFKC keeps.
const FOLD_STRIP = /[\s.\-‐‑‒–—―−・·]/gu

/** Key for lenient lookup: normalized, lower-cased, without spaces, dots, hyphens or middle dots. */
export function foldKey(s: string): string {
  return normalizeText(s).toLowerCase().replace(FOLD_STRIP, '')
}

/** Optimal string alignment distance, giving up (returns max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = new Array<number>(b.length + 1).fill(0)
    row[0] = i
    rows.push(row)
  }
  const first = rows[0]
  if (!first) return max + 1
  for (let j = 0; j <= b.length; j++) first[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[]
    const prev = rows[i - 1] as number[]
    let rowMin = Number.POSITIVE_INFINITY
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      }
      row[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
  }
  return (rows[a.length] as number[])[b.length] as number
}

/**
 * The one candidate closest to `input` (folded) within `max` edits, for "did you mean …?" hints; undefined
 * when none is that close or two are equally close.
 */
export function closestMatch(input: string, candidates: readonly string[], max = 2): string | undefined {
  const key = foldKey(input)
  if (key.length < 3) return undefined
  let best: string | undefined
  let bestDistance = max + 1
  let tie = false
  for (const c of candidates) {
    const d = editDistance(key, foldKey(c), max)
    if (d < bestDistance) {
      best = c
      bestDistance = d
      tie = false
    } else if (d === bestDistance && d <= max && foldKey(c) !== foldKey(best ?? '')) {
      tie = true
    }
  }
  return bestDistance <= max && !tie ? best : undefined
}
