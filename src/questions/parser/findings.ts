// What the recognisers found in a question (recognise.ts), read by the decision (decide.ts) and by the
// accounting of unused words (confidence.ts): one plain record, no logic.
import type { AmbiguousPlace } from './lexicon.ts'
import type { ActivityTypeCode, FormatCode, ThemeCode } from '../../domain/catalog.ts'
import type { RegionCode } from '../../domain/states.ts'
import type { GroupBy, Metric } from '../query.ts'
import { type PeriodFindings } from './period.ts'
import { type Match } from './scan.ts'
import { type RatioFindings } from './ratios.ts'
import { type StructureFindings } from './structure-filters.ts'
import { type Span } from './unused.ts'
import { type TextFindings } from './text-filters.ts'


/** A reading of a question that names several figures: a metric, or a list. */
export type Reading = Metric | 'uncovered_states' | 'first_time_states' | 'list_events'
export const READING_LABELS: Record<Reading, { en: string; ja: string }> = {
  events: { en: 'Number of events', ja: '件数' },
  participants: { en: 'Total participants', ja: '延べ参加者数' },
  states_covered: { en: 'States covered', ja: '網羅州数' },
  offices_active: { en: 'Offices with events', ja: '実施公館数' },
  avg_participants: { en: 'Average participants per event', ja: '1件あたりの平均参加者数' },
  cities: { en: 'Distinct cities', ja: '実施都市数' },
  uncovered_states: { en: 'States without events', ja: '事業のなかった州' },
  first_time_states: { en: 'States with their first event', ja: '初めて事業を実施した州' },
  list_events: { en: 'List of events', ja: '事業一覧' },
}

export interface Findings {
  /** Ratio words (shares, medians, per-unit averages, changes in percent): ratios.ts. */
  ratio: RatioFindings
  periods: PeriodFindings
  /** City, words in titles or summaries, partner (text-filters.ts). */
  text: TextFindings
  states: string[]
  ambiguousPlace?: AmbiguousPlace
  dcMentioned: boolean
  regions: RegionCode[]
  offices: string[]
  types: ActivityTypeCode[]
  themes: ThemeCode[]
  formats: FormatCode[]
  /** Where each state, region, office, type, theme and format was named, by its filter (decide.ts crossPaired). */
  valueSpans: { filter: 'states' | 'regions' | 'offices' | 'types' | 'themes' | 'formats'; span: Span }[]
  bestPractice: boolean
  /** Best-practice categories named (codes; categories.ts). */
  bestPracticeCategories: string[]
  /** "ongoing programmes", 継続中の事業. */
  ongoing: boolean
  withoutOffice: boolean
  structure: StructureFindings
  top?: number
  /** The N-th place of a ranking asked about ("ranked second", 2番目に多い): a ranked_place query. */
  place?: number
  topTooLarge: boolean
  topDimension?: GroupBy | null
  listLimit?: number
  firstTime: boolean
  when: boolean
  allStates: boolean
  never: boolean
  list: boolean
  compare: boolean
  /** "vs everything else", "with and without", とそれ以外, ありとなし: a condition's events against the rest (decide.ts). */
  versusRest: Span[]
  each: boolean
  groupBy?: GroupBy
  groupCues: number
  /**
   * A ranked cell of a two-way breakdown named as such (dimensions.ts takeCell): the dimensions its words name,
   * in order ("office and fiscal year combination": both; "in a single fiscal year": the fiscal year), and
   * where those words are (named as unused unless the query is a ranked crosstab).
   */
  cell?: { dims: GroupBy[]; spans: Span[] }
  /** The first (latest) event of each group ("when was each office's first event", 公館別の初回実施日). */
  perGroupEvent?: { which: 'first' | 'last'; span: Span }
  /** A list asked for from the earliest event ("the first event in Wyoming", 最も古い事業). */
  listOrder?: 'oldest'
  superlative: boolean
  /**
   * fewest / least / 最も少ない / bottom N / 下位N: ranks from the smallest (top 1 unless a number or an order
   * word is given); with "most" as well (最も多い州と最も少ない州) the whole breakdown, largest first.
   */
  least: boolean
  /** 少ない順, "fewest first", "in ascending order": the whole breakdown, smallest first (no top 1). */
  leastOrder: boolean
  ranking: boolean
  metric: Metric
  metricNamed: boolean
  /** Two or more figures or lists asked at once (件数・人数): a question back lists each reading. */
  joined: { readings: Reading[]; spans: Span[] }
  /** A word of change (growth, 増減) and a neutral word of comparison (compare, 比較), by where they are. */
  /** 合計, 合わせて, "combined", "altogether": periods named together are summed (decide.ts combinedPeriods). */
  combined: Span[]
  change: Span[]
  comparison: Span[]
  countWord: boolean
  /** Where words were read that the query may not be able to use (named as unused when it cannot). */
  spans: {
    when: Span[]
    never: Span[]
    cues: { groupBy: GroupBy; span: Span }[]
    /** Read but never usable here: a second top N or list length, a top N over 100, an average of events. */
    extra: Span[]
    /** The first top N ("top 3", 上位5, "bottom 3"): not usable with most and fewest together. */
    top?: Span
    place?: Span
    both: Span[]
    cumulative: Span[]
    /** "breakdown", "split", 内訳: a breakdown asked for, by a dimension named or to be asked. */
    breakdown: Span[]
    /** The words of a ranking read as a breakdown ("which fiscal year had the most", 最も多い州): a breakdown's own. */
    ranking: Span[]
  }
}

/** A match's span in the scanned text. */
export const spanOf = (m: Match): Span => ({ start: m.start, end: m.end })

/** The distinct values of a list, in the order first seen. */
export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)]
}
