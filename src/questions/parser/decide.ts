// The decision: the findings of a question (findings.ts) become one intent — a structured query, a
// question back between readings with different figures, or a record of the words the query cannot use
// (ctx.dropped, named by confidence.ts). Pure: no scanning, no figures.
import type { AmbiguousPlace } from './lexicon.ts'
import type { Assumption, FyPart } from '../slots.ts'
import { querySchema, type Filters, type GroupBy, type Metric, type ParseResult, type Period, type Query } from '../query.ts'
import { periodSortKey, previousPeriod } from './period.ts'
import { resolvePeriod } from '../execute/periods.ts'
import { asksRatio, changeInPercent, decideRatio, ratioWordsUnused, shareLabel } from './ratios.ts'
import { applyStructure } from './structure-filters.ts'
import { type Span } from './unused.ts'
import { clarifyCity, textFilterSlots } from './text-filters.ts'
import { READING_LABELS, type Findings } from './findings.ts'
import type { CrosstabDim } from '../intents/crosstab.ts'
import type { GroupDifferenceDim, GroupDifferenceQuery } from '../intents/group-difference.ts'
import type { GroupFirstEventDim } from '../intents/group-first-event.ts'
import { GROUP_CHANGE_DIMS, type GroupChangeDim } from '../intents/group-change.ts'




export interface Context {
  asOf: string
  corrections: number
  /** Filled in by decide: words read by a recogniser that the query it builds cannot use. */
  dropped: Span[]
}

