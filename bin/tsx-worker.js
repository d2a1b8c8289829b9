// Worker-thread entry that runs a TypeScript worker module through tsx, for the modes that run the sources
// (tests, `node bin/run.js`): tsx registers itself on the main thread only, so a worker registers it again.
// The compiled build (dist/) starts its .js workers directly and never loads this file.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const worker = await import(workerData.tsEntry)
export default worker.default
