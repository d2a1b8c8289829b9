// A figure that a document shows (the fiscal-year report, the weekly digest, App Home), as the structured
// query that counts it: the same Query that `grassroots ask` runs, executed by the same executor, so a figure
// never differs between a document and an answer. Each document lists its figures in one place
// (src/reports/figures.ts, src/digest/figures.ts, src/services/home-figures.ts), each with a question in
// English and Japanese that `ask` reads as that query; test/reports/figures-through-ask.test.ts asks every
// one of them and checks that the answer gives the document's figure.
import { inEach, type Localized, type LocalizedText } from '../i18n/lang.ts'
import { executeQuery } from '../questions/execute.ts'
import { querySchema, type Query } from '../questions/query.ts'
import type { Db } from '../store/client.ts'

/** A text in every language. */
export type Bilingual = LocalizedText

/** What a document calls a figure, and the question `ask` reads as its query, in one language. */
export interface FigureWords {
  label: string
  question: string
}

/** The label and question of each figure of a list, in every language, from a catalogue of their words. */
export function figureWords<Id extends string, O>(texts: Localized<(options: O) => Record<Id, FigureWords>>, options: O) {
  const words = inEach((lang) => texts[lang](options))
  return {
    label: (id: Id): LocalizedText => inEach((lang) => words[lang][id].label),
    question: (id: Id): LocalizedText => inEach((lang) => words[lang][id].question),
  }
}

/** Inclusive calendar range ('YYYY-MM-DD') on an event's start date, as a document labels a period. */
export interface DateRange {
  from: string
  to: string
}

/** Events and participants (延べ) of a period or group. */
export interface Totals {
  events: number
  participants: number
}

/** What the executor returns (taken from executeQuery itself, the one entry point the documents rely on). */
export type QueryResult = Awaited<ReturnType<typeof executeQuery>>
export type ResultKind = QueryResult['kind']
export type ResultOf<K extends ResultKind> = Extract<QueryResult, { kind: K }>

export interface Figure<K extends ResultKind = ResultKind> {
  /** Stable name within its document (the key of the document's figure list). */
  id: string
  /** What the document calls the figure. */
  label: Bilingual
  /** The kind of result the query gives (a scalar, a breakdown, a list of states or of events). */
  kind: K
  query: Query
  /** A question `grassroots ask` reads as exactly `query`. */
  question: Bilingual
}

/** A document's figure list: each figure's id is its key. */
export type FigureList<T extends Record<string, Omit<Figure, 'id'>>> = { [P in keyof T]: T[P] & { id: P & string } }

/** Gives each figure of a list its key as id. */
export function figureList<T extends Record<string, Omit<Figure, 'id'>>>(figures: T): FigureList<T> {
  return Object.fromEntries(Object.entries(figures).map(([id, f]) => [id, { ...f, id }])) as FigureList<T>
}

/**
 * Counts one figure: its query through the executor, as of `asOf` ('YYYY-MM-DD': events dated after it are
 * not counted, as in `ask`). Rejects when the result is not of the figure's kind (a figure list out of step
 * with the executor), never with a figure of another shape, and when the query is not a valid Query.
 */
export async function countFigure<K extends ResultKind>(db: Db, figure: Figure<K>, options: { asOf: string }): Promise<ResultOf<K>> {
  // validated as any query from outside is: a figure list must not build a query `ask` could never run
  const result = await executeQuery(db, querySchema.parse(figure.query), { asOf: options.asOf })
  if (result.kind !== figure.kind) throw new Error(`figure ${figure.id}: the query gave a ${result.kind} result, not a ${figure.kind}`)
  return result as ResultOf<K>
}

/** A count or sum (never null: only an average over no events is, and no document shows one). */
export function wholeValue(figure: Figure, result: ResultOf<'scalar'>): number {
  if (result.value === null) throw new Error(`figure ${figure.id}: no value`)
  return result.value
}

/** A breakdown's rows by key; a group missing from the rows (a state at 0) reads as 0 through `rowValue`. */
export function rowValues(result: ResultOf<'breakdown'>): Map<string, number> {
  return new Map(result.rows.map((r) => [r.key, r.value ?? 0]))
}

export const rowValue = (rows: ReadonlyMap<string, number>, key: string): number => rows.get(key) ?? 0
