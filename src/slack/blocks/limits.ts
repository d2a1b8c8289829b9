// Slack's Block Kit limits, in one table shared by the builders (which truncate to fit) and by the test fake
// of the Web API (which rejects what breaks them, as Slack does). Lengths are counted in UTF-16 code units,
// the safe reading of Slack's "characters": a Japanese character counts one, an emoji two (a flag four).
// Sources: Slack's Block Kit reference; see slack-testing.md.

export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  callbackId: 255,
  blockId: 255,
  actionId: 255,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  header: 150,
  actionsElements: 25,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  placeholder: 150,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  checkboxOptions: 10,
  radioOptions: 10,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInitialValue: 3000,
  plainTextMaxLength: 3000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  /** chat.* `text` is cut at 40,000 characters. */
  messageText: 40_000,
  /** Messages whose blocks serialize past about 12–13k characters fail with msg_blocks_too_long. */
  messageBlocksJson: 12_000,
} as const

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Cuts text to at most `max` UTF-16 code units, ending with an ellipsis when cut. It cuts between
 * graphemes, so an emoji, a flag or a letter with its accents is kept whole or left out whole.
 * For display only: a value that is saved is never cut (see event-modal.ts).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const budget = Math.max(0, max - 1)
  let end = 0
  for (const { segment } of graphemes.segment(text)) {
    if (end + segment.length > budget) break
    end += segment.length
  }
  return `${text.slice(0, end)}…`
}

/** Length as Slack limits count it: UTF-16 code units (what JavaScript's `length` counts). */
export function slackLength(text: string): number {
  return text.length
}

// ---------------------------------------------------------------------------------------------------
// The checker. Loosely typed on purpose: it inspects whatever JSON a builder produced or the fake received.

type Json = Record<string, unknown>

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const textOf = (v: unknown): string | undefined => (isObj(v) && typeof v.text === 'string' ? v.text : undefined)

class Checker {
  readonly problems: string[] = []

  len(where: string, value: unknown, max: number): void {
    if (typeof value === 'string' && slackLength(value) > max) {
      this.problems.push(`${where}: ${slackLength(value)} characters (UTF-16 code units), more than ${max}`)
    }
  }

  required(where: string, value: unknown): void {
    if (value === undefined || value === null || value === '') this.problems.push(`${where}: required`)
  }

  option(where: string, o: unknown): void {
    if (!isObj(o)) return void this.problems.push(`${where}: not an option object`)
    this.required(`${where}.text`, textOf(o.text))
    this.len(`${where}.text`, textOf(o.text), SLACK_LIMITS.optionText)
    this.required(`${where}.value`, o.value)
    this.len(`${where}.value`, o.value, SLACK_LIMITS.optionValue)
    this.len(`${where}.description`, textOf(o.description), SLACK_LIMITS.optionDescription)
  }

  confirm(where: string, c: unknown): void {
    if (!isObj(c)) return
    this.len(`${where}.title`, textOf(c.title), SLACK_LIMITS.confirmTitle)
    this.len(`${where}.text`, textOf(c.text), SLACK_LIMITS.confirmText)
    this.len(`${where}.confirm`, textOf(c.confirm), SLACK_LIMITS.confirmButton)
    this.len(`${where}.deny`, textOf(c.deny), SLACK_LIMITS.confirmButton)
  }

