// `grassroots best-practice-categories list|set|remove` on a real SQLite file, and the CSV column
// best_practice_category that names them: set and list in order, values refused with a message in the user's
// language, removal refused while events use a category (saying how many), an unknown code refused by import
// with its line and nothing applied.
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import Database from 'better-sqlite3'
import { CSV_COLUMNS } from '../../src/events/csv-format.ts'
import { describe, expect, it } from 'vitest'
import { buildCsv, freshEnv, row, runCli, writeInput, countRows } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-bp-categories-')

function categoryRows(url: string): { code: string; nameJa: string; nameEn: string; sortOrder: number }[] {
  const db = new Database(url.replace(/^file:/, ''), { readonly: true })
  try {
    return db.prepare('SELECT code, "nameJa", "nameEn", "sortOrder" FROM "BestPracticeCategory" ORDER BY "sortOrder", code').all() as never
  } finally {
    db.close()
  }
}

const cmd = (...args: string[]) => ['best-practice-categories', ...args]

async function seedTwo(env: NodeJS.ProcessEnv): Promise<void> {
  expect((await runCli(cmd('set', '--code', 'no-consulate', '--ja', '総領事館が所在しない地域での事業', '--en', 'Regions without a consulate'), env)).code).toBe(0)
  expect((await runCli(cmd('set', '--code', 'action-plan-2', '--ja', '行動計画2.0を踏まえた事業', '--en', 'Under Action Plan 2.0'), env)).code).toBe(0)
}

