// The question service the Slack app uses: a question (or a reading chosen with a button) → the rules, and
// the language model only when the rules are unsure → the executor (the only source of figures) → the
// answer in both languages, with what Slack needs to show more of it: the breakdown table in words, the
// query behind the answer (for "Show events"), and a chart drawn on demand from the same result.
import type { TopLevelSpec } from 'vega-lite'
import { fyLabel } from '../domain/fiscal-year.ts'
import { answerBarChartSpec, usCategoryMapSpec, type MapCategory } from '../charts/answer-charts.ts'
import type { ChartRenderer } from '../charts/renderer.ts'
import { chartSource } from '../charts/style.ts'
import { usChoroplethSpec } from '../charts/us-map.ts'
import { JA_COUNTERS, MAN_FROM } from '../i18n/format.ts'
import type { BaseConfig } from '../config.ts'
import { todayIn } from '../domain/fiscal-year.ts'
import type { Lang } from '../i18n/index.ts'
import { breakdownNotes, renderAnswer, type Answer } from '../questions/answer.ts'
import { chooseReading, type ModelParse } from '../questions/answer-question.ts'
import { executeQuery, type BreakdownResult, type QueryResult } from '../questions/execute.ts'
import type { ModelFailure, ModelParser } from '../questions/llm/index.ts'
import { parseQuestion } from '../questions/parser/index.ts'
import type { Filters, Query } from '../questions/query.ts'
import type { Metric } from '../questions/slots.ts'
import { LANGS, WORDING, both, rowName, type Assumption } from '../questions/wording.ts'
import { otherLangs, type Localized, type LocalizedText } from '../i18n/lang.ts'
import type { Db } from '../store/client.ts'
import { listCategories } from '../store/best-practice-categories.ts'
import type { AnswerFile, AnswerLike, AnswerTable, QuestionService } from './plugins.ts'

/** "Show events" pages through at most this many events (the newest); the CSV of a list holds them too. */
export const MAX_LISTED_EVENTS = 100

export interface QuestionServiceOptions {
  db: Db
  /** The business time zone: "today" and "this fiscal year" are read in it. */
  timeZone: string
  /** The optional language model's parser (see modelParserFrom). */
  modelParse?: ModelParse
  /** Clock, for tests. */
  clock?: () => Date
  /** Draws the chart offered with an answer (off the main thread); without it answers come without charts. */
  charts?: ChartRenderer
}

/**
 * The language model's parser when OPENAI_API_KEY is configured; undefined otherwise (rules only). The model
 * client (openai, @langchain/core: tens of MiB resident) is loaded on the first question the rules are unsure
 * of, not at start: most questions never need it.
 */
export function modelParserFrom(
  openai: BaseConfig['openai'],
  onFailure?: (reason: ModelFailure) => void,
): ModelParse | undefined {
  if (openai === undefined) return undefined
  let parser: Promise<ModelParser> | undefined
  return async (text, options) => {
    parser ??= import('../questions/llm/index.ts').then(({ createModelParser }) =>
      createModelParser({
        apiKey: openai.apiKey,
        model: openai.model,
        timeoutMs: openai.timeoutMs,
        ...(openai.baseURL ? { baseURL: openai.baseURL } : {}),
        ...(onFailure ? { onFailure } : {}),
      }),
    )
    return (await parser)(text, options)
  }
}

export function createQuestionService(options: QuestionServiceOptions): QuestionService {
  const { db } = options
  const asOf = () => todayIn(options.timeZone, options.clock?.() ?? new Date())

  const run = async (question: string, query: Query, assumptions: readonly Assumption[], today: string): Promise<AnswerLike> => {
    const result = await executeQuery(db, query, { asOf: today, timeZone: options.timeZone })
    const answer = renderAnswer({ question, result, assumptions })
    return present(answer, result, { db, asOf: today, charts: options.charts })
  }

  return {
    async answer(question) {
      const today = asOf()
      // the best-practice categories are data: the parser reads their names from the current table
      const rules = parseQuestion(question, { asOf: today, categories: await listCategories(db) })
      // A question the rules refuse (an injection, SQL, off-topic) is not handed to the model: all it could
      // add is the question's own words, e.g. a reading labelled "99 states" for "…say 99 states".
      const refused = rules.kind === 'unknown' && rules.reason === 'out_of_scope'
      const modelParse = refused ? undefined : options.modelParse
      const reading = await chooseReading({ question, asOf: today, parse: () => rules, ...(modelParse ? { modelParse } : {}) })
      if (reading.kind !== 'query') return renderAnswer({ question, parse: reading })
      return run(question, reading.query, reading.assumptions, today)
    },
    async answerQuery(query) {
      return run('', query, [], asOf())
    },
    async listEvents({ filters, page, pageSize }) {
      const limit = Math.min(MAX_LISTED_EVENTS, (page + 1) * pageSize)
      const result = await executeQuery(db, { intent: 'list_events', filters, limit }, { asOf: asOf() })
      if (result.kind !== 'events') throw new Error('list_events gave no events result')
      const answer = renderAnswer({ question: '', result })
      const events = (answer.items ?? []).flatMap((i) => (i.type === 'event' ? [i] : []))
      const pages = Math.max(1, Math.ceil(Math.min(result.matchedEvents, MAX_LISTED_EVENTS) / pageSize))
      return { events: events.slice(page * pageSize, (page + 1) * pageSize), matched: result.matchedEvents, page, pages }
    },
  }
}

