// Every figure of the fiscal-year report, in one list: the query that counts it (the Query `grassroots ask`
// runs) and a question, in English and Japanese, that `ask` reads as that query. buildFyReport
// (fy-report.ts) counts the report from this list only; test/reports/figures-through-ask.test.ts asks each
// question and checks that the answer's figure is the report's.
import { listEventsQuerySchema, type Query } from '../questions/query.ts'
import type { Localized } from '../i18n/lang.ts'
import { figureList, figureWords, type Figure, type FigureWords } from './figure.ts'

type Period = Query['filters']['period']

/** The most events a list query gives (listEventsQuerySchema): the report lists up to this many best practices. */
export const BEST_PRACTICES_MAX = listEventsQuerySchema.shape.limit.unwrap().maxValue ?? 100

const fyPeriod = (from: number, to: number = from): Period => ({ kind: 'fy', from, to })

/**
 * The report's first step: events per fiscal year over every record. Its first year is the report's first
 * fiscal year (the cumulative figures run from it), as `ask` resolves "all records".
 */
export function recordedFiscalYearsFigure(): Figure<'breakdown'> {
  return {
    id: 'recordedFiscalYears',
    label: { en: 'Events per fiscal year, all records', ja: '年度別実施件数（全期間）' },
    kind: 'breakdown',
    query: { intent: 'metric', metric: 'events', filters: { period: { kind: 'all' } }, groupBy: 'fiscal_year' },
    question: { en: 'Events by fiscal year', ja: '年度別の実施件数' },
  }
}

type ReportFigureId = 'fyEvents' | 'fyParticipants' | 'cumulativeEvents' | 'cumulativeParticipants' | 'fyStatesCovered' | 'cumulativeStatesCovered' | 'eventsByFiscalYear' | 'participantsByFiscalYear' | 'fyEventsByState' | 'cumulativeEventsByState' | 'firstFiscalYearByState' | 'dcEventsByFiscalYear' | 'fyEventsByRegion' | 'cumulativeEventsByRegion' | 'fyEventsByOffice' | 'fyParticipantsByOffice' | 'cumulativeEventsByOffice' | 'cumulativeParticipantsByOffice' | 'fyFirstTimeStates' | 'fyUncoveredStates' | 'cumulativeUncoveredStates' | 'fyBestPractices'

