// Kinds of question added after the first executor: fewest-first rankings (bottom N with ties, among groups
// with at least one event), breakdowns by fiscal quarter and by day of the week, a share within each group,
// and multi-day and weekend events (derived columns, and the migration that fills them), against the naive reference on a real SQLite file AND on PostgreSQL, and the
// answer text that says which groups were ranked.
import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { durationDays, isoWeekday } from '../../src/domain/event-days.ts'
import { executeQuery } from '../../src/questions/execute.ts'
import { renderAnswer } from '../../src/questions/answer.ts'
import { fiscalQuarterOf, monthOfYearOf, weekdayOf } from '../../src/questions/execute/periods.ts'
import { querySchema, type Filters, type GroupBy, type Metric, type Query } from '../../src/questions/query.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'
import { reference } from './reference.ts'

const AS_OF = '2024-06-15'
let events: StoredEvent[]

const both = storeOnBoth({ name: 'kinds', data: () => makeEvents(240, 41), asOf: AS_OF })
const stores = both.stores
beforeAll(() => {
  events = both.events()
})

/** Runs a query on both stores against the reference; the reference and the SQLite result. */
const check = both.check

describe('fewest first (bottom N)', () => {
  const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
  const GROUPS: GroupBy[] = ['state', 'region', 'office', 'activity_type', 'theme', 'format', 'fiscal_year', 'month']
  it('ranks every metric × grouping from the smallest, top N with ties, on both stores', async () => {
    for (const metric of METRICS) {
      for (const groupBy of GROUPS) {
        for (const top of [undefined, 1, 3]) {
          await check({ intent: 'metric', metric, groupBy, fewest: true, ...(top ? { top } : {}), filters: { period: { kind: 'fy', from: 2020, to: 2020 } } })
        }
      }
    }
  }, 120_000)

  it('keeps every group tied with the N-th and leaves groups with no event unranked', async () => {
    // one fiscal year of a few offices: most offices have no event, several share the smallest count
    const { result } = await check({ intent: 'metric', metric: 'events', groupBy: 'office', fewest: true, top: 1, filters: { period: { kind: 'fy', from: 2021, to: 2021 }, formats: ['online'] } })
    if (result.kind !== 'breakdown') throw new Error('breakdown expected')
    const inFy = events.filter((e) => e.fiscalYear === 2021 && e.format === 'online')
    const counts = new Map<string, number>()
    for (const e of inFy) counts.set(e.officeCode, (counts.get(e.officeCode) ?? 0) + 1)
    const least = Math.min(...counts.values())
    expect(result.rows.map((r) => r.key).sort()).toEqual([...counts].filter(([, n]) => n === least).map(([k]) => k).sort())
    expect(result.rows.every((r) => r.value === least && r.value > 0)).toBe(true)
    expect(result.unranked).toEqual({ count: 16 - counts.size, of: 16 })
  })

  it('says in both languages that only groups with an event are ranked, and how many were not', async () => {
    const store = stores.sqlite
    if (!store) throw new Error('store not open')
    const query = querySchema.parse({ intent: 'metric', metric: 'events', groupBy: 'office', fewest: true, top: 2, filters: { period: { kind: 'fy', from: 2021, to: 2021 }, formats: ['online'] } })
    const result = await executeQuery(store.db, query, { asOf: AS_OF })
    const answer = renderAnswer({ question: 'bottom 2 offices', result })
    const text = { en: `${answer.text.en}\n${answer.interpretation.en}`, ja: `${answer.text.ja}\n${answer.interpretation.ja}` }
    expect(text.en).toMatch(/Bottom 2 offices by events \(among offices with at least one event\)/)
    expect(text.en).toMatch(/\d+ of the 16 offices had no event and are not ranked\./)
    expect(text.ja).toMatch(/在外公館別下位2（事業のあった在外公館に限る）/)
    expect(text.ja).toMatch(/事業のなかった在外公館（16公館中\d+公館）は順位の対象外です。/)
  })
})

