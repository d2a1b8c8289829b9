import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { eventInputSchema } from '../../src/domain/event.ts'
import { LIST_PAGE_SIZE } from '../../src/services/recording.ts'
import { createEvents } from '../../src/store/events.ts'
import { startHarness, type Harness } from './harness.ts'

let h: Harness
// the clock of the app: 2022-06-01 in Tokyo, so "this fiscal year" is FY2022
const NOW = new Date('2022-06-01T03:00:00Z')

function event(i: number, overrides: Partial<Record<string, unknown>> = {}): EventData {
  return eventInputSchema.parse({
    startDate: `2022-04-${String(1 + (i % 28)).padStart(2, '0')}`,
    officeCode: 'chicago',
    stateCodes: ['IL'],
    titleEn: `Event ${i}`,
    activityType: 'info',
    format: 'in_person',
    participants: 10,
    ...overrides,
  })
}

beforeAll(async () => {
  h = await startHarness({ clock: () => NOW, env: { ADMIN_USER_IDS: 'U0ADMIN' } })
  h.fake.locales.set('U0JA', 'ja-JP')
  const mine = Array.from({ length: 8 }, (_, i) => ({ data: event(i), sourceKey: `mine-${i}` }))
  await createEvents(h.store.db, { events: mine, actor: 'slack:U0ME', source: 'slack' })
  const others = [
    { data: event(20, { officeCode: 'houston', stateCodes: ['TX', 'OK'], participants: 500 }), sourceKey: 'o-1' },
    { data: event(21, { officeCode: 'new-york', stateCodes: ['NY', 'DC'], participants: 1000, titleEn: null, titleJa: '日米交流セミナー' }), sourceKey: 'o-2' },
    { data: event(22, { startDate: '2021-05-01', stateCodes: ['WI'], participants: 7 }), sourceKey: 'o-3' },
  ]
  await createEvents(h.store.db, { events: others, actor: 'slack:U0YOU', source: 'slack' })
})
afterAll(async () => {
  expect(h.fake.rejections).toEqual([])
  await h.close()
})

type Msg = { text: string; blocks: Array<{ block_id?: string; type: string; elements?: Array<{ action_id: string; value: string }> }> }
const reply = async (id: string) => (await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id))).body as unknown as Msg

describe('/grassroots list', () => {
  it('pages newest first with Next / Previous, and Edit / Delete only on the user’s own events', async () => {
    const res = await h.command('list', { userId: 'U0ME' })
    const first = await reply(res.responseUrlId)
    expect(first.text).toMatch(/^11 event\(s\): page 1 of 2, newest first/)
    const ids = first.blocks.filter((b) => b.block_id?.startsWith('event:')).map((b) => Number(b.block_id!.slice(6)))
    expect(ids).toHaveLength(LIST_PAGE_SIZE)
    const rows = await h.store.db.event.findMany({ where: { id: { in: ids } } })
    const dates = ids.map((id) => rows.find((r) => r.id === id)!.startDate)
    expect([...dates].sort().reverse()).toEqual(dates)
    const editable = first.blocks.filter((b) => b.block_id?.startsWith('event_actions:')).map((b) => Number(b.block_id!.slice(14)))
    for (const id of editable) expect(rows.find((r) => r.id === id)?.createdBy).toBe('slack:U0ME')
    expect(editable.length).toBeLessThan(ids.length) // the Houston and New York events are not this user's

    const nav = first.blocks.find((b) => b.block_id === 'list_nav')!
    expect(nav.elements!.map((e) => e.action_id)).toEqual(['grassroots_list_page:next'])
    await h.click({ actionId: 'grassroots_list_page:next', value: nav.elements![0]!.value, userId: 'U0ME', responseUrl: h.fake.responseUrl('page2') })
    const second = await reply('page2')
    expect((second as unknown as { replace_original: boolean }).replace_original).toBe(true)
    expect(second.text).toMatch(/page 2 of 2/)
    expect(second.blocks.filter((b) => b.block_id?.startsWith('event:'))).toHaveLength(11 - LIST_PAGE_SIZE)
    expect(second.blocks.find((b) => b.block_id === 'list_nav')!.elements!.map((e) => e.action_id)).toEqual(['grassroots_list_page:prev'])
  })

  it('filters by fiscal year, office, state and mine', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['list fy 2021', 'U0ME', /^1 event\(s\) \(FY2021\)/],
      ['list office houston', 'U0ME', /^1 event\(s\) \(Houston\)/],
      ['list state wisconsin', 'U0ME', /^1 event\(s\) \(Wisconsin\)/],
      ['list mine fy 2022', 'U0ME', /^8 event\(s\) \(FY2022, recorded by you\)/],
      ['list office new york state DC', 'U0ME', /^1 event\(s\) \(New York, District of Columbia\)/],
    ]
    for (const [text, user, expected] of cases) {
      const res = await h.command(text, { userId: user })
      expect((await reply(res.responseUrlId)).text).toMatch(expected)
    }
  })

  it('says which words it did not understand', async () => {
    const res = await h.command('list office atlantis <!channel>', { userId: 'U0ME' })
    const msg = await reply(res.responseUrlId)
    expect(msg.text).toMatch(/Not understood: "office atlantis &lt;!channel&gt;"/)
  })

  it('an admin gets Edit / Delete on every event', async () => {
    const res = await h.command('list fy 2022', { userId: 'U0ADMIN' })
    const msg = await reply(res.responseUrlId)
    expect(msg.blocks.filter((b) => b.block_id?.startsWith('event_actions:'))).toHaveLength(LIST_PAGE_SIZE)
  })

  it('in Japanese for a Japanese-locale user', async () => {
    const res = await h.command('一覧 2022年度', { userId: 'U0JA' })
    expect((await reply(res.responseUrlId)).text).toBe('2022年度（令和4年度）：10件（新しい順、1/2ページ）')
  })
})

