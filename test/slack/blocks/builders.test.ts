// Every builder against the one limits table: the worst inputs the app can meet (longest titles, 51 states,
// many events, both languages) must still produce Block Kit that Slack accepts.
import { describe, expect, it } from 'vitest'
import { THEMES } from '../../../src/domain/catalog.ts'
import { eventInputSchema, LIMITS, type EventRecord } from '../../../src/domain/event.ts'
import { STATES } from '../../../src/domain/states.ts'
import type { Lang } from '../../../src/i18n/index.ts'
import { emptyForm, formOf } from '../../../src/services/event-form.ts'
import { LIST_PAGE_SIZE } from '../../../src/services/recording.ts'
import { buildAnswer } from '../../../src/slack/blocks/answer.ts'
import { buildEventList } from '../../../src/slack/blocks/event-list.ts'
import { buildEventModal } from '../../../src/slack/blocks/event-modal.ts'
import { logChannelMessage, savedMessage } from '../../../src/slack/blocks/event-summary.ts'
import { buildHelp, buildIntro } from '../../../src/slack/blocks/help.ts'
import { buildHome } from '../../../src/slack/blocks/home.ts'
import { buildLoadingModal, buildNoticeModal, buildSavingModal } from '../../../src/slack/blocks/notice-modal.ts'
import { checkMessage, checkView, SLACK_LIMITS, truncate } from '../../../src/slack/blocks/limits.ts'
import { FORM_BLOCK } from '../../../src/slack/ids.ts'

const LANGS: Lang[] = ['en', 'ja']

/** The largest event the domain allows: every text at its limit, every state, every theme, 50 partners. */
function hugeEvent(id: number): EventRecord {
  const data = eventInputSchema.parse({
    startDate: '2022-05-10',
    endDate: '2022-05-12',
    officeCode: 'san-francisco',
    stateCodes: STATES.map((s) => s.code),
    city: '<!channel>'.padEnd(LIMITS.city, 'c'),
    titleEn: `<@U123> & ${'W'.repeat(LIMITS.title - 10)}`,
    titleJa: '日'.repeat(LIMITS.title),
    activityType: 'business_support',
    themes: THEMES.map((t) => t.code),
    format: 'hybrid',
    participants: LIMITS.participants,
    partners: Array.from({ length: LIMITS.partners }, (_, i) => `${i} ${'P'.repeat(LIMITS.partner - 4)}`),
    bestPractice: true,
    summary: '>'.repeat(LIMITS.summary),
  })
  return { ...data, id, source: 'slack', createdBy: 'slack:U0RECORDER', createdAt: new Date(), updatedBy: null, updatedAt: new Date() }
}

/**
 * Every text at its limit in UTF-16 code units, of emoji (two units each), Japanese and "&" (escaped as
 * "&amp;": the confirmation's body is longer than its parts and has to be cut).
 */
function emojiEvent(id: number): EventRecord {
  const fill = (n: number) => '&&&😀'.repeat(Math.floor(n / 5)).padEnd(n, 'x')
  const data = eventInputSchema.parse({
    startDate: '2022-05-10',
    officeCode: 'chicago',
    stateCodes: STATES.map((s) => s.code),
    city: fill(LIMITS.city),
    titleEn: fill(LIMITS.title),
    titleJa: fill(LIMITS.title),
    activityType: 'info',
    format: 'online',
    participants: 1,
    partners: Array.from({ length: LIMITS.partners }, () => fill(LIMITS.partner)),
    summary: fill(LIMITS.summary),
  })
  return { ...data, id, source: 'import', createdBy: 'import', createdAt: new Date(), updatedBy: null, updatedAt: new Date() }
}

