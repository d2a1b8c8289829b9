// The report, the digest and App Home give the figures `grassroots ask` gives. Over the demo data in a real
// SQLite file, each document is produced; then every figure in its figure list is asked, in English and in
// Japanese, through the `ask` command's own code path (--json, one question per line on standard input, the
// rule parser it loads), and the answer must (1) be read as exactly the figure's query and (2) give the
// figure the document shows. The documents' figures are taken from the documents themselves (FyReport,
// Digest, HomeSummary), not from the figure lists, so a document that computed a figure some other way
// would fail here.
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { runAsk } from '../../src/cli/commands/ask.ts'
import { loadBaseConfig } from '../../src/config.ts'
import { generateDemoDataset } from '../../src/demo/generate.ts'
import { buildDigest, type Digest } from '../../src/digest/build.ts'
import { digestFigures, type DigestFigures } from '../../src/digest/figures.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { FIFTY_STATES } from '../../src/domain/states.ts'
import { parseQuestion } from '../../src/questions/parser/index.ts'
import { querySchema } from '../../src/questions/query.ts'
import type { Figure } from '../../src/reports/figure.ts'
import { reportFigures, type ReportFigures } from '../../src/reports/figures.ts'
import { buildFyReport, type FyReport } from '../../src/reports/fy-report.ts'
import { HOME_LATEST, homeFigures, homeLatestFigures, type HomeFigures } from '../../src/services/home-figures.ts'
import { homeSummary, type HomeSummary } from '../../src/services/home.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { setDemoRecordedAt } from '../../src/store/demo-data.ts'
import { createEvents } from '../../src/store/events.ts'
import { freshEnv } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-figures-ask-')
const env = freshEnv(dir)
let store: Store

beforeAll(async () => {
  store = await openStore({ url: env.DATABASE_URL })
  const dataset = generateDemoDataset()
  await createEvents(store.db, { events: dataset.events.map((e) => ({ data: e.data, sourceKey: e.sourceKey })), actor: 'demo', source: 'demo' })
  await setDemoRecordedAt(store.db, dataset.events.map((e) => ({ sourceKey: e.sourceKey, recordedAt: e.recordedAt })))
  return () => store.close()
}, 60_000)

// What the test reads of an answer (`grassroots ask --json`): the figure, never the words.
const answerSchema = z.object({
  question: z.string(),
  kind: z.string(),
  value: z.number().nullable().optional(),
  rows: z.array(z.object({ key: z.string(), value: z.number().nullable() })).optional(),
  items: z
    .array(z.union([z.object({ type: z.literal('state'), key: z.string(), firstFiscalYear: z.number().optional() }), z.object({ type: z.literal('event'), id: z.number() })]))
    .optional(),
})
type Answer = z.infer<typeof answerSchema>

interface Asked {
  answer: Answer
  /** What the parser made of the question (the reading the command counted with). */
  reading: ReturnType<typeof parseQuestion>
}

/**
 * Asks the questions as `grassroots ask --json --as-of <asOf> -` does, with the parser the command loads;
 * the parser's readings are recorded on the way.
 */
async function ask(questions: string[], asOf: string): Promise<Asked[]> {
  const out: string[] = []
  const err: string[] = []
  const readings: Array<ReturnType<typeof parseQuestion>> = []
  const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), readStdin: async () => `${questions.join('\n')}\n`, isTty: false }
  const ctx = { io, config: loadBaseConfig(env), lang: 'en' as const, actor: 'test', cwd: dir }
  const code = await runAsk(['--json', '--as-of', asOf, '-'], ctx, {
    parse: (text, options) => {
      const reading = parseQuestion(text, options)
      readings.push(reading)
      return reading
    },
  })
  expect(code, err.join('\n')).toBe(0)
  expect(out).toHaveLength(questions.length)
  expect(readings).toHaveLength(questions.length)
  return out.map((line, i) => ({ answer: answerSchema.parse(JSON.parse(line)), reading: readings[i]! }))
}

// ------------------------------------------------------------------------------------------------------
// Reading an answer's figure.

const value = (a: Answer): number | null | undefined => {
  expect(a.kind, a.question).toBe('scalar')
  return a.value
}

const rows = (a: Answer): Map<string, number> => {
  expect(a.kind, a.question).toBe('breakdown')
  return new Map((a.rows ?? []).map((r) => [r.key, r.value ?? 0]))
}

