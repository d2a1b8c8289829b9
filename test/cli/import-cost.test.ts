// The optional cost_yen column: imported (commas, full-width digits, ¥ or 円), exported in the same place,
// empty = not recorded; a bad cost is refused with its line and column, in both languages.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { buildCsv, freshEnv, row, runCli, writeInput } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-cost-')

function costs(url: string): (number | null)[] {
  const db = new Database(url.replace(/^file:/, ''), { readonly: true })
  try {
    return (db.prepare('SELECT "costYen" AS c FROM "Event" ORDER BY "startDate"').all() as { c: number | null }[]).map((r) => r.c)
  } finally {
    db.close()
  }
}

describe('import/export: cost_yen', () => {
  it('stores the cost of the rows that give one and exports it back', async () => {
    const env = freshEnv(dir)
    const rows = [
      row({ date: '2023-05-01', title_en: 'A', cost_yen: '1,250,000' }),
      row({ date: '2023-05-02', title_en: 'B', cost_yen: '' }),
      row({ date: '2023-05-03', title_en: 'C', cost_yen: '￥３００，０００' }),
      row({ date: '2023-05-04', title_en: 'D', cost_yen: '0円' }),
    ]
    const file = writeInput(dir, buildCsv(rows).text)
    const run = await runCli(['import', file], env)
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    expect(costs(env.DATABASE_URL)).toEqual([1_250_000, null, 300_000, 0])
    const out = await runCli(['export'], env)
    const lines = out.out.replace(/\r/g, '').split('\n')
    expect(lines[0]?.endsWith(',summary,cost_yen,best_practice_category,ongoing')).toBe(true)
    const at = lines[0]!.split(',').indexOf('cost_yen')
    expect(lines.slice(1).map((l) => l.split(',')[at])).toEqual(['1250000', '', '300000', '0'])
  })

  it('imports a file without the column (costs not recorded)', async () => {
    const env = freshEnv(dir)
    const columns = ['date', 'office', 'states', 'title_en', 'type', 'format', 'participants']
    const file = writeInput(dir, buildCsv([row({ date: '2023-06-01' })], { columns }).text)
    expect((await runCli(['import', file], env)).code).toBe(0)
    expect(costs(env.DATABASE_URL)).toEqual([null])
  })

  it('refuses a cost that is not whole yen, naming the line and column', async () => {
    for (const [lang, expected] of [['en', 'Line 2, column cost_yen: "12万" is not a cost in yen'], ['ja', '2行目「cost_yen」列：「12万」は費用（円）として正しくありません']] as const) {
      const env = freshEnv(dir, lang)
      const file = writeInput(dir, buildCsv([row({ cost_yen: '12万' }), row({ date: '2023-01-02', cost_yen: '-5' })]).text)
      const run = await runCli(['import', file], env)
      expect(run.code).toBe(1)
      expect(run.err).toContain(expected)
      expect(run.err).toContain('cost_yen')
    }
  })
})
