import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/events/csv-format.ts'
import { buildCsv, countRows, freshEnv, row, runCli, writeInput, type Row } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-export-')

/** Rows with everything a CSV file can make hard: quotes, commas, line breaks, Japanese, duplicates, one date twice. */
function trickyRows(): Row[] {
  const dup = row({ date: '2022-09-09', title_en: 'Same, twice', participants: '1,200' })
  return [
    row({
      date: '2022-11-03',
      office: 'シカゴ総領事館',
      states: 'イリノイ州;WI;イリノイ州',
      city: 'Chicago',
      title_en: 'A "quoted" title, with a comma',
      title_ja: '日本食フェア',
      type: 'food',
      themes: 'trade;climate;trade',
      format: 'ハイブリッド',
      participants: '１２０',
      partners: 'JETRO; "Friends", Inc.',
      best_practice: 'はい',
      summary: 'line one\nline two\r\nline three, "quoted"',
    }),
    dup,
    row({ date: '2022-09-09', office: 'embassy', states: 'DC', title_en: 'Same date, other event', format: 'online', participants: '0' }),
    { ...dup },
    row({ date: '2021-12-24', end_date: '2021-12-26', office: 'honolulu', states: 'Hawaii', title_en: '', title_ja: '年末交流会', type: 'japan_event', themes: 'sister city' }),
    row({ date: '2023-05-05', office: 'seattle', states: 'WA;Oregon', title_en: '  padded title  ', city: ' Seattle ', participants: '10000000', best_practice: '1' }),
  ]
}

async function importFile(env: NodeJS.ProcessEnv, file: string): Promise<void> {
  const run = await runCli(['import', file], env)
  expect(run.err).toBe('')
  expect(run.code).toBe(0)
}

async function exportTo(env: NodeJS.ProcessEnv, file: string, extra: string[] = []): Promise<Buffer> {
  const run = await runCli(['export', '--out', file, ...extra], env)
  expect(run.code).toBe(0)
  expect(run.out).toBe('')
  return fs.readFileSync(file)
}

function records(csv: Buffer | string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][]
}

describe('grassroots export: round trip', () => {
  it('import → export A → import A into an empty database → export B gives the same bytes', async () => {
    const input = trickyRows()
    const source = writeInput(dir, buildCsv(input, { eol: '\n' }).text)
    const env1 = freshEnv(dir)
    await importFile(env1, source)

    const fileA = path.join(dir, 'round', 'a.csv')
    const a = await exportTo(env1, fileA)
    const env2 = freshEnv(dir)
    await importFile(env2, fileA)
    const fileB = path.join(dir, 'round', 'b.csv')
    const b = await exportTo(env2, fileB)

    expect(b.equals(a)).toBe(true)
    expect((await countRows(env2.DATABASE_URL)).events).toBe(input.length)

    // A is UTF-8 with a byte-order mark, a header in the import format and one record per input row
    expect([...a.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const recs = records(a)
    expect(recs[0]).toEqual([...CSV_COLUMNS])
    expect(recs).toHaveLength(input.length + 1)
    // records are separated by CRLF: every line break outside a quoted cell is CRLF
    const outside = a.toString('utf8').split('"').filter((_, i) => i % 2 === 0).join('')
    expect(outside.match(/\r\n/g)).toHaveLength(input.length + 1)
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)

    // oldest first, and the cells are those of the input
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])
    const dates = recs.slice(1).map((r) => r[col('date')])
    expect(dates).toEqual(input.map((r) => r.date).sort())
    const byTitle = new Map(recs.slice(1).map((r) => [`${r[col('date')]}|${r[col('title_en')]}|${r[col('title_ja')]}`, r]))
    for (const r of input) {
      const key = `${r.date}|${(r.title_en ?? '').trim()}|${(r.title_ja ?? '').trim()}`
      const out = byTitle.get(key)
      expect(out, key).toBeDefined()
      expect(out?.[col('participants')]).toBe(String(Number((r.participants ?? '').normalize('NFKC').replace(/,/g, ''))))
      expect(out?.[col('summary')]).toBe((r.summary ?? '').trim())
      expect(out?.[col('end_date')]).toBe(r.end_date ?? '')
    }
  })

  it('importing an export into the database it came from adds nothing', async () => {
    const input = trickyRows()
    const env = freshEnv(dir)
    await importFile(env, writeInput(dir, buildCsv(input).text))
    const file = path.join(dir, 'self.csv')
    await exportTo(env, file)
    const again = await runCli(['import', file], env)
    expect(again.code).toBe(0)
    expect(again.out).toContain(`Imported 0 new event(s) from ${input.length} row(s); ${input.length} already present`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(input.length)
  })

  it('--no-bom leaves out only the byte-order mark; standard output gets the same bytes as --out', async () => {
    const env = freshEnv(dir)
    await importFile(env, writeInput(dir, buildCsv(trickyRows()).text))
    const withBom = await exportTo(env, path.join(dir, 'bom.csv'))
    const noBom = await exportTo(env, path.join(dir, 'nobom.csv'), ['--no-bom'])
    expect(noBom.equals(withBom.subarray(3))).toBe(true)

    const stdout = await runCli(['export'], env)
    expect(stdout.code).toBe(0)
    expect(stdout.err).toBe('')
    expect(stdout.outCalls).toHaveLength(1)
    // the CLI writes each out() call followed by a newline
    expect(Buffer.from(`${stdout.out}\n`, 'utf8').equals(withBom)).toBe(true)
  })

  it('reports the count and the file on stderr', async () => {
    const env = freshEnv(dir)
    const input = trickyRows()
    await importFile(env, writeInput(dir, buildCsv(input).text))
    const run = await runCli(['export', '--out', path.join(dir, 'nested', 'deeper', 'x.csv')], env)
    expect(run.code).toBe(0)
    expect(run.err).toBe(`Exported ${input.length} event(s) to ${path.join(dir, 'nested', 'deeper', 'x.csv')}.`)
    expect(fs.existsSync(path.join(dir, 'nested', 'deeper', 'x.csv'))).toBe(true)
  })

  it('resolves --out against the working directory it is given', async () => {
    const env = freshEnv(dir)
    await importFile(env, writeInput(dir, buildCsv([row()]).text))
    const cwd = path.join(dir, 'cwd-out')
    fs.mkdirSync(cwd)
    const run = await runCli(['export', '-o', 'rel.csv'], env, cwd)
    expect(run.code).toBe(0)
    expect(run.err).toBe('Exported 1 event(s) to rel.csv.')
    expect(records(fs.readFileSync(path.join(cwd, 'rel.csv')))).toHaveLength(2)
  })

  it('an empty database exports the header only', async () => {
    const env = freshEnv(dir)
    const file = path.join(dir, 'empty.csv')
    const run = await runCli(['export', '--out', file], env)
    expect(run.code).toBe(0)
    expect(run.err).toBe(`Exported 0 event(s) to ${file}.`)
    expect(records(fs.readFileSync(file))).toEqual([[...CSV_COLUMNS]])
  })
})

