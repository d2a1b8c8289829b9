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
})
