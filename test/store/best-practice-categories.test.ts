// Best-practice categories and the event's category and ongoing flag in the store, on SQLite and PostgreSQL:
// display order, refusal to remove a category in use, the bulk writer and an update keeping what they do not
// carry. And the SQLite migration that adds the columns: a database with events keeps every derived row
// (a redefinition of "Event" inside the migrator's transaction would cascade to them).
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { eventInputSchema } from '../../src/domain/event.ts'
import { categoryUse, listCategories, removeCategory, setCategory } from '../../src/store/best-practice-categories.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents, getEvent, updateEvent } from '../../src/store/events.ts'
import { MIGRATIONS_DIR, migrateSqlite } from '../../src/store/migrator.ts'
import { scratchPostgres } from '../helpers/postgres.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-store-bp-')
const pg = scratchPostgres()

const event = (over: Record<string, unknown>) =>
  eventInputSchema.parse({ startDate: '2022-05-17', officeCode: 'chicago', stateCodes: ['WI'], titleEn: 'Caravan', activityType: 'info', format: 'in_person', participants: 45, ...over })

async function exercise(store: Store): Promise<void> {
  const db = store.db
  await setCategory(db, { code: 'b-second', nameJa: '二番目', nameEn: 'Second', sortOrder: 20, actor: 't' })
  await setCategory(db, { code: 'a-first', nameJa: '一番目', nameEn: 'First', sortOrder: 10, actor: 't' })
  const last = await setCategory(db, { code: 'c-last', nameJa: '最後', nameEn: 'Last', actor: 't' })
  expect(last).toEqual({ category: { code: 'c-last', nameJa: '最後', nameEn: 'Last', sortOrder: 30 }, created: true })
  expect((await listCategories(db)).map((c) => c.code)).toEqual(['a-first', 'b-second', 'c-last'])

  const { ids } = await createEvents(db, {
    events: [
      { data: event({ bestPractice: true, bestPracticeCategory: 'a-first', ongoing: true, startDate: '2018-06-01' }), sourceKey: 'k1' },
      { data: event({ bestPractice: true, bestPracticeCategory: 'a-first' }), sourceKey: 'k2' },
      { data: event({ titleEn: 'Plain' }), sourceKey: 'k3' },
    ],
    actor: 't',
    source: 'import',
  })
  const [id1, , id3] = ids
  expect(await getEvent(db, id1!)).toMatchObject({ bestPracticeCategory: 'a-first', ongoing: true, fiscalYear: 2018 })
  const plain = await getEvent(db, id3!)
  expect(plain?.bestPracticeCategory).toBeUndefined()
  expect(plain?.ongoing).toBeUndefined()
  expect(await categoryUse(db)).toEqual(new Map([['a-first', 2]]))

  expect(await removeCategory(db, 'a-first')).toEqual({ kind: 'in_use', events: 2 })
  expect(await removeCategory(db, 'nope')).toEqual({ kind: 'missing' })
  expect(await removeCategory(db, 'b-second')).toEqual({ kind: 'removed', category: { code: 'b-second', nameJa: '二番目', nameEn: 'Second', sortOrder: 20 } })
  expect((await listCategories(db)).map((c) => c.code)).toEqual(['a-first', 'c-last'])

  // an update that does not carry them keeps them; one that does changes them
  const { bestPracticeCategory: _c, ongoing: _o, ...bare } = event({ bestPractice: true, startDate: '2018-06-01', participants: 50 })
  await updateEvent(db, { id: id1!, data: bare, actor: 't', source: 'slack' })
  expect(await getEvent(db, id1!)).toMatchObject({ participants: 50, bestPracticeCategory: 'a-first', ongoing: true })
  await updateEvent(db, { id: id1!, data: { ...bare, bestPracticeCategory: 'c-last', ongoing: false }, actor: 't', source: 'slack' })
  const moved = await getEvent(db, id1!)
  expect(moved?.bestPracticeCategory).toBe('c-last')
  expect(moved?.ongoing).toBeUndefined()
  expect(await categoryUse(db)).toEqual(new Map([['a-first', 1], ['c-last', 1]]))
}

describe('best-practice categories in the store', () => {
  it('on SQLite', async () => {
    const store = await openStore({ url: `file:${path.join(dir, 'store.db')}` })
    try {
      await exercise(store)
    } finally {
      await store.close()
    }
  })

  it('on PostgreSQL', async () => {
    const store = await openStore({ url: pg.url() })
    try {
      await exercise(store)
    } finally {
      await store.close()
    }
  })
})

describe('the SQLite migration best_practice_categories', () => {
  it('adds the columns to a database with events and keeps every derived row', () => {
    const all = fs.readdirSync(MIGRATIONS_DIR).filter((n) => fs.statSync(path.join(MIGRATIONS_DIR, n)).isDirectory()).sort()
    const mine = all.findIndex((n) => n.endsWith('_best_practice_categories'))
    expect(mine).toBeGreaterThan(0)
    // the migrations before it
    const before = path.join(dir, 'migrations-before')
    for (const n of all.slice(0, mine)) fs.cpSync(path.join(MIGRATIONS_DIR, n), path.join(before, n), { recursive: true })
    const file = path.join(dir, 'migrate.db')
    migrateSqlite(file, { dir: before })
    const db = new Database(file)
    try {
      db.exec(`INSERT INTO "Event" (id, "startDate", "fiscalYear", "officeCode", "activityType", format, participants, source, "createdBy", "updatedAt")
               VALUES (1, '2022-05-17', 2022, 'chicago', 'info', 'in_person', 45, 'import', 't', '2022-05-20T00:00:00.000+00:00')`)
      db.exec(`INSERT INTO "EventState" ("eventId", "stateCode", "fiscalYear", participants) VALUES (1, 'WI', 2022, 45)`)
      db.exec(`INSERT INTO "EventRegion" ("eventId", "regionCode", "fiscalYear", participants) VALUES (1, 'midwest', 2022, 45)`)
    } finally {
      db.close()
    }
    expect(migrateSqlite(file).applied).toEqual(all.slice(mine))
    const after = new Database(file, { readonly: true })
    try {
      expect(after.prepare('SELECT COUNT(*) AS n FROM "EventState"').get()).toEqual({ n: 1 })
      expect(after.prepare('SELECT COUNT(*) AS n FROM "EventRegion"').get()).toEqual({ n: 1 })
      expect(after.prepare('SELECT "bestPracticeCategory", ongoing FROM "Event"').get()).toEqual({ bestPracticeCategory: null, ongoing: 0 })
      expect(after.prepare('SELECT COUNT(*) AS n FROM "BestPracticeCategory"').get()).toEqual({ n: 0 })
    } finally {
      after.close()
    }
  })
})
