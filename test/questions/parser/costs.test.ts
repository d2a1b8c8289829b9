// The rule parser on the costs recorded on events: the total, the average per event and the cost per
// participant (event_cost), the most and least expensive event (largest_event by cost), the filters on a cost
// recorded and on cost bounds in yen, in English and Japanese. One fiscal year's total with no filter stays
// the budget question's costs spent (the same sum). Other money, and a cost question that also asks another
// figure, gets no figure.
import { describe, expect, it } from 'vitest'
import type { Query } from '../../../src/questions/query.ts'
import { parse, query, fy } from './read.ts'

const all = { kind: 'all' as const }

describe('cost figures (event_cost)', () => {
  it('reads the total, the average and the cost per participant with their filters, in both languages', () => {
    const cases: [string, Query][] = [
      ["total cost of the Seattle consulate's FY2022 events", { intent: 'event_cost', figure: 'total', filters: { period: fy(2022), offices: ['seattle'] } }],
      ['ボストン総の2021年度の事業費の合計', { intent: 'event_cost', figure: 'total', filters: { period: fy(2021), offices: ['boston'] } }],
      ['what was the total cost of online events in FY2022', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022), formats: ['online'] } }],
      ['average cost per event in FY2021 (only events with a cost)', { intent: 'event_cost', figure: 'average', filters: { period: fy(2021) } }],
      ['average cost per event', { intent: 'event_cost', figure: 'average', filters: { period: all } }],
      ['2022年度の1件あたり平均費用（費用記録ありの事業のみ）', { intent: 'event_cost', figure: 'average', filters: { period: fy(2022) } }],
      ['cost per participant in FY2021, counting only events with a cost', { intent: 'event_cost', figure: 'per_participant', filters: { period: fy(2021) } }],
      ['2022年度、費用記録のある事業の参加者1人あたり費用', { intent: 'event_cost', figure: 'per_participant', filters: { period: fy(2022) } }],
      ['total cost of events in Texas in FY2022 with a cost over 1 million yen', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022), states: ['TX'], cost: { gt: 1_000_000 } } }],
    ]
    for (const [q, expected] of cases) expect(query(q), q).toEqual(expected)
  })

  it('reads a breakdown and a ranking of the costs by office, fiscal year, type or format', () => {
    const cases: [string, Query][] = [
      ['total cost by office in FY2022', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022) }, groupBy: 'office' }],
      ['2022年度の公館別の事業費用の合計', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022) }, groupBy: 'office' }],
      ['2022年度に事業費用の合計が最も大きかった公館', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022) }, groupBy: 'office', top: 1 }],
      ['which office had the highest total cost in FY2022', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022) }, groupBy: 'office', top: 1 }],
      ['top 3 offices by total cost in FY2022', { intent: 'event_cost', figure: 'total', filters: { period: fy(2022) }, groupBy: 'office', top: 3 }],
      ['事業費用の合計が最も少なかった公館', { intent: 'event_cost', figure: 'total', filters: { period: all }, groupBy: 'office', fewest: true, top: 1 }],
      ['average cost per event by fiscal year', { intent: 'event_cost', figure: 'average', filters: { period: all }, groupBy: 'fiscal_year' }],
    ]
    for (const [q, expected] of cases) expect(query(q), q).toEqual(expected)
  })

  it('keeps one fiscal year’s total with no filter as the budget question’s costs spent', () => {
    for (const [q, y] of [
      ['total cost of events in FY2022', 2022],
      ['2022年度の事業費用の合計', 2022],
      ['total cost of events in FY2021 with a cost recorded', 2021],
    ] as const) {
      expect(query(q), q).toEqual({ intent: 'budget_execution', filters: { period: fy(y) }, figure: 'spent' })
    }
  })
})

describe('the most and least expensive event (largest_event by cost)', () => {
  it('reads the superlative of cost, not of participants', () => {
    const cases: [string, 'largest' | 'smallest', number | null][] = [
      ['most expensive event in FY2022', 'largest', 2022],
      ['which FY2021 event cost the most?', 'largest', 2021],
      ['2022年度で最も費用がかかった事業', 'largest', 2022],
      ['least expensive event', 'smallest', null],
      ['which FY2022 event cost the least?', 'smallest', 2022],
      ['費用が最も少なかった事業', 'smallest', null],
    ]
    for (const [q, order, y] of cases) expect(query(q), q).toEqual({ intent: 'largest_event', filters: { period: y === null ? all : fy(y) }, order, by: 'cost' })
    expect(query('which event had the most participants?')).toEqual({ intent: 'largest_event', filters: { period: all }, order: 'largest' })
  })
})

