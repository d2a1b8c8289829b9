// Seeded random events for the question tests: several hundred events over ten fiscal years, with
// multi-state events (across regions), DC events, and events on the fiscal-year boundary (March 31 /
// April 1), stored through the real repository in a real SQLite file.
import { ACTIVITY_TYPES, FORMATS, THEMES } from '../../src/domain/catalog.ts'
import type { EventData } from '../../src/domain/event.ts'
import { fiscalYearOf } from '../../src/domain/fiscal-year.ts'
import { OFFICES } from '../../src/domain/offices.ts'
import { STATES } from '../../src/domain/states.ts'
import { createEvents } from '../../src/store/events.ts'
import { mulberry32 } from '../../src/demo/random.ts'
import type { Db } from '../../src/store/client.ts'

export interface StoredEvent extends EventData {
  id: number
}


// Text for the city, word and partner filters, chosen by the event's index (no random draw, so the other
// columns are as before): spellings that differ in case, width, a state suffix or 市, and near misses.
const FIXTURE_CITIES: readonly (string | null)[] = [null, 'Milwaukee', 'ミルウォーキー', 'MILWAUKEE, WI', 'ﾐﾙｳｫｰｷｰ市', 'Chicago', 'シカゴ', 'Portland', 'New York City', 'St Louis', 'Milwaukee Heights', 'Houston', null]
const FIXTURE_WORDS: readonly string[] = ['Semiconductor Forum', 'ANIME night', 'Ｓｅｍｉｃｏｎｄｕｃｔｏｒ Day', '桜 Festival', 'Business 100% Anime', 'Cherry a_b']
const FIXTURE_SUMMARIES: readonly (string | null)[] = [null, '半導体サプライチェーンの講演', 'anime and manga', null, 'ＳＥＭＩＣＯＮＤＵＣＴＯＲＳ and trade', '桜の植樹', '100 guests', null]
const FIXTURE_PARTNERS: readonly (readonly string[])[] = [[], ['JETRO'], ['JETRO Chicago', 'Japan Society'], ['Japan Society of Boston'], [], ['ジェトロ'], ['Ｊａｐａｎ　Ｓｏｃｉｅｔｙ'], ['Japanese American Society', 'Jetrobank'], []]

const BOUNDARY_DATES = ['2019-03-31', '2019-04-01', '2022-03-31', '2022-04-01', '2023-03-31', '2023-04-01', '2024-03-31', '2024-04-01']

export function makeEvents(count: number, seed: number): EventData[] {
  const r = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T
  const start = Date.UTC(2016, 3, 1)
  const days = Math.floor((Date.UTC(2026, 2, 31) - start) / 86_400_000)
  const out: EventData[] = []
  for (let i = 0; i < count; i++) {
    const date =
      i < BOUNDARY_DATES.length * 2
        ? (BOUNDARY_DATES[i % BOUNDARY_DATES.length] as string)
        : new Date(start + Math.floor(r() * (days + 1)) * 86_400_000).toISOString().slice(0, 10)
    const states = new Set<string>()
    if (r() < 0.08) states.add('DC')
    else states.add(pick(STATES).code)
    const extra = r()
    if (extra < 0.25) states.add(pick(STATES).code)
    if (extra < 0.08) states.add(pick(STATES).code)
    const themes = new Set<string>()
    if (r() < 0.5) themes.add(pick(THEMES).code)
    if (r() < 0.2) themes.add(pick(THEMES).code)
    out.push({
      startDate: date,
      // every 7th event lasts 2–5 days (by index: no random draw, so the other columns are as before)
      endDate: i % 7 === 3 ? addDaysIso(date, 1 + (i % 4)) : null,
      fiscalYear: fiscalYearOf(date),
      officeCode: pick(OFFICES).code,
      stateCodes: [...states].sort(),
      city: FIXTURE_CITIES[i % FIXTURE_CITIES.length] ?? null,
      titleEn: i % 5 === 0 ? `Event ${i + 1}: ${FIXTURE_WORDS[i % FIXTURE_WORDS.length]}` : `Event ${i + 1}`,
      titleJa: `事業${i + 1}`,
      activityType: pick(ACTIVITY_TYPES).code,
      themes: [...themes].sort() as EventData['themes'],
      format: pick(FORMATS).code,
      participants: Math.floor(r() * 5000),
      partners: [...(FIXTURE_PARTNERS[i % FIXTURE_PARTNERS.length] ?? [])],
      bestPractice: r() < 0.15,
      summary: FIXTURE_SUMMARIES[i % FIXTURE_SUMMARIES.length] ?? null,
    })
  }
  return out
}

/** A 'YYYY-MM-DD' date `n` days later. */
function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export async function storeEvents(db: Db, events: EventData[], prefix = 'fixture'): Promise<StoredEvent[]> {
  const result = await createEvents(db, {
    events: events.map((data, i) => ({ data, sourceKey: `${prefix}-${i}` })),
    actor: 'test',
    source: 'demo',
  })
  if (result.ids.length !== events.length) throw new Error('fixture events were not all stored')
  return events.map((e, i) => ({ ...e, id: result.ids[i] as number }))
}
