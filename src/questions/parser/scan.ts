// The working text of one question. Recognisers take what they understand and mark it as used, so a
// later recogniser never reads the same words twice ("West Virginia" is a state, not the region West;
// "states without a consulate" is a filter, not a "never" question). Used characters become spaces:
// offsets never move, so every recogniser can report where it matched.

/** ASCII-only lower-casing keeps offsets aligned (full Unicode lower-casing can change lengths). */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32))
}

export interface Match {
  /** The matched text, lower-cased (or as written, for case-sensitive matches). */
  text: string
  groups: (string | undefined)[]
  start: number
  end: number
}

export class Scan {
  private masked: string
  private maskedLower: string

  constructor(readonly text: string) {
    this.masked = text
    this.maskedLower = asciiLower(text)
  }

  /** The text not yet used, lower-cased; used characters are spaces. */
  get lower(): string {
    return this.maskedLower
  }

  /** The text not yet used, as written. */
  get cased(): string {
    return this.masked
  }

  consume(start: number, end: number): void {
    if (end <= start) return
    const blank = ' '.repeat(end - start)
    this.masked = this.masked.slice(0, start) + blank + this.masked.slice(end)
    this.maskedLower = this.maskedLower.slice(0, start) + blank + this.maskedLower.slice(end)
  }

  /**
   * Every match of a global regex on the unused text (lower-cased unless `cased`); each accepted match
   * is consumed unless `keep`. `accept` may refuse a match (it is then left unused).
   */
  take(re: RegExp, opts: { cased?: boolean; keep?: boolean; accept?: (m: Match) => boolean } = {}): Match[] {
    const source = opts.cased ? this.masked : this.maskedLower
    const found: Match[] = []
    re.lastIndex = 0
    for (const m of source.matchAll(re)) {
      const match: Match = { text: m[0], groups: m.slice(1), start: m.index, end: m.index + m[0].length }
      if (match.text.trim() === '') continue
      if (opts.accept && !opts.accept(match)) continue
      found.push(match)
    }
    if (!opts.keep) for (const m of found) this.consume(m.start, m.end)
    return found
  }

  /** The first match on the unused lower-cased text, consumed unless `keep`. */
  takeFirst(re: RegExp, opts: { keep?: boolean } = {}): Match | undefined {
    const m = re.exec(this.maskedLower)
    if (!m) return undefined
    const match: Match = { text: m[0], groups: m.slice(1), start: m.index, end: m.index + m[0].length }
    if (!opts.keep) this.consume(match.start, match.end)
    return match
  }

  /** Whether the unused lower-cased text matches (nothing consumed). */
  has(re: RegExp): boolean {
    return re.test(this.maskedLower)
  }
}

/** Escapes a literal for a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const ASCII_ALNUM = /[a-z0-9]/

/**
 * One regex over many literal phrases (lower-case), longest first so the longest phrase at a position wins.
 * Phrases that start or end with a Latin letter or digit get word edges there; Japanese needs none.
 * Literal alternations cannot backtrack catastrophically.
 */
export function phraseRegex(phrases: Iterable<string>): RegExp {
  const unique = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const body = (p: string) => `${escapeRegExp(p).replace(/ /g, '[ ]?')}${ASCII_ALNUM.test(p[p.length - 1] ?? '') ? '(?![a-z0-9])' : ''}`
  // the word edge before phrases that start with a Latin letter or digit is said once for all of them (a phrase
  // that starts otherwise never matches where one of those does, so the two groups' order changes nothing);
  // one lookbehind per phrase made every question's scan about 1.5× slower
  const latin = unique.filter((p) => ASCII_ALNUM.test(p[0] ?? '')).map(body)
  const other = unique.filter((p) => !ASCII_ALNUM.test(p[0] ?? '')).map(body)
  const parts = [...(latin.length > 0 ? [`(?<![a-z0-9])(?:${latin.join('|')})`] : []), ...other]
  return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'gu')
}

/** A phrase table: lower-case phrase → value, with its regex. */
export class PhraseTable<T> {
  readonly re: RegExp
  readonly phrases: readonly string[]
  private readonly byKey = new Map<string, T>()

  constructor(entries: Iterable<readonly [string, T]>) {
    const phrases: string[] = []
    for (const [phrase, value] of entries) {
      const key = normKey(phrase)
      if (this.byKey.has(key)) continue
      this.byKey.set(key, value)
      phrases.push(asciiLower(phrase))
    }
    this.phrases = phrases
    this.re = phraseRegex(phrases)
  }

  valueOf(matched: string): T | undefined {
    return this.byKey.get(normKey(matched))
  }

  /** Every phrase found in the unused text, in order, consumed. */
  takeAll(scan: Scan, accept?: (m: Match, value: T) => boolean): { value: T; match: Match }[] {
    const out: { value: T; match: Match }[] = []
    scan.take(this.re, {
      accept: (m) => {
        const value = this.valueOf(m.text)
        if (value === undefined) return false
        if (accept && !accept(m, value)) return false
        out.push({ value, match: m })
        return true
      },
    })
    return out
  }
}

// Phrase keys ignore the optional spaces that phraseRegex allows ("supply chain" = "supplychain").
function normKey(s: string): string {
  return asciiLower(s).replace(/ /g, '')
}