describe('by fiscal quarter and by day of the week', () => {
  it('knows the day of the week and the fiscal quarter of a date', () => {
    expect(['2022-04-01', '2022-04-02', '2022-04-03', '2022-04-04', '2024-02-29'].map(weekdayOf)).toEqual(['fri', 'sat', 'sun', 'mon', 'thu'])
    expect(['2022-04-01', '2022-06-30', '2022-07-01', '2022-12-31', '2023-01-01', '2023-03-31'].map(fiscalQuarterOf)).toEqual(['2022-q1', '2022-q1', '2022-q2', '2022-q3', '2022-q4', '2022-q4'])
  })

  const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
  it('gives every metric by quarter and by weekday over several periods, in order, on both stores', async () => {
    const periods = [{ kind: 'fy', from: 2022, to: 2022 }, { kind: 'all' }, { kind: 'dates', from: '2021-02-10', to: '2021-08-20' }, { kind: 'fy_part', fy: 2019, part: 'h2' }] as const
    for (const metric of METRICS) {
      for (const groupBy of ['fiscal_quarter', 'weekday'] as const) {
        for (const period of periods) {
          await check({ intent: 'metric', metric, groupBy, filters: { period } })
          await check({ intent: 'metric', metric, groupBy, top: 2, filters: { period, formats: ['in_person'] } })
          await check({ intent: 'metric', metric, groupBy, fewest: true, top: 1, filters: { period, regions: ['south'] } })
        }
      }
    }
  }, 120_000)

  it('lists the four quarters of a fiscal year and the seven days Monday first, their sum the total', async () => {
    const q = await check({ intent: 'metric', metric: 'events', groupBy: 'fiscal_quarter', filters: { period: { kind: 'fy', from: 2022, to: 2022 } } })
    if (q.result.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(q.result.rows.map((r) => r.key)).toEqual(['2022-q1', '2022-q2', '2022-q3', '2022-q4'])
    expect(q.result.rows.reduce((n, r) => n + (r.value ?? 0), 0)).toBe(events.filter((e) => e.fiscalYear === 2022 && e.startDate <= AS_OF).length)
    const d = await check({ intent: 'metric', metric: 'events', groupBy: 'weekday', filters: { period: { kind: 'all' } } })
    if (d.result.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(d.result.rows.map((r) => r.key)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    const text = renderAnswer({ question: 'events by day of the week', result: d.result })
    expect(text.text.en).toMatch(/^Events by day of the week to date:\nMonday +\d+/)
    expect(text.text.ja).toMatch(/曜日別実施件数（累計）：\n月曜日 +\d+件/)
    expect(text.interpretation.en).toMatch(/by day of the week of the start date/)
    expect(text.interpretation.ja).toMatch(/曜日別（開始日の曜日）/)
  })
})

describe('by month of the year (every year added up)', () => {
  it('knows the month of the year of a date', () => {
    expect(['2022-01-31', '2022-04-01', '2023-12-01'].map(monthOfYearOf)).toEqual(['01', '04', '12'])
  })

  it('gives every metric by month of the year over several periods, ranked and in order, on both stores', async () => {
    const METRICS: Metric[] = ['events', 'participants', 'avg_participants', 'states_covered', 'offices_active']
    const periods = [{ kind: 'all' }, { kind: 'fy', from: 2020, to: 2022 }, { kind: 'dates', from: '2021-02-10', to: '2021-08-20' }] as const
    for (const metric of METRICS) {
      for (const period of periods) {
        await check({ intent: 'metric', metric, groupBy: 'month_of_year', filters: { period } })
        await check({ intent: 'metric', metric, groupBy: 'month_of_year', top: 1, filters: { period } })
        await check({ intent: 'metric', metric, groupBy: 'month_of_year', fewest: true, top: 1, filters: { period, regions: ['south'] } })
      }
    }
  }, 120_000)

  it('adds every year up: twelve months January first, each the sum of its months in every year', async () => {
    const { result } = await check({ intent: 'metric', metric: 'events', groupBy: 'month_of_year', filters: { period: { kind: 'all' } } })
    if (result.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(result.rows.map((r) => r.key)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'])
    const held = events.filter((e) => e.startDate <= AS_OF)
    const years = new Set(held.map((e) => e.startDate.slice(0, 4)))
    expect(years.size).toBeGreaterThan(1)
    for (const r of result.rows) expect(r.value, r.key).toBe(held.filter((e) => e.startDate.slice(5, 7) === r.key).length)
    const top = await check({ intent: 'metric', metric: 'events', groupBy: 'month_of_year', top: 1, filters: { period: { kind: 'all' } } })
    if (top.result.kind !== 'breakdown') throw new Error('breakdown expected')
    const most = Math.max(...result.rows.map((r) => r.value ?? 0))
    expect(top.result.rows.map((r) => r.key)).toEqual(result.rows.filter((r) => r.value === most).map((r) => r.key))
    const text = renderAnswer({ question: 'which month of the year has the most events', result: top.result })
    const month = top.result.rows[0]!.key
    expect(text.text.en).toContain(new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }))
    expect(text.text.en).not.toMatch(/\b20\d\d\b.*\d+$/m)
    expect(text.text.ja).toContain(`${Number(month)}月`)
    expect(text.interpretation.en).toMatch(/by month of the year \(every year added up\)/)
    expect(text.interpretation.ja).toMatch(/月別（全年合算）/)
  })
})

describe('share per group', () => {
  const GROUPS: GroupBy[] = ['office', 'state', 'region', 'theme', 'activity_type', 'fiscal_year', 'fiscal_quarter', 'month', 'weekday', 'month_of_year']
  it('gives each group its part over its own whole, for events and participants, on both stores', async () => {
    for (const of of ['events', 'participants'] as const) {
      for (const groupBy of GROUPS) {
        await check({ intent: 'share', of, groupBy, condition: { formats: ['online'] }, filters: { period: { kind: 'fy', from: 2021, to: 2022 } } })
      }
      await check({ intent: 'share', of, groupBy: 'format', condition: { bestPractice: true }, filters: { period: { kind: 'all' }, regions: ['west'] } })
    }
  }, 120_000)

  it('refuses a share of states by group and a condition on the grouping itself', () => {
    expect(querySchema.safeParse({ intent: 'share', of: 'states', groupBy: 'office', filters: { period: { kind: 'all' } } }).success).toBe(false)
    expect(querySchema.safeParse({ intent: 'share', of: 'events', groupBy: 'office', condition: { offices: ['chicago'] }, filters: { period: { kind: 'all' } } }).success).toBe(false)
    expect(querySchema.safeParse({ intent: 'share', of: 'events', groupBy: 'state', condition: { regions: ['west'] }, filters: { period: { kind: 'all' } } }).success).toBe(false)
  })

  it('answers with the overall share and one row per group, in both languages', async () => {
    const { result } = await check({ intent: 'share', of: 'events', groupBy: 'office', condition: { formats: ['online'] }, filters: { period: { kind: 'fy', from: 2022, to: 2022 } } })
    if (result.kind !== 'share' || result.rows === undefined) throw new Error('share rows expected')
    const busiest = [...result.rows].sort((a, b) => b.whole - a.whole)[0]
    const inFy = events.filter((e) => e.fiscalYear === 2022 && e.officeCode === busiest?.key && e.startDate <= AS_OF)
    expect(busiest).toMatchObject({ whole: inFy.length, part: inFy.filter((e) => e.format === 'online').length })
    expect(inFy.length).toBeGreaterThan(0)
    const a = renderAnswer({ question: "what share of each office's events were online in FY2022?", result })
    expect(a.text.en).toMatch(/^Share of events matching “format: Online” by office in FY2022 \(overall \d+\.\d%: \d+ of \d+ events\):\n/)
    expect(a.text.en.split('\n')).toHaveLength(1 + result.rows.length)
    expect(a.text.en).toMatch(new RegExp(`\\d+\\.\\d% \\(${busiest?.part} of ${busiest?.whole}\\)`))
    if (result.rows.some((r) => r.whole === 0)) expect(a.text.en).toMatch(/– \(no events\)/)
    expect(a.text.ja).toMatch(/在外公館別の実施形態「オンライン」の割合（件数、全体では\d+件中\d+件、\d+\.\d%）：/)
    expect(a.interpretation.ja).toMatch(/在外公館別（各グループ内の割合）/)
    expect(a.rows?.length).toBe(result.rows.length)
  })
})

describe('multi-day and weekend events', () => {
  it('filters by the days an event spans and by the weekday of its start date, with every intent shape, on both stores', async () => {
    expect(events.filter((e) => e.endDate !== null).length).toBeGreaterThan(20)
    const filters: Array<Omit<Filters, 'period'>> = [{ days: { gte: 2 } }, { days: { gt: 2 } }, { days: { lte: 1 } }, { days: { gte: 3, lte: 4 } }, { weekdays: ['sat', 'sun'] }, { weekdays: ['sat', 'sun'], days: { gte: 2 }, formats: ['in_person'] }]
    for (const f of filters) {
      for (const period of [{ kind: 'all' }, { kind: 'fy', from: 2020, to: 2022 }] as const) {
        await check({ intent: 'metric', metric: 'events', filters: { period, ...f } })
        await check({ intent: 'metric', metric: 'participants', groupBy: 'office', filters: { period, ...f } })
        await check({ intent: 'metric', metric: 'states_covered', groupBy: 'region', filters: { period, ...f } })
        await check({ intent: 'metric', metric: 'events', groupBy: 'weekday', filters: { period, ...f } })
        await check({ intent: 'share', of: 'events', condition: { ...f }, filters: { period } })
      }
    }
  }, 120_000)

  it('counts a weekend event by its start date only (a Friday–Sunday event is not one)', async () => {
    const { expected } = await check({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, weekdays: ['sat', 'sun'] } })
    const weekend = events.filter((e) => e.startDate <= AS_OF && [0, 6].includes(new Date(`${e.startDate}T00:00:00Z`).getUTCDay()))
    expect(expected).toMatchObject({ value: weekend.length })
    const fridayToSunday = events.filter((e) => e.startDate <= AS_OF && new Date(`${e.startDate}T00:00:00Z`).getUTCDay() === 5 && e.endDate !== null && e.endDate > e.startDate)
    expect(fridayToSunday.length).toBeGreaterThan(0)
  })

  it('fills the derived days of events stored before the columns existed (the migration on both providers)', async () => {
    for (const [name, store] of Object.entries(stores)) {
      if (!store) throw new Error(`${name} store not open`)
      const dir = name === 'sqlite' ? 'prisma/migrations' : 'prisma/postgresql/migrations'
      const sql = fs.readFileSync(`${dir}/20261201110000_event_days/migration.sql`, 'utf8')
      const update = sql.slice(sql.indexOf('UPDATE "Event"'))
      await store.db.$executeRawUnsafe('UPDATE "Event" SET "durationDays" = 1, "startWeekday" = 0')
      await store.db.$executeRawUnsafe(update)
      const rows = await store.db.event.findMany({ select: { startDate: true, endDate: true, durationDays: true, startWeekday: true } })
      expect(rows.length).toBe(events.length)
      for (const r of rows) expect([r.durationDays, r.startWeekday], `${name} ${r.startDate}–${r.endDate}`).toEqual([durationDays(r.startDate, r.endDate), isoWeekday(r.startDate)])
    }
  })
})

describe('running totals', () => {
  it('adds up events and participants from the start of the period by fiscal year, quarter and month, on both stores', async () => {
    for (const metric of ['events', 'participants'] as const) {
      for (const groupBy of ['fiscal_year', 'fiscal_quarter', 'month'] as const) {
        for (const period of [{ kind: 'all' }, { kind: 'fy', from: 2021, to: 2022 }, { kind: 'fy_relative', offset: 0 }] as const) {
          await check({ intent: 'metric', metric, groupBy, cumulative: true, filters: { period, regions: ['west', 'south'] } })
        }
      }
    }
  }, 120_000)

  it('counts the states covered from the start of the period to each fiscal year\'s end (each state once), on both stores', async () => {
    for (const period of [{ kind: 'all' }, { kind: 'fy', from: 2021, to: 2023 }] as const) {
      const { result } = await check({ intent: 'metric', metric: 'states_covered', groupBy: 'fiscal_year', cumulative: true, filters: { period, formats: ['in_person'] } })
      if (result.kind !== 'breakdown') throw new Error('breakdown expected')
      // never fewer than the year before, and never above 50
      expect(result.rows.every((r, i) => (r.value ?? 0) <= 50 && (i === 0 || (r.value ?? 0) >= (result.rows[i - 1]?.value ?? 0)))).toBe(true)
    }
    const { result } = await check({ intent: 'metric', metric: 'states_covered', groupBy: 'fiscal_year', cumulative: true, filters: { period: { kind: 'all' } } })
    const a = renderAnswer({ question: '年度別の累計網羅州数', result })
    expect(a.text.en).toMatch(/^States covered from the start of the period to the end of each fiscal year .*\(each state counted once\):/)
    expect(a.text.ja).toMatch(/期間の初めから各年度末までに事業を実施した州の数（累計、各州は1回のみ計上）：/)
  })

  it('ends on the period total and says it is a running total, in both languages', async () => {
    const { result } = await check({ intent: 'metric', metric: 'events', groupBy: 'month', cumulative: true, filters: { period: { kind: 'fy', from: 2022, to: 2022 } } })
    if (result.kind !== 'breakdown') throw new Error('breakdown expected')
    expect(result.rows).toHaveLength(12)
    expect(result.rows.at(-1)?.value).toBe(result.total)
    expect(result.rows.every((r, i) => i === 0 || (r.value ?? 0) >= (result.rows[i - 1]?.value ?? 0))).toBe(true)
    const a = renderAnswer({ question: 'cumulative events by month in FY2022', result })
    expect(a.text.en).toMatch(/^Running total of events by month in FY2022 \(from the start of the period\):/)
    expect(a.text.ja).toMatch(/実施件数の月別累計（期間の初めからの累計）：/)
    expect(a.interpretation.en).toMatch(/by month, running total from the start of the period/)
  })

  it('refuses a running total that cannot add up (states covered, a ranking, a dimension that is no series)', () => {
    const base = { intent: 'metric', cumulative: true, filters: { period: { kind: 'all' } } }
    expect(querySchema.safeParse({ ...base, metric: 'states_covered', groupBy: 'month' }).success).toBe(false)
    expect(querySchema.safeParse({ ...base, metric: 'offices_active', groupBy: 'fiscal_year' }).success).toBe(false)
    expect(querySchema.safeParse({ ...base, metric: 'events', groupBy: 'office' }).success).toBe(false)
    expect(querySchema.safeParse({ ...base, metric: 'events', groupBy: 'month', top: 1 }).success).toBe(false)
    expect(querySchema.safeParse({ ...base, metric: 'events', groupBy: 'month' }).success).toBe(true)
  })
})
