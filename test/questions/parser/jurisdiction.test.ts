// The rule parser on events and their office's jurisdiction: outside it (an event touching at least one state
// the office does not serve), not touching the office's own state, the states outside one office's jurisdiction,
// and exclusions said as "not touching" / にも…にも関わらない. The other reading ("entirely outside", 管轄外の州
// のみ), a number of own states that is not the office's, and a breakdown by state get no figure.
import { describe, expect, it } from 'vitest'
import { OFFICES } from '../../../src/domain/offices.ts'
import { parse, query } from './read.ts'

const ALL = { kind: 'all' as const }
const events = (filters: object) => ({ intent: 'metric', metric: 'events', filters: { period: ALL, ...filters } })

describe('outside the jurisdiction', () => {
  it.each([
    ['シアトル総が管轄外の州で実施した事業の件数', { offices: ['seattle'], outsideJurisdiction: true }],
    ['How many Chicago consulate events touched states outside its own jurisdiction?', { offices: ['chicago'], outsideJurisdiction: true }],
    ['シカゴ総が管轄外の州で実施した事業の件数', { offices: ['chicago'], outsideJurisdiction: true }],
    ['events held outside their jurisdiction', { outsideJurisdiction: true }],
  ] as const)('%s', (q, f) => {
    expect(query(q)).toEqual(events(f))
  })

  it('reads the states outside one office\'s own N as the states it does not serve', () => {
    const nashville = OFFICES.find((o) => o.code === 'nashville')
    expect(nashville?.states.length).toBe(5)
    expect(query('How many distinct states outside its own five has the Nashville consulate reached?')).toEqual(query('How many states outside its own five has the Nashville consulate reached?'))
    const q = query('How many states outside its own five has the Nashville consulate reached?')
    expect(q).toMatchObject({ intent: 'metric', metric: 'states_covered', filters: { offices: ['nashville'] } })
    const states = (q as { filters: { states?: string[]; outsideJurisdiction?: true } }).filters
    expect(states.outsideJurisdiction).toBeUndefined()
    expect(new Set(states.states)).toEqual(new Set(OFFICES.flatMap((o) => o.states).filter((s) => !nashville?.states.includes(s))))
  })

  it.each([
    'How many distinct states outside its own four has the Nashville consulate reached?',
    'How many states outside its own five have we reached?',
    'How many Chicago events were held entirely outside its jurisdiction?',
    'シカゴ総が管轄外の州のみで実施した事業の件数',
    'events outside its jurisdiction by state',
    'how many states did we reach outside their jurisdiction?',
  ])('gives no figure for %s', (q) => {
    expect(parse(q).kind).toBe('unknown')
  })
})

describe('not touching the office\'s own state, and states excluded', () => {
  it('reads "did not touch the state where the organising office is located"', () => {
    expect(query('How many FY2022 events did not touch the state where the organising office is located?')).toEqual({
      intent: 'metric',
      metric: 'events',
      filters: { period: { kind: 'fy', from: 2022, to: 2022 }, outsideHostState: true },
    })
    expect(query('公館の所在州に関わらない事業の件数')).toEqual(events({ outsideHostState: true }))
  })

  it('reads "not touching DC" and にも…にも関わらない as excluded states', () => {
    expect(query('How many events did the embassy hold outside the DC area, i.e. not touching DC?')).toEqual(events({ offices: ['embassy'], exclude: { states: ['DC'] } }))
    expect(query('how many events not touching Texas?')).toEqual(events({ exclude: { states: ['TX'] } }))
    expect(query('ヒューストン総のイベントのうち、テキサス州にもオクラホマ州にも関わらないものは何件？')).toEqual(events({ offices: ['houston'], exclude: { states: ['TX', 'OK'] } }))
  })

  it('gives no figure when the glossed area is another state, or "not touching" an office', () => {
    expect(parse('How many events did the embassy hold outside the DC area, i.e. not touching Virginia?').kind).toBe('unknown')
    expect(parse('how many events not touching the Chicago consulate?').kind).toBe('unknown')
  })
})
