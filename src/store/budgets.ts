// Budgets per Japanese fiscal year (April–March), in yen: recorded with `grassroots budget set`, read by the
// budget-execution question (src/questions/intents/budget-execution.ts) and the FY report.
import type { Db } from './client.ts'

/** One fiscal year's budget: amount in yen (a non-negative integer), optional note on its source. */
export interface BudgetRow {
  fiscalYear: number
  amountYen: number
  note: string | null
  updatedBy: string | null
  updatedAt: Date
}

/** Largest amount the store keeps (the column is a 32-bit integer): about 21億円. */
export const MAX_BUDGET_YEN = 2_147_483_647

/** Records (or replaces) the budget of fiscal year `fiscalYear`. `amountYen` must be an integer 0..MAX_BUDGET_YEN (else RangeError). */
export async function setBudget(db: Db, input: { fiscalYear: number; amountYen: number; note?: string | null; actor: string }): Promise<BudgetRow> {
  if (!Number.isInteger(input.amountYen) || input.amountYen < 0 || input.amountYen > MAX_BUDGET_YEN) {
    throw new RangeError(`budget amount must be an integer 0..${MAX_BUDGET_YEN}`)
  }
  const data = { amountYen: input.amountYen, note: input.note ?? null, updatedBy: input.actor }
  return db.budget.upsert({ where: { fiscalYear: input.fiscalYear }, create: { fiscalYear: input.fiscalYear, ...data }, update: data, select: SELECT })
}

/** The budget of one fiscal year, or undefined when none is recorded. */
export async function getBudget(db: Db, fiscalYear: number): Promise<BudgetRow | undefined> {
  return (await db.budget.findUnique({ where: { fiscalYear }, select: SELECT })) ?? undefined
}

/** Every recorded budget, oldest fiscal year first. */
export async function listBudgets(db: Db): Promise<BudgetRow[]> {
  return db.budget.findMany({ orderBy: { fiscalYear: 'asc' }, select: SELECT })
}

const SELECT = { fiscalYear: true, amountYen: true, note: true, updatedBy: true, updatedAt: true } as const

/** Costs recorded on one fiscal year's events dated up to `through` (YYYY-MM-DD; all when omitted): yen spent, events with a cost, all events. */
export async function fiscalYearCosts(db: Db, options: { fiscalYear: number; through?: string }): Promise<{ spentYen: number; eventsWithCost: number; events: number }> {
  const where = { fiscalYear: options.fiscalYear, ...(options.through === undefined ? {} : { startDate: { lte: options.through } }) }
  const agg = await db.event.aggregate({ where, _sum: { costYen: true }, _count: { _all: true, costYen: true } })
  return { spentYen: agg._sum.costYen ?? 0, eventsWithCost: agg._count.costYen, events: agg._count._all }
}
