// What the digest needs from Slack, as an interface so the scheduler and the tests inject it. The Slack
// implementation is thin: chat.postMessage with message metadata naming the period, files.uploadV2 into the
// message's thread, and conversations.history to find a digest posted by a run that died before recording it.
import type { WebClient } from '@slack/web-api'

export const DIGEST_EVENT_TYPE = 'grassroots_digest'

export interface DigestPoster {
  postMessage(args: {
    channel: string
    text: string
    blocks: unknown[]
    /** Slack message metadata: lets a later run recognise the message as this period's digest. */
    metadata: { event_type: string; event_payload: { period: string } }
  }): Promise<{ ts: string }>
  uploadFile(args: { channel: string; threadTs?: string; filename: string; title: string; content: Buffer }): Promise<void>
  /** The ts of this period's digest if it is already in the channel (posted since `since`), else null. */
  findDigestMessage(args: { channel: string; period: string; since: Date }): Promise<string | null>
}

export function slackDigestPoster(client: WebClient): DigestPoster {
  return {
    async postMessage(args) {
      const r = await client.chat.postMessage({
        channel: args.channel,
        text: args.text,
        blocks: args.blocks as never,
        metadata: args.metadata,
        unfurl_links: false,
        unfurl_media: false,
      })
      if (typeof r.ts !== 'string') throw new Error('chat.postMessage returned no ts')
      return { ts: r.ts }
    },
    async uploadFile(args) {
      const file = { file: args.content, filename: args.filename, title: args.title }
      if (args.threadTs === undefined) await client.files.uploadV2({ channel_id: args.channel, ...file })
      else await client.files.uploadV2({ channel_id: args.channel, thread_ts: args.threadTs, ...file })
    },
    async findDigestMessage(args) {
      let cursor: string | undefined
      // A few pages at most: the claim is recent, so the message (if any) is among the latest ones.
      for (let page = 0; page < 5; page++) {
        const r = await client.conversations.history({
          channel: args.channel,
          oldest: String(Math.floor(args.since.getTime() / 1000)),
          include_all_metadata: true,
          limit: 200,
          ...(cursor === undefined ? {} : { cursor }),
        })
        for (const m of r.messages ?? []) {
          const meta = m.metadata as { event_type?: string; event_payload?: { period?: unknown } } | undefined
          if (meta?.event_type === DIGEST_EVENT_TYPE && meta.event_payload?.period === args.period && typeof m.ts === 'string') return m.ts
        }
        cursor = r.response_metadata?.next_cursor
        if (cursor === undefined || cursor === '') return null
      }
      return null
    },
  }
}
