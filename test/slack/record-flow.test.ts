import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, todayIn } from '../../src/domain/fiscal-year.ts'
import { FORM_BLOCK } from '../../src/slack/ids.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { viewSubmission, validForm, type TypedForm } from './payloads.ts'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ env: { LOG_CHANNEL_ID: 'C0LOG' } })
  h.fake.locales.set('U0JA', 'ja-JP')
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

const viewOf = (call: RecordedCall) => call.args.view as Record<string, unknown> & { blocks: Array<Record<string, unknown>> }
type Errors = { response_action: string; errors: Record<string, string> }

async function submitErrors(values: TypedForm, userId = 'U0REC1'): Promise<Record<string, string>> {
  const open = await h.openForm(userId)
  const res = await h.submit(viewOf(open), { userId, values })
  expect(res.status).toBe(200)
  const body = res.json() as Errors
  expect(body.response_action).toBe('errors')
  return body.errors
}

describe('the whole record flow', () => {
  it('command → views.open → view_submission → a row → ephemeral confirmation and a log channel post', async () => {
    const ack = await h.command('log', { userId: 'U0REC1', channelId: 'C0CHAN' })
    expect(ack.status).toBe(200)
    const open = await h.fake.waitForCall('views.open')
    // opened with the trigger at once, then filled in
    expect(viewOf(open).callback_id).toBe('grassroots_loading_modal')
    const view = (await h.formView(open)) as ReturnType<typeof viewOf>
    expect(view.callback_id).toBe('grassroots_event_modal')
    expect(JSON.parse(String(view.private_metadata))).toEqual({ lang: 'en', channelId: 'C0CHAN' })

    const res = await h.submit(view, { userId: 'U0REC1', values: validForm() })
    expect(res.status).toBe(200)
    expect(res.text).toBe('') // an empty ack closes the modal

    const rows = await h.store.db.event.findMany({ include: { states: true, themes: true } })
    expect(rows).toHaveLength(1)
    const row = rows[0]!
    expect(row).toMatchObject({ titleEn: 'Grassroots caravan to Wisconsin', officeCode: 'chicago', participants: 120, fiscalYear: 2022, source: 'slack', createdBy: 'slack:U0REC1' })
    expect(row.states.map((s) => s.stateCode)).toEqual(['WI'])
    expect(row.themes.map((t) => t.themeCode)).toEqual(['workforce'])
    expect(JSON.parse(row.partners)).toEqual(['Wisconsin Economic Development Corporation', 'Milwaukee Chamber of Commerce'])
    const audit = await h.store.db.auditEntry.findMany({ where: { eventId: row.id } })
    expect(audit.map((a) => a.action)).toEqual(['create'])

    const eph = await h.fake.waitForCall('chat.postEphemeral')
    expect(eph.args).toMatchObject({ channel: 'C0CHAN', user: 'U0REC1' })
    expect(String(eph.args.text)).toContain(`#${row.id}`)
    const blocks = JSON.stringify(eph.args.blocks)
    expect(blocks).toContain('grassroots_edit_event')
    expect(blocks).toContain('grassroots_delete_event')
    const log = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'C0LOG')
    expect(String(log.args.text)).toContain('<@U0REC1>')
  })

  it('the next form starts from the office this user last recorded for', async () => {
    const open = await h.openForm('U0REC1')
    const office = viewOf(open).blocks.find((b) => b.block_id === FORM_BLOCK.office) as { element: { initial_option?: { value: string } } }
    expect(office.element.initial_option?.value).toBe('chicago')
    const other = await h.openForm('U0NEWBIE')
    const none = viewOf(other).blocks.find((b) => b.block_id === FORM_BLOCK.office) as { element: { initial_option?: unknown } }
    expect(none.element.initial_option).toBeUndefined()
  })

  // Bug: the form was opened after the user's language, permissions and last office were looked up; while a
  // chart was drawn that took past the trigger_id's 3 s, and Slack answers expired_trigger_id.
  it('opens the modal with the trigger before anything slow (here a users.info lookup taking 1.5 s)', async () => {
    h.fake.inject('users.info', { delayMs: 1500 })
    const before = h.fake.callsTo('views.open').length
    const started = Date.now()
    await h.command('log', { userId: 'U0SLOWLOOKUP', channelId: 'C0CHAN' })
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
    expect(Date.now() - started).toBeLessThan(1000)
    expect((await h.formView(open)).callback_id).toBe('grassroots_event_modal')
  })

  it('a global shortcut opens the form and the confirmation comes as a DM', async () => {
    const before = h.fake.callsTo('views.open').length
    const res = await h.interact({
      type: 'shortcut',
      token: 't',
      action_ts: '1',
      team: { id: 'T0FAKE', domain: 'fake' },
      user: { id: 'U0SHORT', username: 'u', team_id: 'T0FAKE' },
      callback_id: 'grassroots_log_event',
      trigger_id: 'trigger-shortcut',
    })
    expect(res.status).toBe(200)
    const open = await h.fake.waitFor(() => h.fake.callsTo('views.open')[before])
    expect(open.args.trigger_id).toBe('trigger-shortcut')
    const form = await h.formView(open)
    expect(JSON.parse(String(form.private_metadata)).channelId).toBeUndefined()
    await h.submit(form, { userId: 'U0SHORT', values: validForm({ titleEn: 'Sushi night in Des Moines', titleJa: '', states: ['IA'], startDate: '2022-07-01' }) })
    const dm = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'U0SHORT')
    expect(String(dm.args.text)).toContain('Sushi night')
  })

  it('falls back to a DM when the bot cannot post an ephemeral in the channel', async () => {
    h.fake.notInChannel.add('C0PRIVATE')
    const open = await h.openForm('U0REC2', 'C0PRIVATE')
    await h.submit(viewOf(open), { userId: 'U0REC2', values: validForm({ titleEn: 'Japan Day in Omaha', titleJa: '', states: ['NE'], startDate: '2022-08-01' }) })
    const dm = await h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === 'U0REC2')
    expect(String(dm.args.text)).toContain('Japan Day in Omaha')
  })
})

