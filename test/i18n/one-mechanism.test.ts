// User-facing text is chosen by indexing a catalogue with the language (src/i18n/lang.ts), never by comparing
// the language with a name: a comparison (`lang === 'ja' ? … : …`) silently sends a third language down one
// of the two branches, where a catalogue lacking it is a compile error. This scans every source file for a
// comparison of a value with a language name.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** A comparison of anything with a language name, either way round: `lang === 'en'`, `'ja' !== x`. */
const COMPARISON = /(?:===|!==)\s*['"`](?:en|ja)['"`]|['"`](?:en|ja)['"`]\s*(?:===|!==)/g

/**
 * The comparisons allowed, with how many each file holds (the test fails when the number changes either way):
 * - the question parser's word order (two comparisons): the period an English question compares with follows
 *   its cue ("more than in FY2021", "entered … during 2022"), a Japanese one precedes it (2021年度より,
 *   2023年に入ってから登録). That is a rule of reading each language's grammar, not text shown to a user; a new
 *   language needs reading rules of its own in the parser anyway.
 */
const ALLOWED: Record<string, number> = {
  'src/questions/parser/event-questions.ts': 2,
}

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(rel)
    return entry.name.endsWith('.ts') ? [rel] : []
  })
}

function comparisons(): Record<string, number> {
  const found: Record<string, number> = {}
  for (const file of sources('src')) {
    const n = readFileSync(path.join(root, file), 'utf8').match(COMPARISON)?.length ?? 0
    if (n > 0) found[file] = n
  }
  return found
}

describe('language comparisons', () => {
  it('finds none in src/ beyond the allowed ones', () => {
    expect(comparisons()).toEqual(ALLOWED)
  })

  it('recognises a comparison either way round, with any quote', () => {
    const sample = "lang === 'en' ? a : b; x !== \"ja\"; `ja` === y; l === 'fr'"
    expect(sample.match(COMPARISON)).toEqual(["=== 'en'", '!== "ja"', '`ja` ==='])
  })
})
