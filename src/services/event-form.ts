// The recording form as typed, and its validation. Slack-free: the Slack layer turns view state into an
// EventForm and error fields into block ids; everything here is plain values and message keys, so the rules
// can be tested without Slack and reused by any other front end.
import { z } from 'zod'
import { eventInputSchema, LIMITS, type EventData } from '../domain/event.ts'
import { addDays, isValidIsoDate } from '../domain/fiscal-year.ts'
import { OFFICES, officeByCode } from '../domain/offices.ts'
import { stateName } from '../domain/states.ts'
import { formatNumber } from '../i18n/format.ts'
import { LIST_SEPARATOR, type Lang } from '../i18n/lang.ts'
import type { MessageKey, MessageParams } from '../i18n/index.ts'

export const CONFIRMATIONS = ['out_of_area', 'duplicate'] as const
export type Confirmation = (typeof CONFIRMATIONS)[number]

/** Everything the form holds, as typed: strings stay strings until validated (a number field may hold "1.5"). */
export const eventFormSchema = z.object({
  titleEn: z.string().nullable(),
  titleJa: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  officeCode: z.string().nullable(),
  stateCodes: z.array(z.string()),
  city: z.string().nullable(),
  activityType: z.string().nullable(),
  themes: z.array(z.string()),
  format: z.string().nullable(),
  participants: z.string().nullable(),
  partners: z.string().nullable(),
  bestPractice: z.boolean(),
  /**
   * The best-practice category chosen (a code; null: none). Absent (undefined) when the form did not show the
   * field (not an administrator, no category recorded): an edit then keeps the stored category.
   */
  bestPracticeCategory: z.string().nullable().optional(),
  /** The programme runs over several years. Absent when the form did not show it: an edit keeps the stored flag. */
  ongoing: z.boolean().optional(),
  /** The cost in yen as typed ("1,250,000"; null: empty). Absent when the form did not show it: an edit keeps the stored cost. */
  costYen: z.string().nullable().optional(),
  summary: z.string().nullable(),
  confirmations: z.array(z.enum(CONFIRMATIONS)),
})
export type EventForm = z.infer<typeof eventFormSchema>

export type FormFieldName = keyof EventForm

export interface FieldError {
  field: FormFieldName
  key: MessageKey
  params?: MessageParams
}

export const emptyForm = (): EventForm => ({
  titleEn: null,
  titleJa: null,
  startDate: null,
  endDate: null,
  officeCode: null,
  stateCodes: [],
  city: null,
  activityType: null,
  themes: [],
  format: null,
  participants: null,
  partners: null,
  bestPractice: false,
  bestPracticeCategory: null,
  ongoing: false,
  costYen: null,
  summary: null,
  confirmations: [],
})

/** A stored event as the form shows it, for editing. */
export function formOf(e: EventData): EventForm {
  return {
    titleEn: e.titleEn,
    titleJa: e.titleJa,
    startDate: e.startDate,
    endDate: e.endDate,
    officeCode: e.officeCode,
    stateCodes: [...e.stateCodes],
    city: e.city,
    activityType: e.activityType,
    themes: [...e.themes],
    format: e.format,
    participants: String(e.participants),
    partners: e.partners.join('\n'),
    bestPractice: e.bestPractice,
    bestPracticeCategory: e.bestPracticeCategory ?? null,
    ongoing: e.ongoing ?? false,
    costYen: e.costYen == null ? null : e.costYen.toLocaleString('en-US'),
    summary: e.summary,
    confirmations: [],
  }
}

/**
 * The cost field's limit: below 10^12 yen as typed, and within what the store keeps (Event.costYen is a 32-bit
 * integer, as the CSV column's limit): the smaller of the two.
 */
export const COST_YEN_MAX = Math.min(LIMITS.costYen, 10 ** 12 - 1)

/** Whole numbers written with thousands separators: 1,200 · 1,250,000 (after NFKC: full-width １，２００ too). */
const GROUPED_BY_THREE = /^\d{1,3}(,\d{3})+$/

/**
 * The cost as typed in the form → whole yen: digits, optionally grouped by three with commas, full-width digits
 * and commas accepted (NFKC), a leading ¥/￥ or a trailing 円 allowed. `null` for an empty field; 'invalid' for
 * anything else (a fraction, a sign, "12,00"); 'too_large' from COST_YEN_MAX + 1 up.
 */
