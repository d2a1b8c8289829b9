// The parser's readings of best-practice categories (names from the table it is given, never built in),
// ongoing programmes, distinct cities, a breakdown by city, several cities and events with 0 participants:
// the query produced, and the refusals around them.
import { describe, expect, it } from 'vitest'
import { SEED_BEST_PRACTICE_CATEGORIES } from '../../../src/domain/best-practice-category.ts'
import { categoryNames } from '../../../src/questions/parser/categories.ts'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import type { ParseResult } from '../../../src/questions/query.ts'

const asOf = '2023-08-15'
const SEED = SEED_BEST_PRACTICE_CATEGORIES
const parse = (q: string, categories: Parameters<typeof parseQuestion>[1] extends infer O ? (O extends { categories?: infer C } ? C : never) : never = SEED) => parseQuestion(q, { asOf, categories })
const filtersOf = (r: ParseResult) => {
  if (r.kind !== 'query') throw new Error(`no query: ${JSON.stringify(r)}`)
  return r.query.filters
}

describe('best-practice category names', () => {
  it('derives the short forms a manager says from the names in the table', () => {
    const forms = SEED.map((c) => categoryNames(c))
    expect(forms[1]).toEqual(expect.arrayContaining(['行動計画2.0を踏まえた事業', '行動計画2.0', '行動計画', 'activities under action plan 2.0', 'action plan 2.0', 'action plan']))
    expect(forms[2]).toEqual(expect.arrayContaining(['新しい資本主義', 'new capitalism']))
    expect(forms[3]).toEqual(expect.arrayContaining(['デジタル田園都市国家構想', 'デジタル田園都市', 'digital garden city']))
  })

  it('reads a category by its name, a short form or its English name, with a cue or a best-practice word', () => {
    expect(filtersOf(parse('総領事館が所在しない地域での事業に分類されたベストプラクティスは何件？'))).toMatchObject({ bestPracticeCategories: ['no-consulate'], bestPractice: true })
    expect(filtersOf(parse('how many best practices are filed under the action plan 2.0 category?')).bestPracticeCategories).toEqual(['action-plan-2'])
    expect(filtersOf(parse('行動計画のカテゴリの件数')).bestPracticeCategories).toEqual(['action-plan-2'])
    expect(filtersOf(parse('デジタル田園都市に分類されたベストプラクティス件数')).bestPracticeCategories).toEqual(['digital-garden-city'])
    expect(filtersOf(parse('「新しい資本主義」に分類された事業は何件')).bestPracticeCategories).toEqual(['new-capitalism'])
    expect(filtersOf(parse('best practices under the New Capitalism or Action Plan categories in FY2022')).bestPracticeCategories).toEqual(['new-capitalism', 'action-plan-2'])
  })

  it('keeps a name that is also a theme the theme, unless 分類, カテゴリ, "filed under" or "under … category" names the category', () => {
    expect(filtersOf(parse('デジタル田園都市のベストプラクティス件数'))).toMatchObject({ themes: ['digital_garden_city'], bestPractice: true })
    expect(filtersOf(parse('デジタル田園都市のベストプラクティス件数')).bestPracticeCategories).toBeUndefined()
    expect(filtersOf(parse('how many best practices in the new capitalism category?')).themes).toEqual(['new_capitalism'])
    expect(filtersOf(parse('新しい資本主義のカテゴリの件数')).bestPracticeCategories).toEqual(['new-capitalism'])
    expect(filtersOf(parse('participants in best practices under the Digital Garden City category')).bestPracticeCategories).toEqual(['digital-garden-city'])
  })

  it('keeps 「総領事館が所在しない地域での事業」 without a cue as states without a consulate', () => {
    const f = filtersOf(parse('総領事館が所在しない地域での事業は何件'))
    expect(f.withoutOffice).toBe(true)
    expect(f.bestPracticeCategories).toBeUndefined()
    // beside a best-practice word but with no cue: still the filter (a category only with a cue)
    expect(filtersOf(parse('総領事館が所在しない地域でのベストプラクティスは何件')).bestPracticeCategories).toBeUndefined()
  })

  it('reads the names of the table it is given: a new category, and none of one removed', () => {
    const table = [...SEED.filter((c) => c.code !== 'new-capitalism'), { code: 'sister-cities', nameJa: '姉妹都市交流に関する事業', nameEn: 'Activities on sister-city exchanges', sortOrder: 50 }]
    expect(filtersOf(parse('姉妹都市交流に分類されたベストプラクティスは何件', table)).bestPracticeCategories).toEqual(['sister-cities'])
    expect(filtersOf(parse('how many best practices are filed under the sister-city exchanges category?', table)).bestPracticeCategories).toEqual(['sister-cities'])
    const removed = parse('新しい資本主義に分類されたベストプラクティスは何件', table)
    expect(removed.kind).toBe('unknown')
    // the same question with the table that has it
    expect(filtersOf(parse('新しい資本主義に分類されたベストプラクティスは何件')).bestPracticeCategories).toEqual(['new-capitalism'])
  })

  it('reads no category without a table, and none from a short form two categories share', () => {
    const none = parseQuestion('行動計画に分類されたベストプラクティスは何件', { asOf })
    expect(none).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    const two = [
      { code: 'plan-2', nameJa: '行動計画2.0を踏まえた事業', nameEn: 'Activities under Action Plan 2.0' },
      { code: 'plan-3', nameJa: '行動計画3.0を踏まえた事業', nameEn: 'Activities under Action Plan 3.0' },
    ]
    expect(parse('行動計画に分類されたベストプラクティスは何件', two)).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    expect(filtersOf(parse('行動計画3.0に分類されたベストプラクティスは何件', two)).bestPracticeCategories).toEqual(['plan-3'])
  })

  it('refuses a name no category has, and a category name with neither cue nor best-practice word', () => {
    expect(parse('「地方創生」に分類されたベストプラクティスは何件？')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    expect(parse('how many best practices are filed under the regional revitalisation category?')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    expect(parse('行動計画2.0を踏まえた事業は何件')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })

  it('breaks best practices down by their category (分類, カテゴリ, category), never by activity type', () => {
    for (const q of ['ベストプラクティスの分類ごとの件数', 'カテゴリ別のベストプラクティス件数', 'best practices by category', 'how many best practices per category in FY2022']) {
      const r = parse(q)
      expect(r.kind === 'query' && r.query.intent === 'metric' ? r.query.groupBy : r.kind, q).toBe('best_practice_category')
    }
    const types = parse('分類別の件数')
    expect(types.kind === 'query' && types.query.intent === 'metric' ? types.query.groupBy : types.kind).toBe('activity_type')
  })
})

describe('ongoing programmes', () => {
  it('reads ongoing / 継続中 as the ongoing filter, the programme noun as events', () => {
    for (const q of ['how many ongoing programmes do we have recorded', '継続中の事業は何件登録されていますか', 'how many ongoing best practices']) {
      const r = parse(q)
      expect(r.kind, q).toBe('query')
      if (r.kind === 'query' && r.query.intent === 'metric') {
        expect(r.query.metric).toBe('events')
        expect(r.query.filters.ongoing).toBe(true)
      }
    }
    expect(parse('how many programmes have ended?')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
  })
})

describe('cities', () => {
  it('reads the distinct cities metric and the breakdown by city', () => {
    expect(parse('how many distinct cities did we hold events in during FY2022?')).toMatchObject({ kind: 'query', query: { intent: 'metric', metric: 'cities', filters: { period: { kind: 'fy', from: 2022, to: 2022 } } } })
    expect(parse('2021年度に事業を行った都市の数')).toMatchObject({ kind: 'query', query: { metric: 'cities', filters: { period: { kind: 'fy', from: 2021, to: 2021 } } } })
    expect(parse('開催件数が最も多い都市は？（累計）')).toMatchObject({ kind: 'query', query: { metric: 'events', groupBy: 'city', top: 1, filters: { period: { kind: 'all' } } } })
    expect(parse('top 5 cities by participants')).toMatchObject({ kind: 'query', query: { metric: 'participants', groupBy: 'city', top: 5 } })
  })

  it('reads several cities joined by or / and / と as any of them; a city of several states joined is refused', () => {
    expect(filtersOf(parse('events in Hilo or Honolulu'))).toMatchObject({ cities: ['hilo', 'honolulu'] })
    expect(filtersOf(parse('events in Hilo or Honolulu')).city).toBeUndefined()
    expect(filtersOf(parse('ヒロとアンカレジでの事業は何件'))).toMatchObject({ cities: ['hilo', 'anchorage'] })
    expect(filtersOf(parse('events in Hilo, Honolulu and Anchorage in FY2022'))).toMatchObject({ cities: ['hilo', 'honolulu', 'anchorage'] })
    expect(filtersOf(parse('events in Hilo, Honolulu and Anchorage in FY2022')).offices).toBeUndefined()
    expect(parse('events in Portland or Hilo')).toMatchObject({ kind: 'unknown', reason: 'unused_words' })
    // a single city stays the `city` filter
    expect(filtersOf(parse('events in Milwaukee'))).toMatchObject({ city: 'milwaukee' })
  })

  it('refuses city questions no query has', () => {
    for (const q of ['which cities had no events', 'how many cities have a consulate', 'how many cities did we visit?']) expect(parse(q).kind, q).toBe('unknown')
  })
})

describe('zero participants', () => {
  it('reads zero / 0名 / いなかった as the participant bound of 0, counting events', () => {
    for (const q of ['any events with zero participants?', '参加者0名の事業はある？', 'how many events had no participants in FY2022', '参加者がいなかった事業は何件', '参加者ゼロの事業']) {
      const r = parse(q)
      expect(r.kind, q).toBe('query')
      if (r.kind === 'query' && r.query.intent === 'metric') {
        expect(r.query.metric).toBe('events')
        expect(r.query.filters.participantCount).toEqual({ lte: 0 })
      }
    }
  })

  it('leaves a second participant bound unused', () => {
    expect(parse('events with zero or one participants').kind).toBe('unknown')
    expect(parse('参加者0名以上100名以下で参加者ゼロの事業').kind).toBe('unknown')
  })
})
