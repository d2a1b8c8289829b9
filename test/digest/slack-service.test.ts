import { beforeAll, describe, expect, it } from 'vitest'
import { createDigestService } from '../../src/digest/slack-service.ts'
import { isAppError } from '../../src/errors.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { testCharts } from '../helpers/charts.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { seedEvents } from './helpers.ts'

const dir = tmpDir('grassroots-digest-service-')
const charts = testCharts()
let store: Store

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/service.db` })
  await seedEvents(store.db, [{ startDate: '2023-01-26', officeCode: 'anchorage', stateCodes: ['AK'], titleEn: 'Online <Arctic> Symposium', titleJa: 'オンライン北極シンポジウム', recordedAt: '2023-01-27T03:00:00Z' }])
  return () => store.close()
})

describe('createDigestService (/grassroots digest)', () => {
  const ctx = { userId: 'U1', channelId: 'C1', lang: 'en' as const }

  it('previews the digest in Slack mrkdwn with its chart, for a date or for today', async () => {
    const service = createDigestService({ db: store.db, timeZone: 'Asia/Tokyo', charts, today: () => '2023-01-30' })
    for (const args of ['', '2023-01-30']) {
      const reply = await service.run(args, ctx)
      expect(reply.text).toContain('*Recorded last week: 1 event*')
      expect(reply.text).toContain('*先週登録された事業：1件*')
      expect(reply.text).toContain('Online &lt;Arctic&gt; Symposium')
      expect(reply.text).not.toContain('**')
      expect(reply.files?.[0]?.filename).toBe('digest-2023-W04.png')
      expect(reply.files?.[0]?.content.subarray(1, 4).toString('latin1')).toBe('PNG')
    }
  })

  it('rejects an argument that is not a date', async () => {
    const service = createDigestService({ db: store.db, timeZone: 'Asia/Tokyo', charts })
    await expect(service.run('next week', ctx)).rejects.toSatisfy((e: unknown) => isAppError(e) && e.key === 'digest_as_of_invalid')
  })
})