export function decide(findings: Findings, ctx: Context): ParseResult {
  const f = combinedPeriods(findings, ctx.dropped)
  // a ratio of two figures named at once is no question back of ours: its words are named
  if (asksRatio(f.ratio) && f.joined.readings.length >= 2) ctx.dropped.push(...ratioWordsUnused(f.ratio, undefined))
  if (f.joined.readings.length >= 2) {
    const asked = askWhichReading(f, ctx)
    if (asked) return asked
    // no question back can be formed: the names of the figures asked at once are named
    ctx.dropped.push(...f.joined.spans)
  }
  const assumptions = new Set<Assumption>()
  const base: Omit<Filters, 'period'> = {}
  if (f.states.length > 0) base.states = f.states as Filters['states']
  if (f.regions.length > 0) base.regions = f.regions
  if (f.offices.length > 0) base.offices = f.offices as Filters['offices']
  if (f.types.length > 0) base.types = f.types
  if (f.themes.length > 0) base.themes = f.themes
  if (f.formats.length > 0) base.formats = f.formats
  if (f.bestPractice) base.bestPractice = true
  if (f.withoutOffice) base.withoutOffice = true
  if (f.bestPracticeCategories.length > 0) base.bestPracticeCategories = f.bestPracticeCategories
  if (f.ongoing) base.ongoing = true
  applyStructure(base, f.structure)
  Object.assign(base, textFilterSlots(f.text))
  // "tagged with both climate and innovation", 気候変動とイノベーションの両方がテーマ: every one of the themes
  // (filters are any of their values), unless "both" belongs to periods or the themes are the breakdown
  if (allThemesAsked(f)) {
    base.allThemes = f.themes
    delete base.themes
  }
  // "events covering both Texas and Oklahoma", 「テキサス州とオクラホマ州の両方で」: every one of the states
  if (allOfOneKindAsked(f, 'state')) {
    base.allStates = f.states as Filters['states']
    delete base.states
  }
  // "co-hosted with both JETRO and JNTO", 「JETROとJNTOの両方と連携した」: every one of the partners; a second
  // partner without "both" is named (the partner slot holds one)
  const morePartners = f.text.morePartners
  if (morePartners.length > 0 && base.partner !== undefined && allPartnersAsked(f)) {
    base.allPartners = [base.partner, ...morePartners.map((p) => p.name.slice(0, 60))]
    delete base.partner
  } else ctx.dropped.push(...morePartners.map((p) => p.span))

  const mentions = f.periods.mentions
  const firstPeriod = mentions[0]
  let period: Period = firstPeriod ? firstPeriod.period : { kind: 'all' }
  if (firstPeriod?.yearAsFy) assumptions.add('year_as_fiscal_year')
  // "Q1 events each fiscal year", 各年度の第1四半期: the quarter (or half) of every fiscal year, by fiscal year —
  // its calendar months in any year, not the latest such quarter
  // (only with a cue for every fiscal year — 各年度, "each fiscal year", 年度別 — and no top N: "h1 今年度 トップ3" is not one)
  const partOfEach =
    firstPeriod?.latestPart === true &&
    mentions.length === 1 &&
    f.groupBy === 'fiscal_year' &&
    f.top === undefined &&
    f.spans.cues.some((c) => c.groupBy === 'fiscal_year') &&
    firstPeriod.period.kind === 'fy_part_relative'
  if (partOfEach && firstPeriod.period.kind === 'fy_part_relative') {
    base.months = PART_MONTHS[firstPeriod.period.part]
    period = { kind: 'all' }
  } else if (firstPeriod?.latestPart) assumptions.add('latest_fy_part')

  const dropped = ctx.dropped
  dropped.push(...f.spans.extra, ...f.text.extra)
  // A third period has no place in any query (a comparison takes two).
  for (const m of mentions.slice(2)) dropped.push({ start: m.start, end: m.end })
  // "when" is used only by first-time questions ("when did we first…", 全州を網羅したのはいつ) and by the top
  // month or fiscal year (件数が最も多い月はいつ: the month is the answer).
  const whenIsTheGroup = f.superlative !== f.least && (f.groupBy === 'month' || f.groupBy === 'fiscal_year')
  if (f.when && !f.firstTime && !f.allStates && !whenIsTheGroup) dropped.push(...f.spans.when)

  // "avg attendance, JETRO events vs everything else", ベストプラクティスとそれ以外, "with and without a partner": the
  // condition's events against all the others (versus_rest); elsewhere the words are named
  if (f.versusRest.length > 0) {
    const split = versusRestOf(f, base, period)
    if (split) return { kind: 'query', query: split, assumptions: [...assumptions], confidence: 0.9 }
    dropped.push(...f.versusRest)
  }
  let query: Query
  const ratio = asksRatio(f.ratio) ? decideRatio(f.ratio, { base, period, participantsNamed: f.metric === 'participants' || f.metric === 'avg_participants', metric: f.metric }) : undefined
  if (ratio?.kind === 'clarify') return clarify(ratio.options.map((q) => [shareLabel(q), q]))
  // ratio words no ratio query uses are named, also when a question back below returns early
  if (ratio?.kind === 'none') dropped.push(...ratioWordsUnused(f.ratio, undefined).filter((sp) => !f.ratio.percent.includes(sp)))
  const stateIntent = f.firstTime || (f.allStates && f.when) || f.never
  if (ratio?.kind === 'query') {
    // a ratio is one figure, no second period, no list of states; a share of events or participants may be
    // broken down by a dimension named by its cue (公館別のオンライン比率, "each office's"), or ranked by share
    // (オンライン比率が最も高い公館, "which office had the highest share": top 1; 下位3: fewest, top 3)
    query = ratio.query
    // "average events per year": the year read as the fiscal year, and said so
    if (query.intent === 'average_events' && f.ratio.per?.yearAsFy) assumptions.add('year_as_fiscal_year')
    const grouped = shareGroupBy(f, query)
    // the median within each group (形態別の参加者数の中央値, "median attendance by format"): the statistic of
    // single events per group; ranked medians ("which office has the highest median") are none
    const medianBy = query.intent === 'median_participants' && f.groupBy !== undefined && f.top === undefined && !f.superlative && !f.least && !f.ranking ? f.groupBy : undefined
    if (medianBy !== undefined && query.intent === 'median_participants') query = { intent: 'event_stat', stat: 'median_participants', filters: query.filters, groupBy: medianBy }
    const by = medianBy ?? grouped?.groupBy
    if (grouped !== undefined && query.intent === 'share') query = { ...query, ...grouped }
    for (const c of f.spans.cues) if (c.groupBy !== by) dropped.push(c.span)
    // the words of a ranking are used only by a ranking of shares
    if (grouped?.top === undefined && grouped?.fewest === undefined) dropped.push(...f.spans.ranking)
    if (f.least && f.superlative && f.top !== undefined && f.spans.top) dropped.push(f.spans.top)
    for (const m of mentions.slice(1)) dropped.push({ start: m.start, end: m.end })
    dropped.push(...f.spans.never, ...f.periods.previousYearSpans)
    if (f.firstTime || f.list || (f.top !== undefined && grouped?.top === undefined)) return { kind: 'unknown', reason: 'not_understood' }
  } else if (stateIntent) {
    // A list of states takes no other breakdown ("which offices had no events"), and "first" wins over a negation.
    for (const c of f.spans.cues) if (c.groupBy !== 'state') dropped.push(c.span)
    // a list of states takes one period: a second one ("no events in FY2021 that had events in FY2020") is named
    for (const m of mentions.slice(1, 2)) dropped.push({ start: m.start, end: m.end })
    if (f.firstTime && f.never) dropped.push(...f.spans.never)
    if (f.never && f.spans.cues.some((c) => c.groupBy !== 'state')) dropped.push(...f.spans.never)
    // a figure of those states' events (初めて実施した州の参加者数, "participants in the first-time states") is none
    // a list of states gives: no figure, never the list with the figure's word dropped
    if (f.metricNamed && f.metric !== 'events' && f.metric !== 'states_covered') return { kind: 'unknown', reason: 'not_understood' }
    const filters = withoutDc({ ...base }, f, assumptions)
    if (f.firstTime || (f.allStates && f.when)) {
      // "first" with no word of states ("when did the Anchorage office hold its first event") asks for an
      // event, not for the states first reached: not understood, never a list of states
      // — with a word of when (ハイブリッド形式の事業が初めて実施されたのはいつ？, "when was the first online event"),
      // the earliest event itself, with its date
      if (f.firstTime && !STATES_NOUN.test(f.ratio.full) && !(base.states?.length || base.regions?.length)) {
        // "in which fiscal year …" asks for the year, which the listed event does not say as such
        const yearAsked = /(?<![a-z])(?:which|what)\s+(?:fiscal\s+|calendar\s+)?(?:year|fy)(?![a-z])|何年度|どの年度|何年/.test(f.ratio.full)
        if (!f.when || yearAsked || (f.metricNamed && f.metric !== 'events') || f.groupBy !== undefined || mentions.length > 0) return { kind: 'unknown', reason: 'not_understood' }
        return { kind: 'query', query: { intent: 'list_events', filters: { period: { kind: 'all' }, ...base }, limit: 1, order: 'oldest' }, assumptions: [], confidence: 0.9 }
      }
      let p = period
      if (!firstPeriod && !f.when && !f.periods.cumulative) {
        p = { kind: 'fy_relative', offset: 0 }
        assumptions.add('latest_fy_for_first_time')
      }
      query = { intent: 'first_time_states', filters: { period: p, ...filters } }
    } else {
      query = { intent: 'uncovered_states', filters: { period, ...filters } }
    }
  } else {
    const comparePeriods = pickComparePeriods(f, ctx.asOf)
    // one period said inside another ("May of last year"): the first is read, the other named (no figure)
    if (!comparePeriods && nestedPeriods(f)) for (const m of mentions.slice(1, 2)) dropped.push({ start: m.start, end: m.end })
    const listLike =
      !f.countWord &&
      f.groupBy === undefined &&
      f.top === undefined &&
      (f.list || ((f.bestPractice || f.ongoing) && !namesAFigure(f)) || (oneDay(period) && f.metric === 'events' && !f.ratio.percent.length))
    // year-on-year needs one single-year period (or none)
    if (f.periods.previousYear && !comparePeriods) dropped.push(...f.periods.previousYearSpans)
    // (by group, a year is named as a fiscal year: "the year before" or "this year" read as one is not taken)
    const byGroup = comparePeriods && mentions.length > 0 && !mentions.some((m) => m.yearAsFy && m.period.kind === 'fy_relative') && !(f.periods.previousYear && mentions.every((m) => m.period.kind === 'fy_relative')) ? groupChangeAsked(f) : undefined
    const perGroup = perGroupEventAsked(f, comparePeriods !== undefined)
    if (perGroup) {
      // the first (latest) event of each group: one dimension; the ranking's words are none of its own
      query = { intent: 'group_first_event', which: perGroup.which, filters: { period, ...base }, groupBy: perGroup.groupBy }
      for (const c of f.spans.cues) if (c.groupBy !== perGroup.groupBy) dropped.push(c.span)
    } else if (comparePeriods && byGroup) {
      // a figure per group in two periods, with each group's change: one dimension, the ranking's words used
      // by a largest change only
      for (const c of f.spans.cues) if (c.groupBy !== byGroup.groupBy) dropped.push(c.span)
      if (byGroup.show === 'table') dropped.push(...f.spans.ranking)
      for (const m of mentions) {
        if (m.yearAsFy) assumptions.add('year_as_fiscal_year')
        if (m.latestPart) assumptions.add('latest_fy_part')
      }
      if (!f.metricNamed) assumptions.add('default_metric_events')
      query = { intent: 'group_change', metric: byGroup.metric, filters: { period: { kind: 'all' }, ...base }, groupBy: byGroup.groupBy, periods: comparePeriods, show: byGroup.show, ...(byGroup.direction ? { direction: byGroup.direction } : {}), ...(byGroup.top !== undefined ? { top: byGroup.top } : {}) }
    } else if (comparePeriods) {
      // "Houston in FY2021 or Chicago in FY2022": each place with its own period is no query's (named, no figure)
      dropped.push(...crossPaired(f))
      // "events in FY2022 from October": a period said inside another with no word of comparison is no comparison
      // ("participants in FY2021 from April": a month with no year of its own beside a year, read as the latest April)
      const sorted = [...mentions].sort((a, b) => a.start - b.start)
      const inside = sorted.find((m) => m.monthOfYear !== undefined) ?? sorted[1]
      const unsaid = f.comparison.length === 0 && f.change.length === 0 && !f.periods.previousYear
      if (inside && unsaid && (shareDays(comparePeriods, ctx.asOf) || inside.monthOfYear !== undefined)) dropped.push({ start: inside.start, end: inside.end })
      // a comparison of two periods has no breakdown and no top N ("which fiscal year had the biggest drop");
      // 年度別 beside two single fiscal years (2021年度と2022年度の件数を年度別に) is the comparison's own two figures
      // (two years named apart: "for each FY from FY2018 to FY2022" is a range, its years not the two compared)
      const twoYears = mentions.length === 2 && comparePeriods.every((p) => p.kind === 'fy' && (p.to ?? p.from) === p.from)
      for (const c of f.spans.cues) if (!(twoYears && c.groupBy === 'fiscal_year')) dropped.push(c.span)
      dropped.push(...f.spans.ranking)
      if (f.spans.top) dropped.push(f.spans.top)
      for (const m of mentions) {
        if (m.yearAsFy) assumptions.add('year_as_fiscal_year')
        if (m.latestPart) assumptions.add('latest_fy_part')
      }
      if (!f.metricNamed) assumptions.add('default_metric_events')
      const filters = f.metric === 'states_covered' ? withoutDc({ ...base }, f, assumptions) : base
      query = { intent: 'compare', metric: f.metric, filters: { period: { kind: 'all' }, ...filters }, periods: comparePeriods, ...(changeInPercent(f.ratio) ? { asPercent: true } : {}) }
      // 前年度比 / "year over year" with no year named: this fiscal year is still running on the as-of date, so
      // its part-year against the whole last year, or the last two whole years? Asked, never assumed.
      if (mentions.length === 0) {
        const lastTwo: Query = { ...query, periods: [{ kind: 'fy_relative', offset: -2 }, { kind: 'fy_relative', offset: -1 }] }
        return clarify([
          [{ en: 'This FY so far vs last FY', ja: '今年度（これまで）と前年度' }, query],
          [{ en: 'Last FY vs the FY before', ja: '前年度と前々年度' }, lastTwo],
        ])
      }
    } else if (listLike) {
      query = { intent: 'list_events', filters: { period, ...base }, limit: f.listLimit ?? 20, ...(f.listOrder ? { order: f.listOrder } : {}) }
    } else if (f.listLimit !== undefined || (f.list && LATEST_EVENTS.test(f.ratio.full))) {
      // events to list ("the most recent event", 直近の事業, "the 3 latest events") beside a figure: their
      // participants are in the list of those events (the latest one when no number is given); any other figure
      // is none a list gives, and the list's words are never dropped for a total over every event
      if (f.metric !== 'participants' || f.groupBy !== undefined || f.top !== undefined || f.spans.cues.length > 0) return { kind: 'unknown', reason: 'not_understood' }
      query = { intent: 'list_events', filters: { period, ...base }, limit: f.listLimit ?? 1, ...(f.listOrder ? { order: f.listOrder } : {}) }
    } else {
      // "numbers for Chicago?", 2021年度はどうだった？, 実績まとめて: no figure named and nothing ranked or broken
      // down — which total is meant is asked back, never assumed
      const namesEvents = f.metricNamed || f.text.activity !== undefined
      if (!namesEvents && f.groupBy === undefined && f.top === undefined && !f.superlative && f.spans.cues.length === 0 && f.spans.breakdown.length === 0 && dimensionCompared(f) === undefined) {
        return askWhichFigure(f, ctx)
      }
      if (!f.metricNamed) assumptions.add('default_metric_events')
      const filters = f.metric === 'states_covered' ? withoutDc({ ...base }, f, assumptions) : base
      if (f.top !== undefined && f.groupBy === undefined) {
        const top = f.top
        const make = (groupBy: GroupBy): Query => ({ intent: 'metric', metric: f.metric, filters: { period, ...filters }, groupBy, ...rankOf({ ...f, groupBy }), top })
        return clarify([
          [BREAKDOWN_LABELS.state, make('state')],
          [BREAKDOWN_LABELS.office, make('office')],
        ])
      }
      const two = crosstabAsked(f, period)
      const cell = rankedCellAsked(f, period)
      const difference = differenceAsked(f)
      query = difference
        ? { intent: 'group_difference', metric: difference.metric, filters: { period, ...filters }, groupBy: difference.groupBy, groups: difference.groups }
        : cell
        ? { intent: 'crosstab', metric: cell.metric, filters: { period, ...filters }, groupBy: cell.groupBy, ...cell.rank }
        : two
          ? { intent: 'crosstab', metric: two.metric, filters: { period, ...filters }, groupBy: two.groupBy }
          : metricQuery(f.metric, { period, ...filters }, f)
      if (query.intent === 'metric' && query.groupBy === undefined) {
        const dim = dimensionCompared(f)
        if (dim) query.groupBy = dim
      }
      // one breakdown at a time (two with a two-way breakdown): a cue for another dimension is not used
      const groupBy = query.intent === 'metric' ? query.groupBy : undefined
      const used: readonly GroupBy[] = query.intent === 'crosstab' ? query.groupBy : groupBy === undefined ? [] : [groupBy]
      for (const c of f.spans.cues) if (!used.includes(c.groupBy)) dropped.push(c.span)
    }
  }

  // the N-th place of a ranking ("ranked second", 2番目に多い): the groups at that place of a ranking of events
  // or participants, largest first; elsewhere (a top N, fewest, a running total, another figure) it is named
  if (f.place !== undefined && f.spans.place) {
    const q = query
    if (q.intent === 'metric' && q.groupBy !== undefined && (q.metric === 'events' || q.metric === 'participants') && q.cumulative === undefined && f.top === undefined && (q.fewest === undefined || q.top === undefined || q.top === 1)) {
      // "the second fewest", 2番目に少ない: counted from the smallest figure
      query = { intent: 'ranked_place', metric: q.metric, filters: q.filters, groupBy: q.groupBy, place: f.place, ...(q.fewest ? { fewest: true as const } : {}) }
    } else dropped.push(f.spans.place)
  }
  // "the breakdown of events in FY2022" names no dimension: ask which, never answer with the total
  if (f.spans.breakdown.length > 0 && !f.ambiguousPlace && query.intent === 'metric' && query.groupBy === undefined) return clarifyBreakdown(query)
  // 年度別の延べ参加者数（累計）: （累計） after the figure's name may be the report's gloss of a total (the figure of
  // each year) or ask the running total — different figures, so asked back
  if (query.intent === 'metric' && query.cumulative === true && CUMULATIVE_GLOSS.test(f.ratio.full)) {
    const { cumulative: _c, ...each } = query
    return clarify([
      [{ en: 'Each period’s own figure', ja: '各期間の数値' }, each],
      [{ en: 'Running total', ja: '累計（積み上げ）' }, query],
    ])
  }
  dropped.push(...wordsTheQueryCannotUse(f, query), ...ratioWordsUnused(f.ratio, query))
  if (f.perGroupEvent && query.intent !== 'group_first_event') dropped.push(f.perGroupEvent.span)
  // "in a single fiscal year", "office and FY combination": only a ranked cell of a two-way breakdown uses them
  if (f.cell && !(query.intent === 'crosstab' && query.top !== undefined)) dropped.push(...f.cell.spans)
  if (f.ambiguousPlace) return clarifyPlace(query, f.ambiguousPlace)
  const cityAsked = clarifyCity(query, f.text, f.states.length > 0)
  if (cityAsked) return cityAsked

  let confidence = 1
  confidence *= 0.85 ** ctx.corrections
  if (assumptions.has('default_metric_events')) confidence -= 0.1
  if (assumptions.has('year_as_fiscal_year')) confidence -= 0.05
  if (f.groupCues > 1 && query.intent !== 'crosstab') confidence -= 0.2
  if (f.topTooLarge) confidence -= 0.2
  confidence = Math.round(Math.max(0.1, Math.min(1, confidence)) * 100) / 100

  return { kind: 'query', query, assumptions: [...assumptions], confidence }
}

