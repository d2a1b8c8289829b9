// Forms that once got a figure for another question, each now named or refused: events grouped by how many states
// they touch ("events by number of states" was answered with the states covered, 50), and participants "on
// average per FY" (answered with the average per event of each fiscal year — a per-year average is no query).
import { describe, expect, it } from 'vitest'
import { parse, query } from './read.ts'

describe('a distribution of events by a count of their own gives no figure', () => {
  it('refuses events by number of states, partners or days', () => {
    for (const q of ['events by number of states', '州数別の件数', 'events by number of partners in FY2022']) expect(parse(q).kind, q).toBe('unknown')
  })

  it('still ranks offices by their number of events', () => {
    expect(query('rank offices by number of events')).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'office' })
  })
})

describe('participants on average per year is not the average per event', () => {
  it('names "participants on average per FY", and reads "on average per event" as the average per event', () => {
    expect(parse('how many participants on average per FY?').kind).toBe('unknown')
    expect(query('how many participants on average per event in FY2022?')).toMatchObject({ intent: 'metric', metric: 'avg_participants' })
  })
})

describe('a ranking by one measure that sums another gives no figure', () => {
  it('refuses "the turnout of the top 3 cities by number of events" and 件数上位3州の参加者数', () => {
    for (const q of ["What's the total turnout across our top 3 cities by number of events?", 'total participants of the top 3 offices by events', '件数上位3州の参加者数']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })

  it('still ranks by the measure it gives', () => {
    expect(query('top 3 offices by number of events')).toMatchObject({ metric: 'events', groupBy: 'office', top: 3 })
    expect(query('top 3 states by participants')).toMatchObject({ metric: 'participants', groupBy: 'state', top: 3 })
    expect(query('参加者数上位3州')).toMatchObject({ metric: 'participants', groupBy: 'state', top: 3 })
  })
})

describe('the largest group minus the smallest is no breakdown', () => {
  it('refuses 形式別 平均参加者数 最大−最小 (it was answered with the breakdown)', () => {
    expect(parse('R3 形式別 平均参加者数 最大−最小').kind).toBe('unknown')
  })

  it('keeps "(max − min)" beside a range of participants per event, its restatement', () => {
    expect(query('range of participants per event in FY2021 (max − min)')).toMatchObject({ intent: 'event_stat', stat: 'range_participants' })
  })
})

describe('（累計） after a figure beside a breakdown by year is asked back', () => {
  it('asks: each year’s figure, or the running total', () => {
    const r = parse('年度別の延べ参加者数（累計）を一覧でお示しいただけますか。')
    expect(r.kind).toBe('clarify')
    if (r.kind === 'clarify') {
      expect(r.options.map((o) => ('cumulative' in o.query ? o.query.cumulative : undefined) ?? false)).toEqual([false, true])
      for (const o of r.options) expect(o.query).toMatchObject({ intent: 'metric', metric: 'participants', groupBy: 'fiscal_year' })
    }
  })

  it('reads 累計 as a word of its own (年度別の累計参加者数) as the running total', () => {
    expect(query('年度別の累計参加者数')).toMatchObject({ metric: 'participants', groupBy: 'fiscal_year', cumulative: true })
  })
})