describe('grassroots best-practice-categories', () => {
  it('set adds categories (a new one last unless --order says otherwise), updates names and order, list shows them in order with their use', async () => {
    const env = freshEnv(dir)
    const empty = await runCli(cmd('list'), env)
    expect(empty.code).toBe(0)
    expect(empty.out).toContain('No best-practice category is recorded')
    await seedTwo(env)
    const early = await runCli(cmd('set', '--code', 'first', '--ja', '最初', '--en', 'First', '--order', '５'), env)
    expect(early.out).toBe('Added best-practice category first: First / 最初 (order 5).')
    expect(categoryRows(env.DATABASE_URL)).toEqual([
      { code: 'first', nameJa: '最初', nameEn: 'First', sortOrder: 5 },
      { code: 'no-consulate', nameJa: '総領事館が所在しない地域での事業', nameEn: 'Regions without a consulate', sortOrder: 10 },
      { code: 'action-plan-2', nameJa: '行動計画2.0を踏まえた事業', nameEn: 'Under Action Plan 2.0', sortOrder: 20 },
    ])
    // an update keeps what it does not name
    const moved = await runCli(cmd('set', '--code', 'first', '--order', '30'), { ...env, GRASSROOTS_LANG: 'ja' })
    expect(moved.out).toBe('ベストプラクティスのカテゴリ first を更新しました：最初（First、表示順 30）')
    expect(categoryRows(env.DATABASE_URL).map((c) => c.code)).toEqual(['no-consulate', 'action-plan-2', 'first'])
    const list = await runCli(cmd('list'), { ...env, GRASSROOTS_LANG: 'ja' })
    expect(list.outCalls).toEqual([
      '10\tno-consulate\t総領事館が所在しない地域での事業（Regions without a consulate）\t0件',
      '20\taction-plan-2\t行動計画2.0を踏まえた事業（Under Action Plan 2.0）\t0件',
      '30\tfirst\t最初（First）\t0件',
    ])
  })

  it('refuses bad values with a message in the user language and records nothing', async () => {
    const env = freshEnv(dir, 'ja')
    const code = await runCli(cmd('set', '--code', 'Bad Code', '--ja', '名', '--en', 'Name'), env)
    expect(code.code).toBe(1)
    expect(code.err).toContain('コード「Bad Code」は、半角英小文字・数字・-・_ の1〜40文字')
    const order = await runCli(cmd('set', '--code', 'x', '--ja', '名', '--en', 'Name', '--order', '1.5'), { ...env, GRASSROOTS_LANG: 'en' })
    expect(order.code).toBe(1)
    expect(order.err).toContain('the order "1.5" must be a whole number from 0 to 9999')
    const long = await runCli(cmd('set', '--code', 'x', '--ja', 'あ'.repeat(101), '--en', 'Name'), env)
    expect(long.code).toBe(1)
    expect(long.err).toContain('日本語の名称は1〜100文字で指定してください')
    const names = await runCli(cmd('set', '--code', 'x', '--en', 'Name'), env)
    expect(names.code).toBe(1)
    expect(names.err).toBe('「x」は新しいカテゴリです。--ja と --en の両方で名称を指定してください。')
    expect((await runCli(cmd('set', '--ja', '名'), env)).code).toBe(2)
    expect((await runCli(cmd('rename'), env)).code).toBe(2)
    expect((await runCli(cmd('list', '--code', 'x'), env)).code).toBe(2)
    expect(categoryRows(env.DATABASE_URL)).toEqual([])
  })

  it('removes a category no event uses, and refuses one in use, naming how many events use it', async () => {
    const env = freshEnv(dir)
    await seedTwo(env)
    const bp = (overrides: Record<string, string>) => row({ best_practice: 'true', best_practice_category: 'no-consulate', ...overrides })
    const file = writeInput(dir, buildCsv([bp({ title_en: 'Caravan' }), bp({ title_en: 'Caravan 2', date: '2022-06-01' }), row({ title_en: 'Plain' })]).text)
    expect((await runCli(['import', file], env)).code).toBe(0)
    const refused = await runCli(cmd('remove', '--code', 'no-consulate'), env)
    expect(refused.code).toBe(1)
    expect(refused.err).toBe('Best-practice category "no-consulate" is used by 2 event(s), so it was not removed. Give those events another category (or none) first.')
    const ja = await runCli(cmd('remove', '--code', 'no-consulate'), { ...env, GRASSROOTS_LANG: 'ja' })
    expect(ja.err).toBe('ベストプラクティスのカテゴリ「no-consulate」は2件の事業で使われているため、削除しませんでした。先にそれらの事業のカテゴリを変更（または解除）してください。')
    expect((await runCli(cmd('list'), env)).outCalls).toContain('10\tno-consulate\tRegions without a consulate / 総領事館が所在しない地域での事業\t2 event(s)')
    const removed = await runCli(cmd('remove', '--code', 'action-plan-2'), env)
    expect(removed.code).toBe(0)
    expect(removed.out).toBe('Removed best-practice category action-plan-2 (Under Action Plan 2.0).')
    const missing = await runCli(cmd('remove', '--code', 'action-plan-2'), env)
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('There is no best-practice category "action-plan-2"')
    expect(categoryRows(env.DATABASE_URL).map((c) => c.code)).toEqual(['no-consulate'])
  })
})

