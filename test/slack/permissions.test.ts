import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORM_BLOCK } from '../../src/slack/ids.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { validForm } from './payloads.ts'

let h: Harness
const viewOf = (call: RecordedCall) => call.args.view as Record<string, unknown> & { blocks: Array<Record<string, unknown>> }

beforeAll(async () => {
  h = await startHarness({ env: { RECORDER_CHANNEL_IDS: 'C0RECORD', RECORDER_USER_IDS: 'U0LISTED', ADMIN_USER_IDS: 'U0ADMIN' } })
  h.fake.channelMembers.set('C0RECORD', ['U0MEMBER', 'U0MEMBER2'])
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

describe('who may record', () => {
  it('a member of RECORDER_CHANNEL_IDS may (conversations.members, cached)', async () => {
    const open = await h.openForm('U0MEMBER')
    expect(viewOf(open).callback_id).toBe('grassroots_event_modal')
    await h.openForm('U0MEMBER2')
    expect(h.fake.callsTo('conversations.members')).toHaveLength(1)
    expect(h.fake.callsTo('conversations.members')[0]?.args.channel).toBe('C0RECORD')
  })

  it('a user in RECORDER_USER_IDS may', async () => {
    const open = await h.openForm('U0LISTED')
    expect(viewOf(open).callback_id).toBe('grassroots_event_modal')
  })

  it('anyone else is told why in the modal, and gets no form', async () => {
    const before = h.fake.callsTo('views.open').length
    await h.command('log', { userId: 'U0STRANGER', channelId: 'C0CHAN' })
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
    const shown = (await h.formView(open)) as ReturnType<typeof viewOf>
    expect(shown.callback_id).toBe('grassroots_notice_modal')
    expect(JSON.stringify(shown.blocks)).toMatch(/Only members of the recording channel/)
  })

  it('a forged submission from someone who may not record is refused on the form, nothing stored', async () => {
    const view = { type: 'modal', callback_id: 'grassroots_event_modal', private_metadata: JSON.stringify({ lang: 'en' }), blocks: [] }
    const res = await h.submit(view, { userId: 'U0STRANGER', values: validForm() })
    expect((res.json() as { errors: Record<string, string> }).errors[FORM_BLOCK.titleEn]).toMatch(/Only members/)
    expect(await h.store.db.event.count()).toBe(0)
  })

  it('anyone may read: list works for a non-recorder', async () => {
    const res = await h.command('list', { userId: 'U0STRANGER' })
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === res.responseUrlId))
    expect(String(reply.body.text)).toMatch(/No events match/)
  })
})

describe('best practice', () => {
  it('only admins see the checkbox', async () => {
    const admin = await h.openForm('U0ADMIN')
    expect(viewOf(admin).blocks.some((b) => b.block_id === FORM_BLOCK.bestPractice)).toBe(true)
    const member = await h.openForm('U0MEMBER')
    expect(viewOf(member).blocks.some((b) => b.block_id === FORM_BLOCK.bestPractice)).toBe(false)
  })

  it('an admin sets it; a non-admin who forges it does not', async () => {
    const admin = await h.openForm('U0ADMIN')
    await h.submit(viewOf(admin), { userId: 'U0ADMIN', values: validForm({ titleEn: 'Admin pick', titleJa: '', bestPractice: true, startDate: '2022-06-01' }) })
    expect((await h.store.db.event.findFirstOrThrow({ where: { titleEn: 'Admin pick' } })).bestPractice).toBe(true)
    const member = await h.openForm('U0MEMBER')
    await h.submit(viewOf(member), { userId: 'U0MEMBER', values: validForm({ titleEn: 'Self promotion', titleJa: '', bestPractice: true, startDate: '2022-06-02' }) })
    expect((await h.store.db.event.findFirstOrThrow({ where: { titleEn: 'Self promotion' } })).bestPractice).toBe(false)
  })
})
