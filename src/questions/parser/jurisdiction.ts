// Events and the office that organised them (src/domain/offices.ts: the states each office serves, and the
// state it sits in):
// - outside its jurisdiction ("events that touched states outside its own jurisdiction", 管轄外の州で実施した
//   事業): an event touching AT LEAST ONE state its office does not serve — what a manager means by an office
//   working beyond its area. "entirely outside", "only in states outside" (管轄外の州のみ) are not this reading:
//   their words are left unused and the question gets no figure;
// - not touching its own state ("events that did not touch the state where the organising office is
//   located", 公館の所在州に関わらない事業): none of the event's states is the office's host state.
// A figure of states with either filter ("how many states outside its own five has Nashville reached") counts
// states, not events: with one office named it is the states that office does not serve (a states filter, so
// only those are counted); otherwise no figure (settleJurisdiction).
import { OFFICES } from '../../domain/offices.ts'
import type { ParseResult, Query } from '../query.ts'
import type { Scan } from './scan.ts'

const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }
const OWNER = String.raw`(?:its|their|our|the office'?s|the consulate'?s|the embassy'?s|the organi[sz]ing office'?s)`
const AREA = String.raw`(?:jurisdictions?|consular (?:districts?|areas?)|areas? of jurisdiction)`
const TOUCH = String.raw`(?:(?:went|go(?:es)?|going|reach(?:ed|ing|es)?|extend(?:ed|ing|s)?|ran|spill(?:ed|ing|s)?|stretch(?:ed|ing|es)?)\s+into|touch(?:ed|ing|es)?|reach(?:ed|ing|es)?|cover(?:ed|ing|s)?|involv(?:ed|ing|es)?|includ(?:ed|ing|es)?|held in|took place in|in)`

const OUTSIDE_JURISDICTION: readonly RegExp[] = [
  new RegExp(String.raw`(?<![a-z])${TOUCH}\s+(?:any\s+|a\s+|one or more\s+|at least one\s+)?states?\s+outside\s+(?:of\s+)?${OWNER}\s+(?:own\s+)?${AREA}(?![a-z])`, 'g'),
  new RegExp(String.raw`(?<![a-z])(?:(?:held|run|hosted|organi[sz]ed|that took place|taking place)\s+)?outside\s+(?:of\s+)?${OWNER}\s+(?:own\s+)?${AREA}(?![a-z])`, 'g'),
  /管轄(?:区域|地域)?外(?:の州(?:で|に)(?:(?:実施|開催)(?:した|された|し)|またが(?:る|った)|(?:関|かか)わ(?:る|った))|の州を(?:対象(?:に|と)(?:した|する|して)|対象に含(?:む|んだ)|含(?:む|んだ))|の州にも?(?:及ぶ|及んだ)|の州で(?!のみ|だけ)|で(?:実施|開催)(?:した|された)|の)/gu,
]
/** "outside its own five": the number of states the office serves, said by the question (checked). */
const OUTSIDE_OWN_N = /(?<![a-z])(?:outside|beyond)\s+(?:of\s+)?(?:its|their)\s+own\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+states)?(?![a-z])/g

