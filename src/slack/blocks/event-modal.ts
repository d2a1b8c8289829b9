// The recording form (a modal), for a new event or an edit. A pure function of what the form should show:
// the same builder reopens a form with everything typed (warnings to confirm) or prefilled (edit).
import type { KnownBlock, ModalView, PlainTextOption } from './types.ts'
import { z } from 'zod'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../domain/catalog.ts'
import type { BestPracticeCategory } from '../../domain/best-practice-category.ts'
import { LIMITS } from '../../domain/event.ts'
import { OFFICES } from '../../domain/offices.ts'
import { STATES } from '../../domain/states.ts'
import { t, type Lang } from '../../i18n/index.ts'
import { LIST_SEPARATOR, nameIn, type Localized } from '../../i18n/lang.ts'

/** How the events of a warning are listed. */
export const EVENTS_SEPARATOR = { en: '; ', ja: '、' } as const satisfies Localized<string>
import { partnersOf, TEXT_FIELDS, type Confirmation, type EventForm, type TextField } from '../../services/event-form.ts'
import type { FormWarning } from '../../services/recording.ts'
import { CALLBACK, FORM_BLOCK, INPUT_ACTION, NO_CATEGORY } from '../ids.ts'
import { eventTitle, officeName, officeOptionText, stateName, stateOptionText } from './labels.ts'
import { slackLength, SLACK_LIMITS, truncate } from './limits.ts'
import { escapeMrkdwn, mrkdwn, plain } from './mrkdwn.ts'

/** What travels with the modal (private_metadata): small on purpose, far under Slack's 3000 characters. */
export const modalMetadataSchema = z.object({
  lang: z.enum(['en', 'ja']),
  // ids are 32-bit integer columns (MAX_EVENT_ID in slack/context.ts): a larger forged id is no id
  eventId: z.number().int().positive().max(2_147_483_647).optional(),
  /** Where the form was opened from, for the confirmation message (absent: a DM). */
  channelId: z.string().max(40).optional(),
  /**
   * Edit: text fields too long for the form, shown read-only; saving keeps their stored value. Forging it
   * can only keep a stored value, never change one (services/recording.ts reads the values from the store).
   */
  kept: z.array(z.enum(TEXT_FIELDS)).optional(),
})
export type ModalMetadata = z.infer<typeof modalMetadataSchema>

export function parseModalMetadata(text: string | undefined): ModalMetadata {
  try {
    return modalMetadataSchema.parse(JSON.parse(text ?? ''))
  } catch {
    return { lang: 'en' }
  }
}

const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, SLACK_LIMITS.optionText)), value })

const officeOptions = OFFICES.map((o) => option(officeOptionText(o.code), o.code))
const stateOptions = STATES.map((s) => option(stateOptionText(s.code), s.code))
const activityOptions = (lang: Lang) => ACTIVITY_TYPES.map((a) => option(a[lang], a.code))
const themeOptions = (lang: Lang) => THEMES.map((x) => option(x[lang], x.code))
const formatOptions = (lang: Lang) => FORMATS.map((f) => option(f[lang], f.code))

const pick = (options: PlainTextOption[], value: string | null) => options.find((o) => o.value === value)
const pickMany = (options: PlainTextOption[], values: string[]) => options.filter((o) => values.includes(o.value ?? ''))

/** The most a text input can hold and show: its own limit, within Slack's (UTF-16 code units). */
const inputCapacity = (max: number): number => Math.min(max, SLACK_LIMITS.plainTextMaxLength, SLACK_LIMITS.plainTextInitialValue)

/** True when the value can be shown whole in an input of `max`: else it is shown read-only and kept. */
const fitsInput = (value: string | null, max: number): boolean => value === null || slackLength(value) <= inputCapacity(max)

/** The cost field's length: "1,000,000,000,000" and a little room for ¥, 円 and spaces. */
const COST_INPUT_MAX = 24

/** How much of a kept value the read-only block shows (the whole value stays stored). */
const KEPT_PREVIEW = 600

function textInput(options: {
  block: string
  label: string
  value: string | null
  max: number
  multiline?: boolean
  optional?: boolean
  hint?: string
}): KnownBlock {
  // never cut: a value that does not fit is shown by keptField instead
  const initial = options.value === null || options.value === '' ? {} : { initial_value: options.value }
  return {
    type: 'input',
    block_id: options.block,
    optional: options.optional ?? true,
    label: plain(options.label),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      multiline: options.multiline ?? false,
      max_length: inputCapacity(options.max),
      ...initial,
    },
  }
}

/**
 * A stored value too long for Slack's input, shown read-only: its label, its beginning, and why it cannot be
 * edited here and how to change it (CSV). Saving keeps it as stored.
 */
function keptField(options: { block: string; label: string; field: TextField; value: string; max: number; lang: Lang }): KnownBlock {
  const { lang, value } = options
  const note =
    options.field === 'partners'
      ? t(lang, 'slack_partners_kept', { count: partnersOf(value).length, length: slackLength(value), max: inputCapacity(options.max) })
      : t(lang, 'slack_field_kept', { length: slackLength(value), max: inputCapacity(options.max) })
  const preview = escapeMrkdwn(truncate(value, KEPT_PREVIEW)).replace(/\n/g, '\n>')
  return {
    type: 'section',
    block_id: options.block,
    text: mrkdwn(truncate(`*${escapeMrkdwn(options.label)}*\n>${preview}\n_${note}_`, SLACK_LIMITS.sectionText)),
  }
}