/** A breakdown shows exactly `expected` (its groups; a group the answer leaves out — a state at 0 — is 0). */
function expectRows(a: Answer, expected: ReadonlyMap<string, number>): void {
  const got = rows(a)
  for (const key of got.keys()) expect(expected.has(key), `${a.question}: row ${key}`).toBe(true)
  for (const [key, n] of expected) expect(got.get(key) ?? 0, `${a.question}: row ${key}`).toBe(n)
}

const stateKeys = (a: Answer): string[] => {
  expect(a.kind, a.question).toBe('list')
  return (a.items ?? []).map((i) => (i.type === 'state' ? i.key : `#${i.type}`)).sort()
}

const eventIds = (a: Answer): number[] => {
  expect(a.kind, a.question).toBe('list')
  return (a.items ?? []).map((i) => (i.type === 'event' ? i.id : -1))
}

const sorted = (xs: readonly string[]) => [...xs].sort()

/** Checks one figure's answer against the document. */
type Check = (a: Answer) => void

/**
 * Asks every figure's question in both languages as of `asOf`; each reading must be the figure's query, and
 * each answer must pass the figure's check. `checks` names a check for every figure of the list (the type
 * makes a figure without one a compile error).
 */
async function askEvery<L extends Record<string, Figure>>(list: L, checks: { [K in keyof L]: Check }, asOf: string): Promise<void> {
  const figures = Object.values(list)
  const questions = figures.flatMap((f) => [f.question.en, f.question.ja])
  const asked = await ask(questions, asOf)
  figures.forEach((figure, i) => {
    for (const { answer, reading } of [asked[2 * i]!, asked[2 * i + 1]!]) {
      expect(reading.kind, `${figure.id}: “${answer.question}” ${JSON.stringify(reading)}`).toBe('query')
      if (reading.kind === 'query') expect(reading.query, `${figure.id}: “${answer.question}”`).toEqual(querySchema.parse(figure.query))
      checks[figure.id as keyof L](answer)
    }
  })
}

// ------------------------------------------------------------------------------------------------------
// The fiscal-year report.

