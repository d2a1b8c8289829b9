// More statistics of single events (event_stat): the median cost over the events with a cost recorded, the
// median days, the average (largest) number of partners per event as the partnerCount filter counts them, the
// average number of themes per event (none counts 0), the range of participants and the population / sample
// standard deviation — on a real SQLite file AND on PostgreSQL, against figures worked out by hand from the
// fixture events, per group too, with the answer's wording in both languages.
import { beforeAll, describe, expect, it } from 'vitest'
import { standardDeviation } from '../../src/questions/intents/event-stat.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'
const ALL = { kind: 'all' as const }

/** The fixture: a cost on every third event (odd yen on some, so that an even median may end in .5), more partners on some (a mark only is no partner). */
function fixture() {
  return makeEvents(240, 71).map((e, i) => ({
    ...e,
    ...(i % 3 === 0 ? { costYen: 50_000 + ((i * 7919) % 1_900_001) } : {}),
    ...(i % 13 === 0 ? { partners: ['JETRO', 'Japan Society', ...(i % 26 === 0 ? ['JNTO'] : ['・'])] } : {}),
  }))
}

const both = storeOnBoth({ name: 'event-stats-more', data: () => fixture(), asOf: AS_OF })
let events: StoredEvent[]
beforeAll(() => {
  events = both.events().filter((e) => e.startDate <= AS_OF)
})
const { run } = both

/** The middle value, or the mean of the two middle ones. */
function median(xs: number[]): number | null {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? (s[m] as number) : Math.round((((s[m - 1] as number) + (s[m] as number)) / 2) * 10) / 10
}
const daysOf = (e: StoredEvent) => (e.endDate === null ? 1 : Math.round((Date.parse(`${e.endDate}T00:00:00Z`) - Date.parse(`${e.startDate}T00:00:00Z`)) / 86_400_000) + 1)
/** Partners as the partner filter counts them: each recorded name with a letter or digit. */
const named = (e: StoredEvent) => e.partners.filter((p) => /[\p{L}\p{N}]/u.test(p)).length
const avg = (sum: number, n: number) => Math.round((sum * 10) / n) / 10

async function scalar(stat: string, filters: object = { period: ALL }, groupBy?: string) {
  const results = await run({ intent: 'event_stat', stat, filters, ...(groupBy ? { groupBy } : {}) } as never)
  const [sqlite, pg] = results
  if (sqlite?.kind !== 'event_stat' || pg?.kind !== 'event_stat') throw new Error('kind')
  expect(pg.value, stat).toEqual(sqlite.value)
  expect(pg.rows, stat).toEqual(sqlite.rows)
  return sqlite
}

describe('standardDeviation', () => {
  it('divides by n or n − 1, one decimal, and has no sample figure under two values', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 32 → population √4 = 2, sample √(32/7) = 2.138…
    const xs = [2, 4, 4, 4, 5, 5, 7, 9]
    expect(standardDeviation(xs, 'population')).toBe(2)
    expect(standardDeviation(xs, 'sample')).toBe(2.1)
    expect(standardDeviation([7], 'population')).toBe(0)
    expect(standardDeviation([7], 'sample')).toBeNull()
    expect(standardDeviation([], 'population')).toBeNull()
  })
})