describe('cost filters', () => {
  it('reads a cost recorded, no cost recorded and cost bounds in yen wherever a filter goes', () => {
    const cases: [string, Query][] = [
      ['how many FY2022 events have a cost recorded?', { intent: 'metric', metric: 'events', filters: { period: fy(2022), costRecorded: true } }],
      ['2021年度で費用が記録されている事業の件数', { intent: 'metric', metric: 'events', filters: { period: fy(2021), costRecorded: true } }],
      ['how many events in FY2022 had no cost recorded?', { intent: 'metric', metric: 'events', filters: { period: fy(2022), costRecorded: false } }],
      ['2022年度の費用が記録されていない事業の件数', { intent: 'metric', metric: 'events', filters: { period: fy(2022), costRecorded: false } }],
      ['what share of FY2022 events had a cost recorded', { intent: 'share', of: 'events', filters: { period: fy(2022) }, condition: { costRecorded: true } }],
      ['2022年度のうち費用が記録された事業の割合', { intent: 'share', of: 'events', filters: { period: fy(2022) }, condition: { costRecorded: true } }],
      ['events with a recorded cost over 1 million yen', { intent: 'metric', metric: 'events', filters: { period: all, cost: { gt: 1_000_000 } } }],
      ['費用が100万円以上の事業', { intent: 'metric', metric: 'events', filters: { period: all, cost: { gte: 1_000_000 } } }],
      ['how many events cost over ¥1m in FY2022?', { intent: 'metric', metric: 'events', filters: { period: fy(2022), cost: { gt: 1_000_000 } } }],
      ['events costing at least ¥1,000,000', { intent: 'metric', metric: 'events', filters: { period: all, cost: { gte: 1_000_000 } } }],
      ['費用が1,000,000円未満の事業の参加者数', { intent: 'metric', metric: 'participants', filters: { period: all, cost: { lt: 1_000_000 } } }],
    ]
    for (const [q, expected] of cases) expect(query(q), q).toEqual(expected)
  })
})

describe('what gets no figure', () => {
  it('refuses other money, and a cost asked beside another figure or an impossible reading', () => {
    const refused = [
      'how much did it cost',
      'cost of the hotel',
      'salary costs of staff',
      'travel costs of the consul',
      'total cost and number of events in FY2022',
      'total cost and participants in FY2022',
      'total and average cost per event in FY2022',
      'total cost by state in FY2022',
      'average cost of events with no cost recorded',
      'events with a cost over ¥1m and no cost recorded',
    ]
    for (const q of refused) expect(parse(q).kind, q).toBe('unknown')
  })
})

describe('the cheapest recorded cost as one event’s figure, and the Japanese average by group', () => {
  it('reads "cheapest recorded event cost", 最安, 事業費の最安値 as the event with the lowest recorded cost', () => {
    const cases: [string, 'largest' | 'smallest', object?][] = [
      ['What is the cheapest recorded event cost in FY2021?', 'smallest', fy(2021)],
      ['最安の事業は？', 'smallest'],
      ['2021年度の事業費の最安値', 'smallest', fy(2021)],
      ['the highest cost of a single event', 'largest'],
      ['最も安かった事業', 'smallest'],
    ]
    for (const [q, order, period] of cases) expect(query(q), q).toEqual({ intent: 'largest_event', by: 'cost', order, filters: { period: period ?? { kind: 'all' } } })
  })

  it('reads 費用の公館別平均 as the average cost per event by office', () => {
    expect(query('2021年度の費用の公館別平均')).toEqual({ intent: 'event_cost', figure: 'average', filters: { period: fy(2021) }, groupBy: 'office' })
  })

  it('gives no figure for the cheapest cost per participant or by office, or two figures', () => {
    for (const q of ['the cheapest recorded event cost per participant', 'the cheapest recorded event cost by office', '2021年度の費用の公館別平均と合計', '費用の中央値と平均', 'median cost per participant']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })

  it('reads a median cost as the statistic of single events over the events with a cost (event_stat median_cost)', () => {
    expect(query('median cost per event in FY2022')).toEqual({ intent: 'event_stat', stat: 'median_cost', filters: { period: fy(2022) } })
    expect(query('2022年度の費用の中央値')).toEqual({ intent: 'event_stat', stat: 'median_cost', filters: { period: fy(2022) } })
  })
})
