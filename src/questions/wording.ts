// The wording of answers in every language, keyed by the list of languages: a third language is a new file
// in wording/ satisfying the Wording interface, added to WORDING and LANGS.
import type { Lang } from '../i18n/types.ts'
import { en } from './wording/en.ts'
import { ja } from './wording/ja.ts'
import type { Wording } from './wording/types.ts'

export type { Assumption, EventLine, Unit, Wording } from './wording/types.ts'
export type { UnknownReason } from './unknown.ts'
export { rowName } from './wording/shared.ts'

export const WORDING = { en, ja } as const satisfies Record<Lang, Wording>

export const LANGS: readonly Lang[] = ['en', 'ja']

/** A text in every language. */
export type Bilingual = { en: string; ja: string }

/** One text per language, each written by that language's wording. */
export function both(f: (w: Wording, lang: Lang) => string): Bilingual {
  const [en, ja] = LANGS.map((l) => f(WORDING[l], l)) as [string, string]
  return { en, ja }
}
