// The frame of a letter around a question: a greeting ("Dear colleagues, I hope all is well."), thanks and a
// sign-off ("Many thanks in advance. Kind regards, Emi"), and sentences about who asked or what the figure is for
// ("The Consul General wishes to include it in a slide."). They are the asker's, not the question's: taken before
// any reader, so their words are neither conditions nor named as unused — but only a sentence that can hold no
// condition. A sentence with a number, a negation, a limit, a figure's word, a period's word or a place, office,
// type, theme or format is never taken (its words are read, and named when no reader uses them: no figure).
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

/** A clause of purpose opening a sentence that asks ("For the annual report,", "Ahead of the sake brewers' visit,"). */
const PURPOSE = /^\s*(?:and\s+)?(?:for|ahead of|in preparation for|in advance of|as part of|following up on|further to|out of|with a view to)\s+([^,?]{2,90}?)\s*,\s*/
/** Who asked, said before the question ("The Consul General would like to know", "the Minister's office has asked"). */
const REQUESTER =
  /(?<![a-z])(?:the\s+)?(?:deputy\s+)?(?:consul(?:s)?(?:[- ]general)?|ambassador|minister(?:'s|’s)? office|minister|director(?:[- ]general)?|deputy director|head of mission|chief of staff|(?:my|our) (?:boss|manager|director|supervisor|head))\s+(?:(?:would|'d) (?:like|love) to know|wants to know|wishes to know|needs to know|would appreciate knowing|wonders|wondered|is curious(?: about| to know)?|was curious(?: about)?|(?:has|had) asked(?: (?:me|us))?(?: for)?|asked(?: (?:me|us))?(?: for)?|simply asked(?: (?:me|us))?(?: for)?)(?![a-z])/g
/** The words of a request around what is asked ("would you be able to share", "I would be grateful if you could let me know"). */
const REQUEST =
  /(?<![a-z])(?:(?:could|would|can|might|will) you(?: please| kindly)?(?: also)?(?: be able to)?(?: please| kindly)? (?:tell|let|share|send|give|provide|confirm|remind|look into|check)(?: (?:me|us))?(?: know)?(?: (?:of|with))?|would it be possible(?: for you)? to (?:have|get|see|know|share|receive)|i (?:would|'d) be (?:very |most |so )?grateful (?:if you could|for)(?: (?:let me know|tell me|share|send me|look into it|the figure|the list|a reply|your confirmation))?|(?:may|might|could|can) i ask(?: you)?|(?:i|we) (?:have|'ve) been asked|(?:i|we) (?:was|were) asked|please (?:send|share|give|confirm)(?: (?:me|us))?)(?![a-z])/g

/** Courtesy idioms that hold a guarded word in a sense that is no condition ("one more thing", "thanks again for last week's help"). */
const IDIOMS =
  /(?<![a-z])(?:one (?:more|last) (?:thing|question|request)(?: from me)?(?: this week| today)?|(?:yet )?another request(?: this week| today)?|if i may|at your earliest convenience|(?:thanks?|thank you)(?: (?:again|so much|very much))? for (?:all )?(?:your|the) (?:help|support|reply|quick reply|patience|time|assistance)(?: (?:last|this) (?:week|time)| yesterday| earlier| as always)?|(?:in|for) (?:the|this) (?:week|month) ahead|not too much trouble|no rush|have a (?:good|great|nice|pleasant) (?:day|week|weekend)|(?:with )?(?:best|kind|warm|warmest|many) (?:regards|wishes|thanks)|all the best|i hope (?:that )?(?:you|the|your|everyone|all|this)[a-z'’ ]{0,50}?(?:week|weekend|day)(?: (?:is going|has been|went|was)(?: (?:well|kind to you|good))?)?|(?:please )?do not hesitate to [a-z ]{2,40}|if you need anything(?: (?:further|else|more))?(?: from (?:me|us|our side))?|annual report|(?:for )?a reply by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end of the day|end of day)|(?:i would be |i'd be )?(?:very |most |so )?grateful(?: for (?:the|a|your) (?:list|figure|figures|number|numbers|reply|confirmation|help)(?: by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end of the day|end of day))?)?)(?![a-z])/g

