// Best-practice categories (BestPracticeCategory): the headings of the report's best practices, edited by an
// administrator (`grassroots best-practice-categories`). An event names one by code (Event.bestPracticeCategory);
// there is no foreign key (see prisma/schema.prisma), so the rules live here: a category in use is never
// removed, and writers check a code against listCategories before storing it.
import { sortCategories, type BestPracticeCategory } from '../domain/best-practice-category.ts'
import type { Db } from './client.ts'

export type { BestPracticeCategory } from '../domain/best-practice-category.ts'

const SELECT = { code: true, nameJa: true, nameEn: true, sortOrder: true } as const

/** Every category, in display order (sortOrder, then code). */
export async function listCategories(db: Db): Promise<BestPracticeCategory[]> {
  return sortCategories(await db.bestPracticeCategory.findMany({ select: SELECT }))
}

/**
 * Records a category, or replaces the names (and order, when given) of the one with this code. A new category
 * without an order goes last (the largest order + 10). The input is validated by the caller
 * (bestPracticeCategoryInputSchema). Returns the category as stored and whether it was new.
 */
export async function setCategory(
  db: Db,
  input: { code: string; nameJa: string; nameEn: string; sortOrder?: number; actor: string },
): Promise<{ category: BestPracticeCategory; created: boolean }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.bestPracticeCategory.findUnique({ where: { code: input.code }, select: SELECT })
    const names = { nameJa: input.nameJa, nameEn: input.nameEn, updatedBy: input.actor }
    if (existing !== null) {
      const category = await tx.bestPracticeCategory.update({
        where: { code: input.code },
        data: { ...names, ...(input.sortOrder === undefined ? {} : { sortOrder: input.sortOrder }) },
        select: SELECT,
      })
      return { category, created: false }
    }
    const last = await tx.bestPracticeCategory.aggregate({ _max: { sortOrder: true } })
    const sortOrder = input.sortOrder ?? (last._max.sortOrder ?? 0) + 10
    const category = await tx.bestPracticeCategory.create({ data: { code: input.code, ...names, sortOrder }, select: SELECT })
    return { category, created: true }
  })
}

/** How many events name each category (codes with none are absent). */
export async function categoryUse(db: Db): Promise<Map<string, number>> {
  const rows = await db.event.groupBy({ by: ['bestPracticeCategory'], where: { bestPracticeCategory: { not: null } }, _count: { _all: true }, orderBy: { bestPracticeCategory: 'asc' } })
  return new Map(rows.flatMap((r) => (r.bestPracticeCategory === null ? [] : [[r.bestPracticeCategory, r._count._all] as const])))
}

export type RemoveOutcome = { kind: 'removed'; category: BestPracticeCategory } | { kind: 'missing' } | { kind: 'in_use'; events: number }

/**
 * Removes a category unless an event names it: then nothing is removed and `events` says how many do. Checked
 * and removed in one transaction.
 */
export async function removeCategory(db: Db, code: string): Promise<RemoveOutcome> {
  return db.$transaction(async (tx) => {
    const existing = await tx.bestPracticeCategory.findUnique({ where: { code }, select: SELECT })
    if (existing === null) return { kind: 'missing' }
    const events = await tx.event.count({ where: { bestPracticeCategory: code } })
    if (events > 0) return { kind: 'in_use', events }
    await tx.bestPracticeCategory.delete({ where: { code } })
    return { kind: 'removed', category: existing }
  })
}
