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
