import { describe, expect, it } from 'vitest'
import { digestPeriodFor, isoWeekOf, latestScheduledRun, startOfDayIn } from '../../src/digest/period.ts'

describe('digest periods', () => {
  it('names ISO weeks, including the weeks that straddle a new year', () => {
    expect(isoWeekOf('2026-11-23')).toEqual({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' })
    expect(isoWeekOf('2026-11-29').key).toBe('2026-W48')
    expect(isoWeekOf('2021-01-03').key).toBe('2020-W53')
    expect(isoWeekOf('2024-12-30').key).toBe('2025-W01')
    expect(isoWeekOf('2023-01-01')).toEqual({ key: '2022-W52', from: '2022-12-26', to: '2023-01-01' })
  })

  it('covers the last full week before the digest day', () => {
    expect(digestPeriodFor('2026-11-30')).toEqual({ key: '2026-W48', from: '2026-11-23', to: '2026-11-29' })
    // A Wednesday (a late run) still covers the week before its own.
    expect(digestPeriodFor('2026-12-02').key).toBe('2026-W48')
    expect(digestPeriodFor('2026-12-06').key).toBe('2026-W48')
    expect(digestPeriodFor('2026-12-07').key).toBe('2026-W49')
  })

  it('finds when a day starts in a time zone, across daylight saving', () => {
    expect(startOfDayIn('2026-11-23', 'Asia/Tokyo').toISOString()).toBe('2026-11-22T15:00:00.000Z')
    expect(startOfDayIn('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z')
    expect(startOfDayIn('2026-12-01', 'America/New_York').toISOString()).toBe('2026-12-01T05:00:00.000Z')
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z')
  })

  it('finds the latest scheduled run at or before now, in the schedule time zone', () => {
    const cron = '0 9 * * 1'
    const tz = 'Asia/Tokyo'
    // Monday 2026-11-30 09:00 JST = 00:00 UTC.
    expect(latestScheduledRun({ cron, timeZone: tz, now: new Date('2026-11-30T00:00:00Z') })?.toISOString()).toBe('2026-11-30T00:00:00.000Z')
    expect(latestScheduledRun({ cron, timeZone: tz, now: new Date('2026-11-29T23:59:59Z') })?.toISOString()).toBe('2026-11-23T00:00:00.000Z')
    expect(latestScheduledRun({ cron, timeZone: tz, now: new Date('2026-12-03T12:00:00Z') })?.toISOString()).toBe('2026-11-30T00:00:00.000Z')
  })
})
