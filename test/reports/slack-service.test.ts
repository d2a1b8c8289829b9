import { beforeAll, describe, expect, it } from 'vitest'
import { eventInputSchema } from '../../src/domain/event.ts'
import { isAppError } from '../../src/errors.ts'
import { createReportService } from '../../src/reports/slack-service.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { testCharts } from '../helpers/charts.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-report-service-')
const charts = testCharts()
let store: Store

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/service.db` })
  const base = { officeCode: 'denver', titleEn: 'Seminar', titleJa: 'セミナー', activityType: 'info', format: 'in_person' }
  await createEvents(store.db, {
    events: [
      { sourceKey: 'r1', data: eventInputSchema.parse({ ...base, startDate: '2021-05-01', stateCodes: ['CO'], participants: 40 }) },
      { sourceKey: 'r2', data: eventInputSchema.parse({ ...base, startDate: '2022-09-15', stateCodes: ['WY'], participants: 85, bestPractice: true, titleEn: 'Wyoming seminar' }) },
    ],
    actor: 'test',
    source: 'import',
  })
  return () => store.close()
})

describe('createReportService (/grassroots report)', () => {
  const ctx = { userId: 'U1', channelId: 'C1', lang: 'ja' as const }

  it('replies with the headline figures in both languages and attaches charts, report and CSV', async () => {
    const service = createReportService({ db: store.db, timeZone: 'Asia/Tokyo', charts })
    const reply = await service.run('2022年度', ctx)
    expect(reply.text).toContain('Events: *1* in FY2022, 2 in FY2021–FY2022')
    expect(reply.text).toContain('実施件数：2022年度 *1件*、2021年度〜2022年度累計 2件')
    expect(reply.text).toContain('first time in FY2022: Wyoming')
    expect(reply.text).toContain('2022年度に初めて実施：ワイオミング州')
    expect(reply.text).toContain('Wyoming seminar / セミナー')
    const names = (reply.files ?? []).map((f) => f.filename)
    expect(names.slice(0, 3)).toEqual(['participants-by-fy.png', 'events-by-state-map.png', 'report.md'])
    expect(names).toContain('states.csv')
    for (const f of reply.files ?? []) expect(f.content.length).toBeGreaterThan(20)
  })

  it('defaults to the last fiscal year that has ended, and explains a bad year', async () => {
    const service = createReportService({ db: store.db, timeZone: 'Asia/Tokyo', charts, today: () => '2023-05-01' })
    const last = (await service.run('', ctx)).text
    expect(last).toContain('*FY2022 report / 2022年度報告*')
    expect(last).not.toContain('not over yet')
    // the running FY is counted up to today, as an answer would be, and says so
    const running = (await createReportService({ db: store.db, timeZone: 'Asia/Tokyo', charts, today: () => '2022-10-01' }).run('2022', ctx)).text
    expect(running).toContain('_FY2022 is not over yet: counted up to 2022-10-01. / 2022年度は年度途中のため、2022年10月1日までの事業を集計しています。_')
    // before its one event (2022-09-15), FY2022 has none yet
    await expect(createReportService({ db: store.db, timeZone: 'Asia/Tokyo', charts, today: () => '2022-08-01' }).run('2022', ctx)).rejects.toSatisfy(
      (e: unknown) => isAppError(e) && e.key === 'report_no_events',
    )
    await expect(service.run('someday', ctx)).rejects.toSatisfy((e: unknown) => isAppError(e) && e.key === 'fy_invalid')
    await expect(service.run('2019', ctx)).rejects.toSatisfy((e: unknown) => isAppError(e) && e.key === 'report_no_events')
  })
})