/**
 * A question back for a question naming several figures or lists at once (件数・人数, 網羅州数と未実施の州):
 * one complete query per reading, each decided as if the question named that one alone; undefined when one
 * of them is no query (or there are more readings than a question back may list). Words a reading cannot
 * use go to ctx.dropped (the question then gets no figure).
 */
function askWhichReading(f: Findings, ctx: Context): ParseResult | undefined {
  const readings = f.joined.readings
  if (readings.length > 5) return undefined
  const none = { joined: { readings: [], spans: [] }, never: false, firstTime: false, allStates: false, list: false }
  const options: [{ en: string; ja: string }, Query][] = []
  const dropped: Span[] = []
  for (const r of readings) {
    const g: Findings =
      r === 'uncovered_states'
        ? { ...f, ...none, never: true }
        : r === 'first_time_states'
          ? { ...f, ...none, firstTime: true }
          : r === 'list_events'
            ? { ...f, ...none, list: true, countWord: false }
            : { ...f, ...none, metric: r, metricNamed: true }
    const result = decide(g, { ...ctx, dropped })
    if (result.kind !== 'query') return undefined
    options.push([READING_LABELS[r], result.query])
  }
  ctx.dropped.push(...dropped)
  return clarify(options)
}

/**
 * A question back for a question that names no figure at all ("numbers for Chicago?", 2021年度はどうだった？):
 * the number of events, total participants or states covered, each decided as if the question had named it.
 * Source: a figure is never assumed for a total (a manager pastes it); rankings and breakdowns still count
 * events by default, and say so.
 */
