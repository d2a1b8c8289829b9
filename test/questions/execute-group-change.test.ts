// A figure per group in two periods with each group's change (group_change): the table, the largest rise or
// drop with ties, the top N, and the groups that moved — on a real SQLite file AND on PostgreSQL, against
// counts worked out by hand from a fixture whose dates are set, and against a naive reference computed from
// the stored rows of a generated fixture.
import { describe, expect, it } from 'vitest'
import { renderAnswer } from '../../src/questions/answer.ts'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import type { GroupChangeResult } from '../../src/questions/intents/group-change.ts'
import type { QueryResult } from '../../src/questions/execute.ts'
import type { Query } from '../../src/questions/query.ts'
import { makeEvents } from './fixtures.ts'
import { storeOnBoth } from './both-stores.ts'
import { reference } from './reference.ts'

const AS_OF = '2023-08-15'
// by office — FY2021: chicago 3, new-york 1, houston 2; FY2022: chicago 1, new-york 4, houston 2, seattle 1
// (chicago −2, new-york +3, houston 0, seattle +1). FY2020: new-york 1 (FY2020→FY2021: chicago +3, houston +2,
// new-york 0). Participants 10 each; the first FY2022 new-york event is in NY and NJ (counts in each state).
const PLAN: [number, string, string[]][] = [
  [2020, 'new-york', ['NY']],
  [2021, 'chicago', ['IL']],
  [2021, 'chicago', ['IL']],
  [2021, 'chicago', ['WI']],
  [2021, 'new-york', ['NY']],
  [2021, 'houston', ['TX']],
  [2021, 'houston', ['TX']],
  [2022, 'chicago', ['IL']],
  [2022, 'new-york', ['NJ', 'NY']],
  [2022, 'new-york', ['NY']],
  [2022, 'new-york', ['NY']],
  [2022, 'new-york', ['NY']],
  [2022, 'houston', ['TX']],
  [2022, 'houston', ['OK']],
  [2022, 'seattle', ['WA']],
]
function fixture(): EventData[] {
  return makeEvents(PLAN.length, 11).map((e, i) => {
    const [fy, officeCode, stateCodes] = PLAN[i] as [number, string, string[]]
    const startDate = `${fy}-0${5 + (i % 4)}-1${i % 10}`
    return { ...e, startDate, endDate: null, fiscalYear: fiscalYearOf(startDate), officeCode, stateCodes, participants: 10 }
  })
}
const { run } = storeOnBoth({ name: 'group-change', data: fixture, asOf: AS_OF })

const FY = (y: number) => ({ kind: 'fy' as const, from: y, to: y })
const q = (extra: Partial<Extract<Query, { intent: 'group_change' }>>): Query => ({
  intent: 'group_change',
  metric: 'events',
  filters: { period: { kind: 'all' } },
  groupBy: 'office',
  periods: [FY(2021), FY(2022)],
  show: 'table',
  ...extra,
})
const asChange = (r: QueryResult): GroupChangeResult => {
  if (r.kind !== 'group_change') throw new Error('group_change expected')
  return r
}
const triples = (r: GroupChangeResult) => r.rows.map((x) => [x.key, x.first, x.second, x.change])

