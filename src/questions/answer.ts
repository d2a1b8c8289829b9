// The public answer to a question: one JSON shape for the CLI (--json), Slack and tests, and the renderer
// that writes it in both languages from an executor result. The renderer writes figures; it never makes
// one: values, rows and items are copied from the result, and the user's question is only echoed back in
// `question`, never into a figure or a sentence.
import { z } from 'zod'
import { todayIn } from '../domain/fiscal-year.ts'
import { FIFTY_STATES } from '../domain/states.ts'
import type { Lang } from '../i18n/types.ts'
import { describePeriod, type BreakdownResult, type ComparisonResult, type EventsResult, type QueryResult, type ScalarResult, type StatesResult } from './execute.ts'
import { textTable } from './numbers.ts'
import { resultText } from './catalogue.ts'
import { querySchema, type ParseResult, type Query } from './query.ts'
import { LANGS, WORDING, type Assumption, type Wording } from './wording.ts'

const bilingualSchema = z.object({ en: z.string(), ja: z.string() })

export const answerKindSchema = z.enum(['scalar', 'breakdown', 'list', 'comparison', 'clarify', 'unknown'])
export type AnswerKind = z.infer<typeof answerKindSchema>

export const answerRowSchema = z.object({
  /** Fiscal year "2022", month "2022-05", USPS code, or a region/office/type/theme/format code. */
  key: z.string(),
  value: z.number().nullable(),
})

export const stateItemSchema = z.object({
  type: z.literal('state'),
  key: z.string(),
  name: bilingualSchema,
  /** For "when was it first covered" answers: the fiscal year of the state's first event. */
  firstFiscalYear: z.number().int().optional(),
})

export const eventItemSchema = z.object({
  type: z.literal('event'),
  id: z.number().int(),
  date: z.string(),
  endDate: z.string().nullable(),
  office: z.string(),
  states: z.array(z.string()),
  title: z.object({ en: z.string().nullable(), ja: z.string().nullable() }),
  activityType: z.string(),
  format: z.string(),
  themes: z.array(z.string()),
  participants: z.number().int(),
  bestPractice: z.boolean(),
})

export const answerItemSchema = z.discriminatedUnion('type', [stateItemSchema, eventItemSchema])

export const answerSchema = z
  .object({
    question: z.string(),
    kind: answerKindSchema,
    intent: z.enum(['metric', 'compare', 'first_time_states', 'uncovered_states', 'list_events']).nullable(),
    /** Scalar answers only; null for an average over no events. */
    value: z.number().nullable().optional(),
    /** Breakdowns and comparisons, in the order shown. */
    rows: z.array(answerRowSchema).optional(),
    /** Lists: states or events. */
    items: z.array(answerItemSchema).optional(),
    interpretation: bilingualSchema,
    text: bilingualSchema,
    /** Clarify answers: each reading as a complete query (Slack shows them as buttons). */
    options: z.array(z.object({ label: bilingualSchema, query: querySchema })).optional(),
    /** Unknown answers for words the query could not use: those words, as the user wrote them. */
    unusedWords: z.array(z.string()).min(1).optional(),
  })
  .superRefine((a, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', message })
    }
    need((a.kind === 'scalar') === (a.value !== undefined), 'value is given for scalar answers, and only for them')
    need((a.kind === 'breakdown' || a.kind === 'comparison') === (a.rows !== undefined), 'rows go with breakdowns and comparisons')
    need((a.kind === 'list') === (a.items !== undefined), 'items go with lists')
    need((a.kind === 'clarify') === (a.options !== undefined), 'options go with clarify answers')
    need((a.kind === 'clarify' || a.kind === 'unknown') === (a.intent === null), 'intent is null exactly when nothing was counted')
    need(a.unusedWords === undefined || a.kind === 'unknown', 'unused words go with unknown answers only')
  })
export type Answer = z.infer<typeof answerSchema>

export type AnswerInput =
  | { question: string; result: QueryResult; assumptions?: readonly Assumption[] }
  | {
      question: string
      parse: Extract<ParseResult, { kind: 'clarify' | 'unknown' }>
      /** "Today" for the period of a suggested question (default: today in Asia/Tokyo). */
      asOf?: string
    }

export type Bilingual = { en: string; ja: string }

function both(f: (w: Wording, lang: Lang) => string): Bilingual {
  const [en, ja] = LANGS.map((l) => f(WORDING[l], l)) as [string, string]
  return { en, ja }
}

