// The App Home figures: this fiscal year's events, participants and states covered, the same for the user's
// office (the one they last recorded for), and the latest events. Every figure, and the choice of the latest
// events, comes from the executor of `grassroots ask`, through the one list of App Home's queries
// (home-figures.ts), as of today: an event dated later is not counted or listed yet, as in an answer.
import type { EventRecord } from '../domain/event.ts'
import { currentFiscalYear } from '../domain/fiscal-year.ts'
import { countFigure, wholeValue, type Figure } from '../reports/figure.ts'
import type { Db } from '../store/client.ts'
import { getPreference } from '../store/preferences.ts'
import { eventRecordsByIds } from '../store/report-queries.ts'
import { listCategories, type BestPracticeCategory } from '../store/best-practice-categories.ts'
import { homeFigures, homeLatestFigures } from './home-figures.ts'

export interface CoverageTotals {
  events: number
  participants: number
  /** Of the 50 states (DC is not a state). */
  states: number
  dc: boolean
}

export interface HomeSummary {
  fiscalYear: number
  /** The day the figures are counted up to ('YYYY-MM-DD', today): later events are not counted yet. */
  countedThrough: string
  all: CoverageTotals
  office: { code: string; totals: CoverageTotals } | null
  latest: EventRecord[]
  /** The best-practice categories (their names, shown with a best practice of the list). */
  categories?: BestPracticeCategory[]
}

async function coverage(db: Db, options: { officeCode?: string; asOf: string }): Promise<CoverageTotals> {
  const f = homeFigures(options.officeCode === undefined ? {} : { officeCode: options.officeCode })
  const value = async (figure: Figure<'scalar'>) => wholeValue(figure, await countFigure(db, figure, { asOf: options.asOf }))
  const [events, participants, states, dcEvents] = await Promise.all([value(f.events), value(f.participants), value(f.statesCovered), value(f.dcEvents)])
  return { events, participants, states, dc: dcEvents > 0 }
}

/**
 * The App Home summary for a user on `today` ('YYYY-MM-DD' in the configured time zone). `latest`: how many
 * of this FY's events to list, newest first (1–100; default HOME_LATEST).
 */
export async function homeSummary(db: Db, options: { userId: string; today: string; latest?: number }): Promise<HomeSummary> {
  const asOf = options.today
  const fiscalYear = currentFiscalYear(asOf)
  const officeCode = (await getPreference(db, options.userId))?.lastOfficeCode ?? null
  const latestFigure = homeLatestFigures(options.latest === undefined ? {} : { latest: options.latest }).latestEvents
  const [all, office, latest] = await Promise.all([
    coverage(db, { asOf }),
    officeCode === null ? Promise.resolve(null) : coverage(db, { officeCode, asOf }),
    countFigure(db, latestFigure, { asOf }),
  ])
  return {
    fiscalYear,
    countedThrough: asOf,
    all,
    office: officeCode === null || office === null ? null : { code: officeCode, totals: office },
    // the query chooses the events; their records (with what a list answer leaves out) are read by id
    latest: await eventRecordsByIds(db, latest.events.map((e) => e.id)),
    categories: await listCategories(db),
  }
}
