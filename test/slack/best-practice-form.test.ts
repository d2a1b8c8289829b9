// The recording form's best-practice category, ongoing programme and cost, through the real app over HTTP
// (signed requests, the fake Slack Web API) on a real SQLite file: the fields as shown, their errors in the
// user's language, a save and an edit that keeps them, a form rebuilt with what was typed, and an edit by
// someone who is not shown the category (it is kept).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORM_BLOCK, NO_CATEGORY } from '../../src/slack/ids.ts'
import { setCategory } from '../../src/store/best-practice-categories.ts'
import type { RecordedCall } from './fake-slack.ts'
import { startHarness, type Harness } from './harness.ts'
import { validForm, type TypedForm } from './payloads.ts'

type Block = Record<string, unknown> & { block_id?: string; element?: Record<string, unknown> }
type View = Record<string, unknown> & { blocks: Block[]; private_metadata: string }
type Errors = { response_action: string; errors: Record<string, string> }

let h: Harness
const ADMIN = 'U0BPADMIN'
const ADMIN_JA = 'U0BPADMJA'
const OWNER = 'U0BPOWNER'

const viewOf = (call: RecordedCall) => call.args.view as View
const block = (view: View, id: string) => view.blocks.find((b) => b.block_id === id)
const element = <T = Record<string, unknown>>(view: View, id: string) => block(view, id)?.element as T

beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_USER_IDS: `${ADMIN},${ADMIN_JA}` } })
  h.fake.locales.set(ADMIN_JA, 'ja-JP')
  // out of alphabetical order: the form lists them by their display order
  await setCategory(h.store.db, { code: 'no-consulate', nameJa: '総領事館が所在しない地域での事業', nameEn: 'Regions without a consulate', sortOrder: 10, actor: 'test' })
  await setCategory(h.store.db, { code: 'action-plan-2', nameJa: '行動計画2.0を踏まえた事業', nameEn: 'Under Action Plan 2.0', sortOrder: 20, actor: 'test' })
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

async function submitErrors(userId: string, values: TypedForm): Promise<Record<string, string>> {
  const open = await h.openForm(userId, 'C0CHAN')
  const res = await h.submit(viewOf(open), { userId, values })
  const body = res.json() as Errors
  expect(body.response_action).toBe('errors')
  return body.errors
}

describe('the form as shown', () => {
  it('an admin sees the category select right after the best-practice box (options in display order, and "no category"), the ongoing box and the cost', async () => {
    const view = viewOf(await h.openForm(ADMIN, 'C0CHAN'))
    const ids = view.blocks.map((b) => b.block_id)
    expect(ids.indexOf(FORM_BLOCK.bestPracticeCategory)).toBe(ids.indexOf(FORM_BLOCK.bestPractice) + 1)
    const select = element<{ type: string; options: Array<{ value: string; text: { text: string } }>; initial_option?: unknown }>(view, FORM_BLOCK.bestPracticeCategory)
    expect(select.type).toBe('static_select')
    expect(select.options.map((o) => [o.value, o.text.text])).toEqual([
      ['no-consulate', 'Regions without a consulate'],
      ['action-plan-2', 'Under Action Plan 2.0'],
      [NO_CATEGORY, 'No category'],
    ])
    expect(select.initial_option).toBeUndefined()
    expect(block(view, FORM_BLOCK.bestPracticeCategory)?.optional).toBe(true)
    expect(element(view, FORM_BLOCK.ongoing)?.type).toBe('checkboxes')
    expect(element(view, FORM_BLOCK.costYen)).toMatchObject({ type: 'plain_text_input' })
    expect(block(view, FORM_BLOCK.costYen)?.optional).toBe(true)
  })

  it('someone who is not an admin sees neither the best-practice box nor the category, but the ongoing box and the cost', async () => {
    const view = viewOf(await h.openForm(OWNER, 'C0CHAN'))
    expect(block(view, FORM_BLOCK.bestPractice)).toBeUndefined()
    expect(block(view, FORM_BLOCK.bestPracticeCategory)).toBeUndefined()
    expect(block(view, FORM_BLOCK.ongoing)).toBeDefined()
    expect(block(view, FORM_BLOCK.costYen)).toBeDefined()
  })
})

