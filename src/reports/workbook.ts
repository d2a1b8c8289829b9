// The fiscal-year report as an Excel workbook: one sheet per figure with the rows behind it (the summary,
// participants per FY behind the chart, events per state behind the map, regions, offices, best practices),
// a sheet of the FY's events themselves and a sheet of notes. Headers in the deck's language (Japanese first),
// counts as numbers formatted #,##0, dates as real dates, the header row frozen and filtered. Layout only:
// every figure is the report's (buildFyReport); the events are the records those figures count.
import exceljsModule from 'exceljs'
import type { EventRecord } from '../domain/event.ts'
import { fyShortLabelJa } from '../domain/fiscal-year.ts'
import type { FyReport } from './fy-report.ts'
import { officeName } from '../domain/offices.ts'
import { formatDate, formatMonth } from '../i18n/format.ts'
import { activityTypeName, formatName, stateNames, themeNames } from './format.ts'
import { bestPracticeGroups, categoryHeading, isGrouped, ongoingNote } from './best-practices.ts'
import { eraMonthJa } from './office-format.ts'
import type { ReportConfig } from './report-config.ts'

// exceljs is CommonJS: its default import is the module object either way
type ExcelModule = typeof exceljsModule
const ExcelJS: ExcelModule = exceljsModule
type Workbook = InstanceType<ExcelModule['Workbook']>

export type WorkbookLang = 'en' | 'ja'

/** Number formats of the workbook's columns. */
export const NUMBER_FORMAT = '#,##0'
export const DATE_FORMAT = { ja: 'yyyy/mm/dd', en: 'yyyy-mm-dd' } as const
const YEAR_FORMAT = '0'

/** year: a whole number shown without separators (2022, an ID). */
type Kind = 'text' | 'int' | 'date' | 'year'
type Value = string | number | Date | null
interface Column {
  header: { ja: string; en: string }
  kind: Kind
  width: number
}

/** The sheets, by key: their names in each language (at most 31 characters, as Excel allows). */
export const SHEETS = {
  summary: { ja: '概要', en: 'Summary' },
  fiscalYears: { ja: '年度別延べ参加者数', en: 'Participants by FY' },
  states: { ja: '州別累計実施件数', en: 'Events by state' },
  regions: { ja: '地域別実施件数', en: 'Events by region' },
  offices: { ja: '在外公館別', en: 'By office' },
  bestPractices: { ja: 'ベストプラクティス', en: 'Best practices' },
  events: { ja: '事業一覧', en: 'Events' },
  notes: { ja: '注記', en: 'Notes' },
} as const

const date = (iso: string | null): Date | null => (iso === null ? null : new Date(`${iso}T00:00:00Z`))

function addSheet(wb: Workbook, name: string, lang: WorkbookLang, columns: Column[], rows: Value[][], options: { boldLastRow?: boolean } = {}): void {
  // printed as the bureau files it: A4, landscape when the columns are wide, every column on one page's width
  // (as many pages down as needed), the header row repeated on each page, a page number in the footer
  const wide = columns.reduce((n, c) => n + c.width, 0) > 100
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: wide ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: lang === 'ja' ? '&C&P／&N' : '&CPage &P of &N' },
  })
  ws.columns = columns.map((c) => ({ width: c.width }))
  const header = ws.addRow(columns.map((c) => c.header[lang]))
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } }
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } }
  })
  for (const values of rows) {
    const row = ws.addRow(values.map((v) => (v === null ? null : v)))
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      if (c.kind === 'int') cell.numFmt = NUMBER_FORMAT
      else if (c.kind === 'date') cell.numFmt = DATE_FORMAT[lang]
      else if (c.kind === 'year') cell.numFmt = YEAR_FORMAT
      else cell.alignment = { vertical: 'top', wrapText: c.width >= 40 }
    })
  }
  if (options.boldLastRow === true && rows.length > 0) ws.lastRow!.font = { bold: true }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
}

const col = (ja: string, en: string, kind: Kind, width: number): Column => ({ header: { ja, en }, kind, width })

const yesNo = (b: boolean, lang: WorkbookLang): string => (b ? (lang === 'ja' ? '○' : 'yes') : '')

function eventRow(e: EventRecord, lang: WorkbookLang): Value[] {
  return [
    date(e.startDate),
    date(e.endDate),
    officeName(e.officeCode, lang, 'full'),
    stateNames(e.stateCodes, lang),
    e.city,
    e.titleJa,
    e.titleEn,
    activityTypeName(e.activityType, lang),
    themeNames(e.themes, lang),
    formatName(e.format, lang),
    e.participants,
  ]
}

