// The breakdowns answered from derived rows (EventState / EventTheme copies, EventRegion): every metric ×
// grouping against the naive reference, under the filters that choose between their query paths — whole
// regions (EventRegion), states that split a region (EventState pairs), filters EventState carries (office,
// type, format) and those that need the event (dates, themes, best practice).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Filters, type GroupBy, type Metric, type Period, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'
import { reference, type RefAnswer } from './reference.ts'

const dir = tmpDir('grassroots-derived-')
const AS_OF = '2024-06-15'
let store: Store
let events: StoredEvent[]

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/derived.db` })
  events = await storeEvents(store.db, makeEvents(300, 11))
})
afterAll(async () => {
  await store.close()
})

function comparable(r: QueryResult): RefAnswer | null {
  if (r.kind === 'scalar') return { kind: 'scalar', value: r.value, matched: r.matchedEvents }
  if (r.kind === 'breakdown') return { kind: 'breakdown', rows: r.rows.map((x) => ({ key: x.key, value: x.value })), matched: r.matchedEvents, total: r.total }
  return null
}

const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
const GROUPS: Array<GroupBy | undefined> = [undefined, 'state', 'region', 'theme', 'office', 'activity_type', 'format', 'fiscal_year', 'month']
const PERIODS: Period[] = [{ kind: 'all' }, { kind: 'fy', from: 2019, to: 2021 }, { kind: 'dates', from: '2020-02-10', to: '2022-11-30' }]
const FILTERS: Array<Omit<Filters, 'period'>> = [
  {},
  { regions: ['midwest'] },
  { regions: ['west', 'south'] },
  { states: ['WI', 'IL', 'CA'] },
  { states: ['DC', 'MD'] },
  { withoutOffice: true },
  { offices: ['chicago', 'new-york'], types: ['info', 'business_support'] },
  { formats: ['online'], regions: ['northeast'] },
  { themes: ['trade_investment', 'workforce'] },
  { bestPractice: true, states: ['TX', 'NY', 'FL', 'GA'] },
]

describe('breakdowns from derived rows', () => {
  it('agree with the reference for every metric, grouping and filter path', async () => {
    let checked = 0
    for (const period of PERIODS) {
      for (const filter of FILTERS) {
        for (const metric of METRICS) {
          for (const groupBy of GROUPS) {
            if (groupBy === 'month' && period.kind === 'all') continue // 120 rows each: covered by the random tests
            const query = querySchema.parse({ intent: 'metric', metric, filters: { period, ...filter }, ...(groupBy ? { groupBy } : {}) } satisfies Query)
            const result = await executeQuery(store.db, query, { asOf: AS_OF })
            expect(comparable(result), JSON.stringify(query)).toEqual(reference(events, query, AS_OF))
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000)
  }, 120_000)

  it('counts an event touching two states of a region once in that region, with its participants', async () => {
    const twice = events.find((e) => e.stateCodes.includes('WI') && e.stateCodes.includes('IL'))
    const query = querySchema.parse({ intent: 'metric', metric: 'participants', filters: { period: { kind: 'all' }, regions: ['midwest'] } })
    const r = await executeQuery(store.db, query, { asOf: AS_OF })
    const midwest = events.filter((e) => e.startDate <= AS_OF && e.stateCodes.some((s) => ['WI', 'IL', 'MI', 'OH', 'IN', 'MN', 'IA', 'MO', 'ND', 'SD', 'NE', 'KS'].includes(s)))
    expect(r.kind === 'scalar' && r.value).toBe(midwest.reduce((n, e) => n + e.participants, 0))
    if (twice) expect(midwest.filter((e) => e.id === twice.id)).toHaveLength(1)
  })
})
