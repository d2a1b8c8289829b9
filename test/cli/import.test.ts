import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/client.ts'
import { buildCsv, countRows, freshEnv, row, runCli, writeInput, type Row } from '../helpers/cli-harness.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-cli-import-')

interface Expected {
  startDate: string
  endDate: string | null
  fiscalYear: number
  officeCode: string
  states: string[]
  titleEn: string | null
  titleJa: string | null
  activityType: string
  themes: string[]
  format: string
  participants: number
  partners: string[]
  bestPractice: boolean
}

/** Rows in the forms people type them, each with what it must be stored as. */
function sampleRows(eol: '\n' | '\r\n'): Array<{ input: Row; expected: Expected; summary: string | null }> {
  const summary1 = `First line${eol}second line, with a comma and "quotes"`
  return [
    {
      input: row({
        date: '2022-04-01',
        office: 'シカゴ総領事館',
        states: 'ウィスコンシン州;イリノイ州',
        city: 'Milwaukee',
        title_en: 'Seminar, "Japan" and the Midwest',
        title_ja: '日米経済セミナー',
        type: '情報発信',
        themes: 'climate; trade',
        format: '対面',
        participants: '１２０',
        partners: 'JETRO;Chamber of Commerce',
        best_practice: 'yes',
        summary: summary1,
      }),
      expected: {
        startDate: '2022-04-01',
        endDate: null,
        fiscalYear: 2022,
        officeCode: 'chicago',
        states: ['IL', 'WI'],
        titleEn: 'Seminar, "Japan" and the Midwest',
        titleJa: '日米経済セミナー',
        activityType: 'info',
        themes: ['climate_energy', 'trade_investment'],
        format: 'in_person',
        participants: 120,
        partners: ['JETRO', 'Chamber of Commerce'],
        bestPractice: true,
      },
      summary: summary1,
    },
    {
      input: row({
        date: '2023-01-15',
        office: 'Consulate-General of Japan in New York',
        states: 'New York',
        city: '',
        title_en: 'Japanese food fair',
        type: 'Japanese food',
        format: 'online',
        participants: '1,200',
        best_practice: '',
      }),
      expected: {
        startDate: '2023-01-15',
        endDate: null,
        fiscalYear: 2022,
        officeCode: 'new-york',
        states: ['NY'],
        titleEn: 'Japanese food fair',
        titleJa: null,
        activityType: 'food_pr',
        themes: [],
        format: 'online',
        participants: 1200,
        partners: [],
        bestPractice: false,
      },
      summary: null,
    },
    {
      input: row({
        date: '2021-10-05',
        office: '大使館',
        states: 'DC;Virginia',
        city: 'Washington',
        title_en: '',
        title_ja: 'ワシントン日本祭り',
        type: 'japan_event',
        themes: 'sister city',
        format: 'Hybrid',
        participants: '0',
        summary: 'He said "hello", then left',
      }),
      expected: {
        startDate: '2021-10-05',
        endDate: null,
        fiscalYear: 2021,
        officeCode: 'embassy',
        states: ['DC', 'VA'],
        titleEn: null,
        titleJa: 'ワシントン日本祭り',
        activityType: 'japan_event',
        themes: ['sister_city'],
        format: 'hybrid',
        participants: 0,
        partners: [],
        bestPractice: false,
      },
      summary: 'He said "hello", then left',
    },
    {
      input: row({
        date: '2024-03-31',
        end_date: '2024-04-02',
        office: 'los-angeles',
        states: 'CA',
        title_en: 'LA Expo',
        type: 'business_support',
        themes: 'innovation;supply chain',
        format: 'in_person',
        participants: '10000000',
      }),
      expected: {
        startDate: '2024-03-31',
        endDate: '2024-04-02',
        fiscalYear: 2023,
        officeCode: 'los-angeles',
        states: ['CA'],
        titleEn: 'LA Expo',
        titleJa: null,
        activityType: 'business_support',
        themes: ['innovation_st', 'supply_chain'],
        format: 'in_person',
        participants: 10_000_000,
        partners: [],
        bestPractice: false,
      },
      summary: null,
    },
  ]
}

async function storedEvents(url: string) {
  const store = await openStore({ url })
  try {
    return await store.db.event.findMany({ include: { states: true, themes: true }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }] })
  } finally {
    await store.close()
  }
}

