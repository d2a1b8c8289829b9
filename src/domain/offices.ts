// Reference data: Japan's diplomatic offices in the US (在外公館) and the states each one serves, as the
// consulates published their jurisdictions in 2019. An administrator may correct this table; it is
// validated when the module loads (unique codes, known states, unambiguous names), so a bad edit fails
// at start-up.
import { z } from 'zod'
import type { Lang, Localized } from '../i18n/lang.ts'
import { localizedSchema } from '../i18n/localized-schema.ts'
import { FIFTY_STATES, STATES } from './states.ts'
import { foldKey } from './text.ts'

export type OfficeKind = 'embassy' | 'consulate_general' | 'consular_office'

export interface Office {
  /** Stable identifier stored with events, e.g. "chicago". */
  code: string
  kind: OfficeKind
  /** e.g. "Consulate-General of Japan in Chicago". */
  nameEn: string
  /** e.g. "Chicago". */
  shortEn: string
  /** e.g. "在シカゴ日本国総領事館". */
  nameJa: string
  /** e.g. "シカゴ総領事館": a name users type (the question parser reads it); texts use textJa / tableJa. */
  shortJa: string
  /** How the bureau names the office in a sentence: "在シカゴ総領事館", "在アンカレジ領事事務所", "在米国大使館". */
  textJa: string
  /** How the bureau names the office in a table or a slide: "シカゴ総", "アンカレジ事務所", "大使館". */
  tableJa: string
  /** USPS code of the state (or DC) where the office sits. */
  hostState: string
  /** USPS codes of the states it serves, wholly or in part. */
  states: string[]
  /** Where a state is served only in part, or the office has duties beyond its states. */
  notes?: { en: string; ja: string }
  /** Other names users type, besides those derived from the names above. */
  aliases: string[]
}

export const officeKindSchema = z.enum(['embassy', 'consulate_general', 'consular_office'])

const knownCodes = new Set(STATES.map((s) => s.code))
const stateCodeSchema = z.string().refine((c) => knownCodes.has(c), { message: 'unknown state code' })

const officeSchema = z
  .object({
    code: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'office code: lower-case kebab-case'),
    kind: officeKindSchema,
    nameEn: z.string().min(1),
    shortEn: z.string().min(1),
    nameJa: z.string().min(1),
    shortJa: z.string().min(1),
    textJa: z.string().min(1),
    tableJa: z.string().min(1),
    hostState: stateCodeSchema,
    states: z.array(stateCodeSchema).min(1),
    notes: localizedSchema(z.string().min(1)).optional(),
    aliases: z.array(z.string().min(1)),
  })
  .refine((o) => o.states.includes(o.hostState), { message: 'an office serves the state it sits in' })
  .refine((o) => new Set(o.states).size === o.states.length, { message: 'duplicate state in office' })

const officesTableSchema = z.array(officeSchema).superRefine((offices, ctx) => {
  const seen = new Set<string>()
  for (const o of offices) {
    if (seen.has(o.code)) ctx.addIssue({ code: 'custom', message: `duplicate office code ${o.code}` })
    seen.add(o.code)
  }
  const served = new Set(offices.flatMap((o) => o.states))
  for (const s of STATES) {
    if (!served.has(s.code)) ctx.addIssue({ code: 'custom', message: `no office serves ${s.code}` })
  }
})

interface ConsulateInput {
  code: string
  cityEn: string
  cityJa: string
  hostState: string
  states: string[]
  notes?: { en: string; ja: string }
  aliases?: string[]
}

const consulateGeneral = ({ cityEn, cityJa, aliases = [], ...rest }: ConsulateInput): Office => ({
  ...rest,
  kind: 'consulate_general',
  nameEn: `Consulate-General of Japan in ${cityEn}`,
  shortEn: cityEn,
  nameJa: `在${cityJa}日本国総領事館`,
  shortJa: `${cityJa}総領事館`,
  textJa: `在${cityJa}総領事館`,
  tableJa: `${cityJa}総`,
  aliases,
})

