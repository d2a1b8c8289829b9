// Reference data: activity types (one per event), themes (any number per event) and formats.
// To add or rename an entry, edit its table below; codes are stored with events, so keep existing codes.
// Each table is validated when the module loads (unique codes, non-empty names, unambiguous names).
import { z } from 'zod'
import { foldKey } from './text.ts'

export interface CatalogEntry<Code extends string = string> {
  code: Code
  en: string
  ja: string
  /** Other names accepted by the finders, besides the code and both names. */
  aliases: string[]
}

interface CatalogInput {
  readonly code: string
  readonly en: string
  readonly ja: string
  readonly aliases: readonly string[]
}

const ACTIVITY_TYPE_TABLE = [
  {
    code: 'info',
    en: 'Information on Japan–US economic ties',
    ja: '日米経済関係に関する情報発信',
    aliases: ['information', 'info session', 'economic ties', '情報発信', '日米経済関係'],
  },
  {
    code: 'business_support',
    en: 'Support for Japanese companies',
    ja: '日系企業支援',
    aliases: ['business support', 'company support', 'Japanese company support', '企業支援', '日本企業支援'],
  },
  {
    code: 'japan_event',
    en: 'Japan-related event',
    ja: '日本関連イベント',
    aliases: ['Japan event', 'Japan-related', '日本イベント', '日本関連'],
  },
  {
    code: 'food_pr',
    en: 'Japanese food promotion',
    ja: '日本食PR',
    aliases: ['food', 'Japanese food', 'food PR', 'food promotion', 'washoku', '日本食', '和食', '日本食普及'],
  },
  {
    code: 'other',
    en: 'Other',
    ja: 'その他',
    aliases: ['others', 'misc'],
  },
] as const satisfies readonly CatalogInput[]

const THEME_TABLE = [
  {
    code: 'climate_energy',
    en: 'Climate and energy',
    ja: '気候変動・エネルギー',
    aliases: ['climate', 'energy', 'climate change', '気候変動', 'エネルギー'],
  },
  {
    code: 'innovation_st',
    en: 'Innovation, science and technology',
    ja: 'イノベーション・科学技術',
    aliases: ['innovation', 'science and technology', 'S&T', 'イノベーション', '科学技術'],
  },
  {
    code: 'supply_chain',
    en: 'Supply-chain resilience',
    ja: 'サプライチェーン強靱化',
    // 強靭 is the common form of 強靱 (the task force papers use both).
    aliases: ['supply chain', 'サプライチェーン', 'サプライチェーン強靭化', 'サプライチェーン協力'],
  },
  {
    code: 'trade_investment',
    en: 'Trade and investment promotion',
    ja: '貿易投資促進',
    aliases: ['trade', 'investment', 'trade and investment', '貿易', '投資', '貿易投資', '貿易・投資'],
  },
  {
    code: 'workforce',
    en: 'Contribution to US workers and the middle class',
    ja: '米国の労働者・中間層への貢献',
    aliases: ['workers', 'middle class', 'US workers', '労働者', '中間層', '雇用'],
  },
  {
    code: 'digital_garden_city',
    en: 'Digital Garden City Nation',
    ja: 'デジタル田園都市国家構想',
    aliases: ['Digital Garden City', 'デジタル田園都市', 'デジ田'],
  },
  {
    code: 'new_capitalism',
    en: 'New form of capitalism',
    ja: '新しい資本主義',
    aliases: ['new capitalism'],
  },
  {
    code: 'sister_city',
    en: 'Sister-city exchange',
    ja: '姉妹都市交流',
    aliases: ['sister city', 'sister cities', 'sister state', '姉妹都市', '姉妹州', '姉妹都市・姉妹州'],
  },
] as const satisfies readonly CatalogInput[]

const FORMAT_TABLE = [
  {
    code: 'in_person',
    en: 'In person',
    ja: '対面',
    aliases: ['in-person', 'face-to-face', 'onsite', 'on-site', 'offline', '対面形式', '対面開催', '現地開催'],
  },
  {
    code: 'online',
    en: 'Online',
    ja: 'オンライン',
    aliases: ['virtual', 'remote', 'オンライン形式', 'オンライン開催', 'バーチャル', 'リモート'],
  },
  {
    code: 'hybrid',
    en: 'Hybrid',
    ja: 'ハイブリッド',
    aliases: ['ハイブリッド形式', 'ハイブリッド開催', '対面・オンライン併用', 'オンライン併用'],
  },
] as const satisfies readonly CatalogInput[]

export type ActivityTypeCode = (typeof ACTIVITY_TYPE_TABLE)[number]['code']
export type ThemeCode = (typeof THEME_TABLE)[number]['code']
export type FormatCode = (typeof FORMAT_TABLE)[number]['code']

type Codes<T extends readonly CatalogInput[]> = { [K in keyof T]: T[K]['code'] }
const codesOf = <T extends readonly CatalogInput[]>(table: T): Codes<T> =>
  table.map((e) => e.code) as Codes<T>

export const activityTypeCodeSchema = z.enum(codesOf(ACTIVITY_TYPE_TABLE))
export const themeCodeSchema = z.enum(codesOf(THEME_TABLE))
export const formatCodeSchema = z.enum(codesOf(FORMAT_TABLE))

interface Catalog<Code extends string> {
  entries: readonly CatalogEntry<Code>[]
  find(input: string): CatalogEntry<Code> | undefined
}

/** Validates a table once and indexes every name of every entry; any clash is a data error. */
function buildCatalog<Code extends string>(
  name: string,
  codeSchema: z.ZodType<Code>,
  table: readonly CatalogInput[],
): Catalog<Code> {
  const entrySchema = z.object({
    code: codeSchema,
    en: z.string().trim().min(1),
    ja: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)),
  })
  const entries = z
    .array(entrySchema)
    .min(1)
    .superRefine((es, ctx) => {
      const codes = es.map((e) => e.code)
      if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: `${name}: duplicate code` })
    })
    .parse(table) as CatalogEntry<Code>[]

  const index = new Map<string, CatalogEntry<Code>>()
  for (const entry of entries) {
    for (const key of [entry.code, entry.en, entry.ja, ...entry.aliases].map(foldKey)) {
      const other = index.get(key)
      if (other && other !== entry) {
        throw new Error(`${name}: name "${key}" is ambiguous: ${other.code} and ${entry.code}`)
      }
      index.set(key, entry)
    }
  }
  return {
    entries,
    find: (input) => {
      const key = foldKey(input)
      return key === '' ? undefined : index.get(key)
    },
  }
}

const activityTypes = buildCatalog('activity types', activityTypeCodeSchema, ACTIVITY_TYPE_TABLE)
const themes = buildCatalog('themes', themeCodeSchema, THEME_TABLE)
const formats = buildCatalog('formats', formatCodeSchema, FORMAT_TABLE)

export const ACTIVITY_TYPES: readonly CatalogEntry<ActivityTypeCode>[] = activityTypes.entries
export const THEMES: readonly CatalogEntry<ThemeCode>[] = themes.entries
export const FORMATS: readonly CatalogEntry<FormatCode>[] = formats.entries

/** By code, English or Japanese name, or alias ("food", "日本食"); case-, width- and separator-insensitive. */
export function findActivityType(input: string): CatalogEntry<ActivityTypeCode> | undefined {
  return activityTypes.find(input)
}

export function findTheme(input: string): CatalogEntry<ThemeCode> | undefined {
  return themes.find(input)
}

export function findFormat(input: string): CatalogEntry<FormatCode> | undefined {
  return formats.find(input)
}
