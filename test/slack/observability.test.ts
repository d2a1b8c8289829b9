// What an operator sees of a running app over HTTP: /readyz (the database answers and every migration is
// applied) and /metrics (Prometheus text: ack latency of Slack's requests, answers by outcome).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../src/app.ts'
import { testCharts } from '../helpers/charts.ts'
import { startHarness, type Harness } from './harness.ts'

const charts = testCharts()
let h: Harness
beforeAll(async () => {
  h = await startHarness({ services: (db, config) => createServices({ config, db, charts }) })
})
afterAll(async () => {
  await h.close()
})

/** The value of one sample line of the metrics text ("name{labels} value"), or undefined. */
async function sample(name: string): Promise<number | undefined> {
  const text = await (await fetch(`${h.baseUrl}/metrics`)).text()
  const line = text.split('\n').find((l) => l.startsWith(`${name} `))
  return line === undefined ? undefined : Number(line.slice(name.length + 1))
}

describe('operations endpoints', () => {
  it('/readyz is 200 when the database answers and every migration is applied, 503 naming the one missing', async () => {
    const ok = await fetch(`${h.baseUrl}/readyz`)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ ready: true, database: true, pendingMigrations: [] })
    const [last] = await h.store.db.$queryRawUnsafe<Array<{ migration_name: string }>>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1')
    await h.store.db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = finished_at WHERE migration_name = '${last!.migration_name}'`)
    try {
      const behind = await fetch(`${h.baseUrl}/readyz`)
      expect(behind.status).toBe(503)
      expect(await behind.json()).toEqual({ ready: false, database: true, pendingMigrations: [last!.migration_name] })
    } finally {
      await h.store.db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = '${last!.migration_name}'`)
    }
  })

  it('/metrics times every request from Slack and counts answers by outcome', async () => {
    const acks = (await sample('grassroots_slack_ack_seconds_count{status="200"}')) ?? 0
    const figures = (await sample('grassroots_answers_total{outcome="figure"}')) ?? 0
    const refused = (await sample('grassroots_answers_total{outcome="refused"}')) ?? 0
    const clarify = (await sample('grassroots_answers_total{outcome="clarify"}')) ?? 0
    for (const [i, q] of ['ask how many events in FY2022?', 'ask how many events in Kalamazoo?', 'ask events in Washington'].entries()) {
      const res = await h.command(q, { userId: 'U0OPS', channelId: `C0OPS${i}` })
      expect(res.status).toBe(200)
    }
    await expect.poll(() => sample('grassroots_answers_total{outcome="figure"}'), { timeout: 10_000 }).toBe(figures + 1)
    await expect.poll(() => sample('grassroots_answers_total{outcome="refused"}'), { timeout: 10_000 }).toBe(refused + 1)
    await expect.poll(() => sample('grassroots_answers_total{outcome="clarify"}'), { timeout: 10_000 }).toBe(clarify + 1)
    expect(await sample('grassroots_slack_ack_seconds_count{status="200"}')).toBeGreaterThanOrEqual(acks + 3)
    const text = await (await fetch(`${h.baseUrl}/metrics`)).text()
    expect(text).toContain('grassroots_slack_ack_seconds_bucket{le="3",status="200"}')
    expect(text).toContain('grassroots_process_resident_memory_bytes')
  })
})
