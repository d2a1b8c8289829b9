// Every figure of the weekly digest about the events themselves, in one list: the query that counts it (the
// Query `grassroots ask` runs) and a question, in English and Japanese, that `ask` reads as that query.
// They are counted as of the last day of the digest's week (DigestFigureOptions.through): the digest says
// what it would have said on time, and `grassroots ask --as-of <that day>` gives the same figures.
// test/reports/figures-through-ask.test.ts asks each question. What was *recorded* during the week (by
// createdAt) is no query's business: build.ts reads it from the store (report-queries.ts).
import type { Query } from '../questions/query.ts'
import { figureList, type Bilingual, type DateRange } from '../reports/figure.ts'

type Period = Query['filters']['period']

export interface DigestFigureOptions {
  fiscalYear: number
  /** The FY to date: from the FY's first day to the last day of the digest's week. */
  current: DateRange
  /** The previous FY from its first day to the same day and month. */
  previous: DateRange
}

const dates = (r: DateRange): Period => ({ kind: 'dates', from: r.from, to: r.to })

/** '2023-01-29' → '2023年1月29日'. */
const jaDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

const between = (r: DateRange): Bilingual => ({ en: `from ${r.from} to ${r.to}`, ja: `${jaDate(r.from)}から${jaDate(r.to)}までの` })

/** The digest's figures, to be counted as of `current.to`. */
export function digestFigures(options: DigestFigureOptions) {
  const { fiscalYear, current, previous } = options
  const now = between(current)
  const before = between(previous)
  return figureList({
    fyToDateEvents: {
      label: { en: `Events, FY${fiscalYear} to date`, ja: `${fiscalYear}年度の累計実施件数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(current) } },
      question: { en: `How many events ${now.en}?`, ja: `${now.ja}実施件数は？` },
    },
    fyToDateParticipants: {
      label: { en: `Participants, FY${fiscalYear} to date`, ja: `${fiscalYear}年度の累計延べ参加者数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: dates(current) } },
      question: { en: `How many participants ${now.en}?`, ja: `${now.ja}延べ参加者数は？` },
    },
    fyToDateStatesCovered: {
      label: { en: `States covered (of 50), FY${fiscalYear} to date`, ja: `${fiscalYear}年度の実施州数（50州中）` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: dates(current) } },
      question: { en: `How many states were covered ${now.en}?`, ja: `${now.ja}実施州数は？` },
    },
    previousFyToDateEvents: {
      label: { en: `Events, FY${fiscalYear - 1} at the same point`, ja: `${fiscalYear - 1}年度同期の実施件数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(previous) } },
      question: { en: `How many events ${before.en}?`, ja: `${before.ja}実施件数は？` },
    },
    previousFyToDateParticipants: {
      label: { en: `Participants, FY${fiscalYear - 1} at the same point`, ja: `${fiscalYear - 1}年度同期の延べ参加者数` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: dates(previous) } },
      question: { en: `How many participants ${before.en}?`, ja: `${before.ja}延べ参加者数は？` },
    },
    previousFyToDateStatesCovered: {
      label: { en: `States covered (of 50), FY${fiscalYear - 1} at the same point`, ja: `${fiscalYear - 1}年度同期の実施州数（50州中）` },
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: dates(previous) } },
      question: { en: `How many states were covered ${before.en}?`, ja: `${before.ja}実施州数は？` },
    },
    firstTimeStates: {
      label: { en: `States covered for the first time in FY${fiscalYear}`, ja: `${fiscalYear}年度に初めて事業を実施した州` },
      kind: 'states',
      // the whole FY, counted as of the week's last day: the FY to date
      query: { intent: 'first_time_states', filters: { period: { kind: 'fy', from: fiscalYear, to: fiscalYear } } },
      question: { en: `Which states were covered for the first time in FY${fiscalYear}?`, ja: `${fiscalYear}年度に初めて事業を実施した州は？` },
    },
    fyToDateEventsByOffice: {
      label: { en: `Events per office, FY${fiscalYear} to date (offices with none are reminded)`, ja: `${fiscalYear}年度の在外公館別実施件数（未登録の公館へのお願い）` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(current) }, groupBy: 'office' },
      question: { en: `Events by office ${now.en}`, ja: `${now.ja}在外公館別実施件数` },
    },
    fyToDateEventsByMonth: {
      label: { en: `Events per month, FY${fiscalYear} to date`, ja: `${fiscalYear}年度の月別実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(current) }, groupBy: 'month' },
      question: { en: `Events by month ${now.en}`, ja: `${now.ja}月別実施件数` },
    },
    previousFyToDateEventsByMonth: {
      label: { en: `Events per month, FY${fiscalYear - 1} to the same point`, ja: `${fiscalYear - 1}年度同期までの月別実施件数` },
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(previous) }, groupBy: 'month' },
      question: { en: `Events by month ${before.en}`, ja: `${before.ja}月別実施件数` },
    },
  })
}

export type DigestFigures = ReturnType<typeof digestFigures>
