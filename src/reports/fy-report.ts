// The fiscal-year report (the task force's 資料１ from the data): totals for the FY and since the first FY,
// participants per FY, events per state on a map, counts by region and by office, coverage and the FY's
// best practices. buildFyReport counts every figure through the executor of `grassroots ask`, from the one
// list of the report's queries (figures.ts), so that the report and an answer never differ; the renderers
// only arrange the figures into Markdown and CSV (charts.ts draws the charts; write-report.ts puts the files
// in a directory).
import { stringify } from 'csv-stringify/sync'
import type { EventRecord } from '../domain/event.ts'
import { FY_RANGE, fiscalYearRange, fyLabel, fyShortLabelJa } from '../domain/fiscal-year.ts'
import { OFFICES, officeName } from '../domain/offices.ts'
import { FIFTY_STATES, REGIONS, STATES, stateName, type RegionCode } from '../domain/states.ts'
import { AppError } from '../errors.ts'
import type { Lang, Localized } from '../i18n/lang.ts'
import { executeQuery } from '../questions/execute.ts'
import type { Db } from '../store/client.ts'
import type { BestPracticeCategory } from '../domain/best-practice-category.ts'
import { listCategories } from '../store/best-practice-categories.ts'
import { eventRecordsByIds, eventsBySource, ongoingBestPracticesBefore } from '../store/report-queries.ts'
import { bestPracticeGroups, bestPracticeItem, categoryHeading, isGrouped, ongoingNote } from './best-practices.ts'
import { countFigure, rowValue, rowValues, wholeValue, type DateRange, type Figure, type Totals } from './figure.ts'
import { BEST_PRACTICES_MAX, recordedFiscalYearsFigure, reportFigures } from './figures.ts'
import { formatCount, formatDate, formatDateRange, formatNumber as num, formatYenEn, formatYenJa, formatYenManJa, peopleEn, peopleJa } from '../i18n/format.ts'
import { activityTypeName, formatName, mdCell, stateNames, spreadsheetText, themeNames } from './format.ts'

export type { DateRange, Totals } from './figure.ts'

export interface StateRow {
  code: string
  nameEn: string
  nameJa: string
  region: RegionCode
  isState: boolean
  fyEvents: number
  cumulativeEvents: number
  /** First fiscal year with an event in the state, up to the report's FY; null if none. */
  firstFy: number | null
}

export interface GroupRow {
  code: string
  nameEn: string
  nameJa: string
  fy: Totals
  cumulative: Totals
}

export interface FyReport {
  fy: number
  /** The day the figures are counted as of: an event dated after it is not counted (as in `ask`). */
  asOf: string
  firstFy: number
  fyRange: DateRange
  cumulativeRange: DateRange
  fyTotals: Totals
  cumulativeTotals: Totals
  /** firstFy..fy, every year listed (zero when it has no events). */
  byFiscalYear: Array<{ fiscalYear: number } & Totals>
  states: StateRow[]
  /** Events touching each region: an event in two regions counts in both. */
  regions: Array<{ code: RegionCode; nameEn: string; nameJa: string; fyEvents: number; cumulativeEvents: number }>
  offices: GroupRow[]
  coverage: {
    /** How many of the 50 states (DC apart) had an event: in the FY, and since the first FY. */
    statesCoveredInFy: number
    statesCoveredCumulative: number
    /** Of the 50 states (DC apart). */
    coveredCumulative: string[]
    coveredInFy: string[]
    firstTimeInFy: string[]
    notCoveredInFy: string[]
    notCoveredCumulative: string[]
    dc: { fyEvents: number; cumulativeEvents: number }
  }
  /** The FY's best practices, oldest first (at most BEST_PRACTICES_MAX of them). */
  bestPractices: EventRecord[]
  /** How many events of the FY are best practices (more than listed only past BEST_PRACTICES_MAX). */
  bestPracticesTotal: number
  /**
   * Ongoing best practices (Event.ongoing) that started before the FY: listed again with the FY's, marked
   * 継続中; counted in no figure of the FY (an event counts by its dates).
   */
  continuingBestPractices: EventRecord[]
  /** The best-practice categories recorded, in display order: the headings the best practices are grouped under. */
  bestPracticeCategories: BestPracticeCategory[]
  /** True when every event in the database is generated demo data. */
  demoOnly: boolean
  /**
   * The FY's budget (`grassroots budget set`) and the costs recorded on its events up to asOf (yen), as the
   * budget-execution question counts them; null when no budget is recorded for the FY. rate: percent, one
   * decimal, null for a budget of 0.
   */
  budget: { amountYen: number; spentYen: number; eventsWithCost: number; events: number; rate: number | null } | null
}