describe('errors, in the user language, and nothing saved', () => {
  it('a category without the best-practice box ticked', async () => {
    const count = await h.store.db.event.count()
    const en = await submitErrors(ADMIN, validForm({ bestPractice: false, bestPracticeCategory: 'action-plan-2' }))
    expect(en).toEqual({ [FORM_BLOCK.bestPracticeCategory]: 'A category is only for a best practice: tick "Mark as a best practice", or clear the category.' })
    const ja = await submitErrors(ADMIN_JA, validForm({ bestPractice: false, bestPracticeCategory: 'action-plan-2' }))
    expect(ja[FORM_BLOCK.bestPracticeCategory]).toBe('カテゴリはベストプラクティスの事業にのみ指定できます。「ベストプラクティスとして登録する」を選択するか、カテゴリを外してください。')
    // a code that is not a recorded category (a forged or stale option)
    const stale = await submitErrors(ADMIN, validForm({ bestPractice: true, bestPracticeCategory: 'removed-one' }))
    expect(stale[FORM_BLOCK.bestPracticeCategory]).toMatch(/no longer exists/)
    expect(await h.store.db.event.count()).toBe(count)
  })

  it('a cost that is not whole yen, badly grouped, negative or too large', async () => {
    const count = await h.store.db.event.count()
    for (const cost of ['1.5', '12,00', '-100', '1万', 'abc']) {
      const errors = await submitErrors(OWNER, validForm({ costYen: cost }))
      expect(errors, cost).toEqual({ [FORM_BLOCK.costYen]: 'Enter the cost as a whole number of yen, e.g. 1250000 or 1,250,000 (or leave it empty).' })
    }
    expect((await submitErrors(OWNER, validForm({ costYen: '1,000,000,000,000' })))[FORM_BLOCK.costYen]).toBe('The cost can be at most ¥2,147,483,647: check the figure.')
    const ja = await submitErrors(ADMIN_JA, validForm({ costYen: '１２，００' }))
    expect(ja[FORM_BLOCK.costYen]).toBe('費用は円単位の整数で入力してください（例：1250000、1,250,000）。不明な場合は空欄にしてください。')
    expect((await submitErrors(ADMIN_JA, validForm({ costYen: '３０００００００００' })))[FORM_BLOCK.costYen]).toBe('費用は2,147,483,647円以下で入力してください。数値をご確認ください。')
    expect(await h.store.db.event.count()).toBe(count)
  })
})

