import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseYen } from '../../src/cli/commands/budget.ts'
import { freshEnv, runCli } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-budget-')

function budgetRows(url: string): { fiscalYear: number; amountYen: number; note: string | null }[] {
  const db = new Database(url.replace(/^file:/, ''), { readonly: true })
  try {
    return db.prepare('SELECT "fiscalYear", "amountYen", note FROM "Budget" ORDER BY "fiscalYear"').all() as never
  } finally {
    db.close()
  }
}

describe('grassroots budget', () => {
  it('set records a fiscal year once (a second set replaces it) and list shows them oldest first', async () => {
    const env = freshEnv(dir)
    const empty = await runCli(['budget', 'list'], env)
    expect(empty.code).toBe(0)
    expect(empty.out).toContain('No budget is recorded')
    expect((await runCli(['budget', 'set', '--fy', '令和5年度', '--amount', '200,000,000'], env)).code).toBe(0)
    const set = await runCli(['budget', 'set', '--fy', '2023', '--amount', '208000000', '--note', '外務省予算'], env)
    expect(set.code).toBe(0)
    expect(set.out).toBe('Recorded the FY2023 budget: ¥208,000,000 (外務省予算).')
    expect((await runCli(['budget', 'set', '--fy', 'FY22', '--amount', '１５０００００００円'], env)).code).toBe(0)
    expect(budgetRows(env.DATABASE_URL)).toEqual([
      { fiscalYear: 2022, amountYen: 150_000_000, note: null },
      { fiscalYear: 2023, amountYen: 208_000_000, note: '外務省予算' },
    ])
    const list = await runCli(['budget', 'list'], { ...env, GRASSROOTS_LANG: 'ja' })
    expect(list.outCalls).toEqual(['2022年度（令和4年度）\t1.5億円（150,000,000円）', '2023年度（令和5年度）\t2.08億円（208,000,000円）\t外務省予算'])
  })

  it('refuses a bad amount or year with a message in the user language and records nothing', async () => {
    const env = freshEnv(dir, 'ja')
    const bad = await runCli(['budget', 'set', '--fy', '2023', '--amount', '2億'], env)
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('「2億」は金額（円）として認識できません')
    const en = await runCli(['budget', 'set', '--fy', '2023', '--amount', '1.5'], { ...env, GRASSROOTS_LANG: 'en' })
    expect(en.code).toBe(1)
    expect(en.err).toContain('"1.5" is not an amount in yen')
    const year = await runCli(['budget', 'set', '--fy', 'next', '--amount', '1'], env)
    expect(year.code).toBe(1)
    expect((await runCli(['budget', 'set', '--amount', '1'], env)).code).toBe(2)
    expect((await runCli(['budget', 'spend'], env)).code).toBe(2)
    expect((await runCli(['budget', 'list'], env)).out).toContain('予算額は記録されていません')
    expect(budgetRows(env.DATABASE_URL)).toEqual([])
  })

  it('parseYen takes whole yen with commas, full-width digits, ¥ or 円, up to the column limit', () => {
    expect(parseYen('208,000,000')).toBe(208_000_000)
    expect(parseYen('￥２０８')).toBe(208)
    expect(parseYen('0')).toBe(0)
    expect(parseYen('2147483648')).toBeUndefined()
    expect(parseYen('-1')).toBeUndefined()
    expect(parseYen('2.08億円')).toBeUndefined()
  })
})
