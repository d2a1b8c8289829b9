// Scores the question parser on the blind held-out set (blind.ts) with the development set's matching rule
// (evaluate.ts `matches`: exact structured query after schema defaults, filter lists as sets) and prints
// right / refused / WRONG overall, by language and by expected kind (evaluate.ts verdictOf), accuracy by
// category, then every mismatch, wrong figures first.
// Run: node bin/run.js test/questions/devset/blind-report.ts [--json]
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { parseResultSchema, querySchema, type ParseResult } from '../../../src/questions/query.ts'
import { BLIND, BLIND_ASOF, type BlindItem } from './blind.ts'
import type { Expected } from './devset.ts'
import { countVerdict, matches, rate, showVerdicts, verdictOf, type Tally, type Verdict, type Verdicts } from './evaluate.ts'

interface BlindOutcome {
  item: BlindItem
  got: ParseResult
  ok: boolean
  assumptionsOk: boolean
  verdict: Verdict
}

const bump = (t: Record<string, Tally>, key: string, ok: boolean): void => {
  const x = (t[key] ??= { n: 0, ok: 0 })
  x.n++
  if (ok) x.ok++
}

export function evaluateBlind(items: readonly BlindItem[] = BLIND) {
  const outcomes: BlindOutcome[] = []
  const overall: Tally = { n: 0, ok: 0 }
  const byLang: Record<string, Tally> = {}
  const byKind: Record<string, Tally> = {}
  const byCategory: Record<string, Tally> = {}
  const assumptions: Tally = { n: 0, ok: 0 }
  const refusals: Tally = { n: 0, ok: 0 }
  const verdicts: { overall: Record<string, Verdicts>; byLang: Record<string, Verdicts>; byKind: Record<string, Verdicts> } = {
    overall: {},
    byLang: {},
    byKind: {},
  }
  for (const item of items) {
    const got = parseResultSchema.parse(parseQuestion(item.q, { asOf: BLIND_ASOF }))
    const { ok, assumptionsOk } = matches(item.expect, got)
    const verdict = verdictOf(ok, got)
    outcomes.push({ item, got, ok, assumptionsOk, verdict })
    countVerdict(verdicts.overall, 'all', verdict)
    countVerdict(verdicts.byLang, item.lang, verdict)
    countVerdict(verdicts.byKind, item.expect.kind, verdict)
    overall.n++
    if (ok) overall.ok++
    bump(byLang, item.lang, ok)
    bump(byKind, item.expect.kind, ok)
    bump(byCategory, item.category, ok)
    if (ok) {
      assumptions.n++
      if (assumptionsOk) assumptions.ok++
    }
    if (item.expect.kind === 'unknown') {
      refusals.n++
      if (got.kind === 'unknown') refusals.ok++
    }
  }
  return { outcomes, overall, byLang, byKind, byCategory, assumptions, refusals, verdicts }
}

/** Compact rendering: defaults applied, undefined dropped, `period: all` left out. */
function showQuery(q: unknown): string {
  const parsed = querySchema.safeParse(q)
  if (!parsed.success) return `invalid ${JSON.stringify(q)}`
  const { filters, ...rest } = parsed.data
  const f = Object.fromEntries(
    Object.entries(filters).filter(([k, v]) => v !== undefined && !(k === 'period' && (v as { kind: string }).kind === 'all')),
  )
  return JSON.stringify({ ...rest, ...(Object.keys(f).length > 0 ? { filters: f } : {}) })
}

function showExpected(e: Expected): string {
  if (e.kind === 'unknown') return `unknown${e.reason ? `(${e.reason})` : ''}`
  if (e.kind === 'clarify') return `clarify[ ${e.options.map(showQuery).join(' | ')} ]`
  return `${showQuery(e.query)}${e.assumptions?.length ? ` +${e.assumptions.join(',')}` : ''}`
}

function showGot(g: ParseResult): string {
  if (g.kind === 'unknown') return `unknown(${g.reason})`
  if (g.kind === 'clarify') return `clarify[ ${g.options.map((o) => showQuery(o.query)).join(' | ')} ]`
  return `${showQuery(g.query)}${g.assumptions.length ? ` +${g.assumptions.join(',')}` : ''} (conf ${g.confidence})`
}

const pct = (t: Tally): string => `${(rate(t) * 100).toFixed(1)}% (${t.ok}/${t.n})`

function main(): void {
  const r = evaluateBlind()
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`)
    return
  }
  const lines: string[] = []
  lines.push(`Blind held-out set: ${r.overall.n} questions, asOf ${BLIND_ASOF}`)
  for (const v of Object.values(r.verdicts.overall)) lines.push(`overall      ${showVerdicts(v)}`)
  for (const [k, v] of Object.entries(r.verdicts.byLang)) lines.push(`lang ${k.padEnd(8)}${showVerdicts(v)}`)
  for (const [k, v] of Object.entries(r.verdicts.byKind)) lines.push(`kind ${k.padEnd(8)}${showVerdicts(v)}`)
  for (const [k, t] of Object.entries(r.byCategory)) lines.push(`cat  ${k.padEnd(10)}${pct(t)}`)
  lines.push(`refusals     ${pct(r.refusals)}   (expected unknown → got unknown)`)
  lines.push(`assumptions  ${pct(r.assumptions)}   (of the matched ones)`)
  const bad = r.outcomes.filter((o) => !o.ok).sort((a, b) => Number(b.verdict === 'wrong') - Number(a.verdict === 'wrong'))
  lines.push('', `Mismatches (${bad.length}), wrong figures first:`)
  bad.forEach((o, i) => {
    lines.push(`${i + 1}. ${o.verdict === 'wrong' ? 'WRONG' : 'refused'} [${o.item.lang}/${o.item.category}] ${JSON.stringify(o.item.q)}`)
    lines.push(`   expected: ${showExpected(o.item.expect)}`)
    lines.push(`   got:      ${showGot(o.got)}`)
  })
  const assum = r.outcomes.filter((o) => o.ok && !o.assumptionsOk)
  lines.push('', `Query right, assumptions differ (${assum.length}):`)
  for (const o of assum) {
    lines.push(`- ${JSON.stringify(o.item.q)}  expected: ${showExpected(o.item.expect)}  got: ${showGot(o.got)}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

main()
