// The CSV of an answer's items: a list of offices gets an office CSV (it used to fall through to the event
// columns and give a file of empty rows).
import { describe, expect, it } from 'vitest'
import type { AnswerLike } from '../../../src/services/plugins.ts'
import { answerCsv } from '../../../src/slack/blocks/answer-csv.ts'

describe('answerCsv', () => {
  it('writes office items as office, name_en, name_ja', () => {
    const answer = {
      question: 'which offices had no events?',
      kind: 'list',
      intent: 'offices_without_events',
      items: [{ type: 'office', key: 'miami', name: { en: 'Miami', ja: 'マイアミ総領事館' } }],
      interpretation: { en: '', ja: '' },
      text: { en: '', ja: '' },
    } as unknown as AnswerLike
    const csv = answerCsv(answer)
    expect(csv?.filename).toBe('answer-offices.csv')
    expect(csv?.content.toString('utf8').replace('\uFEFF', '').split('\n').slice(0, 2)).toEqual(['office,name_en,name_ja', 'miami,Miami,マイアミ総領事館'])
  })

  it('neutralises formulas in breakdown rows too: a partner typed as =HYPERLINK(…) is a row key and label', () => {
    const partner = '=HYPERLINK("http://evil.example","click")'
    const answer = {
      question: 'top partners',
      kind: 'breakdown',
      intent: 'distinct_partners',
      rows: [{ key: partner, value: 3 }, { key: '@SUM(1)', value: 1 }, { key: 'Plain Co.', value: 1 }],
      table: { en: { cells: [[partner, '3'], ['@SUM(1)', '1'], ['Plain Co.', '1']] }, ja: { cells: [[partner, '3'], ['@SUM(1)', '1'], ['Plain Co.', '1']] } },
      interpretation: { en: '', ja: '' },
      text: { en: '', ja: '' },
    } as unknown as AnswerLike
    const lines = answerCsv(answer)?.content.toString('utf8').replace('\uFEFF', '').trim().split('\n') ?? []
    expect(lines[0]).toBe('key,label_en,label_ja,value')
    // no cell of a data row starts with = + - @ (csv-stringify quotes cells with quotes in them)
    for (const line of lines.slice(1)) for (const c of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) expect(c.replace(/^"/, ''), line).not.toMatch(/^[=+\-@\t\r]/)
    expect(lines[3]).toBe('Plain Co.,Plain Co.,Plain Co.,1')
  })
})
