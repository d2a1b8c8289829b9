// Partner organisations (Event.partners, a list of names as typed). Names are compared by a key, so that the
// same organisation typed twice counts once in "how many different partners".

import { normalizeText } from './text.ts'

/**
 * The key two partner names share when they name the same organisation: NFKC (full-width letters and
 * digits → ASCII, half-width katakana → full-width), trimmed, inner whitespace collapsed to one space, and
 * lower-cased. Punctuation and spelling are kept ("JETRO" and "J.E.T.R.O." stay two names): a closer match
 * would be a guess. Empty names have no key ('').
 */
export function partnerKey(name: string): string {
  return normalizeText(name).toLowerCase()
}
