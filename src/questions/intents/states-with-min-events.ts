// Intent "states_with_min_events": the states (of the 50; DC is not a state) — or, with subject "office", the
// offices — with at least `min` events in the period, and at most `max` when given ("exactly one event" = 1..1,
// "at most 2 events" = 0..2 with the states or offices that had none, or 1..2 without them), as a list or as
// their number. An event touching several states counts in each of them (product.md).
// With `everyFiscalYear`, the bounds hold in each fiscal year of the period ("states with an event in every
// fiscal year", 全ての年度で事業を実施した州): the complete fiscal years only — with no period, every fiscal
// year from the first recorded through the last one ended before the as-of date; a fiscal year still
// running is left out, and the answer says so.
import { z } from 'zod'
import { FIFTY_STATES } from '../../domain/states.ts'
import type { Lang } from '../../i18n/types.ts'
import type { Db } from '../../store/client.ts'
import { countEvents } from '../../store/queries/count-events.ts'
import { countStatePairs } from '../../store/queries/count-state-pairs.ts'
import { formatNumber } from '../numbers.ts'
import { IS_STATE, scopeOf } from '../execute/scope.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { name, scopeEn, scopeJaVerb } from '../wording/shared.ts'
import { groupEvents } from '../../store/queries/group-events.ts'
import { officeItems, stateItemsOf } from './items.ts'
import type { IntentModule } from './module.ts'
import { candidateOffices } from './offices-without-events.ts'
import { completeFiscalYears } from './average-events.ts'
import { describePeriod } from './shared.ts'

/**
 * States (or offices) with at least `min` and at most `max` (when given) events; min 0 takes in those with
 * none. `answer` says whether the list or its number was asked for.
 */
export const statesWithMinEventsQuerySchema = z.object({
  intent: z.literal('states_with_min_events'),
  filters: filtersSchema,
  min: z.number().int().min(0).max(1_000_000),
  max: z.number().int().min(0).max(1_000_000).optional(),
  subject: z.enum(['state', 'office']).default('state'),
  answer: z.enum(['list', 'count']).default('list'),
  /** The bounds hold in every complete fiscal year of the period (each counted on its own). */
  everyFiscalYear: z.literal(true).optional(),
})
export type StatesWithMinEventsQuery = z.infer<typeof statesWithMinEventsQuerySchema>

export interface StatesWithMinEventsResult extends ResultBase<StatesWithMinEventsQuery> {
  kind: 'state_counts'
  period: ResolvedPeriod
  min: number
  max: number | undefined
  subject: 'state' | 'office'
  answer: 'list' | 'count'
  /** The states within the bounds and their event counts: most events first, then by code (empty for offices). */
  states: Array<{ state: string; events: number }>
  /** The offices within the bounds and their event counts: most events first, then in reference order (empty for states). */
  offices: Array<{ office: string; events: number }>
  /** How many of the 50 states (or of the offices) the question was about. */
  outOf: number
  /** With everyFiscalYear: the complete fiscal years counted (null when none) and the running one left out. */
  fiscalYears?: { counted: { from: number; to: number } | null; leftOut: number | null }
}

const within = (n: number, min: number, max: number | undefined) => n >= min && (max === undefined || n <= max)

/** The events of each place in one scope: offices by code, or states by code with DC's events apart (0 for offices). */
async function countsIn(db: Db, query: StatesWithMinEventsQuery, scope: ReturnType<typeof scopeOf>): Promise<{ counts: Map<string, number>; dcEvents: number }> {
  if (query.subject === 'office') return { counts: new Map((await groupEvents(db, { scope, column: 'officeCode' })).map((g) => [String(g.key), g.events])), dcEvents: 0 }
  const pairs = await countStatePairs(db, { scope })
  return { counts: new Map(pairs.filter((p) => IS_STATE.has(p.stateCode)).map((p) => [p.stateCode, p.events])), dcEvents: pairs.find((p) => p.stateCode === 'DC')?.events ?? 0 }
}

/** The places a question is about: the offices it names (or all), or the 50 states of its scope, in reference order. */
function candidatesOf(query: StatesWithMinEventsQuery, stateScope: string[] | undefined): string[] {
  return query.subject === 'office' ? candidateOffices(query.filters) : FIFTY_STATES.filter((s) => stateScope === undefined || stateScope.includes(s.code)).map((s) => s.code)
}