describe('validation: errors on the exact field, in the user language, nothing lost', () => {
  it('end date before the start date', async () => {
    const errors = await submitErrors(validForm({ startDate: '2022-05-10', endDate: '2022-05-09' }))
    expect(Object.keys(errors)).toEqual([FORM_BLOCK.endDate])
    expect(errors[FORM_BLOCK.endDate]).toContain('2022-05-10')
  })

  it('a date more than a year ahead', async () => {
    const far = addDays(todayIn('Asia/Tokyo'), 400)
    const errors = await submitErrors(validForm({ startDate: far }))
    expect(Object.keys(errors)).toEqual([FORM_BLOCK.startDate])
    expect(errors[FORM_BLOCK.startDate]).toMatch(/more than a year ahead/)
  })

  it('participants negative, fractional or absurd', async () => {
    expect((await submitErrors(validForm({ participants: '-3' })))[FORM_BLOCK.participants]).toMatch(/negative/)
    expect((await submitErrors(validForm({ participants: '12.5' })))[FORM_BLOCK.participants]).toMatch(/whole number/)
    expect((await submitErrors(validForm({ participants: '10000001' })))[FORM_BLOCK.participants]).toMatch(/10,000,000/)
    expect((await submitErrors(validForm({ participants: '' })))[FORM_BLOCK.participants]).toBeDefined()
  })

  it('no state, no title, several problems at once', async () => {
    const errors = await submitErrors(validForm({ states: [], titleEn: '', titleJa: '' }))
    expect(Object.keys(errors).sort()).toEqual([FORM_BLOCK.states, FORM_BLOCK.titleEn].sort())
  })

  it('answers a Japanese-locale user in Japanese', async () => {
    const errors = await submitErrors(validForm({ states: [], participants: '-1' }), 'U0JA')
    expect(errors[FORM_BLOCK.states]).toBe('実施州を1つ以上選択してください。')
    expect(errors[FORM_BLOCK.participants]).toBe('参加者数に負の数は入力できません。')
  })

  it('nothing invalid is stored', async () => {
    const count = await h.store.db.event.count()
    await submitErrors(validForm({ participants: '-1' }))
    expect(await h.store.db.event.count()).toBe(count)
  })
})

