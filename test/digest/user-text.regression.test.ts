// Regression tests from the second reading: the digest's CSV of the week's events (opened in Excel) must not
// run a title typed as a formula, and a bad date typed after /grassroots digest is not echoed unescaped.
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDigest } from '../../src/digest/build.ts'
import { weekCsv } from '../../src/digest/run.ts'
import { createDigestService } from '../../src/digest/slack-service.ts'
import { isAppError } from '../../src/errors.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { testCharts } from '../helpers/charts.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { seedEvents } from './helpers.ts'

const dir = tmpDir('grassroots-digest-user-text-')
const charts = testCharts()
let store: Store

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/d.db` })
  await seedEvents(store.db, [
    { titleEn: '=cmd|" /C calc"!A0', titleJa: '-2+3', city: '@Madison', recordedAt: '2023-02-28T03:00:00Z' },
  ])
  return () => store.close()
})

describe('digest user text (regression)', () => {
  it('bug: the week CSV kept titles and cities typed as formulas', async () => {
    const digest = await buildDigest(store.db, { asOf: '2023-03-06', timeZone: 'Asia/Tokyo' })
    expect(digest.recorded.total).toBe(1)
    const [header, row] = parse(await weekCsv(store.db, digest), { bom: true }) as string[][]
    const at = (col: string) => row?.[header?.indexOf(col) ?? -1]
    expect(at('title_en')).toBe(`'=cmd|" /C calc"!A0`)
    expect(at('title_ja')).toBe(`'-2+3`)
    expect(at('city')).toBe(`'@Madison`)
    expect(at('participants')).toBe('10')
  })

  it('bug: a bad date typed after /grassroots digest was echoed into Slack unescaped', async () => {
    const service = createDigestService({ db: store.db, timeZone: 'Asia/Tokyo', charts })
    const err = await service.run('<@U999> & co', { userId: 'U1', channelId: 'C1', lang: 'en' }).catch((e: unknown) => e)
    expect(isAppError(err) && err.key === 'digest_as_of_invalid').toBe(true)
    expect(isAppError(err) ? err.params.value : '').toBe('&lt;@U999&gt; &amp; co')
  })
})
