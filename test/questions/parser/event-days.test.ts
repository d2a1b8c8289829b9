// The rule parser on the longest (shortest) event in days (event_stat max_days / min_days: the figure with the
// event(s) of that length), in English and Japanese; another unit or measure gets no figure.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'

describe('the longest and shortest event in days', () => {
  it('reads the longest and shortest event in both languages', () => {
    const cases: [string, 'max_days' | 'min_days', object?][] = [
      ['what is the longest event in days', 'max_days'],
      ['開催期間が最も長かった事業の日数', 'max_days'],
      ['the shortest event in FY2022', 'min_days', fy(2022)],
      ['max duration of a single event', 'max_days'],
      ['開催日数の最大値', 'max_days'],
      ['2022年度に開催期間が最も短かった事業', 'min_days', fy(2022)],
    ]
    for (const [q, stat, period] of cases) expect(query(q), q).toEqual({ intent: 'event_stat', stat, filters: { period: period ?? { kind: 'all' } } })
    expect(query('longest event by office')).toEqual({ intent: 'event_stat', stat: 'max_days', filters: { period: { kind: 'all' } }, groupBy: 'office' })
  })

  it('gives no figure for another unit or the participants of the longest event', () => {
    for (const q of ['the longest event in hours', 'the longest event in weeks', '開催期間が最も長かった事業の参加者数']) expect(parse(q).kind, q).toBe('unknown')
  })
})
