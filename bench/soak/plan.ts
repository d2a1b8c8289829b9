// What the soak sends: signed-request bodies shaped like Slack's (test/slack/payloads.ts) for form saves,
// slash commands and app mentions, in a deterministic shuffled order, with a share re-sent as Slack retries.
// Every request carries what identifies its outcome at the fake Web API: a save its title token (in the
// confirmation), a mention its ts (the answer's thread_ts), a command its response_url id or trigger_id.
import { mulberry32 } from '../../src/demo/random.ts'
import { buildEventModal } from '../../src/slack/blocks/event-modal.ts'
import { emptyForm } from '../../src/services/event-form.ts'
import { eventCallback, formBody, interactiveBody, slashCommandFields, validForm, viewSubmission } from '../../test/slack/payloads.ts'

/**
 * Questions asked by `/grassroots ask` and by mentions; `chart`: answered with a chart (a breakdown's bars; a
 * coverage question's map would be one too). One in seven: charts are drawn one or two at a time by the app's
 * render threads, and more would make the run a measure of chart rendering alone.
 */
export const QUESTIONS: ReadonlyArray<{ text: string; chart: boolean }> = [
  { text: 'how many events in FY2022?', chart: false },
  { text: 'events by state', chart: true },
  { text: '2022年度の案件数は？', chart: false },
  { text: 'participants in FY2021', chart: false },
  { text: 'how many events in Texas in FY2022?', chart: false },
  { text: 'average participants in FY2022', chart: false },
  { text: '2021年度の参加者数は？', chart: false },
]

export type CommandSub = 'log' | 'list' | 'ask'

interface Base {
  /** Unique within a run: `<phase><n>`, a retry `<original id>r`. */
  id: string
  /** Which app instance receives it (index). */
  instance: number
  body: string
  contentType: 'application/json' | 'application/x-www-form-urlencoded'
  /** Set on a re-send: X-Slack-Retry-Num and X-Slack-Retry-Reason, as Slack sends them. */
  retryOf?: string
  /** Paced sending: ms after the phase's start; undefined: as soon as a client is free. */
  atMs?: number
}

export type PlannedRequest =
  | (Base & { kind: 'save'; token: string; title: string })
  | (Base & { kind: 'command'; sub: CommandSub; triggerId: string; responseId: string })
  | (Base & { kind: 'mention'; channel: string; ts: string; chart: boolean })

export interface PlanOptions {
  /** Prefix of ids and tokens: one letter per phase keeps phases apart in one database. */
  phase: string
  saves: number
  commands: number
  mentions: number
  /** How many of the saves and mentions are sent a second time as Slack retries. */
  retries: number
  instances: number
  /** The fake's base URL (response_url points at it). */
  fakeUrl: string
  /** First start date of the saves (YYYY-MM-DD): one day each, so no save looks like another's duplicate. */
  firstDate: string
  seed: number
  /** Spread over this many ms (paced), or undefined: sent as fast as the clients allow. */
  spreadMs?: number
}

const USERS = 20

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The recording form as the app builds it (callback_id, private_metadata with the channel). */
function eventFormView(channelId: string): Record<string, unknown> {
  return buildEventModal({ lang: 'en', form: emptyForm(), metadata: { lang: 'en', channelId }, isAdmin: false }) as unknown as Record<string, unknown>
}

/**
 * The requests of one phase, in the order they are sent. Retries follow their original either at once (two
 * deliveries racing each other) or about forty requests later (after the first was handled), alternately,
 * and go to the next instance when there are several: a retry may reach another instance.
 */
