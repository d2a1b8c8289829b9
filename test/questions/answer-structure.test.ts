// Answers with the structure filters: the headline and the interpretation line name them in both languages
// ("excluding Online" / 「オンライン以外」, "multi-state events" / 「複数州にまたがる事業」, "over 1,000
// participants" / 「参加者1,000名超」), and the figure is the one the filter defines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSchema, renderAnswer, type Answer } from '../../src/questions/answer.ts'
import { executeQuery } from '../../src/questions/execute.ts'
import type { Filters, Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

const dir = tmpDir('grassroots-answer-structure-')
const AS_OF = '2024-06-15'
let store: Store
let events: StoredEvent[]

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/answer.db` })
  events = (await storeEvents(store.db, makeEvents(300, 11))).filter((e) => e.startDate <= AS_OF)
})
afterAll(async () => {
  await store.close()
})

const fy22 = { kind: 'fy', from: 2022, to: 2022 } as const
const f = (over: Partial<Filters> = {}): Filters => ({ period: fy22, ...over })
const in22 = (e: StoredEvent) => e.fiscalYear === 2022

async function answer(query: Query): Promise<Answer> {
  const result = await executeQuery(store.db, query, { asOf: AS_OF })
  const a = renderAnswer({ question: 'q', result })
  expect(answerSchema.parse(a)).toEqual(a)
  return a
}

describe('answers with structure filters', () => {
  it('excluding online: the figure, the headline and the interpretation line in both languages', async () => {
    const n = events.filter((e) => in22(e) && e.format !== 'online').length
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ exclude: { formats: ['online'] } }) })
    expect(a.value).toBe(n)
    expect(a.text.en).toBe(`There were ${n} events (excluding Online) in FY2022.`)
    expect(a.text.ja).toBe(`2022年度（令和4年度）のオンライン以外の実施件数は${n}件です。`)
    expect(a.interpretation.en).toContain('all offices · excluding Online')
    expect(a.interpretation.ja).toContain('全在外公館・オンライン以外')
  })

  it('outside Texas: a multi-state event touching Texas is not counted', async () => {
    const n = events.filter((e) => in22(e) && !e.stateCodes.includes('TX')).length
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ exclude: { states: ['TX'] } }) })
    expect(a.value).toBe(n)
    expect(a.text.en).toBe(`There were ${n} events (outside Texas) in FY2022.`)
    expect(a.text.ja).toBe(`2022年度（令和4年度）のテキサス州以外での実施件数は${n}件です。`)
    // the reading is spelt out: an event in Texas and elsewhere is not "outside Texas"
    expect(a.interpretation.en).toContain('outside Texas (TX), leaving out every event held there even in part')
    expect(a.interpretation.ja).toContain('テキサス州以外（一部でも当該州で実施した事業は除外）')
  })

  it('other than the Chicago consulate: said in place of "all offices"', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ exclude: { offices: ['chicago'] } }) })
    expect(a.value).toBe(events.filter((e) => in22(e) && e.officeCode !== 'chicago').length)
    expect(a.interpretation.en).toContain('all offices except Chicago consulate')
    expect(a.interpretation.ja).toContain('在シカゴ総領事館以外の在外公館')
  })

  it('multi-state events, no theme, participant bounds', async () => {
    const multi = await answer({ intent: 'metric', metric: 'participants', filters: f({ stateCount: { gte: 2 } }) })
    expect(multi.value).toBe(events.filter((e) => in22(e) && e.stateCodes.length >= 2).reduce((s, e) => s + e.participants, 0))
    expect(multi.text.en).toContain('(multi-state events)')
    expect(multi.text.ja).toContain('複数州にまたがる事業の延べ参加者数')
    const none = await answer({ intent: 'metric', metric: 'events', filters: f({ withoutTheme: true }) })
    expect(none.value).toBe(events.filter((e) => in22(e) && e.themes.length === 0).length)
    expect(none.interpretation.en).toContain('events without a theme')
    expect(none.interpretation.ja).toContain('テーマ未設定の事業')
    const big = await answer({ intent: 'metric', metric: 'events', filters: f({ participantCount: { gt: 1000 } }) })
    expect(big.value).toBe(events.filter((e) => in22(e) && e.participants > 1000).length)
    expect(big.text.en).toContain('(over 1,000 participants)')
    expect(big.text.ja).toContain('参加者1,000名超の実施件数')
    const small = await answer({ intent: 'metric', metric: 'events', filters: f({ participantCount: { lt: 100 }, stateCount: { lte: 1 } }) })
    expect(small.interpretation.en).toContain('single-state events · under 100 participants')
    expect(small.interpretation.ja).toContain('単一州の事業・参加者100名未満')
  })

  it('a theme breakdown whose rows do not add up to the total (events with no theme, or several) says so', async () => {
    const n = events.filter(in22).length
    const a = await answer({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'theme' })
    const sum = (a.rows ?? []).reduce((t, r) => t + (r.value ?? 0), 0)
    expect(sum).not.toBe(n)
    expect(a.text.en).toContain(`so the groups do not add up to the total (${n} events)`)
    expect(a.text.ja).toContain(`テーマ未設定の事業はいずれにも計上していないため、各区分の合計は全体（${n}件）と一致しません。`)
  })

  it('a state breakdown outside Texas has no Texas row', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ exclude: { states: ['TX'] } }), groupBy: 'state' })
    expect(a.rows?.map((r) => r.key)).not.toContain('TX')
    expect(a.text.en.split('\n')[0]).toBe('Events by state (outside Texas) in FY2022:')
  })
})
