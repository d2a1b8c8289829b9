// The wording of answers in every language, keyed by the list of languages: a third language is a new file
// in wording/ satisfying the Wording interface, added to WORDING and LANGS.
import { LANGS, inEach, type Lang, type Localized, type LocalizedText } from '../i18n/lang.ts'
import { en } from './wording/en.ts'
import { ja } from './wording/ja.ts'
import type { Wording } from './wording/types.ts'

export type { Assumption, EventLine, Unit, Wording } from './wording/types.ts'
export type { UnknownReason } from './unknown.ts'
export { rowName } from './wording/shared.ts'

export const WORDING = { en, ja } as const satisfies Localized<Wording>

export { LANGS }

/** A text in every language. */
export type Bilingual = LocalizedText

/** One text per language, each written by that language's wording. */
export function both(f: (w: Wording, lang: Lang) => string): Bilingual {
  return inEach((lang) => f(WORDING[lang], lang))
}
