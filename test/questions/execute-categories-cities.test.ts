// Best-practice categories (filter and breakdown, named from the table), ongoing programmes, distinct cities
// (a reference city whatever its spelling, another city by its recorded name; events without a city not
// counted), a breakdown by city, several cities, and events with 0 participants: figures hand-computed
// from ten events, on a real SQLite file AND on PostgreSQL, and the answer's words in both languages.
import { beforeAll, describe, expect, it } from 'vitest'
import { SEED_BEST_PRACTICE_CATEGORIES } from '../../src/domain/best-practice-category.ts'
import { eventInputSchema, type EventInput } from '../../src/domain/event.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Query } from '../../src/questions/query.ts'
import { setCategory } from '../../src/store/best-practice-categories.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'

const base = { activityType: 'info' as const, format: 'in_person' as const, titleEn: 'Event' }
const EVENTS: EventInput[] = [
  { ...base, startDate: '2021-05-10', officeCode: 'houston', stateCodes: ['TX'], city: 'Houston', participants: 100, bestPractice: true, bestPracticeCategory: 'no-consulate' },
  { ...base, startDate: '2021-06-01', officeCode: 'honolulu', stateCodes: ['HI'], city: 'Hilo', participants: 0 },
  { ...base, startDate: '2021-07-01', officeCode: 'honolulu', stateCodes: ['HI'], city: 'ホノルル市', participants: 50, bestPractice: true, bestPracticeCategory: 'action-plan-2', ongoing: true },
  { ...base, startDate: '2022-04-05', officeCode: 'honolulu', stateCodes: ['HI'], city: 'HONOLULU, HI', participants: 20, bestPractice: true, bestPracticeCategory: 'action-plan-2' },
  { ...base, startDate: '2022-05-05', officeCode: 'new-york', stateCodes: ['NY'], city: 'Lake Placid', participants: 0 },
  { ...base, startDate: '2022-06-06', officeCode: 'new-york', stateCodes: ['NY'], city: 'lake placid', participants: 30, ongoing: true },
  { ...base, startDate: '2022-07-07', officeCode: 'chicago', stateCodes: ['WI'], city: null, participants: 40, bestPractice: true },
  { ...base, startDate: '2022-08-08', officeCode: 'seattle', stateCodes: ['OR'], city: 'Portland', participants: 10, bestPractice: true, bestPracticeCategory: 'new-capitalism', ongoing: true },
  { ...base, startDate: '2022-09-09', officeCode: 'boston', stateCodes: ['ME'], city: 'Portland', participants: 5 },
  { ...base, startDate: '2023-04-10', officeCode: 'houston', stateCodes: ['TX'], city: 'Houston', participants: 0, bestPractice: true, bestPracticeCategory: 'no-consulate' },
]

const both = storeOnBoth({ name: 'categories-cities', data: () => EVENTS.map((e) => eventInputSchema.parse(e)), asOf: AS_OF })
beforeAll(async () => {
  for (const store of Object.values(both.stores)) {
    if (!store) throw new Error('store not open')
    for (const c of SEED_BEST_PRACTICE_CATEGORIES) await setCategory(store.db, { ...c, actor: 'test' })
  }
})

const FY2021 = { kind: 'fy', from: 2021, to: 2021 } as const
const FY2022 = { kind: 'fy', from: 2022, to: 2022 } as const

/** The query's result on both stores (each checked against `expected`); the SQLite one. */
async function onBoth(query: Query, expected: (r: QueryResult) => void): Promise<QueryResult> {
  let first: QueryResult | undefined
  for (const [name, store] of Object.entries(both.stores)) {
    if (!store) throw new Error(`${name} not open`)
    const result = await executeQuery(store.db, querySchema.parse(query), { asOf: AS_OF })
    expected(result)
    first ??= result
  }
  if (!first) throw new Error('no store')
  return first
}