/**
 * The FY's budget and the costs of its events up to `asOf`, or null with no budget recorded: counted by the
 * budget-execution query that `grassroots ask "2022年度の予算執行率は？"` runs, so the two always agree.
 */
async function budgetOf(db: Db, fy: number, asOf: string): Promise<FyReport['budget']> {
  const r = await executeQuery(db, { intent: 'budget_execution', filters: { period: { kind: 'fy', from: fy, to: fy } } }, { asOf })
  if (r.kind !== 'budget') throw new Error('budget_execution gave another kind of result')
  if (r.budgetYen === null) return null
  return { amountYen: r.budgetYen, spentYen: r.spentYen, eventsWithCost: r.eventsWithCost, events: r.matchedEvents, rate: r.value }
}

/** The budget line of the report (English and Japanese), or null with no budget recorded for the FY. */
export function budgetLines(r: FyReport): { en: string; ja: string } | null {
  const b = r.budget
  if (b === null) return null
  const rateEn = b.rate === null ? 'no execution rate (budget of ¥0)' : `execution rate ${b.rate.toFixed(1)}%`
  const rateJa = b.rate === null ? '予算執行率は算出不可（予算額0円）' : `予算執行率約${b.rate.toFixed(1)}%`
  return {
    en: `Budget for FY${r.fy}: ${formatYenEn(b.amountYen)}; costs recorded on its events: ${formatYenEn(b.spentYen)} (${rateEn}; ${num(b.eventsWithCost)} of ${num(b.events)} events have a cost recorded).`,
    ja: `${jaFy(r.fy)}予算額${formatYenJa(b.amountYen)}、執行額${formatYenManJa(b.spentYen)}（${rateJa}。費用の記録がある事業は${num(b.events)}件中${num(b.eventsWithCost)}件）。`,
  }
}

/**
 * Counts the report of `fy` as of `asOf` ('YYYY-MM-DD', normally today in the configured time zone), every
 * figure by its query in figures.ts. Rejects with AppError 'report_no_events' when the FY has no event (up
 * to `asOf`), and with an Error if two of its figures contradict each other (a count of states and the list
 * of them), rather than publish both.
 */
