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
 * Files whose comparisons are not yet replaced by catalogue entries, with how many they hold: the number may
 * only go down (the test fails when a file gains one, and when one is removed, so that the list shrinks).
 * They are the question parser and intents, under parallel change, converted last.
 */
const PENDING: Record<string, number> = {
  'src/questions/intents/above-average.ts': 1,
  'src/questions/intents/average-events.ts': 3,
  'src/questions/intents/budget-execution.ts': 3,
  'src/questions/intents/crosstab.ts': 2,
  'src/questions/intents/event-cost.ts': 7,
  'src/questions/intents/event-stat.ts': 4,
  'src/questions/intents/largest-event.ts': 2,
  'src/questions/intents/recorded-events.ts': 2,
  'src/questions/intents/share.ts': 5,
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
  it('finds none in src/ beyond the pending files, and no more there than listed', () => {
    expect(comparisons()).toEqual(PENDING)
  })

  it('recognises a comparison either way round, with any quote', () => {
    const sample = "lang === 'en' ? a : b; x !== \"ja\"; `ja` === y; l === 'fr'"
    expect(sample.match(COMPARISON)).toEqual(["=== 'en'", '!== "ja"', '`ja` ==='])
  })
})
