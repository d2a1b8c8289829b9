// The period kinds resolved against the as-of date (quarters and halves of fiscal years, open ends, rolling
// windows) on SQLite and PostgreSQL: the same figures as the naive reference on both, for every metric and the
// groupings that take a separate query path, and an interpretation line that names the concrete dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type GroupBy, type Metric, type Period, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'
import { reference, type RefAnswer } from './reference.ts'

const dir = tmpDir('grassroots-periods-')
const pgdb = scratchPostgres()
const AS_OF = '2024-06-15' // FY2024 Q1
const stores: Record<'sqlite' | 'postgresql', Store> = {} as Record<'sqlite' | 'postgresql', Store>
const events: Record<'sqlite' | 'postgresql', StoredEvent[]> = { sqlite: [], postgresql: [] }

beforeAll(async () => {
  const data = makeEvents(400, 23)
  stores.sqlite = await openStore({ url: `file:${dir}/periods.db` })
  stores.postgresql = await openStore({ url: pgdb.url() })
  events.sqlite = await storeEvents(stores.sqlite.db, data)
  events.postgresql = await storeEvents(stores.postgresql.db, data)
}, 120_000)
afterAll(async () => {
  await stores.sqlite?.close()
  await stores.postgresql?.close()
})

function comparable(r: QueryResult): RefAnswer | null {
  if (r.kind === 'scalar') return { kind: 'scalar', value: r.value, matched: r.matchedEvents }
  if (r.kind === 'breakdown') return { kind: 'breakdown', rows: r.rows.map((x) => ({ key: x.key, value: x.value })), matched: r.matchedEvents, total: r.total }
  if (r.kind === 'comparison') return { kind: 'comparison', values: [r.rows[0].value, r.rows[1].value], keys: [r.rows[0].key, r.rows[1].key] }
  return null
}

const PERIODS: Period[] = [
  { kind: 'fy_part', fy: 2021, part: 'q1' },
  { kind: 'fy_part', fy: 2021, part: 'q4' },
  { kind: 'fy_part', fy: 2022, part: 'h2' },
  { kind: 'fy_part_relative', offset: 0, part: 'q1' },
  { kind: 'fy_part_relative', offset: -1, part: 'h1' },
  { kind: 'dates_since', from: '2023-10-01' },
  { kind: 'dates_until', to: '2017-06-30' },
  { kind: 'recent', n: 60, unit: 'days' },
  { kind: 'recent', n: 3, unit: 'weeks' },
  { kind: 'recent', n: 4, unit: 'months' },
]
const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
const GROUPS: Array<GroupBy | undefined> = [undefined, 'state', 'region', 'fiscal_year', 'month']

describe.each(['sqlite', 'postgresql'] as const)('period kinds resolved against the as-of date (%s)', (provider) => {
  it('agree with the naive reference for every metric and the groupings with their own query paths', async () => {
    let checked = 0
    for (const period of PERIODS) {
      for (const metric of METRICS) {
        for (const groupBy of GROUPS) {
          const query = querySchema.parse({ intent: 'metric', metric, filters: { period, regions: checked % 3 === 0 ? ['midwest'] : undefined }, ...(groupBy ? { groupBy } : {}) } satisfies Query)
          const result = await executeQuery(stores[provider].db, query, { asOf: AS_OF })
          expect(comparable(result), JSON.stringify(query)).toEqual(reference(events[provider], query, AS_OF))
          checked++
        }
      }
    }
    expect(checked).toBe(PERIODS.length * METRICS.length * GROUPS.length)
  }, 120_000)

  it('counts exactly the events of the quarter, the window and the open ends (the day itself included)', async () => {
    const all = events[provider]
    const count = async (period: Period) => {
      const r = await executeQuery(stores[provider].db, querySchema.parse({ intent: 'metric', metric: 'events', filters: { period } }), { asOf: AS_OF })
      if (r.kind !== 'scalar') throw new Error('scalar expected')
      return r
    }
    const q4 = await count({ kind: 'fy_part', fy: 2021, part: 'q4' })
    expect(q4.value).toBe(all.filter((e) => e.startDate >= '2022-01-01' && e.startDate <= '2022-03-31').length)
    expect([q4.period.from, q4.period.to]).toEqual(['2022-01-01', '2022-03-31'])
    const since = await count({ kind: 'dates_since', from: '2023-10-01' })
    expect(since.value).toBe(all.filter((e) => e.startDate >= '2023-10-01' && e.startDate <= AS_OF).length)
    expect(since.period.to).toBe(AS_OF)
    const until = await count({ kind: 'dates_until', to: '2017-06-30' })
    expect(until.value).toBe(all.filter((e) => e.startDate <= '2017-06-30').length)
    const days = await count({ kind: 'recent', n: 60, unit: 'days' })
    expect([days.period.from, days.period.to]).toEqual(['2024-04-17', AS_OF])
    expect(days.value).toBe(all.filter((e) => e.startDate >= '2024-04-17' && e.startDate <= AS_OF).length)
  })

  it('compares two quarters in order', async () => {
    const query = querySchema.parse({
      intent: 'compare',
      metric: 'participants',
      filters: { period: { kind: 'all' } },
      periods: [{ kind: 'fy_part', fy: 2022, part: 'q1' }, { kind: 'fy_part', fy: 2023, part: 'q1' }],
    } satisfies Query)
    const r = await executeQuery(stores[provider].db, query, { asOf: AS_OF })
    expect(comparable(r)).toEqual(reference(events[provider], query, AS_OF))
  })
})

