// The zod schema of a localized value at a border, built from LANGS (kept apart from lang.ts, which the
// command line's --help loads without any package).
import { z } from 'zod'
import { LANGS, type Lang } from './lang.ts'

/**
 * The zod schema of a value in every language of LANGS (a border's localized text: a question back's button
 * label, an answer's text), built from LANGS so a new language is required at every border at once.
 */
export function localizedSchema<T extends z.ZodTypeAny>(inner: T): z.ZodObject<{ [L in Lang]: T }> {
  return z.object(Object.fromEntries(LANGS.map((lang) => [lang, inner])) as { [L in Lang]: T })
}
