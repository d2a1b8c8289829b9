// The language to speak to a Slack user in: their Slack locale (users.info include_locale; ja-JP → Japanese,
// anything else → English), cached in memory and remembered in UserPreference, so a Slack outage or a
// rate limit still answers in the right language.
import type { Lang } from '../i18n/index.ts'
import type { Db } from '../store/client.ts'
import { getPreference, savePreference } from '../store/preferences.ts'

export type LocaleFetcher = (userId: string) => Promise<string | undefined>

export interface LocaleService {
  langOf(userId: string): Promise<Lang>
}

export function langOfLocale(locale: string | null | undefined): Lang | undefined {
  if (locale === null || locale === undefined || locale === '') return undefined
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}

export function createLocaleService(options: {
  db: Db
  fetchLocale: LocaleFetcher
  fallback: Lang
  cacheMs?: number
  now?: () => number
}): LocaleService {
  const { db, fetchLocale, fallback } = options
  const cacheMs = options.cacheMs ?? 60 * 60_000
  const now = options.now ?? Date.now
  const cache = new Map<string, { at: number; lang: Lang }>()
  return {
    async langOf(userId) {
      const hit = cache.get(userId)
      if (hit && now() - hit.at < cacheMs) return hit.lang
      try {
        const locale = await fetchLocale(userId)
        const lang = langOfLocale(locale) ?? fallback
        cache.set(userId, { at: now(), lang })
        if (locale !== undefined) await savePreference(db, { userId, locale }).catch(() => undefined)
        return lang
      } catch {
        // not cached: the next request asks Slack again
        return langOfLocale((await getPreference(db, userId).catch(() => null))?.locale) ?? fallback
      }
    },
  }
}