const scalar = (value: number, matched: number) => (r: QueryResult) => {
  expect(r.kind).toBe('scalar')
  if (r.kind === 'scalar') expect({ value: r.value, matched: r.matchedEvents }).toEqual({ value, matched })
}
const rows = (expected: Array<[string, number]>, matched: number, total: number) => (r: QueryResult) => {
  expect(r.kind).toBe('breakdown')
  if (r.kind === 'breakdown') expect({ rows: r.rows.map((x) => [x.key, x.value]), matched: r.matchedEvents, total: r.total }).toEqual({ rows: expected, matched, total })
}
const metric = (m: string, filters: Record<string, unknown>, more: Record<string, unknown> = {}) => ({ intent: 'metric', metric: m, filters: { period: { kind: 'all' }, ...filters }, ...more }) as Query

describe('best-practice categories', () => {
  it('counts the events filed under the categories asked', async () => {
    await onBoth(metric('events', { bestPracticeCategories: ['action-plan-2'] }), scalar(2, 2))
    await onBoth(metric('events', { bestPracticeCategories: ['action-plan-2'], period: FY2022 }), scalar(1, 1))
    await onBoth(metric('events', { bestPractice: true, bestPracticeCategories: ['no-consulate', 'new-capitalism'] }), scalar(3, 3))
    await onBoth(metric('participants', { bestPracticeCategories: ['no-consulate'] }), scalar(100, 2))
    await onBoth(metric('events', { bestPracticeCategories: ['digital-garden-city'] }), scalar(0, 0))
  })

  it('breaks events and participants down by category in the table order, every category shown, events under none in no group', async () => {
    const r = await onBoth(
      metric('events', { bestPractice: true }, { groupBy: 'best_practice_category' }),
      rows([['no-consulate', 2], ['action-plan-2', 2], ['new-capitalism', 1], ['digital-garden-city', 0]], 5, 5),
    )
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(r.rows.map((x) => x.label?.ja)).toEqual(SEED_BEST_PRACTICE_CATEGORIES.map((c) => c.nameJa))
    await onBoth(metric('participants', {}, { groupBy: 'best_practice_category' }), rows([['no-consulate', 100], ['action-plan-2', 70], ['new-capitalism', 10], ['digital-garden-city', 0]], 5, 180))
    await onBoth(metric('events', { bestPracticeCategories: ['new-capitalism'] }, { groupBy: 'best_practice_category' }), rows([['new-capitalism', 1]], 1, 1))
  })

  it('names the categories in both languages, and says what a breakdown by category counts', async () => {
    const store = both.stores.sqlite
    if (!store) throw new Error('store not open')
    const one = await executeQuery(store.db, querySchema.parse(metric('events', { bestPractice: true, bestPracticeCategories: ['action-plan-2'] })), { asOf: AS_OF })
    const a = renderAnswer({ question: 'q', result: one })
    expect(a.text.ja).toContain('分類「行動計画2.0を踏まえた事業」')
    expect(a.text.ja).toContain('2件')
    expect(a.interpretation.en).toContain('category: Activities under Action Plan 2.0')
    const by = await executeQuery(store.db, querySchema.parse(metric('events', { bestPractice: true }, { groupBy: 'best_practice_category' })), { asOf: AS_OF })
    const b = renderAnswer({ question: 'q', result: by })
    expect(b.text.en).toContain('Activities under the economic policy of "New Capitalism"')
    expect(b.interpretation.ja).toContain('分類のない事業はどの分類にも入りません')
  })
})

describe('ongoing programmes', () => {
  it('counts the events recorded as ongoing, and those not', async () => {
    await onBoth(metric('events', { ongoing: true }), scalar(3, 3))
    await onBoth(metric('participants', { ongoing: true }), scalar(90, 3))
    await onBoth(metric('events', { ongoing: false }), scalar(7, 7))
    await onBoth(metric('events', { ongoing: true, bestPractice: true }), scalar(2, 2))
  })
})