describe('the CSV column best_practice_category', () => {
  it('an unknown code, or a category without best_practice, is refused with its line, and nothing is applied', async () => {
    const env = freshEnv(dir)
    await seedTwo(env)
    const { text, lines } = buildCsv([
      row({ title_en: 'Good', best_practice: 'true', best_practice_category: 'No-Consulate' }),
      row({ title_en: 'Unknown', best_practice: 'true', best_practice_category: 'new-capitalism' }),
      row({ title_en: 'Not a best practice', best_practice: 'false', best_practice_category: 'action-plan-2' }),
      row({ title_en: 'Ongoing?', ongoing: 'maybe' }),
    ])
    const run = await runCli(['import', writeInput(dir, text)], env)
    expect(run.code).toBe(1)
    expect(run.err).toContain(`Line ${lines[1]}, column best_practice_category: "new-capitalism" is not a best-practice category code (one of action-plan-2, no-consulate)`)
    expect(run.err).toContain(`Line ${lines[2]}, column best_practice_category: a best-practice category needs best_practice = true`)
    expect(run.err).toContain(`Line ${lines[3]}, column ongoing: "maybe" is not true or false`)
    expect(run.err).not.toContain(`Line ${lines[0]}`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
    // with no category recorded at all, any code is unknown
    const none = freshEnv(dir, 'ja')
    const r2 = await runCli(['import', writeInput(dir, buildCsv([row({ best_practice: 'true', best_practice_category: 'no-consulate' })]).text)], none)
    expect(r2.code).toBe(1)
    expect(r2.err).toContain('「no-consulate」はベストプラクティスのカテゴリのコードではありません（カテゴリが登録されていません。')
    expect((await countRows(none.DATABASE_URL)).events).toBe(0)
  })
})

describe('the CSV columns best_practice_category, ongoing and cost_yen: export → import → export', () => {
  it('gives the same bytes, and every value of the new columns comes back', async () => {
    const input = [
      row({ date: '2018-06-01', office: 'boston', states: 'MA', title_en: 'CIC (Cambridge Innovation Center)', best_practice: 'yes', best_practice_category: 'ACTION-PLAN-2', ongoing: 'true', cost_yen: '１，２５０，０００円' }),
      row({ date: '2022-05-17', title_en: 'Grassroots caravan', best_practice: 'true', best_practice_category: 'no-consulate', ongoing: 'no', cost_yen: '0' }),
      row({ date: '2022-06-23', office: 'houston', states: 'OK', title_en: 'Webinar', best_practice: '1', best_practice_category: '', ongoing: '' }),
      row({ date: '2019-09-01', title_en: 'A programme, not a best practice', ongoing: '1' }),
    ]
    const env1 = freshEnv(dir)
    await seedTwo(env1)
    expect((await runCli(['import', writeInput(dir, buildCsv(input).text)], env1)).code).toBe(0)
    const fileA = path.join(dir, 'round', 'bp-a.csv')
    expect((await runCli(['export', '--out', fileA], env1)).code).toBe(0)
    const a = fs.readFileSync(fileA)

    // into an empty database that has the same categories
    const env2 = freshEnv(dir)
    await seedTwo(env2)
    const imported = await runCli(['import', fileA], env2)
    expect(imported.err).toBe('')
    const fileB = path.join(dir, 'round', 'bp-b.csv')
    expect((await runCli(['export', '--out', fileB], env2)).code).toBe(0)
    expect(fs.readFileSync(fileB).equals(a)).toBe(true)

    const recs = parse(a, { bom: true }) as string[][]
    expect(recs[0]).toEqual([...CSV_COLUMNS])
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])
    expect(recs.slice(1).map((r) => [r[col('date')], r[col('best_practice')], r[col('best_practice_category')], r[col('ongoing')], r[col('cost_yen')]])).toEqual([
      ['2018-06-01', 'true', 'action-plan-2', 'true', '1250000'],
      ['2019-09-01', 'false', '', 'true', ''],
      ['2022-05-17', 'true', 'no-consulate', 'false', '0'],
      ['2022-06-23', 'true', '', 'false', ''],
    ])
    const db = new Database(env2.DATABASE_URL.replace(/^file:/, ''), { readonly: true })
    try {
      expect(db.prepare('SELECT "startDate", "bestPracticeCategory", ongoing, "costYen" FROM "Event" ORDER BY "startDate"').all()).toEqual([
        { startDate: '2018-06-01', bestPracticeCategory: 'action-plan-2', ongoing: 1, costYen: 1_250_000 },
        { startDate: '2019-09-01', bestPracticeCategory: null, ongoing: 1, costYen: null },
        { startDate: '2022-05-17', bestPracticeCategory: 'no-consulate', ongoing: 0, costYen: 0 },
        { startDate: '2022-06-23', bestPracticeCategory: null, ongoing: 0, costYen: null },
      ])
    } finally {
      db.close()
    }
  })
})