/** Words that may make a condition or a figure: a sentence with one of them is read, never taken as the frame. */
const GUARD = new RegExp(
  [
    String.raw`[0-9０-９]`,
    // brackets and quotes (an example or a name given), and what a list is asked as
    String.raw`[()（）\[\]"“”]|(?<![a-z])(?:e\.g|i\.e|such as|for example|for instance|like)(?![a-z])`,
    String.raw`(?<![a-z])(?:list|lists|listed|show|shows|name|names|titles?|dates?|details|sort|sorted|order|ordered|them|those|these)(?![a-z])`,
    // negations and limits
    String.raw`(?<![a-z])(?:not|no|never|none|nothing|without|except|excluding|exclude|excluded|other than|apart|aside|besides|ignore|ignoring|leave out|leaving out|omit|omitting|skip|minus|but|only|just|solely|exclusively|also|plus|as well|instead|rather|least|most|more|less|fewer|over|under|above|below|between|from|since|until|till|through|before|after|within|during|per|each|every|by|both|either|neither|same|separately|together|combined|including|included|whole|entire|any)(?![a-z])`,
    String.raw`n't(?![a-z])`,
    // numbers, sizes and order in words
    String.raw`(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|dozen|half|quarter|twice|double|single|first|second|third|last|latest|newest|oldest|recent|recently|new|next|previous|prior|big|bigger|biggest|large|larger|largest|small|smaller|smallest|major|minor|top|bottom|high|higher|highest|low|lower|lowest)(?![a-z])`,
    // figures and what is counted
    String.raw`(?<![a-z])(?:events?|projects?|activit(?:y|ies)|programmes?|programs?|seminars?|webinars?|participants?|attendance|attendees?|turnout|people|visitors|audience|total|totals|sum|average|mean|median|share|percentage|percent|proportion|ratio|rate|breakdown|split|table|rank|ranking|ranked|compare|compared|comparison|versus|vs|growth|grew|change|changed|increase|decrease|trend|cumulative|count|counts|counted|states?|offices?|consulates?|posts|missions|regions?|themes?|types?|formats?|cities|city|partners?|partnered|organi[sz]ations?|online|virtual|hybrid|in-person|person|best|practices?|budget|cost|costs|spent|spend|yen|dollars?)(?![a-z])`,
    // periods
    String.raw`(?<![a-z])(?:years?|yearly|annual|fy\d*|fiscal|quarters?|quarterly|halves|months?|monthly|weeks?|weekly|weekend|days?|daily|today|tonight|yesterday|tomorrow|ago|so far|to date|era|season|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])`,
  ].join('|'),
)

const PLACES_AND_KINDS = [STATE_NAMES, OFFICE_NAMES, REGION_NAMES, TYPE_NAMES, THEME_NAMES, FORMAT_NAMES].map((t) => new RegExp(t.re.source, 'u'))
/** A state or office code as written ("TX", "DC"): checked on the text as cased. */
const CODE = /(?<![A-Za-z])[A-Z]{2,3}(?![A-Za-z])/

/** Whether a sentence of the frame can hold no condition (see GUARD; `cased`: the same text as written). */
function holdsNoCondition(lower: string, cased: string): boolean {
  const rest = lower.replace(IDIOMS, ' ')
  if (GUARD.test(rest)) return false
  if (PLACES_AND_KINDS.some((re) => re.test(rest))) return false
  return !CODE.test(cased)
}

/**
 * The spans of a letter's frame in the unused text, consumed: every sentence (or greeting clause) that does not
 * ask and can hold no condition, when another sentence of the text asks. A text of one sentence has no frame
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
  const frame = parts.filter((p) => !asks.includes(p) && holdsNoCondition(lower.slice(p.start, p.end), scan.cased.slice(p.start, p.end)))
  // in a sentence that asks: its clause of purpose (when it can hold no condition), who asked, the request's words
  for (const p of asks) {
    const purpose = PURPOSE.exec(lower.slice(p.start, p.end))
    const clause = purpose?.[1]
    if (purpose && clause !== undefined) {
      const at = p.start + purpose.index + purpose[0].indexOf(clause)
      if (holdsNoCondition(clause, scan.cased.slice(at, at + clause.length))) frame.push({ start: p.start + purpose.index, end: p.start + purpose.index + purpose[0].length })
    }
    for (const re of [REQUESTER, REQUEST]) {
      for (const m of lower.slice(p.start, p.end).matchAll(re)) frame.push({ start: p.start + m.index, end: p.start + m.index + m[0].length })
    }
  }
  for (const p of frame) scan.consume(p.start, p.end)
  return frame.sort((a, b) => a.start - b.start)
}
