// An event's cost (yen): stored when given, kept by an edit that does not carry it (a form that did not show
// the cost field), cleared by an explicit null.
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/client.ts'
import { createEvents, getEvent, updateEvent } from '../../src/store/events.ts'
import { makeEvents } from '../questions/fixtures.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-event-cost-')

describe('event cost', () => {
  it('is stored, kept by an edit without it, and cleared by null', async () => {
    const store = await openStore({ url: `file:${dir}/cost.db` })
    try {
      const [a, b] = makeEvents(2, 3)
      if (a === undefined || b === undefined) throw new Error('fixture')
      const { ids } = await createEvents(store.db, { events: [{ data: { ...a, costYen: 480_000 }, sourceKey: 'k1' }, { data: b, sourceKey: 'k2' }], actor: 't', source: 'import' })
      const [id1, id2] = ids
      if (id1 === undefined || id2 === undefined) throw new Error('ids')
      expect((await getEvent(store.db, id1))?.costYen).toBe(480_000)
      expect((await getEvent(store.db, id2))?.costYen).toBeUndefined()
      const { costYen: _kept, ...withoutCost } = { ...a, participants: a.participants + 1, costYen: undefined }
      await updateEvent(store.db, { id: id1, data: withoutCost, actor: 't', source: 'slack' })
      const edited = await getEvent(store.db, id1)
      expect(edited?.participants).toBe(a.participants + 1)
      expect(edited?.costYen).toBe(480_000)
      await updateEvent(store.db, { id: id1, data: { ...a, costYen: null }, actor: 't', source: 'slack' })
      expect((await getEvent(store.db, id1))?.costYen).toBeUndefined()
    } finally {
      await store.close()
    }
  })
})
