// Bug: an imported event with 50 partners (the import allows 50 × 200 characters) opened in the edit form
// and saved unchanged kept 15 partners, the last cut with "…": the form showed what fitted in Slack's 3,000
// characters and saved that. A form never shortens what it did not let the user see. Slack limits are
// counted in UTF-16 code units (an emoji counts two), as the fake counts them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventInputSchema, type EventData } from '../../src/domain/event.ts'
import { FORM_BLOCK, INPUT_ACTION } from '../../src/slack/ids.ts'
import { createEvents, getEvent } from '../../src/store/events.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { viewSubmission } from './payloads.ts'

const ADMIN = 'U0ADMIN'

type Block = { type: string; block_id?: string; text?: { text: string }; element?: Record<string, unknown> }
type View = Record<string, unknown> & { blocks: Block[]; private_metadata: string }

/** `n` UTF-16 code units of text with emoji and Japanese in it (no surrounding spaces: stored values are trimmed). */
function longText(n: number, seed: string): string {
  const unit = `${seed}😀日本語 text 🇯🇵 `
  let s = ''
  while (s.length + unit.length <= n - 1) s += unit
  return `${s}${'x'.repeat(n - s.length)}`
}

const BIG: EventData = eventInputSchema.parse({
  startDate: '2022-05-10',
  officeCode: 'chicago',
  stateCodes: ['WI', 'IL'],
  city: longText(100, 'Milwaukee'),
  titleEn: longText(200, 'Title'),
  titleJa: longText(200, '題名'),
  activityType: 'info',
  themes: ['workforce'],
  format: 'in_person',
  participants: 1234,
  partners: Array.from({ length: 50 }, (_, i) => longText(200, `Partner ${i + 1}`)),
  bestPractice: false,
  summary: longText(3000, 'Summary'),
})

/**
 * A partner list that the form shows, whose text does not split back into the same list on its own; and a
 * title within the domain's 200 characters (code points) but over the input's 200 UTF-16 units.
 */
const SMALL: EventData = eventInputSchema.parse({
  startDate: '2022-06-10',
  officeCode: 'chicago',
  stateCodes: ['WI'],
  titleEn: 'Small 😀 event',
  titleJa: '𠮷'.repeat(150),
  activityType: 'info',
  format: 'in_person',
  participants: 5,
  partners: ['Osaka；Kobe Association', 'Chamber 🇯🇵'],
  summary: 'Line one\nLine two',
})

let h: Harness
let bigId: number
let smallId: number

beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_USER_IDS: ADMIN } })
  await createEvents(h.store.db, {
    actor: 'import',
    source: 'import',
    events: [
      { sourceKey: 'long:big', data: BIG },
      { sourceKey: 'long:small', data: SMALL },
    ],
  })
  bigId = (await h.store.db.event.findFirstOrThrow({ where: { sourceKey: 'long:big' } })).id
  smallId = (await h.store.db.event.findFirstOrThrow({ where: { sourceKey: 'long:small' } })).id
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

/** Edit → the form as the app showed it. */
async function openEdit(eventId: number): Promise<View> {
  const before = h.fake.callsTo('views.open').length
  const click = await h.click({ actionId: 'grassroots_edit_event', value: String(eventId), userId: ADMIN, channelId: 'C0LONG' })
  expect(click.status).toBe(200)
  const open: RecordedCall = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
  return (await h.formView(open)) as View
}

/** What Slack sends back when Save is pressed without touching anything: each input's initial value. */
function unchangedValues(view: View): Record<string, Record<string, Record<string, unknown>>> {
  const values: Record<string, Record<string, Record<string, unknown>>> = {}
  for (const b of view.blocks) {
    if (b.type !== 'input' || b.block_id === undefined || b.element === undefined) continue
    const e = b.element
    const state: Record<string, unknown> = { type: e.type }
    if (e.type === 'plain_text_input' || e.type === 'number_input') state.value = e.initial_value ?? null
    if (e.type === 'datepicker') state.selected_date = e.initial_date ?? null
    if (e.type === 'static_select' || e.type === 'radio_buttons') state.selected_option = e.initial_option ?? null
    if (e.type === 'multi_static_select' || e.type === 'checkboxes') state.selected_options = e.initial_options ?? []
    values[b.block_id] = { [INPUT_ACTION]: state }
  }
  return values
}

async function saveUnchanged(view: View, viewId: string) {
  const payload = viewSubmission({ view, viewId, userId: ADMIN, values: {} })
  payload.view.state.values = unchangedValues(view) as typeof payload.view.state.values
  return h.interact(payload)
}

const stored = async (id: number) => {
  const e = await getEvent(h.store.db, id)
  if (e === null) throw new Error(`event ${id} is gone`)
  return pick(e)
}

describe('an event longer than a Slack form can show, edited and saved unchanged', () => {
  it('the test data is as long as the import allows', () => {
    expect(BIG.partners).toHaveLength(50)
    for (const p of BIG.partners) expect(p.length).toBe(200)
    expect(BIG.summary?.length).toBe(3000)
    expect(BIG.titleEn?.length).toBe(200)
  })

  it('keeps every stored value byte for byte', async () => {
    const view = await openEdit(bigId)
    const res = await saveUnchanged(view, 'VLONG1')
    expect(res.status).toBe(200)
    expect(res.text).toBe('')
    await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.user === ADMIN)
    expect(await stored(bigId)).toEqual(pick(BIG))
    const audit = await h.store.db.auditEntry.findMany({ where: { eventId: bigId, action: 'update' } })
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.after!).partners).toEqual(BIG.partners)
  })

  it('shows the partners it cannot fit as kept, says how to change them, and never in an input cut short', async () => {
    const view = await openEdit(bigId)
    const partnersInput = view.blocks.find((b) => b.block_id === FORM_BLOCK.partners && b.type === 'input')
    expect(partnersInput).toBeUndefined()
    const text = JSON.stringify(view.blocks)
    expect(text).toMatch(/50 partners/)
    expect(text).toMatch(/CSV/)
    for (const b of view.blocks) {
      const initial = b.element?.initial_value
      if (typeof initial === 'string') expect(initial).not.toMatch(/…$/)
    }
  })

  it('a changed field is saved, the kept partners stay as stored', async () => {
    const view = await openEdit(bigId)
    const payload = viewSubmission({ view, viewId: 'VLONG2', userId: ADMIN, values: {} })
    const values = unchangedValues(view)
    values[FORM_BLOCK.participants] = { [INPUT_ACTION]: { type: 'number_input', value: '4321' } }
    payload.view.state.values = values as typeof payload.view.state.values
    const res = await h.interact(payload)
    expect(res.text).toBe('')
    const after = await stored(bigId)
    expect(after.participants).toBe(4321)
    expect(after.partners).toEqual(BIG.partners)
    expect(after.summary).toBe(BIG.summary)
  })

  it('a form that shows a value saves it back unchanged, even where its text would read differently', async () => {
    const view = await openEdit(smallId)
    expect(JSON.parse(view.private_metadata).kept).toEqual(['titleJa'])
    const res = await saveUnchanged(view, 'VSMALL1')
    expect(res.text).toBe('')
    expect(await stored(smallId)).toEqual(pick(SMALL))
  })
})

function pick(e: EventData) {
  const { startDate, endDate, officeCode, stateCodes, city, titleEn, titleJa, activityType, themes, format, participants, partners, bestPractice, summary, fiscalYear } = e
  return { startDate, endDate, officeCode, stateCodes, city, titleEn, titleJa, activityType, themes, format, participants, partners, bestPractice, summary, fiscalYear }
}
