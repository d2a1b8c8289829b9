// The costs recorded on events (event_cost, largest_event by cost, the cost filters) on a real SQLite file
// and on PostgreSQL, against figures computed by hand from the fixture events: costs on about two events in
// three (0 yen on some), none on the others, so that "only events with a cost" is always a real restriction.
import { describe, expect, it } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { answerSchema, renderAnswer } from '../../src/questions/answer.ts'
import { executeQuery, type QueryResult } from '../../src/questions/execute.ts'
import type { EventCostResult } from '../../src/questions/intents/event-cost.ts'
import { formatNumber, formatYenEn, formatYenManJa } from '../../src/questions/numbers.ts'
import { querySchema, type Filters, type Period } from '../../src/questions/query.ts'
import { storeOnBoth, type StoreName } from './both-stores.ts'
import { makeEvents } from './fixtures.ts'

const AS_OF = '2024-06-15' // FY2024, still running: later events are never counted

/** A cost on about two events in three: 0 yen on some, a few repeated amounts (ties) on the others. */
function costOf(i: number): number | null {
  if (i % 3 === 2) return null
  return i % 17 === 0 ? 0 : 150_000 + ((i * 7919) % 40) * 125_000
}
const DATA: EventData[] = makeEvents(300, 23).map((e, i) => ({ ...e, costYen: costOf(i) }))

const both = storeOnBoth({ name: 'execute-costs', data: () => DATA, asOf: AS_OF })

/** The fixture events a period and a few simple filters match (start dates up to the as-of date). */
function matching(p: { fy?: number; office?: string; format?: string }): EventData[] {
  return DATA.filter(
    (e) =>
      e.startDate <= AS_OF &&
      (p.fy === undefined || e.fiscalYear === p.fy) &&
      (p.office === undefined || e.officeCode === p.office) &&
      (p.format === undefined || e.format === p.format),
  )
}

/** The cost figures of a set of events, by hand. */
function byHand(events: EventData[]) {
  const costed = events.filter((e) => e.costYen != null)
  const costYen = costed.reduce((n, e) => n + (e.costYen ?? 0), 0)
  const participants = costed.reduce((n, e) => n + e.participants, 0)
  return {
    events: events.length,
    withCost: costed.length,
    costYen,
    participants,
    total: costed.length === 0 ? null : costYen,
    average: costed.length === 0 ? null : Math.round(costYen / costed.length),
    per_participant: costed.length === 0 || participants === 0 ? null : Math.round(costYen / participants),
  }
}

async function run(store: StoreName, query: unknown): Promise<QueryResult> {
  const s = both.stores[store]
  if (!s) throw new Error('store not open')
  return executeQuery(s.db, querySchema.parse(query), { asOf: AS_OF })
}

const fy = (y: number): Period => ({ kind: 'fy', from: y, to: y })
const OFFICE = DATA[4]?.officeCode ?? 'chicago'
const FORMAT = DATA[5]?.format ?? 'online'
const CASES: Array<{ filters: Filters; hand: { fy?: number; office?: string; format?: string } }> = [
  { filters: { period: fy(2021) }, hand: { fy: 2021 } },
  { filters: { period: fy(2022), offices: [OFFICE] as Filters['offices'] }, hand: { fy: 2022, office: OFFICE } },
  { filters: { period: fy(2024) }, hand: { fy: 2024 } },
  { filters: { period: { kind: 'all' }, formats: [FORMAT] as Filters['formats'] }, hand: { format: FORMAT } },
  { filters: { period: { kind: 'all' }, offices: [OFFICE] as Filters['offices'] }, hand: { office: OFFICE } },
]

