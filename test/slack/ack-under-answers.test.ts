// Requests are acknowledged while many answers are being computed: the app has one JavaScript thread, and
// answers in hand run a few at a time after their acks (src/runtime/lane.ts), so a new request waits for a
// few steps of other work, not for a step of every answer started. Real HTTP, real SQLite; the question
// service is one whose answers take long (many steps of CPU work, each followed by a database read and a
// wait for the next turn of the loop).
import { afterEach, describe, expect, it } from 'vitest'
import type { QuestionService } from '../../src/services/plugins.ts'
import type { Db } from '../../src/store/client.ts'
import { startHarness, type Harness } from './harness.ts'

/**
 * Each answer: STEPS steps of STEP_MS of CPU work, each followed by a read of the database and a wait for
 * the loop's next turn (as a query to a database server waits for its answer).
 */
const STEPS = 16
const STEP_MS = 15
const ANSWERS = 30

function slowQuestions(db: Db): QuestionService {
  return {
    async answer(question) {
      for (let i = 0; i < STEPS; i++) {
        const until = performance.now() + STEP_MS
        while (performance.now() < until) {
          // CPU work, as parsing and Prisma's query building are
        }
        await db.event.count()
        await new Promise((resolve) => setImmediate(resolve))
      }
      return { text: { en: `answered: ${question}`, ja: `回答: ${question}` } }
    },
  }
}

let h: Harness | undefined
afterEach(async () => {
  await h?.close()
  h = undefined
})

/** Sends ANSWERS mentions at once, then, while they are answered, after 300 ms 8 slash commands one after the other: their ack times (ms). */
async function acksWhileAnswering(harness: Harness): Promise<number[]> {
  const sent = Array.from({ length: ANSWERS }, (_, i) => {
    const ts = `${500 + i}.000100`
    return harness.event({ type: 'app_mention', user: 'U0EN', text: `<@UBOT> question ${i}`, ts, channel: 'C0LOAD', event_ts: ts }, { eventId: `EvLOAD${i}` })
  })
  for (const res of await Promise.all(sent)) expect(res.status).toBe(200)
  // the answers under way (each claimed its message and began)
  await new Promise((resolve) => setTimeout(resolve, 300))
  const acks: number[] = []
  for (let i = 0; i < 8; i++) {
    const started = performance.now()
    const res = await harness.command('help', { userId: 'U0EN', channelId: 'C0LOAD' })
    acks.push(performance.now() - started)
    expect(res.status).toBe(200)
  }
  return acks
}

describe('acks while answers are computed', () => {
  it('acknowledges a command within a few steps of work while 30 long answers are in hand, and answers all of them', async () => {
    h = await startHarness({ services: (db) => ({ questions: slowQuestions(db) }) })
    const harness = h
    const acks = await acksWhileAnswering(harness)
    // every answer of the 30 still comes, once: the lane delays answers, it drops none
    await harness.fake.waitFor(() => (harness.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0LOAD').length >= ANSWERS ? true : undefined), 30_000)
    expect(harness.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0LOAD')).toHaveLength(ANSWERS)
    // all 30 answers under way at once would make each turn of the loop 30 steps (450 ms) long, and an ack
    // takes several turns; with 2 at a time a turn holds 30 ms of answers
    expect(Math.max(...acks)).toBeLessThan(400)
  }, 60_000)
})
