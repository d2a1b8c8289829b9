// The weekly digest's content: what was recorded last week, where the fiscal year stands against the same
// point of the previous one, states covered for the first time, and offices with nothing recorded yet.
// Every figure about the events is counted through the executor of `grassroots ask`, from the digest's one
// list of queries (figures.ts); what was recorded during the week (by createdAt, which no query asks about)
// is read from the store. The renderers (markdown.ts, blocks.ts, chart.ts) only arrange them.
import type { EventRecord } from '../domain/event.ts'
import { addDays, fiscalYearOf, fiscalYearRange } from '../domain/fiscal-year.ts'
import { OFFICES } from '../domain/offices.ts'
import { FIFTY_STATES } from '../domain/states.ts'
import { countFigure, rowValue, rowValues, wholeValue, type DateRange, type Figure } from '../reports/figure.ts'
import type { Db } from '../store/client.ts'
import { eventsRecordedBetween, recordedByOffice } from '../store/report-queries.ts'
import { digestFigures } from './figures.ts'
import { digestPeriodFor, periodInstants, type DigestPeriod } from './period.ts'

/** How many of last week's events the digest lists one by one; the rest are counted by office. */
export const DIGEST_LIST_MAX = 12

export interface PeriodFigures {
  range: DateRange
  events: number
  participants: number
  /** Of the 50 states, DC apart. */
  statesCovered: number
}

export interface Digest {
  period: DigestPeriod
  /** The date the digest is for (the Monday it is sent, normally). */
  asOf: string
  timeZone: string
  late: boolean
  fiscalYear: number
  recorded: {
    total: number
    /** Every office with events recorded in the week, most first. */
    byOffice: Array<{ officeCode: string; events: number }>
    /** The first DIGEST_LIST_MAX events, by office then date. */
    listed: EventRecord[]
  }
  fyToDate: PeriodFigures
  /** The previous FY from its start to the same day and month. */
  previousFyToDate: PeriodFigures
  firstTimeStates: string[]
  officesWithoutEvents: string[]
  /** Events per month of the FY so far, this FY and the previous one to the same point. */
  monthly: Array<{ month: number; current: number; previous: number }>
}

/** The same day a year earlier; 29 February becomes the 28th (the year before a leap year is not one). */
function sameDayPreviousYear(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0')
  const md = date.slice(5)
  return `${year}-${md === '02-29' ? '02-28' : md}`
}

/** Builds the digest for the week before `asOf`'s week; deterministic for a given database and asOf. */
export async function buildDigest(
  db: Db,
  options: { asOf: string; timeZone: string; late?: boolean; listMax?: number },
): Promise<Digest> {
  const period = digestPeriodFor(options.asOf)
  const instants = periodInstants(period, options.timeZone)
  // The FY "to date" ends with the covered week, so a digest sent late says what it would have said on time.
  const fiscalYear = fiscalYearOf(period.to)
  const fyStart = fiscalYearRange(fiscalYear).start
  const current: DateRange = { from: fyStart, to: period.to }
  const previous: DateRange = { from: fiscalYearRange(fiscalYear - 1).start, to: sameDayPreviousYear(period.to) }

  // counted as of the week's last day, as `grassroots ask --as-of <period.to>` counts them
  const f = digestFigures({ fiscalYear, current, previous })
  const count = { asOf: period.to }
  const scalar = async (figure: Figure<'scalar'>) => wholeValue(figure, await countFigure(db, figure, count))
  const rows = async (figure: Figure<'breakdown'>) => rowValues(await countFigure(db, figure, count))
  const [recorded, byOffice, events, participants, states, prevEvents, prevParticipants, prevStates, firstTime, offices, currentMonths, previousMonths] =
    await Promise.all([
      eventsRecordedBetween(db, { ...instants, take: options.listMax ?? DIGEST_LIST_MAX }),
      recordedByOffice(db, instants),
      scalar(f.fyToDateEvents),
      scalar(f.fyToDateParticipants),
      scalar(f.fyToDateStatesCovered),
      scalar(f.previousFyToDateEvents),
      scalar(f.previousFyToDateParticipants),
      scalar(f.previousFyToDateStatesCovered),
      countFigure(db, f.firstTimeStates, count),
      rows(f.fyToDateEventsByOffice),
      rows(f.fyToDateEventsByMonth),
      rows(f.previousFyToDateEventsByMonth),
    ])

  const monthly: Digest['monthly'] = []
  for (let d = fyStart; d <= period.to; d = addDays(`${d.slice(0, 7)}-01`, 32).slice(0, 7) + '-01') {
    const month = Number(d.slice(5, 7))
    const prevKey = `${Number(d.slice(0, 4)) - 1}-${d.slice(5, 7)}`
    monthly.push({ month, current: rowValue(currentMonths, d.slice(0, 7)), previous: rowValue(previousMonths, prevKey) })
  }
  return {
    period,
    asOf: options.asOf,
    timeZone: options.timeZone,
    late: options.late ?? false,
    fiscalYear,
    recorded: {
      total: recorded.total,
      byOffice: [...byOffice]
        .map(([officeCode, events]) => ({ officeCode, events }))
        .sort((a, b) => b.events - a.events || OFFICES.findIndex((o) => o.code === a.officeCode) - OFFICES.findIndex((o) => o.code === b.officeCode)),
      listed: recorded.events,
    },
    fyToDate: { range: current, events, participants, statesCovered: states },
    previousFyToDate: { range: previous, events: prevEvents, participants: prevParticipants, statesCovered: prevStates },
    // in reference order, as the report lists states
    firstTimeStates: FIFTY_STATES.filter((s) => firstTime.states.includes(s.code)).map((s) => s.code),
    officesWithoutEvents: OFFICES.filter((o) => rowValue(offices, o.code) === 0).map((o) => o.code),
    monthly,
  }
}
