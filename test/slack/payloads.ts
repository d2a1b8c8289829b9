// Payloads shaped like Slack's: slash commands, interactivity (view_submission, block_actions, shortcuts),
// Events API callbacks, and the view.state.values of a filled-in recording form.
import { randomUUID } from 'node:crypto'
import { FORM_BLOCK, INPUT_ACTION, SLASH_COMMAND } from '../../src/slack/ids.ts'

export const TEAM = { id: 'T0FAKE', domain: 'fake' }
export const APP_ID = 'A0FAKE'

export function slashCommandFields(options: { text: string; userId: string; channelId?: string; responseUrl: string; triggerId?: string }) {
  return {
    token: 'legacy-token',
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: options.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: options.userId,
    user_name: options.userId.toLowerCase(),
    command: SLASH_COMMAND,
    text: options.text,
    api_app_id: APP_ID,
    response_url: options.responseUrl,
    trigger_id: options.triggerId ?? `trigger-${randomUUID()}`,
  }
}

export const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
export const interactiveBody = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`

/** What a user typed into the recording form, by field; omitted fields are left empty. */
export interface TypedForm {
  titleEn?: string
  titleJa?: string
  startDate?: string
  endDate?: string
  office?: string
  states?: string[]
  city?: string
  activityType?: string
  themes?: string[]
  format?: string
  participants?: string
  partners?: string
  bestPractice?: boolean
  /** The category chosen (a code; null: the field shown with nothing chosen); omitted: the form had no such field. */
  bestPracticeCategory?: string | null
  /** The ongoing box; omitted: the form had no such field. */
  ongoing?: boolean
  /** The cost as typed; omitted: the form had no such field. */
  costYen?: string
  summary?: string
  confirm?: string[]
}

export function stateValues(f: TypedForm): Record<string, Record<string, Record<string, unknown>>> {
  const v = (block: string, value: Record<string, unknown>) => ({ [block]: { [INPUT_ACTION]: value } })
  const text = (s: string | undefined) => ({ type: 'plain_text_input', value: s ?? null })
  const opt = (value: string | undefined) => (value === undefined ? null : { value, text: { type: 'plain_text', text: value } })
  const opts = (values: string[] | undefined) => (values ?? []).map((value) => ({ value, text: { type: 'plain_text', text: value } }))
  return {
    ...v(FORM_BLOCK.titleEn, text(f.titleEn)),
    ...v(FORM_BLOCK.titleJa, text(f.titleJa)),
    ...v(FORM_BLOCK.startDate, { type: 'datepicker', selected_date: f.startDate ?? null }),
    ...v(FORM_BLOCK.endDate, { type: 'datepicker', selected_date: f.endDate ?? null }),
    ...v(FORM_BLOCK.office, { type: 'static_select', selected_option: opt(f.office) }),
    ...v(FORM_BLOCK.states, { type: 'multi_static_select', selected_options: opts(f.states) }),
    ...v(FORM_BLOCK.city, text(f.city)),
    ...v(FORM_BLOCK.activityType, { type: 'static_select', selected_option: opt(f.activityType) }),
    ...v(FORM_BLOCK.themes, { type: 'multi_static_select', selected_options: opts(f.themes) }),
    ...v(FORM_BLOCK.format, { type: 'radio_buttons', selected_option: opt(f.format) }),
    ...v(FORM_BLOCK.participants, { type: 'number_input', value: f.participants ?? null }),
    ...v(FORM_BLOCK.partners, text(f.partners)),
    ...(f.bestPractice !== undefined ? v(FORM_BLOCK.bestPractice, { type: 'checkboxes', selected_options: f.bestPractice ? opts(['yes']) : [] }) : {}),
    ...(f.bestPracticeCategory !== undefined ? v(FORM_BLOCK.bestPracticeCategory, { type: 'static_select', selected_option: opt(f.bestPracticeCategory ?? undefined) }) : {}),
    ...(f.ongoing !== undefined ? v(FORM_BLOCK.ongoing, { type: 'checkboxes', selected_options: f.ongoing ? opts(['yes']) : [] }) : {}),
    ...(f.costYen !== undefined ? v(FORM_BLOCK.costYen, text(f.costYen)) : {}),
    ...v(FORM_BLOCK.summary, text(f.summary)),
    ...(f.confirm !== undefined ? v(FORM_BLOCK.confirm, { type: 'checkboxes', selected_options: opts(f.confirm) }) : {}),
  }
}

/** A complete, valid event as typed: override what a test is about. */
export function validForm(overrides: TypedForm = {}): TypedForm {
  return {
    titleEn: 'Grassroots caravan to Wisconsin',
    titleJa: 'ウィスコンシン州グラスルーツ・キャラバン',
    startDate: '2022-05-10',
    office: 'chicago',
    states: ['WI'],
    city: 'Milwaukee',
    activityType: 'business_support',
    themes: ['workforce'],
    format: 'in_person',
    participants: '120',
    partners: 'Wisconsin Economic Development Corporation\nMilwaukee Chamber of Commerce',
    summary: 'Visit to a Japanese company plant.',
    ...overrides,
  }
}

/** A view_submission for a view the app opened (as recorded by the fake), with what the user typed. */
export function viewSubmission(options: { view: Record<string, unknown>; viewId: string; userId: string; values: TypedForm }) {
  return {
    type: 'view_submission',
    team: { id: TEAM.id, domain: TEAM.domain },
    user: { id: options.userId, username: options.userId.toLowerCase(), name: options.userId.toLowerCase(), team_id: TEAM.id },
    api_app_id: APP_ID,
    token: 'legacy-token',
    trigger_id: `trigger-${randomUUID()}`,
    view: {
      ...options.view,
      id: options.viewId,
      team_id: TEAM.id,
      app_id: APP_ID,
      bot_id: 'BBOT',
      hash: 'hash',
      root_view_id: options.viewId,
      previous_view_id: null,
      state: { values: stateValues(options.values) },
    },
    response_urls: [],
    is_enterprise_install: false,
  }
}

export function blockAction(options: {
  actionId: string
  value: string
  userId: string
  blockId?: string
  channelId?: string
  responseUrl?: string
  container?: Record<string, unknown>
}) {
  return {
    type: 'block_actions',
    team: { id: TEAM.id, domain: TEAM.domain },
    user: { id: options.userId, username: options.userId.toLowerCase(), name: options.userId.toLowerCase(), team_id: TEAM.id },
    api_app_id: APP_ID,
    token: 'legacy-token',
    trigger_id: `trigger-${randomUUID()}`,
    container: options.container ?? { type: 'message', message_ts: '1.000', channel_id: options.channelId ?? 'C0GENERAL', is_ephemeral: true },
    ...(options.channelId !== undefined ? { channel: { id: options.channelId, name: 'general' } } : {}),
    ...(options.responseUrl !== undefined ? { response_url: options.responseUrl } : {}),
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: options.blockId ?? 'block',
        value: options.value,
        text: { type: 'plain_text', text: 'button' },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  }
}

export function globalShortcut(options: { callbackId: string; userId: string }) {
  return {
    type: 'shortcut',
    token: 'legacy-token',
    action_ts: `${Date.now() / 1000}`,
    team: { id: TEAM.id, domain: TEAM.domain },
    user: { id: options.userId, username: options.userId.toLowerCase(), team_id: TEAM.id },
    callback_id: options.callbackId,
    trigger_id: `trigger-${randomUUID()}`,
  }
}

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${randomUUID().slice(0, 8)}`) {
  return {
    token: 'legacy-token',
    team_id: TEAM.id,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM.id, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  }
}