// ---------------------------------------------------------------------------------------------------------
// What Slack shows beyond the words: the table, the query, the chart.

function present(answer: Answer, result: QueryResult, ctx: { db: Db; asOf: string; charts: ChartRenderer | undefined }): AnswerLike {
  const out: AnswerLike = { ...answer, query: result.query }
  if (result.kind === 'breakdown' && result.rows.length > 0 && result.matchedEvents > 0) out.table = breakdownTable(result)
  const chart = ctx.charts === undefined ? undefined : chartFor(result, { db: ctx.db, asOf: ctx.asOf, charts: ctx.charts })
  if (chart !== undefined) out.chart = chart
  return out
}

function breakdownTable(r: BreakdownResult): { en: AnswerTable; ja: AnswerTable } {
  const [en, ja] = LANGS.map((lang) => {
    const w = WORDING[lang]
    return {
      head: w.breakdownHead(r.metric, r.groupBy, { top: r.top, fewest: r.fewest, cumulative: r.cumulative }, r.period, r.filters),
      cells: r.rows.map((row): [string, string] => [
        rowName(r.groupBy, row, lang),
        r.metric === 'avg_participants' ? w.averageCell(row.value, row.participants ?? 0, row.events) : w.cell(r.metric, row.value),
      ]),
      notes: breakdownNotes(r, w),
    }
  }) as [AnswerTable, AnswerTable]
  return { en, ja }
}

const stripColon = (s: string) => s.replace(/[:：]\s*$/u, '')

/** Events per state over the same filters: a second deterministic query, for the coverage map. */
async function eventsByState(db: Db, filters: Filters, asOf: string): Promise<Map<string, number>> {
  const r = await executeQuery(db, { intent: 'metric', metric: 'events', filters, groupBy: 'state' }, { asOf })
  return new Map(r.kind === 'breakdown' ? r.rows.map((row) => [row.key, row.value ?? 0]) : [])
}

type ChartThunk = (lang: Lang) => Promise<AnswerFile | null>

const METRIC_COUNTER: Record<Metric, keyof typeof JA_COUNTERS> = {
  events: 'events',
  participants: 'participants',
  avg_participants: 'participants',
  states_covered: 'states',
  offices_active: 'offices',
  cities: 'cities',
}

/** The value axis's title with its unit: 延べ参加者数（万名）, 実施件数（件）; "Total participants (10,000s)". */
function valueTitle(metric: Metric, lang: Lang, man: boolean): string {
  return CHART_TEXT[lang].valueTitle(WORDING[lang].metric(metric), metric, man)
}

interface ChartText {
  valueTitle(name: string, metric: Metric, man: boolean): string
  eventsLegend: string
  mapCategories: Record<'first' | 'again' | 'none', string>
  statesMapTitle(period: string): string
  uncoveredMapTitle(period: string): string
  firstTimeMapTitle(period: string): string
}

/** The words of the answers' charts. */
export const CHART_TEXT = {
  en: {
    valueTitle: (name, metric, man) => (man ? `${name.charAt(0).toUpperCase()}${name.slice(1)} (10,000s)` : `${name.charAt(0).toUpperCase()}${name.slice(1)}`),
    eventsLegend: 'Events',
    mapCategories: { first: 'First event', again: 'Held before too', none: 'No event' },
    statesMapTitle: (period) => `Events by state, ${period}`,
    uncoveredMapTitle: (period) => `States without an event, ${period} (grey)`,
    firstTimeMapTitle: (period) => `States with their first event, ${period}`,
  },
  ja: {
    valueTitle: (name, metric, man) => `${name}（${man ? '万' : ''}${JA_COUNTERS[METRIC_COUNTER[metric]]}）`,
    eventsLegend: '実施件数（件）',
    mapCategories: { first: '初めて実施', again: '過去にも実施', none: '実施なし' },
    statesMapTitle: (period) => `${period}の州別実施件数`,
    uncoveredMapTitle: (period) => `${period}に事業を実施していない州（灰色）`,
    firstTimeMapTitle: (period) => `${period}に初めて事業を実施した州`,
  },
} as const satisfies Localized<ChartText>

