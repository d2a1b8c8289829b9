// The budget execution intent (予算執行率) against independent SQL, on a real SQLite file and on PostgreSQL:
// costs on some events of each fiscal year (boundary dates included), budgets for some years, none for
// others, events after the as-of date left out; the figure, the spent sum and the "N of M events have a cost recorded" line all come out the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSchema, renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery } from '../../src/questions/execute.ts'
import { executionRate } from '../../src/questions/intents/budget-execution.ts'
import { querySchema, type Period } from '../../src/questions/query.ts'
import { setBudget } from '../../src/store/budgets.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents } from './fixtures.ts'

const AS_OF = '2024-06-15' // FY2024
const BUDGETS: Record<number, number> = { 2019: 150_000_000, 2022: 0, 2023: 208_000_000, 2024: 210_000_000 }
const PERIODS: Period[] = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y): Period => ({ kind: 'fy', from: y, to: y })).concat([
  { kind: 'fy_relative', offset: 0 },
  { kind: 'fy_relative', offset: -1 },
  { kind: 'fy_relative', offset: -5 },
])

/** Independent SQL: budget, spent, events with a cost and events of one fiscal year (no Prisma query API). */
async function reference(store: Store, fy: number): Promise<{ budget: number | null; spent: number; withCost: number; all: number }> {
  const rows = await store.db.$queryRawUnsafe<{ spent: unknown; with_cost: unknown; all_events: unknown }[]>(
    `SELECT COALESCE(SUM("costYen"), 0) AS spent, COUNT("costYen") AS with_cost, COUNT(*) AS all_events FROM "Event" WHERE "fiscalYear" = ${fy} AND "startDate" <= '${AS_OF}'`,
  )
  const budgets = await store.db.$queryRawUnsafe<{ amount: unknown }[]>(`SELECT "amountYen" AS amount FROM "Budget" WHERE "fiscalYear" = ${fy}`)
  const row = rows[0]
  if (row === undefined) throw new Error('no row')
  return { budget: budgets[0] === undefined ? null : Number(budgets[0].amount), spent: Number(row.spent), withCost: Number(row.with_cost), all: Number(row.all_events) }
}

const pg = scratchPostgres()
const dir = tmpDir('grassroots-execute-budget-')