function askWhichFigure(f: Findings, ctx: Context): ParseResult {
  const options: [{ en: string; ja: string }, Query][] = []
  for (const metric of ['events', 'participants', 'states_covered'] as const) {
    const result = decide({ ...f, metric, metricNamed: true }, ctx)
    if (result.kind !== 'query') return result
    options.push([READING_LABELS[metric], result.query])
  }
  return clarify(options)
}

/**
 * Words read that the finished query does not use, so the question gets no figure: "both" where the filter
 * is any of its values, a word of change outside a comparison of two periods, a neutral word of comparison
 * with nothing compared, a cumulative word on a series by fiscal year or month, a top N with fewest.
 */
function wordsTheQueryCannotUse(f: Findings, query: Query): Span[] {
  const out: Span[] = []
  const groupBy = query.intent === 'metric' ? query.groupBy : undefined
  const allThemes = query.filters.allThemes !== undefined
  const allStates = query.filters.allStates !== undefined
  if (valuesPerDimension(f).some(([dim, n]) => n >= 2 && dim !== groupBy && !(allThemes && dim === 'theme') && !(allStates && dim === 'state'))) out.push(...f.spans.both)
  // "both" with partners is every one of them: only when the query holds them all
  if (f.text.morePartners.length > 0 && query.filters.allPartners === undefined) out.push(...f.spans.both)
  // "in both FY2021 and FY2022" with no word of comparison asks for what the two periods share (an
  // intersection), not a comparison ("compare events in both FY2021 and FY2022" is one)
  const twoPeriods = query.intent === 'compare' || query.intent === 'group_change'
  if (twoPeriods && f.comparison.length === 0 && f.change.length === 0) out.push(...f.spans.both)
  // "how many more … than last year", 2021年度より何件多い: one period named is the baseline, not the year
  // compared with the one before it — no year-on-year reading; two periods or two groups are needed
  const moreThan = f.change.filter((sp) => MORE_THAN_WORD.test(f.ratio.full.slice(sp.start, sp.end).trim()))
  if (query.intent === 'compare' && f.periods.mentions.length < 2) out.push(...moreThan)
  if (!twoPeriods && query.intent !== 'group_difference') {
    out.push(...f.change)
    // a ratio of two figures is a comparison of them ("online vs in-person ratio", 対面とオンラインの比較)
    if (groupBy === undefined && query.intent !== 'ratio') out.push(...f.comparison)
  }
  // a cumulative word on a series is its running total; where no running total can be given, it is named
  const runningTotal = query.intent === 'metric' && query.cumulative === true
  const series = 'groupBy' in query ? query.groupBy : undefined
  if ((series === 'fiscal_year' || series === 'fiscal_quarter' || series === 'month') && !runningTotal) out.push(...f.spans.cumulative)
  if (f.least && f.superlative && f.top !== undefined && f.spans.top) out.push(f.spans.top)
  if ((query.intent !== 'metric' || query.groupBy === undefined) && !(query.intent === 'group_change' && query.show === 'table') && query.intent !== 'crosstab') out.push(...f.spans.breakdown)
  // events with no city recorded have no city to count, group by or match: such a question is named
  const citiesAsked = (query.intent === 'metric' && (query.metric === 'cities' || query.groupBy === 'city')) || query.filters.city !== undefined || query.filters.cities !== undefined
  if (f.structure.withoutCity && citiesAsked) out.push(f.structure.withoutCity)
  return out
}

/**
 * A breakdown asked for with no dimension ("breakdown of events in FY2022", 2022年度の件数の内訳): one reading
 * per usual dimension, by fiscal year first when the period spans several.
 */
function clarifyBreakdown(query: Extract<Query, { intent: 'metric' }>): ParseResult {
  const p = query.filters.period
  const severalYears = p.kind === 'all' || (p.kind === 'fy' && p.to !== p.from)
  const dims: GroupBy[] = severalYears ? ['fiscal_year', 'state', 'office', 'activity_type', 'format'] : ['state', 'region', 'office', 'activity_type', 'format']
  return clarify(dims.map((g) => [BREAKDOWN_LABELS[g], { ...query, groupBy: g }]))
}