describe('cities', () => {
  it('counts distinct cities: spellings of a reference city as one, another city by its recorded name, events without a city left out', async () => {
    // Houston, Hilo, Honolulu (ホノルル市, HONOLULU, HI), Lake Placid (two spellings), Portland (OR and ME: one name)
    await onBoth(metric('cities', {}), scalar(5, 9))
    await onBoth(metric('cities', { period: FY2021 }), scalar(3, 3))
    await onBoth(metric('cities', { period: FY2022 }), scalar(3, 5))
    await onBoth(metric('cities', { states: ['HI'] }), scalar(2, 3))
    await onBoth({ intent: 'compare', metric: 'cities', filters: { period: { kind: 'all' } }, periods: [FY2021, FY2022] } as Query, (r) => {
      expect(r.kind).toBe('comparison')
      if (r.kind === 'comparison') expect(r.rows.map((x) => x.value)).toEqual([3, 3])
    })
  })

  it('breaks figures down by city, largest first, a city outside the list named as recorded', async () => {
    const r = await onBoth(
      metric('events', {}, { groupBy: 'city' }),
      rows([['honolulu', 2], ['houston', 2], ['portland', 2], ['~lakeplacid', 2], ['hilo', 1]], 9, 9),
    )
    if (r.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(r.rows.find((x) => x.key === '~lakeplacid')?.label).toEqual({ en: 'Lake Placid', ja: 'Lake Placid' })
    await onBoth(metric('participants', {}, { groupBy: 'city', top: 1 }), rows([['houston', 100]], 9, 215))
    // fewest first: Hilo (1 event), and no "groups without an event" to speak of
    const fewest = await onBoth(metric('events', {}, { groupBy: 'city', top: 1, fewest: true }), rows([['hilo', 1]], 9, 9))
    if (fewest.kind === 'breakdown') expect(fewest.unranked).toBeNull()
    await onBoth(metric('cities', { period: { kind: 'fy', from: 2021, to: 2022 } }, { groupBy: 'fiscal_year' }), rows([['2021', 3], ['2022', 3]], 8, 5))
    const answer = renderAnswer({ question: 'q', result: r })
    expect(answer.text.ja).toContain('ホノルル')
    expect(answer.interpretation.en).toContain('only events with a recorded city')
    expect(answer.interpretation.ja).toContain('都市の記録がない事業は数えていません')
  })

  it('counts the events of any of several cities', async () => {
    await onBoth(metric('events', { cities: ['hilo', 'honolulu'] }), scalar(3, 3))
    await onBoth(metric('participants', { cities: ['hilo', 'honolulu', 'houston'], period: FY2021 }), scalar(150, 3))
  })
})

describe('events with no city recorded', () => {
  it('counts the events that record no city, their participants and groups, and says so in both languages', async () => {
    // one event records no city: 2022-07-07, Chicago office, Wisconsin, 40 participants
    const r = await onBoth(metric('events', { withoutCity: true }), scalar(1, 1))
    await onBoth(metric('participants', { withoutCity: true }), scalar(40, 1))
    await onBoth(metric('events', { withoutCity: true, period: FY2021 }), scalar(0, 0))
    await onBoth(metric('events', { withoutCity: true }, { groupBy: 'office' }), (x) => {
      expect(x.kind).toBe('breakdown')
      if (x.kind === 'breakdown') expect(x.rows.filter((row) => (row.value ?? 0) > 0).map((row) => [row.key, row.value])).toEqual([['chicago', 1]])
    })
    const answer = renderAnswer({ question: 'q', result: r })
    expect(answer.interpretation.en).toContain('no city recorded')
    expect(answer.interpretation.ja).toContain('開催都市')
  })

  it('has no query counting or grouping cities of events with no city', () => {
    expect(querySchema.safeParse(metric('cities', { withoutCity: true })).success).toBe(false)
    expect(querySchema.safeParse(metric('events', { withoutCity: true }, { groupBy: 'city' })).success).toBe(false)
  })
})

describe('zero participants', () => {
  it('counts the events whose recorded participants are 0', async () => {
    await onBoth(metric('events', { participantCount: { lte: 0 } }), scalar(3, 3))
    await onBoth(metric('events', { participantCount: { lte: 0 }, period: FY2022 }), scalar(1, 1))
    const store = both.stores.sqlite
    if (!store) throw new Error('store not open')
    const a = renderAnswer({ question: 'q', result: await executeQuery(store.db, querySchema.parse(metric('events', { participantCount: { lte: 0 } })), { asOf: AS_OF }) })
    expect(a.interpretation.en).toContain('0 participants recorded')
    expect(a.text.ja).toContain('参加者数が0名と記録された事業')
  })
})
