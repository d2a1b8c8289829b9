// What the soak counts: how each request was acknowledged, what reached the fake Web API for it (a save's
// confirmation, a mention's answer, a command's reply) and what the database holds (each save's rows, rows
// of an event that are missing or disagree with it, rows whose event is gone).
import { t } from '../../src/i18n/index.ts'
import { CALLBACK } from '../../src/slack/ids.ts'
import type { Db } from '../../src/store/client.ts'
import type { FakeSlack } from '../../test/slack/fake-slack.ts'
import type { PlannedRequest } from './plan.ts'
import type { Acked } from './send.ts'

/**
 * How a form save was answered: closed (`saved`), "saving…" with the outcome to follow (`saving`), an error
 * telling the user to press Save again or try again (`retry`), another error on the form (`error`), the form
 * back with warnings to confirm (`confirm`), or no valid HTTP answer (`failed`).
 */
export type SaveAck = 'saved' | 'saving' | 'retry' | 'error' | 'confirm' | 'failed'

/** The texts that tell a user to press Save again / try again (English: the soak's users are en-US). */
const RETRY_TEXTS = [t('en', 'slack_err_save_failed'), t('en', 'slack_err_generic')]

export function classifySave(a: Acked): SaveAck {
  if (a.status !== 200) return 'failed'
  if (a.body.trim() === '') return 'saved'
  let parsed: { response_action?: string; errors?: Record<string, string>; view?: { callback_id?: string } }
  try {
    parsed = JSON.parse(a.body) as typeof parsed
  } catch {
    return 'failed'
  }
  if (parsed.response_action === 'errors') {
    const text = Object.values(parsed.errors ?? {}).join(' ')
    return RETRY_TEXTS.some((r) => text.includes(r)) ? 'retry' : 'error'
  }
  if (parsed.response_action === 'update') return parsed.view?.callback_id === CALLBACK.eventModal ? 'confirm' : 'saving'
  return 'saved'
}

const TOKEN = /SK[a-z]\d{4}/

/** A call the fake carried out and answered ok (429 and 500 answers are recorded as `method#429`/`#500`). */
function okCalls(fake: FakeSlack, methods: readonly string[]) {
  return fake.calls.filter((c) => methods.includes(c.method) && c.result?.ok === true)
}

export interface Deliveries {
  /** Confirmations (the "saved" message, block `saved`) per save token. */
  confirmations: Map<string, number>
  /** Other messages naming a save (a late save's "could not be saved", "may or may not"), per token. */
  lateNotices: Map<string, number>
  /** Answers (chat.postMessage in the mention's thread) per mention ts. */
  mentionAnswers: Map<string, number>
  /** Replies per command: response_url posts by id, views.open by trigger_id. */
  commandAnswers: Map<string, number>
  /** Files uploaded (files.completeUploadExternal) per mention ts: a chart answer's chart. */
  mentionFiles: Map<string, number>
  /** Of those answers and replies, the ones that were the generic error ("Something went wrong…"), per key. */
  errorReplies: Map<string, number>
}

/** The generic error a user is shown instead of an answer (English: the soak's users are en-US). */
const GENERIC_ERROR = t('en', 'slack_err_generic')

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1)

/** Everything the fake received so far, attributed to the requests that caused it. */
export function countDeliveries(fake: FakeSlack): Deliveries {
  const d: Deliveries = { confirmations: new Map(), lateNotices: new Map(), mentionAnswers: new Map(), commandAnswers: new Map(), mentionFiles: new Map(), errorReplies: new Map() }
  for (const c of okCalls(fake, ['chat.postEphemeral', 'chat.postMessage'])) {
    const text = String(c.args.text ?? '')
    const token = TOKEN.exec(text)?.[0]
    if (token !== undefined) {
      const blocks = Array.isArray(c.args.blocks) ? (c.args.blocks as Array<{ block_id?: string }>) : []
      bump(blocks.some((b) => b.block_id === 'saved') ? d.confirmations : d.lateNotices, token)
    } else if (typeof c.args.thread_ts === 'string' && String(c.args.channel).startsWith('C0SOAKASK')) {
      bump(d.mentionAnswers, c.args.thread_ts)
      if (text.includes(GENERIC_ERROR)) bump(d.errorReplies, c.args.thread_ts)
    }
  }
  for (const c of okCalls(fake, ['files.completeUploadExternal'])) {
    if (typeof c.args.thread_ts === 'string' && String(c.args.channel_id).startsWith('C0SOAKASK')) bump(d.mentionFiles, c.args.thread_ts)
  }
  for (const c of okCalls(fake, ['views.open'])) bump(d.commandAnswers, String(c.args.trigger_id))
  for (const r of fake.responses) {
    if (r.id.includes('#')) continue
    bump(d.commandAnswers, r.id)
    if (String(r.body.text ?? '').includes(GENERIC_ERROR)) bump(d.errorReplies, r.id)
  }
  return d
}

/** The key under which a command's reply is counted. */
export function commandKey(r: Extract<PlannedRequest, { kind: 'command' }>): string {
  return r.sub === 'log' ? r.triggerId : r.responseId
}

export interface StoreCheck {
  /** Event rows per save token (soak titles only). */
  rowsByToken: Map<string, number>
  /**
   * Events not whole: no state, stateCount unlike its state rows, no region row, copies on state or theme rows
   * unlike the event, or a soak save without its theme row.
   */
  incomplete: number
  /** State, theme and region rows whose event does not exist. */
  orphans: number
  events: number
}

async function count(db: Db, sql: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(sql)
  return Number(rows[0]?.n ?? 0)
}

/** Reads what the database holds (SQL that SQLite and PostgreSQL both accept). */
export async function checkStore(db: Db): Promise<StoreCheck> {
  const rows = await db.event.findMany({ where: { titleEn: { startsWith: 'Soak seminar SK' } }, select: { titleEn: true } })
  const rowsByToken = new Map<string, number>()
  for (const r of rows) {
    const token = TOKEN.exec(r.titleEn ?? '')?.[0]
    if (token !== undefined) bump(rowsByToken, token)
  }
  const incomplete = await count(
    db,
    `SELECT COUNT(*) AS n FROM "Event" e WHERE e."stateCount" < 1
       OR e."stateCount" <> (SELECT COUNT(*) FROM "EventState" s WHERE s."eventId" = e."id")
       OR NOT EXISTS (SELECT 1 FROM "EventRegion" r WHERE r."eventId" = e."id")
       OR EXISTS (SELECT 1 FROM "EventState" s WHERE s."eventId" = e."id" AND (s."fiscalYear" <> e."fiscalYear" OR s."participants" <> e."participants" OR s."officeCode" <> e."officeCode"))
       OR EXISTS (SELECT 1 FROM "EventTheme" t WHERE t."eventId" = e."id" AND (t."fiscalYear" <> e."fiscalYear" OR t."participants" <> e."participants"))
       OR (e."titleEn" LIKE 'Soak seminar SK%' AND NOT EXISTS (SELECT 1 FROM "EventTheme" t WHERE t."eventId" = e."id"))`,
  )
  let orphans = 0
  for (const table of ['EventState', 'EventTheme', 'EventRegion']) {
    orphans += await count(db, `SELECT COUNT(*) AS n FROM "${table}" x WHERE NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = x."eventId")`)
  }
  return { rowsByToken, incomplete, orphans, events: await db.event.count() }
}