describe('App Home', () => {
  type HomeBlock = { block_id?: string; text?: { text: string }; fields?: Array<{ text: string }> }
  async function openHome(user: string): Promise<HomeBlock[]> {
    const before = h.fake.callsTo('views.publish').length
    const res = await h.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1.0' })
    expect(res.status).toBe(200)
    const call = await h.fake.waitFor(() => h.fake.callsTo('views.publish')[before])
    expect(call.args.user_id).toBe(user)
    return (call.args.view as { blocks: HomeBlock[] }).blocks
  }

  it('shows this FY’s figures in English: events, participants, states covered (DC apart), the Log button', async () => {
    const blocks = await openHome('U0ME')
    expect(blocks[0]?.text?.text).toBe('Outreach in FY2022')
    const fields = blocks.find((b) => b.block_id === 'home_totals')!.fields!.map((f) => f.text)
    // FY2022: 8 × 10 + 500 + 1000 participants; states IL, TX, OK, NY (+ DC, not a state)
    expect(fields).toEqual(['*Events*\n10', '*Participants (total)*\n1,580', '*States covered*\n4 of 50 (and DC)'])
    expect(JSON.stringify(blocks)).toContain('grassroots_open_log_modal')
    expect(blocks.filter((b) => b.block_id?.startsWith('home_event:'))).toHaveLength(5)
    expect(blocks.find((b) => b.block_id === 'home_office')!.text!.text).toMatch(/Log an event/)
  })

  it('in Japanese, with the user’s office once they have recorded for one', async () => {
    await h.store.db.userPreference.upsert({ where: { userId: 'U0JA' }, create: { userId: 'U0JA', lastOfficeCode: 'houston' }, update: { lastOfficeCode: 'houston' } })
    const blocks = await openHome('U0JA')
    expect(blocks[0]?.text?.text).toBe('2022年度（令和4年度）の事業実績')
    const fields = blocks.find((b) => b.block_id === 'home_totals')!.fields!.map((f) => f.text)
    expect(fields).toEqual(['*実施件数*\n10', '*延べ参加者数*\n1,580', '*実施州数*\n4州（全50州中）、このほかワシントンDC（コロンビア特別区）'])
    expect(blocks.find((b) => b.block_id === 'home_office')!.text!.text).toBe('*所属公館（在ヒューストン総領事館）*\n1件・延べ500名・2州')
  })

  it('ignores the Messages tab', async () => {
    const before = h.fake.callsTo('views.publish').length
    await h.event({ type: 'app_home_opened', user: 'U0ME', channel: 'D0HOME', tab: 'messages', event_ts: '1.0' })
    await new Promise((r) => setTimeout(r, 150))
    expect(h.fake.callsTo('views.publish')).toHaveLength(before)
  })
})