export async function buildFyReport(db: Db, options: { fy: number; asOf: string }): Promise<FyReport> {
  const { fy, asOf } = options
  const count = { asOf }
  const recordedFigure = recordedFiscalYearsFigure()
  const recorded = await countFigure(db, recordedFigure, count)
  const firstRecorded = recorded.rows[0] === undefined ? fy : Number(recorded.rows[0].key)
  const firstFy = Math.min(firstRecorded, fy)
  const f = reportFigures({ fy, firstFy })
  const fyEvents = wholeValue(f.fyEvents, await countFigure(db, f.fyEvents, count))
  if (fyEvents === 0) throw new AppError('report_no_events', { fy: fyLabel(fy, 'en') })
  const fyRange = fiscalYearRange(fy)
  const fyDates = { from: fyRange.start, to: fyRange.end }
  const cumulativeRange = { from: fiscalYearRange(firstFy).start, to: fyRange.end }

  const scalar = async (figure: Figure<'scalar'>) => wholeValue(figure, await countFigure(db, figure, count))
  const rows = async (figure: Figure<'breakdown'>) => rowValues(await countFigure(db, figure, count))
  const states = async (figure: Figure<'states'>) => countFigure(db, figure, count)
  const [
    fyParticipants,
    cumulativeEvents,
    cumulativeParticipants,
    fyStatesCovered,
    cumulativeStatesCovered,
    eventsPerYear,
    participantsPerYear,
    fyByState,
    cumulativeByState,
    firstByState,
    dcPerYear,
    fyByRegion,
    cumulativeByRegion,
    fyOfficeEvents,
    fyOfficeParticipants,
    cumulativeOfficeEvents,
    cumulativeOfficeParticipants,
    firstTime,
    uncoveredInFy,
    uncoveredCumulative,
    bestPracticeList,
    sources,
  ] = await Promise.all([
    scalar(f.fyParticipants),
    scalar(f.cumulativeEvents),
    scalar(f.cumulativeParticipants),
    scalar(f.fyStatesCovered),
    scalar(f.cumulativeStatesCovered),
    rows(f.eventsByFiscalYear),
    rows(f.participantsByFiscalYear),
    rows(f.fyEventsByState),
    rows(f.cumulativeEventsByState),
    states(f.firstFiscalYearByState),
    rows(f.dcEventsByFiscalYear),
    rows(f.fyEventsByRegion),
    rows(f.cumulativeEventsByRegion),
    rows(f.fyEventsByOffice),
    rows(f.fyParticipantsByOffice),
    rows(f.cumulativeEventsByOffice),
    rows(f.cumulativeParticipantsByOffice),
    states(f.fyFirstTimeStates),
    states(f.fyUncoveredStates),
    states(f.cumulativeUncoveredStates),
    countFigure(db, f.fyBestPractices, count),
    // not a figure about the events a query can ask for: where the records came from (the demo notice)
    eventsBySource(db),
  ])

  const byFiscalYear = []
  for (let y = firstFy; y <= fy; y++) {
    byFiscalYear.push({ fiscalYear: y, events: rowValue(eventsPerYear, String(y)), participants: rowValue(participantsPerYear, String(y)) })
  }
  // each state's first fiscal year ever ("when was each state first covered?", the 50 states); DC's is the
  // first year of its own breakdown, which starts at the first fiscal year with any event
  const firstFyOf = new Map((firstByState.timeline ?? []).map((t) => [t.state, t.fiscalYear]))
  const dcFirst = [...dcPerYear].find(([, events]) => events > 0)?.[0]
  if (dcFirst !== undefined) firstFyOf.set('DC', Number(dcFirst))
  const stateRows: StateRow[] = STATES.map((s) => {
    const first = firstFyOf.get(s.code)
    return {
      code: s.code,
      nameEn: s.nameEn,
      nameJa: s.nameJa,
      region: s.region,
      isState: s.isState,
      fyEvents: rowValue(fyByState, s.code),
      cumulativeEvents: rowValue(cumulativeByState, s.code),
      firstFy: first !== undefined && first <= fy ? first : null,
    }
  })
  const regions = REGIONS.map((r) => ({
    code: r.code,
    nameEn: r.nameEn,
    nameJa: r.nameJa,
    fyEvents: rowValue(fyByRegion, r.code),
    cumulativeEvents: rowValue(cumulativeByRegion, r.code),
  }))
  const offices: GroupRow[] = OFFICES.map((o) => ({
    code: o.code,
    nameEn: o.nameEn,
    nameJa: o.nameJa,
    fy: { events: rowValue(fyOfficeEvents, o.code), participants: rowValue(fyOfficeParticipants, o.code) },
    cumulative: { events: rowValue(cumulativeOfficeEvents, o.code), participants: rowValue(cumulativeOfficeParticipants, o.code) },
  }))

  const notCoveredInFy = new Set(uncoveredInFy.states)
  const notCoveredCumulative = new Set(uncoveredCumulative.states)
  const fifty = FIFTY_STATES.map((s) => s.code)
  const coverage: FyReport['coverage'] = {
    statesCoveredInFy: fyStatesCovered,
    statesCoveredCumulative: cumulativeStatesCovered,
    coveredCumulative: fifty.filter((c) => !notCoveredCumulative.has(c)),
    coveredInFy: fifty.filter((c) => !notCoveredInFy.has(c)),
    firstTimeInFy: fifty.filter((c) => firstTime.states.includes(c)),
    notCoveredInFy: fifty.filter((c) => notCoveredInFy.has(c)),
    notCoveredCumulative: fifty.filter((c) => notCoveredCumulative.has(c)),
    dc: { fyEvents: rowValue(fyByState, 'DC'), cumulativeEvents: rowValue(cumulativeByState, 'DC') },
  }
  if (coverage.coveredInFy.length !== coverage.statesCoveredInFy || coverage.coveredCumulative.length !== coverage.statesCoveredCumulative) {
    throw new Error(`report FY${fy}: the count of states covered and the list of states without an event disagree`)
  }

  // the list is newest first, as `ask` gives it; the report reads oldest first
  const bestPracticeIds = bestPracticeList.events.map((e) => e.id).reverse()
  return {
    fy,
    asOf,
    firstFy,
    fyRange: fyDates,
    cumulativeRange,
    fyTotals: { events: fyEvents, participants: fyParticipants },
    cumulativeTotals: { events: cumulativeEvents, participants: cumulativeParticipants },
    byFiscalYear,
    states: stateRows,
    regions,
    offices,
    coverage,
    bestPractices: await eventRecordsByIds(db, bestPracticeIds),
    bestPracticesTotal: bestPracticeList.matchedEvents,
    continuingBestPractices: await ongoingBestPracticesBefore(db, { before: fyRange.start, take: BEST_PRACTICES_MAX }),
    bestPracticeCategories: await listCategories(db),
    demoOnly: sources.size === 1 && sources.has('demo'),
    budget: await budgetOf(db, fy, asOf),
  }
}

