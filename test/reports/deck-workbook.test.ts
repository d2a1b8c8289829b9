// The report as slides and as a workbook, read back with libraries (jszip and the slide XML; exceljs): the
// texts, the native chart's data, the map picture, the regions table, the workbook's sheets, formats, dates
// and frozen header rows, from a small dataset whose figures can be counted by eye. Every state but Wyoming
// has an event in FY2020, Wyoming its first in FY2022.
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset } from '../../src/demo/generate.ts'
import { SEED_BEST_PRACTICE_CATEGORIES } from '../../src/domain/best-practice-category.ts'
import { eventInputSchema, type EventInput, type EventRecord } from '../../src/domain/event.ts'
import { FIFTY_STATES } from '../../src/domain/states.ts'
import { buildFyReportDeck, fitFontSize } from '../../src/reports/deck.ts'
import { buildFyReport, type FyReport } from '../../src/reports/fy-report.ts'
import { loadReportConfig, type ReportConfig } from '../../src/reports/report-config.ts'
import { buildFyReportWorkbook, NUMBER_FORMAT } from '../../src/reports/workbook.ts'
import { fyEventsOfReport } from '../../src/reports/write-document.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { runCli } from '../helpers/cli-harness.ts'
import { readDeck, readTextBoxes, readWorkbook, type TextBox } from '../helpers/office-files.ts'
import { eventInput } from '../helpers/event-input.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-deck-')
const url = `file:${path.join(dir, 'deck.db')}`
const AS_OF = '2023-08-15'
/** A 1 × 1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

const ev = (over: Partial<EventInput>): EventInput => eventInput(over)

const EVENTS: EventInput[] = [
  ev({ startDate: '2020-07-01', officeCode: 'embassy', stateCodes: FIFTY_STATES.map((s) => s.code).filter((c) => c !== 'WY'), format: 'online', participants: 12_345 }),
  ev({
    startDate: '2022-05-17', officeCode: 'chicago', stateCodes: ['WI'], participants: 45, bestPractice: true,
    titleEn: 'Grassroots caravan', titleJa: '草の根キャラバン', summary: 'Visited a plant in Wisconsin.\n\n工場を視察。地元経済への貢献を発信。',
  }),
  ev({
    startDate: '2022-06-23', officeCode: 'houston', stateCodes: ['OK', 'TX'], format: 'online', participants: 250_000, bestPractice: true,
    titleEn: 'Aging society webinar', titleJa: '高齢化社会ウェビナー', summary: 'A webinar.\n\nウェビナーを実施。',
  }),
  ev({ startDate: '2022-09-15', officeCode: 'denver', stateCodes: ['WY'], participants: 10, bestPractice: true, titleEn: 'Wyoming seminar', titleJa: 'ワイオミング州セミナー' }),
  ev({ startDate: '2023-04-01', officeCode: 'boston', stateCodes: ['MA'], participants: 999 }),
]

let store: Store
let report: FyReport
let config: ReportConfig

beforeAll(async () => {
  store = await openStore({ url })
  await createEvents(store.db, { events: EVENTS.map((e, i) => ({ data: eventInputSchema.parse(e), sourceKey: `t:${i}` })), actor: 'test', source: 'import' })
  report = await buildFyReport(store.db, { fy: 2022, asOf: AS_OF })
  config = loadReportConfig()
  return () => store.close()
})

describe('the slide deck (Japanese)', () => {
  let deck: Awaited<ReturnType<typeof readDeck>>
  beforeAll(async () => {
    deck = await readDeck(await buildFyReportDeck(report, { lang: 'ja', config, mapPng: PNG }))
  })

  it('has the cover, これまでの取組, the map, the best practices and the next year, in that order', () => {
    expect(deck.slides.map((s) => s.paragraphs[1] ?? s.paragraphs[0])).toEqual([
      'グラスルーツからの日米関係強化に関する政府タスクフォース',
      'これまでの取組',
      '2020年度－2022年度の案件実施状況（地域別累計実績）',
      '2022年度の代表的な案件（ベストプラクティス）',
      config.nextYearText.ja.title,
    ])
  })

  it('cover: document label, task force, the year, the month in the era calendar and the bureau, from the configuration', () => {
    const cover = deck.slides[0]!.paragraphs
    expect(cover).toEqual(['資料１', 'グラスルーツからの日米関係強化に関する政府タスクフォース', '2022年度の取組', '令和５年８月', '外務省経済局'])
  })

  it('これまでの取組: the action plan, the FY and cumulative events, the last state covered, participants rounded', () => {
    const text = deck.slides[1]!.text
    expect(text).toContain(
      '2021年に策定した行動計画2.0に基づき、関係省庁・機関や在米日本企業が連携しつつ、日米経済関係に関する情報発信、日系企業支援、日本関連イベント、日本食PR等の事業を実施（2022年度実施案件3件、2020年度からの累計4件）。' +
        '2022年度にワイオミング州で事業を実施したことで、全州網羅的にグラスルーツ事業を展開することを達成。',
    )
    expect(deck.slides[1]!.paragraphs).toEqual(expect.arrayContaining(['＊延べ参加者数約260,000名（約26万名）', '2020年度：約10,000名', '2021年度：0名', '2022年度：約250,000名']))
  })

  it('これまでの取組: participants per FY as a native chart with the exact figures', () => {
    expect(deck.slides[1]!.targets.some((t) => /ppt\/charts\/chart\d+\.xml$/.test(t))).toBe(true)
    expect(deck.charts).toHaveLength(1)
    const chart = deck.charts[0]!
    expect(chart.type).toBe('barChart')
    expect(chart.categories).toEqual(['2020年度', '2021年度', '2022年度'])
    expect(chart.values).toEqual(report.byFiscalYear.map((y) => y.participants))
    expect(chart.values).toEqual([12_345, 0, 250_055])
    expect(chart.formatCodes).toContain('#,##0')
    // the axis says its unit, with the figures as they are (no display unit another office suite may ignore)
    expect(chart.valueAxisUnit).toBeNull()
    expect(chart.valueAxisTitle).toBe('延べ参加者数（名）')
  })

  it('地域別累計実績: the map as a picture and the regions as a table', () => {
    const slide = deck.slides[2]!
    const image = slide.targets.find((t) => t.startsWith('ppt/media/'))
    expect(image).toBeDefined()
    expect(deck.zip.file(image!)).not.toBeNull()
    expect(slide.tables).toHaveLength(1)
    expect(slide.tables[0]).toEqual([['地域', '2022年度', '累計'], ...report.regions.map((g) => [g.nameJa, String(g.fyEvents), String(g.cumulativeEvents)])])
    expect(report.regions.find((g) => g.code === 'west')!.cumulativeEvents).toBe(2) // the FY2020 event and Wyoming
    expect(slide.text).toContain('全50州中50州')
  })

  it('代表的な案件: one block per best practice, office short name and month, the Japanese summary sentence by sentence', () => {
    const p = deck.slides[3]!.paragraphs
    expect(p).toEqual(expect.arrayContaining(['（１）シカゴ総：草の根キャラバン（2022年5月）', '（２）ヒューストン総：高齢化社会ウェビナー（2022年6月）', '（３）デンバー総：ワイオミング州セミナー（2022年9月）']))
    expect(p).toEqual(expect.arrayContaining(['工場を視察。', '地元経済への貢献を発信。', 'ウェビナーを実施。', '（概要の登録なし）']))
    expect(deck.slides[3]!.text).not.toContain('Visited a plant')
  })

  it('次年度の方向性: the text file, editable, with its budget line and note', () => {
    const slide = deck.slides[4]!
    expect(slide.paragraphs[1]).toBe('2023年度取組の方向性「行動計画3.0」（予算額 約2.08億円（※））')
    expect(slide.paragraphs).toEqual(expect.arrayContaining(['日米サプライチェーン協力強化', '（※）外務省予算']))
    expect(slide.targets.filter((t) => t.startsWith('ppt/media/'))).toEqual([])
  })

  it('says nothing of demo data when the events are real', () => {
    expect(deck.slides.some((s) => s.text.includes('デモデータ'))).toBe(false)
  })
})

describe('the slide deck in other cases', () => {
  it('in English', async () => {
    const deck = await readDeck(await buildFyReportDeck(report, { lang: 'en', config, mapPng: PNG }))
    expect(deck.slides[0]!.paragraphs).toEqual(['Document 1', config.taskForce.en, 'Activities in FY2022', 'August 2023', config.issuer.en])
    expect(deck.slides[1]!.text).toContain('Under Action Plan 2.0, adopted in 2021,')
    expect(deck.slides[1]!.text).toContain('(FY2022: 3 events; since FY2020: 4 events). With an event in Wyoming in FY2022, grassroots activities have reached all 50 states.')
    expect(deck.slides[1]!.paragraphs).toContain('* Participants in all: about 260,000')
    expect(deck.charts[0]!.categories).toEqual(['FY2020', 'FY2021', 'FY2022'])
    expect(deck.charts[0]!.valueAxisUnit).toBeNull()
    expect(deck.charts[0]!.valueAxisTitle).toBe('Participants')
    expect(deck.slides[3]!.paragraphs).toEqual(expect.arrayContaining(['(1) Chicago: Grassroots caravan (May 2022)', 'Visited a plant in Wisconsin.']))
  })

  it('before every state is covered: the states not yet covered; no best practice; no map', async () => {
    const r2020 = await buildFyReport(store.db, { fy: 2020, asOf: AS_OF })
    const deck = await readDeck(await buildFyReportDeck(r2020, { lang: 'ja', config, mapPng: null }))
    expect(deck.slides[1]!.text).toContain('全50州中49州で事業を実施（未実施：ワイオミング州）。')
    expect(deck.slides[1]!.text).toContain('（2020年度実施案件1件）')
    expect(deck.slides[2]!.targets.filter((t) => t.startsWith('ppt/media/'))).toEqual([])
    expect(deck.slides[2]!.text).toContain('地図は未作成')
    expect(deck.slides[3]!.text).toContain('2020年度にベストプラクティスとして登録された事業なし。')
  })

  it('four best practices to a slide', async () => {
    const many = { ...report, bestPractices: [...report.bestPractices, ...report.bestPractices], bestPracticesTotal: 6 }
    const deck = await readDeck(await buildFyReportDeck(many, { lang: 'ja', config, mapPng: PNG }))
    expect(deck.slides).toHaveLength(6)
    expect(deck.slides[4]!.paragraphs[1]).toBe('2022年度の代表的な案件（ベストプラクティス）（続き）')
    expect(deck.slides[4]!.paragraphs).toContain('（５）ヒューストン総：高齢化社会ウェビナー（2022年6月）')
  })

  it('a heading too long for one line breaks before its date, never inside it', async () => {
    const long = '高齢化社会における日米協力と地域経済の持続的発展に関するオンライン・ウェビナー（オクラホマ州）'
    const withLong = { ...report, bestPractices: report.bestPractices.map((e) => (e.officeCode === 'houston' ? { ...e, titleJa: long } : e)) }
    const paragraphs = (await readDeck(await buildFyReportDeck(withLong, { lang: 'ja', config, mapPng: PNG }))).slides[3]!.paragraphs
    const at = paragraphs.indexOf(`（２）ヒューストン総：${long}`)
    expect(at).toBeGreaterThan(0)
    expect(paragraphs[at + 1]).toBe('（2022年6月）')
    // a heading that fits stays one line, its date on it
    expect(paragraphs).toContain('（１）シカゴ総：草の根キャラバン（2022年5月）')
  })

  it('fits the font size to the box', () => {
    const long = 'あ'.repeat(400)
    expect(fitFontSize(['短い'], { w: 6, h: 0.6 }, { max: 13, min: 8 })).toBe(13)
    expect(fitFontSize([long], { w: 6, h: 1.8 }, { max: 12, min: 7 })).toBeLessThan(12)
    expect(fitFontSize([long.repeat(10)], { w: 6, h: 1.8 }, { max: 12, min: 7 })).toBe(7)
  })
})

// How much room a text takes, estimated on the safe side and independently of deck.ts: kana, kanji and
// full-width forms 1 em, any other character 0.6 em, a quarter em where Japanese meets Latin letters or digits
// (LibreOffice and PowerPoint set them apart), bold 5% wider, lines filled to 95% (a line does not begin with
// ）or 。), a line 1.25 × the font size. Rendered by LibreOffice with Noto Sans CJK JP (the CI step), the
// demo's heading （３）ボストン総：CIC（…）…（2022年10月） took three lines at 12 pt bold in its 0.6 in box,
// where 0.55 em per Latin character and full lines had predicted two.
const FULL = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u
const emsOf = (s: string, bold: boolean): number => {
  const chars = [...s]
  const base = chars.reduce((w, c, i) => w + (FULL.test(c) ? 1 : 0.6) + (i > 0 && /[A-Za-z0-9]/.test(c) !== /[A-Za-z0-9]/.test(chars[i - 1]!) && (FULL.test(c) || FULL.test(chars[i - 1]!)) ? 0.25 : 0), 0)
  return bold ? base * 1.05 : base
}
const innerWidth = (b: TextBox) => b.w - b.insets[0] - b.insets[2]
const innerHeight = (b: TextBox) => b.h - b.insets[1] - b.insets[3]
const neededHeight = (b: TextBox): number =>
  b.paragraphs.reduce((h, p) => {
    const lines = Math.max(1, Math.ceil((emsOf(p.text, p.bold) * p.pt) / 72 / ((innerWidth(b) - p.marginLeft) * 0.95)))
    return h + (lines * p.pt * 1.25 + p.spaceBefore + p.spaceAfter) / 72
  }, 0)

describe.each(['ja', 'en'] as const)('the slide deck as laid out (%s): every text in its box', (lang) => {
  let boxes: TextBox[]
  beforeAll(async () => {
    // the demo's best practices of FY2022, the longest texts the deck shows (titles and summaries as the seed has them)
    // (those of FY2022 and the CIC programme, ongoing since 2018), under the report's categories: two-line headings
    const demo = generateDemoDataset().events.filter((e) => e.data.bestPractice && ((e.data.startDate >= '2022-04-01' && e.data.startDate <= '2023-03-31') || e.data.ongoing === true))
    expect(demo.length).toBeGreaterThanOrEqual(4)
    const template = report.bestPractices[0]!
    const bestPractices: EventRecord[] = demo.map((e, i) => ({ ...template, ...e.data, id: 1000 + i }))
    const long = { ...report, bestPractices, bestPracticesTotal: bestPractices.length + 2, bestPracticeCategories: [...SEED_BEST_PRACTICE_CATEGORIES] }
    boxes = await readTextBoxes((await readDeck(await buildFyReportDeck(long, { lang, config, mapPng: PNG }))).zip)
  })
  const totalLine = lang === 'ja' ? /^＊延べ参加者数/ : /^\* Participants in all/

  it('keeps the text of a framed box (border or background) off its edges', () => {
    const framed = boxes.filter((b) => b.framed)
    expect(framed.map((b) => b.paragraphs[0]!.text)).toEqual(expect.arrayContaining([config.documentLabel[lang], expect.stringMatching(totalLine), expect.stringMatching(/^（１）|^\(1\)/)]))
    for (const b of framed) {
      expect.soft(Math.min(b.insets[0], b.insets[2]), `slide ${b.slide}: 「${b.paragraphs[0]!.text}」`).toBeGreaterThanOrEqual(0.05)
      expect.soft(Math.min(b.insets[1], b.insets[3]), `slide ${b.slide}: 「${b.paragraphs[0]!.text}」`).toBeGreaterThanOrEqual(0.02)
    }
  })

  it('gives every text the height it needs at its font size', () => {
    expect(boxes.length).toBeGreaterThan(20)
    for (const b of boxes) {
      expect.soft(neededHeight(b), `slide ${b.slide}: 「${b.paragraphs.map((p) => p.text).join(' / ').slice(0, 60)}」 at ${b.paragraphs[0]!.pt} pt in ${b.w.toFixed(2)} × ${b.h.toFixed(2)} in`).toBeLessThanOrEqual(innerHeight(b) + 0.005)
    }
  })

  it('keeps slide titles and the participants in all on one line', () => {
    const oneLine = boxes.filter((b) => (b.y === 0.55 && b.paragraphs.length === 1) || totalLine.test(b.paragraphs[0]!.text))
    expect(oneLine.length).toBe(1 + 4) // the total; the titles of slides 2 to 5 (the cover has none)
    for (const b of oneLine) {
      const p = b.paragraphs[0]!
      expect.soft((emsOf(p.text, p.bold) * p.pt) / 72, `slide ${b.slide}: 「${p.text}」 at ${p.pt} pt`).toBeLessThanOrEqual(innerWidth(b) * 0.95)
    }
  })

  it('keeps the blocks of best practices apart from each other and from the line on those not shown', () => {
    const slide4 = boxes.filter((b) => b.slide === 4 && b.y > 1.3 && b.y < 7)
    for (const [i, a] of slide4.entries()) {
      for (const b of slide4.slice(i + 1)) {
        const overlap = a.x < b.x + b.w - 0.001 && b.x < a.x + a.w - 0.001 && a.y < b.y + b.h - 0.001 && b.y < a.y + a.h - 0.001
        expect.soft(overlap, `「${a.paragraphs[0]!.text.slice(0, 20)}」 and 「${b.paragraphs[0]!.text.slice(0, 20)}」`).toBe(false)
      }
    }
    expect(slide4.some((b) => /^このほか|more best practices/.test(b.paragraphs[0]!.text))).toBe(true)
  })
})

describe('the workbook', () => {
  let wb: Awaited<ReturnType<typeof readWorkbook>>
  beforeAll(async () => {
    wb = await readWorkbook(await buildFyReportWorkbook(report, await fyEventsOfReport(store.db, report), { lang: 'ja', config }))
  })

  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)

  it('has one sheet per figure, the events and notes, each with its header row frozen', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概要', '年度別延べ参加者数', '州別累計実施件数', '地域別実施件数', '在外公館別', 'ベストプラクティス', '事業一覧', '注記'])
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(ws.getRow(1).font?.bold).toBe(true)
    }
  })

  it('prints on A4, one page wide, the header row repeated, the events list in landscape, page numbers in the footer', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe('1:1')
      expect(ws.headerFooter.oddFooter, ws.name).toBe('&C&P／&N')
    }
    expect(wb.getWorksheet('事業一覧')?.pageSetup.orientation).toBe('landscape')
    expect(wb.getWorksheet('年度別延べ参加者数')?.pageSetup.orientation).toBe('portrait')
  })

  it('participants per FY: Japanese headers, numbers formatted #,##0, dates as dates, the total', () => {
    const ws = wb.getWorksheet('年度別延べ参加者数')!
    expect(ws.getRow(1).values).toEqual([undefined, '年度', '開始日', '終了日', '実施件数', '延べ参加者数'])
    const row = ws.getRow(2)
    expect(row.getCell(1).value).toBe(2020)
    expect(row.getCell(2).value).toEqual(utc('2020-04-01'))
    expect(row.getCell(2).numFmt).toBe('yyyy/mm/dd')
    expect(row.getCell(3).value).toEqual(utc('2021-03-31'))
    expect(row.getCell(5).value).toBe(12_345)
    expect(row.getCell(5).numFmt).toBe(NUMBER_FORMAT)
    expect(ws.getRow(3).getCell(5).value).toBe(0)
    expect(ws.getRow(5).values).toEqual([undefined, '合計', utc('2020-04-01'), utc('2023-03-31'), 4, 262_400])
  })

  it('states: the figures behind the map, Wyoming first covered in the FY', () => {
    const ws = wb.getWorksheet('州別累計実施件数')!
    expect(ws.rowCount).toBe(1 + 51)
    const wy = ws.getRows(2, 51)!.find((r) => r.getCell(1).value === 'WY')!
    expect(wy.values).toEqual([undefined, 'WY', 'ワイオミング州', 'Wyoming', '西部', '州', 1, 1, 2022, '○'])
    expect(wy.getCell(7).numFmt).toBe(NUMBER_FORMAT)
  })

  it('the events of the FY, dated, with what the report counts', () => {
    const ws = wb.getWorksheet('事業一覧')!
    expect(ws.rowCount).toBe(1 + report.fyTotals.events)
    expect(ws.getRow(1).getCell(2).value).toBe('実施日')
    expect(ws.getRows(2, 3)!.map((r) => r.getCell(2).value)).toEqual([utc('2022-05-17'), utc('2022-06-23'), utc('2022-09-15')])
    expect(ws.getRow(3).getCell(12).value).toBe(250_000)
    expect(ws.getRow(3).getCell(12).numFmt).toBe(NUMBER_FORMAT)
    expect(wb.getWorksheet('ベストプラクティス')!.rowCount).toBe(1 + 3)
  })

  it('refuses a list of events that is not what the report counts', async () => {
    await expect(buildFyReportWorkbook(report, [], { lang: 'ja', config })).rejects.toThrow(/0 events listed, 3 counted/)
  })

  it('in English: English sheet names and headers', async () => {
    const en = await readWorkbook(await buildFyReportWorkbook(report, await fyEventsOfReport(store.db, report), { lang: 'en', config }))
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'Participants by FY', 'Events by state', 'Events by region', 'By office', 'Best practices', 'Events', 'Notes'])
    expect(en.getWorksheet('Participants by FY')!.getRow(1).values).toEqual([undefined, 'Fiscal year', 'From', 'To', 'Events', 'Participants'])
    expect(en.getWorksheet('Events')!.getRow(2).getCell(2).numFmt).toBe('yyyy-mm-dd')
  })
})

describe('grassroots report --format pptx|xlsx', () => {
  const env = () => ({ DATABASE_URL: url, GRASSROOTS_LANG: 'en' })

  it('writes report.pptx (with the map drawn) and report.en.xlsx', async () => {
    const out = path.join(dir, 'out')
    const pptx = await runCli(['report', '--fy', '2022', '--format', 'pptx', '--as-of', AS_OF, '--out', out], env())
    expect(pptx.err).toBe('')
    expect(pptx.code).toBe(0)
    expect(pptx.out).toContain('report.pptx')
    const deck = await readDeck(fs.readFileSync(path.join(out, 'report.pptx')))
    expect(deck.slides[0]!.paragraphs).toContain('令和５年８月')
    expect(deck.slides[2]!.targets.some((t) => t.startsWith('ppt/media/'))).toBe(true)
    expect(fs.existsSync(path.join(out, 'report.md'))).toBe(false)

    const xlsx = await runCli(['report', '--fy', '2022', '--format', 'xlsx', '--lang', 'en', '--as-of', AS_OF, '--out', out], env())
    expect(xlsx.code).toBe(0)
    const wb = await readWorkbook(fs.readFileSync(path.join(out, 'report.en.xlsx')))
    expect(wb.getWorksheet('Events')!.rowCount).toBe(4)
  }, 60_000)

  it('takes the configuration from --report-config, else GRASSROOTS_REPORT_CONFIG', async () => {
    const good = JSON.parse(fs.readFileSync(loadReportConfig().file, 'utf8')) as Record<string, unknown>
    const custom = path.join(dir, 'custom')
    fs.mkdirSync(custom, { recursive: true })
    fs.copyFileSync(path.join(path.dirname(loadReportConfig().file), 'next-year.md'), path.join(custom, 'next-year.md'))
    fs.copyFileSync(path.join(path.dirname(loadReportConfig().file), 'next-year.en.md'), path.join(custom, 'next-year.en.md'))
    fs.writeFileSync(path.join(custom, 'a.json'), JSON.stringify({ ...good, documentLabel: { ja: '資料２', en: 'Document 2' } }))
    fs.writeFileSync(path.join(custom, 'b.json'), JSON.stringify({ ...good, documentLabel: { ja: '資料３', en: 'Document 3' }, issued: '2024-02' }))
    const out = path.join(dir, 'custom-out')
    // the workbook's notes name the document, without drawing a map
    const noted = async () => (await readWorkbook(fs.readFileSync(path.join(out, 'report.xlsx')))).getWorksheet('注記')!.getRow(2).getCell(1).value
    const byFlag = await runCli(['report', '--fy', '2022', '--format', 'xlsx', '--as-of', AS_OF, '--out', out, '--report-config', 'a.json'], { ...env(), GRASSROOTS_REPORT_CONFIG: path.join(custom, 'b.json') }, custom)
    expect(byFlag.code).toBe(0)
    expect(await noted()).toBe(`${good.taskForce && (good.taskForce as { ja: string }).ja}　資料２（令和５年８月、外務省経済局）`)
    const byEnv = await runCli(['report', '--fy', '2022', '--format', 'xlsx', '--as-of', AS_OF, '--out', out], { ...env(), GRASSROOTS_REPORT_CONFIG: path.join(custom, 'b.json') })
    expect(byEnv.code).toBe(0)
    expect(await noted()).toContain('資料３（令和６年２月、外務省経済局）')
  }, 60_000)

  it('refuses an unknown format or language, --lang with Markdown, and a configuration it cannot read', async () => {
    const pdf = await runCli(['report', '--fy', '2022', '--format', 'pdf'], env())
    expect(pdf.code).toBe(2)
    expect(pdf.err).toContain('--format must be md, pptx or xlsx, not "pdf"')
    expect((await runCli(['report', '--fy', '2022', '--format', 'xlsx', '--lang', 'fr'], env())).code).toBe(2)
    expect((await runCli(['report', '--fy', '2022', '--lang', 'en'], env())).code).toBe(2)
    const missing = await runCli(['report', '--fy', '2022', '--format', 'xlsx', '--report-config', path.join(dir, 'none.json')], env())
    expect(missing.code).toBe(1)
    expect(missing.err).toContain(`The report configuration ${path.join(dir, 'none.json')} cannot be used`)
  })
})