/** Every complete fiscal year of the period: a place is in when its count is within the bounds in each. */
async function executeEveryFiscalYear(db: Db, query: StatesWithMinEventsQuery, ctx: ExecuteContext): Promise<StatesWithMinEventsResult> {
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const asked = resolve(query.filters.period)
  const fiscalYears = completeFiscalYears(asked, ctx.asOf)
  const counted = fiscalYears.counted
  const period = counted ? resolve({ kind: 'fy', from: counted.from, to: counted.to }) : asked
  const candidates = candidatesOf(query, stateScope)
  const years = counted ? Array.from({ length: counted.to - counted.from + 1 }, (_, i) => counted.from + i) : []
  const perYearCounts = await Promise.all(
    years.map((fy) => {
      const p = { kind: 'fy' as const, from: fy, to: fy }
      return countsIn(db, query, scopeOf({ ...query.filters, period: p }, resolve(p), ctx.asOf))
    }),
  )
  const perYear = perYearCounts.map((c) => c.counts)
  // an event belongs to one fiscal year: DC's events over the years are the years' added up
  dcNote(perYearCounts.reduce((n, c) => n + c.dcEvents, 0))
  const matched = counted ? await countEvents(db, { scope: scopeOf({ ...query.filters, period: period.asked }, period, ctx.asOf) }) : { events: 0 }
  const places = years.length === 0 ? [] : candidates.map((code) => ({ code, events: perYear.reduce((n, m) => n + (m.get(code) ?? 0), 0) })).filter((x) => perYear.every((m) => within(m.get(x.code) ?? 0, query.min, query.max)))
  const order = (a: { code: string; events: number }, b: { code: string; events: number }) => b.events - a.events || candidates.indexOf(a.code) - candidates.indexOf(b.code)
  places.sort(order)
  const base = { kind: 'state_counts' as const, query, filters, notes, period, min: query.min, max: query.max, subject: query.subject, answer: query.answer, outOf: candidates.length, matchedEvents: matched.events, fiscalYears }
  return query.subject === 'office'
    ? { ...base, states: [], offices: places.map((x) => ({ office: x.code, events: x.events })) }
    : { ...base, states: places.map((x) => ({ state: x.code, events: x.events })), offices: [] }
}

async function execute(db: Db, query: StatesWithMinEventsQuery, ctx: ExecuteContext): Promise<StatesWithMinEventsResult> {
  if (query.everyFiscalYear) return executeEveryFiscalYear(db, query, ctx)
  const { filters, notes, stateScope, resolve, dcNote } = ctx
  const period = resolve(query.filters.period)
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const base = { kind: 'state_counts' as const, query, filters, notes, period, min: query.min, max: query.max, subject: query.subject, answer: query.answer }
  const [{ counts, dcEvents }, matched] = await Promise.all([countsIn(db, query, scope), countEvents(db, { scope })])
  const candidates = candidatesOf(query, stateScope)
  if (query.subject === 'office') {
    const offices = candidates
      .map((office) => ({ office, events: counts.get(office) ?? 0 }))
      .filter((o) => within(o.events, query.min, query.max))
      .sort((a, b) => b.events - a.events || candidates.indexOf(a.office) - candidates.indexOf(b.office))
    return { ...base, states: [], offices, outOf: candidates.length, matchedEvents: matched.events }
  }
  dcNote(dcEvents)
  const states = candidates
    .map((state) => ({ state, events: counts.get(state) ?? 0 }))
    .filter((s) => within(s.events, query.min, query.max))
    .sort((a, b) => b.events - a.events || a.state.localeCompare(b.state))
  return { ...base, states, offices: [], outOf: candidates.length, matchedEvents: matched.events }
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)

/** The bounds in words: "at least 5 events", "exactly 1 event", "at most 2 events", "2 to 4 events". */
function boundsEn(min: number, max: number | undefined): string {
  if (max === undefined) return `at least ${formatNumber(min)} ${plural(min, 'event', 'events')}`
  if (min === max) return `exactly ${formatNumber(min)} ${plural(min, 'event', 'events')}`
  if (min === 0) return `at most ${formatNumber(max)} ${plural(max, 'event', 'events')}`
  return `${formatNumber(min)} to ${formatNumber(max)} events`
}