function reportChecks(r: FyReport): { [K in keyof ReportFigures]: Check } {
  const stateRows = (pick: (s: FyReport['states'][number]) => number) => new Map(r.states.map((s) => [s.code, pick(s)]))
  const years = (pick: (y: FyReport['byFiscalYear'][number]) => number) => new Map(r.byFiscalYear.map((y) => [String(y.fiscalYear), pick(y)]))
  const regions = (pick: (g: FyReport['regions'][number]) => number) => new Map(r.regions.map((g) => [g.code, pick(g)]))
  const offices = (pick: (o: FyReport['offices'][number]) => number) => new Map(r.offices.map((o) => [o.code, pick(o)]))
  const fifty = FIFTY_STATES.map((s) => s.code)
  return {
    recordedFiscalYears: (a) => expect(Number([...rows(a).keys()][0])).toBe(r.firstFy),
    fyEvents: (a) => expect(value(a)).toBe(r.fyTotals.events),
    fyParticipants: (a) => expect(value(a)).toBe(r.fyTotals.participants),
    cumulativeEvents: (a) => expect(value(a)).toBe(r.cumulativeTotals.events),
    cumulativeParticipants: (a) => expect(value(a)).toBe(r.cumulativeTotals.participants),
    fyStatesCovered: (a) => expect(value(a)).toBe(r.coverage.statesCoveredInFy),
    cumulativeStatesCovered: (a) => expect(value(a)).toBe(r.coverage.statesCoveredCumulative),
    eventsByFiscalYear: (a) => expectRows(a, years((y) => y.events)),
    participantsByFiscalYear: (a) => expectRows(a, years((y) => y.participants)),
    fyEventsByState: (a) => expectRows(a, stateRows((s) => s.fyEvents)),
    cumulativeEventsByState: (a) => expectRows(a, stateRows((s) => s.cumulativeEvents)),
    firstFiscalYearByState: (a) => {
      expect(a.kind, a.question).toBe('list')
      const first = new Map((a.items ?? []).flatMap((i) => (i.type === 'state' && i.firstFiscalYear !== undefined ? [[i.key, i.firstFiscalYear] as const] : [])))
      for (const s of r.states.filter((s) => s.isState)) {
        const asked = first.get(s.code)
        // the report gives the first year up to its FY only
        expect(asked !== undefined && asked <= r.fy ? asked : null, `${a.question}: ${s.code}`).toBe(s.firstFy)
      }
    },
    dcEventsByFiscalYear: (a) => {
      const dc = r.states.find((s) => s.code === 'DC')!
      const first = [...rows(a)].find(([, n]) => n > 0)?.[0]
      expect(first === undefined ? null : Number(first)).toBe(dc.firstFy)
      expect([...rows(a).values()].reduce((n, x) => n + x, 0)).toBe(r.coverage.dc.cumulativeEvents)
    },
    fyEventsByRegion: (a) => expectRows(a, regions((g) => g.fyEvents)),
    cumulativeEventsByRegion: (a) => expectRows(a, regions((g) => g.cumulativeEvents)),
    fyEventsByOffice: (a) => expectRows(a, offices((o) => o.fy.events)),
    fyParticipantsByOffice: (a) => expectRows(a, offices((o) => o.fy.participants)),
    cumulativeEventsByOffice: (a) => expectRows(a, offices((o) => o.cumulative.events)),
    cumulativeParticipantsByOffice: (a) => expectRows(a, offices((o) => o.cumulative.participants)),
    fyFirstTimeStates: (a) => expect(stateKeys(a)).toEqual(sorted(r.coverage.firstTimeInFy)),
    fyUncoveredStates: (a) => {
      expect(stateKeys(a)).toEqual(sorted(r.coverage.notCoveredInFy))
      expect(sorted(fifty.filter((c) => !stateKeys(a).includes(c)))).toEqual(sorted(r.coverage.coveredInFy))
    },
    cumulativeUncoveredStates: (a) => {
      expect(stateKeys(a)).toEqual(sorted(r.coverage.notCoveredCumulative))
      expect(sorted(fifty.filter((c) => !stateKeys(a).includes(c)))).toEqual(sorted(r.coverage.coveredCumulative))
    },
    // newest first in an answer, oldest first in the report
    fyBestPractices: (a) => expect(eventIds(a)).toEqual(r.bestPractices.map((e) => e.id).reverse()),
  }
}

describe('the fiscal-year report gives the figures `ask` gives', () => {
  // FY2022 counted when the task force's report came out (the demo's date); FY2019 has a cumulative span
  // shorter than all records
  for (const [fy, asOf] of [
    [2022, '2023-08-01'],
    [2019, '2023-08-01'],
  ] as const) {
    it(`FY${fy} as of ${asOf}: every figure, asked in English and Japanese`, async () => {
      const report = await buildFyReport(store.db, { fy, asOf })
      // the demo data as the task force reported it: a check that the report is about real figures
      if (fy === 2022) {
        expect(report.fyTotals.events).toBe(88)
        expect(report.cumulativeTotals.events).toBe(1115)
        expect(report.coverage.firstTimeInFy).toEqual(['WY'])
        expect(report.bestPractices.length).toBeGreaterThan(0)
      }
      await askEvery(reportFigures({ fy, firstFy: report.firstFy }), reportChecks(report), asOf)
    }, 60_000)
  }
})

// ------------------------------------------------------------------------------------------------------
// The weekly digest.

function digestChecks(d: Digest): { [K in keyof DigestFigures]: Check } {
  // 'YYYY-MM' of a month of the digest's FY (April–December in its first year, January–March in the next)
  const monthKey = (fy: number, month: number) => `${month >= 4 ? fy : fy + 1}-${String(month).padStart(2, '0')}`
  const months = (fy: number, pick: (m: Digest['monthly'][number]) => number) => new Map(d.monthly.map((m) => [monthKey(fy, m.month), pick(m)]))
  return {
    fyToDateEvents: (a) => expect(value(a)).toBe(d.fyToDate.events),
    fyToDateParticipants: (a) => expect(value(a)).toBe(d.fyToDate.participants),
    fyToDateStatesCovered: (a) => expect(value(a)).toBe(d.fyToDate.statesCovered),
    previousFyToDateEvents: (a) => expect(value(a)).toBe(d.previousFyToDate.events),
    previousFyToDateParticipants: (a) => expect(value(a)).toBe(d.previousFyToDate.participants),
    previousFyToDateStatesCovered: (a) => expect(value(a)).toBe(d.previousFyToDate.statesCovered),
    firstTimeStates: (a) => expect(stateKeys(a)).toEqual(sorted(d.firstTimeStates)),
    fyToDateEventsByOffice: (a) => {
      const got = rows(a)
      expect(OFFICES.filter((o) => (got.get(o.code) ?? 0) === 0).map((o) => o.code)).toEqual(d.officesWithoutEvents)
      expect([...got.values()].reduce((n, x) => n + x, 0)).toBe(d.fyToDate.events)
    },
    fyToDateEventsByMonth: (a) => expectRows(a, months(d.fiscalYear, (m) => m.current)),
    previousFyToDateEventsByMonth: (a) => expectRows(a, months(d.fiscalYear - 1, (m) => m.previous)),
  }
}