const REACHED_AT_END = /(?<=(?:has|have|did)\s+(?:the\s+)?(?:[a-z.'’-]+\s+){1,4})(?:reached|reach|covered|cover)(?=\s*[?.]?\s*$)/g

const OUTSIDE_HOST_STATE: readonly RegExp[] = [
  /(?<![a-z])(?:(?:did|do|does)\s+not|didn'?t|don'?t|doesn'?t|not)\s+(?:touch(?:ing)?|involv(?:e|ing)|includ(?:e|ing)|cover(?:ing)?)\s+the\s+(?:home\s+|host\s+|own\s+)?state\s+(?:where|in which)\s+(?:the\s+|its\s+|their\s+)?(?:organi[sz]ing\s+)?(?:office|consulate|embassy)\s+(?:is|was|sits|sat)(?:\s+(?:located|based))?(?![a-z])/g,
  /(?<![a-z])outside\s+(?:of\s+)?(?:the\s+organi[sz]ing\s+office'?s|its|their)\s+(?:own\s+)?(?:home|host)\s+state(?![a-z])/g,
  /(?:実施)?(?:公館|総領事館|在外公館)(?:の|が)所在(?:する|している)?州(?:に|を)(?:1つも|一つも|ひとつも)?(?:関わらない|かかわらない|含まない|またがらない)/gu,
]

export interface JurisdictionFindings {
  outsideJurisdiction?: true
  /** The number in "outside its own five" (the states the office serves), to be checked against the office. */
  ownStates?: number
  outsideHostState?: true
}

/** Reads the jurisdiction filters and consumes their words (`use`). */
export function takeJurisdiction(scan: Scan, use: (s: number, e: number) => void): JurisdictionFindings {
  const out: JurisdictionFindings = {}
  for (const re of OUTSIDE_JURISDICTION) {
    for (const m of scan.take(re, { keep: true })) {
      out.outsideJurisdiction = true
      use(m.start, m.end)
    }
  }
  const own = scan.take(OUTSIDE_OWN_N, { keep: true })
  const counts = new Set(own.map((m) => SMALL[m.groups[0] ?? ''] ?? Number(m.groups[0])))
  if (own.length > 0 && counts.size === 1) {
    out.outsideJurisdiction = true
    out.ownStates = [...counts][0]
    for (const m of own) use(m.start, m.end)
  }
  // "how many states outside its own five has the Nashville consulate reached?": the verb of the states reached,
  // at the end of the question (read only beside a jurisdiction, where the states are those reached)
  if (out.outsideJurisdiction) for (const m of scan.take(REACHED_AT_END, { keep: true })) use(m.start, m.end)
  for (const re of OUTSIDE_HOST_STATE) {
    for (const m of scan.take(re, { keep: true })) {
      out.outsideHostState = true
      use(m.start, m.end)
    }
  }
  return out
}

const STATE_INTENTS = new Set(['first_time_states', 'uncovered_states', 'states_with_min_events'])

/** Whether the query's figure counts or lists states (or breaks down by state or region). */
function countsStates(q: Query): boolean {
  const r = q as { intent: string; metric?: string; groupBy?: unknown; of?: string; subject?: string }
  const groups = Array.isArray(r.groupBy) ? r.groupBy : r.groupBy === undefined ? [] : [r.groupBy]
  return (
    STATE_INTENTS.has(r.intent) ||
    r.metric === 'states_covered' ||
    (r.intent === 'share' && r.of === 'states') ||
    (r.intent === 'period_difference' && r.subject === 'state') ||
    groups.some((g) => g === 'state' || g === 'region')
  )
}

/**
 * The query once the jurisdiction words are settled: "outside its own N" needs one office serving N states;
 * a figure of states outside the jurisdiction of ONE office named becomes the states it does not serve;
 * any other figure of states with a jurisdiction filter gets no figure (it would count served states too).
 */
export function settleJurisdiction(result: ParseResult, found: JurisdictionFindings): ParseResult {
  if (found.outsideJurisdiction === undefined && found.outsideHostState === undefined) return result
  if (result.kind !== 'query') return result
  const refuse: ParseResult = { kind: 'unknown', reason: 'not_understood' }
  const query = result.query
  const filters = (query as { filters: Record<string, unknown> }).filters
  // a share may hold the jurisdiction words as its condition (the part), not as a filter of the whole
  const condition = (query as { condition?: Record<string, unknown> }).condition ?? {}
  const held = (f: Record<string, unknown>) => f.outsideJurisdiction === true || f.outsideHostState === true
  if (!held(filters) && !held(condition)) return refuse
  const offices = (filters.offices as string[] | undefined) ?? []
  const office = offices.length === 1 ? OFFICES.find((o) => o.code === offices[0]) : undefined
  if (found.ownStates !== undefined && (office === undefined || office.states.length !== found.ownStates)) return refuse
  if (!countsStates(query)) return result
  const metricOfStates = (query.intent === 'metric' || query.intent === 'compare') && query.metric === 'states_covered' && !('groupBy' in query && query.groupBy !== undefined)
  if (!metricOfStates || filters.outsideHostState === true || office === undefined || filters.states !== undefined || filters.regions !== undefined || filters.exclude !== undefined) return refuse
  const served = new Set(office.states)
  const others = [...new Set(OFFICES.flatMap((o) => o.states))].filter((s) => !served.has(s)).sort()
  const { outsideJurisdiction: _drop, ...rest } = filters
  return { ...result, query: { ...query, filters: { ...rest, states: others } } as Query }
}
