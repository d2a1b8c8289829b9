import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/events/csv-format.ts'
import { openStore } from '../../src/store/client.ts'
import { buildCsv, countRows, csvCell, freshEnv, reportedLines, row, runCli, writeInput, type CliRun, type Row } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-import-errors-')

/** Imports `content` into a fresh database; asserts the file was refused and nothing was written. */
async function rejected(content: string | Uint8Array, extraArgs: string[] = []): Promise<CliRun & { file: string }> {
  const env = freshEnv(dir)
  const file = writeInput(dir, content)
  const run = await runCli(['import', file, ...extraArgs], env)
  expect(run.code).toBe(1)
  expect(run.out).toBe('')
  expect(run.err).not.toContain('    at ')
  const counts = await countRows(env.DATABASE_URL)
  expect(counts.events).toBe(0)
  expect(counts.audits).toBe(0)
  expect(counts.batches).toBe(0)
  return { ...run, file }
}

/** A file whose third line is `bad` between two good rows: a partial write would show. */
function withBadRow(bad: Row): { text: string; line: number } {
  const { text, lines } = buildCsv([row({ title_en: 'good before' }), bad, row({ title_en: 'good after' })])
  return { text, line: lines[1]! }
}

describe('grassroots import: a bad cell names its line and column, and nothing is written', () => {
  const cases: Array<{ name: string; cells: Row; column: string; message: string }> = [
    { name: 'a day that does not exist', cells: { date: '2022-02-30' }, column: 'date', message: '"2022-02-30" is not a day that exists' },
    { name: 'a date in month-first order', cells: { date: '05/10/2022' }, column: 'date', message: '"05/10/2022" is not a date; write it as 2022-05-01, 2022/5/1' },
    { name: 'a missing date', cells: { date: '' }, column: 'date', message: 'a value is required' },
    {
      name: 'an end date before the start date',
      cells: { date: '2022-05-10', end_date: '2022-05-09' },
      column: 'end_date',
      message: 'the end date 2022-05-09 is before the start date 2022-05-10',
    },
    { name: 'negative participants', cells: { participants: '-5' }, column: 'participants', message: '"-5" is not a whole number of participants, 0 or more' },
    { name: 'fractional participants', cells: { participants: '12.5' }, column: 'participants', message: '"12.5" is not a whole number of participants, 0 or more' },
    {
      name: 'participants over 10,000,000',
      cells: { participants: '10000001' },
      column: 'participants',
      message: '10000001 participants is more than the 10,000,000 allowed for one event',
    },
    {
      name: 'participants over 10,000,000 written with separators',
      cells: { participants: '10,000,001' },
      column: 'participants',
      message: '10000001 participants is more than the 10,000,000 allowed for one event',
    },
    { name: 'missing participants', cells: { participants: '' }, column: 'participants', message: 'a value is required' },
    { name: 'an unknown office', cells: { office: 'Tokyo' }, column: 'office', message: '"Tokyo" is not an office' },
    { name: 'an unknown state', cells: { states: 'WI;XX' }, column: 'states', message: '"XX" is not a US state' },
    { name: 'no state', cells: { states: ' ; ' }, column: 'states', message: 'at least one state is required' },
    {
      name: 'an unknown type',
      cells: { type: 'party' },
      column: 'type',
      message: '"party" is not an activity type (one of info, business_support, japan_event, food_pr, other)',
    },
    { name: 'an unknown theme', cells: { themes: 'climate;cooking' }, column: 'themes', message: '"cooking" is not a theme' },
    { name: 'an unknown format', cells: { format: 'postal' }, column: 'format', message: '"postal" is not a format (one of in_person, online, hybrid)' },
    { name: 'both titles empty', cells: { title_en: '', title_ja: '  ' }, column: 'title_en', message: 'title_en or title_ja is required' },
    { name: 'a best_practice that is not a boolean', cells: { best_practice: 'maybe' }, column: 'best_practice', message: '"maybe" is not true or false' },
    { name: 'a title over 200 characters', cells: { title_en: 'x'.repeat(201) }, column: 'title_en', message: 'is too long (201 characters; at most 200)' },
  ]
  it.each(cases)('$name', async ({ cells, column, message }) => {
    const { text, line } = withBadRow(row(cells))
    const run = await rejected(text)
    expect(line).toBe(3)
    expect(run.errCalls[0]).toContain(`Line ${line}, column ${column}: ${message}`)
    expect(run.errCalls).toHaveLength(2)
    expect(run.errCalls[1]).toBe('Nothing was imported: 1 problem(s) found.')
  })

  it('a 10 MB summary is refused with its length', async () => {
    const big = 'あ'.repeat(10 * 1024 * 1024)
    const { text, line } = withBadRow(row({ summary: big }))
    const run = await rejected(text)
    expect(run.err).toContain(`Line ${line}, column summary: is too long (${big.length} characters; at most 3000)`)
    // the message does not echo the cell
    expect(run.err.length).toBeLessThan(1000)
  })
})

