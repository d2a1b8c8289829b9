// Files as Japanese offices save them from Excel: "CSV" in Windows-31J (CP932), dates as 2022/5/1, figures with
// thousands separators. Each case runs the real command against a real SQLite file.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/client.ts'
import { buildCsv, countRows, freshEnv, row, runCli, writeInput, type CliRun, type Row } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-import-excel-')

async function stored(url: string) {
  const store = await openStore({ url })
  try {
    return await store.db.event.findMany({ orderBy: { id: 'asc' } })
  } finally {
    await store.close()
  }
}

/** Runs the import on `content` in a fresh database; asserts it was refused and that nothing was written. */
async function refused(content: string | Uint8Array, args: string[] = [], lang: 'en' | 'ja' = 'en'): Promise<CliRun & { file: string }> {
  const env = freshEnv(dir, lang)
  const file = writeInput(dir, content)
  const run = await runCli(['import', file, ...args], env)
  expect(run.code).toBe(1)
  expect(run.out).toBe('')
  const counts = await countRows(env.DATABASE_URL)
  expect([counts.events, counts.audits, counts.batches]).toEqual([0, 0, 0])
  return { ...run, file }
}

async function imported(content: string | Uint8Array, args: string[] = [], lang: 'en' | 'ja' = 'en') {
  const env = freshEnv(dir, lang)
  const file = writeInput(dir, content)
  const run = await runCli(['import', file, ...args], env)
  expect(run.err).toBe('')
  expect(run.code).toBe(0)
  return { run, file, events: await stored(env.DATABASE_URL), env }
}

describe('a Windows-31J (CP932) file is read without --encoding, and the output says so', () => {
  // ① ㈱ Ⅲ ㎡ are NEC special characters, 髙 﨑 IBM extensions: in CP932, not in plain Shift_JIS
  const titleJa = '①㈱Ⅲ㎡髙﨑'
  const cp932 = iconv.encode(buildCsv([row({ title_en: 'Seminar', title_ja: titleJa })], { eol: '\r\n' }).text, 'cp932')

  it('imports it and announces the encoding (English)', async () => {
    const { run, file, events } = await imported(cp932)
    expect(run.outCalls).toEqual([
      `Read ${file} as Shift_JIS (Windows-31J), as Excel saves "CSV" in Japan: the file is not UTF-8.`,
      'Imported 1 new event(s) from 1 row(s); 0 already present (recognised by their content). Fiscal years: FY2022.',
    ])
    expect(events.map((e) => e.titleJa)).toEqual([titleJa])
  })

  it('announces it in Japanese, and in a dry run', async () => {
    const env = freshEnv(dir, 'ja')
    const file = writeInput(dir, cp932)
    const run = await runCli(['import', file, '--dry-run'], env)
    expect(run.code).toBe(0)
    expect(run.outCalls[0]).toBe(`ファイル ${file} はUTF-8ではないため、Shift_JIS（Windows-31J、日本語版Excelが「CSV」として保存する形式）として読み込みました。`)
    expect(run.outCalls[1]).toMatch(/^確認のみ（ドライラン）/)
    expect((await countRows(env.DATABASE_URL)).events).toBe(0)
  })

  it('announces it also when the rows are refused', async () => {
    const bad = iconv.encode(buildCsv([row({ title_ja: '髙橋', participants: 'たくさん' })]).text, 'cp932')
    const run = await refused(bad)
    expect(run.errCalls[0]).toBe(`Read ${run.file} as Shift_JIS (Windows-31J), as Excel saves "CSV" in Japan: the file is not UTF-8.`)
    expect(run.errCalls[1]).toBe('Line 2, column participants: "たくさん" is not a whole number of participants, 0 or more')
  })

  it('says nothing about encodings for a UTF-8 file', async () => {
    const { run } = await imported(buildCsv([row({ title_ja: titleJa })]).text)
    expect(run.outCalls).toHaveLength(1)
  })

  it('names both encodings it tried for a file that is neither', async () => {
    const head = Buffer.from(buildCsv([row()]).text, 'utf8')
    const run = await refused(Buffer.concat([head, Buffer.from('2022-06-01,,chicago,WI,,Caf'), Buffer.from([0xe9, 0xff, 0xfe, 0x0a])]))
    const offset = head.length + '2022-06-01,,chicago,WI,,Caf'.length
    expect(run.err).toBe(
      `The file ${run.file} cannot be read: it is not UTF-8 (first bad byte at offset ${offset}), nor Shift_JIS (Windows-31J). Save it from Excel as "CSV UTF-8".`,
    )
  })
})