describe('group_change (SQLite and PostgreSQL), hand counts', () => {
  it('gives the table: every group with an event in either period, both figures and the change', async () => {
    for (const r of (await run(q({}))).map(asChange)) {
      expect(triples(r)).toEqual([
        ['new-york', 1, 4, 3],
        ['seattle', 0, 1, 1],
        ['houston', 2, 2, 0],
        ['chicago', 3, 1, -2],
      ])
      expect(r.matchedEach).toEqual([6, 8])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('Events by office, FY2021 vs FY2022')
      expect(a.text.en).toMatch(/1 \/ 4 \/ \+3/)
      expect(a.text.ja).toContain('公館別の実施件数（2021年度と2022年度の比較）は次のとおりです。')
      expect(a.text.ja).toMatch(/3件 \/ 1件 \/ −2件/)
      expect(a.interpretation.en).toContain('every office with an event in either period')
      expect(a.interpretation.en).toContain('an office with no event in a period counts 0 there')
      expect(a.interpretation.ja).toContain('いずれかの期間に事業のあった公館をすべて表示')
      expect(a.rows).toEqual([
        { key: 'new-york', value: 3 },
        { key: 'seattle', value: 1 },
        { key: 'houston', value: 0 },
        { key: 'chicago', value: -2 },
      ])
    }
  })

  it('gives the largest rise and the largest drop, with both figures', async () => {
    for (const r of (await run(q({ show: 'largest', direction: 'rise' }))).map(asChange)) {
      expect(triples(r)).toEqual([['new-york', 1, 4, 3]])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('The largest rise in events from FY2021 to FY2022 was in')
      expect(a.text.en).toContain('FY2021: 1, FY2022: 4, up 3 events')
      expect(a.text.ja).toContain('増加が最も大きかった公館は')
      expect(a.text.ja).toContain('2021年度：1件、2022年度：4件、3件増')
    }
    for (const r of (await run(q({ show: 'largest', direction: 'drop' }))).map(asChange)) expect(triples(r)).toEqual([['chicago', 3, 1, -2]])
  })

  it('shows every group tied for the largest rise', async () => {
    for (const r of (await run(q({ periods: [FY(2020), FY(2021)], show: 'largest', direction: 'rise', top: 1 }))).map(asChange)) {
      expect(triples(r)).toEqual([['chicago', 0, 3, 3]])
    }
    // FY2020→FY2021 by state: IL +2, TX +2 (tied), WI +1; NY 0
    for (const r of (await run(q({ groupBy: 'state', periods: [FY(2020), FY(2021)], show: 'largest', direction: 'rise' }))).map(asChange)) {
      expect(triples(r)).toEqual([
        ['IL', 0, 2, 2],
        ['TX', 0, 2, 2],
      ])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('2 states share the largest rise')
      expect(a.text.ja).toContain('同数で次の2つです')
    }
  })

  it('gives the top N by rise with ties at the edge, and none when nothing moved that way', async () => {
    // by state FY2021→FY2022: NY +3, NJ +1, OK +1, WA +1, TX −1, IL −1, WI −1
    for (const r of (await run(q({ groupBy: 'state', show: 'largest', direction: 'rise', top: 2 }))).map(asChange)) {
      expect(triples(r)).toEqual([
        ['NY', 1, 4, 3],
        ['NJ', 0, 1, 1],
        ['OK', 0, 1, 1],
        ['WA', 0, 1, 1],
      ])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('The 2 states with the largest rise in events from FY2021 to FY2022 (4 shown: ties at the edge)')
      expect(a.text.ja).toContain('実施件数の増加が大きい上位2州（同数を含め4つを表示）')
      expect(a.interpretation.ja).toContain('増加が大きい上位2州（同数は併記）')
    }
    for (const r of (await run(q({ periods: [FY(2018), FY(2019)], show: 'largest', direction: 'rise' }))).map(asChange)) {
      expect(r.rows).toEqual([])
      expect(renderAnswer({ question: 'q', result: r }).text.en).toContain('No offices had an event in FY2018 or FY2019')
    }
    for (const r of (await run(q({ periods: [FY(2020), FY(2021)], show: 'largest', direction: 'drop' }))).map(asChange)) {
      expect(r.rows).toEqual([])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('No office had a drop in events from FY2020 to FY2021 (3 offices compared)')
      expect(a.text.ja).toContain('実施件数が減少した公館はありません')
    }
  })

  it('counts a multi-state event\'s participants in each state it touches, and says so', async () => {
    for (const r of (await run(q({ metric: 'participants', groupBy: 'state', show: 'moved', direction: 'rise' }))).map(asChange)) {
      expect(triples(r)).toEqual([
        ['NY', 10, 40, 30],
        ['NJ', 0, 10, 10],
        ['OK', 0, 10, 10],
        ['WA', 0, 10, 10],
      ])
      const a = renderAnswer({ question: 'q', result: r })
      expect(a.text.en).toContain('An event in several states counts in each of them.')
      expect(a.text.ja).toContain('複数の州にまたがる事業は、それぞれの州で数えています。')
      expect(a.interpretation.en).toContain('an event in several states counts in each')
      expect(a.text.ja).toContain('10名')
    }
  })

  it('applies the filters to both periods', async () => {
    for (const r of (await run(q({ filters: { period: { kind: 'all' }, offices: ['chicago', 'houston'] } }))).map(asChange)) {
      expect(triples(r)).toEqual([
        ['houston', 2, 2, 0],
        ['chicago', 3, 1, -2],
      ])
    }
  })
})

const generated = storeOnBoth({ name: 'group-change-ref', data: () => makeEvents(300, 23), asOf: AS_OF })

describe('group_change (SQLite and PostgreSQL) against a naive reference', () => {
  const dims = ['office', 'state', 'region', 'activity_type', 'format', 'theme'] as const
  for (const groupBy of dims) {
    for (const metric of ['events', 'participants'] as const) {
      it(`${metric} by ${groupBy}, FY2019 vs FY2021`, async () => {
        const periods: [ReturnType<typeof FY>, ReturnType<typeof FY>] = [FY(2019), FY(2021)]
        // each period's breakdown from the reference, and the groups with an event in either
        const per = periods.map((p) => {
          const rows = (k: 'events' | 'participants') => {
            const ref = reference(generated.events(), { intent: 'metric', metric: k, groupBy, filters: { period: p } }, AS_OF)
            if (ref.kind !== 'breakdown') throw new Error('breakdown expected')
            return new Map(ref.rows.map((x) => [x.key, x.value ?? 0]))
          }
          return { events: rows('events'), value: rows(metric) }
        })
        const keys = [...new Set(per.flatMap((x) => [...x.events].filter(([, n]) => n > 0).map(([k]) => k)))]
        const expected = keys
          .map((key) => {
            const first = per[0]?.value.get(key) ?? 0
            const second = per[1]?.value.get(key) ?? 0
            return [key, first, second, second - first] as const
          })
          .sort((a, b) => b[3] - a[3] || (a[0] < b[0] ? -1 : 1))
        expect(expected.length).toBeGreaterThan(2)
        for (const r of (await generated.run({ intent: 'group_change', metric, groupBy, filters: { period: { kind: 'all' } }, periods, show: 'table' })).map(asChange)) {
          expect(triples(r)).toEqual(expected)
        }
        const best = Math.max(...expected.map((x) => x[3]))
        for (const r of (await generated.run({ intent: 'group_change', metric, groupBy, filters: { period: { kind: 'all' } }, periods, show: 'largest', direction: 'rise' })).map(asChange)) {
          expect(triples(r)).toEqual(best > 0 ? expected.filter((x) => x[3] === best) : [])
        }
        for (const r of (await generated.run({ intent: 'group_change', metric, groupBy, filters: { period: { kind: 'all' } }, periods, show: 'moved', direction: 'drop' })).map(asChange)) {
          expect(triples(r)).toEqual(expected.filter((x) => x[3] < 0).sort((a, b) => a[3] - b[3] || (a[0] < b[0] ? -1 : 1)))
        }
      })
    }
  }
})