describe('grassroots import: happy path', () => {
  const variants = [
    { name: 'LF, no BOM', eol: '\n' as const, bom: false },
    { name: 'CRLF, no BOM', eol: '\r\n' as const, bom: false },
    { name: 'LF, BOM', eol: '\n' as const, bom: true },
    { name: 'CRLF, BOM', eol: '\r\n' as const, bom: true },
  ]
  it.each(variants)('imports every row of a $name file', async ({ eol, bom }) => {
    const env = freshEnv(dir)
    const samples = sampleRows(eol)
    const { text } = buildCsv(
      samples.map((s) => s.input),
      { eol, bom },
    )
    const file = writeInput(dir, text)
    const run = await runCli(['import', file], env)
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    expect(run.out).toBe(
      `Imported ${samples.length} new event(s) from ${samples.length} row(s); 0 already present (recognised by their content). Fiscal years: FY2021–FY2023.`,
    )

    const counts = await countRows(env.DATABASE_URL)
    expect(counts.events).toBe(samples.length)
    expect(counts.states).toBe(samples.reduce((n, s) => n + s.expected.states.length, 0))
    expect(counts.themes).toBe(samples.reduce((n, s) => n + s.expected.themes.length, 0))
    expect(counts.auditCreates).toBe(samples.length)
    expect(counts.audits).toBe(samples.length)
    expect(counts.batches).toBe(1)

    const stored = await storedEvents(env.DATABASE_URL)
    const expected = [...samples].sort((a, b) => a.expected.startDate.localeCompare(b.expected.startDate))
    expect(stored.map((e) => e.startDate)).toEqual(expected.map((s) => s.expected.startDate))
    for (const [i, e] of stored.entries()) {
      const x = expected[i]!
      expect({
        startDate: e.startDate,
        endDate: e.endDate,
        fiscalYear: e.fiscalYear,
        officeCode: e.officeCode,
        states: e.states.map((s) => s.stateCode).sort(),
        titleEn: e.titleEn,
        titleJa: e.titleJa,
        activityType: e.activityType,
        themes: e.themes.map((t) => t.themeCode).sort(),
        format: e.format,
        participants: e.participants,
        partners: JSON.parse(e.partners) as string[],
        bestPractice: e.bestPractice,
      }).toEqual(x.expected)
      expect(e.summary).toBe(x.summary)
      expect(e.source).toBe('import')
      expect(e.createdBy).toMatch(/^cli:/)
      // each EventState row carries its event's fiscal year
      for (const s of e.states) expect(s.fiscalYear).toBe(x.expected.fiscalYear)
    }
  })

  it('records an audit entry per created event with the event as it was stored', async () => {
    const env = freshEnv(dir)
    const samples = sampleRows('\n')
    const file = writeInput(dir, buildCsv(samples.map((s) => s.input)).text)
    expect((await runCli(['import', file], env)).code).toBe(0)
    const store = await openStore({ url: env.DATABASE_URL })
    try {
      const audits = await store.db.auditEntry.findMany({ orderBy: { id: 'asc' } })
      const events = await store.db.event.findMany()
      expect(audits).toHaveLength(samples.length)
      expect(new Set(audits.map((a) => a.eventId))).toEqual(new Set(events.map((e) => e.id)))
      for (const a of audits) {
        expect(a.action).toBe('create')
        expect(a.source).toBe('import')
        expect(a.before).toBeNull()
        const after = JSON.parse(a.after ?? '{}') as { participants: number; startDate: string }
        const ev = events.find((e) => e.id === a.eventId)!
        expect(after.participants).toBe(ev.participants)
        expect(after.startDate).toBe(ev.startDate)
      }
    } finally {
      await store.close()
    }
  })

  it('names a single fiscal year on its own', async () => {
    const env = freshEnv(dir)
    const file = writeInput(dir, buildCsv([row({ date: '2022-04-01' }), row({ date: '2023-03-31' })]).text)
    const run = await runCli(['import', file], env)
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/Imported 2 new event\(s\) from 2 row\(s\); 0 already present .*Fiscal years: FY2022\.$/)
  })

  it('accepts every cell quoted, as some spreadsheets save them', async () => {
    const env = freshEnv(dir)
    const rows = [row({ participants: '1,234' }), row({ date: '2022-06-01', title_en: 'Two' })]
    const file = writeInput(dir, buildCsv(rows, { quoteAll: true, eol: '\r\n' }).text)
    const run = await runCli(['import', file], env)
    expect(run.code).toBe(0)
    expect((await countRows(env.DATABASE_URL)).events).toBe(2)
    const stored = await storedEvents(env.DATABASE_URL)
    expect(stored.map((e) => e.participants)).toEqual([1234, 10])
  })

  it('accepts DC as a jurisdiction in states', async () => {
    const env = freshEnv(dir)
    const file = writeInput(dir, buildCsv([row({ office: 'embassy', states: 'DC' }), row({ office: 'embassy', states: 'Washington, D.C.;MD', title_en: 'Other' })]).text)
    const run = await runCli(['import', file], env)
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const stored = await storedEvents(env.DATABASE_URL)
    expect(stored.map((e) => e.states.map((s) => s.stateCode).sort())).toEqual([['DC'], ['DC', 'MD']])
  })
})

