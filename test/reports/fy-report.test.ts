// The fiscal-year report from a small hand-made dataset whose figures can be counted by eye: multi-state
// events, DC, a year with no events, a later year that must stay out, a best practice.
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { eventInputSchema, type EventInput } from '../../src/domain/event.ts'
import { isAppError } from '../../src/errors.ts'
import { buildFyReport, fyReportCsvs, renderFyReportMarkdown, REPORT_FILES, type FyReport } from '../../src/reports/fy-report.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { runCli } from '../helpers/cli-harness.ts'
import { eventInput } from '../helpers/event-input.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-report-')
const url = `file:${path.join(dir, 'report.db')}`
let store: Store
let report: FyReport
/** After every event of the dataset, as the CLI's default (today) would be. */
const AS_OF = '2023-08-15'

const ev = (over: Partial<EventInput>): EventInput => eventInput(over)

const EVENTS: EventInput[] = [
  ev({ startDate: '2020-07-01', officeCode: 'chicago', stateCodes: ['WI'], participants: 100 }),
  ev({ startDate: '2020-06-01', officeCode: 'embassy', stateCodes: ['DC'], participants: 50 }),
  ev({ startDate: '2022-06-23', officeCode: 'houston', stateCodes: ['OK', 'TX'], format: 'online', participants: 200 }),
  ev({ startDate: '2023-03-31', officeCode: 'chicago', stateCodes: ['WI', 'IL'], participants: 30 }),
  ev({
    startDate: '2022-09-15',
    officeCode: 'denver',
    stateCodes: ['WY'],
    participants: 10,
    bestPractice: true,
    titleEn: 'Wyoming seminar',
    titleJa: 'ワイオミング州セミナー',
    summary: 'First paragraph in English.\n\n日本語の段落。',
  }),
  ev({ startDate: '2023-04-01', officeCode: 'boston', stateCodes: ['MA'], participants: 999 }),
]

beforeAll(async () => {
  store = await openStore({ url })
  await createEvents(store.db, {
    events: EVENTS.map((e, i) => ({ data: eventInputSchema.parse(e), sourceKey: `t:${i}` })),
    actor: 'test',
    source: 'import',
  })
  report = await buildFyReport(store.db, { fy: 2022, asOf: AS_OF })
  return () => store.close()
})

describe('buildFyReport', () => {
  it('totals the FY and the years since the first FY, leaving later years out', () => {
    expect(report.fyTotals).toEqual({ events: 3, participants: 240 })
    expect(report.firstFy).toBe(2020)
    expect(report.cumulativeTotals).toEqual({ events: 5, participants: 390 })
    expect(report.byFiscalYear).toEqual([
      { fiscalYear: 2020, events: 2, participants: 150 },
      { fiscalYear: 2021, events: 0, participants: 0 },
      { fiscalYear: 2022, events: 3, participants: 240 },
    ])
  })

  it('counts a multi-state event once per state and once per region', () => {
    const state = (code: string) => report.states.find((s) => s.code === code)
    expect(state('OK')?.fyEvents).toBe(1)
    expect(state('TX')?.fyEvents).toBe(1)
    expect(state('WI')).toMatchObject({ fyEvents: 1, cumulativeEvents: 2, firstFy: 2020 })
    expect(state('MA')).toMatchObject({ fyEvents: 0, cumulativeEvents: 0, firstFy: null })
    const region = Object.fromEntries(report.regions.map((r) => [r.code, [r.fyEvents, r.cumulativeEvents]]))
    expect(region).toEqual({ northeast: [0, 0], midwest: [1, 2], south: [1, 2], west: [1, 1] })
  })

  it('reports coverage of the 50 states with DC apart', () => {
    const c = report.coverage
    expect(c.coveredCumulative.sort()).toEqual(['IL', 'OK', 'TX', 'WI', 'WY'])
    expect(c.firstTimeInFy.sort()).toEqual(['IL', 'OK', 'TX', 'WY'])
    expect(c.coveredInFy.length).toBe(5)
    expect(c.notCoveredInFy.length).toBe(45)
    expect(c.notCoveredInFy).not.toContain('DC')
    expect(c.dc).toEqual({ fyEvents: 0, cumulativeEvents: 1 })
  })

  it('lists every office, with zeros, and the best practices of the FY only', () => {
    expect(report.offices.length).toBe(16)
    const office = (code: string) => report.offices.find((o) => o.code === code)
    expect(office('chicago')).toMatchObject({ fy: { events: 1, participants: 30 }, cumulative: { events: 2, participants: 130 } })
    expect(office('boston')).toMatchObject({ fy: { events: 0, participants: 0 }, cumulative: { events: 0, participants: 0 } })
    expect(report.bestPractices.map((e) => e.titleEn)).toEqual(['Wyoming seminar'])
    expect(report.demoOnly).toBe(false)
  })

  it('refuses a fiscal year without events', async () => {
    await expect(buildFyReport(store.db, { fy: 2019, asOf: AS_OF })).rejects.toSatisfy((e: unknown) => isAppError(e) && e.key === 'report_no_events')
  })
})

