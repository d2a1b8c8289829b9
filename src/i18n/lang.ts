// The languages the bot speaks, and the one way user-facing text is held and read.
//
// Every text a user reads comes from a catalogue of type Localized<…>: one value per language of LANGS,
// declared once per module (`const TEXT = { en: {…}, ja: {…} } satisfies Localized<Texts>`) or one file per
// language for a whole catalogue (i18n/en.ts and ja.ts, questions/wording/en.ts and ja.ts). A text is read
// by indexing the catalogue with the language (`TEXT[lang].title(fy)`); code that writes every language
// iterates LANGS (`inEach`), never naming a language. Adding a language is adding it to LANGS: the type
// checker then names every catalogue that lacks it, and test/i18n/catalogues.test.ts checks them at run time.

export const LANGS = ['en', 'ja'] as const

export type Lang = (typeof LANGS)[number]

/** A value in every language of LANGS: a text, a catalogue of texts, or reference data named in each. */
export type Localized<T> = { readonly [L in Lang]: T }

/** A text in every language. */
export type LocalizedText = Localized<string>

/** One value per language, each made for that language (in the order of LANGS). */
export function inEach<T>(f: (lang: Lang) => T): Localized<T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, f(lang)])) as Record<Lang, T>
}

/** Every language's value of a localized value, in the order of LANGS. */
export function eachOf<T>(value: Localized<T>): T[] {
  return LANGS.map((lang) => value[lang])
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** The Intl locale of each language. */
export const LOCALES = { en: 'en-US', ja: 'ja-JP' } as const satisfies Localized<string>
