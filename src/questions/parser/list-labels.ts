// A name the asker gives to a list of places spelt out right after it — "the West Coast consulates (LA, SF,
// Seattle, Portland)", "the Pacific Northwest — Washington State, Oregon and Idaho —", 西海岸の4公館（ロサンゼルス総・
// サンフランシスコ総・シアトル総・ポートランド総）, 1州のみを管轄する公館（マイアミ、ホノルル、アンカレジ） — names what the
// list says: the places are the filter, and the name is used by them. Only when every word of the list was read as
// a place, the name has no word of negation, and a count in the name (4公館, "six states") is the list's length;
// otherwise the name stays unused and the question gets no figure.
import type { Scan } from './scan.ts'
import type { Span } from './unused.ts'

const OPEN_BRACKET = /^\s*[(（]/
const OPEN_DASH = /^\s*(?:[—–:：]|--?(?=\s))/
/** Between the places of a list once each place has been read. */
const ONLY_SEPARATORS = /^(?:[\s,、・/&;]|(?<![a-z])(?:and|or)(?![a-z])|と|及び|および|並びに)*$/
const SEPARATOR = /\s*(?:[,、・/&;]|(?<![a-z])(?:and|or)(?![a-z])|と|及び|および)\s*/g
const NEGATION = /(?<![a-z])(?:not|non|no|none|except|excluding|exclude|excludes|outside|other|others|without|besides|never)(?![a-z])|以外|除|外|ない|なし|ません|非/
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }
/** A count said just before the list ("the four offices (…)", 4公館（…）): it must be the list's length. */
const COUNT = /(\d+)\s*(?:つの)?(?:州|公館|総領事館|館|か所|箇所)$|(?<![a-z])(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,3}(?:states|offices|consulates|posts|places)$/
/** Between the name and its list: words read as places or offices (consumed), grammar, "the". */
const BEFORE_LIST = /^(?:\s|[\u3040-\u309f]|(?<![a-z])the(?![a-z]))*$/

/**
 * The spans of `leftover` that name a list of places spelt out right after them (see above), to be dropped from
 * the words left unused. `places`: how many places (states, offices, regions) the question was read to name.
 */
export function listLabelSpans(leftover: readonly Span[], scan: Scan, places: number): Span[] {
  const text = scan.text.toLowerCase()
  const masked = scan.lower
  const out: Span[] = []
  let group: Span[] = []
  const flush = () => {
    const first = group[0]
    const last = group.at(-1)
    if (first === undefined || last === undefined) return
    const opener = /[(（—–:：]|--?(?=\s)/.exec(text.slice(last.end, last.end + 24))
    if (opener === null || !BEFORE_LIST.test(masked.slice(last.end, last.end + opener.index))) return
    const items = listAfter(text, masked, last.end + opener.index)
    // the name with the words between it and the list (a count in 4公館 may have been read as an office word)
    const name = text.slice(first.start, last.end + opener.index).trim()
    // a name continuing a word read as something else ("West Coast": the region West) is not a name of its own
    const touching = /[\p{L}\p{N}]\s*$/u.exec(text.slice(Math.max(0, first.start - 2), first.start))
    if (touching !== null && masked.slice(first.start - touching[0].length, first.start).trim() === '') return
    if (items === undefined || items < 2 || items > places || name.length > 48 || NEGATION.test(name)) return
    const count = COUNT.exec(name)
    if (count !== null) {
      const n = count[1] !== undefined ? Number(count[1]) : (NUMBER_WORDS[count[2] ?? ''] ?? Number(count[2]))
      if (n !== items) return
    }
    out.push(...group)
  }
  for (const s of leftover) {
    const prev = group.at(-1)
    // one name: nothing read between its words, and no more than a few words of grammar
    if (prev !== undefined && (masked.slice(prev.end, s.start) !== text.slice(prev.end, s.start) || s.start - prev.end > 12)) {
      flush()
      group = []
    }
    group.push(s)
  }
  flush()
  return out
}

/** How many places the list right after `at` spells out, when every one of its words was read; else undefined. */
function listAfter(text: string, masked: string, at: number): number | undefined {
  const rest = text.slice(at)
  const bracket = OPEN_BRACKET.exec(rest)
  const dash = bracket === null ? OPEN_DASH.exec(rest) : null
  const open = bracket ?? dash
  if (open === null) return undefined
  const from = at + open[0].length
  const close = bracket !== null ? /[)）]/.exec(text.slice(from)) : /[—–)）?？。]|--?(?=\s)|$/.exec(text.slice(from))
  if (close === null) return undefined
  const to = from + close.index
  if (!ONLY_SEPARATORS.test(masked.slice(from, to))) return undefined
  const pieces = text.slice(from, to).split(SEPARATOR).filter((p) => p.trim() !== '')
  return pieces.length
}