export function parseCostYen(text: string | null): number | null | 'invalid' | 'too_large' {
  const s = (text ?? '').normalize('NFKC').trim().replace(/^[¥￥]\s*/, '').replace(/\s*円$/, '')
  if (s === '') return null
  const digits = s.replace(/,/g, '')
  if (!/^\d+$/.test(digits) || (s.includes(',') && !GROUPED_BY_THREE.test(s))) return 'invalid'
  const n = Number(digits)
  return n > COST_YEN_MAX ? 'too_large' : n
}

/** The free-text fields: what a form may be unable to show in full, and what an edit keeps when unchanged. */
export const TEXT_FIELDS = ['titleEn', 'titleJa', 'city', 'partners', 'summary'] as const
export type TextField = (typeof TEXT_FIELDS)[number]

/** The form's text of a field, compared as Slack may send it back (line ends, surrounding space). */
const sameText = (a: string | null, b: string | null): boolean => {
  const norm = (s: string | null) => (s ?? '').replace(/\r\n?/g, '\n').trim()
  return norm(a) === norm(b)
}

/**
 * An edit's form with the stored value put back into each field the form did not show (`kept`: longer than
 * the form could hold, so the user could not have changed it). Validation then sees the whole event.
 */
export function withKeptFields(form: EventForm, options: { stored: EventData; kept: readonly TextField[] }): EventForm {
  if (options.kept.length === 0) return form
  const shown = formOf(options.stored)
  const filled = { ...form }
  for (const f of options.kept) filled[f] = shown[f]
  return filled
}

/**
 * What an edit saves: the validated data, except that every text field the user did not change keeps the
 * stored value exactly. The form's text of a value is not always the value (a partner named "A；B" reads
 * back as two partners; Slack may change line ends), and an edit must never change what was not touched.
 */
export function keepUnchangedText(data: EventData, options: { form: EventForm; stored: EventData }): EventData {
  const shown = formOf(options.stored)
  const kept: EventData = { ...data }
  for (const f of TEXT_FIELDS) {
    if (!sameText(options.form[f], shown[f])) continue
    if (f === 'partners') kept.partners = [...options.stored.partners]
    else kept[f] = options.stored[f]
  }
  return kept
}

const blank = (s: string | null): boolean => s === null || s.trim() === ''
// the domain's limits count characters (code points), as its zod schema does; Slack's own limits, counted in
// UTF-16 code units, are the Slack layer's business (slack/blocks/limits.ts)
const len = (s: string | null): number => (s === null ? 0 : Array.from(s.trim()).length)

/**
 * One partner per line. A ';' also separates partners, as in the CSV format (its `partners` column is a
 * ';'-separated list): otherwise "A; B" typed here would be one partner, and two after export → import.
 */
