// Every callback_id, action_id and block_id the app uses, in one place: the builders set them, the
// listeners match on them, the tests send them. Renaming one here renames it everywhere.

export const SLASH_COMMAND = '/grassroots'

export const CALLBACK = {
  eventModal: 'grassroots_event_modal',
  /** The placeholder opened at once with a trigger_id (it expires in 3 s), then replaced by views.update. */
  loadingModal: 'grassroots_loading_modal',
  /** A message shown in place of the form (why it cannot be opened). */
  noticeModal: 'grassroots_notice_modal',
  /** The global shortcut "Log event / 事業を登録" (manifest.yml uses the same id). */
  logShortcut: 'grassroots_log_event',
} as const

export const ACTION = {
  openLogModal: 'grassroots_open_log_modal',
  editEvent: 'grassroots_edit_event',
  deleteEvent: 'grassroots_delete_event',
  listPage: 'grassroots_list_page',
  /** "Show events / 事業一覧" under an answer, and Previous / Next in the list it opens. */
  answerEvents: 'grassroots_answer_events',
  /** One button per reading of a question that can be read in more than one way. */
  answerOption: 'grassroots_answer_option',
  /** "Share in channel" under a private /grassroots ask answer. */
  shareAnswer: 'grassroots_share_answer',
} as const

/**
 * The value of the category field's "no category" option (a select cannot be emptied once chosen): not a
 * category code, which starts with a letter or digit.
 */
export const NO_CATEGORY = '-'

/** The action_id of the one element inside each input block of the event form. */
export const INPUT_ACTION = 'value'

/** Block ids of the event form, one per field. */
export const FORM_BLOCK = {
  warning: 'warning',
  confirm: 'confirm',
  titleEn: 'title_en',
  titleJa: 'title_ja',
  startDate: 'start_date',
  endDate: 'end_date',
  office: 'office',
  states: 'states',
  city: 'city',
  activityType: 'activity_type',
  themes: 'themes',
  format: 'format',
  participants: 'participants',
  partners: 'partners',
  bestPractice: 'best_practice',
  bestPracticeCategory: 'best_practice_category',
  ongoing: 'ongoing',
  costYen: 'cost_yen',
  summary: 'summary',
} as const

export type FormField = Exclude<keyof typeof FORM_BLOCK, 'warning'>

/** The first input of the form: where an error about the whole submission is shown. */
export const FIRST_FORM_BLOCK = FORM_BLOCK.titleEn
