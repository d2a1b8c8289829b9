// Worker-thread entry: validates a large CSV on the second core while the main thread writes the rows it
// has already validated. Messages: {type:'batch', rows, problems}…, then {type:'done'} or {type:'error'}.
import { parentPort, workerData } from 'node:worker_threads'
import { isAppError } from '../errors.ts'
import { parseEventCsv, type ParseOptions } from './csv-format.ts'

const { text, options } = workerData as { text: string; options: Omit<ParseOptions, 'onBatch'> }
try {
  const result = parseEventCsv(text, { ...options, onBatch: (b) => parentPort?.postMessage({ type: 'batch', ...b }) })
  parentPort?.postMessage({ type: 'done', ignoredColumns: result.ignoredColumns })
} catch (e) {
  if (isAppError(e)) parentPort?.postMessage({ type: 'error', key: e.key, params: e.params })
  else parentPort?.postMessage({ type: 'error', key: 'internal_error', params: {}, detail: (e as Error).message })
}