const BREAKDOWN_LABELS: Record<GroupBy, { en: string; ja: string }> = {
  fiscal_year: { en: 'By fiscal year', ja: '年度別' },
  state: { en: 'By state', ja: '州別' },
  region: { en: 'By region', ja: '地域別' },
  office: { en: 'By office', ja: '公館別' },
  activity_type: { en: 'By activity type', ja: '事業分類別' },
  theme: { en: 'By theme', ja: 'テーマ別' },
  format: { en: 'By format', ja: '実施形態別' },
  month: { en: 'By month', ja: '月別' },
  fiscal_quarter: { en: 'By fiscal quarter', ja: '四半期別' },
  weekday: { en: 'By day of the week', ja: '曜日別' },
  city: { en: 'By city', ja: '都市別' },
  best_practice_category: { en: 'By best-practice category', ja: 'ベストプラクティスの分類別' },
  month_of_year: { en: 'By month of the year', ja: '月別（全年合算）' },
}

function metricQuery(metric: Metric, filters: Filters, f: Findings): Query {
  return {
    intent: 'metric',
    metric,
    filters,
    ...(f.groupBy !== undefined ? { groupBy: f.groupBy } : {}),
    ...rankOf(f),
    ...(runningTotalAsked(f, metric) ? { cumulative: true as const } : {}),
  }
}

/**
 * A running total ("cumulative events by month", 累計件数の推移): a cumulative word with a series by fiscal year,
 * quarter or month of events or participants, not ranked.
 */
function runningTotalAsked(f: Findings, metric: Metric): boolean {
  if (f.spans.cumulative.length === 0) return false
  if (metric !== 'events' && metric !== 'participants' && !(metric === 'states_covered' && f.groupBy === 'fiscal_year')) return false
  if (f.groupBy !== 'fiscal_year' && f.groupBy !== 'fiscal_quarter' && f.groupBy !== 'month') return false
  return rankOf(f).top === undefined && rankOf(f).fewest === undefined
}

/** Filters of where: kept as the filters when another filter is the condition. */
const PLACE_KEYS = new Set(['states', 'regions', 'offices', 'withoutOffice', 'city', 'cities'])

/**
 * The condition's events against the rest: one figure of events, participants or average participants, one period
 * at most, nothing ranked, grouped or listed; the condition is the one filter named, or the one filter that is not
 * a place when a place is named too (ヒューストン総の事業で、パートナーありとなし). Undefined otherwise (named).
 */
function versusRestOf(f: Findings, base: Omit<Filters, 'period'>, period: Period): Query | undefined {
  if (f.metric !== 'events' && f.metric !== 'participants' && f.metric !== 'avg_participants') return undefined
  if (f.groupBy !== undefined || f.top !== undefined || f.superlative || f.least || f.list || f.firstTime || f.never || f.periods.mentions.length > 1) return undefined
  if (asksRatio(f.ratio) || f.spans.cumulative.length > 0 || f.place !== undefined) return undefined
  // a change ("year-on-year", 前年度比, "growth") of each side is no query: named, never the two sides of one period
  // (a neutral word of comparison — 比べたい, "compare" — is the comparison's own)
  if (f.change.length > 0 || f.periods.previousYear) return undefined
  const keys = (Object.keys(base) as Array<keyof typeof base>).filter((k) => {
    const v = base[k]
    return Array.isArray(v) ? v.length > 0 : v !== undefined
  })
  const notPlaces = keys.filter((k) => !PLACE_KEYS.has(k))
  const key = keys.length === 1 ? keys[0] : notPlaces.length === 1 ? notPlaces[0] : undefined
  if (key === undefined) return undefined
  const { [key]: value, ...rest } = base
  // "online and hybrid events and the rest" (オンラインとハイブリッドとそれ以外): three groups, not two sides
  if (Array.isArray(value) && value.length > 1) return undefined
  const parsed = querySchema.safeParse({ intent: 'versus_rest', metric: f.metric, filters: { period, ...rest }, condition: { [key]: value } })
  return parsed.success ? parsed.data : undefined
}

/** （累計） right after a figure's name: 延べ参加者数（累計）, 件数（累計）. */
const CUMULATIVE_GLOSS = /(?:参加者数|参加人数|件数|事業数)\s*[（(]\s*累計\s*[）)]/u

/** A word of states (the subject of first-time states). */
const STATES_NOUN = /(?<![a-z])states?(?![a-z])|州/

/** Words of the newest events ("the latest event", 直近の事業): a list, never a total over every event. */
const LATEST_EVENTS = /(?<![a-z])(?:latest|most recent|newest)(?![a-z])|直近|最新|最近の/

/** The dimensions a two-way breakdown takes (crosstab.ts). */
const CROSSTAB_DIMS: readonly GroupBy[] = ['fiscal_year', 'region', 'office', 'activity_type', 'theme', 'format']

/**
 * A two-way breakdown (年度別・形式別の件数, "event counts per region per fiscal year"): exactly two breakdown cues
 * of two dimensions a crosstab takes, in the order named, for events or participants, nothing ranked, no running
 * total, and a period of whole fiscal years when one dimension is the fiscal year. Otherwise undefined (the
 * second cue is then named, as before).
 */
function crosstabAsked(f: Findings, period: Period): { metric: 'events' | 'participants'; groupBy: [CrosstabDim, CrosstabDim] } | undefined {
  const dims = [...new Set([...f.spans.cues].sort((a, b) => a.span.start - b.span.start).map((c) => c.groupBy))]
  const [a, b] = dims
  if (dims.length !== 2 || a === undefined || b === undefined || !CROSSTAB_DIMS.includes(a) || !CROSSTAB_DIMS.includes(b)) return undefined
  if (f.metric !== 'events' && f.metric !== 'participants') return undefined
  if (f.top !== undefined || f.superlative || f.least || f.ranking || f.spans.cumulative.length > 0 || f.compare || f.each) return undefined
  if ((a === 'fiscal_year' || b === 'fiscal_year') && !['all', 'fy', 'fy_relative'].includes(period.kind)) return undefined
  return { metric: f.metric, groupBy: [a as CrosstabDim, b as CrosstabDim] }
}

/** The dimensions whose groups' first (latest) event is given (group-first-event.ts). */
const FIRST_EVENT_DIMS: readonly GroupBy[] = ['office', 'state', 'region', 'activity_type', 'theme', 'format']

/**
 * The first (latest) event of each group ("when was each office's first event?", 公館別の初回実施日): the words
 * of a first or latest event beside one breakdown dimension, no figure named (a count, participants, a
 * share), nothing ranked or compared. Otherwise undefined (the words are then named).
 */
function perGroupEventAsked(f: Findings, comparing: boolean): { which: 'first' | 'last'; groupBy: GroupFirstEventDim } | undefined {
  const asked = f.perGroupEvent
  if (asked === undefined || f.groupBy === undefined || !FIRST_EVENT_DIMS.includes(f.groupBy)) return undefined
  if (comparing || f.countWord || f.metric !== 'events' || f.top !== undefined || f.superlative || f.least || f.ranking || f.place !== undefined || f.listLimit !== undefined) return undefined
  if (new Set(f.spans.cues.map((c) => c.groupBy)).size > 1 || f.spans.cumulative.length > 0) return undefined
  return { which: asked.which, groupBy: f.groupBy as GroupFirstEventDim }
}

