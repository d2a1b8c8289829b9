import { en } from './en.ts'
import { ja } from './ja.ts'
import type { Lang, MessageParams } from './types.ts'

export type { Lang, MessageParams } from './types.ts'
export type MessageKey = keyof typeof en

const catalogues = { en, ja } as const

export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[lang][key](params)
}

/** Both languages, English first: the CLI and shared channels speak to a bilingual team. */
export function tBoth(key: MessageKey, params: MessageParams = {}): string {
  return `${t('en', key, params)}\n${t('ja', key, params)}`
}