describe('warnings the user confirms', () => {
  it('a state outside the office area: the form comes back with a checkbox; unticked → error; ticked → saved', async () => {
    const open = await h.openForm('U0REC3')
    const values = validForm({ titleEn: 'Caravan to Texas', titleJa: '', states: ['TX'], startDate: '2022-09-01' })
    const first = await h.submit(viewOf(open), { userId: 'U0REC3', values, viewId: 'VOUT1' })
    const update = first.json() as { response_action: string; view: Record<string, unknown> & { blocks: Array<Record<string, unknown>> } }
    expect(update.response_action).toBe('update')
    const ids = update.view.blocks.map((b) => b.block_id)
    expect(ids.slice(0, 2)).toEqual([FORM_BLOCK.warning, FORM_BLOCK.confirm])
    expect(JSON.stringify(update.view.blocks[0])).toContain('Texas')
    // everything typed comes back as initial values
    const title = update.view.blocks.find((b) => b.block_id === FORM_BLOCK.titleEn) as { element: { initial_value?: string } }
    expect(title.element.initial_value).toBe('Caravan to Texas')

    const unticked = await h.submit(update.view, { userId: 'U0REC3', values: { ...values, confirm: [] }, viewId: 'VOUT1' })
    expect((unticked.json() as Errors).errors).toEqual({ [FORM_BLOCK.confirm]: expect.stringMatching(/Tick the box/) })
    expect(await h.store.db.event.count({ where: { titleEn: 'Caravan to Texas' } })).toBe(0)

    const ticked = await h.submit(update.view, { userId: 'U0REC3', values: { ...values, confirm: ['out_of_area'] }, viewId: 'VOUT1' })
    expect(ticked.text).toBe('')
    expect(await h.store.db.event.count({ where: { titleEn: 'Caravan to Texas' } })).toBe(1)
  })

  it('an online event may cover states outside the area without a warning', async () => {
    const open = await h.openForm('U0REC3')
    const res = await h.submit(viewOf(open), { userId: 'U0REC3', values: validForm({ titleEn: 'Webinar for Texas and Ohio', titleJa: '', states: ['TX', 'OH', 'WI'], format: 'online', startDate: '2022-10-01' }) })
    expect(res.text).toBe('')
    expect(await h.store.db.event.count({ where: { titleEn: 'Webinar for Texas and Ohio' } })).toBe(1)
  })

  it('a likely duplicate (same office, same date, similar title) asks before saving', async () => {
    const open = await h.openForm('U0REC4')
    const values = validForm({ titleEn: 'Grassroots Caravan to Wisconsin!', titleJa: '', startDate: '2022-05-10' })
    const res = await h.submit(viewOf(open), { userId: 'U0REC4', values, viewId: 'VDUP1' })
    const body = res.json() as { response_action: string; view: Record<string, unknown> & { blocks: Array<Record<string, unknown>> } }
    expect(body.response_action).toBe('update')
    const warning = JSON.stringify(body.view.blocks[0])
    expect(warning).toContain('Grassroots caravan to Wisconsin')
    expect(JSON.stringify(body.view.blocks[1])).toContain('"duplicate"')
    expect(await h.store.db.event.count({ where: { startDate: '2022-05-10' } })).toBe(1)
    const confirmed = await h.submit(body.view, { userId: 'U0REC4', values: { ...values, confirm: ['duplicate'] }, viewId: 'VDUP1' })
    expect(confirmed.text).toBe('')
    expect(await h.store.db.event.count({ where: { startDate: '2022-05-10' } })).toBe(2)
  })

  it('a different title on the same day is no duplicate', async () => {
    const open = await h.openForm('U0REC4')
    const res = await h.submit(viewOf(open), { userId: 'U0REC4', values: validForm({ titleEn: 'Sake tasting for Minnesota buyers', titleJa: '', states: ['MN'], startDate: '2022-05-10' }) })
    expect(res.text).toBe('')
  })
})

describe('idempotency', () => {
  it('a save that outran the deadline is confirmed when the user presses Save again (not silently)', async () => {
    const open = await h.openForm('U0SLOW', 'C0SLOW')
    const values = validForm({ titleEn: 'Slow disk seminar', titleJa: '', startDate: '2022-12-12' })
    // the first press saved in the background after the app had already asked the user to press Save
    // again, so nobody confirmed it: the same submission, saved through the same service, unconfirmed
    const { createRecordingService } = await import('../../src/services/recording.ts')
    const { createPermissions } = await import('../../src/services/permissions.ts')
    const { formFromViewState } = await import('../../src/slack/view-state.ts')
    const payload = viewSubmission({ view: viewOf(open), viewId: 'VSLOW', userId: 'U0SLOW', values })
    const recording = createRecordingService({
      db: h.store.db,
      permissions: createPermissions({ config: h.config.permissions, channelMembers: async () => [] }),
      today: () => '2023-08-15',
    })
    const background = await recording.submit({ form: formFromViewState(payload.view.state.values), userId: 'U0SLOW', submissionId: 'VSLOW' })
    expect(background.kind === 'saved' && background.changed).toBe(true)

    const again = await h.submit(viewOf(open), { userId: 'U0SLOW', values, viewId: 'VSLOW' })
    expect(again.text).toBe('')
    const confirmation = await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0SLOW')
    expect(JSON.stringify(confirmation.args)).toContain('Slow disk seminar')
    const third = await h.submit(viewOf(open), { userId: 'U0SLOW', values, viewId: 'VSLOW' })
    expect(third.text).toBe('')
    await new Promise((r) => setTimeout(r, 200))
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0SLOW')).toHaveLength(1)
    expect(await h.store.db.event.count({ where: { titleEn: 'Slow disk seminar' } })).toBe(1)
  })

  it('a double-clicked submit records one event and confirms once', async () => {
    const open = await h.openForm('U0DOUBLE', 'C0DOUBLE')
    const values = validForm({ titleEn: 'Double click seminar', titleJa: '', startDate: '2022-11-11' })
    const [a, b] = await Promise.all([
      h.submit(viewOf(open), { userId: 'U0DOUBLE', values, viewId: 'VDOUBLE' }),
      h.submit(viewOf(open), { userId: 'U0DOUBLE', values, viewId: 'VDOUBLE' }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    const retry = await h.submit(viewOf(open), { userId: 'U0DOUBLE', values, viewId: 'VDOUBLE' })
    expect(retry.status).toBe(200)
    expect(retry.text).toBe('') // closes the modal: not mistaken for a duplicate of itself
    expect(await h.store.db.event.count({ where: { titleEn: 'Double click seminar' } })).toBe(1)
    await h.fake.waitForCall('chat.postEphemeral', (c) => c.args.channel === 'C0DOUBLE')
    await new Promise((r) => setTimeout(r, 200))
    expect(h.fake.callsTo('chat.postEphemeral').filter((c) => c.args.channel === 'C0DOUBLE')).toHaveLength(1)
  })
})
