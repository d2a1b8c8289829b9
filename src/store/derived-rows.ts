// Derived rows (see the comment in prisma/schema.prisma): copies of event columns on EventState and
// EventTheme, one EventRegion row per region an event touches, and Event.stateCount. events.ts writes them with the event;
// rebuildDerivedRows recomputes all of them from Event and EventState, for when the reference data that
// shaped them changed (an administrator moved a state to another region) and when a migration added a copy.
import { STATES } from '../domain/states.ts'
import { Prisma } from '../generated/prisma/client.ts'
import type { Db } from './db.ts'

const REGION_OF = new Map(STATES.map((s) => [s.code, s.region]))

/** The regions of an event's states, each once, in the reference data's current mapping. */
export function regionsOf(stateCodes: readonly string[]): string[] {
  const regions = new Set<string>()
  for (const s of stateCodes) {
    const region = REGION_OF.get(s)
    if (region === undefined) throw new RangeError(`state without a region: ${s}`)
    regions.add(region)
  }
  return [...regions].sort()
}

/** The state → region mapping as rows of a VALUES list (column1 = state, column2 = region), for set-based SQL. */
export function regionMapping(): Prisma.Sql {
  return Prisma.join(STATES.map((s) => Prisma.sql`(${s.code}, ${s.region})`))
}

/**
 * Recomputes every derived row in one transaction and returns how many region rows there are now. Set-based
 * statements (UPDATE … FROM, INSERT … SELECT), written in the SQL that SQLite (3.33+) and PostgreSQL both
 * accept as is, like the bulk insert in events.ts: row-by-row through the query API would take minutes on a
 * million events. The state → region mapping is passed as parameters from src/domain/states.ts.
 */
export async function rebuildDerivedRows(db: Db): Promise<{ regionRows: number }> {
  const mapping = regionMapping()
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        UPDATE "EventState" SET "fiscalYear" = e."fiscalYear", "participants" = e."participants", "officeCode" = e."officeCode",
          "activityType" = e."activityType", "format" = e."format"
        FROM "Event" AS e WHERE e."id" = "EventState"."eventId"`
      await tx.$executeRaw`
        UPDATE "EventTheme" SET "fiscalYear" = e."fiscalYear", "participants" = e."participants"
        FROM "Event" AS e WHERE e."id" = "EventTheme"."eventId"`
      await tx.$executeRaw`
        UPDATE "Event" SET "stateCount" = (SELECT COUNT(*) FROM "EventState" AS s WHERE s."eventId" = "Event"."id")`
      await tx.$executeRaw`DELETE FROM "EventRegion"`
      const regionRows = await tx.$executeRaw`
        INSERT INTO "EventRegion" ("eventId", "regionCode", "fiscalYear", "participants")
        SELECT DISTINCT s."eventId", r.column2, s."fiscalYear", s."participants"
        FROM "EventState" AS s JOIN (VALUES ${mapping}) AS r ON r.column1 = s."stateCode"`
      return { regionRows }
    },
    { timeout: 600_000, maxWait: 30_000 },
  )
}

/**
 * True when events exist but no region rows do: a database migrated to derived rows by another tool (the
 * Prisma CLI) without the store's rebuild. Every event touches at least one state, so it has a region row.
 */
export async function derivedRowsMissing(db: Db): Promise<boolean> {
  const [event, region] = await Promise.all([
    db.event.findFirst({ select: { id: true } }),
    db.eventRegion.findFirst({ select: { eventId: true } }),
  ])
  return event !== null && region === null
}

/**
 * Gives back their states and themes to events that lost them: before the migrator turned foreign keys off
 * for each migration, a migration that rebuilt "Event" (20261130145130_text_keys on SQLite) cascaded its drop
 * to EventState and EventTheme. Every event has at least one state, so an event with none lost them; its
 * latest audit entry (AuditEntry.after, the event as written) still holds its states and themes. Events with
 * no audit entry stay as they are and are counted. Run after a migration was applied (an upgrade), before
 * rebuildDerivedRows, which then recomputes the copies and regions from the restored rows.
 * Returns how many events had no state row, and how many of them were restored.
 */
export async function restoreLostEventRows(db: Db): Promise<{ lost: number; restored: number }> {
  const lost = await db.$queryRaw<{ id: number }[]>`
    SELECT e."id" AS id FROM "Event" AS e WHERE NOT EXISTS (SELECT 1 FROM "EventState" AS s WHERE s."eventId" = e."id")`
  if (lost.length === 0) return { lost: 0, restored: 0 }
  let restored = 0
  for (const { id } of lost) {
    const entry = await db.auditEntry.findFirst({ where: { eventId: Number(id), after: { not: null } }, orderBy: { id: 'desc' }, select: { after: true } })
    const after = snapshotRows(entry?.after ?? null)
    if (after === undefined) continue
    await db.$transaction(async (tx) => {
      const event = await tx.event.findUniqueOrThrow({ where: { id: Number(id) }, select: { fiscalYear: true, participants: true, officeCode: true, activityType: true, format: true } })
      await tx.eventState.createMany({ data: after.stateCodes.map((stateCode) => ({ eventId: Number(id), stateCode, ...event })) })
      if (after.themes.length > 0) await tx.eventTheme.createMany({ data: after.themes.map((themeCode) => ({ eventId: Number(id), themeCode, fiscalYear: event.fiscalYear, participants: event.participants })) })
    })
    restored += 1
  }
  return { lost: lost.length, restored }
}

/** The states and themes of an audit snapshot (EventData as JSON); undefined when it has no state. */
function snapshotRows(after: string | null): { stateCodes: string[]; themes: string[] } | undefined {
  if (after === null) return undefined
  try {
    const d = JSON.parse(after) as { stateCodes?: unknown; themes?: unknown }
    const strings = (v: unknown) => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string'))] : [])
    const stateCodes = strings(d.stateCodes).filter((s) => REGION_OF.has(s))
    return stateCodes.length > 0 ? { stateCodes, themes: strings(d.themes) } : undefined
  } catch {
    return undefined
  }
}
