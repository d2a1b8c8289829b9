// Shared by the digest tests: events with a chosen "recorded at" time, and an in-memory Slack poster that
// can fail before or after posting, as a crashing process or a lost response would.
import { eventInputSchema, type EventInput } from '../../src/domain/event.ts'
import type { DigestPoster } from '../../src/digest/poster.ts'
import type { Db } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'

export type TestEvent = Partial<EventInput> & { recordedAt?: string }

let keyCounter = 0

export async function seedEvents(db: Db, events: TestEvent[]): Promise<number[]> {
  const prepared = events.map(({ recordedAt, ...e }) => ({
    recordedAt,
    data: eventInputSchema.parse({
      startDate: '2022-05-01',
      officeCode: 'chicago',
      stateCodes: ['WI'],
      titleEn: 'Seminar',
      titleJa: 'セミナー',
      activityType: 'info',
      format: 'in_person',
      participants: 10,
      ...e,
    }),
    sourceKey: `test:${process.pid}:${++keyCounter}`,
  }))
  const { ids } = await createEvents(db, { events: prepared, actor: 'test', source: 'import' })
  for (const [i, p] of prepared.entries()) {
    const id = ids[i]
    if (p.recordedAt !== undefined && id !== undefined) await db.event.update({ where: { id }, data: { createdAt: new Date(p.recordedAt) } })
  }
  return ids
}

export interface Posted {
  channel: string
  ts: string
  text: string
  blocks: unknown[]
  period: string
}

export interface MemoryPoster extends DigestPoster {
  posts: Posted[]
  uploads: Array<{ channel: string; threadTs?: string; filename: string; size: number }>
  /** Set to make the next postMessage fail: 'before' posting (nothing sent) or 'after' (sent, then lost). */
  failNext: 'before' | 'after' | undefined
}

export function memoryPoster(): MemoryPoster {
  let seq = 0
  const poster: MemoryPoster = {
    posts: [],
    uploads: [],
    failNext: undefined,
    async postMessage(args) {
      const fail = poster.failNext
      poster.failNext = undefined
      if (fail === 'before') throw new Error('simulated crash before posting')
      // A little latency, so concurrent runs really overlap.
      await new Promise((r) => setTimeout(r, 5))
      seq += 1
      const ts = `1700000000.${String(seq).padStart(6, '0')}`
      poster.posts.push({ channel: args.channel, ts, text: args.text, blocks: args.blocks, period: args.metadata.event_payload.period })
      if (fail === 'after') throw new Error('simulated crash after posting')
      return { ts }
    },
    async uploadFile(args) {
      poster.uploads.push({ channel: args.channel, ...(args.threadTs ? { threadTs: args.threadTs } : {}), filename: args.filename, size: args.content.length })
    },
    async findDigestMessage(args) {
      return poster.posts.find((p) => p.channel === args.channel && p.period === args.period)?.ts ?? null
    },
  }
  return poster
}
