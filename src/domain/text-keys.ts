// Search keys for the exact text filters of questions (city, words in titles or summaries, partners).
// Written with every event (src/store/events.ts) into Event.cityKey, Event.textKey and Event.partnersKey, so
// that a filter is a plain equality or substring test on lower-case, NFKC-normalised text: SQLite's LIKE folds
// ASCII case only and PostgreSQL's is case-sensitive, and neither applies NFKC; on keys folded here both give
// the same answer. A question's word goes through the same functions before it is compared.
import { normalizeText } from './text.ts'

/** NFKC (full-width → ASCII, half-width katakana → full-width), lower case, whitespace collapsed and trimmed. */
export function searchFold(s: string): string {
  return normalizeText(s).toLowerCase()
}

// Separators written inconsistently in place names ("St. Louis" / "St Louis", "Winston-Salem", ・).
const CITY_STRIP = /[\s.\-‐‑‒–—―−・·'’]/gu

/**
 * The key of a recorded city: folded (searchFold), without what follows a comma ("Milwaukee, WI"), without a
 * final 市 (ミルウォーキー市), without spaces, dots, hyphens, apostrophes and middle dots. '' for no city.
 */
export function cityKeyOf(city: string | null | undefined): string {
  if (city === null || city === undefined) return ''
  const head = searchFold(city).split(/[,、，]/u)[0] ?? ''
  return head.replace(/市$/u, '').replace(CITY_STRIP, '')
}

/**
 * LIKE's wildcards (% and _) and PostgreSQL's default escape (\\) written as their full-width forms, which no
 * folded text contains (NFKC turns them into these ASCII characters): Prisma's `contains` passes its value
 * to LIKE unescaped, so the keys and the words compared with them hold no character LIKE treats specially.
 */
function likeSafe(s: string): string {
  return s.replace(/[%_\\]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
}

/** The key of an event's titles and summary: each folded, joined by newlines (a question's word has none). */
export function textKeyOf(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => likeSafe(searchFold(p)))
    .join('\n')
}

/** The words of a name: folded, split at anything that is not a letter, digit or mark. */
export function wordsOf(s: string): string[] {
  return searchFold(s)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.length > 0)
}

/**
 * The key of an event's partners: each partner's words between single spaces, one partner a line
 * ("\n japan society of boston \n jetro \n"), so that partnerNeedle(word) is a substring exactly when the
 * word(s) are a whole partner name or a run of whole words of one partner's name.
 */
export function partnersKeyOf(partners: readonly string[]): string {
  const lines = partners.map(wordsOf).filter((w) => w.length > 0).map((w) => ` ${w.join(' ')} `)
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`
}

/** How many partners a partnersKey holds: its lines (Event.partnerCount; the migration counts them alike in SQL). */
export function partnerCountOfKey(key: string): number {
  return key === '' ? 0 : key.split('\n').length - 2
}

/** What a partner filter looks for in partnersKey: the words, space-bounded. undefined when it has no word. */
export function partnerNeedle(word: string): string | undefined {
  const words = wordsOf(word)
  return words.length === 0 ? undefined : ` ${words.join(' ')} `
}

/** What a title/summary filter looks for in textKey (the word folded); undefined when it has no letter or digit. */
export function textNeedle(word: string): string | undefined {
  const n = searchFold(word)
  return /[\p{L}\p{N}]/u.test(n) ? likeSafe(n) : undefined
}
