// A submitted form's view.state.values → EventForm. Validated with zod at the border: whatever Slack (or
// anyone forging a request) sends, the service sees plain, typed values.
import { z } from 'zod'
import { CONFIRMATIONS, type EventForm } from '../services/event-form.ts'
import { FORM_BLOCK, INPUT_ACTION, NO_CATEGORY } from './ids.ts'

const optionSchema = z.object({ value: z.string() })
const stateValueSchema = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_option: optionSchema.nullish(),
  selected_options: z.array(optionSchema).nullish(),
})
export const viewStateSchema = z.record(z.string(), z.record(z.string(), stateValueSchema))

/** The category field's value: the "no category" option is none. */
const categoryOf = (value: string | null): string | null => (value === NO_CATEGORY ? null : value)

export function formFromViewState(values: unknown): EventForm {
  const state = viewStateSchema.catch({}).parse(values)
  const field = (block: string) => state[block]?.[INPUT_ACTION]
  const shown = (block: string): boolean => field(block) !== undefined
  const text = (block: string): string | null => {
    const v = field(block)?.value
    return v === undefined || v === null || v.trim() === '' ? null : v
  }
  const date = (block: string): string | null => field(block)?.selected_date ?? null
  const one = (block: string): string | null => field(block)?.selected_option?.value ?? null
  const many = (block: string): string[] => (field(block)?.selected_options ?? []).map((o) => o.value)
  const confirmations = many(FORM_BLOCK.confirm).filter((c): c is (typeof CONFIRMATIONS)[number] =>
    (CONFIRMATIONS as readonly string[]).includes(c),
  )
  return {
    titleEn: text(FORM_BLOCK.titleEn),
    titleJa: text(FORM_BLOCK.titleJa),
    startDate: date(FORM_BLOCK.startDate),
    endDate: date(FORM_BLOCK.endDate),
    officeCode: one(FORM_BLOCK.office),
    stateCodes: many(FORM_BLOCK.states),
    city: text(FORM_BLOCK.city),
    activityType: one(FORM_BLOCK.activityType),
    themes: many(FORM_BLOCK.themes),
    format: one(FORM_BLOCK.format),
    participants: text(FORM_BLOCK.participants),
    partners: text(FORM_BLOCK.partners),
    bestPractice: many(FORM_BLOCK.bestPractice).includes('yes'),
    // absent when the form did not show the field: an edit keeps the stored value
    ...(shown(FORM_BLOCK.bestPracticeCategory) ? { bestPracticeCategory: categoryOf(one(FORM_BLOCK.bestPracticeCategory)) } : {}),
    ...(shown(FORM_BLOCK.ongoing) ? { ongoing: many(FORM_BLOCK.ongoing).includes('yes') } : {}),
    ...(shown(FORM_BLOCK.costYen) ? { costYen: text(FORM_BLOCK.costYen) } : {}),
    summary: text(FORM_BLOCK.summary),
    confirmations,
  }
}