describe('the interpretation line names the period and its concrete dates, in both languages', () => {
  const interpret = async (period: Period) => {
    const result = await executeQuery(stores.sqlite.db, querySchema.parse({ intent: 'metric', metric: 'events', filters: { period } }), { asOf: AS_OF })
    return renderAnswer({ question: 'q', result })
  }
  const cases: [Period, string, string][] = [
    [{ kind: 'fy_part', fy: 2021, part: 'q2' }, 'FY2021 Q2 (2021-07-01 – 2021-09-30)', '2021年度第2四半期（2021年7月1日〜2021年9月30日）'],
    [{ kind: 'fy_part', fy: 2022, part: 'h2' }, 'FY2022 H2 (2022-10-01 – 2023-03-31)', '2022年度下半期（2022年10月1日〜2023年3月31日）'],
    [{ kind: 'fy_part_relative', offset: -1, part: 'q3' }, 'Q3 of last FY (FY2023 Q3) (2023-10-01 – 2023-12-31)', '昨年度第3四半期（2023年度第3四半期）（2023年10月1日〜2023年12月31日）'],
    [{ kind: 'fy_part_relative', offset: -1, part: 'q4' }, 'Q4 of last FY (FY2023 Q4) (2024-01-01 – 2024-03-31)', '昨年度第4四半期（2023年度第4四半期）（2024年1月1日〜2024年3月31日）'],
    [{ kind: 'dates_since', from: '2022-07-01' }, 'since 2022-07-01 (2022-07-01 – 2024-06-15)', '2022年7月1日以降（2022年7月1日〜2024年6月15日）'],
    [{ kind: 'dates_until', to: '2016-06-30' }, 'up to 2016-06-30 (', '2016年6月30日まで（'],
    [{ kind: 'recent', n: 60, unit: 'days' }, 'the last 60 days (2024-04-17 – 2024-06-15)', '過去60日間（2024年4月17日〜2024年6月15日）'],
    [{ kind: 'recent', n: 3, unit: 'months' }, 'the last 3 months (2024-03-16 – 2024-06-15)', '過去3か月間（2024年3月16日〜2024年6月15日）'],
    [{ kind: 'dates', from: '2022-01-01', to: '2022-12-31' }, 'calendar year 2022 (2022-01-01 – 2022-12-31)', '2022年（暦年）（2022年1月1日〜2022年12月31日）'],
    [{ kind: 'fy', from: 2022, to: 2022 }, 'FY2022 (2022-04-01 – 2023-03-31)', '2022年度（令和4年度）（2022年4月1日〜2023年3月31日）'],
  ]
  for (const [period, en, ja] of cases) {
    it(`${JSON.stringify(period)}`, async () => {
      const a = await interpret(period)
      expect(a.interpretation.en).toContain(en)
      expect(a.interpretation.ja).toContain(ja)
      for (const lang of ['en', 'ja'] as const) expect(a.text[lang]).not.toContain('undefined')
    })
  }

  it('says in the sentence which period was counted', async () => {
    const since = await interpret({ kind: 'dates_since', from: '2022-07-01' })
    expect(since.text.en).toMatch(/since 2022-07-01\.$/)
    expect(since.text.ja).toMatch(/^2022年7月1日以降の実施件数は/)
    const q = await interpret({ kind: 'fy_part', fy: 2021, part: 'q2' })
    expect(q.text.en).toMatch(/in FY2021 Q2\.$/)
    expect(q.text.ja).toMatch(/^2021年度第2四半期の実施件数は/)
    const cy = await interpret({ kind: 'dates', from: '2022-01-01', to: '2022-12-31' })
    expect(cy.text.en).toMatch(/in calendar year 2022\.$/)
    expect(cy.text.ja).toMatch(/^2022年（暦年）の実施件数は/)
  })
})