describe('the weekly digest gives the figures `ask` gives, as of the last day of its week', () => {
  // the demo's digest (the week of the Anchorage symposium), one early in a FY, one after Wyoming's first
  // event (September 2022), one early in the first FY (no previous FY)
  for (const asOf of ['2023-01-30', '2022-04-11', '2022-10-24', '2017-06-12']) {
    it(`the digest of ${asOf}: every figure, asked in English and Japanese`, async () => {
      const digest = await buildDigest(store.db, { asOf, timeZone: 'Asia/Tokyo' })
      const figures = digestFigures({ fiscalYear: digest.fiscalYear, current: digest.fyToDate.range, previous: digest.previousFyToDate.range })
      await askEvery(figures, digestChecks(digest), digest.period.to)
    }, 60_000)
  }

  it('the digest of 2022-10-24 names Wyoming, covered for the first time in FY2022', async () => {
    const digest = await buildDigest(store.db, { asOf: '2022-10-24', timeZone: 'Asia/Tokyo' })
    expect(digest.firstTimeStates).toContain('WY')
  })
})

// ------------------------------------------------------------------------------------------------------
// App Home.

function homeChecks(totals: HomeSummary['all']): { [K in keyof HomeFigures]: Check } {
  return {
    events: (a) => expect(value(a)).toBe(totals.events),
    participants: (a) => expect(value(a)).toBe(totals.participants),
    statesCovered: (a) => expect(value(a)).toBe(totals.states),
    dcEvents: (a) => expect((value(a) ?? 0) > 0).toBe(totals.dc),
  }
}

describe('App Home gives the figures `ask` gives, as of today', () => {
  // mid-FY2022, with FY2022 events dated after "today" in the data (not counted yet, as in an answer)
  const today = '2022-11-15'

  it('for everyone and for the user’s office', async () => {
    await store.db.userPreference.upsert({ where: { userId: 'U0HOME' }, create: { userId: 'U0HOME', lastOfficeCode: 'embassy' }, update: { lastOfficeCode: 'embassy' } })
    const summary = await homeSummary(store.db, { userId: 'U0HOME', today })
    expect(summary.countedThrough).toBe(today)
    expect(summary.office?.code).toBe('embassy')
    // the FY2022 events dated after today are not counted, as `ask` does not count them
    const fy2022 = await store.db.event.count({ where: { fiscalYear: 2022 } })
    expect(summary.all.events).toBeLessThan(fy2022)
    expect(summary.latest.every((e) => e.startDate <= today)).toBe(true)
    expect(summary.all.dc).toBe(true)
    await askEvery(homeFigures({}), homeChecks(summary.all), today)
    await askEvery(homeFigures({ officeCode: 'embassy' }), homeChecks(summary.office!.totals), today)
    await askEvery(homeLatestFigures({}), { latestEvents: (a) => expect(eventIds(a)).toEqual(summary.latest.map((e) => e.id)) }, today)
    expect(summary.latest).toHaveLength(HOME_LATEST)
  }, 60_000)

  it('every office’s questions are read as that office’s queries', async () => {
    for (const o of OFFICES) {
      for (const figure of Object.values(homeFigures({ officeCode: o.code }))) {
        expect(figure.query.filters.offices).toEqual([o.code])
        for (const question of [figure.question.en, figure.question.ja]) {
          const reading = parseQuestion(question, { asOf: today })
          expect(reading.kind === 'query' ? reading.query : reading, question).toEqual(querySchema.parse(figure.query))
        }
      }
    }
  })
})
