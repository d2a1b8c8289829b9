// The deck's own formatting (令和 months in full-width digits, numbered items, summaries) and the report
// configuration it reads. People (約…万名), months and office short forms: test/i18n/format.test.ts and
// test/domain/offices.test.ts.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../../src/errors.ts'
import { eraMonthJa, itemNumber, sentencesJa, summaryIn } from '../../src/reports/office-format.ts'
import { DEFAULT_REPORT_CONFIG_FILE, loadReportConfig, parseNextYearText } from '../../src/reports/report-config.ts'
import { tmpDir } from '../helpers/tmp.ts'

describe('dates and names', () => {
  it('writes a month in the era calendar with full-width digits', () => {
    expect(eraMonthJa('2023-08')).toBe('令和５年８月')
    expect(eraMonthJa('2019-05')).toBe('令和元年５月')
    expect(eraMonthJa('2019-04')).toBe('平成３１年４月')
  })
  it('numbers the items as the bureau does', () => {
    expect(itemNumber(12, 'ja')).toBe('（１２）')
    expect(itemNumber(3, 'en')).toBe('(3)')
  })
  it('takes the paragraphs of a summary in one language, and a Japanese paragraph sentence by sentence', () => {
    const summary = 'An English paragraph.\n\n日本語の第一文。第二文。'
    expect(summaryIn(summary, 'ja')).toEqual(['日本語の第一文。第二文。'])
    expect(summaryIn(summary, 'en')).toEqual(['An English paragraph.'])
    expect(summaryIn('English only.', 'ja')).toEqual(['English only.'])
    expect(summaryIn(null, 'ja')).toEqual([])
    expect(sentencesJa('日本語の第一文。第二文。')).toEqual(['日本語の第一文。', '第二文。'])
  })
})

describe('the report configuration', () => {
  const dir = tmpDir('grassroots-report-config-')

  it('reads config/report.json and its next year texts', () => {
    const c = loadReportConfig()
    expect(c.file).toBe(DEFAULT_REPORT_CONFIG_FILE)
    expect(c.documentLabel.ja).toBe('資料１')
    expect(c.issued).toBe('2023-08')
    expect(c.issuer.ja).toBe('外務省経済局')
    expect(c.nextYearText.ja.title).toContain('予算額 約2.08億円')
    expect(c.nextYearText.ja.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['バイデン政権の重点取組分野への積極的な関与', '日米サプライチェーン協力強化'])
    expect(c.nextYearText.ja.blocks.at(-1)).toEqual({ kind: 'note', text: '（※）外務省予算' })
    expect(c.nextYearText.en.title).toMatch(/Action Plan 3\.0/)
  })

  it('parses the next year text: title, paragraphs joined, headings, bullets, notes', () => {
    const t = parseNextYearText('\uFEFF# 題\n\n一行目\n二行目\nand English\n\n## 見出し\n- 項目A\n- 項目B\n\n※ 注\n')
    expect(t.title).toBe('題')
    expect(t.blocks).toEqual([
      { kind: 'paragraph', text: '一行目二行目 and English' },
      { kind: 'heading', text: '見出し' },
      { kind: 'bullet', text: '項目A' },
      { kind: 'bullet', text: '項目B' },
      { kind: 'note', text: '※ 注' },
    ])
    expect(() => parseNextYearText('no title\n')).toThrow(/title/)
  })

  it('refuses a missing file, bad JSON, a field out of the schema or a missing text file, naming the file', () => {
    const good = JSON.parse(fs.readFileSync(DEFAULT_REPORT_CONFIG_FILE, 'utf8')) as Record<string, unknown>
    const write = (name: string, content: string) => {
      const f = path.join(dir, name)
      fs.writeFileSync(f, content)
      return f
    }
    const problem = (file: string) => {
      try {
        loadReportConfig(file)
      } catch (e) {
        if (isAppError(e)) return { key: e.key, ...e.params }
        throw e
      }
      throw new Error('accepted')
    }
    expect(problem(path.join(dir, 'none.json'))).toMatchObject({ key: 'report_config_invalid', file: path.join(dir, 'none.json') })
    expect(problem(write('bad.json', '{'))).toMatchObject({ key: 'report_config_invalid' })
    expect(problem(write('month.json', JSON.stringify({ ...good, issued: '2023-13' })))).toMatchObject({ reason: expect.stringContaining('issued') })
    const missingText = write('text.json', JSON.stringify({ ...good, nextYear: { ja: 'nowhere.md', en: 'nowhere.md' } }))
    expect(problem(missingText)).toMatchObject({ file: path.join(dir, 'nowhere.md') })
  })
})
