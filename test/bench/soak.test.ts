// `npm run soak` counts what it claims: the quick soak against the real app (`grassroots serve` on SQLite),
// with an event recorded twice and an event half-written planted in the database before it is read. The
// planted rows must show in the figures; the app's own saves must all be there, once.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { runSoak, type Section } from '../../bench/soak/run.ts'
import { createEvent, getEvent } from '../../src/store/events.ts'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-soak-test-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const value = (s: Section, figure: string) => {
  const f = s.figures.find((x) => x.figure.startsWith(figure))
  if (f === undefined) throw new Error(`no figure "${figure}"`)
  return f
}

it('detects a planted duplicate and a half-written event, and finds no save lost in a normal quick run', async () => {
  let planted = ''
  const report = await runSoak({
    databases: ['sqlite'],
    quick: true,
    scenarios: ['load'],
    floor: false,
    tmpDir: tmp,
    async afterScenario({ store, plan }) {
      const first = plan.find((r) => r.kind === 'save')
      if (first?.kind !== 'save') throw new Error('no save planned')
      planted = first.token
      const row = await store.db.event.findFirstOrThrow({ where: { titleEn: first.title } })
      const record = await getEvent(store.db, row.id)
      if (record === null) throw new Error('saved event not found')
      // the same event a second time, complete: only the count by title can tell
      await createEvent(store.db, { event: { data: record, sourceKey: 'planted:duplicate' }, actor: 'test', source: 'slack' })
      // an event that claims a state but has no state or region row: half-written
      await store.db.event.create({
        data: { startDate: '2022-05-01', fiscalYear: 2022, officeCode: 'chicago', activityType: 'business_support', format: 'in_person', stateCount: 1, source: 'slack', createdBy: 'test', titleEn: 'Half-written' },
      })
    },
  })
  const load = report.sections.find((s) => s.scenario === 'load')
  if (load === undefined) throw new Error('no load section')
  expect(planted).toMatch(/^SKa\d{4}$/)
  expect(value(load, 'requests sent').value).toBe(200)
  expect(value(load, 'events recorded twice').value).toBe(1)
  expect(value(load, 'events recorded twice').ok).toBe(false)
  expect(value(load, 'events with rows missing').value).toBe(1)
  expect(value(load, 'saves lost').value).toBe(0)
  expect(value(load, 'saves lost').measured).toBe('0 of 90')
  expect(value(load, 'orphan rows').value).toBe(0)
  expect(value(load, 'mentions not answered exactly once').measured).toBe('0 of 45 (never 0, twice+ 0)')
  expect(value(load, 'app instances still running').ok).toBe(true)
  expect(report.loadAverageEnd).toHaveLength(3)
}, 60_000)
