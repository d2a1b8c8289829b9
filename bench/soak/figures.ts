// The figures every scenario shares, from what was sent, how it was acknowledged, what reached the fake Web
// API and what the database holds: acks, saves lost or recorded twice, deliveries exactly once, the app's own
// figures, and the deliveries a scenario waits for before it counts.
import type { FakeSlack } from '../../test/slack/fake-slack.ts'
import { classifySave, commandKey, countDeliveries, type Deliveries, type SaveAck } from './count.ts'
import type { Instance } from './instances.ts'
import type { PlannedRequest } from './plan.ts'
import { fig, ms, percentile, type Figure } from './report.ts'
import type { Acked } from './send.ts'

/** Each save, mention and command of a plan once (a retry shares its original's outcome), with its acks. */
export function outcomes(plan: readonly PlannedRequest[], acked: readonly Acked[]) {
  const ackOf = new Map(acked.map((a) => [a.id, a]))
  const byOriginal = new Map<string, Acked[]>()
  for (const r of plan) {
    const a = ackOf.get(r.id)
    const key = r.retryOf ?? r.id
    if (a !== undefined) byOriginal.set(key, [...(byOriginal.get(key) ?? []), a])
  }
  const originals = plan.filter((r) => r.retryOf === undefined)
  const acksOf = (r: PlannedRequest): Acked[] => byOriginal.get(r.retryOf ?? r.id) ?? []
  return { originals, acksOf }
}

/** "never 0, twice or more 0 of 450" for a map of deliveries per key. */
export function exactlyOnce(keys: readonly string[], counts: Map<string, number>): { bad: number; text: string } {
  const never = keys.filter((k) => (counts.get(k) ?? 0) === 0).length
  const more = keys.filter((k) => (counts.get(k) ?? 0) > 1).length
  return { bad: never + more, text: `${never + more} of ${keys.length} (never ${never}, twice+ ${more})` }
}

/** The figures every scenario shares: acks, saves lost or doubled, deliveries exactly once. */
export function commonFigures(o: {
  plan: readonly PlannedRequest[]
  acked: readonly Acked[]
  rows: Map<string, number>
  deliveries: Deliveries
  /** Saves that must be in the database (lost otherwise). */
  mustBeSaved: ReadonlySet<string>
  fake: FakeSlack
  /** An error message instead of an answer is expected (the database was away): shown without a goal. */
  errorsExpected?: boolean
}): Figure[] {
  const { plan, acked, rows, deliveries } = o
  const { originals, acksOf } = outcomes(plan, acked)
  const sorted = acked.map((a) => a.ms).sort((a, b) => a - b)
  const kindOf = new Map(plan.map((r) => [r.id, r.kind]))
  const non200 = acked.filter((a) => a.status !== 200).length
  const saves = originals.filter((r): r is Extract<PlannedRequest, { kind: 'save' }> => r.kind === 'save')
  const mentions = originals.filter((r): r is Extract<PlannedRequest, { kind: 'mention' }> => r.kind === 'mention')
  const commands = originals.filter((r): r is Extract<PlannedRequest, { kind: 'command' }> => r.kind === 'command')
  const lost = saves.filter((s) => o.mustBeSaved.has(s.token) && (rows.get(s.token) ?? 0) === 0).length
  const doubled = [...rows.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0)
  const recorded = saves.filter((s) => (rows.get(s.token) ?? 0) > 0).map((s) => s.token)
  const confirmedUnrecorded = saves.filter((s) => (rows.get(s.token) ?? 0) === 0 && (deliveries.confirmations.get(s.token) ?? 0) > 0).length
  const confirmations = exactlyOnce(recorded, deliveries.confirmations)
  const answers = exactlyOnce(mentions.map((m) => m.ts), deliveries.mentionAnswers)
  const replies = exactlyOnce(commands.map(commandKey), deliveries.commandAnswers)
  const errorKeys = [...mentions.map((m) => m.ts), ...commands.map(commandKey)].filter((k) => (deliveries.errorReplies.get(k) ?? 0) > 0).length
  const chartMentions = mentions.filter((m) => m.chart && (deliveries.mentionAnswers.get(m.ts) ?? 0) > 0)
  const withChart = chartMentions.filter((m) => (deliveries.mentionFiles.get(m.ts) ?? 0) > 0).length
  const kinds = new Map<SaveAck, number>()
  for (const s of saves) for (const a of acksOf(s)) kinds.set(classifySave(a), (kinds.get(classifySave(a)) ?? 0) + 1)
  const retries = plan.length - originals.length
  return [
    fig('requests sent (signed, over loopback HTTP)', plan.length, `${plan.length} (${saves.length} saves, ${commands.length} commands, ${mentions.length} mentions + ${retries} re-sent)`, '—', null),
    fig('ack max', sorted.at(-1) ?? Number.NaN, ms(sorted.at(-1) ?? Number.NaN), '< 3000 ms', (sorted.at(-1) ?? Infinity) < 3000),
    fig('ack p99', percentile(sorted, 99), ms(percentile(sorted, 99)), '< 500 ms', percentile(sorted, 99) < 500),
    fig('ack p50', percentile(sorted, 50), ms(percentile(sorted, 50)), '—', null),
    fig('ack max by kind (save / command / mention)', sorted.at(-1) ?? Number.NaN, (['save', 'command', 'mention'] as const).map((k) => ms(Math.max(...acked.filter((a) => kindOf.get(a.id) === k).map((a) => a.ms)))).join(' / '), '—', null),
    fig('answers other than HTTP 200', non200, String(non200), '0', non200 === 0),
    fig('save answers (saved / saving… / retry / other error / confirm / no answer)', kinds.get('saved') ?? 0, ['saved', 'saving', 'retry', 'error', 'confirm', 'failed'].map((k) => kinds.get(k as SaveAck) ?? 0).join(' / '), '—', null),
    fig('saves lost (missing from the database)', lost, `${lost} of ${o.mustBeSaved.size}`, '0', lost === 0),
    fig('events recorded twice (extra rows)', doubled, String(doubled), '0', doubled === 0),
    fig('recorded saves not confirmed exactly once', confirmations.bad, confirmations.text, '0', confirmations.bad === 0),
    fig('saves confirmed but not recorded', confirmedUnrecorded, String(confirmedUnrecorded), '0', confirmedUnrecorded === 0),
    fig('mentions not answered exactly once', answers.bad, answers.text, '0', answers.bad === 0),
    fig('commands not answered exactly once (reply or form)', replies.bad, replies.text, '0', replies.bad === 0),
    fig('mentions and commands answered "Something went wrong" instead', errorKeys, `${errorKeys} of ${mentions.length + commands.length}`, o.errorsExpected ? '—' : '0', o.errorsExpected ? null : errorKeys === 0),
    fig('chart answers to mentions that came with their chart', withChart, `${withChart} of ${chartMentions.length}`, '—', null),
    fig('messages refused by the fake for breaking Block Kit limits', o.fake.rejections.length, String(o.fake.rejections.length), '0', o.fake.rejections.length === 0),
  ]
}

