// `npm run soak` counts what it claims: the quick soak against the real app (`grassroots serve` on SQLite),
// with faults planted before it counts — an event recorded twice and an event half-written in the database,
// a save confirmed twice and a mention answered twice at the fake Web API. The planted ones must show in the
// figures; everything the app did itself must be there, once.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import type { Section } from '../../bench/soak/report.ts'
import { runSoak } from '../../bench/soak/run.ts'
import { createEvent, getEvent } from '../../src/store/events.ts'
import type { FakeSlack, RecordedCall } from '../slack/fake-slack.ts'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grassroots-soak-test-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const figure = (s: Section, name: string) => {
  const f = s.figures.find((x) => x.figure.startsWith(name))
  if (f === undefined) throw new Error(`no figure "${name}"`)
  return f
}

/** The same call made again, as the app would make it (form-encoded, objects as JSON). */
async function repeat(fake: FakeSlack, call: RecordedCall): Promise<void> {
  const body = new URLSearchParams(Object.entries(call.args).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]))
  await fetch(`${fake.apiUrl}${call.method}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() })
}

it('detects planted duplicates, half-written events and double deliveries, and finds nothing lost in a normal quick run', async () => {
  let planted = ''
  const report = await runSoak({
    databases: ['sqlite'],
    quick: true,
    scenarios: ['load'],
    floor: false,
    tmpDir: tmp,
    async afterScenario({ store, fake, plan }) {
      const first = plan.find((r) => r.kind === 'save')
      const mention = plan.find((r) => r.kind === 'mention')
      if (first?.kind !== 'save' || mention?.kind !== 'mention') throw new Error('no save or mention planned')
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
      // the save's confirmation and the mention's answer delivered a second time
      const confirmation = fake.calls.find((c) => c.method === 'chat.postEphemeral' && String(c.args.text).includes(first.token))
      const answer = fake.calls.find((c) => c.method === 'chat.postMessage' && c.args.thread_ts === mention.ts)
      if (confirmation === undefined || answer === undefined) throw new Error('the app sent no confirmation or answer to repeat')
      await repeat(fake, confirmation)
      await repeat(fake, answer)
    },
  })
  const load = report.sections.find((s) => s.scenario === 'load')
  if (load === undefined) throw new Error('no load section')
  expect(planted).toMatch(/^SKa\d{4}$/)
  expect(figure(load, 'requests sent').value).toBe(200)
  expect(figure(load, 'events recorded twice').value).toBe(1)
  expect(figure(load, 'events recorded twice').ok).toBe(false)
  expect(figure(load, 'events with rows missing').value).toBe(1)
  expect(figure(load, 'saves lost').measured).toBe('0 of 90')
  expect(figure(load, 'saves lost').ok).toBe(true)
  expect(figure(load, 'orphan rows').value).toBe(0)
  // the app's own: none never delivered; the planted: one twice
  expect(figure(load, 'recorded saves not confirmed exactly once').measured).toBe('1 of 90 (never 0, twice+ 1)')
  expect(figure(load, 'mentions not answered exactly once').measured).toBe('1 of 45 (never 0, twice+ 1)')
  expect(figure(load, 'commands not answered exactly once').measured).toBe('0 of 45 (never 0, twice+ 0)')
  expect(figure(load, 'app instances still running').ok).toBe(true)
  expect(report.loadAverageEnd).toHaveLength(3)
}, 120_000)
