import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerSchema } from '../../src/questions/answer.ts'
import { answerQuestion, chooseReading, type ModelParse, type RuleParse } from '../../src/questions/answer-question.ts'
import type { ParseResult, Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

const dir = tmpDir('grassroots-answer-question-')
const AS_OF = '2024-06-15'
let store: Store
let events: StoredEvent[]

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/aq.db` })
  events = await storeEvents(store.db, makeEvents(120, 5))
})
afterAll(async () => {
  await store.close()
})

const fy = (year: number): Query => ({ intent: 'metric', metric: 'events', filters: { period: { kind: 'fy', from: year, to: year } } })
const sure = (q: Query, confidence = 0.9): ParseResult => ({ kind: 'query', query: q, assumptions: [], confidence })
const rules = (result: ParseResult): RuleParse => () => result

/** A model parser that records its calls and answers what it is told to. */
function model(answer: () => unknown): ModelParse & { calls: number } {
  const fn = Object.assign(
    async () => {
      fn.calls += 1
      return answer() as ParseResult | null
    },
    { calls: 0 },
  )
  return fn
}

describe('answerQuestion: rules first, the model only when they are unsure', () => {
  it('answers from the rules when they are confident, without asking the model', async () => {
    const m = model(() => sure(fy(2019)))
    const a = await answerQuestion({ db: store.db, parse: rules(sure(fy(2022))), modelParse: m, asOf: AS_OF, question: 'events in FY2022?' })
    expect(m.calls).toBe(0)
    expect(answerSchema.parse(a).value).toBe(events.filter((e) => e.fiscalYear === 2022).length)
  })

  it('asks the model when the rules do not understand, and counts with its (validated) query', async () => {
    const m = model(() => sure(fy(2019)))
    const a = await answerQuestion({ db: store.db, parse: rules({ kind: 'unknown', reason: 'not_understood' }), modelParse: m, asOf: AS_OF, question: 'q' })
    expect(m.calls).toBe(1)
    expect(a.kind).toBe('scalar')
    expect(a.value).toBe(events.filter((e) => e.fiscalYear === 2019).length)
  })

  it('asks the model when the rules are unsure (confidence below 0.6)', async () => {
    const m = model(() => sure(fy(2019)))
    const reading = await chooseReading({ parse: rules(sure(fy(2022), 0.5)), modelParse: m, asOf: AS_OF, question: 'q' })
    expect(m.calls).toBe(1)
    expect(reading.kind === 'query' && reading.query).toEqual(fy(2019))
    const confident = await chooseReading({ parse: rules(sure(fy(2022), 0.6)), modelParse: m, asOf: AS_OF, question: 'q' })
    expect(m.calls).toBe(1)
    expect(confident.kind === 'query' && confident.query).toEqual(fy(2022))
  })

  it("keeps no figure when the model picks a standard deviation the question did not say was population or sample", async () => {
    const sd = (stat: 'stddev_pop_participants' | 'stddev_sample_participants'): ParseResult => sure({ intent: 'event_stat', stat, filters: { period: { kind: 'all' } } })
    const refused: ParseResult = { kind: 'unknown', reason: 'not_understood' }
    for (const [question, stat] of [
      ['standard deviation of participants', 'stddev_pop_participants'],
      ['参加者数のばらつき（標準偏差）', 'stddev_sample_participants'],
    ] as const) {
      const reading = await chooseReading({ parse: rules(refused), modelParse: model(() => sd(stat)), asOf: AS_OF, question })
      expect(reading, question).toEqual(refused)
    }
    for (const [question, stat] of [
      ['population standard deviation of participants', 'stddev_pop_participants'],
      ['参加者の標本標準偏差', 'stddev_sample_participants'],
    ] as const) {
      const reading = await chooseReading({ parse: rules(refused), modelParse: model(() => sd(stat)), asOf: AS_OF, question })
      expect(reading.kind === 'query' && reading.query, question).toEqual(sd(stat).kind === 'query' && (sd(stat) as { query: Query }).query)
    }
    // the kind said is the kind read: a sample reading of a population question is no reading
    const crossed = await chooseReading({ parse: rules(refused), modelParse: model(() => sd('stddev_sample_participants')), asOf: AS_OF, question: 'population standard deviation of participants' })
    expect(crossed).toEqual(refused)
  })

  it('falls back to the rules when the model returns something invalid, throws, or has nothing', async () => {
    const unsure = sure(fy(2022), 0.3)
    const invalid = [
      { kind: 'query', query: { intent: 'metric', metric: 'revenue', filters: {} }, confidence: 0.9 },
      { kind: 'query', query: fy(2019), confidence: 7 },
      { kind: 'answer', value: 42 },
      'forty-two',
      null,
      { kind: 'unknown', reason: 'not_understood' },
    ]
    for (const bad of invalid) {
      const reading = await chooseReading({ parse: rules(unsure), modelParse: model(() => bad), asOf: AS_OF, question: 'q' })
      expect(reading).toEqual(unsure)
    }
    const throwing: ModelParse = async () => {
      throw new Error('model down')
    }
    expect(await chooseReading({ parse: rules(unsure), modelParse: throwing, asOf: AS_OF, question: 'q' })).toEqual(unsure)
  })

  it("shows the words the model's reading could not use when the rules understood nothing, and no figure", async () => {
    const named: ParseResult = { kind: 'unknown', reason: 'unused_words', words: ['Milwaukee'], understood: fy(2022) }
    const m = model(() => named)
    const a = await answerQuestion({ db: store.db, parse: rules({ kind: 'unknown', reason: 'not_understood' }), modelParse: m, asOf: AS_OF, question: 'events in Milwaukee in FY2022' })
    expect(m.calls).toBe(1)
    expect(a.kind).toBe('unknown')
    expect(a.unusedWords).toEqual(['Milwaukee'])
    // the rules' own reading stands when they had one (they used every word)
    expect(await chooseReading({ parse: rules(sure(fy(2022), 0.3)), modelParse: model(() => named), asOf: AS_OF, question: 'q' })).toEqual(sure(fy(2022), 0.3))
  })

  it('answers an empty question with "unknown" without parsing', async () => {
    let parsed = 0
    const a = await answerQuestion({
      db: store.db,
      parse: () => {
        parsed += 1
        return sure(fy(2022))
      },
      asOf: AS_OF,
      question: '   ',
    })
    expect(parsed).toBe(0)
    expect(a.kind).toBe('unknown')
    expect(a.value).toBeUndefined()
  })

  it('passes a question back through as a clarify answer', async () => {
    const clarify: ParseResult = {
      kind: 'clarify',
      options: [
        { label: { en: 'FY2022', ja: '2022年度' }, query: fy(2022) },
        { label: { en: 'Calendar 2022', ja: '2022年（暦年）' }, query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'dates', from: '2022-01-01', to: '2022-12-31' } } } },
      ],
    }
    const a = await answerQuestion({ db: store.db, parse: rules(clarify), asOf: AS_OF, question: 'events in 2022' })
    expect(answerSchema.parse(a).kind).toBe('clarify')
    expect(a.options).toHaveLength(2)
  })
})

describe('one calendar day', () => {
  it('is named as that day in both languages ("on 2022-09-15", 2022年9月15日), never as a range of one day', async () => {
    const day = events[0]!.startDate
    const q: Query = { intent: 'metric', metric: 'events', filters: { period: { kind: 'dates', from: day, to: day } } }
    const a = answerSchema.parse(await answerQuestion({ db: store.db, parse: rules(sure(q, 1)), asOf: AS_OF, question: `how many events on ${day}?` }))
    expect(a.value).toBe(events.filter((e) => e.startDate === day).length)
    expect(a.text.en).toContain(`on ${day}`)
    expect(a.text.en).not.toContain('between')
    const [y, m, d] = day.split('-').map(Number)
    expect(a.text.ja).toContain(`${y}年${m}月${d}日の`)
    expect(a.text.ja).not.toContain('〜')
  })
})
