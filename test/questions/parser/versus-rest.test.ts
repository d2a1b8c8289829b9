// A condition's events against all the others: "X vs everything else", "with and without X", "compared with those
// that don't", Xとそれ以外, それ以外の事業, ありとなし — the condition is the one filter named (or the one that is not a
// place), the rest of the filters apply to both sides. Where that cannot be said, the words are named (no figure).
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('a condition against the rest', () => {
  it('reads the English forms', () => {
    expect(query('avg attendance, JETRO-partnered events vs everything else, FY2021')).toEqual({ intent: 'versus_rest', metric: 'avg_participants', filters: { period: fy(2021) }, condition: { partner: 'JETRO' } })
    expect(query('online events vs the rest, FY2022')).toEqual({ intent: 'versus_rest', metric: 'events', filters: { period: fy(2022) }, condition: { formats: ['online'] } })
    expect(query('In FY2021, what was the mean attendance of events that have a cost recorded compared with those that don\'t?')).toMatchObject({
      intent: 'versus_rest',
      metric: 'avg_participants',
      filters: { period: fy(2021) },
      condition: { costRecorded: true },
    })
  })

  it('reads the Japanese forms, a place staying a filter of both sides', () => {
    expect(query('ベストプラクティスに選定された事業の平均参加者数と、それ以外の事業の平均参加者数をお示しください。')).toMatchObject({ intent: 'versus_rest', metric: 'avg_participants', condition: { bestPractice: true } })
    expect(query('オンライン事業とそれ以外の事業の件数（2022年度）')).toMatchObject({ intent: 'versus_rest', metric: 'events', filters: { period: fy(2022) }, condition: { formats: ['online'] } })
    const houston = query('ヒューストン総のイベントで、パートナーありとなしの平均参加者数を比べたい')
    expect(houston).toMatchObject({ intent: 'versus_rest', metric: 'avg_participants', filters: { offices: ['houston'] } })
    expect(houston.intent === 'versus_rest' && Object.keys(houston.condition)).toHaveLength(1)
  })

  it('names the words when no one condition can be told, or the figure has no two sides', () => {
    for (const q of ['online best practices vs the rest', 'states covered by online events vs the rest', 'online events by office vs the rest', 'events vs everything else']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })
})
