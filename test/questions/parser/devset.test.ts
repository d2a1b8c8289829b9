// The development set as a regression gate: the same check as `npm run eval`.
import { describe, expect, it } from 'vitest'
import { THRESHOLDS, evaluate, rate } from '../devset/evaluate.ts'
import { DEVSET } from '../devset/devset.ts'

describe('question parser on the development set', () => {
  const report = evaluate()
  const misses = report.outcomes
    .filter((o) => !o.ok)
    .map((o) => `${o.item.q.slice(0, 80)}\n  expected ${JSON.stringify(o.item.expect)}\n  got      ${JSON.stringify(o.got)}`)

  it('has at least 300 questions, about half of them Japanese, with a held-out test split', () => {
    expect(DEVSET.length).toBeGreaterThanOrEqual(300)
    const ja = DEVSET.filter((i) => i.lang === 'ja').length / DEVSET.length
    expect(ja).toBeGreaterThan(0.4)
    expect(ja).toBeLessThan(0.6)
    const test = DEVSET.filter((i) => i.split === 'test').length / DEVSET.length
    expect(test).toBeGreaterThanOrEqual(0.18)
  })

  it(`matches the expected query exactly on at least ${THRESHOLDS.overall * 100}% of questions`, () => {
    expect(rate(report.overall), misses.join('\n')).toBeGreaterThanOrEqual(THRESHOLDS.overall)
  })

  it('refuses every out-of-scope and hostile question', () => {
    const wrong = report.outcomes.filter((o) => o.item.expect.kind === 'unknown' && o.got.kind !== 'unknown')
    expect(wrong.map((o) => o.item.q.slice(0, 80))).toEqual([])
    expect(rate(report.refusals)).toBe(THRESHOLDS.refusals)
  })

  it('holds up on both languages and on the held-out split', () => {
    for (const t of [...Object.values(report.byLang), ...Object.values(report.bySplit)]) {
      expect(rate(t)).toBeGreaterThanOrEqual(THRESHOLDS.overall - 0.02)
    }
  })
})