for (const store of ['sqlite', 'postgresql'] as const) {
  describe(`the costs recorded on events (${store})`, () => {
    it('gives the total, the average per event and the cost per participant over the events with a cost only', async () => {
      for (const c of CASES) {
        const hand = byHand(matching(c.hand))
        expect(hand.withCost).toBeLessThan(hand.events) // some events have no cost: the restriction is real
        for (const figure of ['total', 'average', 'per_participant'] as const) {
          const r = (await run(store, { intent: 'event_cost', figure, filters: c.filters })) as EventCostResult
          expect(r.kind).toBe('event_cost')
          expect({ value: r.value, events: r.matchedEvents, withCost: r.total.withCost, costYen: r.total.costYen, participants: r.total.participants }, `${figure} ${JSON.stringify(c.filters)}`).toEqual({
            value: hand[figure],
            events: hand.events,
            withCost: hand.withCost,
            costYen: hand.costYen,
            participants: hand.participants,
          })
          const answer = answerSchema.parse(renderAnswer({ question: 'q', result: r }))
          expect(answer.value).toBe(hand[figure])
          expect(answer.interpretation.en).toContain(`${hand.withCost} of ${hand.events} events have a cost recorded; the others are not counted`)
          expect(answer.interpretation.ja).toContain(`${hand.events.toLocaleString('en-US')}件中${hand.withCost.toLocaleString('en-US')}件に費用の記録あり`)
          if (figure !== 'total') expect(answer.interpretation.en).toContain('rounded to the nearest yen')
          // the sentence: exact yen in English, 万円 (約 when rounded) in Japanese; the exact sum in the interpretation line
          const v = hand[figure]
          if (v !== null) {
            expect(answer.text.en).toContain(formatYenEn(v))
            expect(answer.text.ja).toContain(figure === 'per_participant' ? `${formatNumber(v)}円です` : `${formatYenManJa(v)}です`)
          }
          expect(answer.interpretation.ja).toContain(`費用合計 ${formatNumber(hand.costYen)}円`)
        }
      }
    })

    it('gives the same sum as the budget question’s costs spent for one fiscal year', async () => {
      for (const y of [2021, 2022, 2024]) {
        const cost = (await run(store, { intent: 'event_cost', figure: 'total', filters: { period: fy(y) } })) as EventCostResult
        const budget = await run(store, { intent: 'budget_execution', figure: 'spent', filters: { period: fy(y) } })
        if (budget.kind !== 'budget') throw new Error('budget expected')
        expect(cost.total.costYen).toBe(budget.spentYen)
        expect(cost.total.withCost).toBe(budget.eventsWithCost)
      }
    })

    it('breaks the total down by office (groups add up to the total) and ranks the top 3 with ties', async () => {
      const events = matching({})
      const offices = [...new Set(events.map((e) => e.officeCode))]
      const perOffice = offices.map((o) => ({ key: o, ...byHand(events.filter((e) => e.officeCode === o)) }))
      const all = (await run(store, { intent: 'event_cost', figure: 'total', filters: { period: { kind: 'all' } }, groupBy: 'office' })) as EventCostResult
      expect(all.rows?.length).toBe(offices.length)
      expect(all.rows?.reduce((n, r) => n + (r.value ?? 0), 0)).toBe(byHand(events).costYen)
      for (const row of all.rows ?? []) expect(row.value).toBe(perOffice.find((p) => p.key === row.key)?.total)
      const top = (await run(store, { intent: 'event_cost', figure: 'total', filters: { period: { kind: 'all' } }, groupBy: 'office', top: 3 })) as EventCostResult
      const sorted = perOffice.filter((p) => p.total !== null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
      const third = sorted[2]?.total
      expect(top.rows?.map((r) => r.value)).toEqual(sorted.filter((p) => (p.total ?? 0) >= (third ?? 0)).map((p) => p.total))
      const fewest = (await run(store, { intent: 'event_cost', figure: 'average', filters: { period: fy(2022) }, groupBy: 'format', fewest: true, top: 1 })) as EventCostResult
      const fy22 = matching({ fy: 2022 })
      const averages = [...new Set(fy22.map((e) => e.format))].map((f) => byHand(fy22.filter((e) => e.format === f)).average).filter((v): v is number => v !== null)
      expect(fewest.rows?.[0]?.value).toBe(Math.min(...averages))
      const byYear = (await run(store, { intent: 'event_cost', figure: 'per_participant', filters: { period: { kind: 'all' } }, groupBy: 'fiscal_year' })) as EventCostResult
      expect(byYear.rows?.map((r) => r.key)).toEqual([...(byYear.rows?.map((r) => r.key) ?? [])].sort())
      for (const row of byYear.rows ?? []) expect(row.value).toBe(byHand(matching({ fy: Number(row.key) })).per_participant)
    })

    it('finds the most and the least expensive event, ties all counted, events with no cost left out', async () => {
      for (const period of [fy(2022), { kind: 'all' } as Period]) {
        const events = matching(period.kind === 'fy' ? { fy: period.from } : {})
        const costs = events.map((e) => e.costYen).filter((c): c is number => c != null)
        for (const order of ['largest', 'smallest'] as const) {
          const r = await run(store, { intent: 'largest_event', by: 'cost', order, filters: { period } })
          if (r.kind !== 'largest_event') throw new Error('largest_event expected')
          const extreme = order === 'largest' ? Math.max(...costs) : Math.min(...costs)
          expect(r.participants).toBe(extreme)
          expect(r.tied).toBe(costs.filter((c) => c === extreme).length)
          expect(r.withCost).toBe(costs.length)
          for (const e of r.events) expect(e.costYen).toBe(extreme)
          const answer = answerSchema.parse(renderAnswer({ question: 'q', result: r }))
          expect(answer.interpretation.en).toContain(`${costs.length} of ${events.length} events have a cost recorded`)
        }
      }
      const none = await run(store, { intent: 'largest_event', by: 'cost', order: 'largest', filters: { period: fy(2022), costRecorded: false } })
      if (none.kind !== 'largest_event') throw new Error('largest_event expected')
      expect(none.participants).toBeNull()
      expect(none.matchedEvents).toBe(matching({ fy: 2022 }).filter((e) => e.costYen == null).length)
    })

    it('filters on a cost recorded, no cost recorded and cost bounds in counts, participants and shares', async () => {
      const events = matching({ fy: 2022 })
      const count = async (extra: Partial<Filters>, metric: 'events' | 'participants' = 'events') => {
        const r = await run(store, { intent: 'metric', metric, filters: { period: fy(2022), ...extra } })
        if (r.kind !== 'scalar') throw new Error('scalar expected')
        return r.value
      }
      expect(await count({ costRecorded: true })).toBe(events.filter((e) => e.costYen != null).length)
      expect(await count({ costRecorded: false })).toBe(events.filter((e) => e.costYen == null).length)
      expect(await count({ cost: { gt: 1_000_000 } })).toBe(events.filter((e) => e.costYen != null && e.costYen > 1_000_000).length)
      expect(await count({ cost: { gte: 1_025_000, lt: 3_000_000 } })).toBe(events.filter((e) => e.costYen != null && e.costYen >= 1_025_000 && e.costYen < 3_000_000).length)
      expect(await count({ cost: { lte: 0 } })).toBe(events.filter((e) => e.costYen === 0).length)
      expect(await count({ costRecorded: true }, 'participants')).toBe(events.filter((e) => e.costYen != null).reduce((n, e) => n + e.participants, 0))
      const share = await run(store, { intent: 'share', of: 'events', filters: { period: fy(2022) }, condition: { costRecorded: true } })
      if (share.kind !== 'share') throw new Error('share expected')
      expect({ part: share.part, whole: share.whole }).toEqual({ part: events.filter((e) => e.costYen != null).length, whole: events.length })
    })
  })
}
