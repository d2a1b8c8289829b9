// The FY report's budget line (Markdown summary and the deck's これまでの取組 text): shown only when a budget is
// recorded for the FY, with the spent sum and cost coverage of independent SQL.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { achievementsText } from '../../src/reports/deck.ts'
import { buildFyReport, renderFyReportMarkdown } from '../../src/reports/fy-report.ts'
import { loadReportConfig } from '../../src/reports/report-config.ts'
import { setBudget } from '../../src/store/budgets.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { makeEvents, storeEvents } from '../questions/fixtures.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-report-budget-')
const file = `${dir}/report.db`
const AS_OF = '2024-06-15'

describe('FY report: budget line', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore({ url: `file:${file}` })
    const events = await storeEvents(store.db, makeEvents(200, 5))
    for (const [i, e] of events.entries()) if (i % 2 === 0) await store.db.event.update({ where: { id: e.id }, data: { costYen: 100_000 + i * 1_000 } })
    await setBudget(store.db, { fiscalYear: 2022, amountYen: 208_000_000, actor: 'test' })
  })
  afterAll(async () => {
    await store.close()
  })

  it('shows the budget, the spent sum, the rate and how many events have a cost, as the SQL counts them', async () => {
    const r = await buildFyReport(store.db, { fy: 2022, asOf: AS_OF })
    const sql = new Database(file, { readonly: true })
    const ref = sql.prepare(`SELECT COALESCE(SUM("costYen"), 0) AS spent, COUNT("costYen") AS withCost, COUNT(*) AS events FROM "Event" WHERE "fiscalYear" = 2022 AND "startDate" <= ?`).get(AS_OF) as { spent: number; withCost: number; events: number }
    sql.close()
    expect(ref.withCost).toBeGreaterThan(0)
    const rate = Math.round((ref.spent / 208_000_000) * 1000) / 10
    expect(r.budget).toEqual({ amountYen: 208_000_000, spentYen: ref.spent, eventsWithCost: ref.withCost, events: ref.events, rate })
    const md = renderFyReportMarkdown(r)
    expect(md).toContain(`Budget for FY2022: ¥208,000,000; costs recorded on its events: ¥${ref.spent.toLocaleString('en-US')} (execution rate ${rate.toFixed(1)}%; ${ref.withCost} of ${ref.events} events have a cost recorded).`)
    expect(md).toContain(`2022年度予算額2.08億円、執行額`)
    expect(md).toContain(`予算執行率約${rate.toFixed(1)}%。費用の記録がある事業は${ref.events}件中${ref.withCost}件）。`)
    const config = loadReportConfig()
    expect(achievementsText(r, config, 'ja')).toContain('2022年度予算額2.08億円')
    expect(achievementsText(r, config, 'en')).toContain('Budget for FY2022: ¥208,000,000')
  })

  it('has no budget line for a FY with no budget recorded', async () => {
    const r = await buildFyReport(store.db, { fy: 2021, asOf: AS_OF })
    expect(r.budget).toBeNull()
    expect(renderFyReportMarkdown(r)).not.toMatch(/Budget for|予算額/)
    expect(achievementsText(r, loadReportConfig(), 'ja')).not.toContain('予算額')
  })
})
