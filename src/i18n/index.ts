import { en } from './en.ts'
import { ja } from './ja.ts'
import { LANGS, type Lang, type Localized } from './lang.ts'
import type { MessageParams } from './types.ts'

export type { Lang, MessageParams } from './types.ts'
export type MessageKey = keyof typeof en

/** The messages of the command line and of errors, one file per language. */
export const MESSAGES = { en, ja } as const satisfies Localized<typeof en>

export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[lang][key](params)
}

/** Every language, English first: the CLI and shared channels speak to a bilingual team. */
export function tBoth(key: MessageKey, params: MessageParams = {}): string {
  return LANGS.map((lang) => t(lang, key, params)).join('\n')
}
