// `grassroots demo` end to end: the generated data must reproduce the task force's report of August 2023.
// Every figure is read back from the database — through the question answering, and again through plain
// Prisma counts — never from the generator's own tables.
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { OFFICES, officeByCode } from '../../src/domain/offices.ts'
import { FIFTY_STATES } from '../../src/domain/states.ts'
import { answerQuestion } from '../../src/questions/answer-question.ts'
import { parseQuestion } from '../../src/questions/parser/index.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvent } from '../../src/store/events.ts'
import { generateDemoDataset } from '../../src/demo/generate.ts'
import { runCli } from '../helpers/cli-harness.ts'
import { joinDateLines, readDeck, readWorkbook } from '../helpers/office-files.ts'
import { tmpDir } from '../helpers/tmp.ts'

// The figures as the report prints them (資料１, 令和５年８月 外務省経済局).
const REPORT = {
  eventsFy2022: 88, // 2022年度実施案件88件
  eventsCumulative: 1115, // 2017年度からの累計1,115件
  participants: { 2017: 770_000, 2018: 1_100_000, 2019: 380_000, 2020: 880_000, 2021: 330_000, 2022: 300_000 } as Record<number, number>,
  participantsTotal: 3_760_000, // 延べ参加者数約3,760,000名
}

const dir = tmpDir('grassroots-demo-')
const dbFile = path.join(dir, 'demo.db')
let run: Awaited<ReturnType<typeof runCli>>
let store: Store
let seconds = 0

beforeAll(async () => {
  const t0 = performance.now()
  run = await runCli(['demo', '--yes', '--db-file', dbFile, '--out', path.join(dir, 'out')], { GRASSROOTS_LANG: 'en' }, dir)
  seconds = (performance.now() - t0) / 1000
  store = await openStore({ url: `file:${dbFile}` })
  return () => store.close()
}, 120_000)

const ask = (question: string) => answerQuestion({ db: store.db, parse: parseQuestion, asOf: '2023-08-01', question })