describe('grassroots export --fy', () => {
  const boundary = ['2022-03-31', '2022-04-01', '2023-03-31', '2023-04-01']

  async function seeded(): Promise<NodeJS.ProcessEnv> {
    const env = freshEnv(dir)
    await importFile(env, writeInput(dir, buildCsv(boundary.map((date, i) => row({ date, title_en: `Event ${i}` }))).text))
    return env
  }

  it('includes only the events of that fiscal year (April 1 to March 31)', async () => {
    const env = await seeded()
    const file = path.join(dir, 'fy2022.csv')
    const run = await runCli(['export', '--fy', '2022', '--out', file], env)
    expect(run.code).toBe(0)
    expect(run.err).toBe(`Exported 2 event(s) to ${file}.`)
    const recs = records(fs.readFileSync(file))
    expect(recs.slice(1).map((r) => r[0])).toEqual(boundary.filter((d) => d >= '2022-04-01' && d <= '2023-03-31'))
  })

  it.each([
    { fy: '2021', dates: ['2022-03-31'] },
    { fy: 'FY2023', dates: ['2023-04-01'] },
    { fy: '2020', dates: [] },
  ])('--fy $fy', async ({ fy, dates }) => {
    const env = await seeded()
    const run = await runCli(['export', '--fy', fy], env)
    expect(run.code).toBe(0)
    expect(records(run.out).slice(1).map((r) => r[0])).toEqual(dates)
  })

  it('understands the other ways of writing a fiscal year', async () => {
    const env = await seeded()
    const reference = await exportTo(env, path.join(dir, 'fy-ref.csv'), ['--fy', '2022'])
    for (const [i, fy] of ['FY2022', 'FY22', '2022年度', '令和4年度', 'R4', '２０２２'].entries()) {
      const other = await exportTo(env, path.join(dir, `fy-alt-${i}.csv`), ['--fy', fy])
      expect(other.equals(reference), fy).toBe(true)
    }
  })

  it('a fiscal year it cannot read is bad input: exit 1 with a message, no file written', async () => {
    const env = freshEnv(dir)
    const file = path.join(dir, 'never.csv')
    const run = await runCli(['export', '--fy', 'nonsense', '--out', file], env)
    expect(run.code).toBe(1)
    expect(run.out).toBe('')
    expect(run.err).toBe('"nonsense" is not a fiscal year. Examples: 2022, FY2022, FY22, 2022年度, 令和4年度, R4.')
    expect(fs.existsSync(file)).toBe(false)
  })
})
