// Intent "event_stat": a statistic of single events over the filters, as one figure or per group — the largest
// or smallest participant count of one event (参加者数の最大値・最小値, "max attendance at a single event"), or
// the average number of states an event touches (1事業あたりの平均州数, "average number of states per event",
// DC counted as one state, as the stateCount filter counts), or the average number of days an event lasts
// (事業の平均開催日数, "average duration in days": both ends counted, 1 with no end date, as the days filter counts),
// or the longest (shortest) event in days with the event(s) of that length (開催期間が最も長かった事業の日数);
// the median cost per event over the events with a cost recorded (事業費の中央値) and the median days; the
// average (largest) number of partners per event (1事業あたりの平均パートナー数, partners counted as the
// partnerCount filter counts them: Event.partnerCount); the average number of themes per event (an event
// without a theme counts 0); the range of participants (largest single event minus smallest); the population
// or sample standard deviation of participants per event (母標準偏差 / 標本標準偏差, only when the question says which).
import { z } from 'zod'
import type { Lang } from '../../i18n/types.ts'
import { titleIn } from '../../i18n/lang.ts'
import type { Db } from '../../store/client.ts'
import { latestEvents, type ListedEvent } from '../../store/queries/latest-events.ts'
import { readEventFacts, type EventFact } from '../../store/queries/read-event-facts.ts'
import { groupKeys, IN_ORDER } from '../execute/breakdown.ts'
import { averageOf } from '../execute/figures.ts'
import { scopeOf, stateScopeOf } from '../execute/scope.ts'
import { keysOfFact } from '../execute/tally-by-facts.ts'
import { formatNumber, textTable } from '../numbers.ts'
import type { ExecuteContext, ResolvedPeriod, ResultBase } from '../results.ts'
import { filtersSchema, groupBySchema, type GroupBy } from '../slots.ts'
import { both, type Wording } from '../wording.ts'
import { medianOf } from './median-participants.ts'
import type { IntentModule } from './module.ts'
import { describePeriod } from './shared.ts'
import { DEFAULT_TIME_ZONE, daysBetween } from './recorded-events.ts'
import { todayIn } from '../../domain/fiscal-year.ts'

/**
 * max/min_participants: one event's participant count; avg_states: the states an event touches, on average;
 * avg_days: the calendar days an event spans (Event.durationDays), on average; max_days/min_days: the most
 * (fewest) days one event spans, with the event(s) of that length; median_cost: the median of Event.costYen over
 * the events with a cost recorded (no cost: not counted); median_days: the median of Event.durationDays;
 * avg_partners/max_partners: Event.partnerCount (the partnerCount filter's count), averaged or the largest;
 * avg_themes: the themes an event is tagged with (EventTheme rows; none counts 0), averaged;
 * range_participants: the largest participant count of one event minus the smallest;
 * stddev_pop_participants / stddev_sample_participants: the standard deviation of the participant counts, over
 * n (population) or n − 1 (sample), one decimal. Medians of an even count: the mean of the two middle values
 * (median-participants.ts medianOf).
 * avg_gap_days / max_gap_days: the days between consecutive start dates, the events in date order (two events
 * on one day: 0 days) — on average ((last − first) ÷ (n − 1), one decimal) or the longest; none under two events.
 * avg_lag_days / max_lag_days: the days from an event's start date to the day it was recorded (Event.createdAt as
 * a calendar date in the configured time zone, Asia/Tokyo by default; recorded before the start: negative), on
 * average (one decimal) or the longest; an event recorded after the as-of date is not counted.
 * days_since_last: the days from the latest start date of the matched events (none after the as-of date) to the
 * as-of date ("how many days since our last event?"; per group, "which state has gone the longest without an
 * event" — the groups with an event only).
 */
export const eventStatSchema = z.enum([
  'max_participants',
  'min_participants',
  'avg_states',
  'avg_days',
  'max_days',
  'min_days',
  'median_cost',
  'median_days',
  'median_participants',
  'avg_partners',
  'max_partners',
  'avg_themes',
  'range_participants',
  'stddev_pop_participants',
  'stddev_sample_participants',
  'avg_gap_days',
  'max_gap_days',
  'avg_lag_days',
  'max_lag_days',
  'days_since_last',
])
export type EventStat = z.infer<typeof eventStatSchema>

export const eventStatQuerySchema = z.object({
  intent: z.literal('event_stat'),
  stat: eventStatSchema,
  filters: filtersSchema,
  /** The same statistic within each group (an event in several states, regions or themes is in each). */
  groupBy: groupBySchema.optional(),
  /** With groupBy: only the N groups with the highest figure (the lowest for a minimum), groups tied with the Nth kept ("which office had the longest gap"). */
  top: z.number().int().min(1).max(100).optional(),
})
export type EventStatQuery = z.infer<typeof eventStatQuerySchema>

