// Derived rows (prisma/schema.prisma): EventState, EventTheme and EventRegion carry copies of their event's
// columns. They must follow every create, update and delete, be recomputed by rebuildDerivedRows, and be
// filled in when a database with events is migrated to them.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { eventInputSchema } from '../../src/domain/event.ts'
import { STATES } from '../../src/domain/states.ts'
import { openStore } from '../../src/store/client.ts'
import { rebuildDerivedRows, regionsOf } from '../../src/store/derived-rows.ts'
import { createEvents, deleteEvent, updateEvent } from '../../src/store/events.ts'
import { migrateSqlite } from '../../src/store/migrator.ts'
import type { Db } from '../../src/store/client.ts'
import { makeEvents } from '../questions/fixtures.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir()
const regionOf = (s: string) => STATES.find((x) => x.code === s)?.region

/** Every derived row as a sorted list of strings. */
async function derivedRows(db: Db): Promise<{ actual: string[]; expected: string[] }> {
  const events = await db.event.findMany({ include: { states: true, themes: true, regions: true }, orderBy: { id: 'asc' } })
  const actual: string[] = []
  const expected: string[] = []
  for (const e of events) {
    for (const s of e.states) actual.push(`S ${e.id} ${s.stateCode} ${s.fiscalYear} ${s.participants} ${s.officeCode} ${s.activityType} ${s.format}`)
    for (const r of e.regions) actual.push(`R ${e.id} ${r.regionCode} ${r.fiscalYear} ${r.participants}`)
    for (const t of e.themes) actual.push(`T ${e.id} ${t.themeCode} ${t.fiscalYear} ${t.participants}`)
    for (const s of e.states) expected.push(`S ${e.id} ${s.stateCode} ${e.fiscalYear} ${e.participants} ${e.officeCode} ${e.activityType} ${e.format}`)
    for (const r of new Set(e.states.map((s) => regionOf(s.stateCode)))) expected.push(`R ${e.id} ${r} ${e.fiscalYear} ${e.participants}`)
    for (const t of e.themes) expected.push(`T ${e.id} ${t.themeCode} ${e.fiscalYear} ${e.participants}`)
  }
  // no region rows beyond those of the events read above
  expect(await db.eventRegion.count()).toBe(actual.filter((r) => r.startsWith('R ')).length)
  return { actual: actual.sort(), expected: expected.sort() }
}

const data = (over: Record<string, unknown> = {}) =>
  eventInputSchema.parse({
    startDate: '2022-05-10', titleEn: 'Caravan', officeCode: 'chicago', stateCodes: ['WI', 'IL'], activityType: 'business_support', format: 'in_person',
    participants: 120, themes: ['trade_investment'], ...over,
  })

