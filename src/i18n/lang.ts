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

/** The field of reference data that holds its name in each language ({ nameEn, nameJa }). */
export const NAME_FIELD = { en: 'nameEn', ja: 'nameJa' } as const satisfies Localized<string>

/** A record's name in a language: its nameEn or nameJa. */
export function nameIn(record: { readonly [K in (typeof NAME_FIELD)[Lang]]: string }, lang: Lang): string {
  return record[NAME_FIELD[lang]]
}

/** How a list of names is joined in running text: 'Wisconsin, Texas' / 'ウィスコンシン州、テキサス州'. */
export const LIST_SEPARATOR = { en: ', ', ja: '、' } as const satisfies Localized<string>

/** The languages other than `lang`, in the order of LANGS: the ones a bilingual message shows after it. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((other) => other !== lang)
}

/** A value in `lang` when it has one, else in the first other language (LANGS order) that has one. */
export function firstIn<T>(valueIn: (lang: Lang) => T | null | undefined, lang: Lang): T | null {
  for (const l of [lang, ...otherLangs(lang)]) {
    const value = valueIn(l)
    if (value !== null && value !== undefined) return value
  }
  return null
}

/** The field of an event that holds its title in each language ({ titleEn, titleJa }). */
export const TITLE_FIELD = { en: 'titleEn', ja: 'titleJa' } as const satisfies Localized<string>

/** An event's title in `lang`, else in another language (null when it has none). */
export function titleIn(record: { readonly [K in (typeof TITLE_FIELD)[Lang]]: string | null }, lang: Lang): string | null {
  return firstIn((l) => record[TITLE_FIELD[l]], lang)
}