describe('save and edit', () => {
  let id: number

  it('saves the category, the ongoing flag and the cost (full-width digits and commas accepted), and confirms with the category', async () => {
    const open = await h.openForm(ADMIN, 'C0CHAN')
    const values = validForm({ titleEn: 'CIC programme', titleJa: '', office: 'boston', states: ['MA'], city: 'Cambridge', startDate: '2018-06-01', bestPractice: true, bestPracticeCategory: 'action-plan-2', ongoing: true, costYen: '１，２５０，０００' })
    const res = await h.submit(viewOf(open), { userId: ADMIN, values })
    expect(res.text).toBe('')
    const row = await h.store.db.event.findFirstOrThrow({ where: { titleEn: 'CIC programme' } })
    id = row.id
    expect(row).toMatchObject({ bestPractice: true, bestPracticeCategory: 'action-plan-2', ongoing: true, costYen: 1_250_000, fiscalYear: 2018 })
    const confirmation = await h.fake.waitForCall('chat.postEphemeral', (c) => String(c.args.text).startsWith(`Saved as event #${id}`))
    const shown = JSON.stringify(confirmation.args.blocks)
    expect(shown).toContain('Category: Under Action Plan 2.0')
    expect(shown).toContain('Ongoing (since 2018)')
  })

  it('/grassroots list names the category of a best practice and says the programme is ongoing, in the user language', async () => {
    for (const [userId, category, ongoing] of [[ADMIN, 'Category: Under Action Plan 2.0', 'Ongoing (since 2018)'], [ADMIN_JA, 'カテゴリ：行動計画2.0を踏まえた事業', '継続中（2018年～）']] as const) {
      const res = await h.command('list fy 2018', { userId })
      const reply = (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === res.responseUrlId))).body as unknown as { blocks: unknown[] }
      const text = JSON.stringify(reply.blocks)
      expect(text).toContain(category)
      expect(text).toContain(ongoing)
    }
  })

  it('an edit shows them as recorded, and saving it unchanged keeps them', async () => {
    const before = h.fake.callsTo('views.open').length
    await h.click({ actionId: 'grassroots_edit_event', value: String(id), userId: ADMIN, channelId: 'C0CHAN', responseUrl: h.fake.responseUrl() })
    const view = (await h.formView(await h.fake.waitFor(() => h.fake.callsTo('views.open')[before]))) as View
    expect(element<{ initial_option?: { value: string } }>(view, FORM_BLOCK.bestPracticeCategory).initial_option?.value).toBe('action-plan-2')
    expect(element<{ initial_options?: Array<{ value: string }> }>(view, FORM_BLOCK.ongoing).initial_options?.map((o) => o.value)).toEqual(['yes'])
    expect(element<{ initial_value?: string }>(view, FORM_BLOCK.costYen).initial_value).toBe('1,250,000')
    const res = await h.submit(view, { userId: ADMIN, viewId: 'VBPEDIT1', values: validForm({ titleEn: 'CIC programme', titleJa: '', office: 'boston', states: ['MA'], city: 'Cambridge', startDate: '2018-06-01', participants: '130', bestPractice: true, bestPracticeCategory: 'action-plan-2', ongoing: true, costYen: '1,250,000' }) })
    expect(res.text).toBe('')
    expect(await h.store.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ participants: 130, bestPracticeCategory: 'action-plan-2', ongoing: true, costYen: 1_250_000 })
  })

  it('an edit from a form without those fields (opened before they existed) keeps the category, the flag and the cost', async () => {
    const view = { type: 'modal', callback_id: 'grassroots_event_modal', private_metadata: JSON.stringify({ lang: 'en', eventId: id }), blocks: [] }
    const res = await h.submit(view, { userId: ADMIN, viewId: 'VBPEDIT2', values: validForm({ titleEn: 'CIC programme', titleJa: '', office: 'boston', states: ['MA'], city: 'Cambridge', startDate: '2018-06-01', participants: '140', bestPractice: true }) })
    expect(res.text).toBe('')
    expect(await h.store.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ participants: 140, bestPracticeCategory: 'action-plan-2', ongoing: true, costYen: 1_250_000 })
  })

  it('clearing: "no category" and an empty cost clear them; an unticked box ends the programme', async () => {
    const view = { type: 'modal', callback_id: 'grassroots_event_modal', private_metadata: JSON.stringify({ lang: 'en', eventId: id }), blocks: [] }
    const res = await h.submit(view, { userId: ADMIN, viewId: 'VBPEDIT3', values: validForm({ titleEn: 'CIC programme', titleJa: '', office: 'boston', states: ['MA'], city: 'Cambridge', startDate: '2018-06-01', participants: '140', bestPractice: true, bestPracticeCategory: NO_CATEGORY, ongoing: false, costYen: '' }) })
    expect(res.text).toBe('')
    expect(await h.store.db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ bestPractice: true, bestPracticeCategory: null, ongoing: false, costYen: null })
  })

  it('the owner, who is not shown the category, edits the event: its category (set by an admin) is kept', async () => {
    const open = await h.openForm(OWNER, 'C0CHAN')
    const values = validForm({ titleEn: 'Caravan owned', titleJa: '', startDate: '2022-05-20', costYen: '300000' })
    expect((await h.submit(viewOf(open), { userId: OWNER, values })).text).toBe('')
    const own = await h.store.db.event.findFirstOrThrow({ where: { titleEn: 'Caravan owned' } })
    // an admin marks it as a best practice in the first category
    const adminView = { type: 'modal', callback_id: 'grassroots_event_modal', private_metadata: JSON.stringify({ lang: 'en', eventId: own.id }), blocks: [] }
    expect((await h.submit(adminView, { userId: ADMIN, viewId: 'VBPOWN1', values: { ...values, bestPractice: true, bestPracticeCategory: 'no-consulate' } })).text).toBe('')
    // the owner's edit form: no best-practice box, no category; a forged category is ignored
    const before = h.fake.callsTo('views.open').length
    await h.click({ actionId: 'grassroots_edit_event', value: String(own.id), userId: OWNER, channelId: 'C0CHAN', responseUrl: h.fake.responseUrl() })
    const view = (await h.formView(await h.fake.waitFor(() => h.fake.callsTo('views.open')[before]))) as View
    expect(block(view, FORM_BLOCK.bestPracticeCategory)).toBeUndefined()
    const res = await h.submit(view, { userId: OWNER, viewId: 'VBPOWN2', values: { ...values, participants: '99', bestPracticeCategory: 'action-plan-2' } })
    expect(res.text).toBe('')
    expect(await h.store.db.event.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ participants: 99, bestPractice: true, bestPracticeCategory: 'no-consulate', costYen: 300_000 })
  })
})

describe('a form rebuilt with a warning to confirm', () => {
  it('keeps the category, the ongoing box and the cost as typed', async () => {
    const open = await h.openForm(ADMIN, 'C0CHAN')
    const values = validForm({ titleEn: 'Caravan to Texas with a category', titleJa: '', states: ['TX'], startDate: '2022-09-02', bestPractice: true, bestPracticeCategory: 'no-consulate', ongoing: true, costYen: '1,000' })
    const first = await h.submit(viewOf(open), { userId: ADMIN, values, viewId: 'VBPWARN' })
    const update = first.json() as { response_action: string; view: View }
    expect(update.response_action).toBe('update')
    expect(update.view.blocks[0]?.block_id).toBe(FORM_BLOCK.warning)
    expect(element<{ initial_option?: { value: string } }>(update.view, FORM_BLOCK.bestPracticeCategory).initial_option?.value).toBe('no-consulate')
    expect(element<{ initial_options?: unknown[] }>(update.view, FORM_BLOCK.ongoing).initial_options).toHaveLength(1)
    expect(element<{ initial_value?: string }>(update.view, FORM_BLOCK.costYen).initial_value).toBe('1,000')
    const ticked = await h.submit(update.view, { userId: ADMIN, values: { ...values, confirm: ['out_of_area'] }, viewId: 'VBPWARN' })
    expect(ticked.text).toBe('')
    expect(await h.store.db.event.findFirstOrThrow({ where: { titleEn: 'Caravan to Texas with a category' } })).toMatchObject({ bestPracticeCategory: 'no-consulate', ongoing: true, costYen: 1000 })
  })
})