  element(where: string, e: unknown, actionIds: Set<string>): void {
    if (!isObj(e)) return void this.problems.push(`${where}: not an element object`)
    if (typeof e.action_id === 'string') {
      this.len(`${where}.action_id`, e.action_id, SLACK_LIMITS.actionId)
      if (actionIds.has(e.action_id)) this.problems.push(`${where}.action_id: "${e.action_id}" is not unique in its block`)
      actionIds.add(e.action_id)
    }
    this.len(`${where}.placeholder`, textOf(e.placeholder), SLACK_LIMITS.placeholder)
    this.confirm(`${where}.confirm`, e.confirm)
    switch (e.type) {
      case 'button':
        this.required(`${where}.text`, textOf(e.text))
        this.len(`${where}.text`, textOf(e.text), SLACK_LIMITS.buttonText)
        this.len(`${where}.value`, e.value, SLACK_LIMITS.buttonValue)
        break
      case 'static_select':
      case 'multi_static_select': {
        const options = arr(e.options)
        const groups = arr(e.option_groups)
        const all = groups.length > 0 ? groups.flatMap((g) => (isObj(g) ? arr(g.options) : [])) : options
        if (all.length === 0) this.problems.push(`${where}: a select needs options`)
        if (all.length > SLACK_LIMITS.selectOptions) this.problems.push(`${where}: ${all.length} options, more than ${SLACK_LIMITS.selectOptions}`)
        all.forEach((o, i) => this.option(`${where}.options[${i}]`, o))
        const values = new Set(all.map((o) => (isObj(o) ? o.value : undefined)))
        for (const init of [e.initial_option, ...arr(e.initial_options)]) {
          if (isObj(init) && !values.has(init.value)) this.problems.push(`${where}: initial option "${String(init.value)}" is not among its options`)
        }
        break
      }
      case 'checkboxes':
      case 'radio_buttons': {
        const options = arr(e.options)
        const max = e.type === 'checkboxes' ? SLACK_LIMITS.checkboxOptions : SLACK_LIMITS.radioOptions
        if (options.length === 0 || options.length > max) this.problems.push(`${where}: ${options.length} options (1–${max} allowed)`)
        options.forEach((o, i) => this.option(`${where}.options[${i}]`, o))
        break
      }
      case 'plain_text_input':
        this.len(`${where}.initial_value`, e.initial_value, SLACK_LIMITS.plainTextInitialValue)
        if (typeof e.max_length === 'number' && e.max_length > SLACK_LIMITS.plainTextMaxLength) {
          this.problems.push(`${where}.max_length: ${e.max_length}, more than ${SLACK_LIMITS.plainTextMaxLength}`)
        }
        break
      case 'number_input':
        if (typeof e.is_decimal_allowed !== 'boolean') this.problems.push(`${where}.is_decimal_allowed: required`)
        break
      case 'datepicker':
        if (e.initial_date !== undefined && !(typeof e.initial_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.initial_date))) {
          this.problems.push(`${where}.initial_date: not YYYY-MM-DD`)
        }
        break
      default:
        break
    }
  }

  block(where: string, b: unknown, blockIds: Set<string>, surface: 'message' | 'view'): void {
    if (!isObj(b)) return void this.problems.push(`${where}: not a block object`)
    if (typeof b.block_id === 'string') {
      this.len(`${where}.block_id`, b.block_id, SLACK_LIMITS.blockId)
      if (blockIds.has(b.block_id)) this.problems.push(`${where}.block_id: "${b.block_id}" is not unique`)
      blockIds.add(b.block_id)
    }
    const actionIds = new Set<string>()
    switch (b.type) {
      case 'section': {
        const fields = arr(b.fields)
        if (textOf(b.text) === undefined && fields.length === 0) this.problems.push(`${where}: a section needs text or fields`)
        this.len(`${where}.text`, textOf(b.text), SLACK_LIMITS.sectionText)
        if (fields.length > SLACK_LIMITS.sectionFields) this.problems.push(`${where}.fields: ${fields.length}, more than ${SLACK_LIMITS.sectionFields}`)
        fields.forEach((f, i) => this.len(`${where}.fields[${i}]`, textOf(f), SLACK_LIMITS.sectionFieldText))
        if (b.accessory !== undefined) this.element(`${where}.accessory`, b.accessory, actionIds)
        break
      }
      case 'header':
        this.required(`${where}.text`, textOf(b.text))
        this.len(`${where}.text`, textOf(b.text), SLACK_LIMITS.header)
        break
      case 'actions': {
        const elements = arr(b.elements)
        if (elements.length === 0 || elements.length > SLACK_LIMITS.actionsElements) {
          this.problems.push(`${where}.elements: ${elements.length} (1–${SLACK_LIMITS.actionsElements} allowed)`)
        }
        elements.forEach((e, i) => this.element(`${where}.elements[${i}]`, e, actionIds))
        break
      }
      case 'context': {
        const elements = arr(b.elements)
        if (elements.length === 0 || elements.length > SLACK_LIMITS.contextElements) {
          this.problems.push(`${where}.elements: ${elements.length} (1–${SLACK_LIMITS.contextElements} allowed)`)
        }
        elements.forEach((e, i) => this.len(`${where}.elements[${i}]`, textOf(e), SLACK_LIMITS.sectionText))
        break
      }
      case 'input':
        if (surface === 'message') this.problems.push(`${where}: input blocks belong in modals`)
        this.required(`${where}.label`, textOf(b.label))
        this.len(`${where}.label`, textOf(b.label), SLACK_LIMITS.inputLabel)
        this.len(`${where}.hint`, textOf(b.hint), SLACK_LIMITS.inputHint)
        this.element(`${where}.element`, b.element, actionIds)
        break
      case 'divider':
        break
      default:
        this.problems.push(`${where}: unsupported block type ${String(b.type)}`)
    }
  }
}

