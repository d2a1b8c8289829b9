// The report's best practices under their category headings (the task force's slide 代表的な案件（ベストプラクティス）),
// from a small real SQLite database: headings in the categories' display order, numbered （１）（２）…, each
// item as （office：title（month））, the ones without a category last under その他 / Other; an ongoing programme
// that started in FY2018 read （2018年～） and listed again in FY2022 as 継続中, while every figure still counts
// it in FY2018 only. The deck and the workbook are read back with the libraries (jszip and the slide XML;
// exceljs), the Markdown as text.
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { eventInputSchema, type EventInput } from '../../src/domain/event.ts'
import { buildFyReportDeck } from '../../src/reports/deck.ts'
import { buildFyReport, fyReportCsvs, renderFyReportMarkdown, type FyReport } from '../../src/reports/fy-report.ts'
import { loadReportConfig, type ReportConfig } from '../../src/reports/report-config.ts'
import { buildFyReportWorkbook } from '../../src/reports/workbook.ts'
import { fyEventsOfReport } from '../../src/reports/write-document.ts'
import { setCategory } from '../../src/store/best-practice-categories.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { joinDateLines, readDeck, readWorkbook } from '../helpers/office-files.ts'
import { eventInput } from '../helpers/event-input.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-bp-categories-')
const AS_OF = '2023-08-01'

const ev = (over: Partial<EventInput>): EventInput => eventInput(over, 10)

const EVENTS: EventInput[] = [
  ev({
    startDate: '2018-06-01', officeCode: 'boston', stateCodes: ['MA'], participants: 120, bestPractice: true, bestPracticeCategory: 'new-capitalism', ongoing: true,
    titleEn: 'CIC (Cambridge Innovation Center)', titleJa: 'CIC（ケンブリッジ・イノベーション・センター）', summary: 'A satellite office at CIC.\n\nCICにサテライトオフィスを設置。',
  }),
  // an ongoing programme that is not a best practice, and a best practice of FY2020 that is over: not listed in FY2022
  ev({ startDate: '2019-05-01', officeCode: 'new-york', stateCodes: ['NY'], ongoing: true, titleEn: 'Long programme', titleJa: '長期事業' }),
  ev({ startDate: '2020-07-01', bestPractice: true, bestPracticeCategory: 'no-consulate', titleEn: 'Old caravan', titleJa: '過去のキャラバン' }),
  ev({ startDate: '2022-05-17', bestPractice: true, bestPracticeCategory: 'no-consulate', titleEn: 'Grassroots caravan', titleJa: '草の根キャラバン', summary: 'Visited a plant.\n\n工場を視察。' }),
  ev({ startDate: '2022-06-23', officeCode: 'houston', stateCodes: ['OK'], format: 'online', bestPractice: true, bestPracticeCategory: 'digital-garden-city', titleEn: 'Aging society webinar', titleJa: '高齢化社会ウェビナー' }),
  ev({ startDate: '2022-09-15', officeCode: 'denver', stateCodes: ['WY'], bestPractice: true, titleEn: 'Wyoming seminar', titleJa: 'ワイオミング州セミナー' }),
  ev({ startDate: '2023-01-26', officeCode: 'anchorage', stateCodes: ['AK'], format: 'online', bestPractice: true, bestPracticeCategory: 'action-plan-2', titleEn: 'Online Arctic Symposium', titleJa: 'オンライン北極シンポジウム' }),
  ev({ startDate: '2022-10-01', titleEn: 'Plain event', titleJa: '通常の事業' }),
  // started after FY2022: not in its report
  ev({ startDate: '2023-05-01', officeCode: 'seattle', stateCodes: ['WA'], bestPractice: true, bestPracticeCategory: 'action-plan-2', ongoing: true, titleEn: 'Later programme', titleJa: '後年の事業' }),
]

let store: Store
let config: ReportConfig
let r2022: FyReport

beforeAll(async () => {
  store = await openStore({ url: `file:${path.join(dir, 'bp.db')}` })
  // recorded out of display order; one category no event uses
  const categories = [
    ['digital-garden-city', 'デジタル田園都市国家構想に関する事業', 'Activities on the Digital Garden City Nation vision', 40],
    ['no-consulate', '総領事館が所在しない地域での事業', 'Activities in regions without a consulate-general', 10],
    ['unused', '使われていない分類', 'Unused', 5],
    ['new-capitalism', '「新しい資本主義」の経済政策を踏まえた事業', 'Activities under the economic policy of "New Capitalism"', 30],
    ['action-plan-2', '行動計画2.0を踏まえた事業', 'Activities under Action Plan 2.0', 20],
  ] as const
  for (const [code, nameJa, nameEn, sortOrder] of categories) await setCategory(store.db, { code, nameJa, nameEn, sortOrder, actor: 'test' })
  await createEvents(store.db, { events: EVENTS.map((e, i) => ({ data: eventInputSchema.parse(e), sourceKey: `bp:${i}` })), actor: 'test', source: 'import' })
  config = loadReportConfig()
  r2022 = await buildFyReport(store.db, { fy: 2022, asOf: AS_OF })
  return () => store.close()
})

