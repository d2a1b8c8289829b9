// npm run eval [-- --split=train|test] [-- --quiet]: the question parser against the development set.
// Prints right / refused / WRONG overall, by language and by expected kind (evaluate.ts verdictOf), exact-
// match accuracy by split and batch, the refusal rate on questions that must get no query, the parse time
// per question, and every mismatch (question, expected, got), wrong figures first.
// Exits 1 when the figures fall below the thresholds in test/questions/devset/evaluate.ts.
import { performance } from 'node:perf_hooks'
import { parseQuestion } from '../src/questions/parser/index.ts'
import { ASOF, DEVSET, DEVSET_CATEGORIES } from '../test/questions/devset/devset.ts'
import { THRESHOLDS, evaluate, rate, showVerdicts, type Tally } from '../test/questions/devset/evaluate.ts'

const args = process.argv.slice(2)
const splitArg = args.find((a) => a.startsWith('--split='))?.slice('--split='.length)
const batchArg = args.find((a) => a.startsWith('--batch='))?.slice('--batch='.length)
const quiet = args.includes('--quiet')

const report = evaluate()
const pct = (t: Tally) => `${(rate(t) * 100).toFixed(1)}% (${t.ok}/${t.n})`
const out: string[] = []
out.push(`Development set: ${DEVSET.length} questions, as of ${ASOF}`)
out.push(`overall                  ${showVerdicts(report.verdicts.overall)}`)
for (const [k, v] of Object.entries(report.verdicts.byLang)) out.push(`  language ${k.padEnd(14)} ${showVerdicts(v)}`)
for (const [k, v] of Object.entries(report.verdicts.byKind)) out.push(`  kind ${k.padEnd(18)} ${showVerdicts(v)}`)
out.push(`exact match overall      ${pct(report.overall)}`)
for (const [k, t] of Object.entries(report.bySplit)) out.push(`  split ${k.padEnd(17)} ${pct(t)}`)
for (const [k, t] of Object.entries(report.byBatch)) out.push(`  batch ${k.padEnd(17)} ${pct(t)}`)
out.push(`refusals (must be unknown) ${pct(report.refusals)}`)
out.push(`assumptions agree (matched) ${pct(report.assumptions)}`)

// Parse time: every question of the set, 21 times after a warm-up; a question's time is its median run
// (robust to garbage collection and to other processes on a shared machine).
for (const item of DEVSET) parseQuestion(item.q, { asOf: ASOF, categories: DEVSET_CATEGORIES })
const rounds = 21
const runs: number[][] = DEVSET.map(() => [])
const loopStart = performance.now()
for (let r = 0; r < rounds; r++) {
  DEVSET.forEach((item, i) => {
    const t0 = performance.now()
    parseQuestion(item.q, { asOf: ASOF, categories: DEVSET_CATEGORIES })
    runs[i]?.push(performance.now() - t0)
  })
}
const loopMs = performance.now() - loopStart
const medians = runs.map((r) => [...r].sort((a, b) => a - b)[Math.floor(r.length / 2)] ?? 0).sort((a, b) => a - b)
const p = (q: number) => medians[Math.min(medians.length - 1, Math.floor(q * medians.length))] ?? 0
out.push(
  `parse time per question  mean ${(loopMs / (rounds * DEVSET.length)).toFixed(3)} ms (whole loop) · ` +
    `median-of-runs p50 ${p(0.5).toFixed(3)} ms · p99 ${p(0.99).toFixed(3)} ms · max ${p(1).toFixed(3)} ms`,
)

if (!quiet) {
  const misses = report.outcomes
    .filter((o) => !o.ok && (splitArg === undefined || o.item.split === splitArg) && (batchArg === undefined || o.item.batch === batchArg))
    .sort((a, b) => Number(b.verdict === 'wrong') - Number(a.verdict === 'wrong'))
  if (misses.length > 0) out.push('', `Mismatches${splitArg ? ` (${splitArg} split)` : ''}, wrong figures first:`)
  for (const o of misses) {
    out.push(`- ${o.verdict === 'wrong' ? 'WRONG' : 'refused'} [${o.item.split}/${o.item.lang}] ${JSON.stringify(o.item.q.length > 120 ? `${o.item.q.slice(0, 117)}…` : o.item.q)}`)
    out.push(`    expected ${JSON.stringify(o.item.expect)}`)
    out.push(`    got      ${JSON.stringify(o.got)}`)
  }
}
process.stdout.write(`${out.join('\n')}\n`)

const wrongRate = report.verdicts.overall.wrong / Math.max(1, report.verdicts.overall.n)
const failed = rate(report.overall) < THRESHOLDS.overall || rate(report.refusals) < THRESHOLDS.refusals || wrongRate > THRESHOLDS.wrong
if (failed) {
  process.stderr.write(`below threshold: right ≥ ${THRESHOLDS.overall}, refusals ≥ ${THRESHOLDS.refusals}, wrong ≤ ${THRESHOLDS.wrong} required\n`)
  process.exit(1)
}
