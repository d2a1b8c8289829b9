import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { answerSchema, renderAnswer, type Answer } from '../../src/questions/answer.ts'
import { executeQuery } from '../../src/questions/execute.ts'
import { createQuestionService } from '../../src/services/questions.ts'
import { displayWidth, formatJaCount, formatNumber } from '../../src/questions/numbers.ts'
import type { Filters, Query } from '../../src/questions/query.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { makeEvents, storeEvents, type StoredEvent } from './fixtures.ts'

describe('number formatting', () => {
  it('writes English figures with thousands separators', () => {
    expect(formatNumber(3_760_000)).toBe('3,760,000')
    expect(formatNumber(88)).toBe('88')
    expect(formatNumber(123.4)).toBe('123.4')
  })

  it('writes Japanese large figures exactly, with the bureau\'s 約…万 reading beside them (the rounding: test/i18n/format.test.ts)', () => {
    expect(formatJaCount(3_760_000, '人')).toBe('3,760,000人（約376万人）')
    expect(formatJaCount(3_765_432, '人')).toBe('3,765,432人（約377万人）')
    expect(formatJaCount(123_456_789, '人')).toBe('123,456,789人（約12,346万人）')
    expect(formatJaCount(1_115, '件')).toBe('1,115件')
    expect(formatJaCount(88, '件')).toBe('88件')
    // below 100,000 the 万 form would only add noise: 75,703人, not 75,703人（約8万人）
    expect(formatJaCount(75_703, '人')).toBe('75,703人')
    expect(formatJaCount(300_000, '人')).toBe('300,000人（約30万人）')
  })

  it('counts full-width characters as two columns in tables', () => {
    expect(displayWidth('中西部')).toBe(6)
    expect(displayWidth('Midwest')).toBe(7)
  })
})

const dir = tmpDir('grassroots-answer-')
const AS_OF = '2024-06-15'
let store: Store
let events: StoredEvent[]
let report: Store

