import { describe, expect, it } from 'vitest'
import { AppError } from '../../src/errors.ts'
import { formatEventCsv, parseEventCsv } from '../../src/events/csv-format.ts'
import { buildCsv, row } from '../helpers/cli-harness.ts'

function problemLines(text: string): number[] {
  return parseEventCsv(text, { file: 'f.csv' }).problems.map((p) => p.line)
}

describe('parseEventCsv line numbers', () => {
  it.each([
    { name: 'LF', eol: '\n' as const, inner: '\n' },
    { name: 'CRLF', eol: '\r\n' as const, inner: '\r\n' },
    { name: 'CRLF records with LF inside cells (as Excel saves)', eol: '\r\n' as const, inner: '\n' },
    { name: 'CR inside a cell', eol: '\n' as const, inner: '\r' },
  ])('counts lines across quoted line breaks: $name', ({ eol, inner }) => {
    const { text, lines } = buildCsv(
      [row({ summary: `a${inner}b${inner}c` }), row({ participants: 'x' }), row({ title_en: `t${inner}u` }), row({ date: 'bad' })],
      { eol },
    )
    expect(lines).toEqual([2, 5, 6, 8])
    expect(problemLines(text)).toEqual([5, 8])
    expect(parseEventCsv(text, { file: 'f.csv' }).rows.map((r) => r.line)).toEqual([2, 6])
  })

  it('skips blank lines but keeps counting them', () => {
    const { text } = buildCsv([row()])
    expect(problemLines(`${text}\n\n${text.split('\n')[1]!.replace('chicago', 'nowhere')}\n`)).toEqual([5])
  })

  it('names the line where an unclosed quote opens', () => {
    const { text } = buildCsv([row(), row(), row()], { eol: '\r\n' })
    const recs = text.split('\r\n')
    recs[2] = recs[2]!.replace('Milwaukee', '"Milwaukee')
    try {
      parseEventCsv(recs.join('\r\n'), { file: 'f.csv' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(AppError)
      expect((e as AppError).key).toBe('csv_quote_not_closed')
      expect((e as AppError).params.line).toBe(3)
    }
  })

  it('formats what it parses back to the same text', () => {
    const { text } = buildCsv([row({ summary: 'x\r\ny, "z"', partners: 'A;B' }), row({ date: '2022-01-01', title_ja: '日本' })], { eol: '\r\n' })
    const parsed = parseEventCsv(text, { file: 'f.csv' })
    expect(parsed.problems).toEqual([])
    const once = formatEventCsv(parsed.rows.map((r) => r.data))
    const twice = formatEventCsv(parseEventCsv(once, { file: 'f.csv' }).rows.map((r) => r.data))
    expect(twice).toBe(once)
    expect(once.startsWith('\uFEFFdate,end_date,')).toBe(true)
  })
})

describe('a misspelt office or state gets a hint', () => {
  it('suggests the closest office code or state name, in both languages, and nothing for what is far from any name', async () => {
    const { t } = await import('../../src/i18n/index.ts')
    const csv = [
      'date,office,states,title_en,type,format,participants',
      '2022-05-10,Chicgo,Wisconson,X,info,online,5',
      '2022-05-10,シカゴ総領事舘,WI,X,info,online,5',
      '2022-05-10,Zzyzx,ZZ,X,info,online,5',
    ].join('\n')
    const r = parseEventCsv(csv, { file: 'f.csv' })
    const hint = (line: number, column: string) => r.problems.find((p) => p.line === line && p.column === column)?.params.suggestion
    expect(hint(2, 'office')).toBe('chicago')
    expect(hint(2, 'states')).toBe('Wisconsin')
    expect(hint(3, 'office')).toBe('chicago')
    expect(hint(4, 'office')).toBeUndefined()
    expect(hint(4, 'states')).toBeUndefined()
    const p = r.problems.find((x) => x.line === 2 && x.column === 'states')!
    expect(t('en', p.key, p.params)).toContain('did you mean "Wisconsin"?')
    expect(t('ja', p.key, p.params)).toContain('「Wisconsin」の誤りではありませんか')
  })
})

describe('formula injection (the export is opened in spreadsheets)', () => {
  const planted = ['=HYPERLINK("http://x","y")', '+1+2', '-3+4', '@SUM(A1)', '\tTab', '\rCR', "'=already quoted", "''+two quotes"]

  it('writes no cell that a spreadsheet would run as a formula, and reads every planted value back exactly', () => {
    const { text } = buildCsv(planted.map((p, i) => row({ title_en: p, summary: p, city: i % 2 === 0 ? p : 'Milwaukee', partners: `${p};Keep` })))
    const parsed = parseEventCsv(text, { file: 'f.csv' })
    expect(parsed.problems).toEqual([])
    const out = formatEventCsv(parsed.rows.map((r) => r.data), { bom: false })
    const cells = parseEventCsv(out, { file: 'f.csv' })
    // the round trip is exact: what was recorded comes back, character for character
    expect(cells.rows.map((r) => r.data)).toEqual(parsed.rows.map((r) => r.data))
    expect(cells.rows.map((r) => r.data.titleEn).slice(0, 4)).toEqual(planted.slice(0, 4))
    // a leading ' before a formula character is the spreadsheet's text marker, not part of the value
    expect(cells.rows.map((r) => r.data.titleEn).slice(6)).toEqual(['=already quoted', "'+two quotes"])
    // and no cell of the file starts with = + - @ tab or CR
    const raw = out.split('\r\n').slice(1).filter((l) => l !== '')
    for (const line of raw) {
      for (const cell of line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? []) {
        const value = cell.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"')
        expect(value, line).not.toMatch(/^[=+\-@\t\r]/)
      }
    }
  })
})