/** A word of difference among the words of comparison and change ("difference", 差, 差分). */
const MORE_THAN_HEAD = String.raw`^how many (?:more|fewer|less)$|^より$|(?:多|少な)(?:い|かった|く)$`
const DIFFERENCE_WORD = new RegExp(String.raw`differen|差|${MORE_THAN_HEAD}`)
/** The words of "how many more … than", より…何件多い: a difference from a baseline named after them. */
const MORE_THAN_WORD = new RegExp(String.raw`${MORE_THAN_HEAD}|^than$`)
/** Words of comparison that a difference between two groups uses too ("compare", "vs", 比較, the "than" of "how many more … than"). */
const NEUTRAL_COMPARE = /^(?:vs\.?|versus|compar\w*|against|than|比較|比べ|くらべ|対比)$/

/**
 * The difference of one figure between two groups ("difference in average participants between online and
 * in-person events", シカゴ総とニューヨーク総の件数の差): a word of difference, exactly one dimension with
 * exactly two values named (their order as written), events, participants or average participants, one
 * period at most, and nothing ranked, listed or broken down by another dimension. A word of a rise or fall
 * ("growth") is none. Otherwise undefined (the word of difference is then named).
 */
function differenceAsked(f: Findings): { metric: GroupDifferenceQuery['metric']; groupBy: GroupDifferenceDim; groups: [string, string] } | undefined {
  const words = [...f.comparison, ...f.change].map((sp) => f.ratio.full.slice(sp.start, sp.end).trim())
  if (!words.some((w) => DIFFERENCE_WORD.test(w))) return undefined
  if (!words.every((w) => DIFFERENCE_WORD.test(w) || NEUTRAL_COMPARE.test(w))) return undefined
  if (f.metric !== 'events' && f.metric !== 'participants' && f.metric !== 'avg_participants') return undefined
  // 累計 with no period is the whole record (ボストン総はニューヨーク総より累計で何件少ない)
  const cumulativeOfPeriod = f.spans.cumulative.length > 0 && f.periods.mentions.some((m) => m.period.kind !== 'all')
  if (f.periods.mentions.length >= 2 || f.top !== undefined || f.superlative || f.least || f.ranking || f.list || f.place !== undefined || cumulativeOfPeriod) return undefined
  const two = valuesPerDimension(f).filter(([, n]) => n >= 2)
  if (two.length !== 1 || two[0]![1] !== 2) return undefined
  const dim = two[0]![0] as GroupDifferenceDim
  if (f.spans.cues.some((c) => c.groupBy !== dim)) return undefined
  const values: Record<GroupDifferenceDim, readonly string[]> = { office: f.offices, state: f.states, region: f.regions, activity_type: f.types, theme: f.themes, format: f.formats }
  const [a, b] = values[dim]
  if (a === undefined || b === undefined) return undefined
  return { metric: f.metric, groupBy: dim, groups: [a, b] }
}

/**
 * A ranked cell of a two-way breakdown ("which office and fiscal year combination had the most events",
 * "which office had the most participants in a single fiscal year", 単年度で件数が最も多かった公館): the two
 * dimensions named by the cell's words (or the ranked dimension and the fiscal year), events or participants,
 * ranked by most (top 1 or top N) or fewest, no running total or comparison, and a period of whole fiscal
 * years when one dimension is the fiscal year. Otherwise undefined (the cell's words are then named).
 */
function rankedCellAsked(f: Findings, period: Period): { metric: 'events' | 'participants'; groupBy: [CrosstabDim, CrosstabDim]; rank: { top: number; fewest?: true } } | undefined {
  if (f.cell === undefined) return undefined
  const dims = f.cell.dims.length === 2 ? f.cell.dims : f.groupBy !== undefined && f.groupBy !== 'fiscal_year' ? [f.groupBy, 'fiscal_year' as const] : undefined
  const [a, b] = dims ?? []
  if (a === undefined || b === undefined || a === b || !CROSSTAB_DIMS.includes(a) || !CROSSTAB_DIMS.includes(b)) return undefined
  if (f.metric !== 'events' && f.metric !== 'participants') return undefined
  if (f.spans.cumulative.length > 0 || f.compare || f.each || f.place !== undefined) return undefined
  if ((a === 'fiscal_year' || b === 'fiscal_year') && !['all', 'fy', 'fy_relative'].includes(period.kind)) return undefined
  // any other breakdown named is not one of the two
  if (f.spans.cues.some((c) => c.groupBy !== a && c.groupBy !== b)) return undefined
  const rank = rankOf({ ...f, groupBy: a })
  if (rank.top === undefined) return undefined
  return { metric: f.metric, groupBy: [a as CrosstabDim, b as CrosstabDim], rank: { top: rank.top, ...(rank.fewest ? { fewest: true as const } : {}) } }
}

/**
 * The breakdown of a share: the dimension of the question's first breakdown cue, for a share of events or
 * participants whose condition is not that dimension's own filter, with no ranking (most, fewest, top N).
 */
function shareGroupBy(f: Findings, query: Query): { groupBy: GroupBy; top?: number; fewest?: true } | undefined {
  if (query.intent !== 'share' || query.of === 'states' || f.groupBy === undefined) return undefined
  const ranked = f.superlative || f.least || f.ranking || f.top !== undefined
  // a ranking names its dimension apart ("which office", 公館): no cue needed; most and fewest together, or
  // a ranking with no direction, are no one ranking of shares
  if (!ranked && !f.spans.cues.some((c) => c.groupBy === f.groupBy)) return undefined
  const rank = ranked ? rankOf(f) : {}
  if (ranked && rank.top === undefined && rank.fewest === undefined) return undefined
  const parsed = querySchema.safeParse({ ...query, groupBy: f.groupBy, ...rank })
  return parsed.success ? { groupBy: f.groupBy, ...rank } : undefined
}

/**
 * The ranking of a breakdown: the N largest ("top 3", "which state … most": top 1), or the N smallest among
 * groups with an event ("bottom 3", 下位3, "which office … fewest": top 1; 少ない順: every group, smallest
 * first). Most and fewest together (最も多い州と最も少ない州) is the whole breakdown, largest first.
 */
function rankOf(f: Findings): { top?: number; fewest?: true } {
  if (f.groupBy === undefined) return {}
  if (f.least && !f.superlative) {
    const top = f.top ?? (f.leastOrder || f.ranking ? undefined : 1)
    return { fewest: true, ...(top !== undefined ? { top } : {}) }
  }
  if (f.least) return {}
  if (f.top !== undefined) return { top: f.top }
  return f.superlative ? { top: 1 } : {}
}

/**
 * "both" with two or more themes and no other two values of one kind, no two periods, no breakdown: the
 * events tagged with every one of the themes.
 */
function allThemesAsked(f: Findings): boolean {
  if (f.spans.both.length === 0 || f.themes.length < 2 || f.periods.mentions.length >= 2 || f.groupBy !== undefined) return false
  return valuesPerDimension(f).every(([dim, n]) => dim === 'theme' || n < 2)
}

