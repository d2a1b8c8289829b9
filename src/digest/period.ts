// Digest periods. A digest covers one ISO week (Monday–Sunday) in the digest's time zone and is named after
// it ('2026-W48'); the run scheduled on or after that week's end posts it. The name is the unique key of
// the DigestRun row, so one week can only ever be posted once.
import { Cron } from 'croner'
import { addDays, todayIn } from '../domain/fiscal-year.ts'

export interface DigestPeriod {
  /** ISO week of the covered week, e.g. '2026-W48'. */
  key: string
  /** Monday and Sunday of the covered week. */
  from: string
  to: string
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

/** The ISO week (Monday start; week 1 holds the year's first Thursday) containing a date. */
export function isoWeekOf(date: string): DigestPeriod {
  const d = utcDate(date)
  const weekday = (d.getUTCDay() + 6) % 7 // Monday = 0
  const monday = addDays(date, -weekday)
  const thursday = utcDate(addDays(monday, 3))
  const year = thursday.getUTCFullYear()
  const jan1 = Date.UTC(year, 0, 1)
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1
  return { key: `${year}-W${String(week).padStart(2, '0')}`, from: monday, to: addDays(monday, 6) }
}

/** The week a digest sent on `asOf` covers: the last full week before asOf's week (Monday 1 Dec → 24–30 Nov). */
export function digestPeriodFor(asOf: string): DigestPeriod {
  return isoWeekOf(addDays(asOf, -7))
}

/** Offset of a time zone from UTC at an instant, in milliseconds (Tokyo: +9 h). */
function zoneOffsetMs(timeZone: string, at: Date): number {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  const p = Object.fromEntries(fmt.formatToParts(at).map((x) => [x.type, x.value]))
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second))
  return asUtc - Math.floor(at.getTime() / 1000) * 1000
}

/** The instant a calendar day starts in a time zone ('2026-11-23' in Asia/Tokyo → 2026-11-22T15:00Z). */
export function startOfDayIn(date: string, timeZone: string): Date {
  const guess = utcDate(date).getTime()
  const first = guess - zoneOffsetMs(timeZone, new Date(guess))
  // Once more at the found instant, in case a daylight-saving change lies between the guess and it.
  return new Date(guess - zoneOffsetMs(timeZone, new Date(first)))
}

/** [start, end) of a period's days as instants in the time zone: for "recorded during the week". */
export function periodInstants(period: DigestPeriod, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDayIn(period.from, timeZone), to: startOfDayIn(addDays(period.to, 1), timeZone) }
}

/** The most recent time the schedule fired at or before `now`, or null if it never did in the last 60 days. */
export function latestScheduledRun(options: { cron: string; timeZone: string; now: Date }): Date | null {
  const job = new Cron(options.cron, { timezone: options.timeZone, paused: true })
  try {
    const [last] = job.previousRuns(1, new Date(options.now.getTime() + 1000))
    if (last === undefined || last.getTime() > options.now.getTime()) return null
    if (options.now.getTime() - last.getTime() > 60 * 86_400_000) return null
    return last
  } finally {
    job.stop()
  }
}

/** The calendar date of an instant in a time zone. */
export const localDate = (at: Date, timeZone: string): string => todayIn(timeZone, at)
