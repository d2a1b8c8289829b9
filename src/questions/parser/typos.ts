// English typos ("partcipants", "evnets", "Wisconson"): a word of five letters or more that is not in the
// vocabulary is replaced by the one vocabulary word within edit distance 1 (2 for words of eight letters
// or more), counting a swap of two neighbours as one edit. Japanese is typed through an IME and has no
// such typos. Every correction lowers the parser's confidence.
import { domainWords, placeWords, stateWords } from './lexicon.ts'
import { editDistance } from '../../domain/text.ts'
import { Tracked } from './tracked.ts'
import { ASIDES, CHATTER, isFunctionWord } from './unused.ts'

// Words of questions that are right as written, so never "corrected" into a domain word.
const COMMON = `
about above across active activities activity after again against all also among and annual annually another answer
any anything april are area areas around attended attendance attendees attend august average back based because been
before being below best between biggest both breakdown business calendar came can categories category change changes
city cities class climate common compare compared comparison consular consulate consulates could count counted
countries country cover coverage covered covers covering cumulative current data date dates december did didnt
different does doing done during each earlier earliest economic energy ever every events event excluding except
february fewer fewest fiscal first following food format formats from give given going great greatest growth had
happened has have having held hello help highest hold holding hosted hosting how however include included including
increase information innovation into investment its january japan japanese july june just kind kinds largest last
latest least less list listed many march march may mean median member middle month monthly months more most much
never newest newly next none northern not november number numbers october offices office often only online other
others over overall participants participant participated participation people per period person persons please
previous prior programme programmes programs program projects project promotion quarter ranking rank recent
recently record recorded region regions regional report respectively science seminar seminars september shown show
since sister smallest some southern specific start state states still summary supply support supporting technology
tell than thank thanks that their them then theme themes there these they this those three through times today
top total totals trade trend trends type types under until upcoming used versus very visited want was webinar
webinars week weeks were what when where whether which while with within without workers would year yearly years
yet your region hybrid person virtual remote reached reach coverage where attended covered initiatives initiative
symposium symposia newly time first-time weather poem joke recipe translate stock capital meaning flight hotel
budget president minister password calculator script select table drop delete insert update union ignore previous
instructions rules prompt system pretend report reply respond output anyway again another everything nothing
something someone anyone everyone people really actually maybe perhaps total count counts fiscal region
practice practices featuring feature features held organised organized organise organize visit visits
including across where whose whom would should might shall cannot could
uncovered unreached unvisited uncounted nonconsulate keeping kept records recording recordings
approximately roughly estimated excluding including between cannot
distinct unique separate partner partners partnered organisation organisations organization organizations
difference differences
excluded exclude excludes included omitted
think thought feel felt opinion opinions feedback satisfied satisfaction impression impressions reaction reactions
institutions worked inactive attended smallest biggest
quarter quarters quarterly weekday weekdays weekend weekends monday mondays tuesday wednesday thursday friday
saturday saturdays sunday sundays multi-day multiday cumulative bottom lowest fewest
cost costs costing costed costly expensive cheapest cheaper yen million counting counted attendee attendees
proportion proportions fraction fractions percentage turnout spanned spanning touched touching teamed ongoing
spending spend spent spends ascending descending order ordered sorted sending send sends
right wrong correct cross northwest northwestern southwest southwestern southeast southeastern eastern western central pacific atlantic
coastal mountain plains england columbus augusta youth citizens visitors county counties districts streamed
budgeted
thing things hoping hoped wishes regards kindly grateful dear colleagues morning afternoon patience assistance
confirmation convenience appreciate appreciated footnote
intro introduction opening slide slides deck memo speech remarks briefing presentation mention mentions
cleaning clean cleanup wants needs asked asks requested said says bother bothering tracker newsletter boss manager newbie learning random oddly specific apologies possible vague obvious
`

let vocabulary: { words: Set<string>; byLength: Map<number, string[]> } | undefined
/** Place words (lexicon.ts placeWords) and the months: a correction into one is taken only one edit away, first letter kept. */
const PLACES_AND_MONTHS = new Set([...placeWords(), 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])

/** The words of the states' names of nine letters or more, which a correction may reach two edits away. */
const LONG_STATE_WORDS = new Set(stateWords().filter((w) => w.length >= 9))

function vocab(): { words: Set<string>; byLength: Map<number, string[]> } {
  if (vocabulary) return vocabulary
  // the words of the asides and chatter (unused.ts) are kept as written: "rounding" in "I'll do the rounding
  // myself" is no typo of "counting" (the aside would then not be read)
  const asideWords = [CHATTER, ASIDES].flatMap((re) => re.source.match(/(?<![a-z\\])[a-z]{4,}(?![a-z])/g) ?? [])
  const candidates = new Set<string>([...COMMON.split(/\s+/).filter((w) => w.length > 0), ...domainWords()])
  // known (never corrected) but no correction's target: "sample" must not become the aside's "simple"
  const words = new Set<string>([...candidates, ...asideWords])
  const byLength = new Map<number, string[]>()
  for (const w of candidates) {
    if (w.length < 4) continue
    const list = byLength.get(w.length) ?? []
    list.push(w)
    byLength.set(w.length, list)
  }
  vocabulary = { words, byLength }
  return vocabulary
}

