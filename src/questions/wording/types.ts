// The words every answer shares, in English and Japanese (wording/en.ts, wording/ja.ts): metrics, periods,
// filters, counts, notes and the sentences of the answers. `WORDING` (wording.ts) must satisfy
// Record<Lang, Wording>, so a sentence missing in one language is a compile error. Figures arrive already
// computed; the wording only writes them (numbers.ts) and never computes one.
import type { Rank, ResolvedPeriod, ResultNote } from '../results.ts'
import type { Assumption, Filters, GroupBy, Metric, Period } from '../slots.ts'
import type { UnknownReason } from '../unknown.ts'

export type Unit = 'events' | 'participants' | 'states' | 'offices' | 'cities'
export type { Assumption }
export type { UnknownReason }

/** An event line of a list answer, with names already chosen for the language. */
export interface EventLine {
  date: string
  office: string
  states: string[]
  title: string
  participants: number
}

export interface Wording {
  count(n: number, unit: Unit): string
  /** Figure of a metric in a sentence or table cell. */
  figure(metric: Metric, value: number | null): string
  /** A figure in a table column: like `figure`, without the 万 reading that would break the column. */
  cell(metric: Metric, value: number | null): string
  metric(metric: Metric): string
  groupBy(groupBy: GroupBy): string
  groupKey(groupBy: GroupBy, key: string): string
  /** The interpretation line's words for a figure over cities, or a breakdown by city or by best-practice category. */
  cityNote: string
  categoryNote: string
  /** The period with its concrete dates, for the interpretation line. */
  periodWithDates(p: ResolvedPeriod): string
  /** The period inside a sentence: "in FY2022" / 「2022年度（令和4年度）の」. */
  periodOf(p: ResolvedPeriod): string
  /** 「2022年度（令和4年度）に」 / "in FY2022" (for "held in"). */
  periodIn(p: ResolvedPeriod): string
  filters(f: Filters): string[]
  counted(parts: string[]): string
  matched(n: number): string
  matchedEach(a: number, b: number): string
  assumption(a: Assumption): string
  note(n: ResultNote): string
  /** The grouping with its ranking: "top 3 by state", "bottom 3 by state, among states with at least one event". */
  breakdownBy(groupBy: GroupBy, rank: Rank): string
  // sentences
  // The headline sentences name the filters that narrow the set (`f`; none when omitted), so that the
  // first line read alone does not claim more than was counted.
  scalar(metric: Metric, p: ResolvedPeriod, value: number | null, parts: { events: number; participants: number | null; outOf: number }, f?: Filters): string
  breakdownHead(metric: Metric, groupBy: GroupBy, rank: Rank, p: ResolvedPeriod, f?: Filters): string
  averageCell(value: number | null, participants: number, events: number): string
  /** Why the groups add up to more than the total: several states (state, region), several themes (theme). */
  overlap(metric: Metric, total: number | null, groupBy?: GroupBy): string
  /** A top N that shows `shown` (> N) groups because the N-th place is shared. */
  tiesShown(groupBy: GroupBy, top: number, shown: number): string
  /** A breakdown by state leaves out `count` of the `of` states asked about, whose figure is 0. */
  zeroStatesHidden(count: number, of: number): string
  /** A fewest-first ranking leaves out `count` of the `of` groups, which had no event: they are not ranked. */
  unrankedGroups(groupBy: GroupBy, count: number, of: number): string
  noRows: string
  comparison(
    metric: Metric,
    a: { label: string; value: number | null },
    b: { label: string; value: number | null },
    difference: number | null,
    changePercent: number | null,
    f?: Filters,
  ): string
  comparePeriods(a: ResolvedPeriod, b: ResolvedPeriod): string
  periodShort(p: ResolvedPeriod): string
  firstTime(p: ResolvedPeriod, states: string[], f?: Filters): string
  /** "When was X first covered?": each state's first fiscal year; `asked` = the states the question named (or all 50). */
  firstTimeline(timeline: Array<{ state: string; fiscalYear: number }>, asked: string[]): string
  uncovered(p: ResolvedPeriod, states: string[], outOf: number, f?: Filters): string
  /** The line above a list of events; `order` says which end of the dates it starts from (newest by default). */
  eventsHead(p: ResolvedPeriod, shown: number, matched: number, f?: Filters, order?: 'newest' | 'oldest'): string
  eventLine(e: EventLine): string
  noEvents: string
  stateName(code: string): string
  clarify(labels: string[]): string
  clarifyInterpretation(n: number): string
  unknown(reason: UnknownReason): string
  /** The refusal for words no part of the query can use, naming them (as the user wrote them). */
  unusedWords(words: readonly string[]): string
  /** What was understood (the parts of the interpretation line), for the same refusal. */
  understood(parts: string[]): string
  /** The filters as a phrase inside a suggested question: " in Texas" / 「テキサス州での」 (empty for none). */
  scopePhrase(f: Filters): string
  /** A period of a suggested question, without its dates (none are read for a question not answered). */
  periodLabel(p: Period): string
  /** The closest question that can be answered, offered: "Try: “…”" / 「次のご質問なら…」. */
  suggest(question: string): string
  unknownInterpretation: string
  examplesHead: string
  examples: readonly string[]
  listSeparator: string
}