// ------------------------------------------------------------------------------------------------
// Names of the files, so the Markdown, the CSV list and the writer agree.

export const REPORT_FILES = {
  markdown: 'report.md',
  participantsChart: 'participants-by-fy.png',
  map: 'events-by-state-map.png',
  summaryCsv: 'summary.csv',
  fiscalYearsCsv: 'fiscal-years.csv',
  statesCsv: 'states.csv',
  regionsCsv: 'regions.csv',
  officesCsv: 'offices.csv',
  bestPracticesCsv: 'best-practices.csv',
} as const

/** The report's span of years: FY2017–FY2022 / 2017年度〜2022年度 (one year alone when it is the first). */
export const fySpan = (r: FyReport, lang: Lang): string => (r.firstFy === r.fy ? fyLabel(r.fy, lang) : FY_RANGE[lang](r.firstFy, r.fy))

/** An empty list of states in a sentence. */
export const NO_STATES = { en: 'none', ja: 'なし' } as const satisfies Localized<string>

const jaFy = (fy: number): string => fyShortLabelJa(fy)

// ------------------------------------------------------------------------------------------------
// Markdown: one document, each section with its English text followed by the Japanese, and tables with
// bilingual headers, so one file serves the whole team.

/**
 * The report as Markdown. `missingCharts`: chart files that could not be drawn; the report says so where the
 * picture would be (the table or the CSV beside it still gives every figure).
 */
