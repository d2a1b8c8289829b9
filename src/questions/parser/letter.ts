// The frame of a letter around a question: a greeting ("Dear colleagues, I hope all is well."), thanks and a
// sign-off ("Many thanks in advance. Kind regards, Emi"), and sentences about who asked or what the figure is for
// ("The Consul General wishes to include it in a slide."). They are the asker's, not the question's: taken before
// any reader, so their words are neither conditions nor named as unused — but only a sentence made of courtesy
// alone (an allowlist of words, FRAME_WORDS): any other word ("Online ones only.", "On weekends.", "In Austin.",
// "Headcount, please.") keeps its sentence to be read, and named when no reader uses it (no figure). In the sentence
// that asks, a clause of purpose ending in a noun of purpose ("For the coordination meeting,"), who asked ("The
// Consul General would like to know") and the words of a request ("would you be able to share") are taken too.
import { FORMAT_NAMES, OFFICE_NAMES, REGION_NAMES, STATE_NAMES, THEME_NAMES, TYPE_NAMES } from './lexicon.ts'
import { type Scan } from './scan.ts'
import { type Span } from './unused.ts'

/** A sentence or clause: up to and with its closing mark (. ! ? : ;) or a comma after a greeting. */
const SENTENCE = /[^.!?:;]+(?:[.!?:;]+|$)/g
const ABBREVIATION = /(?<![a-z])(?:i\.e|e\.g|etc|vs|u\.s|u\.s\.a|no|approx|incl|excl|esp|dept|corp|inc|jr|sr|dr|mr|ms|mrs|st|fig)\.|\d[.:]\d/g
/** A greeting that ends with a comma ("Dear colleagues,", "Hello again,", "Good morning,"): a clause of its own. */
const GREETING = /^\s*(?:dear\s+(?:all|colleagues|team|everyone|sir or madam|[a-z]+(?:[- ][a-z]+)?)|hello(?:\s+again)?|hi(?:\s+(?:all|team|everyone|again))?|good\s+(?:morning|afternoon|evening)|greetings)\s*,/

/** A sentence that asks: a question mark, or the words of a request or of a question. */
const ASKS =
  /\?|(?<![a-z])(?:how many|how much|what|which|who|when|where|whether|number of|could you|would you|can you|will you|might you|may i ask|please (?:tell|let|send|share|give|confirm|provide|list|remind)|let me know|grateful if you could|would like to (?:know|have|see|ask)|wants? to know|wonder(?:s|ed)?|is curious|asked (?:me |us )?(?:how|which|what|whether|for)|have been asked|has asked|remind me)(?![a-z])/

/**
 * A clause of purpose opening a sentence that asks ("For the annual report,", "Ahead of the coordination meeting,"):
 * only one that ends in a noun of purpose — "For Austin," or "For the Obon festival," says which events, and is read.
 */
