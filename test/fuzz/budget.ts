// How many cases each fuzzed border runs, and a record of what ran. `npm test` runs the modest number (the
// whole fuzz suite well under a minute); `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ=full for the large
// numbers, and FUZZ_REPORT to a file where each property appends one JSON line: border, cases, failed, ms.
import fs from 'node:fs'
import fc from 'fast-check'

export interface Runs {
  /** Cases in `npm test`. */
  modest: number
  /** Cases in `npm run fuzz`. */
  full: number
}

/** The cases to run now: FUZZ=full → `full`; FUZZ=<number> → modest × number; otherwise `modest`. */
export function runsOf(runs: Runs): number {
  const mode = process.env.FUZZ
  if (mode === 'full') return runs.full
  const scale = Number(mode)
  return mode !== undefined && Number.isFinite(scale) && scale > 0 ? Math.max(1, Math.round(runs.modest * scale)) : runs.modest
}

/**
 * Checks a fast-check property (sync or async) for runsOf(runs) cases, records the outcome under `border`
 * and throws fast-check's report (counterexample, seed, shrunk path) when a case failed.
 */
export async function fuzz<Ts>(border: string, runs: Runs, property: fc.IRawProperty<Ts>, options: fc.Parameters<Ts> = {}): Promise<void> {
  const numRuns = runsOf(runs)
  const started = performance.now()
  const details = await fc.check(property, { ...options, numRuns })
  const report = process.env.FUZZ_REPORT
  if (report) {
    const line = { border, cases: details.failed ? details.numRuns : numRuns, failed: details.failed ? 1 : 0, ms: Math.round(performance.now() - started) }
    fs.appendFileSync(report, `${JSON.stringify(line)}\n`)
  }
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
    throw new Error(`${border}: ${fc.defaultReportMessage(details) ?? 'a case failed'}\n${cause}`)
  }
}

/** A stack trace's frame line ("    at fn (file.ts:12:3)") or a Node error's name at the start of a text. */
const STACK = /\n\s+at \S.*:\d+:\d+\)?|^\s*(?:Type|Reference|Syntax|Range)?Error:/m

/** Asserts a text sent to the outside (an HTTP body, a Slack message) holds no stack trace and none of `secrets`. */
export function assertNothingLeaks(text: string, secrets: readonly string[]): void {
  if (STACK.test(text)) throw new Error(`a stack trace in: ${text.slice(0, 300)}`)
  for (const s of secrets) if (s !== '' && text.includes(s)) throw new Error(`a secret in: ${text.slice(0, 300)}`)
}

/** Collects unhandled rejections and uncaught exceptions of this test file's process while it runs. */
export function watchUnhandled(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = []
  const onError = (e: unknown) => errors.push(e)
  process.on('unhandledRejection', onError)
  process.on('uncaughtException', onError)
  return {
    errors,
    stop() {
      process.off('unhandledRejection', onError)
      process.off('uncaughtException', onError)
    },
  }
}