export function renderFyReportMarkdown(r: FyReport, options: { missingCharts?: readonly string[] } = {}): string {
  const missing = new Set(options.missingCharts ?? [])
  const image = (alt: string, file: string) =>
    missing.has(file) ? `_(Chart not drawn: \`${file}\` is missing. / グラフ \`${file}\` は作成できませんでした。)_` : `![${alt}](${file})`
  const L: string[] = []
  const p = (...lines: string[]) => L.push(...lines, '')
  const fy = `FY${r.fy}`
  const fyJa = jaFy(r.fy)
  const span = fySpan(r, 'en')
  const spanJa = fySpan(r, 'ja')
  const cov = r.coverage

  p(`# Grassroots outreach in ${fy}: report / ${fyJa} グラスルーツ事業の実施状況`)
  if (r.demoOnly) {
    p('> **Demo data.** Every event in this database was generated by `grassroots demo`; the figures show how the report works, not real results.  ',
      '> **デモデータ**：このデータベースの事業は、すべて `grassroots demo` で生成したものです。数値は報告書の機能を示すためのものであり、実績ではありません。')
  }
  p(`Every figure below is counted from the events recorded in the database. ${fy} = ${r.fyRange.from} – ${r.fyRange.to}.  `,
    `以下の数値は、すべてデータベースに登録された事業から集計したもの。${fyJa}＝${formatDateRange(r.fyRange.from, r.fyRange.to, 'ja')}。`)
  if (r.asOf < r.fyRange.to) {
    p(`${fy} is not over yet: the figures count the events dated up to ${r.asOf}.  `, `${fyJa}は年度途中のため、${formatDate(r.asOf, 'ja')}までの事業を集計。`)
  }

  p('## 1. Summary / 概要')
  // people as the bureau's paper gives them (約30万名, 約376万名); the tables below give every figure exactly
  const sentenceEn = [`In ${fy}, ${formatCount(r.fyTotals.events, 'events', 'en')} were held, with ${peopleEn(r.fyTotals.participants)} participants in all.`]
  const sentenceJa = [`${fyJa}の実施件数は${num(r.fyTotals.events)}件、延べ参加者数は${peopleJa(r.fyTotals.participants, 'man')}。`]
  if (r.firstFy !== r.fy) {
    sentenceEn.push(`${span} in all: ${formatCount(r.cumulativeTotals.events, 'events', 'en')}, ${peopleEn(r.cumulativeTotals.participants)} participants.`)
    sentenceJa.push(`${spanJa}の累計は${num(r.cumulativeTotals.events)}件、延べ参加者数${peopleJa(r.cumulativeTotals.participants, 'man')}。`)
  }
  if (cov.notCoveredCumulative.length === 0 && cov.firstTimeInFy.length > 0) {
    sentenceEn.push(`With ${cov.firstTimeInFy.length === 1 ? 'an event' : 'events'} in ${stateNames(cov.firstTimeInFy, 'en')} for the first time in ${fy}, all 50 states have now been covered.`)
    sentenceJa.push(`${fyJa}に${stateNames(cov.firstTimeInFy, 'ja')}で初めて事業を実施したことで、全50州を網羅。`)
  } else if (cov.notCoveredCumulative.length === 0) {
    sentenceEn.push('All 50 states have been covered.')
    sentenceJa.push('全50州を網羅。')
  } else {
    sentenceEn.push(`${cov.statesCoveredCumulative} of the 50 states have been covered; not yet: ${stateNames(cov.notCoveredCumulative, 'en')}.`)
    sentenceJa.push(`全50州中${cov.statesCoveredCumulative}州で事業を実施（未実施：${stateNames(cov.notCoveredCumulative, 'ja')}）。`)
  }
  p(`${sentenceEn.join(' ')}  `, sentenceJa.join(''))
  p(
    `| | ${fy} / ${fyJa} | ${span} (cumulative) / ${spanJa}（累計） |`,
    '|---|---:|---:|',
    `| Events / 実施件数（件） | ${num(r.fyTotals.events)} | ${num(r.cumulativeTotals.events)} |`,
    `| Participants / 延べ参加者数（名） | ${num(r.fyTotals.participants)} | ${num(r.cumulativeTotals.participants)} |`,
    `| States covered (of 50) / 実施州数（州、50州中） | ${cov.statesCoveredInFy} | ${cov.statesCoveredCumulative} |`,
  )

  const budget = budgetLines(r)
  if (budget !== null) p(`${budget.en}  `, budget.ja)

  p('## 2. Events and participants per fiscal year / 年度別の実施件数と延べ参加者数')
  p(image('Participants per fiscal year / 年度別延べ参加者数', REPORT_FILES.participantsChart))
  const yearRows = r.byFiscalYear.map((y) => `| FY${y.fiscalYear} / ${jaFy(y.fiscalYear)} | ${num(y.events)} | ${num(y.participants)} |`)
  p('| Fiscal year / 年度 | Events / 実施件数（件） | Participants / 延べ参加者数（名） |', '|---|---:|---:|', ...yearRows,
    `| **Total / 合計** | **${num(r.cumulativeTotals.events)}** | **${num(r.cumulativeTotals.participants)}** |`)

  p(`## 3. Cumulative events by state, ${span} / 州別累計実績（${spanJa}）`)
  p(image('Cumulative events by state / 州別累計実施件数', REPORT_FILES.map))
  p('An event held in several states (online events, caravans) counts once in each state. Per-state figures are in `states.csv`.  ',
    '複数の州にまたがる事業（オンライン事業、キャラバン等）は、各州でそれぞれ1件として計上。州別の数値は `states.csv` を参照。')

  p('## 4. By region / 地域別')
  p('| Region / 地域 | ' + `Events ${fy} / ${fyJa}実施件数（件） | Events ${span} / 累計実施件数（件） |`, '|---|---:|---:|',
    ...r.regions.map((g) => `| ${g.nameEn} / ${g.nameJa} | ${num(g.fyEvents)} | ${num(g.cumulativeEvents)} |`))
  p('US Census regions; DC is in the South. An event that reaches several regions counts in each, so the rows can add up to more than the total.  ',
    `地域区分は米国国勢調査局の4地域による（${stateName('DC', 'ja')}は南部に含む）。複数の地域にまたがる事業は各地域でそれぞれ計上しているため、各地域の合計は総件数を上回ることがある。`)

  p('## 5. By office / 在外公館別')
  p(`| Office / 在外公館 | Events ${fy} / ${fyJa}実施件数（件） | Participants ${fy} / ${fyJa}延べ参加者数（名） | Events ${span} / 累計実施件数（件） | Participants ${span} / 累計延べ参加者数（名） |`,
    '|---|---:|---:|---:|---:|',
    ...r.offices.map((o) => `| ${officeName(o.code, 'en', 'table')} / ${officeName(o.code, 'ja', 'table')} | ${num(o.fy.events)} | ${num(o.fy.participants)} | ${num(o.cumulative.events)} | ${num(o.cumulative.participants)} |`))

  p('## 6. Coverage of the 50 states / 州の網羅状況')
  const list = (codes: string[], lang: Lang) => (codes.length === 0 ? NO_STATES[lang] : stateNames(codes, lang))
  p(
    `- States covered in ${span}: **${cov.statesCoveredCumulative} of 50**${cov.notCoveredCumulative.length > 0 ? ` (not yet: ${list(cov.notCoveredCumulative, 'en')})` : ''}`,
    `- States covered in ${fy}: **${cov.statesCoveredInFy}**`,
    `- Covered for the first time in ${fy}: **${cov.firstTimeInFy.length}** — ${list(cov.firstTimeInFy, 'en')}`,
    `- No event in ${fy}: **${cov.notCoveredInFy.length}** — ${list(cov.notCoveredInFy, 'en')}`,
    `- Washington, DC (not a state): ${formatCount(cov.dc.fyEvents, 'events', 'en')} in ${fy}, ${formatCount(cov.dc.cumulativeEvents, 'events', 'en')} in ${span}`,
  )
  p(
    `- ${spanJa}の実施州数：**${cov.statesCoveredCumulative}州**（全50州中）${cov.notCoveredCumulative.length > 0 ? `（未実施：${list(cov.notCoveredCumulative, 'ja')}）` : ''}`,
    `- ${fyJa}の実施州数：**${cov.statesCoveredInFy}州**`,
    `- ${fyJa}に初めて事業を実施した州：**${cov.firstTimeInFy.length}州**（${list(cov.firstTimeInFy, 'ja')}）`,
    `- ${fyJa}に事業を実施していない州：**${cov.notCoveredInFy.length}州**（${list(cov.notCoveredInFy, 'ja')}）`,
    `- ${stateName('DC', 'ja')}（州には含めない）：${fyJa} ${num(cov.dc.fyEvents)}件、${spanJa}の累計 ${num(cov.dc.cumulativeEvents)}件`,
  )

  p(`## 7. Best practices of ${fy} / ${fyJa}の代表的な案件（ベストプラクティス）`)
  const groups = bestPracticeGroups(r)
  if (groups.length === 0) {
    p(`No event of ${fy} is marked as a best practice.  `, `${fyJa}にベストプラクティスとして登録された事業はありません。`)
  }
  const unlisted = r.bestPracticesTotal - r.bestPractices.length
  if (unlisted > 0) {
    p(`The ${num(r.bestPractices.length)} most recent of the ${num(r.bestPracticesTotal)} best practices of ${fy} are listed; ${num(unlisted)} more are not.  `,
      `${fyJa}のベストプラクティス${num(r.bestPracticesTotal)}件のうち、新しい${num(r.bestPractices.length)}件を掲載しています（ほか${num(unlisted)}件は掲載していません）。`)
  }
  if (r.continuingBestPractices.length > 0) {
    p(`Ongoing best practices that started before ${fy} are listed too (marked ongoing); they count in the figures of the year they started.  `,
      `${fyJa}より前に開始し継続中のベストプラクティスも掲載しています（継続中。件数等は開始した年度に計上）。`)
  }
  const details = (e: EventRecord) => {
    const when = e.ongoing === true
      ? `since ${formatDate(e.startDate, 'en')}, ongoing / ${formatDate(e.startDate, 'ja')}から継続中`
      : e.endDate ? `${formatDateRange(e.startDate, e.endDate, 'en')} / ${formatDateRange(e.startDate, e.endDate, 'ja')}` : `${formatDate(e.startDate, 'en')} / ${formatDate(e.startDate, 'ja')}`
    p(
      `- Date / 実施日: ${when}`,
      `- Office / 在外公館: ${officeName(e.officeCode, 'en', 'full')} / ${officeName(e.officeCode, 'ja', 'text')}`,
      `- State(s) / 州: ${stateNames(e.stateCodes, 'en')} / ${stateNames(e.stateCodes, 'ja')}${e.city ? ` (${mdCell(e.city)})` : ''}`,
      `- Type / 事業分類・実施形態: ${activityTypeName(e.activityType, 'en')} / ${activityTypeName(e.activityType, 'ja')} · ${formatName(e.format, 'en')} / ${formatName(e.format, 'ja')}`,
      ...(e.themes.length > 0 ? [`- Themes / テーマ: ${themeNames(e.themes, 'en')} / ${themeNames(e.themes, 'ja')}`] : []),
      `- Participants / 参加者数: ${num(e.participants)} / ${num(e.participants)}名`,
      ...(e.ongoing === true ? [`- ${ongoingNote(e, r.fy, 'en')} / ${ongoingNote(e, r.fy, 'ja')}`] : []),
    )
    if (e.summary) p(...e.summary.split(/\n\s*\n/).map((para) => `${para.trim()}  `))
  }
  if (isGrouped(groups)) {
    // under the category headings, in their order, as the task force's slide: （１）category, then （office：title（month））
    for (const g of groups) {
      p(`### ${mdCell(categoryHeading(g, 'en'))} / ${mdCell(categoryHeading(g, 'ja'))}`)
      for (const e of g.events) {
        p(`#### ${mdCell(bestPracticeItem(e, 'en'))} / ${mdCell(bestPracticeItem(e, 'ja'))}`)
        details(e)
      }
    }
  } else {
    ;(groups[0]?.events ?? []).forEach((e, i) => {
      const title = [e.titleEn, e.titleJa].filter((t): t is string => t !== null).join(' / ')
      p(`### (${i + 1}) ${mdCell(title)}${e.ongoing === true ? ` (since ${e.startDate.slice(0, 4)}) / （${e.startDate.slice(0, 4)}年～）` : ''}`)
      details(e)
    })
  }

  p('## Files / ファイル')
  p(
    `- \`${REPORT_FILES.summaryCsv}\`: the figures of section 1 / 第1節の数値`,
    `- \`${REPORT_FILES.fiscalYearsCsv}\`: events and participants per FY (section 2, chart) / 年度別の実施件数・延べ参加者数（第2節、グラフ）`,
    `- \`${REPORT_FILES.statesCsv}\`: events per state, first FY, coverage (sections 3 and 6, map) / 州別の実施件数・初実施年度・網羅状況（第3・6節、地図）`,
    `- \`${REPORT_FILES.regionsCsv}\`, \`${REPORT_FILES.officesCsv}\`: sections 4 and 5 / 第4・5節`,
    `- \`${REPORT_FILES.bestPracticesCsv}\`: section 7 / 第7節`,
  )
  return `${L.join('\n').trimEnd()}\n`
}