/** What the report calls each figure, and the question `ask` reads as its query, in each language. */
export const REPORT_FIGURE_TEXT = {
  en: ({ fy, firstFy }) => {
    const year = `in FY${fy}`
    const span = firstFy === fy ? year : `from FY${firstFy} to FY${fy}`
    return {
      fyEvents: { label: `Events, FY${fy}`, question: `How many events ${year}?` },
      fyParticipants: { label: `Participants, FY${fy}`, question: `How many participants ${year}?` },
      cumulativeEvents: { label: `Events, FY${firstFy}–FY${fy}`, question: `How many events ${span}?` },
      cumulativeParticipants: { label: `Participants, FY${firstFy}–FY${fy}`, question: `How many participants ${span}?` },
      fyStatesCovered: { label: `States covered (of 50), FY${fy}`, question: `How many states were covered ${year}?` },
      cumulativeStatesCovered: { label: `States covered (of 50), FY${firstFy}–FY${fy}`, question: `How many states were covered ${span}?` },
      eventsByFiscalYear: { label: 'Events per fiscal year', question: `Events by fiscal year ${span}` },
      participantsByFiscalYear: { label: 'Participants per fiscal year', question: `Participants by fiscal year ${span}` },
      fyEventsByState: { label: `Events per state (and DC), FY${fy}`, question: `Events by state ${year}` },
      cumulativeEventsByState: { label: `Events per state (and DC), FY${firstFy}–FY${fy}`, question: `Events by state ${span}` },
      firstFiscalYearByState: { label: 'First fiscal year with an event, per state', question: 'When was each state first covered?' },
      dcEventsByFiscalYear: { label: 'Events in DC per fiscal year (its first fiscal year)', question: `Events in Washington, DC by fiscal year ${span}` },
      fyEventsByRegion: { label: `Events per region, FY${fy}`, question: `Events by region ${year}` },
      cumulativeEventsByRegion: { label: `Events per region, FY${firstFy}–FY${fy}`, question: `Events by region ${span}` },
      fyEventsByOffice: { label: `Events per office, FY${fy}`, question: `Events by office ${year}` },
      fyParticipantsByOffice: { label: `Participants per office, FY${fy}`, question: `Participants by office ${year}` },
      cumulativeEventsByOffice: { label: `Events per office, FY${firstFy}–FY${fy}`, question: `Events by office ${span}` },
      cumulativeParticipantsByOffice: { label: `Participants per office, FY${firstFy}–FY${fy}`, question: `Participants by office ${span}` },
      fyFirstTimeStates: { label: `States covered for the first time in FY${fy}`, question: `Which states were covered for the first time in FY${fy}?` },
      fyUncoveredStates: { label: `States with no event in FY${fy}`, question: `Which states had no event ${year}?` },
      cumulativeUncoveredStates: { label: `States with no event, FY${firstFy}–FY${fy}`, question: `Which states had no event ${span}?` },
      fyBestPractices: { label: `Best practices of FY${fy}`, question: `The ${BEST_PRACTICES_MAX} latest best practices ${year}` },
    }
  },
  ja: ({ fy, firstFy }) => {
    const year = `${fy}年度の`
    const span = firstFy === fy ? year : `${firstFy}年度から${fy}年度までの`
    return {
      fyEvents: { label: `${fy}年度の実施件数`, question: `${year}実施件数は？` },
      fyParticipants: { label: `${fy}年度の延べ参加者数`, question: `${year}延べ参加者数は？` },
      cumulativeEvents: { label: `${firstFy}年度〜${fy}年度の累計実施件数`, question: `${span}実施件数は？` },
      cumulativeParticipants: { label: `${firstFy}年度〜${fy}年度の累計延べ参加者数`, question: `${span}延べ参加者数は？` },
      fyStatesCovered: { label: `${fy}年度の実施州数（50州中）`, question: `${year}実施州数は？` },
      cumulativeStatesCovered: { label: `${firstFy}年度〜${fy}年度の実施州数（50州中）`, question: `${span}実施州数は？` },
      eventsByFiscalYear: { label: '年度別実施件数', question: `${span}年度別実施件数` },
      participantsByFiscalYear: { label: '年度別延べ参加者数', question: `${span}年度別延べ参加者数` },
      fyEventsByState: { label: `${fy}年度の州別実施件数`, question: `${year}州別実施件数` },
      cumulativeEventsByState: { label: `${firstFy}年度〜${fy}年度の州別累計実施件数`, question: `${span}州別実施件数` },
      firstFiscalYearByState: { label: '州別の初実施年度', question: '各州で初めて事業を実施したのはいつですか？' },
      dcEventsByFiscalYear: { label: 'ワシントンDC（コロンビア特別区）の年度別実施件数（初実施年度）', question: `${span}コロンビア特別区（DC）の年度別実施件数` },
      fyEventsByRegion: { label: `${fy}年度の地域別実施件数`, question: `${year}地域別実施件数` },
      cumulativeEventsByRegion: { label: `${firstFy}年度〜${fy}年度の地域別累計実施件数`, question: `${span}地域別実施件数` },
      fyEventsByOffice: { label: `${fy}年度の在外公館別実施件数`, question: `${year}在外公館別実施件数` },
      fyParticipantsByOffice: { label: `${fy}年度の在外公館別延べ参加者数`, question: `${year}在外公館別延べ参加者数` },
      cumulativeEventsByOffice: { label: `${firstFy}年度〜${fy}年度の在外公館別累計実施件数`, question: `${span}在外公館別実施件数` },
      cumulativeParticipantsByOffice: { label: `${firstFy}年度〜${fy}年度の在外公館別累計延べ参加者数`, question: `${span}在外公館別延べ参加者数` },
      fyFirstTimeStates: { label: `${fy}年度に初めて事業を実施した州`, question: `${fy}年度に初めて事業を実施した州は？` },
      fyUncoveredStates: { label: `${fy}年度に事業を実施していない州`, question: `${fy}年度に事業を実施していない州は？` },
      cumulativeUncoveredStates: { label: `${firstFy}年度〜${fy}年度に事業を実施していない州`, question: firstFy === fy ? `${fy}年度に事業を実施していない州は？` : `${firstFy}年度から${fy}年度までに事業を実施していない州は？` },
      fyBestPractices: { label: `${fy}年度の代表的な案件（ベストプラクティス）`, question: `${year}ベストプラクティス（最新${BEST_PRACTICES_MAX}件）` },
    }
  },
} as const satisfies Localized<(o: { fy: number; firstFy: number }) => Record<ReportFigureId, FigureWords>>

/**
 * The figures of the report of `fy`, whose cumulative figures run from `firstFy` (the first fiscal year
 * with a recorded event, or `fy` when that is earlier).
 */