describe('Slack lengths are UTF-16 code units (an emoji counts two)', () => {
  it('the checker counts an emoji as two', () => {
    expect(checkView({ type: 'modal', title: { type: 'plain_text', text: '😀'.repeat(12) }, blocks: [] })).toEqual([])
    expect(checkView({ type: 'modal', title: { type: 'plain_text', text: `${'😀'.repeat(12)}x` }, blocks: [] }).join()).toMatch(/view.title: 25 characters/)
  })

  it('truncate fits UTF-16 units and never splits an emoji or a flag', () => {
    expect(truncate('😀'.repeat(10), 7)).toBe('😀😀😀…')
    expect(truncate('ab🇯🇵🇯🇵', 6)).toBe('ab…')
    expect(truncate('ab🇯🇵🇯🇵', 7)).toBe('ab🇯🇵…')
    for (let max = 1; max < 40; max++) expect(truncate('x😀🇯🇵日本'.repeat(5), max).length).toBeLessThanOrEqual(max)
  })

  // Bug: a save confirmation reached 3,371 UTF-16 units in one section (cut by code points to 3,000).
  for (const lang of LANGS) {
    it(`${lang}: the confirmation and the log post of an emoji-filled event fit`, () => {
      expect(checkMessage(savedMessage(emojiEvent(1), { lang, action: 'update' }))).toEqual([])
      expect(checkMessage(logChannelMessage(emojiEvent(1), 'U0RECORDER'))).toEqual([])
    })
  }

  it('an edit shows a stored value longer than its input read-only, names it as kept, and cuts no input', () => {
    const e = emojiEvent(5)
    const summary = '😀'.repeat(1600) // 3,200 units: stored by older rules that counted code points
    const view = buildEventModal({ lang: 'ja', form: { ...formOf(e), summary }, metadata: { lang: 'ja', eventId: 5 }, isAdmin: false })
    expect(checkView(view)).toEqual([])
    expect(JSON.parse(view.private_metadata ?? '{}').kept).toEqual(['partners', 'summary'])
    for (const id of [FORM_BLOCK.partners, FORM_BLOCK.summary]) expect(view.blocks.find((b) => b.block_id === id)?.type).toBe('section')
    const title = view.blocks.find((b) => b.block_id === FORM_BLOCK.titleEn) as { element: { initial_value: string } }
    expect(title.element.initial_value).toBe(e.titleEn)
    expect(JSON.stringify(view.blocks)).toContain('CSVファイルで修正')
  })
})

describe('the limits checker (also the fake Slack’s)', () => {
  it('catches each kind of violation', () => {
    const longTitle = checkView({ type: 'modal', title: { type: 'plain_text', text: 'x'.repeat(25) }, blocks: [] })
    expect(longTitle.join()).toMatch(/view.title: 25 characters/)
    const ja = checkView({ type: 'modal', title: { type: 'plain_text', text: 'あ'.repeat(25) }, blocks: [] })
    expect(ja.join()).toMatch(/view.title: 25 characters/)
    const dupBlock = checkView({ type: 'home', blocks: [{ type: 'divider', block_id: 'a' }, { type: 'divider', block_id: 'a' }] })
    expect(dupBlock.join()).toMatch(/not unique/)
    const tooMany = checkMessage({ text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })
    expect(tooMany.join()).toMatch(/51, more than 50/)
    const options = Array.from({ length: 101 }, (_, i) => ({ text: { type: 'plain_text', text: `o${i}` }, value: `v${i}` }))
    const select = checkView({ type: 'modal', title: { type: 'plain_text', text: 't' }, submit: { type: 'plain_text', text: 's' }, blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'static_select', action_id: 'a', options } }] })
    expect(select.join()).toMatch(/101 options/)
    const meta = checkView({ type: 'modal', title: { type: 'plain_text', text: 't' }, private_metadata: 'm'.repeat(3001), blocks: [] })
    expect(meta.join()).toMatch(/private_metadata/)
    const button = checkMessage({ text: 'x', blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }, { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'ok' } }] }] })
    expect(button.join()).toMatch(/76 characters/)
    expect(button.join()).toMatch(/"a" is not unique in its block/)
    const section = checkMessage({ text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) } }] })
    expect(section.join()).toMatch(/3001 characters/)
    const input = checkMessage({ text: 'x', blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'plain_text_input', action_id: 'a' } }] })
    expect(input.join()).toMatch(/input blocks belong in modals/)
    const badInitial = checkView({ type: 'modal', title: { type: 'plain_text', text: 't' }, submit: { type: 'plain_text', text: 's' }, blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'static_select', action_id: 'a', options: options.slice(0, 2), initial_option: { text: { type: 'plain_text', text: 'z' }, value: 'zz' } } }] })
    expect(badInitial.join()).toMatch(/initial option "zz"/)
    expect(checkMessage({ text: 'fine' })).toEqual([])
  })
})