export function partnersOf(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n|[;；]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/**
 * Field-level checks, in the order the form shows the fields. `today` is the recorder's date (config time
 * zone); a date more than a year after it is refused as a likely typo in the year.
 */
export function validateEventForm(
  form: EventForm,
  options: {
    today: string
    bestPractice: boolean
    /**
     * The recorded best-practice category codes (the form's options); a category not among them is refused.
     * Omitted: the form names no category (it did not show the field).
     */
    categories?: readonly string[]
  },
): { ok: true; data: EventData } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const add = (field: FormFieldName, key: MessageKey, params?: MessageParams) => {
    if (!errors.some((e) => e.field === field)) errors.push(params ? { field, key, params } : { field, key })
  }
  const maxDate = addDays(options.today, 366)

  if (blank(form.titleEn) && blank(form.titleJa)) add('titleEn', 'slack_err_title_required')
  for (const field of ['titleEn', 'titleJa'] as const) {
    if (len(form[field]) > LIMITS.title) add(field, 'slack_err_too_long', { length: len(form[field]), max: LIMITS.title })
  }

  const start = blank(form.startDate) ? null : form.startDate
  // Slack's date picker sends real dates; anything else was forged or mangled on the way: say what is wrong
  if (start === null) add('startDate', 'slack_err_date_required')
  else if (!isValidIsoDate(start)) add('startDate', 'slack_err_date_invalid', { value: start.slice(0, 20) })
  else if (start > maxDate) add('startDate', 'slack_err_date_too_far', { max: maxDate })
  const end = blank(form.endDate) ? null : form.endDate
  if (end !== null && !isValidIsoDate(end)) add('endDate', 'slack_err_date_invalid', { value: end.slice(0, 20) })
  else if (end !== null && start !== null && isValidIsoDate(start) && end < start) add('endDate', 'slack_err_end_before_start', { start })
  else if (end !== null && end > maxDate) add('endDate', 'slack_err_date_too_far', { max: maxDate })

  if (form.officeCode === null || !OFFICES.some((o) => o.code === form.officeCode)) add('officeCode', 'slack_err_office_required')
  if (form.stateCodes.length === 0) add('stateCodes', 'slack_err_states_required')
  if (len(form.city) > LIMITS.city) add('city', 'slack_err_too_long', { length: len(form.city), max: LIMITS.city })
  if (form.activityType === null) add('activityType', 'slack_err_choice_required')
  if (form.format === null) add('format', 'slack_err_choice_required')

  let participants = Number.NaN
  const raw = (form.participants ?? '').trim()
  if (raw === '') add('participants', 'slack_err_participants_required')
  else if (!/^[-+]?\d+(\.\d*)?$/.test(raw)) add('participants', 'slack_err_participants_fraction')
  else {
    participants = Number(raw)
    if (participants < 0) add('participants', 'slack_err_participants_negative')
    else if (!Number.isInteger(participants)) add('participants', 'slack_err_participants_fraction')
    else if (participants > LIMITS.participants) add('participants', 'slack_err_participants_max', { max: formatNumber(LIMITS.participants) })
  }

  const partners = partnersOf(form.partners)
  if (partners.length > LIMITS.partners) add('partners', 'slack_err_too_many', { count: partners.length, max: LIMITS.partners })
  const longPartner = partners.find((p) => Array.from(p).length > LIMITS.partner)
  if (longPartner !== undefined) add('partners', 'slack_err_too_long', { length: Array.from(longPartner).length, max: LIMITS.partner })
  // a category only for a best practice, and only one that is recorded
  const category = form.bestPracticeCategory ?? null
  if (category !== null && !(options.categories ?? []).includes(category)) add('bestPracticeCategory', 'slack_err_category_unknown')
  else if (category !== null && !options.bestPractice) add('bestPracticeCategory', 'slack_err_category_without_best_practice')

  // the cost: absent when the form did not show it (an edit keeps the stored cost), null when left empty
  let costYen: number | null | undefined
  if (form.costYen !== undefined) {
    const cost = parseCostYen(form.costYen)
    if (cost === 'invalid') add('costYen', 'slack_err_cost_invalid')
    else if (cost === 'too_large') add('costYen', 'slack_err_cost_max', { max: formatNumber(COST_YEN_MAX) })
    else costYen = cost
  }

  if (len(form.summary) > LIMITS.summary) add('summary', 'slack_err_too_long', { length: len(form.summary), max: LIMITS.summary })

  if (errors.length > 0) return { ok: false, errors }

  // The domain schema has the final word (known codes, sizes); anything it still refuses maps to its field.
  const parsed = eventInputSchema.safeParse({
    startDate: start,
    endDate: end,
    officeCode: form.officeCode,
    stateCodes: form.stateCodes,
    city: form.city,
    titleEn: form.titleEn,
    titleJa: form.titleJa,
    activityType: form.activityType,
    themes: form.themes,
    format: form.format,
    participants,
    partners,
    bestPractice: options.bestPractice,
    bestPracticeCategory: category,
    ...(form.ongoing === undefined ? {} : { ongoing: form.ongoing }),
    ...(costYen === undefined ? {} : { costYen }),
    summary: form.summary,
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(String(issue.path[0] ?? ''))
      add(field, field === 'stateCodes' ? 'slack_err_states_required' : field === 'titleEn' ? 'slack_err_title_required' : field === 'bestPracticeCategory' ? 'slack_err_category_unknown' : 'slack_err_choice_required')
    }
    return { ok: false, errors }
  }
  return { ok: true, data: parsed.data }
}

function fieldOfPath(key: string): FormFieldName {
  const fields: Record<string, FormFieldName> = { endDate: 'endDate', startDate: 'startDate', officeCode: 'officeCode', stateCodes: 'stateCodes', activityType: 'activityType', themes: 'themes', format: 'format', participants: 'participants', partners: 'partners', city: 'city', summary: 'summary', titleJa: 'titleJa', bestPracticeCategory: 'bestPracticeCategory', costYen: 'costYen', ongoing: 'ongoing' }
  return fields[key] ?? 'titleEn'
}

/**
 * States of an event outside its office's area. Online events may reach anyone, and the Embassy also has
 * national responsibility, so neither is ever "outside".
 */
export function statesOutsideArea(data: Pick<EventData, 'officeCode' | 'stateCodes' | 'format'>): string[] {
  if (data.format === 'online' || data.officeCode === 'embassy') return []
  const area = new Set(officeByCode(data.officeCode).states)
  return data.stateCodes.filter((s) => !area.has(s))
}

export function stateNames(codes: string[], lang: Lang): string {
  return codes.map((c) => stateName(c, lang)).join(LIST_SEPARATOR[lang])
}