for (const provider of ['sqlite', 'postgresql'] as const) {
  describe(`budget execution against independent SQL (${provider})`, () => {
    let store: Store
    beforeAll(async () => {
      store = await openStore({ url: provider === 'sqlite' ? `file:${dir}/budget.db` : pg.url() })
      const events = await storeEvents(store.db, makeEvents(300, 11))
      // a cost on about two events in three (0 yen on some), none on the others
      for (const [i, e] of events.entries()) {
        if (i % 3 === 2) continue
        await store.db.event.update({ where: { id: e.id }, data: { costYen: i % 17 === 0 ? 0 : 150_000 + ((i * 7919) % 40) * 125_000 } })
      }
      for (const [fy, amount] of Object.entries(BUDGETS)) await setBudget(store.db, { fiscalYear: Number(fy), amountYen: amount, actor: 'test' })
    })
    afterAll(async () => {
      await store.close()
    })

    it('gives the budget, the spent sum, the rate and the cost coverage of the independent SQL', async () => {
      let withFigure = 0
      for (const period of PERIODS) {
        const query = querySchema.parse({ intent: 'budget_execution', filters: { period } })
        const r = await executeQuery(store.db, query, { asOf: AS_OF })
        if (r.kind !== 'budget') throw new Error('budget expected')
        const ref = await reference(store, r.fiscalYear)
        expect({ budget: r.budgetYen, spent: r.spentYen, withCost: r.eventsWithCost, all: r.matchedEvents }, JSON.stringify(period)).toEqual(ref)
        expect(r.value).toBe(ref.budget === null || ref.budget === 0 ? null : Math.round((ref.spent / ref.budget) * 1000) / 10)
        if (r.value !== null) withFigure += 1
        const answer = answerSchema.parse(renderAnswer({ question: 'q', result: r }))
        expect(answer.value).toBe(r.value)
        expect(answer.interpretation.en).toContain(`${ref.withCost} of ${ref.all} events have a cost recorded`)
      }
      expect(withFigure).toBeGreaterThanOrEqual(3)
    })

    it('gives the budget amount or the costs spent as the figure when the question asks for that one', async () => {
      for (const period of PERIODS) {
        for (const figure of ['budget', 'spent'] as const) {
          const r = await executeQuery(store.db, querySchema.parse({ intent: 'budget_execution', figure, filters: { period } }), { asOf: AS_OF })
          if (r.kind !== 'budget') throw new Error('budget expected')
          const ref = await reference(store, r.fiscalYear)
          const answer = answerSchema.parse(renderAnswer({ question: 'q', result: r }))
          expect(answer.value, `${figure} ${JSON.stringify(period)}`).toBe(figure === 'budget' ? ref.budget : ref.spent)
          expect(answer.interpretation.en).toContain(figure === 'budget' ? 'the budget recorded for the fiscal year, in yen' : 'the costs recorded on the fiscal year’s events, in yen')
        }
      }
      const spent = renderAnswer({ question: 'q', result: await executeQuery(store.db, { intent: 'budget_execution', figure: 'spent', filters: { period: { kind: 'fy', from: 2020, to: 2020 } } }, { asOf: AS_OF }) })
      const ref2020 = await reference(store, 2020)
      expect(spent.text.en).toBe(`Costs recorded on FY2020 events total ¥${ref2020.spent.toLocaleString('en-US')} (no budget is recorded for FY2020).`)
      expect(spent.text.ja).toMatch(/^2020年度（令和2年度）の事業に記録された費用の合計は約?[\d,]+万円です（予算額の記録なし）。$/)
      const budget = renderAnswer({ question: 'q', result: await executeQuery(store.db, { intent: 'budget_execution', figure: 'budget', filters: { period: { kind: 'fy', from: 2023, to: 2023 } } }, { asOf: AS_OF }) })
      expect(budget.text.ja).toMatch(/^2023年度（令和5年度）の予算額は2\.08億円です（執行額 約?[\d,]+万円、予算執行率 約?[\d.]+%）。$/)
      const none = renderAnswer({ question: 'q', result: await executeQuery(store.db, { intent: 'budget_execution', figure: 'budget', filters: { period: { kind: 'fy', from: 2020, to: 2020 } } }, { asOf: AS_OF }) })
      expect(none.value).toBeNull()
      expect(none.text.en).toContain('No budget is recorded for FY2020')
    })

    it('says in both languages that no budget is recorded, and gives no figure', async () => {
      const r = await executeQuery(store.db, { intent: 'budget_execution', filters: { period: { kind: 'fy', from: 2020, to: 2020 } } }, { asOf: AS_OF })
      const answer = renderAnswer({ question: 'q', result: r })
      expect(answer.value).toBeNull()
      expect(answer.text.en).toContain('No budget is recorded for FY2020')
      expect(answer.text.ja).toContain('2020年度（令和2年度）の予算額が記録されていないため、予算執行率はお示しできません')
      // no other amount in its place: the costs are a question of their own, suggested by name
      const none = renderAnswer({ question: 'q', result: await executeQuery(store.db, { intent: 'budget_execution', figure: 'budget', filters: { period: { kind: 'fy', from: 2020, to: 2020 } } }, { asOf: AS_OF }) })
      for (const text of [answer.text.en, answer.text.ja, none.text.en, none.text.ja]) expect(text).not.toMatch(/[¥円]|\d{1,3},\d{3}/)
      expect(answer.text.en).toContain('ask “total cost of events in FY2020”')
    })

    it('writes the FY2023 answer as the bureau does (約X%, 執行額 約Y万円／予算額 約2.08億円)', async () => {
      const r = await executeQuery(store.db, { intent: 'budget_execution', filters: { period: { kind: 'fy', from: 2023, to: 2023 } } }, { asOf: AS_OF })
      if (r.kind !== 'budget') throw new Error('budget expected')
      const ref = await reference(store, 2023)
      const rate = executionRate(ref.spent, 208_000_000)
      expect(rate).not.toBeNull()
      const answer = renderAnswer({ question: 'q', result: r })
      expect(answer.text.ja).toMatch(new RegExp(`^2023年度（令和5年度）の予算執行率は約?${rate?.toFixed(1)}%です（執行額 約?[\\d,]+万円／予算額 2\\.08億円）。`))
      expect(answer.text.en).toContain(`${rate?.toFixed(1)}% of the FY2023 budget is spent`)
    })
  })
}
