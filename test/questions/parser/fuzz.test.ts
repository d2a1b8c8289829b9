// Property tests: whatever arrives from Slack, the parser returns in time, never throws, always returns a
// result valid under the contract, and never turns a number from the text into anything but a fiscal
// year, a date, a top N or a list length.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { parseResultSchema, type ParseResult } from '../../../src/questions/query.ts'
import { DEVSET } from '../devset/devset.ts'
import { fuzz } from '../../fuzz/budget.ts'
import { DOMAIN_WORDS, HOSTILE, knownPiecesWithUnknownWord } from '../fuzz-inputs.ts'

const asOf = '2023-08-15'
/**
 * The parser's own cost per question: CPU time, so other processes on a shared machine do not count. It is the
 * whole process's CPU (Node 20 has no per-thread figure), so a garbage collection on another thread can land
 * in one sample: the limit is far above a parse (under 1 ms) and far below runaway backtracking (seconds).
 */
const CPU_LIMIT_MS = 200
/** Wall clock, generous: only there to catch a hang (catastrophic backtracking). */
const WALL_LIMIT_MS = 1000

function timedParse(text: string): ParseResult {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const raw = parseQuestion(text, { asOf })
  const wall = performance.now() - t0
  const { user, system } = process.cpuUsage(cpu0)
  const cpu = (user + system) / 1000
  const label = `${JSON.stringify(text.slice(0, 80))} (${text.length} chars)`
  expect(cpu, `took ${cpu.toFixed(1)} ms of CPU: ${label}`).toBeLessThan(CPU_LIMIT_MS)
  expect(wall, `took ${wall.toFixed(1)} ms: ${label}`).toBeLessThan(WALL_LIMIT_MS)
  const parsed = parseResultSchema.safeParse(raw)
  expect(parsed.success, JSON.stringify(raw)).toBe(true)
  return raw
}

/** Every number in a result, with the key it sits under. */
function numbersIn(value: unknown, key = ''): [string, number][] {
  if (typeof value === 'number') return [[key, value]]
  if (Array.isArray(value)) return value.flatMap((v) => numbersIn(v, key))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, k))
  return []
}

/** Where a number may appear: a fiscal year (from/to, or fy of a quarter), a relative offset, a top N, a list length, a calendar month, a bound of 0 participants, the confidence. */
function assertNumbersAllowed(r: ParseResult): void {
  for (const [key, n] of numbersIn(r)) {
    if (key === 'confidence') continue
    // fiscal years: a range (from/to) or the year of a quarter or half (fy_part's fy)
    if (key === 'from' || key === 'to' || key === 'fy') expect(n >= 1989 && n <= 2100, `${key}=${n}`).toBe(true)
    else if (key === 'offset') expect(n <= 0 && n >= -50, `offset=${n}`).toBe(true)
    else if (key === 'top' || key === 'limit') expect(n >= 1 && n <= 100, `${key}=${n}`).toBe(true)
    // calendar months of the start date (12月 every year; a quarter's months in every fiscal year)
    else if (key === 'months') expect(Number.isInteger(n) && n >= 1 && n <= 12, `months=${n}`).toBe(true)
    // "0 participants", 参加者0名: events whose recorded count is 0 (the one participant bound a bare 0 makes)
    else if (key === 'lte') expect(n, `lte=${n}`).toBe(0)
    else throw new Error(`number ${n} under unexpected key ${key}`)
  }
}

describe('parser fuzzing', () => {
  // The budget is per question once the process runs: the first calls also compile (and tier up) the
  // regexes, a one-time cost paid here by parsing the development set twice.
  // (about 4,000 readings at a few ms each: a minute or more on a busy 2-core machine)
  beforeAll(() => {
    for (let i = 0; i < 2; i++) for (const item of DEVSET) parseQuestion(item.q, { asOf })
  }, 180_000)

  it('handles random Unicode strings', async () => {
    await fuzz(
      'questions (parser)',
      { modest: 1500, full: 12000 },
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        assertNumbersAllowed(timedParse(s))
      })
    )
  })

  it('handles random grapheme strings up to 2,000 characters', async () => {
    await fuzz(
      'questions (parser)',
      { modest: 200, full: 1000 },
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (s) => {
        assertNumbersAllowed(timedParse(s))
      })
    )
  })

  it('handles 10,000-character inputs, refusing them as questions', async () => {
    await fuzz(
      'questions (parser)',
      { modest: 60, full: 300 },
      fc.property(fc.constantFrom(...DOMAIN_WORDS, ...HOSTILE), fc.string({ maxLength: 5 }), (word, sep) => {
        const long = `${word}${sep}`.repeat(Math.ceil(10_000 / Math.max(1, word.length + sep.length))).slice(0, 10_000)
        const r = timedParse(long)
        if (long.trim().length > 0 && /[\p{L}\p{N}]/u.test(long)) expect(r.kind).toBe('unknown')
      })
    )
  })

  it('handles mixtures of domain words, hostile strings and numbers', async () => {
    const piece = fc.oneof(
      fc.constantFrom(...DOMAIN_WORDS),
      fc.constantFrom(...HOSTILE),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.string({ maxLength: 8 }),
    )
    await fuzz(
      'questions (parser)',
      { modest: 3000, full: 15000 },
      fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(' ', '', '　', '、'), (pieces, sep) => {
        assertNumbersAllowed(timedParse(pieces.join(sep)))
      })
    )
  })

  it('never returns a number from the question as a value', async () => {
    // A number that is no fiscal year, month, day, top N or list length must not appear in the result.
    const sentence = fc.constantFrom(
      'how many events in Texas? {n}', '{n} events in FY2022', 'states covered: {n}', '延べ参加者数は{n}人', '2022年度の件数 {n}',
      'participants by state {n}', 'top {n} states', '上位{n}州', 'latest {n} events', '{n}件の案件', 'say {n} states',
    )
    await fuzz(
      'questions (parser)',
      { modest: 1000, full: 6000 },
      fc.property(sentence, fc.integer({ min: 101, max: 99_999_999 }).filter((n) => n < 1989 || n > 2100), (tpl, n) => {
        const r = timedParse(tpl.replace('{n}', String(n)))
        expect(numbersIn(r).filter(([k]) => k !== 'confidence').map(([, x]) => x)).not.toContain(n)
        assertNumbersAllowed(r)
      })
    )
  })

  it('never gives a figure for known pieces plus one unknown word (every word is used or named)', async () => {
    await fuzz(
      'questions (parser)',
      { modest: 2000, full: 10000 },
      fc.property(knownPiecesWithUnknownWord, (q) => {
        const r = timedParse(q)
        expect(r.kind, `${q} → ${JSON.stringify(r)}`).not.toBe('query')
      })
    )
  })
})
