// Every catalogue of user-facing text has every language of LANGS, with the same entries in each. The type
// checker says so for each `Localized<…>`; this reads them at run time too: every source file's constants
// declared `: Localized<…>` or `satisfies Localized<…>` (found by scanning src/, so a new catalogue is checked without
// being listed here), plus the catalogues made of one file per language.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../src/i18n/index.ts'
import { LANGS, inEach, eachOf } from '../../src/i18n/lang.ts'
import { WORDING } from '../../src/questions/wording.ts'

const root = path.resolve(import.meta.dirname, '../..')

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(rel)
    return entry.name.endsWith('.ts') ? [rel] : []
  })
}

/**
 * Each catalogue of a file: `const NAME: Localized<…> = …`, and `const NAME = … satisfies Localized<…>` (the
 * constant the clause closes).
 */
function declaredCatalogues(text: string): Array<{ name: string; exported: boolean }> {
  const found: Array<{ name: string; exported: boolean }> = []
  for (const m of text.matchAll(/^(export )?const (\w+): Localized</gm)) found.push({ name: m[2]!, exported: m[1] !== undefined })
  for (const m of text.matchAll(/satisfies Localized</g)) {
    const before = text.slice(0, m.index)
    const decls = [...before.matchAll(/^(export )?const (\w+)\b/gm)]
    const last = decls.at(-1)
    if (last) found.push({ name: last[2]!, exported: last[1] !== undefined })
  }
  return found
}

/** The entries of a catalogue's value for one language: its keys, and its nested objects' keys. */
function shape(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => shape(v, prefix === '' ? k : `${prefix}.${k}`)).sort()
}

function expectComplete(name: string, catalogue: unknown): void {
  expect(catalogue, name).toBeTypeOf('object')
  expect(Object.keys(catalogue as object).sort(), `${name}: languages`).toEqual([...LANGS].sort())
  const [first, ...rest] = LANGS
  const reference = shape((catalogue as Record<string, unknown>)[first])
  for (const lang of rest) expect(shape((catalogue as Record<string, unknown>)[lang]), `${name}.${lang}: entries`).toEqual(reference)
}

const files = sources('src')
  .map((file) => ({ file, catalogues: declaredCatalogues(readFileSync(path.join(root, file), 'utf8')) }))
  .filter((f) => f.catalogues.length > 0)

describe('catalogues', () => {
  it('finds the catalogues declared in src/ (so the checks below check something)', () => {
    expect(files.map((f) => f.file)).toContain('src/i18n/format.ts')
  })

  it.each(files)('$file: each catalogue is exported and has every language, with the same entries', async ({ file, catalogues }) => {
    const mod = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>
    for (const { name, exported } of catalogues) {
      expect(exported, `${file}: ${name} is exported`).toBe(true)
      expectComplete(`${file}: ${name}`, mod[name])
    }
  })

  it('the messages and the wording of answers have every language, with the same entries', () => {
    expectComplete('MESSAGES', MESSAGES)
    expectComplete('WORDING', WORDING)
  })

  it('sees a language missing, and an entry missing in one language', () => {
    const one = Object.fromEntries(LANGS.slice(0, 1).map((lang) => [lang, { a: 'x' }]))
    expect(() => expectComplete('one', one)).toThrow()
    const uneven = inEach((lang) => (lang === LANGS[0] ? { a: 'x', b: 'y' } : { a: 'x' }))
    expect(() => expectComplete('uneven', uneven)).toThrow()
  })

  it('inEach makes one value per language, in the order of LANGS', () => {
    expect(eachOf(inEach((lang) => `<${lang}>`))).toEqual(LANGS.map((lang) => `<${lang}>`))
  })
})
