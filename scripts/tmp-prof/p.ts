import fs from 'node:fs'
import { formatEventCsv } from '../../src/events/csv-format.ts'
import { importEventsCsv } from '../../src/events/import.ts'
import { openStore } from '../../src/store/client.ts'
import { generateEvents } from '../../bench/generate.ts'
const dir = '/work/tmp-main/prof'
fs.rmSync(dir, { recursive: true, force: true }); fs.mkdirSync(dir, { recursive: true })
fs.writeFileSync(`${dir}/e.csv`, formatEventCsv(generateEvents(100_000)))
const store = await openStore({ url: process.env.URL ?? `file:${dir}/o.db` })
const t = performance.now()
const o = await importEventsCsv(store.db, { file: `${dir}/e.csv`, actor: 'b', workerThreshold: Number(process.env.WT ?? 1_000_000) })
console.log('import ms', performance.now() - t, o.ok)
await store.close()
console.log((globalThis as any).__T)