describe('grassroots import: importing again', () => {
  it('adds nothing when the same file is imported a second time', async () => {
    const env = freshEnv(dir)
    const samples = sampleRows('\r\n')
    const file = writeInput(dir, buildCsv(samples.map((s) => s.input), { eol: '\r\n', bom: true }).text)
    expect((await runCli(['import', file], env)).code).toBe(0)
    const before = await countRows(env.DATABASE_URL)
    const again = await runCli(['import', file], env)
    expect(again.code).toBe(0)
    expect(again.out).toContain(`Imported 0 new event(s) from ${samples.length} row(s); ${samples.length} already present`)
    const after = await countRows(env.DATABASE_URL)
    expect(after.events).toBe(samples.length)
    expect(after.states).toBe(before.states)
    expect(after.themes).toBe(before.themes)
    expect(after.audits).toBe(before.audits)
    // the second run is still recorded as an import batch
    expect(after.batches).toBe(2)
  })

  it('imports two identical rows as two events, and a re-import still adds nothing', async () => {
    const env = freshEnv(dir)
    const same = row({ title_en: 'Twice', participants: '25' })
    const rows = [same, row({ date: '2022-07-07', title_en: 'Once' }), { ...same }]
    const file = writeInput(dir, buildCsv(rows).text)
    const first = await runCli(['import', file], env)
    expect(first.code).toBe(0)
    expect(first.out).toContain(`Imported ${rows.length} new event(s) from ${rows.length} row(s); 0 already present`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(3)
    const stored = await storedEvents(env.DATABASE_URL)
    expect(stored.filter((e) => e.titleEn === 'Twice')).toHaveLength(2)

    const second = await runCli(['import', file], env)
    expect(second.code).toBe(0)
    expect(second.out).toContain(`Imported 0 new event(s) from 3 row(s); 3 already present`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(3)

    // a file with one more copy of the duplicated row adds exactly that copy
    const more = writeInput(dir, buildCsv([...rows, { ...same }]).text)
    const third = await runCli(['import', more], env)
    expect(third.code).toBe(0)
    expect(third.out).toContain(`Imported 1 new event(s) from 4 row(s); 3 already present`)
    expect((await countRows(env.DATABASE_URL)).events).toBe(4)
  })

  it('recognises a row whose cells are written differently but mean the same', async () => {
    const env = freshEnv(dir)
    const a = writeInput(dir, buildCsv([row({ office: 'chicago', states: 'WI;IL', participants: '1200', format: 'in_person' })]).text)
    const b = writeInput(dir, buildCsv([row({ office: 'シカゴ総領事館', states: 'イリノイ州; Wisconsin', participants: '１,２００', format: '対面' })]).text)
    expect((await runCli(['import', a], env)).code).toBe(0)
    const run = await runCli(['import', b], env)
    expect(run.code).toBe(0)
    expect(run.out).toContain('Imported 0 new event(s) from 1 row(s); 1 already present')
    expect((await countRows(env.DATABASE_URL)).events).toBe(1)
  })
})

describe('grassroots import --dry-run', () => {
  it('writes nothing but says what it would do', async () => {
    const env = freshEnv(dir)
    const samples = sampleRows('\n')
    const file = writeInput(dir, buildCsv(samples.map((s) => s.input)).text)
    const dry = await runCli(['import', file, '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect(dry.err).toBe('')
    expect(dry.out).toBe(
      `Dry run: all ${samples.length} row(s) are valid; ${samples.length} event(s) would be created, 0 already present. Fiscal years: FY2021–FY2023. Nothing was written.`,
    )
    const counts = await countRows(env.DATABASE_URL)
    expect(counts).toEqual({ events: 0, states: 0, themes: 0, auditCreates: 0, audits: 0, batches: 0 })
  })

  it('counts rows already present after a real import', async () => {
    const env = freshEnv(dir)
    const first = writeInput(dir, buildCsv([row(), row({ date: '2022-08-01' })]).text)
    expect((await runCli(['import', first], env)).code).toBe(0)
    const bigger = writeInput(dir, buildCsv([row(), row({ date: '2022-08-01' }), row({ date: '2022-09-01' })]).text)
    const dry = await runCli(['import', '--dry-run', bigger], env)
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('Dry run: all 3 row(s) are valid; 1 event(s) would be created, 2 already present.')
    const counts = await countRows(env.DATABASE_URL)
    expect(counts.events).toBe(2)
    expect(counts.batches).toBe(1)
  })

  it('still rejects a bad file, with exit 1', async () => {
    const env = freshEnv(dir)
    const file = writeInput(dir, buildCsv([row(), row({ participants: 'many' })]).text)
    const dry = await runCli(['import', file, '--dry-run'], env)
    expect(dry.code).toBe(1)
    expect(dry.err).toContain('Line 3, column participants: "many" is not a whole number of participants')
    expect(dry.out).toBe('')
  })
})
