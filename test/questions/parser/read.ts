// What the parser tests read a question with: the rule parser as of 2023-08-15 (FY2023), its result validated
// by the contract, and the query of a question expected to get one.
import { expect } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { parseResultSchema, type ParseResult, type Query } from '../../../src/questions/query.ts'

/** The as-of date the parser tests read with (FY2023). */
export const asOf = '2023-08-15'

/** The parser's result for `q`, as of `asOf`, validated by the contract (throws when it is not valid). */
export const parse = (q: string): ParseResult => parseResultSchema.parse(parseQuestion(q, { asOf }))

/** The query `q` is read as. @throws Error when `q` gets no query (a question back, or no figure). */
export function query(q: string): Query {
  const r = parse(q)
  if (r.kind !== 'query') throw new Error(`expected a query for ${q}, got ${JSON.stringify(r)}`)
  return r.query
}

/** One fiscal year as a period. */
export const fy = (y: number) => ({ kind: 'fy' as const, from: y, to: y })

/** Asserts that `q` gets no figure because some of its words are named as unused (reason `unused_words`). */
export function expectWordsNamed(q: string): void {
  const r = parse(q)
  expect(r.kind, q).toBe('unknown')
  if (r.kind === 'unknown') expect(r.reason, q).toBe('unused_words')
}