describe('the recording modal', () => {
  for (const lang of LANGS) {
    it(`${lang}: empty, full, edit, with both warnings, for an admin — always within limits`, () => {
      const views = [
        buildEventModal({ lang, form: emptyForm(), metadata: { lang }, isAdmin: false }),
        buildEventModal({ lang, form: { ...formOf(hugeEvent(99_999_999)), confirmations: ['duplicate'] }, metadata: { lang, eventId: 99_999_999, channelId: 'C0123456789ABCDEF' }, isAdmin: true, warnings: [
          { kind: 'out_of_area', officeCode: 'san-francisco', stateCodes: STATES.map((s) => s.code) },
          { kind: 'duplicate', events: [hugeEvent(1), hugeEvent(2), hugeEvent(3)] },
        ] }),
      ]
      for (const view of views) expect(checkView(view)).toEqual([])
      expect(views[0]!.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.viewTitle)
      const states = views[0]!.blocks.find((b) => b.block_id === FORM_BLOCK.states) as { element: { options: Array<{ text: { text: string } }> } }
      expect(states.element.options).toHaveLength(51)
      expect(states.element.options.map((o) => o.text.text)).toContain('Wisconsin / ウィスコンシン州')
      expect(views[0]!.blocks.some((b) => b.block_id === FORM_BLOCK.bestPractice)).toBe(false)
      expect(views[1]!.blocks.some((b) => b.block_id === FORM_BLOCK.bestPractice)).toBe(true)
      const participants = views[0]!.blocks.find((b) => b.block_id === FORM_BLOCK.participants) as { element: { type: string; is_decimal_allowed: boolean } }
      expect(participants.element).toMatchObject({ type: 'number_input', is_decimal_allowed: false })
    })
  }

  it('the placeholder (both languages) and the notice that replaces the form are within limits', () => {
    expect(checkView(buildLoadingModal())).toEqual([])
    expect(buildLoadingModal().title.text).toBe('Loading… / 読み込み中…')
    for (const lang of LANGS) expect(checkView(buildNoticeModal({ lang, text: '😀'.repeat(2000) }))).toEqual([])
  })

  it('"saving…" (a save that outlasts the deadline) is within limits, in the user language, with no Submit button', () => {
    for (const lang of LANGS) {
      const view = buildSavingModal({ lang })
      expect(checkView(view)).toEqual([])
      expect(view.submit).toBeUndefined()
    }
    expect(buildSavingModal({ lang: 'ja' }).title.text).toBe('保存中')
    expect(buildSavingModal({ lang: 'en' }).title.text).toBe('Saving…')
  })

  it('labels are in the user language', () => {
    const ja = buildEventModal({ lang: 'ja', form: emptyForm(), metadata: { lang: 'ja' }, isAdmin: false })
    expect(ja.title.text).toBe('事業を登録')
    expect(JSON.stringify(ja.blocks)).toContain('実施州')
    expect(buildEventModal({ lang: 'en', form: emptyForm(), metadata: { lang: 'en', eventId: 5 }, isAdmin: false }).title.text).toBe('Edit outreach event')
  })
})

describe('messages', () => {
  for (const lang of LANGS) {
    it(`${lang}: a full page of the largest events, the confirmation, the log post, home, help, answers`, () => {
      const events = Array.from({ length: LIST_PAGE_SIZE }, (_, i) => hugeEvent(99_999_990 + i))
      const list = buildEventList({ lang, filter: { fiscalYears: [2022, 2023], officeCodes: ['san-francisco'], stateCodes: ['CA', 'NV'], mine: true }, total: 10_000, page: 5, pages: 1667, events, canEdit: () => true })
      expect(checkMessage(list)).toEqual([])
      expect(list.blocks.find((b) => b.block_id === 'list_nav')).toBeDefined()
      expect(checkMessage(savedMessage(hugeEvent(1), { lang, action: 'create' }))).toEqual([])
      expect(checkMessage(logChannelMessage(hugeEvent(1), 'U0RECORDER'))).toEqual([])
      const home = buildHome({
        lang,
        summary: { fiscalYear: 2022, countedThrough: '2022-11-30', all: { events: 123_456, participants: 9_999_999_999, states: 50, dc: true }, office: { code: 'san-francisco', totals: { events: 1, participants: 2, states: 2, dc: false } }, latest: Array.from({ length: 10 }, (_, i) => hugeEvent(i + 1)) },
      })
      expect(checkView(home)).toEqual([])
      expect(checkMessage(buildHelp(lang))).toEqual([])
      expect(checkMessage(buildIntro(lang))).toEqual([])
      expect(checkMessage(buildAnswer({ text: { en: 'a'.repeat(5000), ja: 'あ'.repeat(5000) } }, lang))).toEqual([])
    })
  }

  it('escapes user text in every message', () => {
    const text = JSON.stringify(savedMessage(hugeEvent(7), { lang: 'en', action: 'create' }))
    expect(text).not.toMatch(/<@U123>|<!channel>/)
    expect(text).toContain('&lt;@U123&gt; &amp; WWW')
    expect(text).toContain('<@U0RECORDER>')
  })
})