describe('--encoding shift_jis refuses a decode that would garble the file', () => {
  // A file once read with the wrong encoding and saved again as UTF-8: mojibake and replacement characters
  const mojibake = `${iconv.decode(Buffer.from('日米交流フェア', 'utf8'), 'cp932')}\uFFFD`

  it('refuses a UTF-8 file holding mojibake and U+FFFD, and writes nothing', async () => {
    const run = await refused(buildCsv([row({ title_ja: mojibake })]).text, ['--encoding', 'shift_jis'])
    expect(run.err).toBe(
      `The file ${run.file} is UTF-8, not Shift_JIS: reading it as Shift_JIS (Windows-31J) would garble its text. Run again without --encoding. ` +
        'Its text already holds replacement characters (�): it was damaged by an earlier save in the wrong encoding; export it again from the original spreadsheet.',
    )
  })

  it('refuses a clean UTF-8 file, in Japanese', async () => {
    const run = await refused(buildCsv([row({ title_ja: '日米交流フェア' })]).text, ['--encoding', 'sjis'], 'ja')
    expect(run.err).toBe(`ファイル ${run.file} はShift_JISではなくUTF-8です。Shift_JIS（Windows-31J）として読むと文字化けします。--encoding を付けずに再度実行してください。`)
  })

  it('refuses a decode that yields replacement characters', async () => {
    const good = iconv.encode(buildCsv([row({ title_ja: '日米' })]).text, 'cp932')
    const run = await refused(Buffer.concat([good, Buffer.from('2022-06-01,,chicago,WI,,x'), Buffer.from([0x81, 0x20]), Buffer.from('\n')]), ['--encoding', 'cp932'])
    expect(run.err).toBe(
      `The file ${run.file} is not valid Shift_JIS (Windows-31J): line 3 holds bytes that are no standard character in it. Save it from Excel as "CSV UTF-8".`,
    )
  })
})

describe('participants: thousands separators group digits by three', () => {
  it.each([
    ['1,200', 1200],
    ['12,000', 12000],
    ['1,234,567', 1234567],
    ['１，２００', 1200],
    ['１２０', 120],
    ['1200', 1200],
  ])('reads %s as %i', async (text, n) => {
    const { events } = await imported(buildCsv([row({ participants: text })]).text)
    expect(events.map((e) => e.participants)).toEqual([n])
  })

  // bug: "12,00" was imported as 1200
  it.each(['12,00', '1,2000', ',100', '1,,200', '100,', '1,200,0'])('refuses %s, and writes nothing', async (text) => {
    const run = await refused(buildCsv([row({ participants: text })]).text)
    expect(run.errCalls[0]).toBe(`Line 2, column participants: "${text}" is not a number of participants: thousands separators group digits by three (1,200 or 12,000)`)
  })

  it('says so in Japanese', async () => {
    const run = await refused(buildCsv([row({ participants: '12,00' })]).text, [], 'ja')
    expect(run.errCalls[0]).toBe('2行目「participants」列：「12,00」は参加者数として正しくありません（桁区切りのカンマは3桁ごとに入れてください。例：1,200、12,000）')
  })
})

describe('dates as Japanese Excel writes them', () => {
  const forms: Array<[string, string]> = [
    ['2022/5/1', '2022-05-01'],
    ['2022/05/01', '2022-05-01'],
    ['2022年5月1日', '2022-05-01'],
    ['令和4年5月1日', '2022-05-01'],
    ['R4.5.1', '2022-05-01'],
  ]
  it.each(forms)('accepts %s in date and end_date', async (text, iso) => {
    const { events } = await imported(buildCsv([row({ date: text, end_date: text }), row({ date: '2022/4/30', end_date: text, title_en: 'Two days' })]).text)
    expect(events.map((e) => [e.startDate, e.endDate])).toEqual([
      [iso, iso],
      ['2022-04-30', iso],
    ])
  })

  it('recognises a row written with slashes as the same row written in ISO form (re-import adds nothing)', async () => {
    const { env } = await imported(buildCsv([row({ date: '2022-05-01', participants: '1200' })]).text)
    const again = await runCli(['import', writeInput(dir, buildCsv([row({ date: '2022/5/1', participants: '1,200' })]).text)], env)
    expect(again.out).toContain('Imported 0 new event(s) from 1 row(s); 1 already present')
  })

  it('still refuses a day that does not exist', async () => {
    const run = await refused(buildCsv([row({ date: '2022/2/30' })]).text)
    expect(run.errCalls[0]).toBe('Line 2, column date: "2022/2/30" is not a day that exists')
  })

  it('checks the end date against the start date whatever their forms', async () => {
    const run = await refused(buildCsv([row({ date: '2022/5/10', end_date: '令和4年5月9日' })]).text)
    expect(run.errCalls[0]).toBe('Line 2, column end_date: the end date 2022-05-09 is before the start date 2022-05-10')
  })

  const accepted = '2022-05-01, 2022/5/1, 2022/05/01, 2022年5月1日, 令和4年5月1日, R4.5.1'
  it.each([
    ['date', '5/1/2022'],
    ['end_date', '1/5/2022'],
    ['date', '2022.5.1'],
  ] as Array<[keyof Row & string, string]>)('refuses %s %s with the accepted forms', async (column, text) => {
    const run = await refused(buildCsv([row({ [column]: text })]).text)
    expect(run.errCalls[0]).toBe(`Line 2, column ${column}: "${text}" is not a date; write it as ${accepted}`)
  })

  it('refuses an Excel serial number, saying which day it stands for', async () => {
    const run = await refused(buildCsv([row({ date: '44682' })]).text)
    expect(run.errCalls[0]).toBe(
      `Line 2, column date: "44682" is an Excel serial number (2022-05-01 in Excel), not a date: format the column as a date before saving, or write it as ${accepted}`,
    )
  })

  it('gives the accepted forms in Japanese', async () => {
    const run = await refused(buildCsv([row({ date: '5/1/2022' })]).text, [], 'ja')
    expect(run.errCalls[0]).toBe(
      '2行目「date」列：「5/1/2022」は日付として読み取れません。2022-05-01, 2022/5/1, 2022/05/01, 2022年5月1日, 令和4年5月1日, R4.5.1 のいずれかの形式で入力してください',
    )
  })
})