/** Every instance's error lines by message, added up. */
export function errorMessages(instances: readonly Instance[]): Map<string, number> {
  const all = new Map<string, number>()
  for (const i of instances) for (const [m, n] of i.errorMessages()) all.set(m, (all.get(m) ?? 0) + n)
  return all
}

/** Whether the app's processes are still the ones started, and what they logged since `before` (errorMessages). */
export function instanceFigures(instances: readonly Instance[], before: { errors: Map<string, number>; charts: number }): Figure[] {
  const alive = instances.filter((i) => i.alive()).length
  let errors = 0
  for (const [m, n] of errorMessages(instances)) errors += n - (before.errors.get(m) ?? 0)
  const charts = instances.reduce((n, i) => n + i.chartsNotRendered(), 0) - before.charts
  return [
    fig('charts the app left out ("answer chart not rendered")', charts, String(charts), '—', null),
    fig('app instances still running (never restarted)', alive, `${alive} of ${instances.length}`, 'all', alive === instances.length),
    fig('error lines the app logged', errors, String(errors), '—', null),
  ]
}

/** True once every request has had its delivery: an answer, a reply, a confirmation or a late notice for a save told it was saved. */
export function expectation(plan: readonly PlannedRequest[], acked: readonly Acked[], fake: FakeSlack): () => boolean {
  const { originals, acksOf } = outcomes(plan, acked)
  return () => {
    const d = countDeliveries(fake)
    return originals.every((r) => {
      if (r.kind === 'mention') return (d.mentionAnswers.get(r.ts) ?? 0) > 0
      if (r.kind === 'command') return (d.commandAnswers.get(commandKey(r)) ?? 0) > 0
      const told = acksOf(r).map(classifySave)
      if (told.includes('saved') || told.includes('saving')) return (d.confirmations.get(r.token) ?? 0) + (d.lateNotices.get(r.token) ?? 0) > 0
      return true
    })
  }
}
