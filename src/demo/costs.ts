// GENERATED DEMO DATA — the demo's budget and event costs (issue 10 §2). The budget is the task force's
// report's (../shared/seed: 2023年度「行動計画3.0」予算額 約2.08億円, 外務省予算), recorded as 208,000,000 yen for
// FY2023. Costs are invented but plausible, on some FY2021–FY2022 events only, from a generator of their
// own (seeded from the demo seed) so that every other demo figure stays as it was: an online event costs
// ¥50,000–¥400,000, an event in person ¥300,000–¥3,000,000 plus ¥1,000 per 10 participants (capped).
import type { DemoEvent } from './generate.ts'
import { mulberry32 } from './random.ts'

/** The budget the demo records: FY2023, from the task force's report. */
export const DEMO_BUDGET = { fiscalYear: 2023, amountYen: 208_000_000, note: '外務省予算（タスクフォース報告書：2023年度 予算額 約2.08億円）' } as const

/** Fiscal years whose events may get a cost in the demo. */
const COSTED_YEARS = new Set([2021, 2022])

/** Deterministic costs in yen for about two events in three of FY2021–FY2022, by sourceKey. */
export function demoCosts(events: readonly DemoEvent[], seed: number): { sourceKey: string; costYen: number }[] {
  const rng = mulberry32(seed ^ 0x5eed_c057)
  const out: { sourceKey: string; costYen: number }[] = []
  for (const e of events) {
    if (!COSTED_YEARS.has(e.data.fiscalYear)) continue
    const draw = rng()
    const size = rng()
    if (draw >= 0.65) continue
    const online = e.data.format === 'online'
    const base = online ? 50_000 + Math.round(size * 350_000) : 300_000 + Math.round(size * 2_700_000)
    const perHead = online ? 0 : Math.min(2_000_000, Math.round(e.data.participants / 10) * 1_000)
    out.push({ sourceKey: e.sourceKey, costYen: Math.round((base + perHead) / 1_000) * 1_000 })
  }
  return out
}
