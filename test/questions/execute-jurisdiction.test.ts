// Events and their office's jurisdiction (src/domain/offices.ts): events touching a state the organising office
// does not serve, events not touching the office's own state, and the states outside one office's jurisdiction
// that it reached — on a real SQLite file AND on PostgreSQL, against figures computed by hand from the fixture
// events and the office table.
import { beforeAll, describe, expect, it } from 'vitest'
import { OFFICES } from '../../src/domain/offices.ts'
import { parseQuestion } from '../../src/questions/parser/index.ts'
import type { Query } from '../../src/questions/query.ts'
import { makeEvents, type StoredEvent } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'

const AS_OF = '2024-06-15'
let events: StoredEvent[]

const both = storeOnBoth({ name: 'jurisdiction', data: () => makeEvents(260, 61), asOf: AS_OF })
beforeAll(() => {
  events = both.events().filter((e) => e.startDate <= AS_OF)
})

const office = (code: string) => {
  const o = OFFICES.find((x) => x.code === code)
  if (!o) throw new Error(code)
  return o
}
const outside = (e: StoredEvent) => e.stateCodes.some((s) => !office(e.officeCode).states.includes(s))
const awayFromHome = (e: StoredEvent) => !e.stateCodes.includes(office(e.officeCode).hostState)

const { run } = both
function parsed(q: string): Query {
  const r = parseQuestion(q, { asOf: AS_OF })
  if (r.kind !== 'query') throw new Error(`no query for ${q}: ${JSON.stringify(r)}`)
  return r.query
}

describe('jurisdiction filters (SQLite and PostgreSQL)', () => {
  it('counts the events touching at least one state outside the organising office\'s jurisdiction', async () => {
    const n = events.filter(outside).length
    // the fixture has both kinds, and events with a served state and another
    expect(n).toBeGreaterThan(5)
    expect(n).toBeLessThan(events.length)
    expect(events.some((e) => outside(e) && e.stateCodes.some((s) => office(e.officeCode).states.includes(s)))).toBe(true)
    for (const r of await run({ intent: 'metric', metric: 'events', filters: { period: { kind: 'all' }, outsideJurisdiction: true } })) {
      expect(r.kind === 'scalar' && r.value).toBe(n)
    }
  })

  it('counts one office\'s events outside its jurisdiction, as the question is parsed', async () => {
    const chicago = events.filter((e) => e.officeCode === 'chicago')
    const n = chicago.filter(outside).length
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(chicago.length)
    for (const r of await run(parsed('How many Chicago consulate events touched states outside its own jurisdiction?'))) expect(r.kind === 'scalar' && r.value).toBe(n)
    for (const r of await run(parsed('シカゴ総が管轄外の州で実施した事業の件数'))) expect(r.kind === 'scalar' && r.value).toBe(n)
  })

  it('counts the events not touching the state where their office sits, and adds their participants', async () => {
    const es = events.filter((e) => e.fiscalYear === 2022 && awayFromHome(e))
    expect(es.length).toBeGreaterThan(0)
    expect(es.length).toBeLessThan(events.filter((e) => e.fiscalYear === 2022).length)
    for (const r of await run(parsed('How many FY2022 events did not touch the state where the organising office is located?'))) expect(r.kind === 'scalar' && r.value).toBe(es.length)
    for (const r of await run({ intent: 'metric', metric: 'participants', filters: { period: { kind: 'fy', from: 2022, to: 2022 }, outsideHostState: true } })) {
      expect(r.kind === 'scalar' && r.value).toBe(es.reduce((n, e) => n + e.participants, 0))
    }
  })

  it('counts the states outside one office\'s jurisdiction that its events reached', async () => {
    const code = 'chicago'
    const served = office(code).states
    const reached = new Set(events.filter((e) => e.officeCode === code).flatMap((e) => e.stateCodes).filter((s) => !served.includes(s) && s !== 'DC'))
    expect(reached.size).toBeGreaterThan(0)
    const q = parsed(`How many states outside its own ${served.length} has the Chicago consulate reached?`)
    for (const r of await run(q)) expect(r.kind === 'scalar' && r.value).toBe(reached.size)
  })

  it('leaves out the events touching any state named with にも…にも関わらない', async () => {
    const n = events.filter((e) => e.officeCode === 'houston' && !e.stateCodes.includes('TX') && !e.stateCodes.includes('OK')).length
    for (const r of await run(parsed('ヒューストン総のイベントのうち、テキサス州にもオクラホマ州にも関わらないものは何件？'))) expect(r.kind === 'scalar' && r.value).toBe(n)
    const dc = events.filter((e) => e.officeCode === 'embassy' && !e.stateCodes.includes('DC')).length
    expect(dc).toBeGreaterThan(0)
    for (const r of await run(parsed('How many events did the embassy hold outside the DC area, i.e. not touching DC?'))) expect(r.kind === 'scalar' && r.value).toBe(dc)
  })
})
