// Every figure of the weekly digest about the events themselves, in one list: the query that counts it (the
// Query `grassroots ask` runs) and a question, in English and Japanese, that `ask` reads as that query.
// They are counted as of the last day of the digest's week (DigestFigureOptions.through): the digest says
// what it would have said on time, and `grassroots ask --as-of <that day>` gives the same figures.
// test/reports/figures-through-ask.test.ts asks each question. What was *recorded* during the week (by
// createdAt) is no query's business: build.ts reads it from the store (report-queries.ts).
import type { Query } from '../questions/query.ts'
import { formatDate } from '../i18n/format.ts'
import type { Localized } from '../i18n/lang.ts'
import { figureList, figureWords, type DateRange, type FigureWords } from '../reports/figure.ts'

type Period = Query['filters']['period']

export interface DigestFigureOptions {
  fiscalYear: number
  /** The FY to date: from the FY's first day to the last day of the digest's week. */
  current: DateRange
  /** The previous FY from its first day to the same day and month. */
  previous: DateRange
}

const dates = (r: DateRange): Period => ({ kind: 'dates', from: r.from, to: r.to })

type DigestFigureId = 'fyToDateEvents' | 'fyToDateParticipants' | 'fyToDateStatesCovered' | 'previousFyToDateEvents' | 'previousFyToDateParticipants' | 'previousFyToDateStatesCovered' | 'firstTimeStates' | 'fyToDateEventsByOffice' | 'fyToDateEventsByMonth' | 'previousFyToDateEventsByMonth'

/** What the digest calls each figure, and the question `ask` reads as its query, in each language. */
export const DIGEST_FIGURE_TEXT = {
  en: ({ fiscalYear, current, previous }) => {
    const now = `from ${current.from} to ${current.to}`
    const before = `from ${previous.from} to ${previous.to}`
    return {
      fyToDateEvents: { label: `Events, FY${fiscalYear} to date`, question: `How many events ${now}?` },
      fyToDateParticipants: { label: `Participants, FY${fiscalYear} to date`, question: `How many participants ${now}?` },
      fyToDateStatesCovered: { label: `States covered (of 50), FY${fiscalYear} to date`, question: `How many states were covered ${now}?` },
      previousFyToDateEvents: { label: `Events, FY${fiscalYear - 1} at the same point`, question: `How many events ${before}?` },
      previousFyToDateParticipants: { label: `Participants, FY${fiscalYear - 1} at the same point`, question: `How many participants ${before}?` },
      previousFyToDateStatesCovered: { label: `States covered (of 50), FY${fiscalYear - 1} at the same point`, question: `How many states were covered ${before}?` },
      firstTimeStates: { label: `States covered for the first time in FY${fiscalYear}`, question: `Which states were covered for the first time in FY${fiscalYear}?` },
      fyToDateEventsByOffice: { label: `Events per office, FY${fiscalYear} to date (offices with none are reminded)`, question: `Events by office ${now}` },
      fyToDateEventsByMonth: { label: `Events per month, FY${fiscalYear} to date`, question: `Events by month ${now}` },
      previousFyToDateEventsByMonth: { label: `Events per month, FY${fiscalYear - 1} to the same point`, question: `Events by month ${before}` },
    }
  },
  ja: ({ fiscalYear, current, previous }) => {
    const now = `${formatDate(current.from, 'ja')}から${formatDate(current.to, 'ja')}までの`
    const before = `${formatDate(previous.from, 'ja')}から${formatDate(previous.to, 'ja')}までの`
    return {
      fyToDateEvents: { label: `${fiscalYear}年度の累計実施件数`, question: `${now}実施件数は？` },
      fyToDateParticipants: { label: `${fiscalYear}年度の累計延べ参加者数`, question: `${now}延べ参加者数は？` },
      fyToDateStatesCovered: { label: `${fiscalYear}年度の実施州数（50州中）`, question: `${now}実施州数は？` },
      previousFyToDateEvents: { label: `${fiscalYear - 1}年度同期の実施件数`, question: `${before}実施件数は？` },
      previousFyToDateParticipants: { label: `${fiscalYear - 1}年度同期の延べ参加者数`, question: `${before}延べ参加者数は？` },
      previousFyToDateStatesCovered: { label: `${fiscalYear - 1}年度同期の実施州数（50州中）`, question: `${before}実施州数は？` },
      firstTimeStates: { label: `${fiscalYear}年度に初めて事業を実施した州`, question: `${fiscalYear}年度に初めて事業を実施した州は？` },
      fyToDateEventsByOffice: { label: `${fiscalYear}年度の在外公館別実施件数（未登録の公館へのお願い）`, question: `${now}在外公館別実施件数` },
      fyToDateEventsByMonth: { label: `${fiscalYear}年度の月別実施件数`, question: `${now}月別実施件数` },
      previousFyToDateEventsByMonth: { label: `${fiscalYear - 1}年度同期までの月別実施件数`, question: `${before}月別実施件数` },
    }
  },
} as const satisfies Localized<(o: DigestFigureOptions) => Record<DigestFigureId, FigureWords>>

/** The digest's figures, to be counted as of `current.to`. */
export function digestFigures(options: DigestFigureOptions) {
  const { fiscalYear, current, previous } = options
  const said = figureWords(DIGEST_FIGURE_TEXT, options)
  return figureList({
    fyToDateEvents: {
      label: said.label('fyToDateEvents'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(current) } },
      question: said.question('fyToDateEvents'),
    },
    fyToDateParticipants: {
      label: said.label('fyToDateParticipants'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: dates(current) } },
      question: said.question('fyToDateParticipants'),
    },
    fyToDateStatesCovered: {
      label: said.label('fyToDateStatesCovered'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: dates(current) } },
      question: said.question('fyToDateStatesCovered'),
    },
    previousFyToDateEvents: {
      label: said.label('previousFyToDateEvents'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(previous) } },
      question: said.question('previousFyToDateEvents'),
    },
    previousFyToDateParticipants: {
      label: said.label('previousFyToDateParticipants'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'participants', filters: { period: dates(previous) } },
      question: said.question('previousFyToDateParticipants'),
    },
    previousFyToDateStatesCovered: {
      label: said.label('previousFyToDateStatesCovered'),
      kind: 'scalar',
      query: { intent: 'metric', metric: 'states_covered', filters: { period: dates(previous) } },
      question: said.question('previousFyToDateStatesCovered'),
    },
    firstTimeStates: {
      label: said.label('firstTimeStates'),
      kind: 'states',
      // the whole FY, counted as of the week's last day: the FY to date
      query: { intent: 'first_time_states', filters: { period: { kind: 'fy', from: fiscalYear, to: fiscalYear } } },
      question: said.question('firstTimeStates'),
    },
    fyToDateEventsByOffice: {
      label: said.label('fyToDateEventsByOffice'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(current) }, groupBy: 'office' },
      question: said.question('fyToDateEventsByOffice'),
    },
    fyToDateEventsByMonth: {
      label: said.label('fyToDateEventsByMonth'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(current) }, groupBy: 'month' },
      question: said.question('fyToDateEventsByMonth'),
    },
    previousFyToDateEventsByMonth: {
      label: said.label('previousFyToDateEventsByMonth'),
      kind: 'breakdown',
      query: { intent: 'metric', metric: 'events', filters: { period: dates(previous) }, groupBy: 'month' },
      question: said.question('previousFyToDateEventsByMonth'),
    },
  })
}

export type DigestFigures = ReturnType<typeof digestFigures>