export const OFFICES: readonly Office[] = officesTableSchema.parse([
  {
    code: 'embassy',
    kind: 'embassy',
    nameEn: 'Embassy of Japan in the United States of America',
    shortEn: 'Embassy',
    nameJa: '在アメリカ合衆国日本国大使館',
    shortJa: '大使館',
    textJa: '在米国大使館',
    tableJa: '大使館',
    hostState: 'DC',
    states: ['DC'],
    notes: {
      en: 'Also responsible for matters concerning the United States as a whole.',
      ja: '米国全体に関わる事務も所掌。',
    },
    aliases: [
      'Embassy of Japan',
      'Japanese Embassy',
      'Embassy in Washington',
      'Embassy in Washington DC',
      'Washington Embassy',
      'DC Embassy',
      '日本大使館',
      '在米大使館',
      '在米国大使館',
      '在米日本大使館',
      '在米国日本国大使館',
      'ワシントン大使館',
    ],
  },
  consulateGeneral({
    code: 'new-york',
    cityEn: 'New York',
    cityJa: 'ニューヨーク',
    hostState: 'NY',
    states: ['NY', 'NJ', 'PA', 'DE', 'MD', 'WV', 'CT'],
    notes: {
      en: 'Connecticut: Fairfield County only. Also serves Puerto Rico and the US Virgin Islands.',
      ja: 'コネチカット州はフェアフィールド郡のみ管轄。プエルトリコ及び米領バージン諸島も管轄。',
    },
    aliases: ['NYC', 'New York City', 'CGNY', 'NY総', 'NY総領事館'],
  }),
  consulateGeneral({
    code: 'boston',
    cityEn: 'Boston',
    cityJa: 'ボストン',
    hostState: 'MA',
    states: ['MA', 'ME', 'NH', 'RI', 'VT', 'CT'],
    notes: {
      en: 'Connecticut: all counties except Fairfield County.',
      ja: 'コネチカット州はフェアフィールド郡以外の地域を管轄。',
    },
  }),
  consulateGeneral({
    code: 'chicago',
    cityEn: 'Chicago',
    cityJa: 'シカゴ',
    hostState: 'IL',
    states: ['IL', 'IN', 'IA', 'KS', 'MN', 'MO', 'NE', 'ND', 'SD', 'WI'],
  }),
  consulateGeneral({
    code: 'detroit',
    cityEn: 'Detroit',
    cityJa: 'デトロイト',
    hostState: 'MI',
    states: ['MI', 'OH'],
  }),
  consulateGeneral({
    code: 'nashville',
    cityEn: 'Nashville',
    cityJa: 'ナッシュビル',
    hostState: 'TN',
    states: ['TN', 'AR', 'KY', 'LA', 'MS'],
    aliases: ['ナッシュヴィル'],
  }),
  consulateGeneral({
    code: 'atlanta',
    cityEn: 'Atlanta',
    cityJa: 'アトランタ',
    hostState: 'GA',
    states: ['GA', 'AL', 'NC', 'SC', 'VA'],
  }),
  consulateGeneral({
    code: 'miami',
    cityEn: 'Miami',
    cityJa: 'マイアミ',
    hostState: 'FL',
    states: ['FL'],
  }),
  consulateGeneral({
    code: 'houston',
    cityEn: 'Houston',
    cityJa: 'ヒューストン',
    hostState: 'TX',
    states: ['TX', 'OK'],
  }),
  consulateGeneral({
    code: 'denver',
    cityEn: 'Denver',
    cityJa: 'デンバー',
    hostState: 'CO',
    states: ['CO', 'UT', 'WY', 'NM'],
  }),
  consulateGeneral({
    code: 'los-angeles',
    cityEn: 'Los Angeles',
    cityJa: 'ロサンゼルス',
    hostState: 'CA',
    states: ['AZ', 'CA'],
    notes: {
      en: 'California: southern part only (the north is served by San Francisco).',
      ja: 'カリフォルニア州は南部のみ管轄（北部は在サンフランシスコ日本国総領事館が管轄）。',
    },
    // Not "LA": that is Louisiana's USPS code.
    aliases: ['L.A. Consulate', 'LA総', 'LA総領事館', 'ロス', 'ロス総', 'ロス総領事館', 'ロサンジェルス', 'ロサンジェルス総領事館'],
  }),
  consulateGeneral({
    code: 'san-francisco',
    cityEn: 'San Francisco',
    cityJa: 'サンフランシスコ',
    hostState: 'CA',
    states: ['NV', 'CA'],
    notes: {
      en: 'California: northern part only (the south is served by Los Angeles).',
      ja: 'カリフォルニア州は北部のみ管轄（南部は在ロサンゼルス日本国総領事館が管轄）。',
    },
    aliases: ['SF', 'San Fran', 'SF総', 'SF総領事館', 'サンフラン', 'サンフラン総'],
  }),
  consulateGeneral({
    code: 'seattle',
    cityEn: 'Seattle',
    cityJa: 'シアトル',
    hostState: 'WA',
    states: ['WA', 'MT', 'ID'],
    notes: {
      en: 'Idaho: northern part only (the south is served by Portland).',
      ja: 'アイダホ州は北部のみ管轄（南部は在ポートランド日本国総領事館が管轄）。',
    },
  }),
  consulateGeneral({
    code: 'portland',
    cityEn: 'Portland',
    cityJa: 'ポートランド',
    hostState: 'OR',
    states: ['OR', 'ID'],
    notes: {
      en: 'Idaho: southern part only (the north is served by Seattle).',
      ja: 'アイダホ州は南部のみ管轄（北部は在シアトル日本国総領事館が管轄）。',
    },
    aliases: ['Portland, Oregon', 'Portland OR'],
  }),
  consulateGeneral({
    code: 'honolulu',
    cityEn: 'Honolulu',
    cityJa: 'ホノルル',
    hostState: 'HI',
    states: ['HI'],
  }),
  {
    code: 'anchorage',
    kind: 'consular_office',
    nameEn: 'Consular Office of Japan in Anchorage',
    shortEn: 'Anchorage',
    nameJa: '在アンカレジ日本国領事事務所',
    shortJa: 'アンカレジ領事事務所',
    textJa: '在アンカレジ領事事務所',
    tableJa: 'アンカレジ事務所',
    hostState: 'AK',
    states: ['AK'],
    aliases: ['在アンカレジ領事事務所', 'アンカレッジ', 'アンカレッジ領事事務所', 'アンカレッジ事務所'],
  },
])