describe('more statistics of single events (SQLite and PostgreSQL)', () => {
  it('gives the median cost over the events with a cost recorded only, and says so', async () => {
    const costs = events.flatMap((e) => (e.costYen == null ? [] : [e.costYen]))
    expect(costs.length).toBeGreaterThan(10)
    expect(costs.length).toBeLessThan(events.length)
    const r = await scalar('median_cost')
    expect(r.value).toBe(median(costs))
    expect(r.withCost).toBe(costs.length)
    expect(r.matchedEvents).toBe(events.length)
    const { renderAnswer } = await import('../../src/questions/answer.ts')
    const a = renderAnswer({ question: 'median cost per event', result: r })
    expect(a.text.en).toContain(`over ${events.length.toLocaleString('en-US')} events, ${costs.length} of them with a cost recorded — only those counted`)
    expect(a.text.ja).toContain(`費用の記録がある${costs.length}件のみ`)
    expect(a.interpretation.en).toContain('over the events with a cost recorded only')
    expect(a.interpretation.ja).toContain('費用の記録がある事業のみが対象')
  })

  it('gives the median cost per fiscal year, each year over its events with a cost', async () => {
    const r = await scalar('median_cost', { period: ALL }, 'fiscal_year')
    const withEvents = r.rows.filter((row) => row.events > 0)
    expect(withEvents.length).toBeGreaterThan(2)
    for (const row of withEvents) {
      const costs = events.filter((e) => String(e.fiscalYear) === row.key && e.costYen != null).map((e) => e.costYen as number)
      expect(row.value, row.key).toBe(median(costs))
      expect(row.withCost, row.key).toBe(costs.length)
    }
  })

  it('has no median cost over events without one, and names that', async () => {
    const r = await scalar('median_cost', { period: ALL, costRecorded: false })
    expect(r.value).toBeNull()
    expect(r.matchedEvents).toBeGreaterThan(0)
    const { renderAnswer } = await import('../../src/questions/answer.ts')
    expect(renderAnswer({ question: 'q', result: r }).text.en).toMatch(/has a cost recorded, so there is no median cost\.$/m)
  })

  it('gives the median participants within each group (by format, by fiscal year), an event in several states in each', async () => {
    for (const groupBy of ['format', 'fiscal_year', 'state']) {
      const r = await scalar('median_participants', { period: ALL }, groupBy)
      const withEvents = r.rows.filter((row) => row.events > 0)
      expect(withEvents.length, groupBy).toBeGreaterThan(1)
      for (const row of withEvents) {
        const inGroup = events.filter((e) => (groupBy === 'format' ? e.format : groupBy === 'state' ? e.stateCodes.includes(row.key) && row.key : String(e.fiscalYear)) === row.key)
        expect(row.value, `${groupBy} ${row.key}`).toBe(median(inGroup.map((e) => e.participants)))
        expect(row.events).toBe(inGroup.length)
      }
    }
    const overall = await scalar('median_participants')
    expect(overall.value).toBe(median(events.map((e) => e.participants)))
  })

  it('gives the median days', async () => {
    const r = await scalar('median_days')
    expect(r.value).toBe(median(events.map(daysOf)))
  })

  it('gives the average and largest number of partners per event, as the partnerCount filter counts them', async () => {
    const total = events.reduce((n, e) => n + named(e), 0)
    // the mark-only partner is no partner: a raw count of the names would differ
    expect(total).toBeLessThan(events.reduce((n, e) => n + e.partners.length, 0))
    const r = await scalar('avg_partners')
    expect(r.value).toBe(avg(total, events.length))
    expect(r.partnerTotal).toBe(total)
    const m = await scalar('max_partners')
    expect(m.value).toBe(Math.max(...events.map(named)))
    expect(m.value).toBe(3)
    // the events the partnerCount filter finds with that many partners are the ones counted here
    for (const x of await run({ intent: 'metric', metric: 'events', filters: { period: ALL, partnerCount: { gte: 3 } } })) {
      expect(x.kind === 'scalar' && x.value).toBe(events.filter((e) => named(e) >= 3).length)
    }
    const byOffice = await scalar('avg_partners', { period: ALL }, 'office')
    for (const row of byOffice.rows.filter((x) => x.events > 0)) {
      const es = events.filter((e) => e.officeCode === row.key)
      expect(row.value, row.key).toBe(avg(es.reduce((n, e) => n + named(e), 0), es.length))
    }
  })

  it('gives the average number of themes per event, an event without a theme counted as 0', async () => {
    const total = events.reduce((n, e) => n + new Set(e.themes).size, 0)
    const none = events.filter((e) => e.themes.length === 0).length
    expect(none).toBeGreaterThan(3)
    const r = await scalar('avg_themes')
    expect(r.value).toBe(avg(total, events.length))
    expect(r.themeTotal).toBe(total)
    // with a theme filter: the events of that theme, each with all its themes counted
    const theme = events.find((e) => e.themes.length > 0)?.themes[0] as string
    const of = events.filter((e) => e.themes.includes(theme as never))
    const t = await scalar('avg_themes', { period: ALL, themes: [theme] })
    expect(t.value).toBe(avg(of.reduce((n, e) => n + new Set(e.themes).size, 0), of.length))
    expect(t.value).toBeGreaterThanOrEqual(1)
  })

  it('gives the range of participants, with the largest and smallest', async () => {
    const fy = events[0]?.fiscalYear as number
    const es = events.filter((e) => e.fiscalYear === fy)
    const big = Math.max(...es.map((e) => e.participants))
    const small = Math.min(...es.map((e) => e.participants))
    expect(big).toBeGreaterThan(small)
    const r = await scalar('range_participants', { period: { kind: 'fy', from: fy, to: fy } })
    expect(r.value).toBe(big - small)
    expect([r.largest, r.smallest]).toEqual([big, small])
    const { renderAnswer } = await import('../../src/questions/answer.ts')
    const a = renderAnswer({ question: 'q', result: r })
    expect(a.text.en).toContain(`largest ${big.toLocaleString('en-US')} minus smallest ${small.toLocaleString('en-US')}`)
  })

  it('gives the population and sample standard deviation of participants per event', async () => {
    const xs = events.map((e) => e.participants)
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0)
    const pop = await scalar('stddev_pop_participants')
    const sample = await scalar('stddev_sample_participants')
    expect(pop.value).toBe(Math.round(Math.sqrt(ss / xs.length) * 10) / 10)
    expect(sample.value).toBe(Math.round(Math.sqrt(ss / (xs.length - 1)) * 10) / 10)
    expect(sample.value).toBeGreaterThan(pop.value as number)
    const { renderAnswer } = await import('../../src/questions/answer.ts')
    expect(renderAnswer({ question: 'q', result: sample }).interpretation.ja).toContain('標本標準偏差')
    expect(renderAnswer({ question: 'q', result: pop }).interpretation.en).toContain('divided by the number of events, n;')
  })

  it('has no sample standard deviation over one event, and says a second is needed', async () => {
    const one = events.find((e) => events.filter((x) => x.startDate === e.startDate && x.officeCode === e.officeCode).length === 1)
    if (one === undefined) throw new Error('no event alone on its day and office')
    const filters = { period: { kind: 'dates', from: one.startDate, to: one.startDate }, offices: [one.officeCode] }
    const sample = await scalar('stddev_sample_participants', filters)
    expect(sample.matchedEvents).toBe(1)
    expect(sample.value).toBeNull()
    expect((await scalar('stddev_pop_participants', filters)).value).toBe(0)
    const { renderAnswer } = await import('../../src/questions/answer.ts')
    const a = renderAnswer({ question: 'q', result: sample })
    expect(a.text.en).toContain('a sample standard deviation needs at least two, so there is no figure')
    expect(a.text.ja).toContain('標本標準偏差は算出できません（2件以上が必要です）')
  })

  it('gives no figure over no events', async () => {
    for (const stat of ['median_cost', 'median_days', 'avg_partners', 'avg_themes', 'range_participants', 'stddev_sample_participants']) {
      const r = await scalar(stat, { period: { kind: 'fy', from: 2001, to: 2001 } })
      expect(r.value, stat).toBeNull()
    }
  })
})
