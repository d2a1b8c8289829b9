// Best-practice categories: the headings under which the fiscal-year report groups its best practices, as the
// task force's report does (代表的な案件（ベストプラクティス）: （１）総領事館が所在しない地域での事業, （２）行動計画2.0を踏まえた
// 事業 …). They are data an administrator edits (`grassroots best-practice-categories`), stored in the
// BestPracticeCategory table; an event names one by its code (Event.bestPracticeCategory).
import { z } from 'zod'

/** A category's code: lower-case letters, digits, '-' and '_', 1–40 characters, starting with a letter or digit. */
export const BEST_PRACTICE_CATEGORY_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/

export const bestPracticeCategoryCodeSchema = z.string().regex(BEST_PRACTICE_CATEGORY_CODE)

/** Longest name (characters) in either language: a slide heading. */
export const CATEGORY_NAME_MAX = 100
/** Display order: 0..9999, smallest first (ties by code). */
export const CATEGORY_ORDER_MAX = 9999

const name = z.string().trim().min(1).max(CATEGORY_NAME_MAX)

/** A category as an administrator sets it: code, names in Japanese and English, display order. */
export const bestPracticeCategoryInputSchema = z.object({
  code: bestPracticeCategoryCodeSchema,
  nameJa: name,
  nameEn: name,
  sortOrder: z.number().int().min(0).max(CATEGORY_ORDER_MAX),
})

export type BestPracticeCategory = z.output<typeof bestPracticeCategoryInputSchema>

/** The categories in display order: sortOrder, then code. */
export function sortCategories<T extends Pick<BestPracticeCategory, 'code' | 'sortOrder'>>(categories: readonly T[]): T[] {
  return [...categories].sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/**
 * The categories of the task force's report of August 2023 (its slide 代表的な案件（ベストプラクティス）), in its
 * order: what the demo records, and a starting point for an administrator.
 */
export const SEED_BEST_PRACTICE_CATEGORIES: readonly BestPracticeCategory[] = [
  { code: 'no-consulate', nameJa: '総領事館が所在しない地域での事業', nameEn: 'Activities in regions without a consulate-general', sortOrder: 10 },
  { code: 'action-plan-2', nameJa: '行動計画2.0を踏まえた事業', nameEn: 'Activities under Action Plan 2.0', sortOrder: 20 },
  { code: 'new-capitalism', nameJa: '「新しい資本主義」の経済政策を踏まえた事業', nameEn: 'Activities under the economic policy of "New Capitalism"', sortOrder: 30 },
  { code: 'digital-garden-city', nameJa: 'デジタル田園都市国家構想に関する事業', nameEn: 'Activities on the Digital Garden City Nation vision', sortOrder: 40 },
]
