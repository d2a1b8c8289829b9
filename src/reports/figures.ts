// Every figure of the fiscal-year report, in one list: the query that counts it (the Query `grassroots ask`
// runs) and a question, in English and Japanese, that `ask` reads as that query. buildFyReport
// (fy-report.ts) counts the report from this list only; test/reports/figures-through-ask.test.ts asks each
// question and checks that the answer's figure is the report's.
import { listEventsQuerySchema, type Query } from '../questions/query.ts'
import { figureList, type Bilingual, type Figure } from './figure.ts'

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

/**
 * The figures of the report of `fy`, whose cumulative figures run from `firstFy` (the first fiscal year
 * with a recorded event, or `fy` when that is earlier).
 */
export function reportFigures(options: { fy: number; firstFy: number }) {
  const { fy, firstFy } = options
  const year: Bilingual = { en: `in FY${fy}`, ja: `${fy}年度の` }
  const span: Bilingual = firstFy === fy ? year : { en: `from FY${firstFy} to FY${fy}`, ja: `${firstFy}年度から${fy}年度までの` }
  const inFy = fyPeriod(fy)
  const sinceFirst = fyPeriod(firstFy, fy)
  return figureList({
    recordedFiscalYears: recordedFiscalYearsFigure(),
    fyEvents: {
      label: { en: `Events, FY${fy}`, ja: `${fy}年度の実施件数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy } },
      question: { en: `How many events ${year.en}?`, ja: `${year.ja}実施件数は？` },
    },
    fyParticipants: {
      label: { en: `Participants, FY${fy}`, ja: `${fy}年度の延べ参加者数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: inFy } },
      question: { en: `How many participants ${year.en}?`, ja: `${year.ja}延べ参加者数は？` },
    },
    cumulativeEvents: {
      label: { en: `Events, FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の累計実施件数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst } },
      question: { en: `How many events ${span.en}?`, ja: `${span.ja}実施件数は？` },
    },
    cumulativeParticipants: {
      label: { en: `Participants, FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の累計延べ参加者数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: sinceFirst } },
      question: { en: `How many participants ${span.en}?`, ja: `${span.ja}延べ参加者数は？` },
    },
    fyStatesCovered: {
      label: { en: `States covered (of 50), FY${fy}`, ja: `${fy}年度の実施州数（50州中）` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: inFy } },
      question: { en: `How many states were covered ${year.en}?`, ja: `${year.ja}実施州数は？` },
    },
    cumulativeStatesCovered: {
      label: { en: `States covered (of 50), FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の実施州数（50州中）` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: sinceFirst } },
      question: { en: `How many states were covered ${span.en}?`, ja: `${span.ja}実施州数は？` },
    },
    eventsByFiscalYear: {
      label: { en: 'Events per fiscal year', ja: '年度別実施件数' },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'fiscal_year' },
      question: { en: `Events by fiscal year ${span.en}`, ja: `${span.ja}年度別実施件数` },
    },
    participantsByFiscalYear: {
      label: { en: 'Participants per fiscal year', ja: '年度別延べ参加者数' },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'participants', filters: { period: sinceFirst }, groupBy: 'fiscal_year' },
      question: { en: `Participants by fiscal year ${span.en}`, ja: `${span.ja}年度別延べ参加者数` },
    },
    fyEventsByState: {
      label: { en: `Events per state (and DC), FY${fy}`, ja: `${fy}年度の州別実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy }, groupBy: 'state' },
      question: { en: `Events by state ${year.en}`, ja: `${year.ja}州別実施件数` },
    },
    cumulativeEventsByState: {
      label: { en: `Events per state (and DC), FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の州別累計実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'state' },
      question: { en: `Events by state ${span.en}`, ja: `${span.ja}州別実施件数` },
    },
    firstFiscalYearByState: {
      label: { en: 'First fiscal year with an event, per state', ja: '州別の初実施年度' },
      kind: 'states',
      query: { intent: 'first_time_states', filters: { period: { kind: 'all' } } },
      question: { en: 'When was each state first covered?', ja: '各州で初めて事業を実施したのはいつですか？' },
    },
    dcEventsByFiscalYear: {
      label: { en: 'Events in DC per fiscal year (its first fiscal year)', ja: 'ワシントンDC（コロンビア特別区）の年度別実施件数（初実施年度）' },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst, states: ['DC'] }, groupBy: 'fiscal_year' },
      question: { en: `Events in Washington, DC by fiscal year ${span.en}`, ja: `${span.ja}コロンビア特別区（DC）の年度別実施件数` },
    },
    fyEventsByRegion: {
      label: { en: `Events per region, FY${fy}`, ja: `${fy}年度の地域別実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy }, groupBy: 'region' },
      question: { en: `Events by region ${year.en}`, ja: `${year.ja}地域別実施件数` },
    },
    cumulativeEventsByRegion: {
      label: { en: `Events per region, FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の地域別累計実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'region' },
      question: { en: `Events by region ${span.en}`, ja: `${span.ja}地域別実施件数` },
    },
    fyEventsByOffice: {
      label: { en: `Events per office, FY${fy}`, ja: `${fy}年度の在外公館別実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: inFy }, groupBy: 'office' },
      question: { en: `Events by office ${year.en}`, ja: `${year.ja}在外公館別実施件数` },
    },
    fyParticipantsByOffice: {
      label: { en: `Participants per office, FY${fy}`, ja: `${fy}年度の在外公館別延べ参加者数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'participants', filters: { period: inFy }, groupBy: 'office' },
      question: { en: `Participants by office ${year.en}`, ja: `${year.ja}在外公館別延べ参加者数` },
    },
    cumulativeEventsByOffice: {
      label: { en: `Events per office, FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の在外公館別累計実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: sinceFirst }, groupBy: 'office' },
      question: { en: `Events by office ${span.en}`, ja: `${span.ja}在外公館別実施件数` },
    },
    cumulativeParticipantsByOffice: {
      label: { en: `Participants per office, FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度の在外公館別累計延べ参加者数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'participants', filters: { period: sinceFirst }, groupBy: 'office' },
      question: { en: `Participants by office ${span.en}`, ja: `${span.ja}在外公館別延べ参加者数` },
    },
    fyFirstTimeStates: {
      label: { en: `States covered for the first time in FY${fy}`, ja: `${fy}年度に初めて事業を実施した州` },
      kind: 'states',
      query: { intent: 'first_time_states', filters: { period: inFy } },
      question: { en: `Which states were covered for the first time in FY${fy}?`, ja: `${fy}年度に初めて事業を実施した州は？` },
    },
    fyUncoveredStates: {
      label: { en: `States with no event in FY${fy}`, ja: `${fy}年度に事業を実施していない州` },
      kind: 'states',
      query: { intent: 'uncovered_states', filters: { period: inFy } },
      question: { en: `Which states had no event ${year.en}?`, ja: `${fy}年度に事業を実施していない州は？` },
    },
    cumulativeUncoveredStates: {
      label: { en: `States with no event, FY${firstFy}–FY${fy}`, ja: `${firstFy}年度〜${fy}年度に事業を実施していない州` },
      kind: 'states',
      query: { intent: 'uncovered_states', filters: { period: sinceFirst } },
      question: {
        en: `Which states had no event ${span.en}?`,
        ja: firstFy === fy ? `${fy}年度に事業を実施していない州は？` : `${firstFy}年度から${fy}年度までに事業を実施していない州は？`,
      },
    },
    fyBestPractices: {
      label: { en: `Best practices of FY${fy}`, ja: `${fy}年度の代表的な案件（ベストプラクティス）` },
      kind: 'events',
      query: { intent: 'list_events', filters: { period: inFy, bestPractice: true }, limit: BEST_PRACTICES_MAX },
      question: {
        en: `The ${BEST_PRACTICES_MAX} latest best practices ${year.en}`,
        ja: `${year.ja}ベストプラクティス（最新${BEST_PRACTICES_MAX}件）`,
      },
    },
  })
}

export type ReportFigures = ReturnType<typeof reportFigures>
