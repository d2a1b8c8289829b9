// Events by their own shape: how many themes an event is tagged with (themeCount), how many partners it has
// (partnerCount, any count: Event.partnerCount, and the migration that fills it for stored events), events
// lasting exactly N days, and the average duration of an event in days (event_stat avg_days): on a real SQLite
// file AND on PostgreSQL, against figures computed by hand from the fixture events.
import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'
let events: StoredEvent[]

/** The fixture, with some events given three or four partners (one of them a mark only, which is no partner). */
function fixture() {
  return makeEvents(240, 53).map((e, i) => (i % 11 === 0 ? { ...e, partners: ['JETRO', 'Japan Society', 'JNTO', ...(i % 22 === 0 ? ['University of Hawaii'] : ['・'])] } : e))
}

const both = storeOnBoth({ name: 'event-kinds', data: () => fixture(), asOf: AS_OF })
beforeAll(() => {
  // every recorded event up to the as-of date: what the whole record ({ kind: 'all' }) counts
  events = both.events().filter((e) => e.startDate <= AS_OF)
})

const { run } = both

/** Days from start to end, both counted (1 without an end), by date arithmetic on UTC midnights. */
const daysOf = (e: StoredEvent) => (e.endDate === null ? 1 : Math.round((Date.parse(`${e.endDate}T00:00:00Z`) - Date.parse(`${e.startDate}T00:00:00Z`)) / 86_400_000) + 1)
const inFy = (e: StoredEvent, fy: number) => e.fiscalYear === fy

describe('the number of themes of an event (SQLite and PostgreSQL)', () => {
  it('counts events tagged with two or more themes, exactly one, at least one and at most one', async () => {
    const counts = events.map((e) => new Set(e.themes).size)
    const expected: Array<[{ gte?: number; lte?: number }, number]> = [
      [{ gte: 2 }, counts.filter((n) => n >= 2).length],
      [{ gte: 1, lte: 1 }, counts.filter((n) => n === 1).length],
      [{ gte: 1 }, counts.filter((n) => n >= 1).length],
      [{ lte: 1 }, counts.filter((n) => n <= 1).length],
      [{ lte: 0 }, counts.filter((n) => n === 0).length],
    ]
    // the fixture has events of every kind, so each bound separates something
    expect(expected[0]![1]).toBeGreaterThan(3)
    expect(expected[1]![1]).toBeGreaterThan(3)
    expect(expected[4]![1]).toBeGreaterThan(3)
    for (const [themeCount, n] of expected) {
      for (const r of await run({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, themeCount } })) {
        expect(r.kind === 'scalar' && r.value, JSON.stringify(themeCount)).toBe(n)
      }
    }
  })

  it('adds the participants of the events with two or more themes in one fiscal year', async () => {
    const fy = 2021
    const es = events.filter((e) => inFy(e, fy) && new Set(e.themes).size >= 2)
    expect(es.length).toBeGreaterThan(0)
    for (const r of await run({ intent: 'metric', metric: 'participants', filters: { period: { kind: 'fy', from: fy, to: fy }, themeCount: { gte: 2 } } })) {
      expect(r.kind === 'scalar' && r.value).toBe(es.reduce((n, e) => n + e.participants, 0))
    }
  })
})

describe('events lasting exactly N days, and the average duration (SQLite and PostgreSQL)', () => {
  it('counts the events lasting exactly two days', async () => {
    const n = events.filter((e) => daysOf(e) === 2).length
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(events.filter((e) => daysOf(e) >= 2).length)
    for (const r of await run({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, days: { gte: 2, lte: 2 } } })) {
      expect(r.kind === 'scalar' && r.value).toBe(n)
    }
  })

  it('gives the average duration of an event in days, both ends counted, 1 day without an end date', async () => {
    const es = events
    const total = es.reduce((n, e) => n + daysOf(e), 0)
    expect(total).toBeGreaterThan(es.length)
    for (const r of await run({ intent: 'event_stat', stat: 'avg_days', filters: { period: { kind: 'all' } } })) {
      if (r.kind !== 'event_stat') throw new Error(r.kind)
      expect(r.value).toBe(Math.round((total * 10) / es.length) / 10)
      expect(r.eventDays).toBe(total)
      expect(r.matchedEvents).toBe(es.length)
    }
  })

  it('gives the average duration per office, and none over no event', async () => {
    const [sqlite, pg] = await run({ intent: 'event_stat', stat: 'avg_days', filters: { period: { kind: 'all' } }, groupBy: 'office' })
    if (sqlite?.kind !== 'event_stat' || pg?.kind !== 'event_stat') throw new Error('kind')
    const withEvents = sqlite.rows.filter((row) => row.events > 0)
    expect(withEvents.length).toBeGreaterThan(2)
    for (const row of withEvents) {
      const es = events.filter((e) => e.officeCode === row.key)
      expect(row.value, row.key).toBe(Math.round((es.reduce((n, e) => n + daysOf(e), 0) * 10) / es.length) / 10)
    }
    expect(pg.rows).toEqual(sqlite.rows)
    for (const r of await run({ intent: 'event_stat', stat: 'avg_days', filters: { period: { kind: 'fy', from: 2001, to: 2001 } } })) {
      if (r.kind !== 'event_stat') throw new Error(r.kind)
      expect(r.value).toBeNull()
    }
  })
})