export interface EventStatRow {
  key: string
  /** The statistic over the group's events; null when it has none (median_cost: none with a cost recorded). */
  value: number | null
  events: number
  /** median_cost: the group's events with a cost recorded. */
  withCost?: number
}

export interface EventStatResult extends ResultBase<EventStatQuery> {
  kind: 'event_stat'
  stat: EventStat
  period: ResolvedPeriod
  /** The statistic over every matched event; null over none. */
  value: number | null
  /** avg_states: the states the matched events touch, added up event by event (DC counted as one). */
  stateTouches: number
  /** avg_days: the days the matched events span, added up event by event (both ends counted). */
  eventDays: number
  /** How many matched events have a cost recorded (median_cost counts those only). */
  withCost: number
  /** avg_partners: the partners of the matched events added up (Event.partnerCount). */
  partnerTotal: number
  /** avg_themes: the themes of the matched events added up (an event without a theme adds 0). */
  themeTotal: number
  /** The largest and smallest participant count of one matched event (null over none), for range_participants. */
  largest: number | null
  smallest: number | null
  groupBy: GroupBy | null
  /** With groupBy: one row per group (chronological groups in order, others by value); states with no event left out. */
  rows: EventStatRow[]
  /** max_days/min_days with no groupBy: how many events span exactly that many days (ties). */
  tied: number
  /** …and those events, newest first, at most MAX_TIED_SHOWN. */
  events: ListedEvent[]
}

const GAP_OR_LAG: ReadonlySet<EventStat> = new Set(['avg_gap_days', 'max_gap_days', 'avg_lag_days', 'max_lag_days', 'days_since_last'])

/** At most this many events of the longest (shortest) length are listed (the answer says how many share it). */
const MAX_TIED_SHOWN = 20

/** The statistic over a set of events (null over none); an average to one decimal. */
export function statOf(stat: EventStat, facts: readonly EventFact[], lagOf: (f: EventFact) => number | undefined = () => undefined, asOf?: string): number | null {
  if (facts.length === 0) return null
  switch (stat) {
    case 'days_since_last': {
      const latest = facts.reduce((m, f) => (f.startDate > m ? f.startDate : m), '')
      return asOf === undefined || latest === '' || latest > asOf ? null : daysBetween(latest, asOf)
    }
    case 'avg_gap_days':
    case 'max_gap_days': {
      if (facts.length < 2) return null
      const days = facts.map((f) => f.startDate).sort()
      const first = days[0] ?? ''
      const last = days.at(-1) ?? ''
      if (stat === 'avg_gap_days') return averageOf(daysBetween(first, last), days.length - 1)
      let longest = 0
      for (let i = 1; i < days.length; i++) longest = Math.max(longest, daysBetween(days[i - 1] ?? '', days[i] ?? ''))
      return longest
    }
    case 'avg_lag_days':
    case 'max_lag_days': {
      const lags = facts.flatMap((f) => {
        const d = lagOf(f)
        return d === undefined ? [] : [d]
      })
      if (lags.length === 0) return null
      return stat === 'avg_lag_days' ? averageOf(lags.reduce((a, b) => a + b, 0), lags.length) : Math.max(...lags)
    }
    case 'median_cost':
      return medianOf(facts.flatMap((f) => (f.costYen === null ? [] : [f.costYen])))
    case 'median_days':
      return medianOf(facts.map((f) => f.durationDays))
    case 'median_participants':
      return medianOf(facts.map((f) => f.participants))
    case 'avg_partners':
      return averageOf(facts.reduce((n, f) => n + f.partnerCount, 0), facts.length)
    case 'max_partners':
      return facts.reduce((m, f) => Math.max(m, f.partnerCount), 0)
    case 'avg_themes':
      return averageOf(facts.reduce((n, f) => n + f.themes.length, 0), facts.length)
    case 'range_participants':
      return facts.reduce((m, f) => Math.max(m, f.participants), 0) - facts.reduce((m, f) => Math.min(m, f.participants), Number.POSITIVE_INFINITY)
    case 'stddev_pop_participants':
      return standardDeviation(facts.map((f) => f.participants), 'population')
    case 'stddev_sample_participants':
      return standardDeviation(facts.map((f) => f.participants), 'sample')
    case 'max_participants':
      return facts.reduce((m, f) => Math.max(m, f.participants), 0)
    case 'min_participants':
      return facts.reduce((m, f) => Math.min(m, f.participants), Number.POSITIVE_INFINITY)
    case 'avg_states':
      return averageOf(facts.reduce((n, f) => n + f.stateCount, 0), facts.length)
    case 'avg_days':
      return averageOf(facts.reduce((n, f) => n + f.durationDays, 0), facts.length)
    case 'max_days':
      return facts.reduce((m, f) => Math.max(m, f.durationDays), 0)
    case 'min_days':
      return facts.reduce((m, f) => Math.min(m, f.durationDays), Number.POSITIVE_INFINITY)
  }
}