describe('grassroots demo', () => {
  it('runs in under a minute and says the data is generated', () => {
    expect(run.code, run.err).toBe(0)
    expect(seconds).toBeLessThan(60)
    expect(run.out).toMatch(/GENERATED/)
    expect(run.out).toContain('実在の事業ではありません')
  })

  it('answers the report questions in both languages with the report figures', async () => {
    for (const q of ['How many events in FY2022?', '2022年度の案件数は？']) {
      const a = await ask(q)
      expect(a.kind).toBe('scalar')
      expect(a.value).toBe(REPORT.eventsFy2022)
    }
    for (const q of ['How many events since FY2017?', '2017年度からの累計件数は？']) {
      expect((await ask(q)).value).toBe(REPORT.eventsCumulative)
    }
    for (const q of ['How many states have we covered so far?', 'これまでに何州で事業を実施しましたか？']) {
      expect((await ask(q)).value).toBe(50)
    }
    const byFy = await ask('Participants by fiscal year')
    expect(byFy.kind).toBe('breakdown')
    const rows = Object.fromEntries((byFy.rows ?? []).map((r) => [Number(r.key), r.value]))
    expect(rows).toEqual(REPORT.participants)
    expect((await ask('Total participants since FY2017')).value).toBe(REPORT.participantsTotal)
  })

  it('answers when Wyoming was first covered, and that it completed the 50 states (ワイオミング州で初の事業、全州網羅)', async () => {
    for (const q of ['ワイオミング州で初めて事業を実施したのは何年度？', 'When did we first hold an event in Wyoming?']) {
      const a = await ask(q)
      expect(a.items).toEqual([expect.objectContaining({ type: 'state', key: 'WY', firstFiscalYear: 2022 })])
      expect(a.text.ja).toContain('2022年度（令和4年度）')
    }
    const all = await ask('全州を網羅したのはいつ？')
    const firsts = (all.items ?? []).map((i) => ('firstFiscalYear' in i ? i.firstFiscalYear : undefined))
    expect(firsts).toHaveLength(50)
    expect(Math.max(...firsts.map(Number))).toBe(2022)
    expect(all.text.ja).toContain('全50州で事業を実施済み')
    expect(all.text.en).toContain('Wyoming')
    // every state is named with the fiscal year of its first event, grouped by that year
    const firstYearOf = new Map((all.items ?? []).flatMap((i) => ('firstFiscalYear' in i && 'key' in i ? [[i.key, i.firstFiscalYear] as const] : [])))
    const lines = all.text.en.split('\n').filter((l) => /^FY\d{4}: /.test(l))
    const listed = lines.flatMap((l) => [...l.matchAll(/\(([A-Z]{2})\)/g)].map((m) => [m[1], Number(l.slice(2, 6))] as const))
    expect(listed).toHaveLength(50)
    for (const [state, fy] of listed) expect(firstYearOf.get(state!), state).toBe(fy)
    expect(all.text.ja).toMatch(/初回実施年度別の州：\n2017年度/)
    const newIn2022 = await ask('which states were covered for the first time in FY2022?')
    expect((newIn2022.items ?? []).map((i) => ('key' in i ? i.key : ''))).toEqual(['WY'])
  })

  it('prints those answers, a digest preview and the report files', () => {
    expect(run.out).toContain('There were 88 events in FY2022')
    expect(run.out).toContain('2022年度（令和4年度）の実施件数は88件です。')
    expect(run.out).toMatch(/Weekly digest: .* \/ 週次ダイジェスト/)
    for (const f of ['report.md', 'participants-by-fy.png', 'events-by-state-map.png', 'states.csv']) {
      expect(fs.statSync(path.join(dir, 'out', f)).size).toBeGreaterThan(100)
    }
  })

  it('writes the deck and the workbook in Japanese, with the figures as the report gives them', async () => {
    expect(run.out).toContain('report.pptx')
    expect(run.out).toContain('report.xlsx')
    const deck = await readDeck(fs.readFileSync(path.join(dir, 'out', 'report.pptx')))
    expect(deck.slides[0]!.paragraphs).toEqual(expect.arrayContaining(['資料１', '令和５年８月', '外務省経済局']))
    const achievements = deck.slides[1]!.text
    expect(achievements).toContain('（2022年度実施案件88件、2017年度からの累計1,115件）。2022年度にワイオミング州で事業を実施したことで、全州網羅的にグラスルーツ事業を展開することを達成。')
    expect(deck.slides[1]!.paragraphs).toEqual(expect.arrayContaining(['＊延べ参加者数約3,760,000名（約376万名）', '2017年度：約770,000名', '2018年度：約1,100,000名', '2022年度：約300,000名']))
    expect(deck.charts[0]!.values).toEqual(Object.values(REPORT.participants))
    expect(deck.slides[2]!.targets.some((t) => t.startsWith('ppt/media/'))).toBe(true)
    // the seed's slide: category headings in its order, each best practice as （office：title（month）), the CIC
    // programme of 2018 still listed in FY2022 as ongoing (2018年～, 継続中)
    const headings = deck.slides[3]!.paragraphs.filter((p) => /^（[１-９]）/.test(p))
    expect(headings).toEqual([
      '（１）総領事館が所在しない地域での事業',
      '（２）行動計画2.0を踏まえた事業',
      '（３）「新しい資本主義」の経済政策を踏まえた事業',
      '（４）デジタル田園都市国家構想に関する事業',
    ])
    expect(joinDateLines(deck.slides[3]!.paragraphs)).toEqual(expect.arrayContaining([
      '（シカゴ総：草の根キャラバン：ウィスコンシン州の日系企業工場視察（2022年5月））',
      '（アンカレジ事務所：オンライン北極シンポジウム（2023年1月））',
      '（ボストン総：CIC（ケンブリッジ・イノベーション・センター）（2018年～））',
      '（ヒューストン総：高齢化社会ウェビナー（オクラホマ州）（2022年6月））',
      '2018年度から継続中の事業（2022年度も継続中）。',
    ]))
    expect(deck.slides.every((s) => s.text.includes('デモデータ'))).toBe(true)
    const wb = await readWorkbook(fs.readFileSync(path.join(dir, 'out', 'report.xlsx')))
    expect(wb.getWorksheet('事業一覧')!.rowCount).toBe(1 + REPORT.eventsFy2022)
  })

  it('still prints its answers and digest when the font is missing or not a font, naming each image not drawn and why', async () => {
    const garbage = path.join(dir, 'garbage.ttf')
    fs.writeFileSync(garbage, 'not a font')
    for (const [font, why] of [[path.join(dir, 'missing.ttf'), 'does not exist'], [garbage, 'is not a TrueType or OpenType font']] as const) {
      const out = path.join(dir, `out-${path.basename(font)}`)
      const r = await runCli(['demo', '--yes', '--db-file', path.join(dir, 'no-font.db'), '--out', out], { GRASSROOTS_LANG: 'en', GRASSROOTS_FONT: font }, dir)
      expect(r.code, r.err).toBe(0)
      expect(r.out).toContain('There were 88 events in FY2022')
      expect(r.out).toContain('2022年度（令和4年度）の実施件数は88件です。')
      expect(r.out).toMatch(/Weekly digest: .* \/ 週次ダイジェスト/)
      expect(fs.statSync(path.join(out, 'report.md')).size).toBeGreaterThan(100)
      // the deck is written all the same, saying where the map would be
      expect((await readDeck(fs.readFileSync(path.join(out, 'report.pptx')))).slides[2]!.text).toContain('地図は未作成')
      for (const png of ['participants-by-fy.png', 'events-by-state-map.png']) {
        expect(fs.existsSync(path.join(out, png))).toBe(false)
        expect(r.err).toContain(`${png} was not drawn: Charts cannot be drawn: the font ${font} ${why}.`)
      }
    }
  }, 120_000)

  it('matches the report in independent counts: events, participants, Wyoming last', async () => {
    const db = store.db
    expect(await db.event.count()).toBe(REPORT.eventsCumulative)
    expect(await db.event.count({ where: { fiscalYear: 2022 } })).toBe(REPORT.eventsFy2022)
    expect(await db.event.count({ where: { source: { not: 'demo' } } })).toBe(0)
    const sums = await db.event.groupBy({ by: ['fiscalYear'], _sum: { participants: true }, orderBy: { fiscalYear: 'asc' } })
    expect(Object.fromEntries(sums.map((s) => [s.fiscalYear, s._sum.participants]))).toEqual(REPORT.participants)
    const states = await db.eventState.groupBy({ by: ['stateCode'], _min: { fiscalYear: true } })
    const first = new Map(states.map((s) => [s.stateCode, s._min.fiscalYear]))
    for (const s of FIFTY_STATES) expect(first.has(s.code), s.code).toBe(true)
    expect(first.get('WY')).toBe(2022)
    const newIn2022 = [...first].filter(([code, fy]) => fy === 2022 && code !== 'DC').map(([code]) => code)
    expect(newIn2022).toEqual(['WY'])
    expect(await db.event.count({ where: { participants: { lt: 0 } } })).toBe(0)
  })

  it('holds the four FY2022 best practices of the report as real records, under its categories, the CIC programme ongoing since 2018', async () => {
    // the FY2022 report lists the year's best practices and the ongoing ones that started earlier
    const bp = await store.db.event.findMany({
      where: { bestPractice: true, OR: [{ fiscalYear: 2022 }, { ongoing: true, startDate: { lt: '2022-04-01' } }] },
      include: { states: true, themes: true },
      orderBy: { bestPracticeCategory: 'asc' },
    })
    const order = ['no-consulate', 'action-plan-2', 'new-capitalism', 'digital-garden-city']
    bp.sort((a, b) => order.indexOf(a.bestPracticeCategory ?? '') - order.indexOf(b.bestPracticeCategory ?? ''))
    const brief = bp.map((e) => ({
      category: e.bestPracticeCategory,
      office: e.officeCode,
      month: e.startDate.slice(0, 7),
      fy: e.fiscalYear,
      ongoing: e.ongoing,
      states: e.states.map((s) => s.stateCode).sort(),
      format: e.format,
      themes: e.themes.map((t) => t.themeCode).sort(),
    }))
    expect(brief).toEqual([
      { category: 'no-consulate', office: 'chicago', month: '2022-05', fy: 2022, ongoing: false, states: ['WI'], format: 'in_person', themes: expect.any(Array) },
      { category: 'action-plan-2', office: 'anchorage', month: '2023-01', fy: 2022, ongoing: false, states: ['AK'], format: 'online', themes: ['climate_energy'] },
      { category: 'new-capitalism', office: 'boston', month: expect.stringMatching(/^2018-/), fy: 2018, ongoing: true, states: ['MA'], format: 'in_person', themes: ['innovation_st'] },
      { category: 'digital-garden-city', office: 'houston', month: '2022-06', fy: 2022, ongoing: false, states: ['OK'], format: 'online', themes: ['digital_garden_city', 'sister_city'] },
    ])
    expect(await store.db.bestPracticeCategory.findMany({ orderBy: { sortOrder: 'asc' }, select: { code: true, nameJa: true } })).toEqual([
      { code: 'no-consulate', nameJa: '総領事館が所在しない地域での事業' },
      { code: 'action-plan-2', nameJa: '行動計画2.0を踏まえた事業' },
      { code: 'new-capitalism', nameJa: '「新しい資本主義」の経済政策を踏まえた事業' },
      { code: 'digital-garden-city', nameJa: 'デジタル田園都市国家構想に関する事業' },
    ])
    const [caravan, arctic, cic, webinar] = bp
    expect(caravan?.activityType).toBe('business_support')
    expect(caravan?.titleJa).toContain('キャラバン')
    expect(caravan?.summary).toContain('ウィスコンシン州の日系企業工場への視察')
    expect(webinar?.summary).toContain('宇都宮市長からのビデオ・メッセージ')
    expect(webinar?.summary).toContain('Tulsa')
    expect(cic?.summary).toContain('筑波大学発のスタートアップ')
    expect(cic?.summary).toContain('University of Tsukuba')
    expect(arctic?.activityType).toBe('info')
    expect(arctic?.summary).toContain('竹若北極担当大使')
    for (const e of bp) {
      expect(e.titleEn).toBeTruthy()
      expect(e.titleJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
    }
  })

  it('keeps offices to their states (the embassy anywhere; online events may reach further)', async () => {
    const events = await store.db.event.findMany({ include: { states: true } })
    let checked = 0
    for (const e of events) {
      if (e.officeCode === 'embassy' || e.format === 'online') continue
      const served = officeByCode(e.officeCode).states
      for (const s of e.states) expect(served, `${e.id} ${e.officeCode} ${s.stateCode}`).toContain(s.stateCode)
      checked += 1
    }
    expect(checked).toBeGreaterThan(500)
    const offices = new Set(events.map((e) => e.officeCode))
    expect(offices.size).toBe(OFFICES.length)
  })

  it('holds no event on a day the offices are closed (年末年始 29 December – 3 January, 25 December, 4 July, Thanksgiving)', async () => {
    const events = await store.db.event.findMany({ select: { id: true, startDate: true } })
    const closed = events.filter((e) => {
      const [y, m, d] = e.startDate.split('-').map(Number) as [number, number, number]
      const thanksgiving = 22 + ((4 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7) // 4th Thursday of November
      return (m === 12 && (d === 25 || d >= 29)) || (m === 1 && d <= 3) || (m === 7 && d === 4) || (m === 11 && d === thanksgiving)
    })
    expect(closed.map((e) => e.startDate)).toEqual([])
    expect(events.length).toBe(1115)
  })

  it('tags each kind of activity with themes that fit it (a food fair is no 新しい資本主義 event)', async () => {
    const events = await store.db.event.findMany({ where: { source: 'demo' }, select: { id: true, activityType: true, themes: { select: { themeCode: true } } } })
    // what each kind of activity can be about (the bureau's types, src/domain/catalog.ts)
    const fits: Record<string, readonly string[]> = {
      japan_event: ['sister_city', 'trade_investment'],
      food_pr: ['sister_city', 'trade_investment', 'supply_chain'],
    }
    const misfits = events.flatMap((e) => e.themes.filter((t) => fits[e.activityType] !== undefined && !fits[e.activityType]?.includes(t.themeCode)).map((t) => `${e.id} ${e.activityType} ${t.themeCode}`))
    expect(misfits).toEqual([])
    expect(events.filter((e) => e.activityType === 'food_pr' && e.themes.length > 0).length).toBeGreaterThan(10)
  })

  it('has more online events in FY2020–FY2021 and Action Plan 2.0 themes in later years', async () => {
    const db = store.db
    const share = async (fys: number[]) =>
      (await db.event.count({ where: { fiscalYear: { in: fys }, format: 'online' } })) / (await db.event.count({ where: { fiscalYear: { in: fys } } }))
    const pandemic = await share([2020, 2021])
    expect(pandemic).toBeGreaterThan(0.4)
    expect(pandemic).toBeGreaterThan(3 * (await share([2017, 2018, 2019])))
    expect(pandemic).toBeGreaterThan(await share([2022]))
    const actionPlan = ['climate_energy', 'supply_chain', 'digital_garden_city', 'new_capitalism']
    const themed = async (fys: number[]) =>
      (await db.event.count({ where: { fiscalYear: { in: fys }, themes: { some: { themeCode: { in: actionPlan } } } } })) /
      (await db.event.count({ where: { fiscalYear: { in: fys } } }))
    expect(await themed([2021, 2022])).toBeGreaterThan(3 * (await themed([2017, 2018, 2019])))
  })

  it('writes titles in both languages for every event', async () => {
    const missing = await store.db.event.count({ where: { OR: [{ titleEn: null }, { titleJa: null }] } })
    expect(missing).toBe(0)
    const sample = await store.db.event.findMany({ take: 50, orderBy: { id: 'asc' } })
    for (const e of sample) expect(e.titleJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })
})

describe('the demo generator', () => {
  it('is deterministic for a seed, and another seed gives other events with the same totals', () => {
    const a = generateDemoDataset({ seed: 7 })
    expect(JSON.stringify(generateDemoDataset({ seed: 7 }))).toBe(JSON.stringify(a))
    const b = generateDemoDataset({ seed: 8 })
    expect(b.events.map((e) => e.data.titleEn)).not.toEqual(a.events.map((e) => e.data.titleEn))
    const total = (d: typeof a) => d.events.reduce((s, e) => s + e.data.participants, 0)
    expect(total(b)).toBe(total(a))
    expect(b.events.length).toBe(a.events.length)
  })
})

describe('grassroots demo with real data in the database', () => {
  const dir2 = tmpDir('grassroots-demo-real-')
  const file = path.join(dir2, 'real.db')

  beforeAll(async () => {
    const s = await openStore({ url: `file:${file}` })
    await createEvent(s.db, {
      event: {
        sourceKey: 'import:real-1',
        data: {
          startDate: '2024-05-10', endDate: null, fiscalYear: 2024, officeCode: 'chicago', stateCodes: ['WI'], city: 'Milwaukee',
          titleEn: 'A real seminar', titleJa: null, activityType: 'info', themes: [], format: 'in_person', participants: 30,
          partners: [], bestPractice: false, summary: null,
        },
      },
      actor: 'test',
      source: 'import',
    })
    await s.close()
  })

  it('refuses without --yes when not in a terminal, and changes nothing', async () => {
    const r = await runCli(['demo', '--db-file', file, '--out', path.join(dir2, 'out')], { GRASSROOTS_LANG: 'en' }, dir2)
    expect(r.code).toBe(1)
    expect(r.err).toContain('1 event(s) that are not demo data')
    expect(r.err).toContain('--yes')
    const s = await openStore({ url: `file:${file}` })
    try {
      expect(await s.db.event.count()).toBe(1)
      expect(await s.db.event.count({ where: { source: 'import' } })).toBe(1)
    } finally {
      await s.close()
    }
    expect(fs.existsSync(path.join(dir2, 'out'))).toBe(false)
  })

  it('says so in Japanese too', async () => {
    const r = await runCli(['demo', '--db-file', file], { GRASSROOTS_LANG: 'ja' }, dir2)
    expect(r.code).toBe(1)
    expect(r.err).toContain('デモ以外の事業が1件登録されています')
  })

  it('replaces it with --yes', async () => {
    const r = await runCli(['demo', '--yes', '--db-file', file, '--out', path.join(dir2, 'out')], { GRASSROOTS_LANG: 'en' }, dir2)
    expect(r.code, r.err).toBe(0)
    const s = await openStore({ url: `file:${file}` })
    try {
      expect(await s.db.event.count({ where: { source: { not: 'demo' } } })).toBe(0)
      expect(await s.db.event.count()).toBe(REPORT.eventsCumulative)
    } finally {
      await s.close()
    }
  }, 120_000)
})
