// Recording, editing, deleting and listing events on behalf of a Slack user: permission checks, validation,
// the warnings a user must confirm (states outside the office's area, a likely duplicate) and idempotency.
// Transport-free: the Slack listeners call these functions and render what they return.
import { createHash } from 'node:crypto'
import type { EventData, EventRecord } from '../domain/event.ts'
import { AppError } from '../errors.ts'
import type { Db } from '../store/client.ts'
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent, type EventFilter } from '../store/events.ts'
import { eventBySourceKey } from '../store/event-stats.ts'
import { isBusy, retryWhileBusy } from '../store/busy.ts'
import { claimKey, releaseKey } from '../store/idempotency.ts'
import { enqueueOutbox, type OutboxInsert } from '../store/outbox.ts'
import { getPreference, savePreference } from '../store/preferences.ts'
import { listCategories, type BestPracticeCategory } from '../store/best-practice-categories.ts'
import { findLikelyDuplicates } from './duplicates.ts'
import { keepUnchangedText, statesOutsideArea, validateEventForm, withKeptFields, type Confirmation, type EventForm, type FieldError, type TextField } from './event-form.ts'
import type { ListFilter } from './list-filter.ts'
import { slackActor, type Permissions } from './permissions.ts'

export type FormWarning =
  | { kind: 'out_of_area'; officeCode: string; stateCodes: string[] }
  | { kind: 'duplicate'; events: Array<Pick<EventRecord, 'id' | 'titleEn' | 'titleJa' | 'startDate'>> }

export type SubmitOutcome =
  | { kind: 'invalid'; errors: FieldError[] }
  /**
   * Warnings the user has not confirmed yet (with every current warning, so the form can show them all), and
   * the form to show again: what was typed, with the stored value of each field the form could not show.
   */
  | { kind: 'confirm'; warnings: FormWarning[]; unconfirmed: Confirmation[]; form: EventForm; categories: BestPracticeCategory[] }
  /**
   * `changed` is false when this submission was already saved (a retry or a double click): its messages were
   * recorded with the first save, and nothing new was. `noticeKey` names the confirmation of this submission.
   */
  | { kind: 'saved'; action: 'create' | 'update'; record: EventRecord; changed: boolean; noticeKey: string; categories?: BestPracticeCategory[] }

/** What a save's messages are built from: the event as saved, and the key of its confirmation. */
export interface SavedEvent {
  action: 'create' | 'update'
  record: EventRecord
  noticeKey: string
  /** The best-practice categories recorded (their names, for the messages); absent when not read. */
  categories?: BestPracticeCategory[]
}

export const LIST_PAGE_SIZE = 6

/** How long a write after the decision (an update's key given back, a message recorded) waits out another process's write lock (ms). */
const RELEASE_RETRY_MS = 10_000

export interface RecordingService {
  /**
   * Validates and saves a submitted form. On an edit, `kept` names the text fields the form could not show
   * (too long for Slack): they keep their stored value, as does every text field left unchanged.
   */
  submit(input: {
    form: EventForm
    userId: string
    submissionId: string
    eventId?: number
    kept?: readonly TextField[]
    /**
     * Epoch ms until which a write that finds the database locked by another writer is tried again
     * (asynchronously: other requests go on meanwhile); past it AppError('slack_err_save_failed'), with
     * nothing written. Default: one try.
     */
    retryUntil?: number
    /**
     * The Slack messages a save causes (its confirmation, the log channel's post), recorded in the outbox in
     * the same transaction as the event: they are delivered even when everything after the commit fails.
     */
    notices?: (saved: SavedEvent) => OutboxInsert[]
  }): Promise<SubmitOutcome>
  /** The event, if this user may edit it; AppError otherwise. */
  eventForEdit(input: { eventId: number; userId: string }): Promise<EventRecord>
  remove(input: { eventId: number; userId: string }): Promise<EventRecord | null>
  /** A page of events, with the best-practice categories (their names, for the list). */
  list(input: { filter: ListFilter; page: number; userId: string }): Promise<{ total: number; page: number; pages: number; events: EventRecord[]; categories: BestPracticeCategory[] }>
  lastOffice(userId: string): Promise<string | undefined>
  /** The best-practice categories recorded, in display order: the options of the form's category field. */
  categories(): Promise<BestPracticeCategory[]>
  assertCanRecord(userId: string): Promise<void>
}

