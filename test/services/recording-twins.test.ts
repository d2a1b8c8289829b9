// The same form saved on two app instances at once (Slack retried it on another instance, or a double click
// reached both): the instance that comes second must see its twin's event as this very submission, never
// warn "may already be recorded … #N" about it. Real SQLite file; the twin's commit is placed between the
// second instance's idempotency check and its duplicate search by a Prisma query extension (the moment the
// race needs, made certain).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyForm, validateEventForm, type EventForm } from '../../src/services/event-form.ts'
import { createRecordingService, fingerprint } from '../../src/services/recording.ts'
import { openStore, type Db } from '../../src/store/client.ts'
import { createEvent } from '../../src/store/events.ts'

const TODAY = '2024-06-01'
const form: EventForm = {
  ...emptyForm(),
  titleEn: 'Twin seminar',
  startDate: '2024-05-01',
  officeCode: 'chicago',
  stateCodes: ['IL'],
  activityType: 'japan_event',
  format: 'in_person',
  participants: '40',
}
const permissions = { isAdmin: () => false, canRecord: async () => true, canEdit: () => true }

let dir: string
let store: Awaited<ReturnType<typeof openStore>>
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twins-'))
  store = await openStore({ url: `file:${dir}/twins.db` })
})
afterAll(async () => {
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('a submission saved by its twin on another instance meanwhile', () => {
  it('is confirmed as saved (once), not warned about as a likely duplicate of itself', async () => {
    const checked = validateEventForm(form, { today: TODAY, bestPractice: false })
    if (!checked.ok) throw new Error('the form should be valid')
    const key = `slack:V0TWIN:${fingerprint(checked.data)}`
    let twinSaved = false
    // the other instance commits the same submission just before this one looks for duplicates
    const racing = store.db.$extends({
      query: {
        event: {
          async findMany({ args, query }) {
            if (!twinSaved) {
              twinSaved = true
              await createEvent(store.db, { event: { data: checked.data, sourceKey: key }, actor: 'slack:U0TWIN', source: 'slack' })
            }
            return query(args)
          },
        },
      },
    }) as unknown as Db
    const service = createRecordingService({ db: racing, permissions, today: () => TODAY })
    const outcome = await service.submit({ form, userId: 'U0TWIN', submissionId: 'V0TWIN' })
    expect(twinSaved).toBe(true)
    expect(outcome.kind).toBe('saved')
    expect(outcome.kind === 'saved' && outcome.changed).toBe(false)
    expect(await store.db.event.count({ where: { titleEn: 'Twin seminar' } })).toBe(1)
  })
})
