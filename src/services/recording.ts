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
   * `changed` is false when this submission was already saved (a retry or a double click). `noticeKey`
   * names the confirmation of this submission: whoever claims it first tells the user (see claimNotice).
   */
  | { kind: 'saved'; action: 'create' | 'update'; record: EventRecord; changed: boolean; noticeKey: string; categories?: BestPracticeCategory[] }

export const LIST_PAGE_SIZE = 6

/** How long the claim of a confirmation (after the ack) waits out another process's write lock (ms). */
const NOTICE_RETRY_MS = 10_000

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
  /**
   * True once per saved submission: the caller that gets true sends the confirmation. A save that finished
   * after Slack's deadline (the user was asked to press Save again) is confirmed by the second press; a
   * double click is confirmed once.
   */
  claimNotice(noticeKey: string): Promise<boolean>
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

  return {
    assertCanRecord,
    eventForEdit,
    // after the ack: no deadline but the user's patience, and the wait is asynchronous
    claimNotice: (noticeKey) => retryWhileBusy(() => claimKey(db, { key: noticeKey, scope: 'slack-notice' }), { until: Date.now() + NOTICE_RETRY_MS }),

    async submit({ form: typed, userId, submissionId, eventId, kept = [], retryUntil }) {
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
        if (saved !== null) return { kind: 'saved', action: 'create', record: saved, changed: false, noticeKey: `notice:${key}` }
      }

      const warnings: FormWarning[] = []
      const outside = statesOutsideArea(data)
      if (outside.length > 0) warnings.push({ kind: 'out_of_area', officeCode: data.officeCode, stateCodes: outside })
      const duplicates = await findLikelyDuplicates(db, { data, ...(eventId === undefined ? {} : { excludeId: eventId }) })
      if (duplicates.length > 0 && existing === null) {
        // the key again, now that a likely duplicate exists: it may be this very submission, saved meanwhile
        // by its twin on another instance (a Slack retry or a double click reaching both)
        const saved = await eventBySourceKey(db, key)
        if (saved !== null) return { kind: 'saved', action: 'create', record: saved, changed: false, noticeKey: `notice:${key}` }
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
        const { record, created } = await write(() => createEvent(db, { event: { data, sourceKey: key }, actor, source: 'slack' }))
        outcome = { kind: 'saved', action: 'create', record, changed: created, noticeKey: `notice:${key}` }
      } else {
        const updateKey = `update:${key}`
        if (!(await write(() => claimKey(db, { key: updateKey, scope: 'slack-update' })))) {
          return { kind: 'saved', action: 'update', record: existing, changed: false, noticeKey: `notice:${updateKey}` }
        }
        try {
          const record = await write(() => updateEvent(db, { id: existing.id, data, actor, source: 'slack' }))
          if (record === null) throw new AppError('slack_err_event_not_found', { id: existing.id })
          outcome = { kind: 'saved', action: 'update', record, changed: true, noticeKey: `notice:${updateKey}` }
        } catch (e) {
          await retryWhileBusy(() => releaseKey(db, updateKey), { until: Date.now() + NOTICE_RETRY_MS }).catch(() => undefined)
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
