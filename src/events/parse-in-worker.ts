// Runs parseEventCsv in a worker thread and hands its batches over as an async iterable, so that writing to
// the database (main thread) and validating the rest of the file (worker) overlap on a two-core machine.
import { AppError } from '../errors.ts'
import type { MessageKey, MessageParams } from '../i18n/index.ts'
import { startModuleWorker, workerEntryUrl } from '../runtime/module-worker.ts'
import type { CellProblem, ParseOptions, ParsedRow } from './csv-format.ts'

type WorkerMessage =
  | { type: 'batch'; rows: ParsedRow[]; problems: CellProblem[] }
  | { type: 'done'; ignoredColumns: string[] }
  | { type: 'error'; key: MessageKey; params: MessageParams; detail?: string }

export interface WorkerParse {
  batches: AsyncIterable<{ rows: ParsedRow[]; problems: CellProblem[] }>
  /** Resolves after the last batch with the columns that were ignored. */
  ignoredColumns(): string[]
}

export function parseInWorker(text: string, options: Omit<ParseOptions, 'onBatch'>): WorkerParse {
  // compiled parse-worker.js from dist/, or parse-worker.ts through tsx from the sources
  const worker = startModuleWorker(workerEntryUrl('./parse-worker.ts', import.meta.url), { workerData: { text, options } })
  const queue: WorkerMessage[] = []
  let wake: (() => void) | null = null
  let failure: Error | null = null
  let ignored: string[] = []
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m)
    wake?.()
  })
  worker.on('error', (e) => {
    failure = e
    wake?.()
  })
  worker.on('exit', () => {
    queue.push({ type: 'error', key: 'internal_error', params: {}, detail: 'parser worker exited early' })
    wake?.()
  })
  async function* batches() {
    try {
      for (;;) {
        if (failure) throw failure
        const m = queue.shift()
        if (m === undefined) {
          await new Promise<void>((resolve) => (wake = resolve))
          wake = null
          continue
        }
        if (m.type === 'batch') yield { rows: m.rows, problems: m.problems }
        else if (m.type === 'done') {
          ignored = m.ignoredColumns
          return
        } else if (m.key === 'internal_error') throw new Error(m.detail ?? 'parser worker failed')
        else throw new AppError(m.key, m.params)
      }
    } finally {
      worker.removeAllListeners('exit')
      void worker.terminate()
    }
  }
  return { batches: batches(), ignoredColumns: () => ignored }
}
