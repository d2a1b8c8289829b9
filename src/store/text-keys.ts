// The search keys of events (Event.cityKey, textKey, partnersKey; see src/domain/text-keys.ts): computed from
// an event's data when it is written (events.ts), and filled in once for events stored before the migration
// that added them.
import { cityKeyOf, partnerCountOfKey, partnersKeyOf, textKeyOf } from '../domain/text-keys.ts'
import type { Db } from './db.ts'

/** The search keys of an event's data (city, titles and summary, the titles alone, the summary alone, partners). */
export function searchKeysOf(d: {
  city: string | null
  titleEn: string | null
  titleJa: string | null
  summary: string | null
  partners: readonly string[]
}): { cityKey: string; textKey: string; titleKey: string; summaryKey: string; partnersKey: string; partnerCount: number } {
  const partnersKey = partnersKeyOf(d.partners)
  return {
    cityKey: cityKeyOf(d.city),
    textKey: textKeyOf([d.titleEn, d.titleJa, d.summary]),
    titleKey: textKeyOf([d.titleEn, d.titleJa]),
    summaryKey: textKeyOf([d.summary]),
    partnersKey,
    partnerCount: partnerCountOfKey(partnersKey),
  }
}

function partnersOf(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

/**
 * Recomputes the search keys of every event, in pages of `pageSize` (id order), each page in one
 * transaction. Returns how many events were read. Idempotent.
 */
export async function rebuildSearchKeys(db: Db, pageSize = 1000): Promise<number> {
  let after = 0
  let n = 0
  for (;;) {
    const rows = await db.event.findMany({
      where: { id: { gt: after } },
      select: { id: true, city: true, titleEn: true, titleJa: true, summary: true, partners: true, cityKey: true, textKey: true, titleKey: true, summaryKey: true, partnersKey: true, partnerCount: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    })
    if (rows.length === 0) return n
    const updates = rows.flatMap((r) => {
      const keys = searchKeysOf({ ...r, partners: partnersOf(r.partners) })
      const same =
        keys.cityKey === r.cityKey && keys.textKey === r.textKey && keys.titleKey === r.titleKey && keys.summaryKey === r.summaryKey && keys.partnersKey === r.partnersKey && keys.partnerCount === r.partnerCount
      return same ? [] : [db.event.update({ where: { id: r.id }, data: keys, select: { id: true } })]
    })
    if (updates.length > 0) await db.$transaction(updates)
    n += rows.length
    after = rows[rows.length - 1]?.id ?? after
  }
}

/**
 * True when stored events have titles but none has search keys: a database the Prisma CLI migrated (the
 * migration leaves '' in every row). Two indexed-or-first-row look-ups, cheap on every open.
 */
export async function searchKeysMissing(db: Db): Promise<boolean> {
  const keyed = await db.event.findFirst({ where: { NOT: { textKey: '' } }, select: { id: true, textKey: true, titleKey: true, summaryKey: true } })
  // keyed before the title and summary keys were added (their migration leaves ''): the first keyed event says
  if (keyed !== null) return keyed.titleKey === '' && keyed.summaryKey === ''
  const titled = await db.event.findFirst({
    where: { OR: [{ titleEn: { not: null } }, { titleJa: { not: null } }, { summary: { not: null } }, { city: { not: null } }] },
    select: { id: true },
  })
  return titled !== null
}
