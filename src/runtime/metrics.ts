// What an operator can scrape (GET /metrics, Prometheus text format, prom-client): how fast Slack's requests
// are answered, and what the questions got. One registry per app, so that two apps in one process (tests)
// never share counts.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/** What a question got: a figure, no figure (refused, with or without words named), or a question back. */
export type AnswerOutcome = 'figure' | 'refused' | 'clarify'

export interface AppMetrics {
  registry: Registry
  /** A request from Slack answered: seconds from its arrival to the end of the response, with its HTTP status. */
  observeAck(seconds: number, status: number): void
  /** A question answered, by outcome. */
  countAnswer(outcome: AnswerOutcome): void
  /** Where the Slack outbox backlog is read when scraped (src/store/outbox.ts, pending rows). */
  watchOutbox(backlog: () => Promise<number>): void
  /** A Slack message's final outcome: delivered (and by which route) or failed, by purpose. */
  countDelivery(outcome: { purpose: string; outcome: 'delivered' | 'failed'; via?: string }): void
}

/** Buckets around Slack's 3 s limit (seconds). */
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5]

export function createAppMetrics(): AppMetrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'grassroots_' })
  const ack = new Histogram({
    name: 'grassroots_slack_ack_seconds',
    help: 'Seconds from the arrival of a request from Slack (POST /slack/events) to the end of its response',
    labelNames: ['status'] as const,
    buckets: ACK_BUCKETS,
    registers: [registry],
  })
  const answers = new Counter({
    name: 'grassroots_answers_total',
    help: 'Questions answered, by outcome: figure, refused (no figure), clarify (a question back)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  })
  for (const outcome of ['figure', 'refused', 'clarify'] as const) answers.inc({ outcome }, 0)
  let backlog: (() => Promise<number>) | undefined
  new Gauge({
    name: 'grassroots_slack_outbox_backlog',
    help: 'Slack messages recorded and not yet delivered (pending rows of the outbox, all instances)',
    registers: [registry],
    async collect() {
      // a scrape while the database fails shows the last value rather than failing the whole page
      const n = backlog === undefined ? undefined : await backlog().catch(() => undefined)
      if (n !== undefined) this.set(n)
    },
  })
  const deliveries = new Counter({
    name: 'grassroots_slack_deliveries_total',
    help: 'Slack messages of the outbox by final outcome (delivered, failed), purpose and route used',
    labelNames: ['outcome', 'purpose', 'via'] as const,
    registers: [registry],
  })
  return {
    registry,
    observeAck: (seconds, status) => ack.observe({ status: String(status) }, seconds),
    countAnswer: (outcome) => answers.inc({ outcome }),
    watchOutbox: (count) => {
      backlog = count
    },
    countDelivery: ({ purpose, outcome, via }) => deliveries.inc({ outcome, purpose, via: via ?? '' }),
  }
}

/** The outcome of an answer, by its kind. */
export function outcomeOf(kind: string): AnswerOutcome {
  return kind === 'unknown' ? 'refused' : kind === 'clarify' ? 'clarify' : 'figure'
}