/**
 * The standard deviation of whole numbers, one decimal (half up): the squared deviations from the mean added up
 * (n·Σx² − (Σx)², exact in integers, over n) and divided by n (population) or n − 1 (sample; null under two values).
 */
export function standardDeviation(values: readonly number[], kind: 'population' | 'sample'): number | null {
  const n = values.length
  const divisor = kind === 'population' ? n : n - 1
  if (n === 0 || divisor === 0) return null
  const sum = values.reduce((a, v) => a + BigInt(v), 0n)
  const squares = values.reduce((a, v) => a + BigInt(v) * BigInt(v), 0n)
  const nTimesDeviations = BigInt(n) * squares - sum * sum
  return Math.round(Math.sqrt(Number(nTimesDeviations) / n / divisor) * 10) / 10
}

/**
 * Whether the question says which standard deviation `stat` is (population: "population", 母標準偏差; sample:
 * "sample", 標本): a reading from outside the rules (the model's) of a standard deviation is taken only then —
 * n and n − 1 give different figures, and the rules ask back a question that does not say (parser/event-questions.ts).
 * True for every other statistic.
 */
export function saysStandardDeviationKind(stat: EventStat, question: string): boolean {
  const q = question.toLowerCase()
  if (stat === 'stddev_pop_participants') return /(?<![a-z])population(?![a-z])|母標準偏差|母集団/.test(q) && !/(?<![a-z])sample(?![a-z])|標本/.test(q)
  if (stat === 'stddev_sample_participants') return /(?<![a-z])sample(?![a-z])|標本/.test(q) && !/(?<![a-z])population(?![a-z])|母標準偏差|母集団/.test(q)
  return true
}

async function execute(db: Db, query: EventStatQuery, ctx: ExecuteContext): Promise<EventStatResult> {
  const { filters, notes, resolve } = ctx
  const period = resolve(query.filters.period)
  const groupBy = query.groupBy
  const scope = scopeOf(query.filters, period, ctx.asOf)
  const facts = await readEventFacts(db, {
    scope,
    states: groupBy === 'state' || groupBy === 'region',
    themes: groupBy === 'theme' || query.stat === 'avg_themes',
  })
  // the recording lag of each event: its recorded day in the time zone minus its start date (after the as-of: none)
  const timeZone = ctx.timeZone ?? DEFAULT_TIME_ZONE
  const lagOf = (f: EventFact): number | undefined => {
    const day = todayIn(timeZone, f.createdAt)
    return day > ctx.asOf ? undefined : daysBetween(f.startDate, day)
  }
  let rows: EventStatRow[] = []
  if (groupBy !== undefined) {
    const stateScope = stateScopeOf(query.filters)
    const keys = groupKeys(groupBy, query.filters, period, stateScope, 'events')
    const inScope = (s: string) => stateScope === undefined || stateScope.includes(s)
    const members = new Map(keys.map((k) => [k, [] as EventFact[]]))
    for (const f of facts) for (const k of keysOfFact(groupBy, f, inScope, query.filters.themes)) members.get(k)?.push(f)
    rows = keys.map((key) => {
      const group = members.get(key) ?? []
      return { key, value: statOf(query.stat, group, lagOf, ctx.asOf), events: group.length }
    })
    // a state breakdown lists the states with events; other groups keep every group (with no figure when empty)
    if (groupBy === 'state') rows = rows.filter((r) => r.events > 0)
    if (!IN_ORDER.includes(groupBy)) rows = [...rows].sort(query.stat === 'min_participants' || query.stat === 'min_days' ? ascending : descending)
    // a gap or a lag needs its events: a group whose figure is none (one event; none recorded by the as-of date) is left out
    if (GAP_OR_LAG.has(query.stat)) rows = rows.filter((r) => r.value !== null)
    if (query.top !== undefined && !IN_ORDER.includes(groupBy)) rows = topWithTies(rows, query.top, query.stat === 'min_participants' || query.stat === 'min_days')
    if (query.stat === 'median_cost') rows = rows.map((r) => ({ ...r, withCost: (members.get(r.key) ?? []).filter((f) => f.costYen !== null).length }))
  }
  const value = statOf(query.stat, facts, lagOf, ctx.asOf)
  // the longest (shortest) event(s): every event of that length counted, the newest listed
  const extremeDays = (query.stat === 'max_days' || query.stat === 'min_days') && groupBy === undefined && value !== null
  const tied = extremeDays ? facts.filter((f) => f.durationDays === value).length : 0
  const events = extremeDays ? await latestEvents(db, { scope: { ...scope, days: { gte: value, lte: value } }, take: MAX_TIED_SHOWN }) : []
  return {
    kind: 'event_stat',
    query,
    filters,
    notes,
    stat: query.stat,
    period,
    value,
    stateTouches: facts.reduce((n, f) => n + f.stateCount, 0),
    eventDays: facts.reduce((n, f) => n + f.durationDays, 0),
    withCost: facts.filter((f) => f.costYen !== null).length,
    partnerTotal: facts.reduce((n, f) => n + f.partnerCount, 0),
    themeTotal: facts.reduce((n, f) => n + f.themes.length, 0),
    largest: statOf('max_participants', facts),
    smallest: statOf('min_participants', facts),
    groupBy: groupBy ?? null,
    rows,
    tied,
    events,
    matchedEvents: facts.length,
  }
}

