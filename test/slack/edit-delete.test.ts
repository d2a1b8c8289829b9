import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORM_BLOCK } from '../../src/slack/ids.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { validForm } from './payloads.ts'

let h: Harness
let eventId: number
const OWNER = 'U0OWNER'
const OTHER = 'U0OTHER'
const ADMIN = 'U0ADMIN'

const viewOf = (call: RecordedCall) => call.args.view as Record<string, unknown> & { blocks: Array<Record<string, unknown>>; private_metadata: string }

beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_USER_IDS: ADMIN } })
  const open = await h.openForm(OWNER, 'C0CHAN')
  await h.submit(viewOf(open), { userId: OWNER, values: validForm() })
  eventId = (await h.store.db.event.findFirstOrThrow()).id
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

describe('edit', () => {
  it('reopens the form filled in, with the event id in private_metadata, and the change lands in the audit log', async () => {
    const before = h.fake.callsTo('views.open').length
    const click = await h.click({ actionId: 'grassroots_edit_event', value: String(eventId), userId: OWNER, channelId: 'C0CHAN', responseUrl: h.fake.responseUrl() })
    expect(click.status).toBe(200)
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
    const view = (await h.formView(open)) as ReturnType<typeof viewOf>
    expect(JSON.parse(view.private_metadata)).toMatchObject({ eventId, lang: 'en' })
    const title = view.blocks.find((b) => b.block_id === FORM_BLOCK.titleEn) as { element: { initial_value?: string } }
    expect(title.element.initial_value).toBe('Grassroots caravan to Wisconsin')
    const states = view.blocks.find((b) => b.block_id === FORM_BLOCK.states) as { element: { initial_options?: Array<{ value: string; text: { text: string } }> } }
    expect(states.element.initial_options?.map((o) => o.text.text)).toEqual(['Wisconsin / ウィスコンシン州'])
    const participants = view.blocks.find((b) => b.block_id === FORM_BLOCK.participants) as { element: { initial_value?: string } }
    expect(participants.element.initial_value).toBe('120')

    const res = await h.submit(view, { userId: OWNER, values: validForm({ participants: '150', states: ['WI', 'IL'] }), viewId: 'VEDIT1' })
    expect(res.text).toBe('')
    const row = await h.store.db.event.findUniqueOrThrow({ where: { id: eventId }, include: { states: true } })
    expect(row.participants).toBe(150)
    expect(row.states.map((s) => s.stateCode).sort()).toEqual(['IL', 'WI'])
    expect(row.updatedBy).toBe(`slack:${OWNER}`)
    const audit = await h.store.db.auditEntry.findMany({ where: { eventId }, orderBy: { id: 'asc' } })
    expect(audit.map((a) => a.action)).toEqual(['create', 'update'])
    expect(JSON.parse(audit[1]!.before!).participants).toBe(120)
    expect(JSON.parse(audit[1]!.after!).participants).toBe(150)
    // the same submission again (a retry) changes nothing more
    await h.submit(view, { userId: OWNER, values: validForm({ participants: '150', states: ['WI', 'IL'] }), viewId: 'VEDIT1' })
    expect(await h.store.db.auditEntry.count({ where: { eventId } })).toBe(2)
    const updated = await h.fake.waitForCall('chat.postEphemeral', (c) => String(c.args.text).startsWith(`Updated event #${eventId}`))
    expect(updated.args.user).toBe(OWNER)
  })

  it('someone else may not edit: the modal says why, and no form opens', async () => {
    const before = h.fake.callsTo('views.open').length
    await h.click({ actionId: 'grassroots_edit_event', value: String(eventId), userId: OTHER, channelId: 'C0CHAN' })
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
    const shown = await h.formView(open)
    expect(shown.callback_id).toBe('grassroots_notice_modal')
    expect(JSON.stringify(shown.blocks)).toMatch(/Only the person who recorded this event/)
    expect(h.fake.calls.some((c) => c.method.startsWith('views.') && (c.args.view as { callback_id?: string }).callback_id === 'grassroots_event_modal' && c.args.view_id === (open.result?.view as { id: string }).id)).toBe(false)
  })

  it('a forged submission by someone else for that event is refused on the form', async () => {
    const view = { type: 'modal', callback_id: 'grassroots_event_modal', private_metadata: JSON.stringify({ lang: 'en', eventId }), blocks: [] }
    const res = await h.submit(view, { userId: OTHER, values: validForm({ participants: '1' }) })
    const body = res.json() as { response_action: string; errors: Record<string, string> }
    expect(body.errors[FORM_BLOCK.titleEn]).toMatch(/Only the person who recorded/)
    expect((await h.store.db.event.findUniqueOrThrow({ where: { id: eventId } })).participants).toBe(150)
  })
})

describe('delete', () => {
  it('refuses someone else, then deletes for the recorder, with the audit entry; a second click finds nothing', async () => {
    const url1 = h.fake.responseUrl('del-other')
    await h.click({ actionId: 'grassroots_delete_event', value: String(eventId), userId: OTHER, channelId: 'C0CHAN', responseUrl: url1 })
    const refused = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'del-other'))
    expect(String(refused.body.text)).toMatch(/Only the person who recorded/)
    expect(await h.store.db.event.count({ where: { id: eventId } })).toBe(1)

    await h.click({ actionId: 'grassroots_delete_event', value: String(eventId), userId: OWNER, channelId: 'C0CHAN', responseUrl: h.fake.responseUrl('del-owner') })
    const done = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'del-owner'))
    expect(String(done.body.text)).toMatch(new RegExp(`Deleted event #${eventId}`))
    expect(await h.store.db.event.count({ where: { id: eventId } })).toBe(0)
    const audit = await h.store.db.auditEntry.findMany({ where: { eventId }, orderBy: { id: 'asc' } })
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete'])
    expect(audit[2]!.actor).toBe(`slack:${OWNER}`)

    await h.click({ actionId: 'grassroots_delete_event', value: String(eventId), userId: OWNER, channelId: 'C0CHAN', responseUrl: h.fake.responseUrl('del-again') })
    const again = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'del-again'))
    expect(String(again.body.text)).toMatch(/no longer exists/)
    expect(await h.store.db.auditEntry.count({ where: { eventId, action: 'delete' } })).toBe(1)
  })

  it('an admin may delete anyone’s event; the Delete button asks for confirmation first', async () => {
    const open = await h.openForm(OWNER, 'C0CHAN')
    await h.submit(viewOf(open), { userId: OWNER, values: validForm({ titleEn: 'Anime night in Chicago', titleJa: '', states: ['IL'], startDate: '2022-12-01' }) })
    const eph = await h.fake.waitForCall('chat.postEphemeral', (c) => String(c.args.text).includes('Anime night'))
    const button = JSON.stringify(eph.args.blocks)
    expect(button).toContain('"confirm":{"title"')
    const id = (await h.store.db.event.findFirstOrThrow({ where: { titleEn: 'Anime night in Chicago' } })).id
    await h.click({ actionId: 'grassroots_delete_event', value: String(id), userId: ADMIN, channelId: 'C0CHAN', responseUrl: h.fake.responseUrl('del-admin') })
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'del-admin'))
    expect(await h.store.db.event.count({ where: { id } })).toBe(0)
    expect((await h.store.db.auditEntry.findFirstOrThrow({ where: { eventId: id, action: 'delete' } })).actor).toBe(`slack:${ADMIN}`)
  })
})
