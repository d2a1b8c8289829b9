// Text that remembers where each of its characters came from in the question as the user wrote it, through
// normalisation (NFKC, spaces), shorthand and typo correction, so that words no recogniser used can be
// named back exactly as written ("ＭｉｌｗａｕｋｅＥ", "w/o"), not as the parser rewrote them.

/** A string and, for each of its UTF-16 units, the span [start, end) of the original it came from. */
export class Tracked {
  private constructor(
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  /** Text that is its own original. */
  static of(text: string): Tracked {
    const starts = Array.from({ length: text.length }, (_, i) => i)
    return new Tracked(text, starts, starts.map((i) => i + 1))
  }

  /**
   * Every match of a global `re` replaced by `to` (a string where `$1`… are groups, or a function of the
   * match); each character of a replacement comes from the whole matched span.
   */
  replace(re: RegExp, to: string | ((match: string, groups: (string | undefined)[]) => string)): Tracked {
    let text = ''
    const starts: number[] = []
    const ends: number[] = []
    let at = 0
    const copy = (from: number, until: number) => {
      text += this.text.slice(from, until)
      for (let i = from; i < until; i++) {
        starts.push(this.starts[i] ?? 0)
        ends.push(this.ends[i] ?? 0)
      }
    }
    for (const m of this.text.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      copy(at, start)
      const groups = m.slice(1)
      const out = typeof to === 'string' ? to.replace(/\$(\d)/g, (_x, d: string) => groups[Number(d) - 1] ?? '') : to(m[0], groups)
      if (out === m[0]) copy(start, end)
      else {
        const s = this.starts[start] ?? 0
        const e = end > start ? (this.ends[end - 1] ?? s) : s
        text += out
        for (let i = 0; i < out.length; i++) {
          starts.push(s)
          ends.push(e)
        }
      }
      at = end
    }
    copy(at, this.text.length)
    return new Tracked(text, starts, ends)
  }

  /** The span of the original that the characters [start, end) of this text came from. */
  origin(start: number, end: number): { start: number; end: number } {
    const s = this.starts[start] ?? 0
    const e = this.ends[Math.max(start, end - 1)] ?? s
    return { start: Math.min(s, e), end: Math.max(s, e) }
  }
}

// A character and the marks that compose with it (NFKC joins ｶﾞ into ガ): normalised together.
const CLUSTER = /[^][\p{M}\uff9e\uff9f]*/gu
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** normalizeText (src/domain/text.ts: NFKC, trimmed, runs of white space as one space), tracked. */
export function normalizeTracked(t: Tracked): Tracked {
  const nfkc = PRINTABLE_ASCII.test(t.text) ? t : t.replace(CLUSTER, (c) => c.normalize('NFKC'))
  // 洲 typed for 州 after a state's name (テキサス洲): the IME's neighbour, never a word of its own here
  return nfkc.replace(/\s+/gu, ' ').replace(/^ | $/g, '').replace(/(?<=[\u30a0-\u30ff])洲/gu, () => '州')
}
