// A user's remembered choices (the office they last recorded for, their Slack locale), so a form can start
// from them and a reply can be in their language even when Slack's users.info is unavailable.
import type { Db } from './client.ts'

export interface UserPreferenceRecord {
  userId: string
  lastOfficeCode: string | null
  locale: string | null
}

export async function getPreference(db: Db, userId: string): Promise<UserPreferenceRecord | null> {
  const row = await db.userPreference.findUnique({ where: { userId } })
  return row === null ? null : { userId: row.userId, lastOfficeCode: row.lastOfficeCode, locale: row.locale }
}

export async function savePreference(
  db: Db,
  options: { userId: string; lastOfficeCode?: string; locale?: string },
): Promise<void> {
  const { userId, ...changes } = options
  await db.userPreference.upsert({ where: { userId }, create: { userId, ...changes }, update: changes })
}