/** The first `n` rows (already ranked) and every row tied with the n-th; rows with no figure are never among them. */
function topWithTies(rows: readonly EventStatRow[], n: number, lowest: boolean): EventStatRow[] {
  const ranked = rows.filter((r) => r.value !== null && r.events > 0)
  const nth = ranked[n - 1]?.value
  if (nth === undefined || nth === null) return ranked
  return ranked.filter((r) => r.value !== null && (lowest ? r.value <= nth : r.value >= nth))
}

const byKey = (a: EventStatRow, b: EventStatRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
/** Largest first, groups without events last, then by key. */
function descending(a: EventStatRow, b: EventStatRow): number {
  return (b.value ?? -Infinity) - (a.value ?? -Infinity) || byKey(a, b)
}
/** Smallest first, groups without events last, then by key. */
function ascending(a: EventStatRow, b: EventStatRow): number {
  return (a.value ?? Infinity) - (b.value ?? Infinity) || byKey(a, b)
}

/** What was computed, for the interpretation line (how DC counts is said there). */
const WHAT: Record<Lang, Record<EventStat, string>> = {
  en: {
    max_participants: 'the largest participant count of a single event',
    min_participants: 'the smallest participant count of a single event',
    avg_states: 'the average number of states per event (the states each event touches, added up and divided by the events; DC counted as one state)',
    avg_days: 'the average duration of an event in days (the days each event spans, start and end dates both counted and 1 day without an end date, added up and divided by the events)',
    max_days: 'the longest event in days (start and end dates both counted, 1 day without an end date), with every event of that length',
    min_days: 'the shortest event in days (start and end dates both counted, 1 day without an end date), with every event of that length',
    median_cost: 'the median cost per event, over the events with a cost recorded only (events without a cost are not counted; with an even number of them, the mean of the two middle costs)',
    median_days: 'the median duration of an event in days (start and end dates both counted, 1 day without an end date; with an even number of events, the mean of the two middle values)',
    median_participants: 'the median participants per event (with an even number of events, the mean of the two middle counts)',
    avg_partners: 'the average number of partners per event (the partners named on each event, as the partner-count filter counts them, added up and divided by the events; an event with no partner counts 0)',
    max_partners: 'the largest number of partners named on a single event (as the partner-count filter counts them)',
    avg_themes: 'the average number of themes per event (the themes each event is tagged with, added up and divided by the events; an event without a theme counts 0)',
    range_participants: 'the range of participants: the largest participant count of a single event minus the smallest',
    stddev_pop_participants: 'the population standard deviation of the participants per event (squared deviations from the mean divided by the number of events, n; one decimal)',
    stddev_sample_participants: 'the sample standard deviation of the participants per event (squared deviations from the mean divided by the number of events minus one, n − 1; one decimal)',
    avg_gap_days: 'the average gap in days between consecutive events (start dates in order, two on one day 0 days apart: days from the first start date to the last, divided by the events minus one)',
    max_gap_days: 'the longest gap in days between two consecutive events (start dates in order)',
    avg_lag_days: 'the average recording lag: days from an event’s start date to the day it was recorded (Tokyo calendar days; events recorded after the as-of date not counted)',
    max_lag_days: 'the longest recording lag: days from an event’s start date to the day it was recorded (Tokyo calendar days)',
    days_since_last: 'the days from the latest event’s start date to the as-of date',
  },
  ja: {
    max_participants: '1件あたりの参加者数の最大値（単一事業の参加者数のうち最も多いもの）',
    min_participants: '1件あたりの参加者数の最小値（単一事業の参加者数のうち最も少ないもの）',
    avg_states: '1事業あたりの平均州数（各事業の対象州数の合計÷件数。ワシントンDCも1州として計数）',
    avg_days: '1事業あたりの平均開催日数（各事業の実施期間の日数の合計÷件数。開始日・終了日を含み、終了日のない事業は1日として計数）',
    max_days: '開催期間が最も長い事業の日数（開始日・終了日を含み、終了日のない事業は1日として計数）と、その日数の事業すべて',
    min_days: '開催期間が最も短い事業の日数（開始日・終了日を含み、終了日のない事業は1日として計数）と、その日数の事業すべて',
    median_cost: '1事業あたりの事業費用の中央値（費用の記録がある事業のみが対象。費用の記録がない事業は含めない。件数が偶数の場合は中央2件の平均）',
    median_days: '1事業あたりの開催日数の中央値（開始日・終了日を含み、終了日のない事業は1日として計数。件数が偶数の場合は中央2件の平均）',
    median_participants: '1事業あたりの参加者数の中央値（件数が偶数の場合は中央2件の平均）',
    avg_partners: '1事業あたりの平均パートナー数（各事業のパートナー数をパートナー数の条件と同じ数え方で合計÷件数。パートナーのない事業は0として計数）',
    max_partners: '単一事業のパートナー数の最大値（パートナー数の条件と同じ数え方）',
    avg_themes: '1事業あたりの平均テーマ数（各事業に設定されたテーマ数の合計÷件数。テーマのない事業は0として計数）',
    range_participants: '参加者数の範囲（単一事業の参加者数の最大値−最小値）',
    stddev_pop_participants: '1事業あたりの参加者数の母標準偏差（平均からの偏差の2乗和を件数nで除した値の平方根。小数第1位まで）',
    stddev_sample_participants: '1事業あたりの参加者数の標本標準偏差（平均からの偏差の2乗和を件数−1（n−1）で除した値の平方根。小数第1位まで）',
    avg_gap_days: '事業の平均開催間隔（開始日順に並べた連続する事業の間の日数の平均。同日の事業は0日。最初と最後の開始日の間の日数÷（件数−1））',
    max_gap_days: '連続する2事業の開催間隔の最長日数（開始日順）',
    avg_lag_days: '実施（開始）日から登録日までの平均日数（登録日は東京の暦日。基準日より後に登録された事業は含めない）',
    max_lag_days: '実施（開始）日から登録日までの最長日数（登録日は東京の暦日）',
    days_since_last: '直近の事業の実施（開始）日から基準日までの日数',
  },
}

const HEAD: Record<Lang, Record<EventStat, string>> = {
  en: {
    max_participants: 'Largest attendance at a single event',
    min_participants: 'Smallest attendance at a single event',
    avg_states: 'Average number of states per event',
    avg_days: 'Average duration of an event',
    max_days: 'Longest event',
    min_days: 'Shortest event',
    median_cost: 'Median cost per event (events with a cost recorded only)',
    median_days: 'Median duration of an event',
    median_participants: 'Median participants per event',
    avg_partners: 'Average number of partners per event',
    max_partners: 'Largest number of partners on a single event',
    avg_themes: 'Average number of themes per event',
    range_participants: 'Range of participants per event (largest minus smallest)',
    stddev_pop_participants: 'Population standard deviation of participants per event',
    stddev_sample_participants: 'Sample standard deviation of participants per event',
    avg_gap_days: 'Average gap between consecutive events',
    max_gap_days: 'Longest gap between two consecutive events',
    avg_lag_days: 'Average days from an event to its recording',
    max_lag_days: 'Longest time from an event to its recording',
    days_since_last: 'Days since the latest event',
  },
  ja: {
    max_participants: '1件あたりの参加者数の最大値',
    min_participants: '1件あたりの参加者数の最小値',
    avg_states: '1事業あたりの平均州数',
    avg_days: '1事業あたりの平均開催日数',
    max_days: '開催期間が最も長い事業の日数',
    min_days: '開催期間が最も短い事業の日数',
    median_cost: '1事業あたりの事業費用の中央値（費用の記録がある事業のみ）',
    median_days: '1事業あたりの開催日数の中央値',
    median_participants: '1事業あたりの参加者数の中央値',
    avg_partners: '1事業あたりの平均パートナー数',
    max_partners: '単一事業のパートナー数の最大値',
    avg_themes: '1事業あたりの平均テーマ数',
    range_participants: '参加者数の最大と最小の差（単一事業の最大値−最小値）',
    stddev_pop_participants: '1事業あたりの参加者数の母標準偏差',
    stddev_sample_participants: '1事業あたりの参加者数の標本標準偏差',
    avg_gap_days: '事業の平均開催間隔',
    max_gap_days: '連続する2事業の開催間隔の最長',
    avg_lag_days: '実施日から登録までの平均日数',
    max_lag_days: '実施日から登録までの最長日数',
    days_since_last: '直近の事業からの経過日数',
  },
}

/**
 * A figure with its unit: participants (in a Japanese sentence read with 万 as the other figures are, in a
 * table column without), or states to one decimal.
 */
function valueText(stat: EventStat, v: number | null, lang: Lang, w: Wording, inTable = false): string {
  if (v === null) return '–'
  if (stat === 'avg_states') return STAT_TEXT[lang].states(v)
  if (stat === 'avg_days' || stat === 'max_days' || stat === 'min_days' || stat === 'median_days' || GAP_OR_LAG.has(stat)) return STAT_TEXT[lang].days(v)
  if (stat === 'median_cost') return STAT_TEXT[lang].yen(v)
  if (stat === 'avg_partners' || stat === 'max_partners') return STAT_TEXT[lang].partners(v)
  if (stat === 'avg_themes') return STAT_TEXT[lang].themes(v)
  return STAT_TEXT[lang].participants(v, w, inTable)
}

const STAT_TEXT: Record<
  Lang,
  {
    states: (v: number) => string
    days: (v: number) => string
    yen: (v: number) => string
    partners: (v: number) => string
    themes: (v: number) => string
    participants: (v: number, w: Wording, inTable: boolean) => string
    noEvents: string
    noCost: string
  }
> = {
  en: {
    states: (v) => `${formatNumber(v)} states`,
    // exact yen: a median of an even count may end in .5
    yen: (v) => `¥${formatNumber(v)}`,
    partners: (v) => `${formatNumber(v)} ${v === 1 ? 'partner' : 'partners'}`,
    themes: (v) => `${formatNumber(v)} ${v === 1 ? 'theme' : 'themes'}`,
    days: (v) => `${formatNumber(v)} ${v === 1 ? 'day' : 'days'}`,
    participants: (v) => `${formatNumber(v)} participants`,
    noEvents: 'no events',
    noCost: 'no cost recorded',
  },
  ja: {
    states: (v) => `${formatNumber(v)}州`,
    yen: (v) => `${formatNumber(v)}円`,
    partners: (v) => `${formatNumber(v)}団体`,
    themes: (v) => `${formatNumber(v)}テーマ`,
    days: (v) => `${formatNumber(v)}日`,
    participants: (v, w, inTable) => (inTable ? w.cell('participants', v) : w.figure('participants', v)),
    noEvents: '実施なし',
    noCost: '費用記録なし',
  },
}

const RANK = { top: null, fewest: false, cumulative: false } as const

const TEXT: Record<Lang, (r: EventStatResult, w: Wording) => string> = {
  en: (r, w) => {
    const scope = w.scopePhrase(r.filters)
    const when = w.periodIn(r.period)
    if (r.matchedEvents === 0) return `No events matched${scope} ${when}, so there is no figure.`
    if (r.value === null && r.stat === 'median_cost') return `None of the ${w.count(r.matchedEvents, 'events')}${scope} ${when} has a cost recorded, so there is no median cost.`
    if (r.value === null && r.stat === 'days_since_last') return `No event matched${scope} ${when}, so there is no latest event to count from.`
    if (r.value === null && (r.stat === 'avg_lag_days' || r.stat === 'max_lag_days')) return `None of the ${w.count(r.matchedEvents, 'events')}${scope} ${when} was recorded by the as-of date, so there is no figure.`
    if (r.value === null) return `Only ${w.count(r.matchedEvents, 'events')} matched${scope} ${when}: ${r.stat === 'avg_gap_days' || r.stat === 'max_gap_days' ? 'a gap between events' : 'a sample standard deviation'} needs at least two, so there is no figure.`
    const dc = CONTEXT.en(r)
    const head = `${HEAD.en[r.stat]}${scope} ${when}: ${valueText(r.stat, r.value, 'en', w)} (over ${w.count(r.matchedEvents, 'events')}${dc}).`
    if (r.groupBy === null && r.events.length > 0) {
      const shown = r.events.length < r.tied ? `, the ${formatNumber(r.events.length)} most recent shown` : ''
      const which = r.tied === 1 ? 'The event:' : `${formatNumber(r.tied)} events last that long${shown}:`
      return [head, which, ...eventLines(r, w, 'en')].join('\n')
    }
    if (r.groupBy === null) return head
    return [head, `${capitalise(w.breakdownBy(r.groupBy, RANK))}:`, table(r, w, 'en')].join('\n')
  },
  ja: (r, w) => {
    const lead = `${w.periodOf(r.period)}${w.scopePhrase(r.filters)}`
    if (r.matchedEvents === 0) return `${lead}該当する事業がないため、数値は算出できません。`
    if (r.value === null && r.stat === 'median_cost') return `${lead}該当する事業（${formatNumber(r.matchedEvents)}件）には費用の記録がないため、中央値は算出できません。`
    if (r.value === null && r.stat === 'days_since_last') return `${lead}該当する事業がないため、経過日数は算出できません。`
    if (r.value === null && (r.stat === 'avg_lag_days' || r.stat === 'max_lag_days')) return `${lead}該当する事業（${formatNumber(r.matchedEvents)}件）は基準日までに登録されていないため、数値は算出できません。`
    if (r.value === null) return `${lead}該当する事業が${formatNumber(r.matchedEvents)}件のみのため、${r.stat === 'avg_gap_days' || r.stat === 'max_gap_days' ? '開催間隔' : '標本標準偏差'}は算出できません（2件以上が必要です）。`
    const dc = CONTEXT.ja(r)
    const head = `${lead}${HEAD.ja[r.stat]}は${valueText(r.stat, r.value, 'ja', w)}です（対象${w.count(r.matchedEvents, 'events')}${dc}）。`
    if (r.groupBy === null && r.events.length > 0) {
      const shown = r.events.length < r.tied ? `。新しい順に${formatNumber(r.events.length)}件を表示` : ''
      const which = r.tied === 1 ? '該当する事業：' : `この日数の事業は${formatNumber(r.tied)}件あります${shown}：`
      return [head, which, ...eventLines(r, w, 'ja')].join('\n')
    }
    if (r.groupBy === null) return head
    return [head, `${w.breakdownBy(r.groupBy, RANK)}：`, table(r, w, 'ja')].join('\n')
  },
}

/** What the figure is over, said after the count of events (the counting rule in a few words). */
const CONTEXT: Record<Lang, (r: EventStatResult) => string> = {
  en: (r) => {
    switch (r.stat) {
      case 'avg_states':
        return `, touching ${formatNumber(r.stateTouches)} states between them — an event counted once in each state it touches, DC counted as one state`
      case 'avg_days':
        return `, ${formatNumber(r.eventDays)} event days between them — start and end dates both counted, 1 day for an event without an end date`
      case 'median_days':
        return ' — start and end dates both counted, 1 day for an event without an end date; with an even number of events, the mean of the two middle values'
      case 'median_participants':
        return ' — with an even number of events, the mean of the two middle counts'
      case 'median_cost':
        return `, ${formatNumber(r.withCost)} of them with a cost recorded — only those counted; with an even number, the mean of the two middle costs`
      case 'avg_partners':
        return `, ${formatNumber(r.partnerTotal)} partners named between them — an event with no partner counted as 0`
      case 'avg_themes':
        return `, ${formatNumber(r.themeTotal)} themes tagged between them — an event without a theme counted as 0`
      case 'range_participants':
        return `: largest ${formatNumber(r.largest ?? 0)} minus smallest ${formatNumber(r.smallest ?? 0)}`
      case 'stddev_pop_participants':
        return ' — divided by n'
      case 'stddev_sample_participants':
        return ' — divided by n − 1'
      default:
        return ''
    }
  },
  ja: (r) => {
    switch (r.stat) {
      case 'avg_states':
        return `、各事業の対象州数の合計${formatNumber(r.stateTouches)}州。ワシントンDCも1州として数えています`
      case 'avg_days':
        return `、各事業の実施期間の合計${formatNumber(r.eventDays)}日。開始日・終了日を含み、終了日のない事業は1日として数えています`
      case 'median_days':
        return '。開始日・終了日を含み、終了日のない事業は1日として数えています。件数が偶数の場合は中央2件の平均です'
      case 'median_participants':
        return '。件数が偶数の場合は中央2件の平均です'
      case 'median_cost':
        return `のうち費用の記録がある${formatNumber(r.withCost)}件のみ。件数が偶数の場合は中央2件の平均です`
      case 'avg_partners':
        return `、各事業のパートナー数の合計${formatNumber(r.partnerTotal)}団体。パートナーのない事業は0として数えています`
      case 'avg_themes':
        return `、各事業のテーマ数の合計${formatNumber(r.themeTotal)}テーマ。テーマのない事業は0として数えています`
      case 'range_participants':
        return `、最大${formatNumber(r.largest ?? 0)}名−最小${formatNumber(r.smallest ?? 0)}名`
      case 'stddev_pop_participants':
        return '、件数nで除しています'
      case 'stddev_sample_participants':
        return '、件数−1（n−1）で除しています'
      default:
        return ''
    }
  },
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function eventLines(r: EventStatResult, w: Wording, lang: Lang): string[] {
  return r.events.map((e) =>
    w.eventLine({ date: e.startDate, office: w.groupKey('office', e.officeCode), states: e.stateCodes.map((s) => w.groupKey('state', s)), title: titleIn(e, lang) ?? '', participants: e.participants }),
  )
}

function table(r: EventStatResult, w: Wording, lang: Lang): string {
  if (r.rows.length === 0) return w.noRows
  return textTable(r.rows.map((row): [string, string] => [w.groupKey(r.groupBy ?? 'fiscal_year', row.key), row.events === 0 ? STAT_TEXT[lang].noEvents : row.value === null && r.stat === 'median_cost' ? STAT_TEXT[lang].noCost : valueText(r.stat, row.value, lang, w, true)]))
}

const QUESTION: Record<Lang, (q: EventStatQuery, w: Wording, p: ResolvedPeriod) => string> = {
  en: (q, w, p) => `${HEAD.en[q.stat]}${w.scopePhrase(q.filters)} ${w.periodIn(p)}${q.groupBy ? `, ${w.breakdownBy(q.groupBy, RANK)}` : ''}?`,
  ja: (q, w, p) => `${w.periodOf(p)}${w.scopePhrase(q.filters)}${HEAD.ja[q.stat]}${q.groupBy ? `（${w.breakdownBy(q.groupBy, RANK)}）` : ''}は？`,
}

export const eventStatIntent = {
  intent: 'event_stat',
  schema: eventStatQuerySchema,
  description: {
    en:
      'A statistic of single events over the filters, optionally per group ("groupBy"): "max_participants" / "min_participants" — the largest or smallest ' +
      'participant count of one event ("max attendance at a single event", 参加者数の最大値); "avg_states" — the average number of states an event touches ' +
      '(DC counted as one); "avg_days" — the average number of days an event lasts, both ends counted ("average duration in days", 平均開催日数); ' +
      '"max_days" / "min_days" — the longest (shortest) event in days, with the event(s) of that length ("the longest event in days", 開催期間が最も長かった事業の日数); ' +
      '"median_cost" — the median cost per event over the events with a cost recorded (事業費の中央値); "median_days" — the median duration in days; ' +
      '"median_participants" — the median participants per event within each group (形態別の参加者数の中央値, "median attendance by format"; one figure over all events is median_participants); ' +
      '"avg_partners" / "max_partners" — the average (largest) number of partners per event (1事業あたりの平均パートナー数); "avg_themes" — the average number of ' +
      'themes per event (no theme counts 0); "range_participants" — the largest single event\'s participants minus the smallest\'s (参加者数の最大と最小の差); ' +
      '"stddev_pop_participants" / "stddev_sample_participants" — the population (母標準偏差) or sample (標本標準偏差) standard deviation of participants per ' +
      'event, only when the question says which; "days_since_last" — days from the latest event\'s start date to the as-of date (per group: "which state has gone the longest without an event" = groupBy state, top 1); "avg_gap_days" / "max_gap_days" — the average (longest) days between consecutive events\' start dates ' +
      '(平均開催間隔, "longest gap between two consecutive events"); "avg_lag_days" / "max_lag_days" — the average (longest) days from an event\'s start ' +
      'date to the day it was recorded (登録までの平均日数, "average recording lag"). ' +
      'The event itself is largest_event.',
  },
  examples: ['What was the max attendance at a single event in FY2021?', '年度ごとの最大参加者数', '2022年度の1事業あたりの平均州数'],
  execute,
  text: (r) => both((w, lang) => TEXT[lang](r, w)),
  figures: (r) => (r.groupBy === null ? { kind: 'scalar', value: r.value } : { kind: 'breakdown', rows: r.rows.map(({ key, value }) => ({ key, value })) }),
  interpretation: (r, w, lang) => [WHAT[lang][r.stat], w.periodWithDates(r.period), ...w.filters(r.filters), ...(r.groupBy !== null ? [w.breakdownBy(r.groupBy, RANK)] : []), w.matched(r.matchedEvents)],
  understood: (q, w, lang, asOf) => [WHAT[lang][q.stat], w.periodShort(describePeriod(q.filters.period, asOf)), ...w.filters(q.filters), ...(q.groupBy ? [w.breakdownBy(q.groupBy, RANK)] : [])],
  question: (q, w, lang, asOf) => QUESTION[lang](q, w, describePeriod(q.filters.period, asOf)),
} satisfies IntentModule<'event_stat', EventStatQuery, EventStatResult>