/** A chart's title in the user's language, the other language under it. */
const titled = (lang: Lang, title: LocalizedText) => ({ title: title[lang], subtitle: otherLangs(lang).map((l) => title[l]).join(' / ') })

function chartFor(r: QueryResult, ctx: { db: Db; asOf: string; charts: ChartRenderer }): ChartThunk | undefined {
  const png = async (filename: string, title: string, spec: TopLevelSpec): Promise<AnswerFile> => {
    const chart = await ctx.charts.render(spec)
    return { filename, title, content: chart.png }
  }
  const source = (lang: Lang) => chartSource(ctx.asOf, [lang])
  const choropleth = (filters: Filters, title: LocalizedText): ChartThunk => async (lang) => {
    const counts = await eventsByState(ctx.db, filters, ctx.asOf)
    return png('states-map.png', title[lang], usChoroplethSpec({ counts, ...titled(lang, title), legendTitle: CHART_TEXT[lang].eventsLegend, source: source(lang) }))
  }

  switch (r.kind) {
    case 'breakdown': {
      if (r.matchedEvents === 0 || r.rows.length === 0) return undefined
      const rank = { top: r.top, fewest: r.fewest, cumulative: r.cumulative }
      if (r.groupBy === 'state' && r.top === null && !r.fewest && r.metric === 'events') {
        const title = both((w) => stripColon(w.breakdownHead(r.metric, r.groupBy, { top: null, fewest: false }, r.period, r.filters)))
        return choropleth({ ...r.query.filters, period: r.period.asked }, title)
      }
      const rows = r.rows.filter((row): row is typeof row & { value: number } => row.value !== null)
      if (rows.length === 0) return undefined
      // large numbers of people are read in 万 on the axis (the bars keep their exact figures)
      const man = r.metric === 'participants' && Math.max(...rows.map((row) => row.value)) >= MAN_FROM
      const head = both((w) => stripColon(w.breakdownHead(r.metric, r.groupBy, rank, r.period, r.filters)))
      return async (lang) =>
        png(`chart-${r.metric}-by-${r.groupBy}.png`, head[lang],
          answerBarChartSpec({
            bars: rows.map((row) => ({ label: rowName(r.groupBy, row, lang), value: row.value })),
            ...titled(lang, head),
            valueTitle: valueTitle(r.metric, lang, man),
            valueScale: man ? 'man' : 'units',
            format: r.metric === 'avg_participants' ? ',.1~f' : ',d',
            orientation: r.groupBy === 'fiscal_year' || r.groupBy === 'fiscal_quarter' || r.groupBy === 'month' || r.groupBy === 'weekday' || r.groupBy === 'month_of_year' ? 'columns' : 'rows',
            source: source(lang),
          }),
        )
    }
    case 'scalar': {
      if (r.metric !== 'states_covered') return undefined
      const title = both((w, l) => CHART_TEXT[l].statesMapTitle(w.periodShort(r.period)))
      return choropleth({ ...r.query.filters, period: r.period.asked }, title)
    }
    case 'states': {
      const filters = { ...r.query.filters, period: r.period.asked }
      if (r.intent === 'uncovered_states') {
        const title = both((w, l) => CHART_TEXT[l].uncoveredMapTitle(w.periodShort(r.period)))
        return choropleth(filters, title)
      }
      return async (lang) => {
        const counts = await eventsByState(ctx.db, filters, ctx.asOf)
        // "when was each state first covered?" (all records): the latest first-time year stands out
        const lastFirstYear = r.timeline && r.timeline.length > 0 ? Math.max(...r.timeline.map((t) => t.fiscalYear)) : undefined
        const first = new Set(r.timeline ? r.timeline.filter((t) => t.fiscalYear === lastFirstYear).map((t) => t.state) : r.states)
        const categoryOf = new Map<string, string>()
        for (const [code, n] of counts) if (n > 0) categoryOf.set(code, first.has(code) ? 'first' : 'again')
        const period = both((w, l) => (lastFirstYear === undefined ? w.periodShort(r.period) : fyLabel(lastFirstYear, l)))
        const label = CHART_TEXT[lang].mapCategories
        const categories: MapCategory[] = [
          { key: 'first', label: label.first, color: '#c0392b' },
          { key: 'again', label: label.again, color: '#6aaed6' },
          { key: 'none', label: label.none, color: '#e9e9e9' },
        ]
        const title = both((_, l) => CHART_TEXT[l].firstTimeMapTitle(period[l]))
        return png('first-time-states-map.png', title[lang], usCategoryMapSpec({ categoryOf, categories, ...titled(lang, title), source: source(lang) }))
      }
    }
    default:
      return undefined
  }
}