export function planRequests(o: PlanOptions): PlannedRequest[] {
  const random = mulberry32(o.seed)
  const views = new Map<string, Record<string, unknown>>()
  const originals: PlannedRequest[] = []
  for (let i = 0; i < o.saves; i++) {
    const token = `SK${o.phase}${String(i).padStart(4, '0')}`
    const title = `Soak seminar ${token}`
    const channelId = `C0SOAK${i % 5}`
    const view = views.get(channelId) ?? eventFormView(channelId)
    views.set(channelId, view)
    const userId = `U0SOAK${i % USERS}`
    const payload = viewSubmission({
      view,
      viewId: `V${o.phase.toUpperCase()}${String(i).padStart(6, '0')}`,
      userId,
      values: validForm({ titleEn: title, titleJa: '', startDate: addDays(o.firstDate, i), participants: String(10 + i) }),
    })
    originals.push({ kind: 'save', id: `${o.phase}s${i}`, token, title, instance: 0, body: interactiveBody(payload), contentType: 'application/x-www-form-urlencoded' })
  }
  const subs: CommandSub[] = ['log', 'list', 'ask']
  for (let i = 0; i < o.commands; i++) {
    const sub = subs[i % subs.length] ?? 'list'
    const question = QUESTIONS[Math.floor(i / subs.length) % QUESTIONS.length]?.text ?? ''
    const text = sub === 'ask' ? `ask ${question}` : sub === 'list' ? 'list fy 2022' : 'log'
    const responseId = `${o.phase}c${i}`
    const triggerId = `trigger-${o.phase}c${i}`
    const fields = slashCommandFields({ text, userId: `U0SOAK${i % USERS}`, channelId: 'C0SOAKCMD', responseUrl: `${o.fakeUrl}response/${responseId}`, triggerId })
    originals.push({ kind: 'command', id: `${o.phase}c${i}`, sub, triggerId, responseId, instance: 0, body: formBody(fields), contentType: 'application/x-www-form-urlencoded' })
  }
  for (let i = 0; i < o.mentions; i++) {
    const asked = QUESTIONS[i % QUESTIONS.length]
    const question = asked?.text ?? ''
    const channel = 'C0SOAKASK'
    // unique per message: the answer's thread_ts names the mention it answers
    const ts = `${1_700_000_000 + o.seed}.${String(i).padStart(6, '0')}`
    const event = { type: 'app_mention', user: `U0SOAK${i % USERS}`, text: `<@UBOT> ${question}`, ts, event_ts: ts, channel, channel_type: 'channel' }
    const body = JSON.stringify(eventCallback(event, `Ev${o.phase.toUpperCase()}${String(i).padStart(6, '0')}`))
    originals.push({ kind: 'mention', id: `${o.phase}m${i}`, channel, ts, chart: asked?.chart ?? false, instance: 0, body, contentType: 'application/json' })
  }
  // a deterministic shuffle (Fisher–Yates) so kinds interleave as real traffic would
  for (let i = originals.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = originals[i]
    const b = originals[j]
    if (a !== undefined && b !== undefined) {
      originals[i] = b
      originals[j] = a
    }
  }
  originals.forEach((r, i) => (r.instance = i % o.instances))

  const retriable = originals.filter((r) => r.kind !== 'command')
  const every = Math.max(1, Math.floor(retriable.length / Math.max(1, o.retries)))
  const chosen = new Set(retriable.filter((_, i) => i % every === 0).slice(0, o.retries).map((r) => r.id))
  const out: PlannedRequest[] = []
  const later = new Map<number, PlannedRequest[]>()
  let n = 0
  originals.forEach((r, i) => {
    out.push(r)
    for (const queued of later.get(i) ?? []) out.push(queued)
    if (!chosen.has(r.id)) return
    const retry: PlannedRequest = { ...r, id: `${r.id}r`, retryOf: r.id, instance: (r.instance + 1) % o.instances }
    n += 1
    if (n % 2 === 1) out.push(retry)
    else later.set(i + 40, [...(later.get(i + 40) ?? []), retry])
  })
  // retries planned past the end go last
  for (const [i, queued] of later) if (i >= originals.length) out.push(...queued)
  if (o.spreadMs !== undefined) {
    const step = o.spreadMs / Math.max(1, out.length)
    out.forEach((r, i) => (r.atMs = Math.round(i * step)))
  }
  return out
}

/** The headers of a re-send, as Slack marks them. */
export function retryHeaders(r: PlannedRequest): Record<string, string> {
  return r.retryOf === undefined ? {} : { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }
}