/** How many of the 50 states a question is about (its region/state filters narrow it). Reference data only. */
function statesAskedAbout(r: QueryResult): number {
  const scope = r.filters.stateScope
  return scope === undefined ? FIFTY_STATES.length : FIFTY_STATES.filter((s) => scope.includes(s.code)).length
}

/** The 50-state codes a question is about (all, or those of its state/region filters), DC never. */
function askedStates(r: QueryResult): string[] {
  const scope = r.filters.stateScope
  return FIFTY_STATES.filter((s) => scope === undefined || scope.includes(s.code)).map((s) => s.code)
}

function interpretation(r: QueryResult, assumptions: readonly Assumption[]): Bilingual {
  return both((w) => {
    const parts: string[] = []
    switch (r.kind) {
      case 'scalar':
      case 'breakdown':
        parts.push(w.metric(r.metric), w.periodWithDates(r.period), ...w.filters(r.filters))
        if (r.kind === 'breakdown') parts.push(w.breakdownBy(r.groupBy, r.top))
        parts.push(w.matched(r.matchedEvents))
        break
      case 'comparison':
        parts.push(w.metric(r.metric), w.comparePeriods(r.rows[0].period, r.rows[1].period), ...w.filters(r.filters))
        parts.push(w.matchedEach(r.rows[0].matchedEvents, r.rows[1].matchedEvents))
        break
      case 'states':
      case 'events':
        parts.push(w.what(r.kind === 'states' ? r.intent : 'list_events'), w.periodWithDates(r.period), ...w.filters(r.filters))
        parts.push(w.matched(r.matchedEvents))
        break
    }
    for (const a of assumptions) parts.push(w.assumption(a))
    for (const n of r.notes) parts.push(w.note(n))
    return w.counted(parts)
  })
}

export function scalarText(r: ScalarResult): Bilingual {
  return both((w) => w.scalar(r.metric, r.period, r.value, { events: r.events, participants: r.participants, outOf: statesAskedAbout(r) }, r.filters))
}

export function breakdownText(r: BreakdownResult): Bilingual {
  return both((w) => {
    const lines = [w.breakdownHead(r.metric, r.groupBy, r.top, r.period, r.filters)]
    if (r.rows.length === 0 || r.matchedEvents === 0) lines.push(w.noRows)
    else {
      const cells = r.rows.map((row): [string, string] => [
        w.groupKey(r.groupBy, row.key),
        r.metric === 'avg_participants' ? w.averageCell(row.value, row.participants ?? 0, row.events) : w.cell(r.metric, row.value),
      ])
      lines.push(textTable(cells))
    }
    lines.push(...breakdownNotes(r, w))
    return lines.join('\n')
  })
}

/** The notes under a breakdown, in one language: places shared at the top N's edge, multi-state overlap, states left out at 0. */
export function breakdownNotes(r: BreakdownResult, w: Wording): string[] {
  return [
    ...(r.top !== null && r.rows.length > r.top ? [w.tiesShown(r.groupBy, r.top, r.rows.length)] : []),
    ...(r.overlapping ? [w.overlap(r.metric, r.total, r.groupBy)] : []),
    ...(r.zeroStates !== null && r.zeroStates.count > 0 && r.rows.length > 0 ? [w.zeroStatesHidden(r.zeroStates.count, r.zeroStates.of)] : []),
  ]
}

export function comparisonText(r: ComparisonResult): Bilingual {
  const [a, b] = r.rows
  return both((w) =>
    w.comparison(
      r.metric,
      { label: w.periodShort(a.period), value: a.value },
      { label: w.periodShort(b.period), value: b.value },
      r.difference,
      r.changePercent,
      r.filters,
    ),
  )
}

export function statesText(r: StatesResult): Bilingual {
  if (r.timeline) {
    const timeline = r.timeline
    const asked = askedStates(r)
    return both((w) => w.firstTimeline(timeline, asked))
  }
  return both((w) => (r.intent === 'first_time_states' ? w.firstTime(r.period, r.states, r.filters) : w.uncovered(r.period, r.states, r.outOf, r.filters)))
}

export function eventsText(r: EventsResult): Bilingual {
  return both((w, lang) => {
    if (r.events.length === 0) return w.noEvents
    const lines = r.events.map((e) =>
      w.eventLine({
        date: e.startDate,
        office: w.groupKey('office', e.officeCode),
        states: e.stateCodes.map((s) => w.groupKey('state', s)),
        title: (lang === 'en' ? (e.titleEn ?? e.titleJa) : (e.titleJa ?? e.titleEn)) ?? '',
        participants: e.participants,
      }),
    )
    return [w.eventsHead(r.period, r.events.length, r.matchedEvents, r.filters), ...lines].join('\n')
  })
}