/** A short fingerprint of what was submitted: the same values give the same key, so a retry saves once. */
export function fingerprint(data: EventData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16)
}

export function createRecordingService(options: { db: Db; permissions: Permissions; today: () => string }): RecordingService {
  const { db, permissions, today } = options

  async function assertCanRecord(userId: string): Promise<void> {
    if (!(await permissions.canRecord(userId))) throw new AppError('slack_err_not_allowed_record')
  }

  async function eventForEdit({ eventId, userId }: { eventId: number; userId: string }): Promise<EventRecord> {
    const event = await getEvent(db, eventId)
    if (event === null) throw new AppError('slack_err_event_not_found', { id: eventId })
    if (!permissions.canEdit(userId, event)) throw new AppError('slack_err_not_allowed_edit')
    return event
  }

  /**
   * A submission found saved already. Its messages were recorded with it; recording them again by their keys
   * writes nothing then, but gives a confirmation to a save that was made without one (by an earlier version
   * of the app, or through this service without `notices`).
   */
  async function alreadySaved(record: EventRecord, key: string, notices: ((saved: SavedEvent) => OutboxInsert[]) | undefined): Promise<SubmitOutcome> {
    const noticeKey = `notice:${key}`
    for (const row of notices?.({ action: 'create', record, noticeKey }) ?? []) {
      await retryWhileBusy(() => enqueueOutbox(db, row), { until: Date.now() + RELEASE_RETRY_MS })
    }
    return { kind: 'saved', action: 'create', record, changed: false, noticeKey }
  }

  return {
    assertCanRecord,
    eventForEdit,

    async submit({ form: typed, userId, submissionId, eventId, kept = [], retryUntil, notices }) {
      const existing = eventId === undefined ? null : await eventForEdit({ eventId, userId })
      if (existing === null) await assertCanRecord(userId)
      const filled = existing === null ? typed : withKeptFields(typed, { stored: existing, kept })
      const bestPractice = permissions.isAdmin(userId) ? filled.bestPractice : (existing?.bestPractice ?? false)
      // fields the form did not show keep their stored values: the category (unless the event is no longer a
      // best practice: a category is only for one), the ongoing flag (the cost is kept by the store)
      const form: EventForm = {
        ...filled,
        bestPracticeCategory: filled.bestPracticeCategory !== undefined && permissions.isAdmin(userId)
          ? filled.bestPracticeCategory
          : bestPractice ? (existing?.bestPracticeCategory ?? null) : null,
        ongoing: filled.ongoing ?? existing?.ongoing ?? false,
      }
      const categories = await listCategories(db)
      const checked = validateEventForm(form, { today: today(), bestPractice, categories: categories.map((c) => c.code) })
      if (!checked.ok) return { kind: 'invalid', errors: checked.errors }
      const data = existing === null ? checked.data : keepUnchangedText(checked.data, { form, stored: existing })
      const key = `slack:${submissionId}:${fingerprint(data)}`
      if (existing === null) {
        // this very submission was saved already (Slack retried, or Save was pressed twice): not a duplicate
        const saved = await eventBySourceKey(db, key)
        if (saved !== null) return alreadySaved(saved, key, notices)
      }

      const warnings: FormWarning[] = []
      const outside = statesOutsideArea(data)
      if (outside.length > 0) warnings.push({ kind: 'out_of_area', officeCode: data.officeCode, stateCodes: outside })
      const duplicates = await findLikelyDuplicates(db, { data, ...(eventId === undefined ? {} : { excludeId: eventId }) })
      if (duplicates.length > 0 && existing === null) {
        // the key again, now that a likely duplicate exists: it may be this very submission, saved meanwhile
        // by its twin on another instance (a Slack retry or a double click reaching both)
        const saved = await eventBySourceKey(db, key)
        if (saved !== null) return alreadySaved(saved, key, notices)
      }
      if (duplicates.length > 0) {
        warnings.push({ kind: 'duplicate', events: duplicates.slice(0, 3).map(({ id, titleEn, titleJa, startDate }) => ({ id, titleEn, titleJa, startDate })) })
      }
      const kinds: Confirmation[] = warnings.map((w) => w.kind)
      const unconfirmed = kinds.filter((k) => !form.confirmations.includes(k))
      if (unconfirmed.length > 0) return { kind: 'confirm', warnings, unconfirmed, form, categories }

      const actor = slackActor(userId)
      // each write is all or nothing: while another process holds SQLite's write lock it is tried again,
      // asynchronously, until retryUntil; then the user is asked to press Save again (nothing was written)
      const write = <T>(work: () => Promise<T>): Promise<T> =>
        retryWhileBusy(work, { until: retryUntil ?? 0 }).catch((e: unknown) => {
          throw isBusy(e) ? new AppError('slack_err_save_failed') : e
        })
      let outcome: SubmitOutcome
      if (existing === null) {
        const noticeKey = `notice:${key}`
        const outbox = notices && ((record: EventRecord) => notices({ action: 'create', record, noticeKey, categories }))
        const { record, created } = await write(() => createEvent(db, { event: { data, sourceKey: key }, actor, source: 'slack', ...(outbox ? { outbox } : {}) }))
        outcome = { kind: 'saved', action: 'create', record, changed: created, noticeKey }
      } else {
        const updateKey = `update:${key}`
        if (!(await write(() => claimKey(db, { key: updateKey, scope: 'slack-update' })))) {
          return { kind: 'saved', action: 'update', record: existing, changed: false, noticeKey: `notice:${updateKey}` }
        }
        const noticeKey = `notice:${updateKey}`
        const outbox = notices && ((record: EventRecord) => notices({ action: 'update', record, noticeKey, categories }))
        try {
          const record = await write(() => updateEvent(db, { id: existing.id, data, actor, source: 'slack', ...(outbox ? { outbox } : {}) }))
          if (record === null) throw new AppError('slack_err_event_not_found', { id: existing.id })
          outcome = { kind: 'saved', action: 'update', record, changed: true, noticeKey }
        } catch (e) {
          await retryWhileBusy(() => releaseKey(db, updateKey), { until: Date.now() + RELEASE_RETRY_MS }).catch(() => undefined)
          throw e
        }
      }
      await savePreference(db, { userId, lastOfficeCode: data.officeCode }).catch(() => undefined)
      return { ...outcome, categories }
    },

    async remove({ eventId, userId }) {
      const event = await getEvent(db, eventId)
      if (event === null) return null
      if (!permissions.canEdit(userId, event)) throw new AppError('slack_err_not_allowed_edit')
      return deleteEvent(db, { id: eventId, actor: slackActor(userId), source: 'slack' })
    },

    async list({ filter, page, userId }) {
      const storeFilter: EventFilter = {
        ...(filter.fiscalYears ? { fiscalYears: filter.fiscalYears } : {}),
        ...(filter.officeCodes ? { officeCodes: filter.officeCodes } : {}),
        ...(filter.stateCodes ? { stateCodes: filter.stateCodes } : {}),
        ...(filter.mine ? { createdBy: slackActor(userId) } : {}),
      }
      const [first, categories] = await Promise.all([listEvents(db, { filter: storeFilter, skip: Math.max(0, page) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE }), listCategories(db)])
      const pages = Math.max(1, Math.ceil(first.total / LIST_PAGE_SIZE))
      if (page < pages || first.total === 0) return { total: first.total, page: Math.max(0, page), pages, events: first.events, categories }
      // a page that no longer exists (events were deleted meanwhile): show the last one
      const last = await listEvents(db, { filter: storeFilter, skip: (pages - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE })
      return { total: last.total, page: pages - 1, pages, events: last.events, categories }
    },

    categories: () => listCategories(db),

    async lastOffice(userId) {
      return (await getPreference(db, userId))?.lastOfficeCode ?? undefined
    },
  }
}