describe('grassroots import: malformed CSV', () => {
  it('reports an unbalanced quote at the line where the quoted value opens', async () => {
    const broken = buildCsv([row(), row({ title_en: 'x' }), row({ date: '2022-06-01' })])
    const lines = broken.text.split('\n')
    // line 3 is the second data row: open a quote in its title and never close it
    lines[2] = lines[2]!.replace(',x,', ',"x unclosed,')
    const run = await rejected(lines.join('\n'))
    expect(broken.lines).toEqual([2, 3, 4])
    expect(run.err).toContain('Line 3: the CSV is malformed (a quoted value is never closed).')
  })

  it('says what is wrong with the CSV in Japanese, not in the parser\'s English (引用符の誤り)', async () => {
    const env = freshEnv(dir, 'ja')
    const broken = buildCsv([row(), row({ title_en: 'x' })])
    const lines = broken.text.split('\n')
    lines[2] = lines[2]!.replace(',x,', ',"x unclosed,')
    const unclosed = await runCli(['import', writeInput(dir, lines.join('\n'))], env)
    expect(unclosed.code).toBe(1)
    expect(unclosed.err).toContain('3行目：CSVの形式に誤りがあります（引用符「"」で始まる値が閉じられていません）。')
    const stray = buildCsv([row({ title_en: 'x' })])
    const bad = await runCli(['import', writeInput(dir, stray.text.replace(',x,', ',"x"y",'))], env)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/^2行目：CSVの形式に誤りがあります（引用符で囲んだ値の中の「"」は「""」と二重にしてください）。$/m)
    expect(bad.err).not.toMatch(/[A-Za-z]{4,}/)
  })

  it.each([
    { eol: '\n' as const, name: 'LF' },
    { eol: '\r\n' as const, name: 'CRLF' },
  ])('names the right line for a wrong column count after a record spanning several lines ($name)', async ({ eol }) => {
    const multi = row({ summary: `one${eol}two${eol}three` })
    const { text, lines } = buildCsv([multi, row({ date: '2022-06-01' }), row({ date: '2022-07-01' })], { eol })
    // drop the last cell of the last row
    const recs = text.split(eol)
    const lastIndex = recs.length - 2 // the text ends with eol
    recs[lastIndex] = recs[lastIndex]!.replace(/,[^,]*$/, '')
    const run = await rejected(recs.join(eol))
    expect(lines).toEqual([2, 5, 6])
    expect(run.errCalls[0]).toBe(`Line 6: expected ${CSV_COLUMNS.length} columns, found ${CSV_COLUMNS.length - 1}.`)
    expect(run.errCalls[1]).toBe('Nothing was imported: 1 problem(s) found.')
  })

  it('names the right line for a bad cell after quoted newlines in a CRLF file', async () => {
    const { text, lines } = buildCsv(
      [row({ summary: 'a\r\nb\r\nc' }), row({ title_en: 'two\r\nlines' }), row({ date: '2022-13-01' })],
      { eol: '\r\n', bom: true },
    )
    const run = await rejected(text)
    expect(lines).toEqual([2, 5, 7])
    expect(run.err).toContain('Line 7, column date: "2022-13-01" is not a day that exists')
  })

  it('an empty file', async () => {
    const run = await rejected('')
    expect(run.err).toBe(`The file ${run.file} is empty: expected a header row and at least one event.`)
  })

  it('a file of blank lines and a byte-order mark only', async () => {
    const run = await rejected('\uFEFF\r\n  \r\n')
    expect(run.err).toBe(`The file ${run.file} is empty: expected a header row and at least one event.`)
  })

  it('a header row only', async () => {
    const run = await rejected(`${CSV_COLUMNS.join(',')}\r\n`)
    expect(run.err).toBe(`The file ${run.file} has a header row but no events.`)
  })

  it('a header row followed by blank lines only', async () => {
    const run = await rejected(`${CSV_COLUMNS.join(',')}\n\n\n`)
    expect(run.err).toBe(`The file ${run.file} has a header row but no events.`)
  })

  it('an unknown column is refused, and accepted with --ignore-unknown', async () => {
    const columns = [...CSV_COLUMNS, 'notes']
    const { text } = buildCsv([row({ notes: 'internal' }), row({ date: '2022-06-01', notes: 'x' })], { columns })
    const run = await rejected(text)
    expect(run.err).toBe('Unknown column(s): notes. Remove them, or run again with --ignore-unknown.')

    const env = freshEnv(dir)
    const ok = await runCli(['import', run.file, '--ignore-unknown'], env)
    expect(ok.err).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('Imported 2 new event(s) from 2 row(s)')
    expect((await countRows(env.DATABASE_URL)).events).toBe(2)
  })

  it('a missing required column', async () => {
    const columns = CSV_COLUMNS.filter((c) => c !== 'participants' && c !== 'format')
    const run = await rejected(buildCsv([row()], { columns }).text)
    expect(run.err).toBe('Missing required column(s): format, participants.')
  })

  it('no title column at all', async () => {
    const columns = CSV_COLUMNS.filter((c) => c !== 'title_en' && c !== 'title_ja')
    const run = await rejected(buildCsv([row()], { columns }).text)
    expect(run.err).toBe('Missing required column(s): title_en / title_ja.')
  })

  it('optional columns may be left out; header names are matched case-insensitively', async () => {
    const env = freshEnv(dir)
    const text = 'Date,Office,STATES,Title_JA,Type,Format,Participants\n2022-05-10,chicago,WI,セミナー,info,online,"1,500"\n'
    const file = writeInput(dir, text)
    const run = await runCli(['import', file], env)
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const store = await openStore({ url: env.DATABASE_URL })
    try {
      const events = await store.db.event.findMany()
      expect(events.map((e) => [e.titleJa, e.participants, e.city, e.summary])).toEqual([['セミナー', 1500, null, null]])
    } finally {
      await store.close()
    }
  })

  it('a column twice in the header', async () => {
    const columns = [...CSV_COLUMNS, 'date']
    const run = await rejected(buildCsv([row()], { columns }).text)
    expect(run.err).toBe('Column(s) appear more than once in the header: date.')
  })

  it('a file that does not exist', async () => {
    const env = freshEnv(dir)
    const missing = `${dir}/no-such-file.csv`
    const run = await runCli(['import', missing], env)
    expect(run.code).toBe(1)
    expect(run.err).toBe(`File not found: ${missing}`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
  })
})

describe('grassroots import: encodings', () => {
  const titleJa = '日本食フェア、シカゴ総領事館主催'
  const sjisText = buildCsv([row({ title_en: '', title_ja: titleJa, office: 'シカゴ総領事館', states: 'イリノイ州', participants: '１２０' })], { eol: '\r\n' }).text

  it('reads a Shift_JIS file without --encoding, and says so', async () => {
    const env = freshEnv(dir)
    const file = writeInput(dir, iconv.encode(sjisText, 'cp932'))
    const run = await runCli(['import', file], env)
    expect(run.code).toBe(0)
    expect(run.outCalls[0]).toBe(`Read ${file} as Shift_JIS (Windows-31J), as Excel saves "CSV" in Japan: the file is not UTF-8.`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(1)
  })

  it.each(['shift_jis', 'Shift-JIS', 'cp932', 'sjis'])('imports the same Shift_JIS file with --encoding %s', async (enc) => {
    const env = freshEnv(dir)
    const file = writeInput(dir, iconv.encode(sjisText, 'cp932'))
    const run = await runCli(['import', file, '--encoding', enc], env)
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    // asked for, not detected: nothing to announce
    expect(run.outCalls).toEqual([expect.stringContaining('Imported 1 new event(s) from 1 row(s)')])
    const store = await openStore({ url: env.DATABASE_URL })
    try {
      const events = await store.db.event.findMany({ include: { states: true } })
      expect(events.map((e) => [e.titleJa, e.officeCode, e.participants, e.states.map((s) => s.stateCode)])).toEqual([[titleJa, 'chicago', 120, ['IL']]])
    } finally {
      await store.close()
    }
  })

  it('names both encodings tried, with the offset of the first bad byte, for bytes that are not Shift_JIS either', async () => {
    const head = Buffer.from(buildCsv([row({ title_en: 'Café' })]).text, 'utf8')
    // Latin-1 é (0xE9) followed by bytes that are no Shift_JIS either
    const bad = Buffer.from([0xe9, 0xff, 0xfe, 0x2c])
    const body = Buffer.concat([head, Buffer.from('2022-06-01,,chicago,WI,,Caf'), bad, Buffer.from('\n')])
    const run = await rejected(body)
    const offset = head.length + '2022-06-01,,chicago,WI,,Caf'.length
    expect(run.err).toBe(
      `The file ${run.file} cannot be read: it is not UTF-8 (first bad byte at offset ${offset}), nor Shift_JIS (Windows-31J). Save it from Excel as "CSV UTF-8".`,
    )
  })

  it('an unknown --encoding is a usage error (exit 2), and nothing is read', async () => {
    const env = freshEnv(dir)
    const file = writeInput(dir, buildCsv([row()]).text)
    const run = await runCli(['import', file, '--encoding', 'latin1'], env)
    expect(run.code).toBe(2)
    expect(run.err).toContain('grassroots import: unknown --encoding latin1')
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
  })
})

describe('grassroots import: every problem in one run', () => {
  it('reports every bad row of a file with many, and writes nothing', async () => {
    const rows: Row[] = []
    const bad = new Set<number>()
    for (let i = 0; i < 40; i++) {
      const day = String((i % 28) + 1).padStart(2, '0')
      const r = row({ date: `2022-06-${day}`, title_en: `Event ${i}`, summary: i % 7 === 0 ? `spans${'\n'}two lines` : '' })
      if (i % 5 === 1) r.participants = String(-i)
      if (i % 9 === 2) r.office = `Office ${i}`
      if (i === 13) {
        r.date = '2022-02-30'
        r.format = 'carrier pigeon'
      }
      if (i % 5 === 1 || i % 9 === 2 || i === 13) bad.add(i)
      rows.push(r)
    }
    const { text, lines } = buildCsv(rows)
    const run = await rejected(text)
    const expectedLines = [...bad].map((i) => lines[i]!)
    expect(new Set(reportedLines(run.err))).toEqual(new Set(expectedLines))
    // row 11 (i % 5 === 1 and i % 9 === 2) has two problems, row 13 has two
    const problems = rows.reduce((n, _r, i) => n + (i % 5 === 1 ? 1 : 0) + (i % 9 === 2 ? 1 : 0) + (i === 13 ? 2 : 0), 0)
    expect(reportedLines(run.err)).toHaveLength(problems)
    expect(run.errCalls.at(-1)).toBe(`Nothing was imported: ${problems} problem(s) found.`)
    expect(run.err).toContain(`Line ${lines[13]!}, column date: "2022-02-30" is not a day that exists`)
    expect(run.err).toContain(`Line ${lines[13]!}, column format: "carrier pigeon" is not a format`)
    expect(run.err).toContain(`Line ${lines[11]!}, column office: "Office 11" is not an office`)
    expect(run.err).toContain(`Line ${lines[11]!}, column participants: "-11" is not a whole number`)
  })

  it('reports rows with a wrong column count together with bad cells', async () => {
    const { text, lines } = buildCsv([row(), row({ participants: 'ten' }), row(), row({ type: 'gala' })])
    const recs = text.split('\n')
    recs[lines[2]! - 1] = `${recs[lines[2]! - 1]!},${csvCell('extra, cell')}`
    const run = await rejected(recs.join('\n'))
    expect(run.errCalls).toEqual([
      `Line ${lines[1]!}, column participants: "ten" is not a whole number of participants, 0 or more`,
      `Line ${lines[2]!}: expected ${CSV_COLUMNS.length} columns, found ${CSV_COLUMNS.length + 1}.`,
      expect.stringContaining(`Line ${lines[3]!}, column type: "gala" is not an activity type`),
      'Nothing was imported: 3 problem(s) found.',
    ])
  })
})

describe('grassroots import in Japanese (GRASSROOTS_LANG=ja)', () => {
  it('names the line (行目) and the column of a bad row', async () => {
    const env = freshEnv(dir, 'ja')
    const { text, line } = withBadRow(row({ participants: '12.5' }))
    const file = writeInput(dir, text)
    const run = await runCli(['import', file], env)
    expect(run.code).toBe(1)
    expect(run.errCalls[0]).toBe(`${line}行目「participants」列：「12.5」は参加者数として正しくありません（0以上の整数を入力してください）`)
    expect(run.errCalls[1]).toBe('取り込みは行いませんでした（1件の問題があります）。')
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
  })

  it('reports a wrong column count in Japanese', async () => {
    const env = freshEnv(dir, 'ja')
    const file = writeInput(dir, `${CSV_COLUMNS.join(',')}\n2022-05-10,chicago\n`)
    const run = await runCli(['import', file], env)
    expect(run.code).toBe(1)
    expect(run.errCalls[0]).toBe(`2行目：列の数が見出し行と合いません（見出し行は${CSV_COLUMNS.length}列、この行は2列）。`)
  })

  it('reports success in Japanese with the fiscal year range', async () => {
    const env = freshEnv(dir, 'ja')
    const file = writeInput(dir, buildCsv([row({ date: '2021-04-01' }), row({ date: '2023-03-31' })]).text)
    const run = await runCli(['import', file], env)
    expect(run.code).toBe(0)
    expect(run.out).toBe('2行を処理し、2件の事業を新たに登録しました（登録済みの事業と内容が同一の0件は取り込んでいません）。対象年度：2021年度〜2022年度')
  })
})
