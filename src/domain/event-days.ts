// The days of an event, derived from its dates and stored with it (Event.durationDays, Event.startWeekday) so
// that "multi-day", "lasting more than 2 days" and "weekend" are plain column conditions on SQLite and
// PostgreSQL alike. Dates are 'YYYY-MM-DD' calendar dates without a time or zone (read as UTC dates).

const dayNumber = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/**
 * How many calendar days an event spans, both ends counted: 1 with no end date (or an end on the start
 * date), 2 for Saturday–Sunday. An end before the start (refused by the event schema) counts as 1.
 */
export function durationDays(startDate: string, endDate: string | null): number {
  if (endDate === null || endDate <= startDate) return 1
  return dayNumber(endDate) - dayNumber(startDate) + 1
}

/** The ISO 8601 day of the week of a date: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1
}
