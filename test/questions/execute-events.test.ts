// The intents about single events, partners, offices without events, states with at least N events and
// places with an event in one period but none in another, against the naive reference (reference-events.ts),
// on a real SQLite file and on PostgreSQL: the same figures on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSchema, renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import { MAX_TIED_SHOWN } from '../../src/questions/intents/largest-event.ts'
import { querySchema, type Filters, type Period, type Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'
import { referenceEvents, type RefEventsAnswer } from './reference-events.ts'

const AS_OF = '2024-06-15' // FY2024
const PARTNERS = ['JETRO', 'jetro', 'ＪＥＴＲＯ', ' JETRO ', 'Japan  Society', 'japan society', 'Sister City Assoc.', '東京大学', '東京　大学', 'ﾄｳｷｮｳ', 'トウキョウ', 'J.E.T.R.O.']

/** The fixture events with partners (case, width and spacing variants) and participant ties at both ends. */
function fixtureEvents() {
  let named = 0
  const next = () => PARTNERS[named++ % PARTNERS.length] as string
  return makeEvents(400, 7).map((e, i) => ({
    ...e,
    partners: i % 3 === 0 ? [] : i % 5 === 0 ? [next(), next()] : [next()],
    participants: i % 37 === 0 ? 5000 : i % 41 === 0 ? 0 : e.participants,
  }))
}

function comparable(r: QueryResult): RefEventsAnswer {
  switch (r.kind) {
    case 'largest_event':
      return { kind: 'largest_event', participants: r.participants, tied: r.tied, ids: r.events.map((e) => e.id), matched: r.matchedEvents }
    case 'partners':
      return {
        kind: 'partners',
        value: r.value,
        withPartners: r.eventsWithPartners,
        matched: r.matchedEvents,
        ...(r.ranking ? { ranking: r.ranking.map((p) => ({ key: p.key, events: p.events })) } : {}),
      }
    case 'offices':
      return { kind: 'offices', offices: r.offices, matched: r.matchedEvents }
    case 'state_counts':
      return { kind: 'state_counts', states: r.states, offices: r.offices }
    case 'difference':
      return { kind: 'difference', keys: r.keys, inFirst: r.inFirst, inSecond: r.inSecond, ...(r.counts ? { counts: r.counts } : {}) }
    default:
      throw new Error(`not an intent of this test: ${r.kind}`)
  }
}

const fy = (from: number, to = from): Period => ({ kind: 'fy', from, to })
const f = (over: Partial<Filters> = {}): Filters => ({ period: { kind: 'all' }, ...over })
const FILTERS: Filters[] = [
  f(),
  f({ period: fy(2022) }),
  f({ period: { kind: 'fy_relative', offset: 0 } }),
  f({ period: { kind: 'dates', from: '2021-05-01', to: '2021-12-31' } }),
  f({ period: fy(2019, 2021), states: ['TX', 'CA', 'DC'] }),
  f({ regions: ['midwest'] }),
  f({ period: fy(2022), offices: ['chicago', 'new-york'] }),
  f({ types: ['japan_event'], bestPractice: true }),
  f({ themes: ['climate_energy'], formats: ['online'] }),
  f({ withoutOffice: true, period: fy(2020, 2023) }),
]
const QUERIES: Query[] = [
  ...FILTERS.flatMap((filters): Query[] => [
    { intent: 'largest_event', filters, order: 'largest' },
    { intent: 'largest_event', filters, order: 'smallest' },
    { intent: 'distinct_partners', filters },
    { intent: 'distinct_partners', filters, top: 1 },
    { intent: 'distinct_partners', filters, top: 3 },
    { intent: 'offices_without_events', filters },
    { intent: 'states_with_min_events', filters, min: 1, subject: 'state', answer: 'list' },
    { intent: 'states_with_min_events', filters, min: 3, subject: 'state', answer: 'count' },
    { intent: 'states_with_min_events', filters, min: 1, max: 1, subject: 'state', answer: 'list' },
    { intent: 'states_with_min_events', filters, min: 0, max: 2, subject: 'state', answer: 'list' },
    { intent: 'states_with_min_events', filters, min: 2, max: 4, subject: 'office', answer: 'list' },
    { intent: 'states_with_min_events', filters, min: 0, max: 1, subject: 'office', answer: 'count' },
    { intent: 'period_difference', subject: 'state', filters, periods: [fy(2021), fy(2022)], op: 'difference', answer: 'list' },
    { intent: 'period_difference', subject: 'office', filters, periods: [{ kind: 'dates', from: '2020-01-01', to: '2020-06-30' }, fy(2023)], op: 'difference', answer: 'list' },
    { intent: 'period_difference', subject: 'state', filters, periods: [fy(2021), fy(2022)], op: 'both', answer: 'count' },
    { intent: 'period_difference', subject: 'office', filters, periods: [fy(2020), { kind: 'dates', from: '2023-01-01', to: '2023-06-30' }], op: 'both', answer: 'list' },
    { intent: 'period_difference', subject: 'state', filters, periods: [fy(2021), fy(2020)], op: 'more', answer: 'list' },
    { intent: 'period_difference', subject: 'state', filters, periods: [fy(2022), fy(2019, 2020)], op: 'fewer', answer: 'count' },
    { intent: 'period_difference', subject: 'office', filters, periods: [fy(2023), fy(2022)], op: 'more', answer: 'list' },
  ]),
  { intent: 'period_difference', subject: 'state', filters: f(), periods: [fy(2016, 2019), { kind: 'fy_relative', offset: 0 }], op: 'difference', answer: 'list' },
  { intent: 'period_difference', subject: 'state', filters: f(), periods: [fy(2016, 2019), { kind: 'fy_relative', offset: 0 }], op: 'both', answer: 'list' },
]

const pg = scratchPostgres()
const dir = tmpDir('grassroots-execute-events-')

for (const provider of ['sqlite', 'postgresql'] as const) {
  describe(`event questions against the naive reference (${provider})`, () => {
    let store: Store
    let events: StoredEvent[]
    beforeAll(async () => {
      store = await openStore({ url: provider === 'sqlite' ? `file:${dir}/events.db` : pg.url() })
      events = await storeEvents(store.db, fixtureEvents())
    })
    afterAll(async () => {
      await store.close()
    })

    it('gives the reference figures for every intent and filter', async () => {
      const nonEmpty = new Set<string>()
      for (const q of QUERIES) {
        const query = querySchema.parse(q)
        const r = await executeQuery(store.db, query, { asOf: AS_OF })
        if ((r.kind === 'offices' && r.offices.length > 0) || (r.kind === 'difference' && r.keys.length > 0) || (r.kind === 'state_counts' && r.states.length + r.offices.length > 0)) {
          nonEmpty.add(r.kind === 'difference' ? `difference_${r.op}` : r.kind === 'state_counts' ? `state_counts_${r.subject}${r.max === undefined ? '' : '_max'}` : r.kind)
        }
        expect(comparable(r), JSON.stringify(q)).toEqual(referenceEvents(events, query, AS_OF, MAX_TIED_SHOWN))
        // and the public answer is valid in both languages
        const answer = answerSchema.parse(renderAnswer({ question: 'q', result: r }))
        expect(answer.intent).toBe(query.intent)
      }
      // the fixture gives every list something to list, so the comparisons above are not all of empty lists
      expect([...nonEmpty].sort()).toEqual(['difference_both', 'difference_difference', 'difference_fewer', 'difference_more', 'offices', 'state_counts_office_max', 'state_counts_state', 'state_counts_state_max'])
    })

    it('shows every tie of the largest event (the fixture has several events at 5,000 participants)', async () => {
      const r = await executeQuery(store.db, { intent: 'largest_event', filters: f(), order: 'largest' }, { asOf: AS_OF })
      if (r.kind !== 'largest_event') throw new Error('largest_event expected')
      expect(r.participants).toBe(5000)
      expect(r.tied).toBeGreaterThan(1)
      expect(r.events.every((e) => e.participants === 5000)).toBe(true)
      const answer = renderAnswer({ question: 'largest', result: r })
      expect(answer.text.en).toContain(`${r.tied} events share the largest attendance`)
      expect(answer.text.ja).toContain(`${r.tied}件あります`)
      expect(answer.items?.length).toBe(Math.min(r.tied, MAX_TIED_SHOWN))
    })

    it('ranks partners by the events naming them, a partner typed in another case or width once, ties shown', async () => {
      const r = await executeQuery(store.db, { intent: 'distinct_partners', filters: f(), top: 1 }, { asOf: AS_OF })
      if (r.kind !== 'partners' || !r.ranking) throw new Error('a partner ranking expected')
      // JETRO in four forms is one partner, named on more events than any other
      expect(r.ranking.map((p) => p.key)).toEqual(['jetro'])
      const answer = answerSchema.parse(renderAnswer({ question: 'top partner', result: r }))
      expect(answer.kind).toBe('breakdown')
      expect(answer.rows?.[0]?.value).toBe(r.ranking[0]?.events)
      expect(answer.text.ja).toContain('最も多く連携したパートナーは')
    })

    it('counts a partner typed in another case, width or spacing once, and a different spelling apart', async () => {
      const r = await executeQuery(store.db, { intent: 'distinct_partners', filters: f() }, { asOf: AS_OF })
      if (r.kind !== 'partners') throw new Error('partners expected')
      // JETRO (4 forms), Japan Society (2), Sister City Assoc., 東京大学, 東京 大学, トウキョウ (2 widths), J.E.T.R.O.
      expect(r.value).toBe(7)
      const answer = renderAnswer({ question: 'partners', result: r })
      expect(answer.value).toBe(7)
      expect(answer.text.ja).toContain('連携団体は7団体です')
    })
  })
}