/** 「5件以上」「1件のみ」「2件以下」「2〜4件」. */
function boundsJa(min: number, max: number | undefined): string {
  if (max === undefined) return `${formatNumber(min)}件以上`
  if (min === max) return `${formatNumber(min)}件のみ`
  if (min === 0) return `${formatNumber(max)}件以下`
  return `${formatNumber(min)}〜${formatNumber(max)}件`
}

type Subject = 'state' | 'office'
const NOUN: Record<Lang, Record<Subject, string>> = { en: { state: 'states', office: 'offices' }, ja: { state: '州', office: '公館' } }

/** Whether the places with no event are in (min 0) or, for a range from 1, said to be out. */
const noneNote = (min: number, max: number | undefined): 'in' | 'out' | undefined => (min === 0 ? 'in' : min === 1 && max !== undefined && max > 1 ? 'out' : undefined)

const EVERY_FY: Record<Lang, string> = { en: 'in every complete fiscal year, each counted on its own', ja: '終了した全ての年度で各年度ごとに' }

const WHAT: Record<Lang, (min: number, max: number | undefined, subject: Subject) => string> = {
  en: (min, max, subject) => {
    const notes = [
      ...(noneNote(min, max) === 'in' ? [`${NOUN.en[subject]} with none included`] : noneNote(min, max) === 'out' ? [`${NOUN.en[subject]} with none not included`] : []),
      ...(subject === 'state' ? ['an event in several states counts in each'] : []),
    ]
    return `${NOUN.en[subject]} with ${boundsEn(min, max)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`
  },
  ja: (min, max, subject) => {
    const notes = [
      ...(noneNote(min, max) === 'in' ? [`実施のない${NOUN.ja[subject]}を含む`] : noneNote(min, max) === 'out' ? [`実施のない${NOUN.ja[subject]}を含まない`] : []),
      ...(subject === 'state' ? ['複数州にまたがる事業は各州で1件'] : []),
    ]
    return `実施件数${boundsJa(min, max)}の${NOUN.ja[subject]}${notes.length > 0 ? `（${notes.join('、')}）` : ''}`
  },
}

function labelOf(r: StatesWithMinEventsResult, w: Wording, lang: Lang): Array<{ name: string; events: number }> {
  return r.subject === 'office'
    ? r.offices.map((o) => ({ name: w.groupKey('office', o.office), events: o.events }))
    : r.states.map((s) => ({ name: name.state(s.state, lang), events: s.events }))
}

/** The running fiscal year left out of "every fiscal year", said after the sentence. */
const leftOutEn = (r: StatesWithMinEventsResult) => (r.fiscalYears?.leftOut != null ? ` FY${r.fiscalYears.leftOut}, still running, is not counted.` : '')
const leftOutJa = (r: StatesWithMinEventsResult) => (r.fiscalYears?.leftOut != null ? `実施中の${r.fiscalYears.leftOut}年度は含みません。` : '')