// Built when the module loads, so no question pays for it.
vocab()

/** Whether a lower-case English word is known (domain or common). */
export function isKnownWord(word: string): boolean {
  return vocab().words.has(word)
}


// Corrections are pure, so they are remembered (bounded: a flood of random words cannot grow it).
const remembered = new Map<string, string | null>()
const REMEMBER_MAX = 2000

/** The vocabulary word a misspelt word most likely meant, if exactly one is closest and close enough. */
export function correctWord(word: string): string | undefined {
  const known = remembered.get(word)
  if (known !== undefined) return known ?? undefined
  const found = findCorrection(word)
  if (remembered.size >= REMEMBER_MAX) remembered.clear()
  remembered.set(word, found ?? null)
  return found
}

function findCorrection(word: string): string | undefined {
  if (word.length < 5 || word.length > 30) return undefined
  const { words, byLength } = vocab()
  // a word that carries nothing ("featured", "made") is kept as written: never turned into another
  if (words.has(word) || isFunctionWord(word)) return undefined
  const max = word.length >= 8 ? 2 : 1
  let best: string | undefined
  let bestDistance = max + 1
  let tie = false
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const candidate of byLength.get(len) ?? []) {
      // Dropping a prefix is no typo: "uncovered" must never become "covered".
      if (word.length - candidate.length >= 2 && word.endsWith(candidate)) continue
      const d = editDistance(word, candidate, max)
      if (d < bestDistance) {
        best = candidate
        bestDistance = d
        tie = false
      } else if (d === bestDistance && candidate !== best) {
        // Same distance: a word of the same length (a swap, "evenst") beats an insertion or deletion.
        const bestSame = best !== undefined && best.length === word.length
        const candSame = candidate.length === word.length
        if (candSame && !bestSame) {
          best = candidate
          tie = false
        } else if (candSame === bestSame) tie = true
      }
    }
  }
  // A word "corrected" two edits away into a function word would vanish from the question unnoticed
  // ("difference" → "different"): it stays as written, to be read or named ("nubmer" → "number" is one edit).
  // a place word one edit away, first letter kept; a state's name of nine letters or more also two ("Missisipi",
  // "Conneticutt"): the fifty names are far apart, and no other word of a question is that near to one
  if (best !== undefined && PLACES_AND_MONTHS.has(best) && (best[0] !== word[0] || (bestDistance > 1 && !(LONG_STATE_WORDS.has(best) && word.length >= 8)))) return undefined
  return best !== undefined && !tie && !(bestDistance > 1 && isFunctionWord(best)) ? best : undefined
}

/**
 * The text with misspelt English words corrected, and how many were corrected, remembering where each
 * character came from (a corrected word: the word as written).
 */
export function correctTyposTracked(text: Tracked, keep?: ReadonlySet<string>): { text: Tracked; corrections: number } {
  let corrections = 0
  // the listed misspellings first: "sates" is one edit from "dates" too, which the edit distance would prefer
  const listed = text.replace(/(?<![A-Za-z])[A-Za-z]{3,6}(?![A-Za-z])/g, (word) => {
    const fixed = SHORT_TYPOS.get(word.toLowerCase())
    if (fixed === undefined) return word
    corrections++
    return fixed
  })
  const out = listed.replace(/[A-Za-z]{5,}/g, (word) => {
    // words of the data the question may name (best-practice categories) are right as written
    if (keep?.has(word.toLowerCase())) return word
    const fixed = correctWord(word.toLowerCase())
    if (fixed === undefined) return word
    corrections++
    return fixed
  })
  return { text: out, corrections }
}

/**
 * Misspellings read before the edit distance, each with the word it stands for: short question words (a swap in
 * a word of 3–4 letters would turn "form" into "from"), and words as near to two others ("sates": dates, states).
 */
const SHORT_TYPOS = new Map<string, string>([
  ['mnay', 'many'], ['amny', 'many'], ['mayn', 'many'], ['hwo', 'how'], ['ohw', 'how'], ['waht', 'what'], ['whta', 'what'],
  ['teh', 'the'], ['hte', 'the'], ['yera', 'year'], ['yaer', 'year'], ['evnt', 'event'], ['evet', 'event'], ['totl', 'total'],
  // one edit from two words ("dates", "states"), so the edit distance leaves them as typed
  ['sates', 'states'], ['staes', 'states'], ['sttes', 'states'],
])