function renderResult(question: string, r: QueryResult, assumptions: readonly Assumption[]): Answer {
  const base = { question, intent: r.query.intent, interpretation: interpretation(r, assumptions) }
  const text = resultText(r)
  switch (r.kind) {
    case 'scalar':
      return { ...base, kind: 'scalar', value: r.value, text }
    case 'breakdown':
      return { ...base, kind: 'breakdown', rows: r.rows.map(({ key, value }) => ({ key, value })), text }
    case 'comparison':
      return { ...base, kind: 'comparison', rows: r.rows.map(({ key, value }) => ({ key, value })), text }
    case 'states':
      return {
        ...base,
        kind: 'list',
        items: r.timeline
          ? r.timeline.map((t) => ({ type: 'state' as const, key: t.state, name: both((w) => w.stateName(t.state)), firstFiscalYear: t.fiscalYear }))
          : r.states.map((s) => ({ type: 'state' as const, key: s, name: both((w) => w.stateName(s)) })),
        text,
      }
    case 'events':
      return {
        ...base,
        kind: 'list',
        items: r.events.map((e) => ({
          type: 'event' as const,
          id: e.id,
          date: e.startDate,
          endDate: e.endDate,
          office: e.officeCode,
          states: e.stateCodes,
          title: { en: e.titleEn, ja: e.titleJa },
          activityType: e.activityType,
          format: e.format,
          themes: e.themes,
          participants: e.participants,
          bestPractice: e.bestPractice,
        })),
        text,
      }
  }
}

/** The fields in the documented order (JSON readers see question, kind, intent, figures, then words). */
function inOrder(a: Answer): Answer {
  return {
    question: a.question,
    kind: a.kind,
    intent: a.intent,
    ...(a.value !== undefined ? { value: a.value } : {}),
    ...(a.rows !== undefined ? { rows: a.rows } : {}),
    ...(a.items !== undefined ? { items: a.items } : {}),
    interpretation: a.interpretation,
    text: a.text,
    ...(a.options !== undefined ? { options: a.options } : {}),
    ...(a.unusedWords !== undefined ? { unusedWords: a.unusedWords } : {}),
  }
}

/** The parts of the interpretation line for a query that is not run (what a refusal understood). */
function understoodParts(w: Wording, q: Query, asOf: string): string[] {
  const period = describePeriod(q.filters.period, asOf)
  const filters = w.filters(q.filters)
  switch (q.intent) {
    case 'metric':
      return [w.metric(q.metric), w.periodShort(period), ...filters, ...(q.groupBy ? [w.breakdownBy(q.groupBy, q.top ?? null)] : [])]
    case 'compare':
      return [w.metric(q.metric), ...q.periods.map((p) => w.periodShort(describePeriod(p, asOf))), ...filters]
    case 'first_time_states':
    case 'uncovered_states':
    case 'list_events':
      return [w.what(q.intent), w.periodShort(period), ...filters]
  }
}

/** The answer in both languages: from an executor result, or for a question back / no figure. */
export function renderAnswer(input: AnswerInput): Answer {
  if ('result' in input) return inOrder(renderResult(input.question, input.result, input.assumptions ?? []))
  const p = input.parse
  if (p.kind === 'clarify') {
    return inOrder({
      question: input.question,
      kind: 'clarify',
      intent: null,
      options: p.options,
      interpretation: both((w) => w.clarifyInterpretation(p.options.length)),
      text: both((w, lang) => w.clarify(p.options.map((o) => o.label[lang]))),
    })
  }
  if (p.reason === 'unused_words' && p.words !== undefined) {
    // Say what was understood and name the words that were not, with the closest question that can be answered.
    const words = p.words
    const understood = p.understood
    const asOf = input.asOf ?? todayIn('Asia/Tokyo')
    return inOrder({
      question: input.question,
      kind: 'unknown',
      intent: null,
      interpretation: both((w) => w.unknownInterpretation),
      text: both((w) => {
        if (understood === undefined) return [w.unusedWords(words), w.examplesHead, ...w.examples.map((e) => `• ${e}`)].join('\n')
        return [w.unusedWords(words), w.understood(understoodParts(w, understood, asOf)), w.suggestion(understood, describePeriod(understood.filters.period, asOf))].join('\n')
      }),
      unusedWords: [...words],
    })
  }
  return inOrder({
    question: input.question,
    kind: 'unknown',
    intent: null,
    interpretation: both((w) => w.unknownInterpretation),
    text: both((w) => [w.unknown(p.reason), w.examplesHead, ...w.examples.map((e) => `• ${e}`)].join('\n')),
  })
}
