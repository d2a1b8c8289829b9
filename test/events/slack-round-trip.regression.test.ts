// Regression test from the second reading: "export → import into an empty database → export gives the same
// file" held for events that came from a CSV, not for events recorded in Slack. A partner typed in the form
// with a ';' came back as two partners, and one typed with full-width letters (ＡＢＣ商事) came back
// NFKC-folded (ABC商事), so the second export differed from the first. And a title the form accepts (the
// schema counts characters) but that is longer than 200 in UTF-16 units (emoji, 𠮷) was refused on import.
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exportEventsCsv } from '../../src/events/export.ts'
import { importEventsCsv } from '../../src/events/import.ts'
import { validateEventForm, emptyForm } from '../../src/services/event-form.ts'
import { openStore } from '../../src/store/client.ts'
import { createEvent, getEvent } from '../../src/store/events.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-slack-round-trip-')

describe('export round trip of events recorded in Slack (regression)', () => {
  it('bug: partners typed in the form did not survive export → import → export', async () => {
    const checked = validateEventForm(
      {
        ...emptyForm(),
        titleEn: 'Trade seminar',
        titleJa: `${'𠮷'.repeat(150)}セミナー`,
        startDate: '2024-05-01',
        officeCode: 'chicago',
        stateCodes: ['IL'],
        activityType: 'info',
        format: 'in_person',
        participants: '40',
        partners: 'JETRO; Chicago office\nＡＢＣ商事\nMidwest  US-Japan Association',
      },
      { today: '2024-06-01', bestPractice: false },
    )
    expect(checked.ok).toBe(true)
    if (!checked.ok) return

    const a = await openStore({ url: `file:${dir}/a.db` })
    const { record } = await createEvent(a.db, { event: { data: checked.data, sourceKey: 'slack:V1:x' }, actor: 'slack:U1', source: 'slack' })
    const stored = (await getEvent(a.db, record.id))?.partners
    const first = (await exportEventsCsv(a.db)).csv
    await a.close()

    const file = `${dir}/a.csv`
    fs.writeFileSync(file, first)
    const b = await openStore({ url: `file:${dir}/b.db` })
    const imported = await importEventsCsv(b.db, { file, actor: 'test' })
    expect(imported.ok ? [] : imported.problems).toEqual([])
    const second = (await exportEventsCsv(b.db)).csv
    const reimported = (await b.db.event.findFirstOrThrow()).partners
    await b.close()

    expect(JSON.parse(reimported)).toEqual(stored)
    expect(second).toBe(first)
  })
})

describe('re-import recognition with partners kept as typed', () => {
  it('a file imported before partners were kept as typed (NFKC-folded then) is still recognised', async () => {
    const header = 'date,office,states,title_en,type,format,participants,partners'
    const typed = `${header}\n2024-05-01,chicago,IL,Seminar,info,in_person,10,ＡＢＣ　商事;ｶﾌﾞｼｷｶﾞｲｼｬ\n`
    const folded = `${header}\n2024-05-01,chicago,IL,Seminar,info,in_person,10,ABC 商事;カブシキガイシャ\n`
    fs.writeFileSync(`${dir}/typed.csv`, typed)
    fs.writeFileSync(`${dir}/folded.csv`, folded)
    const c = await openStore({ url: `file:${dir}/c.db` })
    const first = await importEventsCsv(c.db, { file: `${dir}/folded.csv`, actor: 'test' })
    const again = await importEventsCsv(c.db, { file: `${dir}/typed.csv`, actor: 'test' })
    const count = await c.db.event.count()
    await c.close()
    expect(first.ok && first.created).toBe(1)
    expect(again.ok && again.skipped).toBe(1)
    expect(count).toBe(1)
  })
})