const EVENT_COLUMNS: Column[] = [
  col('実施日', 'Date', 'date', 12),
  col('終了日', 'End date', 'date', 12),
  col('在外公館', 'Office', 'text', 24),
  col('州', 'State(s)', 'text', 20),
  col('都市', 'City', 'text', 14),
  col('事業名', 'Title (Japanese)', 'text', 40),
  col('事業名（英語）', 'Title (English)', 'text', 40),
  col('事業分類', 'Type', 'text', 14),
  col('テーマ', 'Themes', 'text', 20),
  col('実施形態', 'Format', 'text', 12),
  col('参加者数', 'Participants', 'int', 12),
]

/**
 * The workbook (bytes of an .xlsx). `events`: the FY's events (those `fyTotals.events` counts), oldest first.
 * Throws an Error when their number is not the report's count of events, rather than publish both.
 */
export async function buildFyReportWorkbook(r: FyReport, events: readonly EventRecord[], options: { lang: WorkbookLang; config: ReportConfig }): Promise<Buffer> {
  const { lang, config } = options
  if (events.length !== r.fyTotals.events) {
    throw new Error(`report FY${r.fy}: ${events.length} events listed, ${r.fyTotals.events} counted`)
  }
  const wb = new ExcelJS.Workbook()
  wb.creator = config.issuer[lang]
  wb.title = `${config.taskForce[lang]} ${lang === 'ja' ? fyShortLabelJa(r.fy) : `FY${r.fy}`}`
  wb.created = new Date(`${r.asOf}T00:00:00Z`)
  wb.modified = wb.created
  const fy = lang === 'ja' ? fyShortLabelJa(r.fy) : `FY${r.fy}`
  const span = r.firstFy === r.fy ? fy : lang === 'ja' ? `${fyShortLabelJa(r.firstFy)}〜${fyShortLabelJa(r.fy)}` : `FY${r.firstFy}–FY${r.fy}`
  const L = (ja: string, en: string) => (lang === 'ja' ? ja : en)

  addSheet(wb, SHEETS.summary[lang], lang, [col('項目', 'Figure', 'text', 26), col('期間', 'Period', 'text', 24), col('開始日', 'From', 'date', 12), col('終了日', 'To', 'date', 12), col('値', 'Value', 'int', 14)], [
    [L('実施件数', 'Events'), fy, date(r.fyRange.from), date(r.fyRange.to), r.fyTotals.events],
    [L('延べ参加者数', 'Participants'), fy, date(r.fyRange.from), date(r.fyRange.to), r.fyTotals.participants],
    [L('実施州数（50州中）', 'States covered (of 50)'), fy, date(r.fyRange.from), date(r.fyRange.to), r.coverage.statesCoveredInFy],
    [L('初めて事業を実施した州の数', 'States covered for the first time'), fy, date(r.fyRange.from), date(r.fyRange.to), r.coverage.firstTimeInFy.length],
    [L('累計実施件数', 'Events, cumulative'), span, date(r.cumulativeRange.from), date(r.cumulativeRange.to), r.cumulativeTotals.events],
    [L('累計延べ参加者数', 'Participants, cumulative'), span, date(r.cumulativeRange.from), date(r.cumulativeRange.to), r.cumulativeTotals.participants],
    [L('累計実施州数（50州中）', 'States covered (of 50), cumulative'), span, date(r.cumulativeRange.from), date(r.cumulativeRange.to), r.coverage.statesCoveredCumulative],
  ])

  addSheet(wb, SHEETS.fiscalYears[lang], lang, [col('年度', 'Fiscal year', 'year', 10), col('開始日', 'From', 'date', 12), col('終了日', 'To', 'date', 12), col('実施件数', 'Events', 'int', 12), col('延べ参加者数', 'Participants', 'int', 14)], [
    ...r.byFiscalYear.map((y): Value[] => [y.fiscalYear, date(`${y.fiscalYear}-04-01`), date(`${y.fiscalYear + 1}-03-31`), y.events, y.participants]),
    [L('合計', 'Total'), date(r.cumulativeRange.from), date(r.cumulativeRange.to), r.cumulativeTotals.events, r.cumulativeTotals.participants],
  ], { boldLastRow: true })

  addSheet(wb, SHEETS.states[lang], lang, [
    col('州コード', 'Code', 'text', 9), col('州名', 'State (Japanese)', 'text', 20), col('州名（英語）', 'State', 'text', 20), col('地域', 'Region', 'text', 10),
    col('州／DC', 'State/DC', 'text', 8), col(`${fy}実施件数`, `Events ${fy}`, 'int', 14), col(`累計実施件数（${span}）`, `Events ${span}`, 'int', 18),
    col('初実施年度', 'First fiscal year', 'year', 12), col(`${fy}に初実施`, `First in ${fy}`, 'text', 12),
  ], r.states.map((s) => {
    const region = r.regions.find((g) => g.code === s.region)
    return [s.code, s.nameJa, s.nameEn, region === undefined ? s.region : lang === 'ja' ? region.nameJa : region.nameEn, s.isState ? L('州', 'state') : 'DC',
      s.fyEvents, s.cumulativeEvents, s.firstFy, yesNo(s.isState && s.firstFy === r.fy, lang)]
  }))

  addSheet(wb, SHEETS.regions[lang], lang, [col('地域', 'Region', 'text', 12), col('地域（英語）', 'Region (English)', 'text', 14), col(`${fy}実施件数`, `Events ${fy}`, 'int', 14), col(`累計実施件数（${span}）`, `Events ${span}`, 'int', 18)],
    r.regions.map((g) => [g.nameJa, g.nameEn, g.fyEvents, g.cumulativeEvents]))

  addSheet(wb, SHEETS.offices[lang], lang, [
    col('在外公館', 'Office', 'text', 30), col('略称', 'Short name', 'text', 14), col(`${fy}実施件数`, `Events ${fy}`, 'int', 14), col(`${fy}延べ参加者数`, `Participants ${fy}`, 'int', 16),
    col(`累計実施件数（${span}）`, `Events ${span}`, 'int', 18), col(`累計延べ参加者数（${span}）`, `Participants ${span}`, 'int', 20),
  ], r.offices.map((o) => [lang === 'ja' ? o.nameJa : o.nameEn, officeName(o.code, lang, 'table'), o.fy.events, o.fy.participants, o.cumulative.events, o.cumulative.participants]))

  // the best practices as the deck lists them: under their category headings in order (best-practices.ts), the
  // ongoing ones of earlier years too, with the note that says so
  const groups = bestPracticeGroups(r)
  const grouped = isGrouped(groups)
  addSheet(wb, SHEETS.bestPractices[lang], lang, [col('カテゴリ', 'Category', 'text', 30), ...EVENT_COLUMNS, col('継続中', 'Ongoing', 'text', 30), col('概要', 'Summary', 'text', 60)],
    groups.flatMap((g) => g.events.map((e): Value[] => [grouped ? categoryHeading(g, lang) : null, ...eventRow(e, lang), ongoingNote(e, r.fy, lang), e.summary])))

  const categoryName = (code: string | null | undefined): string | null => {
    if (code == null) return null
    const c = r.bestPracticeCategories.find((x) => x.code === code)
    return c === undefined ? code : lang === 'ja' ? c.nameJa : c.nameEn
  }
  addSheet(wb, SHEETS.events[lang], lang, [
    col('ID', 'ID', 'year', 8), ...EVENT_COLUMNS, col('連携先', 'Partners', 'text', 24), col('ベストプラクティス', 'Best practice', 'text', 10),
    col('ベストプラクティスのカテゴリ', 'Best-practice category', 'text', 24), col('継続中', 'Ongoing', 'text', 10), col('概要', 'Summary', 'text', 60),
  ], events.map((e) => [e.id, ...eventRow(e, lang), e.partners.join(lang === 'ja' ? '、' : '; '), yesNo(e.bestPractice, lang), categoryName(e.bestPracticeCategory), yesNo(e.ongoing === true, lang), e.summary]))

  const issued = lang === 'ja' ? eraMonthJa(config.issued) : formatMonth(config.issued, 'en')
  const notes = lang === 'ja'
    ? [
        `${config.taskForce.ja}　${config.documentLabel.ja}（${issued}、${config.issuer.ja}）`,
        `数値は、データベースに登録された事業から集計（${formatDate(r.asOf, 'ja')}時点）。${r.asOf < r.fyRange.to ? `${fy}は年度途中。` : ''}`,
        ...(r.demoOnly ? ['デモデータ：数値は grassroots demo で生成したデータによるもの（実績ではない）。'] : []),
        '年度は4月から翌年3月まで。事業は開始日の年度に計上。',
        '複数の州・地域にまたがる事業は各州・各地域で計上するため、州別・地域別の合計は総件数を上回ることがある。',
        '地域区分は米国国勢調査局の4地域による（ワシントンDC（コロンビア特別区）は南部）。実施州数はDCを含まない。',
      ]
    : [
        `${config.taskForce.en}, ${config.documentLabel.en} (${issued}, ${config.issuer.en})`,
        `Figures counted from the events recorded in the database, as of ${r.asOf}.${r.asOf < r.fyRange.to ? ` FY${r.fy} is not over.` : ''}`,
        ...(r.demoOnly ? ['Demo data: the figures come from data generated by grassroots demo, not from real events.'] : []),
        'Fiscal years run April–March; an event counts in the fiscal year of its start date.',
        'An event in several states or regions counts in each, so per-state and per-region rows can add up to more than the total.',
        'US Census regions (Washington, DC in the South). States covered do not include DC.',
      ]
  addSheet(wb, SHEETS.notes[lang], lang, [col('注記', 'Notes', 'text', 120)], notes.map((n) => [n]))

  const out = await wb.xlsx.writeBuffer()
  return Buffer.from(out as ArrayBuffer)
}