// ------------------------------------------------------------------------------------------------
// CSV: the rows behind every figure. UTF-8 with a byte-order mark and CRLF, as Excel expects.

const csv = (columns: string[], rows: Array<Array<string | number | boolean | null>>): string =>
  stringify(rows.map((row) => row.map((v) => (v === null ? '' : String(v)))), { header: true, columns, bom: true, record_delimiter: 'windows' })

export function fyReportCsvs(r: FyReport): Record<string, string> {
  const span = `FY${r.firstFy}-FY${r.fy}`
  return {
    [REPORT_FILES.summaryCsv]: csv(['metric', 'scope', 'from', 'to', 'value'], [
      ['events', `FY${r.fy}`, r.fyRange.from, r.fyRange.to, r.fyTotals.events],
      ['participants', `FY${r.fy}`, r.fyRange.from, r.fyRange.to, r.fyTotals.participants],
      ['states_covered', `FY${r.fy}`, r.fyRange.from, r.fyRange.to, r.coverage.statesCoveredInFy],
      ['events', span, r.cumulativeRange.from, r.cumulativeRange.to, r.cumulativeTotals.events],
      ['participants', span, r.cumulativeRange.from, r.cumulativeRange.to, r.cumulativeTotals.participants],
      ['states_covered', span, r.cumulativeRange.from, r.cumulativeRange.to, r.coverage.statesCoveredCumulative],
      ['first_time_states', `FY${r.fy}`, r.fyRange.from, r.fyRange.to, r.coverage.firstTimeInFy.length],
    ]),
    [REPORT_FILES.fiscalYearsCsv]: csv(['fiscal_year', 'events', 'participants'],
      r.byFiscalYear.map((y) => [y.fiscalYear, y.events, y.participants])),
    [REPORT_FILES.statesCsv]: csv(
      ['state_code', 'state_en', 'state_ja', 'region', 'is_state', `events_fy${r.fy}`, `events_${span.toLowerCase()}`, 'first_fiscal_year', `first_time_in_fy${r.fy}`],
      r.states.map((s) => [s.code, s.nameEn, stateName(s.code, 'ja'), s.region, s.isState, s.fyEvents, s.cumulativeEvents, s.firstFy, s.firstFy === r.fy]),
    ),
    [REPORT_FILES.regionsCsv]: csv(['region', 'region_en', 'region_ja', `events_fy${r.fy}`, `events_${span.toLowerCase()}`],
      r.regions.map((g) => [g.code, g.nameEn, g.nameJa, g.fyEvents, g.cumulativeEvents])),
    [REPORT_FILES.officesCsv]: csv(
      ['office', 'office_en', 'office_ja', `events_fy${r.fy}`, `participants_fy${r.fy}`, `events_${span.toLowerCase()}`, `participants_${span.toLowerCase()}`],
      r.offices.map((o) => [o.code, o.nameEn, o.nameJa, o.fy.events, o.fy.participants, o.cumulative.events, o.cumulative.participants]),
    ),
    [REPORT_FILES.bestPracticesCsv]: csv(
      ['id', 'date', 'end_date', 'office', 'states', 'city', 'title_en', 'title_ja', 'type', 'themes', 'format', 'participants', 'summary', 'category', 'ongoing', `started_before_fy${r.fy}`],
      bestPracticeGroups(r).flatMap((g) => g.events).map((e) => [e.id, e.startDate, e.endDate, e.officeCode, e.stateCodes.join(';'), spreadsheetText(e.city), spreadsheetText(e.titleEn), spreadsheetText(e.titleJa), e.activityType, e.themes.join(';'), e.format, e.participants, spreadsheetText(e.summary), e.bestPracticeCategory ?? null, e.ongoing === true, e.startDate < r.fyRange.from]),
    ),
  }
}
