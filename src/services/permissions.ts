// Who may do what. Anyone in the workspace may read. Recording may be limited to members of
// RECORDER_CHANNEL_IDS or to RECORDER_USER_IDS (neither set: everyone records). Editing and deleting belong to
// the recorder and to ADMIN_USER_IDS; the best-practice flag to admins alone. Channel members are fetched
// through a function the Slack layer provides (conversations.members) and cached for a few minutes.
import type { AppConfig } from '../config.ts'
import type { EventRecord } from '../domain/event.ts'

export type ChannelMembersFetcher = (channelId: string) => Promise<string[]>

export interface Permissions {
  isAdmin(userId: string): boolean
  canRecord(userId: string): Promise<boolean>
  canEdit(userId: string, event: Pick<EventRecord, 'createdBy'>): boolean
}

/** The actor stored with an event recorded from Slack: "slack:U123". */
export const slackActor = (userId: string) => `slack:${userId}`

export function createPermissions(options: {
  config: AppConfig['permissions']
  channelMembers: ChannelMembersFetcher
  cacheMs?: number
  now?: () => number
}): Permissions {
  const { config, channelMembers } = options
  const cacheMs = options.cacheMs ?? 5 * 60_000
  const now = options.now ?? Date.now
  const admins = new Set(config.adminUserIds)
  const recorders = new Set(config.recorderUserIds)
  const cache = new Map<string, { at: number; members: Promise<Set<string>> }>()
  const open = config.recorderChannelIds.length === 0 && config.recorderUserIds.length === 0

  const membersOf = (channelId: string): Promise<Set<string>> => {
    const hit = cache.get(channelId)
    if (hit && now() - hit.at < cacheMs) return hit.members
    const members = channelMembers(channelId).then((m) => new Set(m))
    cache.set(channelId, { at: now(), members })
    // a failed lookup must not be remembered: the next request asks again
    members.catch(() => cache.delete(channelId))
    return members
  }

  return {
    isAdmin: (userId) => admins.has(userId),
    async canRecord(userId) {
      if (open || admins.has(userId) || recorders.has(userId)) return true
      for (const channelId of config.recorderChannelIds) {
        if ((await membersOf(channelId)).has(userId)) return true
      }
      return false
    },
    canEdit: (userId, event) => admins.has(userId) || event.createdBy === slackActor(userId),
  }
}