/** "both" with two or more states (or another kind), and no other two values of one kind, no two periods, no breakdown. */
function allOfOneKindAsked(f: Findings, kind: GroupBy): boolean {
  // "compare both Texas and Ohio" compares the two
  if (f.spans.both.length === 0 || f.periods.mentions.length >= 2 || f.groupBy !== undefined || f.comparison.length > 0) return false
  const counts = valuesPerDimension(f)
  return (counts.find(([dim]) => dim === kind)?.[1] ?? 0) >= 2 && counts.every(([dim, n]) => dim === kind || n < 2)
}

/** "both" with two or more partners, and no two values of one kind, no two periods, no breakdown. */
function allPartnersAsked(f: Findings): boolean {
  if (f.spans.both.length === 0 || f.periods.mentions.length >= 2 || f.groupBy !== undefined || f.comparison.length > 0) return false
  return valuesPerDimension(f).every(([, n]) => n < 2)
}

/** How many values the question named for each filter that is also a breakdown dimension. */
function valuesPerDimension(f: Findings): [GroupBy, number][] {
  return [
    ['state', f.states.length],
    ['office', f.offices.length],
    ['region', f.regions.length],
    ['activity_type', f.types.length],
    ['theme', f.themes.length],
    ['format', f.formats.length],
  ]
}

/** Whether the question asks for a figure (so best practice, or an ongoing programme, means a count, not a list). */
function namesAFigure(f: Findings): boolean {
  return f.countWord || f.metric !== 'events'
}

/** A period of one calendar day: "events on 2022-09-15", 2022年9月15日に実施した事業 list the day's events. */
function oneDay(p: Period): boolean {
  return p.kind === 'dates' && p.from === p.to
}

/** The dimension of an "A vs B", "A and B respectively" or "the split between A and B" question, when two values of one kind appear. */
function dimensionCompared(f: Findings): GroupBy | undefined {
  // "the split between in-person, online and hybrid", オンラインと対面の内訳: a breakdown word with the values it splits
  if (!f.compare && !f.each && f.spans.breakdown.length === 0) return undefined
  return valuesPerDimension(f).find(([, n]) => n >= 2)?.[0]
}

/** Words of a rise and of a fall among the words of change (増加, "growth"; 減少, "drop"); "change", 増減, 差 are neither. */
const RISE_WORD = /grow|grew|increas|(?<![a-z])(?:rise|rose|risen|jump|gained)|増加|伸び|伸長|伸ばし|増え/
const DROP_WORD = /decreas|declin|(?<![a-z])(?:drop|fall|fell|lost)|減少|減っ|減り|落ち込|落とし/

/**
 * A figure per group compared between two periods (公館別の件数（2021年度と2022年度の比較）, "which office's event
 * count grew the most from FY2021 to FY2022?", "top 3 states by growth"): events or participants, a dimension
 * a breakdown by group takes, and either a breakdown cue with nothing ranked (the table; "which X" with one
 * direction of change: the groups that rose or fell) or a ranking by one direction of change (the largest
 * rise or drop, top N). A ranking with no direction or both, the fewest, a
 * place, or several dimensions is none (its words stay named).
 */
function groupChangeAsked(f: Findings): { metric: 'events' | 'participants'; groupBy: GroupChangeDim; show: 'table' | 'largest' | 'moved'; direction?: 'rise' | 'drop'; top?: number } | undefined {
  const g = f.groupBy
  if (g === undefined || !(GROUP_CHANGE_DIMS as readonly string[]).includes(g)) return undefined
  const groupBy = g as GroupChangeDim
  if (f.metric !== 'events' && f.metric !== 'participants') return undefined
  if (new Set(f.spans.cues.map((c) => c.groupBy)).size > 1 || f.place !== undefined || f.spans.cumulative.length > 0 || f.each) return undefined
  const ranked = f.superlative || f.least || f.ranking || f.top !== undefined
  const words = f.change.map((sp) => f.ratio.full.slice(sp.start, sp.end))
  const rise = words.some((w) => RISE_WORD.test(w))
  const drop = words.some((w) => DROP_WORD.test(w))
  if (!ranked) {
    const cues = f.spans.cues.filter((c) => c.groupBy === groupBy)
    if (cues.length === 0) return undefined
    // "which offices increased …", どの公館が増えた: the groups that rose (fell), not every group's change
    // …and 件数が減った公館 (the groups a change is said of, as どの公館が減った; 州別に見て…増えた州は: any of its cues)
    const which = cues.some((cue) => /which|what|どの/.test(f.ratio.full.slice(cue.span.start, cue.span.end)) || /(?:増え|減っ|増加し|減少し|伸び|伸ばし|下がっ|上がっ|落ち|落ち込ん|落とし)(?:た|だ|ている|てる)$/.test(f.ratio.full.slice(0, cue.span.start)))
    if (!which) return { metric: f.metric, groupBy, show: 'table' }
    return rise === drop ? undefined : { metric: f.metric, groupBy, show: 'moved', direction: rise ? 'rise' : 'drop' }
  }
  if (rise === drop || f.least || f.ranking) return undefined
  return { metric: f.metric, groupBy, show: 'largest', direction: rise ? 'rise' : 'drop', ...(f.top !== undefined ? { top: f.top } : {}) }
}

/** A word of growth or decline (増加, 伸び, "growth", "increase"), not only a word of difference (差, "difference"). */
function growthWord(f: Findings): boolean {
  return f.change.some((sp) => !/^(?:差分?(?:は|を|が)?|differences?)$/.test(f.ratio.full.slice(sp.start, sp.end).trim()))
}

function pickComparePeriods(f: Findings, asOf: string): [Period, Period] | undefined {
  const ps = f.periods.mentions.map((m) => m.period)
  let pair: [Period, Period] | undefined
  const [a, b] = ps
  const joined = f.periods.mentions[0]?.joinedByAnd
  if (a && b) {
    if (!nestedPeriods(f)) pair = [a, b]
  } else if (a && joined && (f.compare || f.change.length > 0 || f.ratio.percent.length > 0)) {
    // "how did X change between FY2021 and FY2022": the two years side by side, not their sum (a percent of
    // change, 何％増えた, is read only beside a word of change, which it may have taken: 何％増)
    pair = [
      { kind: 'fy', from: joined[0], to: joined[0] },
      { kind: 'fy', from: joined[1], to: joined[1] },
    ]
  }
  else if (a && (f.periods.previousYear || growthWord(f)) && !valuesPerDimension(f).some(([, n]) => n >= 2)) {
    // 前年度比 / year-on-year, and a word of growth with one single-year period ("growth in FY2022?"); not a
    // "difference" (差) alone, nor a change between two things named in that year (対面とオンラインの差)
    const prev = previousPeriod(a)
    if (prev) pair = [prev, a]
  } else if (!a && f.periods.previousYear) {
    pair = [{ kind: 'fy_relative', offset: -1 }, { kind: 'fy_relative', offset: 0 }]
  }
  if (!pair) return undefined
  const [p, q] = pair
  return periodSortKey(p, asOf) <= periodSortKey(q, asOf) ? [p, q] : [q, p]
}

