import { describe, it, expect } from 'vitest'
import {
  ACTIVITY_TYPES,
  FORMATS,
  THEMES,
  activityTypeCodeSchema,
  findActivityType,
  findFormat,
  findTheme,
  formatCodeSchema,
  themeCodeSchema,
  type CatalogEntry,
} from '../../src/domain/catalog.ts'
import { foldKey } from '../../src/domain/text.ts'

const tables: [string, readonly CatalogEntry[], (s: string) => CatalogEntry | undefined, { options: readonly string[] }][] = [
  ['activity types', ACTIVITY_TYPES, findActivityType, activityTypeCodeSchema],
  ['themes', THEMES, findTheme, themeCodeSchema],
  ['formats', FORMATS, findFormat, formatCodeSchema],
]

describe.each(tables)('%s', (_name, table, find, schema) => {
  it('has unique codes, non-empty names in both languages, and a schema with the same codes', () => {
    const codes = table.map((e) => e.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect([...schema.options]).toEqual(codes)
    for (const e of table) {
      expect(e.en.trim().length, e.code).toBeGreaterThan(0)
      expect(e.ja.trim().length, e.code).toBeGreaterThan(0)
    }
  })

  it('finds every entry by code, English, Japanese and aliases, and nothing else', () => {
    for (const e of table) {
      for (const name of [e.code, e.en, e.ja, e.en.toUpperCase(), ...e.aliases]) expect(find(name)?.code, name).toBe(e.code)
    }
    for (const junk of ['', ' ', 'x', 'seminar', 'イベント全般']) expect(find(junk), junk).toBeUndefined()
  })

  it('has no name shared by two entries', () => {
    const owner = new Map<string, string>()
    for (const e of table) {
      for (const key of [e.code, e.en, e.ja, ...e.aliases].map(foldKey)) {
        expect(owner.get(key) ?? e.code, key).toBe(e.code)
        owner.set(key, e.code)
      }
    }
  })
})

describe('catalogue contents', () => {
  it('has the activity types, themes and formats of product.md', () => {
    expect(ACTIVITY_TYPES.map((e) => e.code)).toEqual(['info', 'business_support', 'japan_event', 'food_pr', 'other'])
    expect(THEMES.map((e) => e.code)).toEqual([
      'climate_energy', 'innovation_st', 'supply_chain', 'trade_investment', 'workforce',
      'digital_garden_city', 'new_capitalism', 'sister_city',
    ])
    expect(FORMATS.map((e) => e.code)).toEqual(['in_person', 'online', 'hybrid'])
  })

  it('uses the task force wording in Japanese', () => {
    expect(findActivityType('food_pr')?.ja).toBe('日本食PR')
    expect(findActivityType('info')?.ja).toBe('日米経済関係に関する情報発信')
    expect(findTheme('supply_chain')?.ja).toBe('サプライチェーン強靱化')
    expect(findTheme('workforce')?.ja).toBe('米国の労働者・中間層への貢献')
    expect(findFormat('in_person')?.ja).toBe('対面')
  })

  it('is lenient with everyday names', () => {
    expect(findActivityType('food')?.code).toBe('food_pr')
    expect(findActivityType('日本食')?.code).toBe('food_pr')
    expect(findActivityType('日本食ＰＲ')?.code).toBe('food_pr')
    expect(findActivityType('Japan–US economic ties')).toBeUndefined()
    expect(findTheme('姉妹都市')?.code).toBe('sister_city')
    expect(findTheme('気候変動エネルギー')?.code).toBe('climate_energy')
    expect(findTheme('サプライチェーン強靭化')?.code).toBe('supply_chain')
    expect(findTheme('ｲﾉﾍﾞｰｼｮﾝ')?.code).toBe('innovation_st')
    expect(findFormat('in-person')?.code).toBe('in_person')
    expect(findFormat('IN PERSON')?.code).toBe('in_person')
    expect(findFormat('virtual')?.code).toBe('online')
    expect(findFormat('ｵﾝﾗｲﾝ')?.code).toBe('online')
    expect(findFormat('webinar')).toBeUndefined()
  })

  it('validates codes with the zod enums', () => {
    expect(activityTypeCodeSchema.parse('food_pr')).toBe('food_pr')
    expect(activityTypeCodeSchema.safeParse('food').success).toBe(false)
    expect(themeCodeSchema.safeParse('sister_city').success).toBe(true)
    expect(formatCodeSchema.safeParse('Online').success).toBe(false)
  })
})