/** The task force's published FY2017–FY2022 participant totals, as one event per year. */
const REPORT_PARTICIPANTS: Array<[string, number]> = [
  ['2017-06-01', 770_000],
  ['2018-06-01', 1_100_000],
  ['2019-06-01', 380_000],
  ['2020-06-01', 880_000],
  ['2021-06-01', 330_000],
  ['2022-06-01', 300_000],
]

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/answer.db` })
  // the events an answer as of AS_OF counts: those dated after it are stored but never counted
  events = (await storeEvents(store.db, makeEvents(300, 11))).filter((e) => e.startDate <= AS_OF)
  report = await openStore({ url: `file:${dir}/report.db` })
  const base = makeEvents(1, 3)[0] as EventData
  await storeEvents(
    report.db,
    REPORT_PARTICIPANTS.map(([date, participants]) => ({ ...base, startDate: date, fiscalYear: fiscalYearOf(date), participants, stateCodes: ['WY'] })),
    'report',
  )
})
afterAll(async () => {
  await store.close()
  await report.close()
})

const f = (over: Partial<Filters> = {}): Filters => ({ period: { kind: 'all' }, ...over })

async function answer(query: Query, db = store, question = 'q'): Promise<Answer> {
  const result = await executeQuery(db.db, query, { asOf: AS_OF })
  const a = renderAnswer({ question, result })
  expect(answerSchema.parse(a)).toEqual(a)
  expect(a.text.en).not.toContain('約')
  expectExactBeforeAbout(a.text.ja)
  for (const lang of ['en', 'ja'] as const) {
    expect(a.text[lang]).not.toContain('undefined')
    expect(a.interpretation[lang]).not.toContain('undefined')
  }
  return a
}

/**
 * An answer never gives a rounded figure alone: every 約 is the 万 reading of the exact figure just before it
 * (3,760,000名（約376万名）), and reads that figure rounded to the nearest 万.
 */
function expectExactBeforeAbout(text: string): void {
  const abouts = text.split('約').length - 1
  const readings = [...text.matchAll(/([\d,]+)([^\d,（]{1,2})（約([\d,]+)万\2）/gu)]
  expect(readings.length, text).toBe(abouts)
  for (const [, exact = '', , man = ''] of readings) expect(Math.round(Number(exact.replace(/,/g, '')) / 10_000), text).toBe(Number(man.replace(/,/g, '')))
}

describe('renderAnswer: scalar answers', () => {
  it('says the figure and what was counted, with the dates and the matched count, in both languages', async () => {
    const n = events.filter((e) => e.fiscalYear === 2022).length
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }) })
    expect(a.kind).toBe('scalar')
    expect(a.value).toBe(n)
    expect(a.text.en).toBe(`There were ${n} events in FY2022.`)
    expect(a.text.ja).toBe(`2022年度（令和4年度）の実施件数は${n}件です。`)
    expect(a.interpretation.en).toBe(`Counted: events · FY2022 (2022-04-01 – 2023-03-31) · all offices · ${n} events matched`)
    expect(a.interpretation.ja).toBe(`集計対象：実施件数・2022年度（令和4年度）（2022年4月1日〜2023年3月31日）・全在外公館・該当${n}件`)
  })

  it('writes the report total 3,760,000 exactly, then as the bureau reads it: 3,760,000名（約376万名）, 累計 beside the figure', async () => {
    const a = await answer({ intent: 'metric', metric: 'participants', filters: f() }, report)
    expect(a.value).toBe(3_760_000)
    expect(a.text.en).toContain('3,760,000')
    expect(a.text.ja).toBe('延べ参加者数は累計3,760,000名（約376万名）です。')
    expect(a.interpretation.en).toContain('(2017-06-01 – 2022-06-01)')
    expect(a.interpretation.en).toContain('6 events matched')
    const fy2018 = await answer({ intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy', from: 2018, to: 2018 } }) }, report)
    expect(fy2018.text.ja).toContain('1,100,000名（約110万名）')
  })

  it('says every one of the 50 states was covered when it was', async () => {
    const a = await answer({ intent: 'metric', metric: 'states_covered', filters: f() }, report)
    expect(a.value).toBe(1)
    expect(a.text.en).toBe('Events were held in 1 of the 50 states so far.')
    expect(a.text.ja).toBe('これまでに事業を実施した州は1州です（全50州中）。')
  })

  it('gives an average with the two integers it comes from', async () => {
    const fy = events.filter((e) => e.fiscalYear === 2020)
    const p = fy.reduce((s, e) => s + e.participants, 0)
    const a = await answer({ intent: 'metric', metric: 'avg_participants', filters: f({ period: { kind: 'fy', from: 2020, to: 2020 } }) })
    expect(a.text.en).toContain(`(${formatNumber(p)} participants ÷ ${fy.length} events)`)
    expect(a.text.ja).toContain(`（延べ${formatNumber(p)}名÷${fy.length}件）`)
  })

  it('names relative fiscal years and the filters', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy_relative', offset: -1 }, offices: ['chicago'], themes: ['climate_energy'] }) })
    expect(a.interpretation.en).toContain('last FY (FY2023) (2023-04-01 – 2024-03-31)')
    expect(a.interpretation.en).toContain('Chicago')
    expect(a.interpretation.en).toContain('theme: Climate and energy')
    expect(a.text.ja).toContain('昨年度（2023年度・令和5年度）の在シカゴ総領事館のテーマ「気候変動・エネルギー」の実施件数は')
    expect(a.text.en).toContain(' (Chicago consulate; theme: Climate and energy) in last FY (FY2023).')
    expect(a.interpretation.ja).toContain('在シカゴ総領事館')
    expect(a.interpretation.ja).toContain('テーマ「気候変動・エネルギー」')
  })
})

describe('renderAnswer: breakdowns, comparisons, lists', () => {
  it('shows a region breakdown as a table and says the groups overlap', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'region' })
    expect(a.kind).toBe('breakdown')
    expect(a.rows?.map((r) => r.key).sort()).toEqual(['midwest', 'northeast', 'south', 'west'])
    for (const r of a.rows ?? []) {
      expect(a.text.en).toMatch(new RegExp(`\\s${formatNumber(r.value ?? 0)}\\n|\\s${formatNumber(r.value ?? 0)}$`, 'm'))
    }
    expect(a.text.en).toContain('Midwest')
    expect(a.text.ja).toContain('中西部')
    expect(a.text.en).toContain(`add up to more than the total (${events.length} events)`)
    expect(a.text.ja).toContain(`全体（${events.length}件）を上回ります`)
    expect(a.interpretation.en).toContain('by region')
    expect(a.interpretation.ja).toContain('地域別')
  })

  it('keys fiscal-year rows as "2022" and labels them FY2022 / 2022年度', async () => {
    const a = await answer({ intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy', from: 2020, to: 2022 } }), groupBy: 'fiscal_year' })
    expect(a.rows?.map((r) => r.key)).toEqual(['2020', '2021', '2022'])
    expect(a.text.en).toContain('FY2021')
    expect(a.text.ja).toContain('2021年度')
    const sum = events.filter((e) => e.fiscalYear === 2021).reduce((s, e) => s + e.participants, 0)
    expect(a.rows?.[1]?.value).toBe(sum)
  })

  it('compares two fiscal years with the difference in both languages', async () => {
    const a = await answer({ intent: 'compare', metric: 'events', filters: f(), periods: [{ kind: 'fy', from: 2021, to: 2021 }, { kind: 'fy', from: 2022, to: 2022 }] })
    const n21 = events.filter((e) => e.fiscalYear === 2021).length
    const n22 = events.filter((e) => e.fiscalYear === 2022).length
    expect(a.rows).toEqual([{ key: '2021', value: n21 }, { key: '2022', value: n22 }])
    expect(a.text.en).toContain(`FY2021 ${n21} → FY2022 ${n22}`)
    expect(a.text.ja).toContain(`2021年度（令和3年度）が${n21}件、2022年度（令和4年度）が${n22}件`)
    const word = n22 > n21 ? '増加' : n22 < n21 ? '減少' : '増減はありません'
    expect(a.text.ja).toContain(word)
  })

  it('lists uncovered states by name, keyed by USPS code', async () => {
    const a = await answer({ intent: 'uncovered_states', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }) })
    expect(a.kind).toBe('list')
    const covered = new Set(events.filter((e) => e.fiscalYear === 2022).flatMap((e) => e.stateCodes))
    const expected = (a.items ?? []).map((i) => (i.type === 'state' ? i.key : ''))
    for (const code of expected) expect(covered.has(code)).toBe(false)
    expect(a.text.en).toContain(`${expected.length} of the 50 states had no event in FY2022`)
    expect(a.text.ja).toContain(`事業を実施していない州は${expected.length}州です（全50州中）`)
  })

  it('lists events newest first with their titles', async () => {
    const a = await answer({ intent: 'list_events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), limit: 3 })
    expect(a.items).toHaveLength(3)
    const first = a.items?.[0]
    if (first?.type !== 'event') throw new Error('event item expected')
    expect(a.text.en).toContain(first.title.en ?? '')
    expect(a.text.ja).toContain(first.title.ja ?? '')
    expect(a.text.ja).toContain('新しい順に3件')
    expect(a.text.en).toContain('The 3 most recent of')
  })

  it('heads a list of one as "the most recent" ("the most recent event"), not "the 1 most recent"', async () => {
    const a = await answer({ intent: 'list_events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), limit: 1 })
    expect(a.items).toHaveLength(1)
    expect(a.text.en).toMatch(/^The most recent of [\d,]+ events in FY2022:/)
  })
})

describe('renderAnswer: the headline names its filters', () => {
  const fy22 = { kind: 'fy', from: 2022, to: 2022 } as const

  it('names the office in a scalar headline, and changes nothing without filters', async () => {
    const n = events.filter((e) => e.officeCode === 'chicago').length
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ offices: ['chicago'] }) })
    expect(a.text.en).toBe(`There were ${n} events (Chicago consulate) in total.`)
    expect(a.text.ja).toBe(`在シカゴ総領事館の実施件数は累計${n}件です。`)
    const all = await answer({ intent: 'metric', metric: 'events', filters: f({ period: fy22 }) })
    expect(all.text.en).not.toContain('(')
    expect(all.text.ja).not.toContain('総領事館')
  })

  it('names states, and says "in" a state in Japanese', async () => {
    const p = events.filter((e) => e.fiscalYear >= 2020 && e.fiscalYear <= 2024 && e.stateCodes.includes('TX')).reduce((s, e) => s + e.participants, 0)
    const a = await answer({ intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy', from: 2020 }, states: ['TX'] }) })
    expect(a.text.en).toBe(`Total participants (Texas) in FY2020–FY2024: ${formatNumber(p)}.`)
    expect(a.text.ja).toBe(`2020年度〜2024年度のテキサス州での延べ参加者数は${formatNumber(p)}名です。`)
  })

  it('shortens a long list of states to their number, in the headline only', async () => {
    const midwest = ['IL', 'IN', 'IA', 'KS', 'MI', 'MN', 'MO', 'NE', 'ND', 'OH', 'SD', 'WI']
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ period: fy22, states: midwest }) })
    expect(a.text.en).toContain('events (12 states) in FY2022.')
    expect(a.text.ja).toContain('2022年度（令和4年度）の12州での実施件数は')
    expect(a.interpretation.en).toContain('Wisconsin (WI)')
    expect(a.interpretation.ja).toContain('ウィスコンシン州')
  })

  it('names office, place and kind together, in the order a reader expects', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ period: fy22, offices: ['chicago'], regions: ['midwest'], themes: ['climate_energy'] }) })
    expect(a.text.en).toMatch(/^There (were \d+ events|was 1 event) \(Chicago consulate; Midwest; theme: Climate and energy\) in FY2022\.$/)
    expect(a.text.ja).toMatch(/^2022年度（令和4年度）の在シカゴ総領事館による中西部でのテーマ「気候変動・エネルギー」の実施件数は\d+件です。$/)
  })

  it('names the filters in breakdown, comparison and list headlines', async () => {
    const b = await answer({ intent: 'metric', metric: 'events', filters: f({ period: fy22, offices: ['new-york'] }), groupBy: 'state' })
    expect(b.text.en.split('\n')[0]).toBe('Events by state (New York consulate) in FY2022:')
    expect(b.text.ja.split('\n')[0]).toBe('2022年度（令和4年度）の在ニューヨーク総領事館の州別実施件数：')
    const c = await answer({ intent: 'compare', metric: 'events', filters: f({ formats: ['online'] }), periods: [{ kind: 'fy', from: 2021, to: 2021 }, fy22] })
    expect(c.text.en).toMatch(/^Events \(format: Online\): FY2021 /)
    expect(c.text.ja).toMatch(/^実施形態「オンライン」の実施件数は、2021年度/)
    const best = events.filter((e) => e.bestPractice)
    const l = await answer({ intent: 'list_events', filters: f({ bestPractice: true }), limit: 100 })
    expect(l.text.en.split('\n')[0]).toBe(`All ${best.length} events (best practices only) to date, newest first:`)
    expect(l.text.ja.split('\n')[0]).toBe(`ベストプラクティスの事業${best.length}件（新しい順）：`)
  })

  it('names the filters of state lists, with the right Japanese particles', async () => {
    const u = await answer({ intent: 'uncovered_states', filters: f({ period: fy22, offices: ['chicago'] }) })
    expect(u.text.en).toMatch(/of the 50 states had no event \(Chicago consulate\) in FY2022/)
    expect(u.text.ja).toMatch(/^2022年度（令和4年度）に在シカゴ総領事館が事業を実施していない州は\d+州です（全50州中）/)
    const s = await answer({ intent: 'metric', metric: 'states_covered', filters: f({ period: fy22, themes: ['sister_city'] }) })
    expect(s.text.ja).toMatch(/^2022年度（令和4年度）にテーマ「[^」]+」の事業を実施した州は\d+州です/)
  })
})

describe('renderAnswer: wording details', () => {
  it('gives the reason the groups overlap that fits the grouping', async () => {
    // every theme named, so every matched event has one and events with two make the groups overlap
    const allThemes = [...new Set(events.flatMap((e) => e.themes))].sort()
    const theme = await answer({ intent: 'metric', metric: 'events', filters: f({ themes: allThemes as Filters['themes'] }), groupBy: 'theme' })
    expect(theme.text.en.split('\n')[0]).toBe(`Events by theme (${allThemes.length} themes) to date:`)
    expect(theme.text.en).toContain('An event with several themes counts once under each of its themes')
    expect(theme.text.en).not.toContain('several states')
    expect(theme.text.ja).toContain('複数のテーマに該当する事業は')
    expect(theme.text.ja).not.toContain('複数の州')
    const state = await answer({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'state' })
    expect(state.text.en).toContain('An event held in several states counts once in each state it touches')
    expect(state.text.ja).toContain('複数の州にまたがる事業は該当する各州で')
  })

  it('never writes "… in total" after "Total …", and words a top-1 breakdown in the singular', async () => {
    const byFy = await answer({ intent: 'metric', metric: 'participants', filters: f(), groupBy: 'fiscal_year' })
    expect(byFy.text.en.split('\n')[0]).toBe('Total participants by fiscal year to date:')
    expect(byFy.text.ja.split('\n')[0]).toBe('年度別延べ参加者数（累計）：')
    const total = await answer({ intent: 'metric', metric: 'participants', filters: f() }, report)
    expect(total.text.en).toBe('Total participants to date: 3,760,000.')
    for (const x of [byFy, total]) expect(x.text.en).not.toMatch(/in total/)
    const top1 = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'office', top: 1 })
    expect(top1.text.en.split('\n')[0]).toBe('Top office by events in FY2022:')
    expect(top1.text.ja.split('\n')[0]).toBe('2022年度（令和4年度）の実施件数が最も多い在外公館：')
    const top3 = await answer({ intent: 'metric', metric: 'events', filters: f(), groupBy: 'office', top: 3 })
    expect(top3.text.en.split('\n')[0]).toBe('Top 3 offices by events to date:')
  })

  it('heads the largest event with 「…の事業のうち」, the period as a noun (never 「2022年度に事業のうち」)', async () => {
    const fy = await answer({ intent: 'largest_event', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), order: 'largest' })
    expect(fy.text.ja).toMatch(/^2022年度（令和4年度）の事業のうち、参加者数が最も多かった事業/)
    const all = await answer({ intent: 'largest_event', filters: f({ offices: ['chicago'] }), order: 'smallest' })
    expect(all.text.ja).toMatch(/^在シカゴ総領事館の事業のうち、参加者数が最も少なかった事業/)
  })

  it('says a whole calendar month as the month, keeping the exact dates in the interpretation', async () => {
    const n = events.filter((e) => e.startDate.startsWith('2022-05')).length
    const may = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'dates', from: '2022-05-01', to: '2022-05-31' } }) })
    expect(may.text.en).toBe(`There ${n === 1 ? 'was 1 event' : `were ${n} events`} in May 2022.`)
    expect(may.text.ja).toBe(`2022年5月の実施件数は${n}件です。`)
    expect(may.interpretation.en).toContain('May 2022 (2022-05-01 – 2022-05-31)')
    expect(may.interpretation.ja).toContain('2022年5月（2022年5月1日〜2022年5月31日）')
    const feb = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'dates', from: '2024-02-01', to: '2024-02-29' } }) })
    expect(feb.text.ja).toMatch(/^2024年2月の実施件数は/)
    const months = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'dates', from: '2022-11-01', to: '2023-02-28' } }) })
    expect(months.text.en).toContain('in November 2022 – February 2023.')
    expect(months.text.ja).toMatch(/^2022年11月〜2023年2月の実施件数は/)
    const partial = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'dates', from: '2022-05-01', to: '2022-05-30' } }) })
    expect(partial.text.ja).toMatch(/^2022年5月1日〜2022年5月30日の/)
    expect(partial.text.en).toContain('between 2022-05-01 and 2022-05-30')
  })
})

describe('renderAnswer: clarify and unknown', () => {
  it('lists the options of a question back', () => {
    const q = (fy: number): Query => ({ intent: 'metric', metric: 'events', filters: { period: { kind: 'fy', from: fy, to: fy } } })
    const a = renderAnswer({
      question: 'events in 2022?',
      parse: {
        kind: 'clarify',
        options: [
          { label: { en: 'FY2022 (April 2022 – March 2023)', ja: '2022年度' }, query: q(2022) },
          { label: { en: 'Calendar year 2022', ja: '2022年（暦年）' }, query: q(2021) },
        ],
      },
    })
    expect(answerSchema.parse(a).kind).toBe('clarify')
    expect(a.text.en).toContain('1. FY2022 (April 2022 – March 2023)')
    expect(a.text.ja).toContain('2. 2022年（暦年）')
    expect(a.value).toBeUndefined()
  })

  it('gives example questions and never a figure for an unknown question, without echoing it', () => {
    const a = renderAnswer({ question: 'what is 424242 times 2?', parse: { kind: 'unknown', reason: 'not_understood' } })
    expect(answerSchema.parse(a).kind).toBe('unknown')
    expect(a.value).toBeUndefined()
    expect(a.rows).toBeUndefined()
    expect(a.items).toBeUndefined()
    expect(a.text.en.split('\n').filter((l) => l.startsWith('• ')).length).toBeGreaterThanOrEqual(3)
    expect(a.text.ja.split('\n').filter((l) => l.startsWith('• ')).length).toBeGreaterThanOrEqual(3)
    for (const s of [a.text.en, a.text.ja, a.interpretation.en, a.interpretation.ja]) expect(s).not.toContain('424242')
  })

  it('never puts the question text into a counted answer', async () => {
    const result = await executeQuery(store.db, { intent: 'metric', metric: 'events', filters: f() }, { asOf: AS_OF })
    const a = renderAnswer({ question: 'how many events? 987654', result })
    expect(a.question).toBe('how many events? 987654')
    for (const s of [a.text.en, a.text.ja, a.interpretation.en, a.interpretation.ja]) expect(s).not.toContain('987654')
  })

  it('rejects answers whose fields do not fit their kind', () => {
    const bad = { question: 'x', kind: 'unknown', intent: null, value: 3, interpretation: { en: '', ja: '' }, text: { en: '', ja: '' } }
    expect(answerSchema.safeParse(bad).success).toBe(false)
  })
})

describe('rankings and states counted more than once', () => {
  const one = makeEvents(1, 5)[0] as EventData
  const at = (states: string[], participants: number, officeCode: string): EventData => ({ ...one, startDate: '2022-06-01', fiscalYear: 2022, stateCodes: states, participants, officeCode })
  let small: Store
  beforeAll(async () => {
    small = await openStore({ url: `file:${dir}/ties.db` })
    // events: CA 3, NY 2, TX 1, WA 1 (3rd place shared); offices: chicago 2, new-york 2 (top shared);
    // participants 300,000 in all, 520,000 over the states
    await storeEvents(
      small.db,
      [at(['CA'], 100_000, 'chicago'), at(['CA', 'NY'], 100_000, 'chicago'), at(['CA', 'NY', 'TX'], 60_000, 'new-york'), at(['WA'], 40_000, 'new-york')],
      'ties',
    )
  })
  afterAll(async () => {
    await small.close()
  })

  it('shows every group tied with the N-th, and says so in both languages', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state', top: 3 }, small)
    expect(a.rows?.map((r) => [r.key, r.value])).toEqual([
      ['CA', 3],
      ['NY', 2],
      ['TX', 1],
      ['WA', 1],
    ])
    expect(a.text.en).toContain('4 states shown: the 3rd place is shared')
    expect(a.text.ja).toContain('3位が同数のため4州を表示しています')
    const top1 = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'office', top: 1 }, small)
    expect(top1.rows?.map((r) => r.key).sort()).toEqual(['chicago', 'new-york'])
    expect(top1.text.en).toContain('2 offices shown: the 1st place is shared')
    expect(top1.text.ja).toContain('1位が同数のため2公館を表示しています')
    const noTie = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state', top: 2 }, small)
    expect(noTie.rows).toHaveLength(2)
    expect(noTie.text.en).not.toContain('shared')
  })

  it('says how many states are not listed because they have 0, so the last row is never taken for the fewest', async () => {
    const a = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state' }, small)
    const listed = a.rows?.length ?? 0
    expect(listed).toBeGreaterThan(0)
    expect(a.text.en).toContain(`States with 0 are not listed: ${50 - listed} of 50.`)
    expect(a.text.ja).toContain(`値が0の州は表示していません（50州中${50 - listed}州）。`)
    // a top N lists the largest: nothing to say about the states left out
    const top = await answer({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state', top: 2 }, small)
    expect(top.text.en).not.toContain('not listed')
  })

  it('says so under the table Slack shows too', async () => {
    const service = createQuestionService({ db: small.db, timeZone: 'Asia/Tokyo', clock: () => new Date('2023-08-15T03:00:00Z') })
    const shown = await service.answerQuery!({ intent: 'metric', metric: 'events', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state', top: 3 }, { userId: 'U0', lang: 'en' })
    expect(shown.table?.en.notes).toContain('4 states shown: the 3rd place is shared.')
    expect(shown.table?.ja.notes.join('')).toContain('3位が同数のため4州を表示しています')
  })

  it('says participants of a multi-state event count in each state, with the total without double counting', async () => {
    const a = await answer({ intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state' }, small)
    expect(a.rows?.reduce((n, r) => n + (r.value ?? 0), 0)).toBe(260_000 + 160_000 + 60_000 + 40_000)
    expect(a.text.en).toContain('the total without double counting is 300,000')
    expect(a.text.ja).toContain('重複を除いた合計は300,000名')
    for (const q of [
      { intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'state', top: 2 },
      { intent: 'metric', metric: 'participants', filters: f({ period: { kind: 'fy', from: 2022, to: 2022 } }), groupBy: 'region' },
    ] as const) {
      const b = await answer(q, small)
      expect(b.text.en).toContain('the total without double counting is 300,000')
      expect(b.text.ja).toContain('重複を除いた合計は300,000名')
    }
  })
})