describe('the longest and shortest event in days (SQLite and PostgreSQL)', () => {
  it('gives the most (fewest) days one event spans, with every event of that length, in both languages', async () => {
    for (const [stat, pick] of [['max_days', Math.max], ['min_days', Math.min]] as const) {
      const days = pick(...events.map(daysOf))
      const of = events.filter((e) => daysOf(e) === days)
      for (const r of await run({ intent: 'event_stat', stat, filters: { period: { kind: 'all' } } })) {
        if (r.kind !== 'event_stat') throw new Error(r.kind)
        expect(r.value, stat).toBe(days)
        expect(r.tied, stat).toBe(of.length)
        expect(r.events.map((e) => e.startDate).sort(), stat).toEqual(of.map((e) => e.startDate).sort().slice(-20))
      }
    }
    const [r] = await run({ intent: 'event_stat', stat: 'max_days', filters: { period: { kind: 'all' } } })
    if (r?.kind !== 'event_stat') throw new Error('kind')
    const { renderAnswer } = await import('../../src/questions/answer.ts')
    const a = renderAnswer({ question: 'what is the longest event in days', result: r })
    expect(a.text.en).toMatch(new RegExp(`^Longest event so far: ${r.value} days \\(over [\\d,]+ events\\)\\.\\n`))
    expect(a.text.ja).toContain(`開催期間が最も長い事業の日数は${r.value}日です`)
    expect(a.text.en.split('\n').length).toBe(2 + r.events.length)
  })

  it('gives the longest event per office and none over no event', async () => {
    const [sqlite, pg] = await run({ intent: 'event_stat', stat: 'max_days', filters: { period: { kind: 'all' } }, groupBy: 'office' })
    if (sqlite?.kind !== 'event_stat' || pg?.kind !== 'event_stat') throw new Error('kind')
    for (const row of sqlite.rows.filter((x) => x.events > 0)) expect(row.value, row.key).toBe(Math.max(...events.filter((e) => e.officeCode === row.key).map(daysOf)))
    expect(pg.rows).toEqual(sqlite.rows)
    for (const r of await run({ intent: 'event_stat', stat: 'min_days', filters: { period: { kind: 'fy', from: 2001, to: 2001 } } })) {
      if (r.kind !== 'event_stat') throw new Error(r.kind)
      expect(r.value).toBeNull()
      expect(r.events).toEqual([])
    }
  })
})

/** Partners as the partner filter counts them: each recorded name with a letter or digit. */
const named = (e: StoredEvent) => e.partners.filter((p) => /[\p{L}\p{N}]/u.test(p)).length

describe('any number of partners (SQLite and PostgreSQL)', () => {
  const cases: Array<[{ gt?: number; gte?: number; lt?: number; lte?: number }, (n: number) => boolean]> = [
    [{ gte: 2, lte: 2 }, (n) => n === 2],
    [{ gte: 3 }, (n) => n >= 3],
    [{ gte: 3, lte: 3 }, (n) => n === 3],
    [{ lte: 2 }, (n) => n <= 2],
    [{ gte: 2 }, (n) => n >= 2],
    [{ lte: 0 }, (n) => n === 0],
  ]
  it.each(cases.map(([b, pred]) => [JSON.stringify(b), b, pred] as const))('%s counts the events a hand count finds', async (_name, partnerCount, pred) => {
    const n = events.filter((e) => pred(named(e))).length
    expect(n).toBeGreaterThan(0)
    for (const r of await run({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, partnerCount } })) expect(r.kind === 'scalar' && r.value).toBe(n)
  })

  it('fills Event.partnerCount for stored events as the migration does, on both databases', async () => {
    const sql = (dir: string) => {
      const text = fs.readFileSync(new URL(`../../prisma/${dir}/20261203100000_partner_count/migration.sql`, import.meta.url), 'utf8')
      const update = /UPDATE "Event"[^;]+;/.exec(text)?.[0]
      if (update === undefined) throw new Error('no UPDATE in the migration')
      return update
    }
    for (const [name, store] of Object.entries(both.stores)) {
      if (!store) throw new Error('store not open')
      await store.db.$executeRawUnsafe('UPDATE "Event" SET "partnerCount" = 0')
      await store.db.$executeRawUnsafe(sql(name === 'sqlite' ? 'migrations' : 'postgresql/migrations'))
      const rows = await store.db.event.findMany({ select: { id: true, partnerCount: true }, orderBy: { id: 'asc' } })
      const all = both.events()
      expect(rows.map((r) => r.partnerCount), name).toEqual(all.map(named))
      expect(rows.some((r) => r.partnerCount >= 3)).toBe(true)
    }
  })
})