const HEADINGS_JA = [
  '（１）総領事館が所在しない地域での事業',
  '（２）行動計画2.0を踏まえた事業',
  '（３）「新しい資本主義」の経済政策を踏まえた事業',
  '（４）デジタル田園都市国家構想に関する事業',
  '（５）その他',
]

describe('the FY2022 report', () => {
  it('counts the ongoing programme by its dates only: in FY2018, not in FY2022', () => {
    expect(r2022.fyTotals.events).toBe(5)
    expect(r2022.bestPracticesTotal).toBe(4)
    expect(r2022.firstFy).toBe(2018)
    expect(r2022.byFiscalYear.map((y) => [y.fiscalYear, y.events])).toEqual([[2018, 1], [2019, 1], [2020, 1], [2021, 0], [2022, 5]])
    expect(r2022.continuingBestPractices.map((e) => e.titleEn)).toEqual(['CIC (Cambridge Innovation Center)'])
  })

  it('deck (Japanese): the category headings in order, each item as （office：title（month）), the CIC programme （2018年～） marked 継続中', async () => {
    const deck = await readDeck(await buildFyReportDeck(r2022, { lang: 'ja', config, mapPng: null }))
    // four blocks to a slide: the fifth (その他) on the next slide
    expect(deck.slides).toHaveLength(6)
    const slides = [deck.slides[3]!, deck.slides[4]!]
    expect(slides[1]!.paragraphs[1]).toBe('2022年度の代表的な案件（ベストプラクティス）（続き）')
    // a heading too long for one line is broken before its date: read it joined
    const all = joinDateLines(slides.flatMap((s) => s.paragraphs))
    expect(all.filter((p) => /^（[１-９]）/.test(p))).toEqual(HEADINGS_JA)
    const items = all.filter((p) => /^（.+：/.test(p))
    expect(items).toEqual([
      '（シカゴ総：草の根キャラバン（2022年5月））',
      '（アンカレジ事務所：オンライン北極シンポジウム（2023年1月））',
      '（ボストン総：CIC（ケンブリッジ・イノベーション・センター）（2018年～））',
      '（ヒューストン総：高齢化社会ウェビナー（2022年6月））',
      '（デンバー総：ワイオミング州セミナー（2022年9月））',
    ])
    // each item right under its heading
    for (const [i, item] of items.entries()) expect(all[all.indexOf(item) - 1]).toBe(HEADINGS_JA[i])
    expect(all).toContain('2018年度から継続中の事業（2022年度も継続中）。')
    expect(all).toContain('CICにサテライトオフィスを設置。')
    expect(all.join('\n')).not.toMatch(/過去のキャラバン|長期事業|後年の事業|使われていない分類/)
  })

  it('deck (English): the same headings and items', async () => {
    const deck = await readDeck(await buildFyReportDeck(r2022, { lang: 'en', config, mapPng: null }))
    const all = [deck.slides[3]!, deck.slides[4]!].flatMap((s) => s.paragraphs)
    expect(all.filter((p) => /^\(\d\) /.test(p))).toEqual([
      '(1) Activities in regions without a consulate-general',
      '(2) Activities under Action Plan 2.0',
      '(3) Activities under the economic policy of "New Capitalism"',
      '(4) Activities on the Digital Garden City Nation vision',
      '(5) Other',
    ])
    expect(all).toContain('(Boston: CIC (Cambridge Innovation Center) (since 2018))')
    expect(all).toContain('(Chicago: Grassroots caravan (May 2022))')
    expect(all).toContain('Ongoing since FY2018 (still running in FY2022).')
  })

  it('Markdown: the headings in order with their items, the ongoing programme said to be ongoing, and its CSV row', () => {
    const md = renderFyReportMarkdown(r2022)
    const section = md.slice(md.indexOf('## 7.'), md.indexOf('## Files'))
    const headings = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1])
    expect(headings).toEqual([
      '(1) Activities in regions without a consulate-general / （１）総領事館が所在しない地域での事業',
      '(2) Activities under Action Plan 2.0 / （２）行動計画2.0を踏まえた事業',
      '(3) Activities under the economic policy of "New Capitalism" / （３）「新しい資本主義」の経済政策を踏まえた事業',
      '(4) Activities on the Digital Garden City Nation vision / （４）デジタル田園都市国家構想に関する事業',
      '(5) Other / （５）その他',
    ])
    expect(section).toContain('#### (Boston: CIC (Cambridge Innovation Center) (since 2018)) / （ボストン総：CIC（ケンブリッジ・イノベーション・センター）（2018年～））')
    expect(section).toContain('2022年度より前に開始し継続中のベストプラクティスも掲載しています（継続中。件数等は開始した年度に計上）。')
    expect(section).toContain('- Date / 実施日: since 1 Jun 2018, ongoing / 2018年6月1日から継続中')
    const csv = fyReportCsvs(r2022)['best-practices.csv']!
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toMatch(/,category,ongoing,started_before_fy2022$/)
    expect(lines.slice(1).map((l) => l.split(',').slice(-3).join(','))).toEqual([
      'no-consulate,false,false',
      'action-plan-2,false,false',
      'new-capitalism,true,true',
      'digital-garden-city,false,false',
      ',false,false',
    ])
  })

  it('workbook: the best practices in the same order with their heading, the ongoing note; the events sheet has category and ongoing', async () => {
    const wb = await readWorkbook(await buildFyReportWorkbook(r2022, await fyEventsOfReport(store.db, r2022), { lang: 'ja', config }))
    const ws = wb.getWorksheet('ベストプラクティス')!
    expect(ws.rowCount).toBe(1 + 5)
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    // one term per concept: the best-practice category is カテゴリ, as the Slack form and the CLI call it
    // (分類 is the activity type's term, 事業分類)
    expect(header[0]).toBe('カテゴリ')
    const ongoingCol = header.indexOf('継続中') + 1
    const rows = ws.getRows(2, 5)!
    expect(rows.map((r) => r.getCell(1).value)).toEqual(HEADINGS_JA)
    expect(rows[2]!.getCell(ongoingCol).value).toBe('2018年度から継続中の事業（2022年度も継続中）。')
    expect(rows[0]!.getCell(ongoingCol).value).toBeNull()
    const events = wb.getWorksheet('事業一覧')!
    const eh = (events.getRow(1).values as unknown[]).slice(1)
    const cat = eh.indexOf('ベストプラクティスのカテゴリ') + 1
    expect(cat).toBeGreaterThan(0)
    expect(eh.filter((h) => typeof h === 'string' && h.includes('分類'))).toEqual(['事業分類'])
    const caravan = events.getRows(2, events.rowCount - 1)!.find((r) => r.getCell(eh.indexOf('事業名') + 1).value === '草の根キャラバン')!
    expect(caravan.getCell(cat).value).toBe('総領事館が所在しない地域での事業')
    // the FY's own events only: the programme of 2018 is no event of FY2022
    expect(events.rowCount).toBe(1 + r2022.fyTotals.events)
  })
})