/** What Slack would reject in a modal or Home tab view; empty when it is fine. */
export function checkView(view: unknown): string[] {
  const c = new Checker()
  if (!isObj(view)) return ['view: not an object']
  const blocks = arr(view.blocks)
  if (view.type !== 'modal' && view.type !== 'home') c.problems.push(`view.type: ${String(view.type)}`)
  if (blocks.length > SLACK_LIMITS.viewBlocks) c.problems.push(`view.blocks: ${blocks.length}, more than ${SLACK_LIMITS.viewBlocks}`)
  if (view.type === 'modal') {
    c.required('view.title', textOf(view.title))
    c.len('view.title', textOf(view.title), SLACK_LIMITS.viewTitle)
    c.len('view.submit', textOf(view.submit), SLACK_LIMITS.viewSubmit)
    c.len('view.close', textOf(view.close), SLACK_LIMITS.viewClose)
    if (blocks.some((b) => isObj(b) && b.type === 'input') && textOf(view.submit) === undefined) {
      c.problems.push('view.submit: required when the view has input blocks')
    }
  }
  c.len('view.private_metadata', view.private_metadata, SLACK_LIMITS.privateMetadata)
  c.len('view.callback_id', view.callback_id, SLACK_LIMITS.callbackId)
  const blockIds = new Set<string>()
  blocks.forEach((b, i) => c.block(`view.blocks[${i}]`, b, blockIds, 'view'))
  return c.problems
}

/** What Slack would reject in a message (chat.postMessage, chat.postEphemeral, response_url). */
export function checkMessage(message: { text?: unknown; blocks?: unknown }): string[] {
  const c = new Checker()
  const blocks = arr(message.blocks)
  if (message.blocks !== undefined && !Array.isArray(message.blocks)) c.problems.push('blocks: not an array')
  if (blocks.length === 0 && (typeof message.text !== 'string' || message.text === '')) c.problems.push('text: required without blocks')
  c.len('text', message.text, SLACK_LIMITS.messageText)
  if (blocks.length > SLACK_LIMITS.messageBlocks) c.problems.push(`blocks: ${blocks.length}, more than ${SLACK_LIMITS.messageBlocks}`)
  const json = JSON.stringify(blocks)
  if (json.length > SLACK_LIMITS.messageBlocksJson) c.problems.push(`blocks: ${json.length} characters of JSON (msg_blocks_too_long)`)
  const blockIds = new Set<string>()
  blocks.forEach((b, i) => c.block(`blocks[${i}]`, b, blockIds, 'message'))
  return c.problems
}