export function reportFigures(options: { fy: number; firstFy: number }) {
  const { fy, firstFy } = options
  const said = figureWords(REPORT_FIGURE_TEXT, options)
  const inFy = fyPeriod(fy)
  const sinceFirst = fyPeriod(firstFy, fy)
  return figureList({
    recordedFiscalYears: recordedFiscalYearsFigure(),
    fyEvents: {
      label: said.label('fyEvents'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy } },
      question: said.question('fyEvents'),
    },
    fyParticipants: {
      label: said.label('fyParticipants'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: inFy } },
      question: said.question('fyParticipants'),
    },
    cumulativeEvents: {
      label: said.label('cumulativeEvents'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst } },
      question: said.question('cumulativeEvents'),
    },
    cumulativeParticipants: {
      label: said.label('cumulativeParticipants'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: sinceFirst } },
      question: said.question('cumulativeParticipants'),
    },
    fyStatesCovered: {
      label: said.label('fyStatesCovered'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: inFy } },
      question: said.question('fyStatesCovered'),
    },
    cumulativeStatesCovered: {
      label: said.label('cumulativeStatesCovered'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: sinceFirst } },
      question: said.question('cumulativeStatesCovered'),
    },
    eventsByFiscalYear: {
      label: said.label('eventsByFiscalYear'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'fiscal_year' },
      question: said.question('eventsByFiscalYear'),
    },
    participantsByFiscalYear: {
      label: said.label('participantsByFiscalYear'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'participants', filters: { period: sinceFirst }, groupBy: 'fiscal_year' },
      question: said.question('participantsByFiscalYear'),
    },
    fyEventsByState: {
      label: said.label('fyEventsByState'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy }, groupBy: 'state' },
      question: said.question('fyEventsByState'),
    },
    cumulativeEventsByState: {
      label: said.label('cumulativeEventsByState'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'state' },
      question: said.question('cumulativeEventsByState'),
    },
    firstFiscalYearByState: {
      label: said.label('firstFiscalYearByState'),
      kind: 'states',
      query: { intent: 'first_time_states', filters: { period: { kind: 'all' } } },
      question: said.question('firstFiscalYearByState'),
    },
    dcEventsByFiscalYear: {
      label: said.label('dcEventsByFiscalYear'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst, states: ['DC'] }, groupBy: 'fiscal_year' },
      question: said.question('dcEventsByFiscalYear'),
    },
    fyEventsByRegion: {
      label: said.label('fyEventsByRegion'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy }, groupBy: 'region' },
      question: said.question('fyEventsByRegion'),
    },
    cumulativeEventsByRegion: {
      label: said.label('cumulativeEventsByRegion'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'region' },
      question: said.question('cumulativeEventsByRegion'),
    },
    fyEventsByOffice: {
      label: said.label('fyEventsByOffice'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy }, groupBy: 'office' },
      question: said.question('fyEventsByOffice'),
    },
    fyParticipantsByOffice: {
      label: said.label('fyParticipantsByOffice'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'participants', filters: { period: inFy }, groupBy: 'office' },
      question: said.question('fyParticipantsByOffice'),
    },
    cumulativeEventsByOffice: {
      label: said.label('cumulativeEventsByOffice'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'office' },
      question: said.question('cumulativeEventsByOffice'),
    },
    cumulativeParticipantsByOffice: {
      label: said.label('cumulativeParticipantsByOffice'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'participants', filters: { period: sinceFirst }, groupBy: 'office' },
      question: said.question('cumulativeParticipantsByOffice'),
    },
    fyFirstTimeStates: {
      label: said.label('fyFirstTimeStates'),
      kind: 'states',
      query: { intent: 'first_time_states', filters: { period: inFy } },
      question: said.question('fyFirstTimeStates'),
    },
    fyUncoveredStates: {
      label: said.label('fyUncoveredStates'),
      kind: 'states',
      query: { intent: 'uncovered_states', filters: { period: inFy } },
      question: said.question('fyUncoveredStates'),
    },
    cumulativeUncoveredStates: {
      label: said.label('cumulativeUncoveredStates'),
      kind: 'states',
      query: { intent: 'uncovered_states', filters: { period: sinceFirst } },
      question: said.question('cumulativeUncoveredStates'),
    },
    fyBestPractices: {
      label: said.label('fyBestPractices'),
      kind: 'events',
      query: { intent: 'list_events', filters: { period: inFy, bestPractice: true }, limit: BEST_PRACTICES_MAX },
      question: said.question('fyBestPractices'),
    },
  })
}

export type ReportFigures = ReturnType<typeof reportFigures>