/**
 * Names derived from the table, so the short forms used in task force papers work without listing them:
 * シカゴ総 / シカゴ総領事 / シカゴ, アンカレジ事務所, "Chicago Consulate", "Consulate-General in Chicago".
 */
function derivedNames(o: Office): string[] {
  const names = [o.code, o.nameEn, o.shortEn, o.nameJa, o.shortJa, ...o.aliases]
  if (o.kind === 'consulate_general') {
    const city = o.shortJa.replace(/総領事館$/u, '')
    names.push(`${city}総`, `${city}総領事`, city, `在${city}総領事館`)
    names.push(`${o.shortEn} Consulate`, `${o.shortEn} Consulate-General`, `Consulate-General in ${o.shortEn}`)
    names.push(`Consulate in ${o.shortEn}`)
  } else if (o.kind === 'consular_office') {
    const city = o.shortJa.replace(/領事事務所$/u, '')
    names.push(`${city}事務所`, city)
    names.push(`${o.shortEn} Consular Office`, `Consular Office in ${o.shortEn}`, `${o.shortEn} Office`)
  }
  return names
}

const officeIndex: ReadonlyMap<string, Office> = (() => {
  const index = new Map<string, Office>()
  // A state code typed alone must mean the state, never an office ("LA" is Louisiana).
  const stateCodes = new Set(STATES.map((s) => foldKey(s.code)))
  for (const o of OFFICES) {
    for (const key of derivedNames(o).map(foldKey)) {
      if (stateCodes.has(key)) throw new Error(`office ${o.code}: name "${key}" is a state code`)
      const other = index.get(key)
      if (other && other !== o) {
        throw new Error(`office lookup key "${key}" is ambiguous: ${other.code} and ${o.code}`)
      }
      index.set(key, o)
    }
  }
  return index
})()

/** The office a user means, by code, English or Japanese name, short form (シカゴ総) or alias. */
export function findOffice(input: string): Office | undefined {
  const key = foldKey(input)
  if (key === '') return undefined
  return officeIndex.get(key)
}

/** The office with this code; throws on an unknown code (a programming or data error). */
export function officeByCode(code: string): Office {
  const office = OFFICES.find((o) => o.code === code)
  if (!office) throw new RangeError(`unknown office code: ${code}`)
  return office
}

/** Where an office is named: a sentence ('text'), a table, slide or chart ('table'), or in full ('full'). */
export type OfficeNameForm = 'full' | 'text' | 'table'

/**
 * The one name of an office for each place it is written, used by every surface (answers, digest, report,
 * deck, workbook, Slack): 在シカゴ日本国総領事館 / 在シカゴ総領事館 / シカゴ総, and in English "Consulate-General
 * of Japan in Chicago" / "Chicago consulate" / "Chicago". Throws on an unknown code.
 */
export function officeName(code: string, lang: Lang, form: OfficeNameForm): string {
  const o = officeByCode(code)
  return OFFICE_NAME[lang][form](o)
}

/** An office's name in each form, in each language. */
export const OFFICE_NAME = {
  en: {
    full: (o) => o.nameEn,
    table: (o) => o.shortEn,
    // a bare city would read as a place ("events in Chicago"): the office is named as one
    text: (o) => (o.kind === 'consulate_general' ? `${o.shortEn} consulate` : o.kind === 'consular_office' ? `${o.shortEn} consular office` : o.shortEn),
  },
  ja: {
    full: (o) => o.nameJa,
    table: (o) => o.tableJa,
    text: (o) => o.textJa,
  },
} as const satisfies Localized<Record<OfficeNameForm, (o: Office) => string>>

/** Offices serving a state (two for CT, CA and ID), in table order. */
export function officesServingState(code: string): Office[] {
  const upper = code.toUpperCase()
  return OFFICES.filter((o) => o.states.includes(upper))
}

/**
 * USPS codes of the 50 states that host no office: "states without a consulate" (総領事館が所在しない地域),
 * where the task force values events most. DC hosts the embassy and is not a state, so it is never listed.
 */
export function statesWithoutOffice(): string[] {
  const hosts = new Set(OFFICES.map((o) => o.hostState))
  return FIFTY_STATES.filter((s) => !hosts.has(s.code)).map((s) => s.code)
}
