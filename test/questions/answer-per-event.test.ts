// Answers to single events' statistics, the event touching the most states, partners per event and every one
// of several states or partners: the figure, the headline and the interpretation line in both languages say
// exactly what was counted (the single event, DC counted as one state, how partners are counted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSchema, renderAnswer, type Answer } from '../../src/questions/answer.ts'
import { executeQuery } from '../../src/questions/execute.ts'
import type { Filters, Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

const dir = tmpDir('grassroots-answer-per-event-')
const AS_OF = '2024-06-15'
let store: Store
let events: StoredEvent[]

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/answer.db` })
  const data = makeEvents(200, 23).map((e, i) => (i % 10 === 0 ? { ...e, stateCodes: ['DC', 'OK', 'TX'] as typeof e.stateCodes } : e))
  events = (await storeEvents(store.db, data)).filter((e) => e.startDate <= AS_OF)
})
afterAll(async () => {
  await store.close()
})

const fy22 = { kind: 'fy', from: 2022, to: 2022 } as const
const f = (over: Partial<Filters> = {}): Filters => ({ period: fy22, ...over })
const n = (x: number) => x.toLocaleString('en-US')

async function answer(query: Query): Promise<Answer> {
  const result = await executeQuery(store.db, query, { asOf: AS_OF })
  const a = renderAnswer({ question: 'q', result })
  expect(answerSchema.parse(a)).toEqual(a)
  return a
}

describe('answers about single events and partners per event', () => {
  it('the largest participant count of one event: the figure and what it is, in both languages', async () => {
    const es = events.filter((e) => e.fiscalYear === 2022)
    const max = Math.max(...es.map((e) => e.participants))
    const a = await answer({ intent: 'event_stat', stat: 'max_participants', filters: f() })
    expect(a.value).toBe(max)
    expect(a.text.en).toBe(`Largest attendance at a single event in FY2022: ${n(max)} participants (over ${es.length} events).`)
    expect(a.text.ja).toContain(`2022年度（令和4年度）の1件あたりの参加者数の最大値は`)
    expect(a.interpretation.en).toContain('the largest participant count of a single event')
    expect(a.interpretation.ja).toContain('1件あたりの参加者数の最大値（単一事業の参加者数のうち最も多いもの）')
  })

  it('the average number of states per event says DC is counted as one state', async () => {
    const es = events.filter((e) => e.fiscalYear === 2022)
    const touches = es.reduce((s, e) => s + e.stateCodes.length, 0)
    const avg = Math.round((touches * 10) / es.length) / 10
    const a = await answer({ intent: 'event_stat', stat: 'avg_states', filters: f() })
    expect(a.value).toBe(avg)
    expect(a.text.en).toContain(`Average number of states per event in FY2022: ${avg} states (over ${es.length} events, touching ${n(touches)} states between them`)
    expect(a.text.en).toContain('DC counted as one state')
    expect(a.text.ja).toContain(`1事業あたりの平均州数は${avg}州です`)
    expect(a.text.ja).toContain('ワシントンDCも1州として数えています')
  })

  it('per group: one row per group with its own statistic', async () => {
    const a = await answer({ intent: 'event_stat', stat: 'min_participants', filters: f(), groupBy: 'format' })
    expect(a.kind).toBe('breakdown')
    expect(a.rows?.length).toBeGreaterThan(0)
    for (const row of a.rows ?? []) {
      const group = events.filter((e) => e.fiscalYear === 2022 && e.format === row.key)
      expect(row.value, row.key).toBe(group.length === 0 ? null : Math.min(...group.map((e) => e.participants)))
    }
    expect(a.text.en.split('\n')[1]).toBe('By format:')
  })

  it('the event touching the most states: its states, and the ties', async () => {
    const es = events.filter((e) => e.fiscalYear === 2022)
    const most = Math.max(...es.map((e) => e.stateCodes.length))
    const tied = es.filter((e) => e.stateCodes.length === most).length
    const a = await answer({ intent: 'largest_event', filters: f(), order: 'largest', by: 'states' })
    expect(a.kind).toBe('list')
    expect(a.items?.length).toBe(Math.min(tied, 20))
    expect(a.text.en.split('\n')[0]).toBe(tied === 1 ? `The event touching the most states in FY2022 (${most} states):` : `${tied} events share the most states in FY2022, ${most} states each:`)
    expect(a.interpretation.ja).toContain('対象州数が最も多い事業（ワシントンDCも1州として計数）')
  })

  it('partners per event and every one of several states: named in both languages', async () => {
    const two = events.filter((e) => e.fiscalYear === 2022 && e.partners.filter((p) => /[\p{L}\p{N}]/u.test(p)).length >= 2).length
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ partnerCount: { gte: 2 } }) })
    expect(a.value).toBe(two)
    expect(a.interpretation.en).toContain('events with 2 or more partners (each recorded partner name counted once)')
    expect(a.interpretation.ja).toContain('パートナーが2団体以上の事業（記録されたパートナー名を1団体として計数）')
    const both = events.filter((e) => e.fiscalYear === 2022 && e.stateCodes.includes('TX') && e.stateCodes.includes('OK')).length
    const b = await answer({ intent: 'metric', metric: 'events', filters: f({ allStates: ['TX', 'OK'] }) })
    expect(b.value).toBe(both)
    expect(b.interpretation.en).toContain('events touching every one of: Texas (TX); Oklahoma (OK)')
    expect(b.text.ja).toContain('テキサス州とオクラホマ州の両方で実施した事業')
  })
})