/**
 * Two periods said one inside the other ("March of FY2022", "December FY2022", "the last quarter of FY2021", "May
 * of last year", 2022年度の12月): nothing between them that joins two periods (and, vs, a comma, と), so they are
 * one period said twice over — no comparison of the two (which no word asked for); the second is named.
 */
function nestedPeriods(f: Findings): boolean {
  const [m1, m2] = [...f.periods.mentions].sort((x, y) => x.start - y.start)
  if (!m1 || !m2) return false
  const between = f.ratio.full.slice(m1.end, m2.start)
  // nothing between them: nested when the first is a part of a year ("December FY2022"), not two years ("FY2021 FY2022")
  if (/^\s*$/.test(between)) return m1.period.kind !== 'fy' && m1.period.kind !== 'fy_relative'
  return /^\s*(?:(?:of|in|during|within)\s+(?:the\s+)?|'s\s+|の|における|中の|内の)\s*$/u.test(between)
}

/**
 * Whether two periods share a day (each resolved to its dates as of `asOf`; a period with no fixed dates — the
 * whole record, an open end before a date — never does).
 */
function shareDays(periods: readonly [Period, Period], asOf: string): boolean {
  const [a, b] = periods.map((p) => (p.kind === 'all' || p.kind === 'dates_until' ? undefined : resolvePeriod(p, asOf, null).resolved))
  if (!a || !b || a.from === null || a.to === null || b.from === null || b.to === null) return false
  return a.from <= b.to && b.from <= a.to
}

/**
 * The spans of a filter's values said on both sides of a compared period ("Houston in FY2021 or Chicago in
 * FY2022", 2021年度のヒューストンと2022年度のシカゴ): each value paired with its own period, two figures of
 * different events that no comparison gives (it would count both places in each period). Empty when every value
 * of each filter is said before, between or after the two periods together. Shape: the later period and the values
 * after the first one's side, to be named as unused.
 */
function crossPaired(f: Findings): Span[] {
  const [m1, m2] = [...f.periods.mentions].sort((x, y) => x.start - y.start)
  if (!m1 || !m2 || f.periods.mentions.length !== 2) return []
  const side = (s: Span) => (s.end <= m1.start ? 0 : s.end <= m2.start ? 1 : 2)
  for (const filter of ['states', 'regions', 'offices', 'types', 'themes', 'formats'] as const) {
    const spans = f.valueSpans.filter((v) => v.filter === filter).map((v) => v.span)
    const sides = new Set(spans.map(side))
    if (sides.size < 2) continue
    const first = Math.min(...sides)
    return [{ start: m2.start, end: m2.end }, ...spans.filter((s) => side(s) !== first)]
  }
  return []
}

/** The calendar months of a fiscal year's quarter or half (April–March year): Q1 = April–June, H2 = October–March. */
const PART_MONTHS: Record<FyPart, number[]> = { q1: [4, 5, 6], q2: [7, 8, 9], q3: [10, 11, 12], q4: [1, 2, 3], h1: [4, 5, 6, 7, 8, 9], h2: [10, 11, 12, 1, 2, 3] }

/**
 * "2021年度と2022年度の合計件数", "events in FY2021 and FY2022 combined": two periods summed, not compared —
 * one period from the first to the second when they are consecutive fiscal years (FY2021–FY2022); two that
 * are not (FY2019 and FY2022) make no one period, so they and the word are named (no figure). A word of
 * comparison or change keeps the comparison.
 */
function combinedPeriods(f: Findings, dropped: Span[]): Findings {
  const [a, b, ...more] = f.periods.mentions
  if (f.combined.length === 0 || a === undefined || b === undefined || f.comparison.length > 0 || f.change.length > 0 || f.periods.previousYear) return f
  const p = a.period
  const q = b.period
  const [lo, hi] = p.kind === 'fy' && q.kind === 'fy' ? (p.from <= q.from ? [p, q] : [q, p]) : [undefined, undefined]
  if (lo === undefined || hi === undefined || more.length > 0 || hi.from !== (lo.to ?? lo.from) + 1) {
    dropped.push(...f.combined, { start: a.start, end: a.end }, { start: b.start, end: b.end })
    return f
  }
  const merged = { ...a, period: { kind: 'fy' as const, from: lo.from, to: hi.to }, end: b.end, yearAsFy: a.yearAsFy || b.yearAsFy }
  return { ...f, periods: { ...f.periods, mentions: [merged] } }
}

/**
 * DC is not a state: state-coverage questions never filter on it (and say so). "excluding DC" / "don't count
 * DC" there asks for what is counted anyway, not for the events in DC to be left out (an event in DC and
 * Virginia still reached Virginia).
 */
function withoutDc(filters: Omit<Filters, 'period'>, f: Findings, assumptions: Set<Assumption>): Omit<Filters, 'period'> {
  if (!f.dcMentioned && !(filters.exclude?.states ?? []).includes('DC')) return filters
  assumptions.add('dc_not_a_state')
  const states = (filters.states ?? []).filter((s) => s !== 'DC')
  const excluded = (filters.exclude?.states ?? []).filter((s) => s !== 'DC')
  const { states: _dropped, exclude, ...rest } = filters
  const { states: _excludedStates, ...otherExclusions } = exclude ?? {}
  const keptExclude = excluded.length > 0 ? { ...otherExclusions, states: excluded } : otherExclusions
  return {
    ...rest,
    ...(states.length > 0 ? { states } : {}),
    ...(Object.keys(keptExclude).length > 0 ? { exclude: keptExclude as Filters['exclude'] } : {}),
  }
}

function clarify(options: [{ en: string; ja: string }, Query][]): ParseResult {
  return { kind: 'clarify', options: options.map(([label, query]) => ({ label, query })) }
}

function clarifyPlace(query: Query, place: AmbiguousPlace): ParseResult {
  const withState = (code: string): Query => {
    const states = [...(query.filters.states ?? []), code] as Filters['states']
    return { ...query, filters: { ...query.filters, states } } as Query
  }
  if (place === 'washington') {
    return clarify([
      [{ en: 'Washington State', ja: 'ワシントン州' }, withState('WA')],
      [{ en: 'Washington, D.C.', ja: 'ワシントンDC' }, withState('DC')],
    ])
  }
  // "New York" alone ("how many events did New York hold?", ニューヨークの件数): the state, or the consulate
  // that serves it and its neighbours (130 events against the state's 92 in the demo) — never guessed
  if (place === 'new-york') {
    const offices = [...(query.filters.offices ?? []), 'new-york'] as Filters['offices']
    return clarify([
      [{ en: 'New York State', ja: 'ニューヨーク州' }, withState('NY')],
      [{ en: 'Consulate-General in New York', ja: 'ニューヨーク総領事館' }, { ...query, filters: { ...query.filters, offices } } as Query],
    ])
  }
  const offices = [...(query.filters.offices ?? []), 'los-angeles'] as Filters['offices']
  return clarify([
    [{ en: 'Louisiana', ja: 'ルイジアナ州' }, withState('LA')],
    [{ en: 'Consulate-General in Los Angeles', ja: 'ロサンゼルス総領事館' }, { ...query, filters: { ...query.filters, offices } } as Query],
  ])
}