describe('renderFyReportMarkdown', () => {
  const md = () => renderFyReportMarkdown(report)

  it('writes each section in English and Japanese with the figures', () => {
    const text = md()
    expect(text).toContain('In FY2022, 3 events were held, with 240 participants in all.')
    expect(text).toContain('2022年度の実施件数は3件、延べ参加者数は240名。')
    expect(text).toContain('5 of the 50 states have been covered')
    expect(text).toContain('全50州中5州で事業を実施')
    expect(text).toContain('## 6. Coverage of the 50 states / 州の網羅状況')
    expect(text).toContain('| FY2021 / 2021年度 | 0 | 0 |')
    expect(text).toContain(`](${REPORT_FILES.map})`)
    expect(text).not.toMatch(/Demo data/)
  })

  it('writes its Japanese as the bureau does: 約…万名, the years counted, dates as 2022年9月15日, one name per office, DC as ワシントンDC', () => {
    // the totals of the bureau's paper, put in this report's place
    const large = { ...report, fyTotals: { ...report.fyTotals, participants: 300_000 }, cumulativeTotals: { ...report.cumulativeTotals, participants: 3_764_321 } }
    const text = renderFyReportMarkdown(large)
    expect(text).toContain('2022年度の実施件数は3件、延べ参加者数は約30万名。2020年度〜2022年度の累計は5件、延べ参加者数約376万名。')
    expect(text).toContain('FY2020–FY2022 in all: 5 events, about 3,760,000 participants.')
    // the tables keep the exact figures, with their units in the headers
    expect(text).toContain('| Participants / 延べ参加者数（名） | 300,000 | 3,764,321 |')
    expect(text).toContain('2022年度＝2022年4月1日〜2023年3月31日。')
    expect(text).toContain('- 2020年度〜2022年度の実施州数：**5州**')
    expect(text).toContain('- ワシントンDC（コロンビア特別区）（州には含めない）：2022年度 0件、2020年度〜2022年度の累計 1件')
    expect(text).toContain('| Chicago / シカゴ総 | 1 | 30 | 2 | 130 |')
    expect(text).toContain('- Office / 在外公館: Consulate-General of Japan in Denver / 在デンバー総領事館')
    expect(text).toContain('/ 2022年9月15日')
    const japaneseOnly = text.split('\n').filter((l) => /[\u3040-\u30ff]/u.test(l) && !/[A-Za-z]/.test(l.replace(/`[^`]*`|\bDC\b/g, '')))
    expect(japaneseOnly.length).toBeGreaterThanOrEqual(8)
    for (const line of japaneseOnly) {
      expect(line, line).not.toMatch(/\d{4}-\d{2}-\d{2}/)
      expect(line, line).not.toMatch(/\p{Extended_Pictographic}/u)
      expect(line, line).not.toContain('コロンビア特別区（DC')
    }
  })

  it('shows both paragraphs of a best practice summary', () => {
    const text = md()
    expect(text).toContain('### (1) Wyoming seminar / ワイオミング州セミナー')
    expect(text).toContain('First paragraph in English.')
    expect(text).toContain('日本語の段落。')
  })
})

describe('fyReportCsvs', () => {
  const rows = (name: string) => parse(fyReportCsvs(report)[name] ?? '', { bom: true, columns: true }) as Array<Record<string, string>>

  it('gives the rows behind the figures, consistent with each other', () => {
    const years = rows(REPORT_FILES.fiscalYearsCsv)
    const summary = rows(REPORT_FILES.summaryCsv)
    const cumulative = summary.find((r) => r.metric === 'participants' && r.scope === 'FY2020-FY2022')
    expect(years.reduce((s, r) => s + Number(r.participants), 0)).toBe(Number(cumulative?.value))
    const wi = rows(REPORT_FILES.statesCsv).find((r) => r.state_code === 'WI')
    expect(wi).toMatchObject({ events_fy2022: '1', 'events_fy2020-fy2022': '2', first_fiscal_year: '2020', first_time_in_fy2022: 'false' })
    expect(rows(REPORT_FILES.statesCsv).length).toBe(51)
    // DC by the bureau's one name for it, as everywhere else
    expect(rows(REPORT_FILES.statesCsv).find((r) => r.state_code === 'DC')?.state_ja).toBe('ワシントンDC（コロンビア特別区）')
    expect(rows(REPORT_FILES.bestPracticesCsv).map((r) => r.title_ja)).toEqual(['ワイオミング州セミナー'])
  })

  it('starts with a byte-order mark and uses CRLF, for Excel', () => {
    const text = fyReportCsvs(report)[REPORT_FILES.regionsCsv] ?? ''
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain('\r\n')
  })
})

describe('grassroots report', () => {
  it('writes the report, two PNG charts and the CSVs', async () => {
    const out = path.join(dir, 'out')
    const r = await runCli(['report', '--fy', '令和4年度', '--out', out], { DATABASE_URL: url, GRASSROOTS_LANG: 'en' }, dir)
    expect(r.code, r.err).toBe(0)
    for (const f of Object.values(REPORT_FILES)) expect(fs.statSync(path.join(out, f)).size, f).toBeGreaterThan(50)
    const png = fs.readFileSync(path.join(out, REPORT_FILES.map))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(r.out).toContain('FY2022: 3 events, 240 participants')
    expect(r.out).toContain('2022年度：実施件数3件、延べ参加者数240名')
  })

  it('still writes the Markdown and CSV when the font cannot be read, and names each PNG not drawn and why', async () => {
    const garbage = path.join(dir, 'garbage.ttf')
    fs.writeFileSync(garbage, 'this is not a font')
    for (const [font, why] of [[path.join(dir, 'no-such-font.ttf'), 'does not exist'], [garbage, 'is not a TrueType or OpenType font']] as const) {
      const out = path.join(dir, `out-no-font-${path.basename(font)}`)
      // a PNG left by an earlier run must not pass for this report's chart
      fs.mkdirSync(out, { recursive: true })
      fs.writeFileSync(path.join(out, REPORT_FILES.map), 'old')
      const r = await runCli(['report', '--fy', '2022', '--out', out], { DATABASE_URL: url, GRASSROOTS_LANG: 'en', GRASSROOTS_FONT: font }, dir)
      expect(r.code, r.err).toBe(0)
      expect(r.out).toContain('FY2022: 3 events, 240 participants')
      for (const f of [REPORT_FILES.markdown, REPORT_FILES.statesCsv, REPORT_FILES.summaryCsv]) expect(fs.statSync(path.join(out, f)).size, f).toBeGreaterThan(50)
      for (const png of [REPORT_FILES.participantsChart, REPORT_FILES.map]) {
        expect(fs.existsSync(path.join(out, png)), png).toBe(false)
        expect(r.err).toContain(`${png} was not drawn: Charts cannot be drawn: the font ${font} ${why}`)
      }
      const md = fs.readFileSync(path.join(out, REPORT_FILES.markdown), 'utf8')
      expect(md).not.toContain(`](${REPORT_FILES.map})`)
      expect(md).toContain(`グラフ \`${REPORT_FILES.map}\` は作成できませんでした`)
    }
  })

  it('writes large totals with thousands separators on the command line', async () => {
    const bigUrl = `file:${path.join(dir, 'big.db')}`
    const big = await openStore({ url: bigUrl })
    await createEvents(big.db, {
      events: [ev({ startDate: '2021-06-01', participants: 330_000 }), ev({ startDate: '2021-07-01', participants: 1_234 })].map((e, i) => ({ data: eventInputSchema.parse(e), sourceKey: `big:${i}` })),
      actor: 'test',
      source: 'import',
    })
    await big.close()
    const r = await runCli(['report', '--fy', '2021', '--out', path.join(dir, 'big-out')], { DATABASE_URL: bigUrl, GRASSROOTS_LANG: 'en' }, dir)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('FY2021: 2 events, 331,234 participants')
    expect(r.out).toContain('2021年度：実施件数2件、延べ参加者数331,234名')
  })

  it('needs --fy, and says when the year has no events', async () => {
    const env = { DATABASE_URL: url, GRASSROOTS_LANG: 'en' }
    expect((await runCli(['report'], env, dir)).code).toBe(2)
    const none = await runCli(['report', '--fy', '2019', '--out', path.join(dir, 'none')], env, dir)
    expect(none.code).toBe(1)
    expect(none.err).toContain('no events in FY2019')
    expect(fs.existsSync(path.join(dir, 'none'))).toBe(false)
  })

  it('counts a fiscal year still running up to --as-of, as `ask` does, and says so', async () => {
    const env = { DATABASE_URL: url, GRASSROOTS_LANG: 'en' }
    const out = path.join(dir, 'as-of')
    // FY2022's event of 2023-03-31 is after the day: not counted yet
    const r = await runCli(['report', '--fy', '2022', '--as-of', '2022-12-01', '--out', out], env, dir)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('FY2022: 2 events, 210 participants')
    const md = fs.readFileSync(path.join(out, REPORT_FILES.markdown), 'utf8')
    expect(md).toContain('FY2022 is not over yet: the figures count the events dated up to 2022-12-01.')
    expect(md).toContain('2022年度は年度途中のため、2022年12月1日までの事業を集計。')
    const ask = await runCli(['ask', '--as-of', '2022-12-01', '--json', 'participants in FY2022'], env, dir)
    expect(JSON.parse(ask.out).value).toBe(210)
    // a finished year says nothing of the kind
    expect(renderFyReportMarkdown(report)).not.toContain('is not over yet')
    const bad = await runCli(['report', '--fy', '2022', '--as-of', '2022-13-01'], env, dir)
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--as-of must be a date YYYY-MM-DD')
  })
})
