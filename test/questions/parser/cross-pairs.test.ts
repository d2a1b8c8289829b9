// Two places (or types, themes, formats) each paired with its own period ("Houston in FY2021 or Chicago in
// FY2022") ask for two figures of different events: they were once read as both places in each period compared
// (FY2021 29 → FY2022 17 for Houston and Chicago together), a figure nobody asked for. No query pairs them, so
// the second pair is named (no figure); both places before, after or between the two periods stay a comparison.
import { describe, expect, it } from 'vitest'
import { expectWordsNamed, query } from './read.ts'

describe('a place paired with each period is no comparison of both places', () => {
  it('names the second pair rather than compare the two places together', () => {
    for (const q of [
      'Which had more events, Houston in FY2021 or Chicago in FY2022?',
      'Houston in FY2021 vs Chicago in FY2022: events',
      'FY2021 Texas vs FY2022 Ohio participants',
      '2021年度のヒューストンと2022年度のシカゴの件数を比較',
      'online events in FY2021 vs in-person events in FY2022',
    ]) {
      expectWordsNamed(q)
    }
  })

  it('still compares both places in each period when they are said together', () => {
    for (const q of ['Houston and Chicago events, FY2021 vs FY2022', 'events in FY2021 vs FY2022 for the Houston and Chicago consulates', 'ヒューストンとシカゴの2021年度と2022年度の件数比較']) {
      expect(query(q), q).toMatchObject({ intent: 'compare', filters: { offices: ['houston', 'chicago'] } })
    }
  })
})