describe('derived rows', () => {
  it('maps states to their regions once each', () => {
    expect(regionsOf(['WI', 'IL', 'CA'])).toEqual(['midwest', 'west'])
    expect(regionsOf(['DC'])).toEqual([regionOf('DC')])
    expect(() => regionsOf(['XX'])).toThrow(RangeError)
  })

  it('are written with an event, rewritten by an update and removed with it', async () => {
    const store = await openStore({ url: `file:${path.join(dir, 'a.db')}` })
    try {
      const { db } = store
      const created = await createEvents(db, {
        events: [
          { data: data(), sourceKey: 'a' },
          { data: data({ stateCodes: ['NY'], participants: 7, themes: [] }), sourceKey: 'b' },
        ],
        actor: 'test',
        source: 'slack',
      })
      const [a, b] = created.ids as [number, number]
      let rows = await derivedRows(db)
      expect(rows.actual).toEqual(rows.expected)
      expect(await db.eventRegion.findMany({ where: { eventId: a }, select: { regionCode: true } })).toEqual([{ regionCode: 'midwest' }])

      await updateEvent(db, {
        id: a,
        data: data({ startDate: '2019-03-31', stateCodes: ['CA', 'WI'], participants: 300, officeCode: 'los-angeles', activityType: 'info', format: 'online', themes: ['sister_city', 'workforce'] }),
        actor: 'test',
        source: 'slack',
      })
      rows = await derivedRows(db)
      expect(rows.actual).toEqual(rows.expected)
      const regionsOfA = await db.eventRegion.findMany({ where: { eventId: a }, orderBy: { regionCode: 'asc' } })
      expect(regionsOfA.map((r) => `${r.regionCode}:${r.fiscalYear}:${r.participants}`)).toEqual(['midwest:2018:300', 'west:2018:300'])

      await deleteEvent(db, { id: a, actor: 'test', source: 'slack' })
      expect(await db.eventRegion.count({ where: { eventId: a } })).toBe(0)
      expect(await db.eventState.count({ where: { eventId: a } })).toBe(0)
      expect(await db.eventRegion.count({ where: { eventId: b } })).toBe(1)
    } finally {
      await store.close()
    }
  })

  it('are recomputed from Event and EventState by rebuildDerivedRows', async () => {
    const store = await openStore({ url: `file:${path.join(dir, 'b.db')}` })
    try {
      const { db } = store
      await createEvents(db, { events: makeEvents(150, 5).map((d, i) => ({ data: d, sourceKey: `k${i}` })), actor: 'test', source: 'import' })
      const before = await derivedRows(db)
      expect(before.actual).toEqual(before.expected)
      // stale copies, as a change of the reference data (a state moved to another region) would leave them
      const first = await db.eventState.findFirstOrThrow({ orderBy: { eventId: 'asc' } })
      await db.eventRegion.deleteMany({ where: { eventId: first.eventId } })
      await db.eventRegion.create({ data: { eventId: first.eventId, regionCode: 'nowhere', fiscalYear: 1900, participants: -1 } })
      await db.eventState.updateMany({ data: { participants: 0, officeCode: '', format: '' } })
      await db.eventTheme.updateMany({ data: { fiscalYear: 0 } })
      const stale = await derivedRows(db)
      expect(stale.actual).not.toEqual(stale.expected)

      const { regionRows } = await rebuildDerivedRows(db)
      const after = await derivedRows(db)
      expect(after.actual).toEqual(after.expected)
      expect(after.actual).toEqual(before.actual)
      expect(regionRows).toBe(after.actual.filter((r) => r.startsWith('R ')).length)
    } finally {
      await store.close()
    }
  })

  it('are filled in when a database with events is migrated to them', async () => {
    // a database at the migration before derived rows, with events written as the store then wrote them
    const file = path.join(dir, 'c.db')
    const migDir = path.join(dir, 'migs-c')
    fs.cpSync(path.resolve('prisma/migrations'), migDir, { recursive: true })
    for (const name of fs.readdirSync(migDir)) if (name.endsWith('_derived_rows')) fs.rmSync(path.join(migDir, name), { recursive: true })
    migrateSqlite(file, { dir: migDir })
    const old = new Database(file)
    const events = makeEvents(60, 9)
    events.forEach((e, i) => {
      old.prepare(
        `INSERT INTO "Event" (id, startDate, fiscalYear, officeCode, activityType, format, participants, source, createdBy, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, 'import', 'test', ?)`,
      ).run(i + 1, e.startDate, e.fiscalYear, e.officeCode, e.activityType, e.format, e.participants, new Date().toISOString())
      for (const s of e.stateCodes) old.prepare('INSERT INTO "EventState" (eventId, stateCode, fiscalYear) VALUES (?, ?, ?)').run(i + 1, s, e.fiscalYear)
      for (const t of e.themes) old.prepare('INSERT INTO "EventTheme" (eventId, themeCode) VALUES (?, ?)').run(i + 1, t)
    })
    old.close()

    const store = await openStore({ url: `file:${file}` })
    try {
      expect(store.migration.applied.some((m) => m.endsWith('_derived_rows'))).toBe(true)
      const rows = await derivedRows(store.db)
      expect(rows.actual).toEqual(rows.expected)
      expect(await store.db.eventRegion.count()).toBeGreaterThanOrEqual(60)
    } finally {
      await store.close()
    }
  })

  it('are filled in on open when another tool applied the migration (events but no region rows)', async () => {
    const url = `file:${path.join(dir, 'd.db')}`
    let store = await openStore({ url })
    await createEvents(store.db, { events: makeEvents(40, 2).map((d, i) => ({ data: d, sourceKey: `k${i}` })), actor: 'test', source: 'import' })
    await store.db.eventRegion.deleteMany({})
    await store.db.eventState.updateMany({ data: { participants: 0 } })
    await store.close()
    store = await openStore({ url })
    try {
      const rows = await derivedRows(store.db)
      expect(rows.actual).toEqual(rows.expected)
    } finally {
      await store.close()
    }
  })
})
