// The App Home figures: this fiscal year's events, participants and states covered, the same for the user's
// office (the one they last recorded for), and the latest events. Every figure is a store query.
import type { EventRecord } from '../domain/event.ts'
import { currentFiscalYear } from '../domain/fiscal-year.ts'
import { STATES } from '../domain/states.ts'
import type { Db } from '../store/client.ts'
import { eventTotals, type EventTotals } from '../store/event-stats.ts'
import { listEvents } from '../store/events.ts'
import { getPreference } from '../store/preferences.ts'

export interface CoverageTotals {
  events: number
  participants: number
  /** Of the 50 states (DC is not a state). */
  states: number
  dc: boolean
}

export interface HomeSummary {
  fiscalYear: number
  all: CoverageTotals
  office: { code: string; totals: CoverageTotals } | null
  latest: EventRecord[]
}

const fiftyStates = new Set(STATES.filter((s) => s.isState).map((s) => s.code))

function coverage(t: EventTotals): CoverageTotals {
  return {
    events: t.events,
    participants: t.participants,
    states: t.stateCodes.filter((c) => fiftyStates.has(c)).length,
    dc: t.stateCodes.includes('DC'),
  }
}

export async function homeSummary(db: Db, options: { userId: string; today: string; latest?: number }): Promise<HomeSummary> {
  const fiscalYear = currentFiscalYear(options.today)
  const officeCode = (await getPreference(db, options.userId))?.lastOfficeCode ?? null
  const [all, office, latest] = await Promise.all([
    eventTotals(db, { fiscalYear }),
    officeCode === null ? Promise.resolve(null) : eventTotals(db, { fiscalYear, officeCode }),
    listEvents(db, { filter: { fiscalYears: [fiscalYear] }, take: options.latest ?? 5 }),
  ])
  return {
    fiscalYear,
    all: coverage(all),
    office: officeCode === null || office === null ? null : { code: officeCode, totals: coverage(office) },
    latest: latest.events,
  }
}
