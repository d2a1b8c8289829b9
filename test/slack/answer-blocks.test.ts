// The answer message builder on its own, against the one table of Slack limits: whatever the answer's size,
// the message fits; what is cut is said ("…and N more") and every row goes into the CSV.
import { describe, expect, it } from 'vitest'
import type { AnswerLike } from '../../src/services/plugins.ts'
import { buildAnswer } from '../../src/slack/blocks/answer.ts'
import { checkMessage, SLACK_LIMITS } from '../../src/slack/blocks/limits.ts'

const period = { kind: 'fy' as const, from: 2022, to: 2022 }

function bigBreakdown(n: number): AnswerLike {
  const rows = Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 1000 + i }))
  const cells = (prefix: string) => rows.map((r, i): [string, string] => [`${prefix} group number ${i} with a rather long name`, String(r.value)])
  return {
    kind: 'breakdown',
    text: { en: 'Events by group:\n…', ja: 'グループ別件数：\n…' },
    interpretation: { en: 'Counted: events · FY2022', ja: '集計対象：実施件数・2022年度' },
    rows,
    table: {
      en: { head: 'Events in FY2022, by group:', cells: cells('English'), notes: [] },
      ja: { head: '2022年度のグループ別実施件数：', cells: cells('日本語のとても長いグループ名'), notes: ['注記'] },
    },
    query: { intent: 'metric', metric: 'events', filters: { period }, groupBy: 'office' },
  }
}

describe('buildAnswer', () => {
  it('a 300-row breakdown fits Slack, says how many were left out, and attaches all rows as CSV', () => {
    const m = buildAnswer(bigBreakdown(300), 'ja')
    expect(checkMessage(m)).toEqual([])
    expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocksJson)
    const json = JSON.stringify(m.blocks)
    const shownJa = /ほか(\d+)件/.exec(json)
    const shownEn = /and (\d+) more/.exec(json)
    expect(shownJa).not.toBeNull()
    expect(shownEn).not.toBeNull()
    const csv = m.csv?.content.toString('utf8') ?? ''
    expect(csv.trim().split('\n')).toHaveLength(301)
    expect(csv).toContain('k299,')
    // Japanese first for a Japanese reader
    expect((m.blocks[0] as { block_id?: string }).block_id).toBe('answer_ja')
  })

  it('a small breakdown is shown whole, in a code block, with no CSV', () => {
    const m = buildAnswer(bigBreakdown(4), 'en')
    expect(m.csv).toBeUndefined()
    const table = JSON.stringify(m.blocks.find((b) => (b as { block_id?: string }).block_id === 'answer_en_table'))
    expect(table).toContain('```')
    for (let i = 0; i < 4; i++) expect(table).toContain(`group number ${i} `)
  })

  it('a long list of events is cut by whole lines within the limits', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `• 2022-05-${String((i % 28) + 1).padStart(2, '0')} · Chicago · Wisconsin (WI) · ${'Very long title '.repeat(6)}${i} · 120 participants`)
    const items = Array.from({ length: 100 }, (_, i) => ({
      type: 'event' as const, id: i + 1, date: '2022-05-01', endDate: null, office: 'chicago', states: ['WI'], title: { en: `=HYPERLINK("x") ${i}`, ja: null },
      activityType: 'info', format: 'in_person', themes: [], participants: 120, bestPractice: false,
    }))
    const m = buildAnswer({ kind: 'list', text: { en: ['The 100 most recent events:', ...lines].join('\n'), ja: ['直近100件：', ...lines].join('\n') }, items }, 'en')
    expect(checkMessage(m)).toEqual([])
    expect(JSON.stringify(m.blocks)).toMatch(/…and \d+ more/)
    const csv = m.csv?.content.toString('utf8') ?? ''
    expect(csv.trim().split('\n')).toHaveLength(101)
    // a title that looks like a formula is not run by a spreadsheet
    expect(csv).not.toMatch(/,=HYPERLINK/)
  })

  it('clarify answers: one button per reading, labels within the button limit, no Show events', () => {
    const long = 'A very long reading label that goes on and on '.repeat(3)
    const options = Array.from({ length: 5 }, (_, i) => ({
      label: { en: `${long}${i}`, ja: `とても長い解釈${i}` },
      query: { intent: 'metric' as const, metric: 'events' as const, filters: { period } },
    }))
    const m = buildAnswer({ kind: 'clarify', text: { en: 'Which one?', ja: 'どれでしょうか。' }, options }, 'en')
    expect(checkMessage(m)).toEqual([])
    const actions = m.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string; value: string }> }
    expect(actions.elements.map((e) => e.action_id)).toEqual([0, 1, 2, 3, 4].map((i) => `grassroots_answer_option:${i}`))
    expect(JSON.parse(actions.elements[0]?.value ?? '{}')).toEqual({ q: options[0]?.query })
  })

  it('escapes what the answer echoes, so it never pings anyone', () => {
    const m = buildAnswer({ text: { en: 'About <!channel> and <@U123>', ja: '<!here>について' } }, 'en')
    const json = JSON.stringify(m)
    expect(json).not.toContain('<!channel>')
    expect(json).not.toContain('<!here>')
    expect(json).toContain('&lt;!channel&gt;')
  })

  it('comparisons get no Show events (two periods); Share only when asked for', () => {
    const q = { intent: 'compare' as const, metric: 'events' as const, filters: { period: { kind: 'all' as const } }, periods: [period, { kind: 'fy' as const, from: 2021, to: 2021 }] as [typeof period, typeof period] }
    const m = buildAnswer({ kind: 'comparison', text: { en: 'Events: FY2021 1 → FY2022 2', ja: '件数' }, query: q }, 'en')
    expect(JSON.stringify(m.blocks)).not.toContain('grassroots_answer_events')
    expect(JSON.stringify(m.blocks)).not.toContain('grassroots_share_answer')
    const shared = buildAnswer({ kind: 'comparison', text: { en: 'x', ja: 'y' }, query: q }, 'en', { share: true })
    expect(JSON.stringify(shared.blocks)).toContain('grassroots_share_answer')
  })
})