function warningText(w: FormWarning, lang: Lang): string {
  if (w.kind === 'out_of_area') {
    return t(lang, 'slack_warning_out_of_area', {
      states: w.stateCodes.map((s) => stateName(s, lang)).join(LIST_SEPARATOR[lang]),
      count: w.stateCodes.length,
      office: officeName(w.officeCode, lang),
    })
  }
  const events = w.events.map((e) => `#${e.id} ${escapeMrkdwn(eventTitle(e, lang, 80))} (${e.startDate})`).join(EVENTS_SEPARATOR[lang])
  return t(lang, 'slack_warning_duplicate', { events })
}

const confirmLabel = (kind: Confirmation, lang: Lang) =>
  t(lang, kind === 'out_of_area' ? 'slack_confirm_out_of_area' : 'slack_confirm_duplicate')

export function buildEventModal(options: {
  lang: Lang
  form: EventForm
  metadata: ModalMetadata
  /** Admins see the best-practice checkbox. */
  isAdmin: boolean
  /** Shown at the top with a checkbox per warning; the user ticks them to save anyway. */
  warnings?: FormWarning[]
  /**
   * The best-practice categories recorded, in display order: the options of the category field, shown to
   * admins with the best-practice checkbox when there is at least one. Without the field, saving keeps the
   * stored category.
   */
  categories?: readonly BestPracticeCategory[]
}): ModalView {
  const { lang, form, isAdmin } = options
  const warnings = options.warnings ?? []
  const blocks: KnownBlock[] = []
  const editing = options.metadata.eventId !== undefined
  // an edit never puts a stored value into an input too small for it (Slack would cut it, and Save would
  // store the cut): such a field is shown read-only and named in the metadata, and saving keeps it
  const kept: TextField[] = []
  const text = (field: TextField, input: Omit<Parameters<typeof textInput>[0], 'value'>): KnownBlock => {
    const value = form[field]
    if (!editing || value === null || fitsInput(value, input.max)) return textInput({ ...input, value })
    kept.push(field)
    return keptField({ block: input.block, label: input.label, field, value, max: input.max, lang })
  }

  if (warnings.length > 0) {
    blocks.push({
      type: 'section',
      block_id: FORM_BLOCK.warning,
      text: mrkdwn(truncate(warnings.map((w) => warningText(w, lang)).join('\n\n'), SLACK_LIMITS.sectionText)),
    })
    const confirmOptions = warnings.map((w) => option(confirmLabel(w.kind, lang), w.kind))
    const ticked = confirmOptions.filter((o) => form.confirmations.includes(o.value as Confirmation))
    blocks.push({
      type: 'input',
      block_id: FORM_BLOCK.confirm,
      optional: true,
      label: plain(t(lang, 'slack_field_confirm')),
      element: {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: confirmOptions,
        ...(ticked.length > 0 ? { initial_options: ticked } : {}),
      },
    })
  }

  blocks.push(
    text('titleEn', { block: FORM_BLOCK.titleEn, label: t(lang, 'slack_field_title_en'), max: LIMITS.title, hint: t(lang, 'slack_hint_title') }),
    text('titleJa', { block: FORM_BLOCK.titleJa, label: t(lang, 'slack_field_title_ja'), max: LIMITS.title }),
    {
      type: 'input',
      block_id: FORM_BLOCK.startDate,
      label: plain(t(lang, 'slack_field_start_date')),
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...(form.startDate ? { initial_date: form.startDate } : {}) },
    },
    {
      type: 'input',
      block_id: FORM_BLOCK.endDate,
      optional: true,
      label: plain(t(lang, 'slack_field_end_date')),
      element: { type: 'datepicker', action_id: INPUT_ACTION, ...(form.endDate ? { initial_date: form.endDate } : {}) },
    },
  )

  const ongoing = option(t(lang, 'slack_option_ongoing'), 'yes')
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.ongoing,
    optional: true,
    label: plain(t(lang, 'slack_field_ongoing')),
    element: { type: 'checkboxes', action_id: INPUT_ACTION, options: [ongoing], ...(form.ongoing === true ? { initial_options: [ongoing] } : {}) },
  })

  const office = pick(officeOptions, form.officeCode)
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.office,
    label: plain(t(lang, 'slack_field_office')),
    element: {
      type: 'static_select',
      action_id: INPUT_ACTION,
      placeholder: plain(t(lang, 'slack_placeholder_select')),
      options: officeOptions,
      ...(office ? { initial_option: office } : {}),
    },
  })

  const states = pickMany(stateOptions, form.stateCodes)
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.states,
    label: plain(t(lang, 'slack_field_states')),
    hint: plain(t(lang, 'slack_hint_states')),
    element: {
      type: 'multi_static_select',
      action_id: INPUT_ACTION,
      placeholder: plain(t(lang, 'slack_placeholder_select')),
      options: stateOptions,
      ...(states.length > 0 ? { initial_options: states } : {}),
    },
  })

  blocks.push(text('city', { block: FORM_BLOCK.city, label: t(lang, 'slack_field_city'), max: LIMITS.city }))

  const activities = activityOptions(lang)
  const activity = pick(activities, form.activityType)
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.activityType,
    label: plain(t(lang, 'slack_field_activity_type')),
    element: {
      type: 'static_select',
      action_id: INPUT_ACTION,
      placeholder: plain(t(lang, 'slack_placeholder_select')),
      options: activities,
      ...(activity ? { initial_option: activity } : {}),
    },
  })

  const allThemes = themeOptions(lang)
  const themes = pickMany(allThemes, form.themes)
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.themes,
    optional: true,
    label: plain(t(lang, 'slack_field_themes')),
    element: {
      type: 'multi_static_select',
      action_id: INPUT_ACTION,
      placeholder: plain(t(lang, 'slack_placeholder_select')),
      options: allThemes,
      ...(themes.length > 0 ? { initial_options: themes } : {}),
    },
  })

  const formats = formatOptions(lang)
  const format = pick(formats, form.format)
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.format,
    label: plain(t(lang, 'slack_field_format')),
    element: { type: 'radio_buttons', action_id: INPUT_ACTION, options: formats, ...(format ? { initial_option: format } : {}) },
  })

  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.participants,
    label: plain(t(lang, 'slack_field_participants')),
    hint: plain(t(lang, 'slack_hint_participants')),
    element: {
      type: 'number_input',
      action_id: INPUT_ACTION,
      is_decimal_allowed: false,
      min_value: '0',
      max_value: String(LIMITS.participants),
      ...(form.participants !== null && form.participants !== '' ? { initial_value: form.participants } : {}),
    },
  })

  // the cost in yen, as typed (an edit shows the recorded cost: saving it unchanged keeps it)
  blocks.push({
    type: 'input',
    block_id: FORM_BLOCK.costYen,
    optional: true,
    label: plain(t(lang, 'slack_field_cost')),
    hint: plain(t(lang, 'slack_hint_cost')),
    element: {
      type: 'plain_text_input',
      action_id: INPUT_ACTION,
      max_length: COST_INPUT_MAX,
      ...(form.costYen !== undefined && form.costYen !== null && form.costYen !== '' ? { initial_value: truncate(form.costYen, COST_INPUT_MAX) } : {}),
    },
  })

  blocks.push(text('partners', { block: FORM_BLOCK.partners, label: t(lang, 'slack_field_partners'), max: SLACK_LIMITS.plainTextMaxLength, multiline: true }))

  if (isAdmin) {
    const bp = option(t(lang, 'slack_option_best_practice'), 'yes')
    blocks.push({
      type: 'input',
      block_id: FORM_BLOCK.bestPractice,
      optional: true,
      label: plain(t(lang, 'slack_field_best_practice')),
      element: { type: 'checkboxes', action_id: INPUT_ACTION, options: [bp], ...(form.bestPractice ? { initial_options: [bp] } : {}) },
    })
    // the category, with the checkbox: not shown without categories, nor when the event's own category is not
    // among the options (then saving keeps it rather than clear it)
    const categories = (options.categories ?? []).slice(0, SLACK_LIMITS.selectOptions - 1).map((c) => option(nameIn(c, lang), c.code))
    const chosen = form.bestPracticeCategory ?? null
    const current = pick(categories, chosen)
    if (categories.length > 0 && (chosen === null || current !== undefined)) {
      blocks.push({
        type: 'input',
        block_id: FORM_BLOCK.bestPracticeCategory,
        optional: true,
        label: plain(t(lang, 'slack_field_best_practice_category')),
        hint: plain(t(lang, 'slack_hint_best_practice_category')),
        element: {
          type: 'static_select',
          action_id: INPUT_ACTION,
          placeholder: plain(t(lang, 'slack_placeholder_select')),
          // and "no category", since a chosen option cannot be emptied
          options: [...categories, option(t(lang, 'slack_option_no_category'), NO_CATEGORY)],
          ...(current ? { initial_option: current } : {}),
        },
      })
    }
  }

  blocks.push(text('summary', { block: FORM_BLOCK.summary, label: t(lang, 'slack_field_summary'), max: LIMITS.summary, multiline: true }))

  const { kept: _previous, ...metadata } = options.metadata
  return {
    type: 'modal',
    callback_id: CALLBACK.eventModal,
    title: plain(truncate(t(lang, editing ? 'slack_modal_title_edit' : 'slack_modal_title_create'), SLACK_LIMITS.viewTitle)),
    submit: plain(truncate(t(lang, 'slack_modal_submit'), SLACK_LIMITS.viewSubmit)),
    close: plain(truncate(t(lang, 'slack_modal_close'), SLACK_LIMITS.viewClose)),
    private_metadata: JSON.stringify({ ...metadata, ...(kept.length > 0 ? { kept } : {}) }),
    notify_on_close: false,
    blocks,
  }
}
