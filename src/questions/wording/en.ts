// The answers in English.
import { eraFiscalYearLabel, fyLabel } from '../../domain/fiscal-year.ts'
import { OFFICES } from '../../domain/offices.ts'
import { REGIONS, STATES } from '../../domain/states.ts'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import { formatCount, formatNumber } from '../../i18n/format.ts'
import { ordinalEn } from '../numbers.ts'
import type { ResolvedPeriod } from '../results.ts'
import type { Metric } from '../slots.ts'
import type { Unit, Wording } from './types.ts'
import { name, groupKeyName, wholeMonths, monthsLabel, scopeOf, scopeEn, capitalise, relativeEn, GROUP_PLURAL_EN, periodLabelEn, fyPartEn, recentEn } from './shared.ts'


/** The period after a noun: "in FY2022", and for all records "to date" (never "… in total" after "Total …"). */
function whenEn(p: ResolvedPeriod): string {
  return p.asked.kind === 'all' ? 'to date' : en.periodOf(p)
}

export const en: Wording = {
  count: (n, unit) => formatCount(n, unit, 'en'),
  figure: (metric, value) => (value === null ? '–' : formatNumber(value)),
  cell: (metric, value) => en.figure(metric, value),
  metric: (m) =>
    ({
      events: 'events',
      participants: 'total participants',
      states_covered: 'states covered',
      offices_active: 'offices with events',
      avg_participants: 'average participants per event',
      cities: 'distinct cities',
    })[m],
  groupBy: (g) =>
    ({
      fiscal_year: 'fiscal year',
      state: 'state',
      region: 'region',
      office: 'office',
      activity_type: 'activity type',
      theme: 'theme',
      format: 'format',
      month: 'month',
      fiscal_quarter: 'fiscal quarter',
      weekday: 'day of the week',
      city: 'city',
      best_practice_category: 'best-practice category',
      month_of_year: 'month of the year',
    })[g],
  groupKey: (g, key) => groupKeyName(g, key, 'en'),
  periodShort: (p) => {
    const a = p.asked
    if (a.kind === 'all') return 'all records'
    if (a.kind === 'fy_part') return fyPartEn(a.fy, a.part)
    if (a.kind === 'fy_part_relative') {
      const fy = Number((p.from ?? '').slice(0, 4)) - (a.part === 'q4' ? 1 : 0)
      return `${a.part.toUpperCase()} of ${relativeEn(a.offset)} (${fyPartEn(fy, a.part)})`
    }
    if (a.kind === 'dates_since') return `since ${a.from}`
    if (a.kind === 'dates_until') return `up to ${a.to}`
    if (a.kind === 'recent') return recentEn(a.n, a.unit)
    if (p.fiscalYears) {
      const label = p.fiscalYears.from === p.fiscalYears.to ? fyLabel(p.fiscalYears.from, 'en') : `FY${p.fiscalYears.from}–FY${p.fiscalYears.to}`
      // "in FY2021 (2 FYs ago)": a count of years back reads after the year, not as "in 2 FYs ago"
      if (a.kind === 'fy_relative') return a.offset <= -2 ? `${label} (${relativeEn(a.offset)})` : `${relativeEn(a.offset)} (${label})`
      return label
    }
    if (p.from !== null && p.from === p.to) return p.from
    return monthsLabel(p, 'en') ?? `${p.from} – ${p.to}`
  },
  periodWithDates: (p) => {
    const short = en.periodShort(p)
    if (p.asked.kind === 'dates') return wholeMonths(p) ? `${short} (${p.from} – ${p.to})` : short
    if (p.from === null || p.to === null) return `${short} (none recorded yet)`
    return `${short} (${p.from} – ${p.to})`
  },
  periodOf: (p) => {
    const a = p.asked
    if (a.kind === 'all') return 'in total'
    if (a.kind === 'dates_since' || a.kind === 'dates_until') return en.periodShort(p)
    if (a.kind === 'dates' && p.from !== null && p.from === p.to) return `on ${p.from}`
    if (a.kind === 'dates') return wholeMonths(p) ? `in ${en.periodShort(p)}` : `between ${p.from} and ${p.to}`
    return `in ${en.periodShort(p)}`
  },
  periodIn: (p) => (p.asked.kind === 'all' ? 'so far' : en.periodOf(p)),
  filters: (f) => {
    const s = scopeOf(f, 'en', false)
    return [s.offices ?? 'all offices', ...s.places, ...s.kinds]
  },
  counted: (parts) => `Counted: ${parts.join(' · ')}`,
  matched: (n) => `${formatCount(n, 'events', 'en')} matched`,
  matchedEach: (a, b) => `${formatNumber(a)} and ${formatNumber(b)} events matched`,
  assumption: (a) =>
    ({
      year_as_fiscal_year: 'a year read as a fiscal year (April–March)',
      default_metric_events: 'no measure named, so events are counted',
      dc_not_a_state: 'DC is not counted as a state',
      latest_fy_for_first_time: 'the latest fiscal year of the period used',
      latest_fy_part: 'a quarter or half with no fiscal year read as the latest one begun by the as-of date',
      one_decimal: 'figures are given to one decimal place',
    })[a],
  note: (n) => {
    switch (n.code) {
      case 'dc_events':
        return `DC (not a state): ${en.count(n.events, 'events')}, not counted among the states`
      case 'first_time_fiscal_year':
        return `first-time states are judged for one fiscal year: ${fyLabel(n.fiscalYear, 'en')}${n.reason === 'all' ? ' (the current one)' : ' (the last of the period)'}`
      case 'period_reversed':
        return 'the period was given end first and was read forwards'
      case 'in_progress':
        return `the period is still running: counted up to ${n.through}`
      case 'nothing_matched':
        return `no recorded event matched; the events recorded so far run from ${n.first} to ${n.last}`
      case 'nothing_recorded':
        return 'no event has been recorded yet'
    }
  },
  breakdownBy: (g, { top, fewest, cumulative }) => {
    const by = g === 'weekday' ? 'by day of the week of the start date' : g === 'month_of_year' ? 'by month of the year (every year added up)' : `by ${en.groupBy(g)}`
    if (cumulative) return `${by}, running total from the start of the period`
    if (!fewest) return top === null ? by : `top ${top} ${by}`
    const among = `among ${GROUP_PLURAL_EN[g]} with at least one event`
    return top === null ? `${by}, fewest first, ${among}` : `bottom ${top} ${by}, ${among}`
  },
  scalar: (metric, p, value, parts, f) => {
    const when = en.periodOf(p)
    const scope = scopeEn(f)
    switch (metric) {
      case 'events':
        return value === 1 ? `There was 1 event${scope} ${when}.` : `There were ${formatNumber(value ?? 0)} events${scope} ${when}.`
      case 'participants':
        return `Total participants${scope} ${whenEn(p)}: ${formatNumber(value ?? 0)}.`
      case 'states_covered':
        if (value === parts.outOf && parts.outOf === 50) return `Events were held in all 50 states${scope} ${en.periodIn(p)}.`
        return `Events were held in ${formatNumber(value ?? 0)} of the ${parts.outOf} states${scope} ${en.periodIn(p)}.`
      case 'offices_active':
        return `${en.count(value ?? 0, 'offices')} held at least one event${scope} ${en.periodIn(p)}.`
      case 'avg_participants':
        return value === null
          ? `No events matched${scope} ${whenEn(p)}, so there is no average.`
          : `Average participants per event${scope} ${whenEn(p)}: ${formatNumber(value)} (${en.count(parts.participants ?? 0, 'participants')} ÷ ${en.count(parts.events, 'events')}).`
      case 'cities':
        return `Events were held in ${en.count(value ?? 0, 'cities')}${scope} ${en.periodIn(p)}.`
    }
  },
  breakdownHead: (metric, g, { top, fewest, cumulative }, p, f) => {
    const what = en.metric(metric)
    const tail = `${scopeEn(f)} ${whenEn(p)}:`
    if (cumulative && metric === 'states_covered') return `States covered from the start of the period to the end of each ${en.groupBy(g)}${scopeEn(f)} ${whenEn(p)} (each state counted once):`
    if (cumulative) return `Running total of ${what} by ${en.groupBy(g)}${scopeEn(f)} ${whenEn(p)} (from the start of the period):`
    if (fewest) {
      const among = `among ${GROUP_PLURAL_EN[g]} with at least one event`
      if (top === null) return `${capitalise(what)} by ${en.groupBy(g)}, fewest first (${among})${tail}`
      return top === 1 ? `${capitalise(en.groupBy(g))} with the fewest ${what} (${among})${tail}` : `Bottom ${top} ${GROUP_PLURAL_EN[g]} by ${what} (${among})${tail}`
    }
    if (top === null) return `${capitalise(what)} by ${en.groupBy(g)}${tail}`
    return top === 1 ? `Top ${en.groupBy(g)} by ${what}${tail}` : `Top ${top} ${GROUP_PLURAL_EN[g]} by ${what}${tail}`
  },
  averageCell: (value, participants, events) => (value === null ? '–' : `${formatNumber(value)} (${formatNumber(participants)} ÷ ${formatNumber(events)})`),
  tiesShown: (g, top, shown) => `${shown} ${GROUP_PLURAL_EN[g]} shown: the ${ordinalEn(top)} place is shared.`,
  zeroStatesHidden: (count, of) => `States with 0 are not listed: ${count} of ${of}.`,
  unrankedGroups: (g, count, of) =>
    count === 0 ? `Every one of the ${of} ${GROUP_PLURAL_EN[g]} had at least one event.` : `${count} of the ${of} ${GROUP_PLURAL_EN[g]} had no event and are not ranked.`,
  overlap: (metric, total, g) => {
    if (metric === 'participants' && (g === 'state' || g === 'region')) {
      return `An event in several ${GROUP_PLURAL_EN[g]} counts its participants in each; the total without double counting is ${formatNumber(total ?? 0)}.`
    }
    const reason =
      g === 'state' || g === 'region'
        ? `An event held in several states counts once in each ${en.groupBy(g)} it touches`
        : g === 'theme'
          ? 'An event with several themes counts once under each of its themes, and one with no theme under none'
          : 'An event can fall into more than one group and counts once in each'
    return `${reason}, so the groups ${g === 'theme' ? 'do not add up to' : 'add up to more than'} the total (${metric === 'participants' ? en.count(total ?? 0, 'participants') : en.count(total ?? 0, 'events')}).`
  },
  noRows: 'No events matched.',
  cityNote: 'only events with a recorded city (events without one are not counted); a city name counts once',
  categoryNote: 'only best practices filed under a category (events under none are in no group)',
  comparison: (metric, a, b, difference, changePercent, f) => {
    const base = `${capitalise(en.metric(metric))}${scopeEn(f)}: ${a.label} ${en.figure(metric, a.value)} → ${b.label} ${en.figure(metric, b.value)}`
    if (difference === null) return `${base}.`
    const sign = difference > 0 ? '+' : ''
    const pct = changePercent === null ? '' : `, ${changePercent > 0 ? '+' : ''}${formatNumber(changePercent)}%`
    return difference === 0 ? `${base} (no change).` : `${base} (${sign}${formatNumber(difference)}${pct}).`
  },
  comparePeriods: (a, b) => `${en.periodWithDates(a)} vs ${en.periodWithDates(b)}`,
  firstTime: (p, states, f) =>
    states.length === 0
      ? `No state had its first event${scopeEn(f)} in ${en.periodShort(p)}.`
      : `${en.count(states.length, 'states')} had ${states.length === 1 ? 'its' : 'their'} first event${scopeEn(f)} in ${en.periodShort(p)}: ${states.map((s) => name.state(s, 'en')).join(', ')}.`,
  firstTimeline: (timeline, asked) => {
    const first = new Map(timeline.map((t) => [t.state, t.fiscalYear]))
    const missing = asked.filter((s) => !first.has(s))
    if (asked.length <= 3) {
      return asked
        .map((s) => {
          const fy = first.get(s)
          return fy === undefined ? `${name.state(s, 'en')} has had no event yet.` : `${name.state(s, 'en')} had its first event in ${fyLabel(fy, 'en')}.`
        })
        .join(' ')
    }
    const covered = `${formatNumber(timeline.length)} of the ${asked.length} states have had an event`
    if (timeline.length === 0) return `None of the ${asked.length} states has had an event yet.`
    const lastFy = Math.max(...timeline.map((t) => t.fiscalYear))
    const last = timeline.filter((t) => t.fiscalYear === lastFy).map((t) => name.state(t.state, 'en'))
    const lastText = `The most recent first-time ${last.length === 1 ? 'state was' : 'states were'} ${last.join(', ')}, in ${fyLabel(lastFy, 'en')}.`
    // every state with the fiscal year of its first event, grouped by that year
    const years = [...new Set(timeline.map((t) => t.fiscalYear))].sort((a, b) => a - b)
    const byYear = years.map((fy) => `${fyLabel(fy, 'en')}: ${timeline.filter((t) => t.fiscalYear === fy).map((t) => name.state(t.state, 'en')).join(', ')}`)
    const head =
      missing.length === 0
        ? `${asked.length === 50 ? 'All 50 states' : `All ${asked.length} states`} have had an event. ${lastText}`
        : `${covered}; not yet: ${missing.map((s) => name.state(s, 'en')).join(', ')}. ${lastText}`
    return [head, 'Each state by the fiscal year of its first event:', ...byYear].join('\n')
  },
  uncovered: (p, states, outOf, f) =>
    states.length === 0
      ? `Every one of the ${outOf} states had an event${scopeEn(f)} ${en.periodIn(p)}.`
      : `${formatNumber(states.length)} of the ${outOf} states had no event${scopeEn(f)} ${en.periodIn(p)}: ${states.map((s) => name.state(s, 'en')).join(', ')}.`,
  eventsHead: (p, shown, matched, f, order = 'newest') =>
    shown >= matched
      ? `${matched === 1 ? 'The only event' : matched === 2 ? 'Both events' : `All ${formatNumber(matched)} events`}${scopeEn(f)} ${whenEn(p)}, ${order} first:`
      : `The ${shown === 1 ? '' : `${formatNumber(shown)} `}${order === 'oldest' ? 'earliest' : 'most recent'} of ${formatNumber(matched)} events${scopeEn(f)} ${whenEn(p)}:`,
  eventLine: (e) => `• ${e.date} · ${e.office} · ${e.states.join(', ')} · ${e.title} · ${en.count(e.participants, 'participants')}`,
  noEvents: 'No events matched.',
  stateName: (code) => name.state(code, 'en'),
  clarify: (labels) =>
    labels.length === 1
      ? [`Your question can be read in more than one way, and only this reading can be counted. Is this what you meant?`, `1. ${labels[0]}`].join('\n')
      : [`Your question can be read in more than one way, with different figures. Which one did you mean?`, ...labels.map((l, i) => `${i + 1}. ${l}`)].join('\n'),
  clarifyInterpretation: (n) => (n === 1 ? 'Nothing counted yet: one reading of the question can be counted.' : `Nothing counted yet: the question has ${n} readings.`),
  unknown: (reason) =>
    ({
      out_of_scope: 'I can only answer questions about the recorded outreach events: how many, participants, states, offices, fiscal years.',
      empty: 'Please type a question.',
      not_understood: 'I could not turn this question into a figure I can count.',
      unused_words: 'I could not use every word of this question, so I give no figure.',
      future: 'That period has not begun yet: I count recorded events only, so I give no figure for it.',
    })[reason],
  unusedWords: (words) => `I can't use ${words.map((x) => `“${x}”`).join(', ')} in this question yet, so I give no figure.`,
  understood: (parts) => `I understood: ${parts.join(' · ')}.`,
  scopePhrase: (f) => scopeEn(f),
  periodLabel: (p) => periodLabelEn(p),
  suggest: (question) => `Try: “${question}”`,
  unknownInterpretation: 'Nothing counted: no figure is given.',
  examplesHead: 'Try, for example:',
  examples: [
    'How many events were held in FY2022?',
    'Total participants since FY2017?',
    'How many states have been covered so far?',
    'Events by region this fiscal year',
  ],
  listSeparator: ', ',
}
