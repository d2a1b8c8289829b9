// Synthetic events for benchmarks: deterministic (seeded), spread over offices, states and fiscal years; and
// the demo database the startup and memory benchmarks start the app on.
import path from 'node:path'
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../src/domain/catalog.ts'
import type { EventData } from '../src/domain/event.ts'
import { fiscalYearOf } from '../src/domain/fiscal-year.ts'
import { OFFICES } from '../src/domain/offices.ts'
import { loadDemoData } from '../src/demo/load.ts'
import { mulberry32 } from '../src/demo/random.ts'
import { openStore } from '../src/store/client.ts'


export function generateEvents(count: number, seed = 42): EventData[] {
  const r = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
  const start = Date.UTC(2017, 3, 1)
  const span = Date.UTC(2026, 2, 31) - start
  const out: EventData[] = []
  for (let i = 0; i < count; i++) {
    const office = pick(OFFICES)
    const date = new Date(start + Math.floor(r() * (span / 86_400_000)) * 86_400_000).toISOString().slice(0, 10)
    const states = new Set<string>([pick(office.states)])
    if (r() < 0.2) states.add(pick(office.states))
    const themes = new Set<string>()
    if (r() < 0.6) themes.add(pick(THEMES).code)
    if (r() < 0.2) themes.add(pick(THEMES).code)
    out.push({
      startDate: date,
      endDate: null,
      fiscalYear: fiscalYearOf(date),
      officeCode: office.code,
      stateCodes: [...states].sort(),
      city: null,
      titleEn: `Outreach event ${i + 1} (${office.shortEn})`,
      titleJa: `${office.shortJa}主催 事業${i + 1}`,
      activityType: pick(ACTIVITY_TYPES).code,
      themes: [...themes].sort() as EventData['themes'],
      format: pick(FORMATS).code,
      participants: Math.floor(r() * 2000),
      partners: r() < 0.3 ? ['JETRO'] : [],
      bestPractice: r() < 0.01,
      summary: null,
    })
  }
  return out
}

/**
 * Writes the demo dataset (what `grassroots demo` loads) to `demo.db` in `dir` and returns its DATABASE_URL,
 * for the benchmarks that start the app as a user would.
 */
export async function writeDemoDatabase(dir: string): Promise<string> {
  const url = `file:${path.join(dir, 'demo.db')}`
  const store = await openStore({ url })
  try {
    await loadDemoData(store.db)
  } finally {
    await store.close()
  }
  return url
}
