// Scores the question parser against the development set: exact match of the structured query after the
// schema's defaults are applied (filter lists compared as sets), by language, kind and split, plus the
// refusal rate on questions that must get no query. Used by `npm run eval` and by the test suite.
//
// Every outcome is one of three verdicts (verdictOf): right (what was expected: a refusal where one was
// expected counts as right), refused (no figure where a query or question back was expected: the user is
// told so and loses nothing but time), WRONG (a figure-giving query other than the expected one, including
// a query where a refusal was expected: the user is told something false). Wrong is the number to keep at 0.
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { parseResultSchema, querySchema, type ParseResult } from '../../../src/questions/query.ts'
import { ASOF, DEVSET, DEVSET_CATEGORIES, type DevItem, type Expected } from './devset.ts'

/**
 * The suite fails below these: right at least `overall`, every expected refusal refused, and at most
 * `wrong` (a fraction) figure-giving queries other than the expected one.
 */
export const THRESHOLDS = { overall: 0.98, refusals: 1, wrong: 0 } as const

/** right: as expected; refused: no figure where one was expected; wrong: a figure other than the expected one. */
export type Verdict = 'right' | 'refused' | 'wrong'

export interface Outcome {
  item: DevItem
  got: ParseResult
  ok: boolean
  /** Assumptions agree too (only judged when the query matched). */
  assumptionsOk: boolean
  verdict: Verdict
}

/** Right / refused / wrong counts over a group of questions. */
export interface Verdicts {
  n: number
  right: number
  refused: number
  wrong: number
}

export interface Tally {
  n: number
  ok: number
}

export interface Report {
  outcomes: Outcome[]
  overall: Tally
  byLang: Record<string, Tally>
  byKind: Record<string, Tally>
  bySplit: Record<string, Tally>
  byBatch: Record<string, Tally>
  refusals: Tally
  assumptions: Tally
  /** Right / refused / wrong overall, by language and by expected kind. */
  verdicts: { overall: Verdicts; byLang: Record<string, Verdicts>; byKind: Record<string, Verdicts> }
}

/** Canonical JSON: keys sorted, string lists sorted, defaults applied. */
function canonical(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(norm)
      return items.every((x) => typeof x === 'string') ? [...(items as string[])].sort() : items
    }
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, x]) => [k, norm(x)]),
      )
    }
    return v
  }
  return JSON.stringify(norm(value))
}

function queryKey(q: unknown): string {
  const parsed = querySchema.safeParse(q)
  return parsed.success ? canonical(parsed.data) : `invalid:${JSON.stringify(q)}`
}

export function matches(expected: Expected, got: ParseResult): { ok: boolean; assumptionsOk: boolean } {
  if (expected.kind !== got.kind) return { ok: false, assumptionsOk: false }
  if (expected.kind === 'unknown' && got.kind === 'unknown') {
    return { ok: true, assumptionsOk: expected.reason === undefined || expected.reason === got.reason }
  }
  if (expected.kind === 'query' && got.kind === 'query') {
    const ok = queryKey(expected.query) === queryKey(got.query)
    const want = [...(expected.assumptions ?? [])].sort().join(',')
    return { ok, assumptionsOk: ok && want === [...got.assumptions].sort().join(',') }
  }
  if (expected.kind === 'clarify' && got.kind === 'clarify') {
    const want = expected.options.map(queryKey).sort()
    const have = got.options.map((o) => queryKey(o.query)).sort()
    const ok = want.length === have.length && want.every((k, i) => k === have[i])
    return { ok, assumptionsOk: ok }
  }
  return { ok: false, assumptionsOk: false }
}

/**
 * The verdict on one outcome: right when it matched; wrong when the parser gave a query (a figure) that is
 * not the expected one; refused otherwise (no query, or a question back where a query was expected).
 */
export function verdictOf(ok: boolean, got: ParseResult): Verdict {
  if (ok) return 'right'
  return got.kind === 'query' ? 'wrong' : 'refused'
}

const verdicts = (): Verdicts => ({ n: 0, right: 0, refused: 0, wrong: 0 })

/** Adds one verdict to the group `key` of `t` (created on first use). */
export function countVerdict(t: Record<string, Verdicts>, key: string, v: Verdict): void {
  const x = (t[key] ??= verdicts())
  x.n++
  x[v]++
}

/** "right 97.9% (542) · refused 2.1% (12) · WRONG 0.0% (0) of 554". */
export function showVerdicts(v: Verdicts): string {
  const pc = (k: number) => `${v.n === 0 ? '0.0' : ((k / v.n) * 100).toFixed(1)}% (${k})`
  return `right ${pc(v.right)} · refused ${pc(v.refused)} · WRONG ${pc(v.wrong)} of ${v.n}`
}

const tally = (): Tally => ({ n: 0, ok: 0 })
const bump = (t: Record<string, Tally>, key: string, ok: boolean) => {
  const x = (t[key] ??= tally())
  x.n++
  if (ok) x.ok++
}

export function evaluate(items: readonly DevItem[] = DEVSET): Report {
  const report: Report = {
    outcomes: [],
    overall: tally(),
    byLang: {},
    byKind: {},
    bySplit: {},
    byBatch: {},
    refusals: tally(),
    assumptions: tally(),
    verdicts: { overall: verdicts(), byLang: {}, byKind: {} },
  }
  for (const item of items) {
    const got = parseResultSchema.parse(parseQuestion(item.q, { asOf: ASOF, categories: DEVSET_CATEGORIES }))
    const { ok, assumptionsOk } = matches(item.expect, got)
    const verdict = verdictOf(ok, got)
    report.outcomes.push({ item, got, ok, assumptionsOk, verdict })
    const v = report.verdicts
    v.overall.n++
    v.overall[verdict]++
    countVerdict(v.byLang, item.lang, verdict)
    countVerdict(v.byKind, item.expect.kind, verdict)
    report.overall.n++
    if (ok) report.overall.ok++
    bump(report.byLang, item.lang, ok)
    bump(report.byKind, item.expect.kind, ok)
    bump(report.bySplit, item.split, ok)
    bump(report.byBatch, item.batch, ok)
    if (item.expect.kind === 'unknown') {
      report.refusals.n++
      if (got.kind === 'unknown') report.refusals.ok++
    }
    if (ok) {
      report.assumptions.n++
      if (assumptionsOk) report.assumptions.ok++
    }
  }
  return report
}

export const rate = (t: Tally): number => (t.n === 0 ? 1 : t.ok / t.n)
