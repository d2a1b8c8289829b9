// Workers start in their caller's mode: compiled .js from dist/, TypeScript through tsx from the sources.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { startModuleWorker, workerEntryUrl } from '../../src/runtime/module-worker.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-module-worker-')

function answerOf(entry: URL): Promise<unknown> {
  const worker = startModuleWorker(entry, { workerData: 20 })
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => {
      resolve(m)
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}

describe('workerEntryUrl', () => {
  it('names the compiled .js next to a compiled caller, the .ts source next to a source caller', () => {
    expect(workerEntryUrl('./parse-worker.ts', 'file:///app/dist/events/parse-in-worker.js').href).toBe('file:///app/dist/events/parse-worker.js')
    expect(workerEntryUrl('./parse-worker.ts', 'file:///app/src/events/parse-in-worker.ts').href).toBe('file:///app/src/events/parse-worker.ts')
    expect(workerEntryUrl('../charts/render-worker.ts', 'file:///app/dist/events/x.js').href).toBe('file:///app/dist/charts/render-worker.js')
  })

  it('refuses an entry written without .ts (it could not be mapped to the compiled file)', () => {
    expect(() => workerEntryUrl('./parse-worker.js', 'file:///app/src/events/x.ts')).toThrow(TypeError)
  })
})

describe('startModuleWorker', () => {
  it('runs a TypeScript entry through tsx, and a JavaScript entry directly', async () => {
    const ts = path.join(dir, 'double.ts')
    fs.writeFileSync(ts, "import { parentPort, workerData } from 'node:worker_threads'\nconst n: number = workerData\nparentPort?.postMessage(n * 2)\n")
    const js = path.join(dir, 'double.js')
    fs.writeFileSync(js, "import { parentPort, workerData } from 'node:worker_threads'\nparentPort.postMessage(workerData * 3)\n")
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n')
    expect(await answerOf(pathToFileURL(ts))).toBe(40)
    expect(await answerOf(pathToFileURL(js))).toBe(60)
  })
})
