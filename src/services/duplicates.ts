// "Is this already recorded?": the same office, the same start date and a similar title. Titles are compared
// after folding (case, width, spaces, punctuation) by the Dice coefficient of their character bigrams, which
// works the same for English and Japanese ("Japan Day 2022" ≈ "Japan day, 2022"; 日本祭り ≈ 日本まつり).
import type { EventData, EventRecord } from '../domain/event.ts'
import { foldKey } from '../domain/text.ts'
import type { Db } from '../store/client.ts'
import { eventsOfOfficeOn } from '../store/event-stats.ts'

/** Similarity at or above this makes a likely duplicate. */
export const DUPLICATE_THRESHOLD = 0.8

function bigrams(s: string): Map<string, number> {
  const chars = Array.from(foldKey(s).replace(/[\p{P}\p{S}]/gu, ''))
  const grams = new Map<string, number>()
  if (chars.length === 1) grams.set(chars[0] ?? '', 1)
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  return grams
}

/** 1 for titles that fold to the same text, 0 for titles with nothing in common. */
export function titleSimilarity(a: string, b: string): number {
  const ga = bigrams(a)
  const gb = bigrams(b)
  let total = 0
  for (const n of ga.values()) total += n
  for (const n of gb.values()) total += n
  if (total === 0) return 0
  let shared = 0
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0)
  return (2 * shared) / total
}

function titlesOf(e: Pick<EventData, 'titleEn' | 'titleJa'>): string[] {
  return [e.titleEn, e.titleJa].filter((t): t is string => t !== null && t.trim() !== '')
}

export function isLikelyDuplicate(a: Pick<EventData, 'titleEn' | 'titleJa'>, b: Pick<EventData, 'titleEn' | 'titleJa'>): boolean {
  return titlesOf(a).some((x) => titlesOf(b).some((y) => titleSimilarity(x, y) >= DUPLICATE_THRESHOLD))
}

export async function findLikelyDuplicates(
  db: Db,
  options: { data: EventData; excludeId?: number },
): Promise<EventRecord[]> {
  const candidates = await eventsOfOfficeOn(db, { officeCode: options.data.officeCode, startDate: options.data.startDate })
  return candidates.filter((c) => c.id !== options.excludeId && isLikelyDuplicate(options.data, c))
}
