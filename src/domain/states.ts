// Reference data: the 50 states plus DC, with the four US Census regions. Japanese names follow the
// spelling used by the Ministry of Foreign Affairs; `aliases` holds other spellings people type.
// An administrator may correct this table; it is validated when the module loads, so a bad edit fails
// at start-up instead of miscounting quietly.
import { z } from 'zod'
import type { Lang, Localized } from '../i18n/lang.ts'
import { foldKey } from './text.ts'

export type RegionCode = 'northeast' | 'midwest' | 'south' | 'west'

export interface Region {
  code: RegionCode
  nameEn: string
  nameJa: string
}

export interface UsState {
  /** USPS code, e.g. "WI". */
  code: string
  nameEn: string
  nameJa: string
  region: RegionCode
  /** False only for DC: a jurisdiction, but not one of the 50 states. */
  isState: boolean
  /** Other spellings accepted by `findState` (besides the code and both names). */
  aliases: string[]
  /** The name written in texts where it differs from nameJa (DC: ワシントンDC（コロンビア特別区）); see stateName. */
  textJa?: string
}

export const regionCodeSchema = z.enum(['northeast', 'midwest', 'south', 'west'])

export const REGIONS: readonly Region[] = z
  .array(z.object({ code: regionCodeSchema, nameEn: z.string().min(1), nameJa: z.string().min(1) }))
  .refine((rs) => new Set(rs.map((r) => r.code)).size === regionCodeSchema.options.length, {
    message: 'every region code must appear exactly once',
  })
  .parse([
    { code: 'northeast', nameEn: 'Northeast', nameJa: '北東部' },
    { code: 'midwest', nameEn: 'Midwest', nameJa: '中西部' },
    { code: 'south', nameEn: 'South', nameJa: '南部' },
    { code: 'west', nameEn: 'West', nameJa: '西部' },
  ])

export function regionByCode(code: RegionCode): Region {
  const region = REGIONS.find((r) => r.code === code)
  if (!region) throw new RangeError(`unknown region code: ${code}`)
  return region
}

const usStateSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/, 'USPS code: two capital letters'),
    nameEn: z.string().min(1),
    nameJa: z.string().min(1),
    region: regionCodeSchema,
    isState: z.boolean(),
    aliases: z.array(z.string().min(1)),
    textJa: z.string().min(1).optional(),
  })
  .refine((s) => !s.isState || s.nameJa.endsWith('州'), {
    message: 'the Japanese name of a state ends in 州',
  })

const statesTableSchema = z.array(usStateSchema).superRefine((states, ctx) => {
  const seen = new Set<string>()
  for (const s of states) {
    if (seen.has(s.code)) ctx.addIssue({ code: 'custom', message: `duplicate state code ${s.code}` })
    seen.add(s.code)
  }
  const count = states.filter((s) => s.isState).length
  if (count !== 50) ctx.addIssue({ code: 'custom', message: `expected 50 states, found ${count}` })
})

// Row constructor so the table reads as one line per state.
const st = (
  code: string,
  nameEn: string,
  nameJa: string,
  region: RegionCode,
  aliases: string[] = [],
): UsState => ({ code, nameEn, nameJa, region, isState: true, aliases })