const PURPOSE =
  /^\s*(?:and\s+)?(?:for|ahead of|in preparation for|in advance of|as part of)\s+(?:(?:the|a|an|our|my|this|his|her|their)\s+)?((?:[a-z'’-]+\s+){0,4}?(?:report|slide|slides|deck|briefing|meeting|call|presentation|memo|note|overview|review|paper|speech|remarks|interview|book|letters?|retrospective|footnote|brochure|newsletter|one-pager))\s*,\s*/
/** Who asked, said before the question ("The Consul General would like to know", "the Minister's office has asked"). */
const REQUESTER =
  /(?<![a-z])(?:the\s+)?(?:deputy\s+)?(?:consul(?:s)?(?:[- ]general)?|ambassador|minister(?:'s|’s)? office|minister|director(?:[- ]general)?|deputy director|head of mission|chief of staff|(?:my|our) (?:boss|manager|director|supervisor|head))\s+(?:(?:would|'d) (?:like|love) to know|wants to know|wishes to know|needs to know|would appreciate knowing|wonders|wondered|is curious(?: about| to know)?|was curious(?: about)?|(?:has|had) asked(?: (?:me|us))?|asked(?: (?:me|us))?|simply asked(?: (?:me|us))?)(?![a-z])/g
/** The words of a request around what is asked ("would you be able to share", "I would be grateful if you could let me know"). */
const REQUEST =
  /(?<![a-z])(?:(?:could|would|can|might|will) you(?: please| kindly)?(?: also)?(?: be able to)?(?: please| kindly)? (?:tell|let|share|send|give|provide|confirm|remind|check)(?: (?:me|us))?(?: know)?(?: of)?|would it be possible(?: for you)? to (?:have|get|see|know|receive)|i (?:would|'d) be (?:very |most |so )?grateful if you could(?: (?:let me know|tell me|share|send me))?|(?:may|might|could|can) i ask(?: you)?|(?:i|we) (?:have|'ve) been asked|(?:i|we) (?:was|were) asked)(?![a-z])/g

/** Courtesy idioms, taken whole from a sentence of the frame before its words are weighed. */
const IDIOMS =
  /(?<![a-z])(?:sir or madam|one (?:more|last) (?:thing|question|request)(?: from me)?(?: this week| today)?|(?:yet )?another request(?: this week| today)?|if i may|at your earliest convenience|(?:thanks?|thank you)(?: (?:again|so much|very much))? for (?:all )?(?:your|the) (?:help|support|reply|quick reply|patience|time|assistance)(?: (?:last|this) (?:week|time)| yesterday| earlier| as always)?|no rush|have a (?:good|great|nice|pleasant) (?:day|week|weekend)|i hope (?:that )?(?:you|everyone|all|this(?: (?:email|message))?)(?: are| is)?(?: (?:well|keeping well|doing well|finds you well|having a (?:good|great|nice|pleasant) (?:day|week))|(?: had)? a (?:good|great|nice|pleasant) (?:day|week|weekend))|i hope the week (?:is going well|has been kind to you)|(?:please )?do not hesitate to (?:contact|reach out to|ask|get in touch with) (?:me|us)|(?:with )?(?:best|kind|warm|warmest|many) (?:regards|wishes|thanks)|all the best|(?:i would be |i'd be )?(?:very |most |so )?grateful for (?:your|a) (?:help|reply|confirmation|assistance)(?: by (?:monday|tuesday|wednesday|thursday|friday|tomorrow))?)(?![a-z])/g

/**
 * The words a sentence of the frame may hold, and nothing else (an allowlist: a word of a condition — a place, a
 * partner, a format, "ones", "weekends", "headcount", "annually" — is in none of them, so its sentence is read).
 */
const FRAME_WORDS = new Set(
  `a an the i we you he she it me us my our your his her its is am are was were be been being have has had do does did
  will would could can may might shall should to of in on at for and so as that this very much really truly again also
  dear colleagues colleague team everyone sir madam hello hi hey greetings good morning afternoon evening
  thanks thank cheers regards sincerely best wishes warm warmest kind kindly hope hoping hoped well keeping doing
  apologies apologise apologize apologising sorry trouble troubling bother bothering patience help helping assistance
  support time advance appreciate appreciated appreciation grateful gratitude reply quick excellent helpful great
  pleasure please happy glad consul general deputy ambassador minister director office's minister's consul's
  wishes wish wants want like love include mention cite quote use slide deck speech remarks briefing note memo
  meeting interview presentation talking points preparing drafting writing request unusual slightly additional
  humouring humoring odd question questions dashboard shared email message finds`.split(/\s+/).filter((w) => w.length > 0),
)
const WORD = /[a-z][a-z'’-]*|[0-9]+|[^\sa-z0-9.,!?:;'’()-]/g

/** Whether a sentence of the frame holds only courtesy (its idioms taken, every other word in FRAME_WORDS). */
function onlyCourtesy(lower: string): boolean {
  const rest = lower.replace(IDIOMS, ' ')
  return [...rest.matchAll(WORD)].every((w) => FRAME_WORDS.has(w[0]))
}

/** A purpose clause's words hold no condition: no number, place, kind, capitalised name (checked as cased) or limit. */
const PURPOSE_GUARD =
  /[0-9]|(?<![a-z])(?:not|no|only|just|except|excluding|without|online|virtual|hybrid|in-person|best|new|first|last|next|this|these|those|each|every|per|all|both|year|years|fy|fiscal|quarter|quarterly|month|monthly|week|weekly|annual|annually)(?![a-z])/
const PLACES_AND_KINDS = [STATE_NAMES, OFFICE_NAMES, REGION_NAMES, TYPE_NAMES, THEME_NAMES, FORMAT_NAMES].map((t) => new RegExp(t.re.source, 'u'))
function purposeHoldsNoCondition(lower: string, cased: string): boolean {
  if (PURPOSE_GUARD.test(lower) || PLACES_AND_KINDS.some((re) => re.test(lower))) return false
  // a name written with a capital (JETRO, Austin, the Obon festival): a partner, a city, a title word
  return !/(?<![A-Za-z])(?!(?:The|A|An|Our|My|For|Ahead|As|I|Consul|General|Ambassador|Minister|Deputy)(?![a-z]))[A-Z][A-Za-z]*/.test(cased)
}

/**
 * The spans of a letter's frame in the unused text, consumed: every sentence (or greeting clause) that does not
 * ask and holds courtesy alone, when another sentence of the text asks. A text of one sentence has no frame
 * beyond its greeting. Shape: spans of the scanned text, in order.
 */
export function takeLetterFrame(scan: Scan): Span[] {
  const lower = scan.lower
  if (/[^\x00-\x7f]/.test(lower.replace(/[‘’“”–—…]/g, ''))) return []
  const parts: Span[] = []
  // a stop inside an abbreviation, a decimal or a time (e.g., i.e., etc., U.S., 2.5, 10:30) ends no sentence
  const marks = lower.replace(ABBREVIATION, (a) => a.replace(/[.:]/g, '_'))
  for (const m of marks.matchAll(SENTENCE)) {
    let start = m.index
    const end = m.index + m[0].length
    const greeting = GREETING.exec(m[0])
    if (greeting) {
      parts.push({ start, end: start + greeting[0].length })
      start += greeting[0].length
    }
    if (lower.slice(start, end).trim() !== '') parts.push({ start, end })
  }
  const asks = parts.filter((p) => ASKS.test(lower.slice(p.start, p.end)))
  if (asks.length === 0) return []
  const frame = parts.filter((p) => !asks.includes(p) && onlyCourtesy(lower.slice(p.start, p.end)))
  // in a sentence that asks: its clause of purpose (when it can hold no condition), who asked, the request's words
  for (const p of asks) {
    const purpose = PURPOSE.exec(lower.slice(p.start, p.end))
    const clause = purpose?.[1]
    if (purpose && clause !== undefined) {
      const at = p.start + purpose.index + purpose[0].indexOf(clause)
      if (purposeHoldsNoCondition(clause, scan.cased.slice(at, at + clause.length))) frame.push({ start: p.start + purpose.index, end: p.start + purpose.index + purpose[0].length })
    }
    for (const re of [REQUESTER, REQUEST]) {
      for (const m of lower.slice(p.start, p.end).matchAll(re)) frame.push({ start: p.start + m.index, end: p.start + m.index + m[0].length })
    }
  }
  for (const p of frame) scan.consume(p.start, p.end)
  return frame.sort((a, b) => a.start - b.start)
}