const SENTENCE: Record<Lang, (r: StatesWithMinEventsResult, w: Wording) => string> = {
  en: (r, w) => {
    const found = labelOf(r, w, 'en')
    const noun = NOUN.en[r.subject]
    if (r.fiscalYears && r.fiscalYears.counted === null) return `No complete fiscal year${scopeEn(r.filters)} ${w.periodIn(r.period)} to count.${leftOutEn(r)}`
    const when = r.fiscalYears ? ` in every fiscal year from FY${r.fiscalYears.counted!.from} to FY${r.fiscalYears.counted!.to}` : ` ${w.periodIn(r.period)}`
    const head = `${found.length === 0 ? 'None' : formatNumber(found.length)} of the ${r.outOf} ${noun} had ${boundsEn(r.min, r.max)}${scopeEn(r.filters)}${when}`
    const total = r.fiscalYears ? ' (events over those years)' : ''
    if (r.answer === 'count' || found.length === 0) return `${head}.${leftOutEn(r)}`
    return `${head}: ${found.map((s) => `${s.name} ${formatNumber(s.events)}`).join(', ')}${total}.${leftOutEn(r)}`
  },
  ja: (r, w) => {
    const found = labelOf(r, w, 'ja')
    const noun = NOUN.ja[r.subject]
    if (r.fiscalYears) {
      const c = r.fiscalYears.counted
      if (c === null) return `${w.periodOf(r.period)}終了した年度はありません。${leftOutJa(r)}`
      const { who, what } = scopeJaVerb(r.subject === 'office' ? { ...r.filters, offices: undefined } : r.filters)
      const did = `${c.from}年度から${c.to}年度までの全ての年度で${who}${what}事業を各年度${boundsJa(r.min, r.max)}実施した${noun}`
      if (found.length === 0) return `${did}はありません（${r.outOf}${noun}中）。${leftOutJa(r)}`
      const head = `${did}は${formatNumber(found.length)}${noun}です（${r.outOf}${noun}中）。`
      if (r.answer === 'count') return `${head}${leftOutJa(r)}`
      return `${head}該当${noun}（期間中の件数）：${found.map((s) => `${s.name}（${formatNumber(s.events)}件）`).join('、')}。${leftOutJa(r)}`
    }
    const { who, what } = scopeJaVerb(r.subject === 'office' ? { ...r.filters, offices: undefined } : r.filters)
    const did =
      r.min === 0
        ? `${who}${what}事業の実施件数が${boundsJa(r.min, r.max)}（実施なしを含む）の${noun}`
        : `${who}${what}事業を${boundsJa(r.min, r.max)}実施した${noun}`
    if (found.length === 0) return `${w.periodIn(r.period)}${did}はありません（${r.outOf}${noun}中）。`
    const head = `${w.periodIn(r.period)}${did}は${formatNumber(found.length)}${noun}です（${r.outOf}${noun}中）`
    if (r.answer === 'count' || found.length === 0) return `${head}。`
    return `${head}。該当${noun}：${found.map((s) => `${s.name}（${formatNumber(s.events)}件）`).join('、')}。`
  },
}

const QUESTION: Record<Lang, (q: StatesWithMinEventsQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `${q.answer === 'count' ? 'How many' : 'Which'} ${NOUN.en[q.subject]} had ${boundsEn(q.min, q.max)}${w.scopePhrase(q.filters)} ${w.periodIn(p)}?`,
  ja: (q, w, p) =>
    `${w.periodIn(p)}${w.scopePhrase(q.filters)}${q.min === 0 ? `実施件数が${boundsJa(q.min, q.max)}の` : `事業を${boundsJa(q.min, q.max)}実施した`}${NOUN.ja[q.subject]}${q.answer === 'count' ? 'の数' : ''}は？`,
}

export const statesWithMinEventsIntent = {
  intent: 'states_with_min_events',
  schema: statesWithMinEventsQuerySchema,
  description: {
    en:
      'The states (of the 50; subject "office": the offices) with at least "min" events in the period ("at least 5", "10 or more", ' +
      '"more than 9" = min 10) and at most "max" when given ("only one event" = min 1, max 1; "at most 2" = max 2 with min 0 ' +
      'taking in those with none), as a list, or with answer "count" their number ("how many states had 10 or more events"); ' +
      'everyFiscalYear: the bounds hold in each complete fiscal year of the period ("states with an event in every fiscal year").',
  },
  examples: ['Which states had at least 5 events in FY2022?', 'Which states have only ever had one event?', '1件しか実施していない州は？'],
  execute,
  text: (r) => both((w, lang) => SENTENCE[lang](r, w)),
  figures: (r) =>
    r.answer === 'count'
      ? { kind: 'scalar', value: r.subject === 'office' ? r.offices.length : r.states.length }
      : { kind: 'list', items: r.subject === 'office' ? officeItems(r.offices.map((o) => o.office)) : stateItemsOf(r.states) },
  interpretation: (r, w, lang) => [WHAT[lang](r.min, r.max, r.subject), ...(r.query.everyFiscalYear ? [EVERY_FY[lang]] : []), w.periodWithDates(r.period), ...w.filters(r.filters), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang](q.min, q.max, q.subject), ...(q.everyFiscalYear ? [EVERY_FY[lang]] : []), w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters)],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'states_with_min_events', StatesWithMinEventsQuery, StatesWithMinEventsResult>