describe('other years', () => {
  it('FY2018: the programme is a best practice of its own year, （2018年～）, ongoing since it started', async () => {
    const r = await buildFyReport(store.db, { fy: 2018, asOf: AS_OF })
    expect(r.bestPractices.map((e) => e.titleEn)).toEqual(['CIC (Cambridge Innovation Center)'])
    expect(r.continuingBestPractices).toEqual([])
    const p = joinDateLines((await readDeck(await buildFyReportDeck(r, { lang: 'ja', config, mapPng: null }))).slides[3]!.paragraphs)
    expect(p).toEqual(expect.arrayContaining(['（１）「新しい資本主義」の経済政策を踏まえた事業', '（ボストン総：CIC（ケンブリッジ・イノベーション・センター）（2018年～））', '2018年度に開始し、継続中の事業。']))
  })

  it('FY2020: its own best practice, and the programme still listed as ongoing', async () => {
    const r = await buildFyReport(store.db, { fy: 2020, asOf: AS_OF })
    const p = (await readDeck(await buildFyReportDeck(r, { lang: 'ja', config, mapPng: null }))).slides[3]!.paragraphs
    expect(p.filter((x) => /^（[１-９]）/.test(x))).toEqual(['（１）総領事館が所在しない地域での事業', '（２）「新しい資本主義」の経済政策を踏まえた事業'])
    expect(p).toContain('2018年度から継続中の事業（2020年度も継続中）。')
  })
})
