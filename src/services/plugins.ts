// What the Slack app needs from the parts written elsewhere (question answering, the weekly digest, the
// fiscal-year report). app.ts wires a listener only when its service is given, so each plugs in later.
import type { Lang, LocalizedText } from '../i18n/lang.ts'
import type { Answer } from '../questions/answer.ts'
import type { Filters, Query } from '../questions/query.ts'

type Bilingual = LocalizedText

/** A breakdown as words, per language: the head line, one [label, figure] per row (rows' order), notes. */
export interface AnswerTable {
  head: string
  cells: Array<[string, string]>
  notes: string[]
}

/** A file to attach to an answer (a chart, the rows as CSV). */
export interface AnswerFile {
  filename: string
  title: string
  content: Buffer
}

/**
 * The part of a question's answer the Slack app shows: the same answer in both languages. Only `text` is
 * required (a minimal service answers with words alone); the rest lets Slack show more of it.
 */
export interface AnswerLike {
  text: Bilingual
  kind?: Answer['kind']
  interpretation?: Bilingual
  rows?: Answer['rows']
  items?: Answer['items']
  /** Clarify answers: each reading as a complete query (shown as buttons). */
  options?: Array<{ label: Bilingual; query: Query }>
  /** The query that was run (absent when nothing was counted): "Show events" lists what its filters match. */
  query?: Query
  /** Breakdowns: the table in words, row for row with `rows`. */
  table?: { en: AnswerTable; ja: AnswerTable }
  /** Renders the answer's chart (slow, so called after the words are posted); null when it has none. */
  chart?: (lang: Lang) => Promise<AnswerFile | null>
}

export type AnswerEvent = Extract<NonNullable<Answer['items']>[number], { type: 'event' }>

/** One page of the events matching a query's filters, newest first. */
export interface AnswerEventPage {
  events: AnswerEvent[]
  /** Events matching the filters in all. */
  matched: number
  page: number
  /** Pages that can be shown (the newest events only: a page beyond them is cut off). */
  pages: number
}

export interface QuestionService {
  answer(question: string, context: { userId: string; lang: Lang }): Promise<AnswerLike>
  /** Runs one reading chosen in Slack (a clarify button, "Share in channel"). */
  answerQuery?(query: Query, context: { userId: string; lang: Lang }): Promise<AnswerLike>
  /** The events behind an answer ("Show events"), a page at a time. */
  listEvents?(options: { filters: Filters; page: number; pageSize: number }): Promise<AnswerEventPage>
}

/** A reply to post in Slack: text (mrkdwn), and optionally files (charts, CSV) to upload with it. */
export interface SlackReply {
  text: string
  files?: Array<{ filename: string; content: Buffer; title?: string }>
}

export interface CommandContext {
  userId: string
  channelId: string
  lang: Lang
}

/** `/grassroots digest [args]`. */
export interface DigestService {
  run(args: string, context: CommandContext): Promise<SlackReply>
}

/** `/grassroots report [args]`. */
export interface ReportService {
  run(args: string, context: CommandContext): Promise<SlackReply>
}

export interface PluggableServices {
  questions?: QuestionService
  digest?: DigestService
  report?: ReportService
}
