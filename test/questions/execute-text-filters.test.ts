// The city, word and partner filters on SQLite and PostgreSQL: every intent honours them, through every store
// path (Event, and the derived EventState/EventRegion/EventTheme joined to Event), and both databases give the
// reference's answer — case and width aside, LIKE wildcards taken literally.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { querySchema, type Filters, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { updateEvent } from '../../src/store/events.ts'
import { rebuildSearchKeys, searchKeysMissing } from '../../src/store/text-keys.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'
import { comparable } from './comparable.ts'
import { reference, type RefAnswer } from './reference.ts'

const dir = tmpDir('grassroots-text-filters-')
const pgDb = scratchPostgres()
const AS_OF = '2024-06-15'
const stores: { name: string; store: Store; events: StoredEvent[] }[] = []

beforeAll(async () => {
  for (const [name, url] of [['sqlite', `file:${dir}/text.db`], ['postgresql', pgDb.url()]] as const) {
    const store = await openStore({ url })
    stores.push({ name, store, events: await storeEvents(store.db, makeEvents(300, 11)) })
  }
}, 60_000)
afterAll(async () => {
  for (const s of stores) await s.store.close()
})

async function both(query: Query, asOf = AS_OF): Promise<RefAnswer[]> {
  const parsed = querySchema.parse(query)
  const out: RefAnswer[] = []
  for (const { name, store, events } of stores) {
    const got = comparable(await executeQuery(store.db, parsed, { asOf }))
    expect({ name, got }).toEqual({ name, got: reference(events, parsed, asOf) })
    out.push(got)
  }
  return out
}

const f = (over: Partial<Filters>): Filters => ({ period: { kind: 'all' }, ...over })
const count = async (filters: Filters) => {
  const [a] = await both({ intent: 'metric', metric: 'events', filters })
  return a?.kind === 'scalar' && a.value !== null ? a.value : NaN
}

