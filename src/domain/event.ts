// What an outreach event is, whatever recorded it (a Slack form, a CSV import, the demo generator). One zod
// schema; every entry point validates against it, so the rules live in one place.
import { z } from 'zod'
import { bestPracticeCategoryCodeSchema } from './best-practice-category.ts'
import { activityTypeCodeSchema, formatCodeSchema, themeCodeSchema } from './catalog.ts'
import { fiscalYearOf, isValidIsoDate } from './fiscal-year.ts'
import { OFFICES } from './offices.ts'
import { STATES } from './states.ts'

export const LIMITS = {
  title: 200,
  city: 100,
  partner: 200,
  partners: 50,
  summary: 3000,
  participants: 10_000_000,
  states: 51,
  /** Event cost in yen: the store's column is a 32-bit integer. */
  costYen: 2_147_483_647,
} as const

const officeCodes = OFFICES.map((o) => o.code) as [string, ...string[]]
const stateCodes = STATES.map((s) => s.code) as [string, ...string[]]

export const isoDateSchema = z.string().refine(isValidIsoDate, { message: 'date' })
export const officeCodeSchema = z.enum(officeCodes)
export const stateCodeSchema = z.enum(stateCodes)

/** Optional text: trimmed, and empty means absent (null). Cheap on purpose: imports validate 100,000 rows. */
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((s) => {
      const v = s?.trim() ?? ''
      return v === '' ? null : v
    })

export const eventInputSchema = z
  .object({
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable().optional().transform((s) => s ?? null),
    officeCode: officeCodeSchema,
    stateCodes: z.array(stateCodeSchema).min(1).max(LIMITS.states),
    city: optionalText(LIMITS.city),
    titleEn: optionalText(LIMITS.title),
    titleJa: optionalText(LIMITS.title),
    activityType: activityTypeCodeSchema,
    themes: z.array(themeCodeSchema).default([]),
    format: formatCodeSchema,
    participants: z.number().int().min(0).max(LIMITS.participants),
    partners: z.array(z.string().trim().min(1).max(LIMITS.partner)).max(LIMITS.partners).default([]),
    bestPractice: z.boolean().default(false),
    /**
     * The best practice's category (a BestPracticeCategory code; whether it exists is checked by the writers,
     * which know the table); only with bestPractice. Null = none; absent = none on create, and on an update
     * the stored category is kept (as costYen).
     */
    bestPracticeCategory: bestPracticeCategoryCodeSchema.nullable().optional(),
    /**
     * A programme running over several years (CIC, 2018年～): counted by its dates like any event, read "since
     * 2018" in reports. Absent = false on create; kept on an update.
     */
    ongoing: z.boolean().optional(),
    /** Optional cost of the event in whole yen; absent or null = not recorded. */
    costYen: z.number().int().min(0).max(LIMITS.costYen).nullable().optional(),
    summary: optionalText(LIMITS.summary),
  })
  .superRefine((e, ctx) => {
    if (e.endDate !== null && e.endDate < e.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' })
    }
    if (e.bestPracticeCategory != null && !e.bestPractice) {
      ctx.addIssue({ code: 'custom', path: ['bestPracticeCategory'], message: 'category_without_best_practice' })
    }
    if (e.titleEn === null && e.titleJa === null) {
      ctx.addIssue({ code: 'custom', path: ['titleEn'], message: 'title_required' })
    }
  })
  .transform((e) => ({
    ...e,
    // a set, in a stable order: the same event always looks the same (CSV round trips, duplicate checks)
    stateCodes: [...new Set(e.stateCodes)].sort(),
    themes: [...new Set(e.themes)].sort(),
    fiscalYear: fiscalYearOf(e.startDate),
  }))

export type EventInput = z.input<typeof eventInputSchema>
export type EventData = z.output<typeof eventInputSchema>

/** An event as stored and read back. */
export interface EventRecord extends EventData {
  id: number
  source: string
  createdBy: string
  createdAt: Date
  updatedBy: string | null
  updatedAt: Date
}