export const STATES: readonly UsState[] = statesTableSchema.parse([
  st('AL', 'Alabama', 'アラバマ州', 'south'),
  st('AK', 'Alaska', 'アラスカ州', 'west'),
  st('AZ', 'Arizona', 'アリゾナ州', 'west'),
  st('AR', 'Arkansas', 'アーカンソー州', 'south', ['アーカンサー州']),
  st('CA', 'California', 'カリフォルニア州', 'west'),
  st('CO', 'Colorado', 'コロラド州', 'west'),
  st('CT', 'Connecticut', 'コネチカット州', 'northeast'),
  st('DE', 'Delaware', 'デラウェア州', 'south', ['デラウエア州']),
  {
    code: 'DC',
    nameEn: 'District of Columbia',
    nameJa: 'コロンビア特別区',
    region: 'south',
    isState: false,
    aliases: ['Washington DC', 'Washington, D.C.', 'Washington D.C.', 'ワシントンDC', 'ワシントンD.C.'],
    // as the bureau writes it: the name people know first, the legal name after
    textJa: 'ワシントンDC（コロンビア特別区）',
  },
  st('FL', 'Florida', 'フロリダ州', 'south'),
  st('GA', 'Georgia', 'ジョージア州', 'south'),
  st('HI', 'Hawaii', 'ハワイ州', 'west', ["Hawai'i"]),
  st('ID', 'Idaho', 'アイダホ州', 'west'),
  st('IL', 'Illinois', 'イリノイ州', 'midwest'),
  st('IN', 'Indiana', 'インディアナ州', 'midwest'),
  st('IA', 'Iowa', 'アイオワ州', 'midwest'),
  st('KS', 'Kansas', 'カンザス州', 'midwest', ['カンサス州']),
  st('KY', 'Kentucky', 'ケンタッキー州', 'south'),
  st('LA', 'Louisiana', 'ルイジアナ州', 'south'),
  st('ME', 'Maine', 'メイン州', 'northeast'),
  st('MD', 'Maryland', 'メリーランド州', 'south'),
  st('MA', 'Massachusetts', 'マサチューセッツ州', 'northeast', ['マサチュセッツ州']),
  st('MI', 'Michigan', 'ミシガン州', 'midwest'),
  st('MN', 'Minnesota', 'ミネソタ州', 'midwest'),
  st('MS', 'Mississippi', 'ミシシッピ州', 'south', ['ミシシッピー州']),
  st('MO', 'Missouri', 'ミズーリ州', 'midwest'),
  st('MT', 'Montana', 'モンタナ州', 'west'),
  st('NE', 'Nebraska', 'ネブラスカ州', 'midwest'),
  st('NV', 'Nevada', 'ネバダ州', 'west', ['ネヴァダ州']),
  st('NH', 'New Hampshire', 'ニューハンプシャー州', 'northeast'),
  st('NJ', 'New Jersey', 'ニュージャージー州', 'northeast'),
  st('NM', 'New Mexico', 'ニューメキシコ州', 'west'),
  st('NY', 'New York', 'ニューヨーク州', 'northeast', ['New York State']),
  st('NC', 'North Carolina', 'ノースカロライナ州', 'south'),
  st('ND', 'North Dakota', 'ノースダコタ州', 'midwest'),
  st('OH', 'Ohio', 'オハイオ州', 'midwest'),
  st('OK', 'Oklahoma', 'オクラホマ州', 'south'),
  st('OR', 'Oregon', 'オレゴン州', 'west'),
  st('PA', 'Pennsylvania', 'ペンシルベニア州', 'northeast', ['ペンシルバニア州', 'ペンシルヴェニア州']),
  st('RI', 'Rhode Island', 'ロードアイランド州', 'northeast'),
  st('SC', 'South Carolina', 'サウスカロライナ州', 'south'),
  st('SD', 'South Dakota', 'サウスダコタ州', 'midwest'),
  st('TN', 'Tennessee', 'テネシー州', 'south'),
  st('TX', 'Texas', 'テキサス州', 'south'),
  st('UT', 'Utah', 'ユタ州', 'west'),
  st('VT', 'Vermont', 'バーモント州', 'northeast', ['ヴァーモント州']),
  st('VA', 'Virginia', 'バージニア州', 'south', ['ヴァージニア州']),
  st('WA', 'Washington', 'ワシントン州', 'west', ['Washington State']),
  st('WV', 'West Virginia', 'ウェストバージニア州', 'south', ['ウエストバージニア州', 'ウェストヴァージニア州']),
  st('WI', 'Wisconsin', 'ウィスコンシン州', 'midwest', ['ウイスコンシン州']),
  st('WY', 'Wyoming', 'ワイオミング州', 'west'),
])

/** The 50 states, without DC: what "states covered" counts. */
export const FIFTY_STATES: readonly UsState[] = STATES.filter((s) => s.isState)

/** Every spelling of a state without its trailing 州, so ウィスコンシン finds ウィスコンシン州. */
function lookupKeys(s: UsState): string[] {
  const names = [s.code, s.nameEn, s.nameJa, ...s.aliases]
  const withoutShu = names.filter((n) => n.endsWith('州')).map((n) => n.slice(0, -1))
  return [...names, ...withoutShu].map(foldKey)
}

const stateIndex: ReadonlyMap<string, UsState> = (() => {
  const index = new Map<string, UsState>()
  for (const s of STATES) {
    for (const key of lookupKeys(s)) {
      const other = index.get(key)
      if (other && other !== s) {
        throw new Error(`state lookup key "${key}" is ambiguous: ${other.code} and ${s.code}`)
      }
      index.set(key, s)
    }
  }
  return index
})()

/**
 * The state (or DC) a user means: USPS code in any case or width, English name ("Washington" is the
 * state, "Washington DC" / "D.C." / "District of Columbia" is DC) or Japanese name with or without 州.
 */
export function findState(input: string): UsState | undefined {
  const key = foldKey(input)
  if (key === '') return undefined
  return stateIndex.get(key)
}

/**
 * A state's (or DC's) name as every surface writes it: 'Wisconsin' / 'ウィスコンシン州', and DC as
 * 'District of Columbia' / 'ワシントンDC（コロンビア特別区）'. Throws on an unknown code.
 */
export function stateName(code: string, lang: Lang): string {
  return STATE_NAME[lang](stateByCode(code))
}

/** A state's name in running text, in each language. */
export const STATE_NAME = {
  en: (s) => s.nameEn,
  ja: (s) => s.textJa ?? s.nameJa,
} as const satisfies Localized<(s: UsState) => string>

/** The state with this USPS code; throws on an unknown code (a programming or data error). */
export function stateByCode(code: string): UsState {
  const state = STATES.find((s) => s.code === code.toUpperCase())
  if (!state) throw new RangeError(`unknown state code: ${code}`)
  return state
}