describe('text filters on SQLite and PostgreSQL', () => {
  it('matches a city in any spelling of the list, case and width aside, and not a longer name', async () => {
    const ids = (city: string | null) => stores[0]!.events.filter((e) => e.startDate <= AS_OF && e.city === city).length
    // Milwaukee, ミルウォーキー, MILWAUKEE, WI, ﾐﾙｳｫｰｷｰ市 — not "Milwaukee Heights"
    const expected = ids('Milwaukee') + ids('ミルウォーキー') + ids('MILWAUKEE, WI') + ids('ﾐﾙｳｫｰｷｰ市')
    expect(expected).toBeGreaterThan(0)
    expect(await count(f({ city: 'milwaukee' }))).toBe(expected)
    expect(await count(f({ city: 'new-york' }))).toBe(ids('New York City'))
    expect(await count(f({ city: 'st-louis' }))).toBe(ids('St Louis'))
  })

  it('matches a word in titles or summaries, case and width aside, with % and _ taken literally', async () => {
    expect(await count(f({ text: 'semiconductor' }))).toBeGreaterThan(0)
    expect(await count(f({ text: 'SEMICONDUCTOR' }))).toBe(await count(f({ text: 'ｓｅｍｉｃｏｎｄｕｃｔｏｒ' })))
    expect(await count(f({ text: '半導体' }))).toBeGreaterThan(0)
    // "100%" is in a few titles; "100" alone is in many more (titles "Event 100", summaries "100 guests")
    expect(await count(f({ text: '100%' }))).toBeLessThan(await count(f({ text: '100' })))
    expect(await count(f({ text: 'a_b' }))).toBeLessThan(await count(f({ text: 'a' })))
  })

  it('looks in the titles alone or the summary alone when the question says so', async () => {
    // "semiconductor" is in titles and (full-width) in summaries; 桜 in summaries only ('桜の植樹')
    const anywhere = await count(f({ text: 'semiconductor' }))
    const titles = await count(f({ text: 'semiconductor', textIn: 'title' }))
    const summaries = await count(f({ text: 'semiconductor', textIn: 'summary' }))
    expect(titles).toBeGreaterThan(0)
    expect(summaries).toBeGreaterThan(0)
    expect(titles).toBeLessThan(anywhere)
    expect(summaries).toBeLessThan(anywhere)
    const inSummaryOnly = stores[0]!.events.filter((e) => e.startDate <= AS_OF && e.summary === '桜の植樹' && ![e.titleEn, e.titleJa].some((t) => t?.includes('桜'))).length
    expect(inSummaryOnly).toBeGreaterThan(0)
    expect(await count(f({ text: '桜', textIn: 'title' }))).toBe((await count(f({ text: '桜' }))) - inSummaryOnly)
  })

  it('matches a partner as a whole name or a run of its words, never part of a word', async () => {
    const jetro = await count(f({ partner: 'JETRO' }))
    expect(jetro).toBeGreaterThan(0)
    expect(await count(f({ partner: 'jetr' }))).toBe(0)
    expect(await count(f({ partner: 'japan society' }))).toBeGreaterThan(await count(f({ partner: 'Japan Society of Boston' })))
  })

  it('honours the filters in every intent and breakdown (random queries)', async () => {
    const filtersArb: fc.Arbitrary<Filters> = fc.record(
      {
        period: fc.constantFrom({ kind: 'all' as const }, { kind: 'fy' as const, from: 2019, to: 2022 }, { kind: 'dates' as const, from: '2020-01-01', to: '2023-12-31' }),
        states: fc.constantFrom(['WI'], ['IL', 'WI'], ['OR', 'ME', 'WA', 'CA', 'NV', 'ID', 'MT', 'WY', 'UT', 'CO', 'AZ', 'NM', 'AK', 'HI']) as fc.Arbitrary<NonNullable<Filters['states']>>,
        regions: fc.constantFrom(['midwest'], ['west']) as fc.Arbitrary<NonNullable<Filters['regions']>>,
        themes: fc.constantFrom(['trade_investment'], ['sister_city']) as fc.Arbitrary<NonNullable<Filters['themes']>>,
        city: fc.constantFrom('milwaukee', 'chicago', 'portland', 'houston') as fc.Arbitrary<NonNullable<Filters['city']>>,
        text: fc.constantFrom('semiconductor', 'Ａｎｉｍｅ', '桜', 'event 1'),
        textIn: fc.constantFrom('title' as const, 'summary' as const),
        partner: fc.constantFrom('JETRO', 'Japan Society', 'ジェトロ'),
      },
      { requiredKeys: ['period'] },
    ).filter((x) => x.city !== undefined || x.text !== undefined || x.partner !== undefined)
    const metricArb = fc.constantFrom('events', 'participants', 'states_covered', 'offices_active', 'avg_participants' as const)
    const groupArb = fc.constantFrom('fiscal_year', 'state', 'region', 'office', 'activity_type', 'theme', 'format', 'month' as const)
    const queryArb: fc.Arbitrary<Query> = fc.oneof(
      fc.record({ intent: fc.constant('metric' as const), metric: metricArb, filters: filtersArb }),
      fc.record({ intent: fc.constant('metric' as const), metric: metricArb, filters: filtersArb, groupBy: groupArb }),
      fc.record({ intent: fc.constant('compare' as const), metric: metricArb, filters: filtersArb, periods: fc.constant([{ kind: 'fy' as const, from: 2020, to: 2020 }, { kind: 'fy' as const, from: 2021, to: 2021 }] as [{ kind: 'fy'; from: number; to: number }, { kind: 'fy'; from: number; to: number }]) }),
      fc.record({ intent: fc.constant('first_time_states' as const), filters: filtersArb }),
      fc.record({ intent: fc.constant('uncovered_states' as const), filters: filtersArb }),
      fc.record({ intent: fc.constant('list_events' as const), filters: filtersArb, limit: fc.constant(10) }),
    )
    await fc.assert(
      fc.asyncProperty(queryArb, async (query) => {
        await both(query)
      }),
      { numRuns: 80, seed: 20261130 },
    )
  }, 180_000)

  it('first-time states with no filter but the period (one statement of probes) agree on both stores', async () => {
    for (const fy of [2019, 2020, 2021, 2022]) {
      await both({ intent: 'first_time_states', filters: { period: { kind: 'fy', from: fy, to: fy } } })
      await both({ intent: 'first_time_states', filters: { period: { kind: 'fy', from: fy, to: fy }, states: ['IL', 'WI', 'CA', 'TX'] } })
    }
  })

  it('rewrites the keys when an event is edited', async () => {
    const edited = await openStore({ url: `file:${dir}/edit.db` })
    try {
      const [e] = await storeEvents(edited.db, makeEvents(3, 5))
      const { id, ...data } = e!
      const milwaukee = { period: { kind: 'all' as const }, city: 'milwaukee' as const, partner: 'Japan Society' }
      const run = async () => {
        const r = await executeQuery(edited.db, querySchema.parse({ intent: 'metric', metric: 'events', filters: milwaukee }), { asOf: AS_OF })
        return r.kind === 'scalar' ? r.value : NaN
      }
      const before = await run()
      await updateEvent(edited.db, { id, data: { ...data, city: 'ミルウォーキー', partners: ['The Japan Society'] }, actor: 'test', source: 'slack' })
      expect(await run()).toBe((before ?? 0) + (data.city !== null && /milwaukee|ミルウォーキー/i.test(data.city) && data.partners.some((p) => /japan society/i.test(p)) ? 0 : 1))
    } finally {
      await edited.close()
    }
  })

  it('fills in the keys of events stored before they existed (rebuildSearchKeys)', async () => {
    const { store } = stores[0]!
    const before = await count(f({ city: 'milwaukee' }))
    await store.db.event.updateMany({ data: { cityKey: '', textKey: '', partnersKey: '' } })
    const read = await rebuildSearchKeys(store.db, 97)
    expect(read).toBe(stores[0]!.events.length)
    expect(await count(f({ city: 'milwaukee' }))).toBe(before)
  })

  it('fills in the title and summary keys of events keyed before those keys existed, on the next open', async () => {
    const { store } = stores[0]!
    const inTitles = await count(f({ text: 'semiconductor', textIn: 'title' }))
    expect(inTitles).toBeGreaterThan(0)
    // as the migration that added the columns leaves them: textKey kept, titleKey and summaryKey ''
    await store.db.event.updateMany({ data: { titleKey: '', summaryKey: '' } })
    expect(await searchKeysMissing(store.db)).toBe(true)
    await rebuildSearchKeys(store.db)
    expect(await searchKeysMissing(store.db)).toBe(false)
    expect(await count(f({ text: 'semiconductor', textIn: 'title' }))).toBe(inTitles)
  })
})
