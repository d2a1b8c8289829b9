// Worker threads that run in the same mode as the code starting them. The `grassroots` command runs compiled
// JavaScript from dist/ (built at install) or, when src/ is newer than the build, and under vitest, the
// TypeScript sources through tsx. A worker is a fresh isolate that inherits neither: from dist/ it must load the
// compiled entry directly, from src/ it must register tsx before importing the TypeScript entry.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * The URL of a worker's entry module next to the caller, in the caller's mode.
 *
 * `entry` is written as in the sources, relative and with `.ts` (`'./parse-worker.ts'`); `callerUrl` is the
 * caller's `import.meta.url`. When the caller is compiled JavaScript (its URL ends in `.js`) the result is the
 * compiled `.js` twin of the entry; otherwise the `.ts` source itself.
 * Throws a TypeError when `entry` does not end in `.ts`.
 */
export function workerEntryUrl(entry: string, callerUrl: string): URL {
  if (!entry.endsWith('.ts')) throw new TypeError(`worker entry ${entry} must be written with its .ts extension`)
  const compiled = new URL(callerUrl).pathname.endsWith('.js')
  return new URL(compiled ? `${entry.slice(0, -'.ts'.length)}.js` : entry, callerUrl)
}

/**
 * Starts a worker thread on `entry` (from {@link workerEntryUrl}): a `.js` entry is loaded directly; a `.ts`
 * entry through tsx, registered inside the worker first. `options` are passed to `new Worker` (workerData,
 * resourceLimits…); `eval` is set here and must not be given.
 */
export function startModuleWorker(entry: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options)
  // resolve gives tsx's CommonJS build of the API; the worker imports its ES-module twin next to it
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(bootstrap, { ...options, eval: true })
}

/**
 * The file a worker pool (piscina, which takes a file and imports it in each thread) starts for `entry` (from
 * {@link workerEntryUrl}): a `.js` entry itself; for a `.ts` entry, bin/tsx-worker.js, which registers tsx in
 * the thread and re-exports the default export of `workerData.tsEntry` — so the pool's workerData must carry
 * the returned `tsEntry`.
 */
export function poolWorkerFile(entry: URL): { filename: string; tsEntry?: string } {
  if (!entry.pathname.endsWith('.ts')) return { filename: entry.href }
  return { filename: new URL('../../bin/tsx-worker.js', import.meta.url).href, tsEntry: entry.href }
}
