// Regression tests from the second reading: user text in /grassroots report must not ping or break the
// channel message, and the report CSVs opened in Excel must not run a title typed as a formula.
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { eventInputSchema } from '../../src/domain/event.ts'
import { isAppError } from '../../src/errors.ts'
import { buildFyReport, fyReportCsvs, REPORT_FILES } from '../../src/reports/fy-report.ts'
import { createReportService, fyReportMrkdwn } from '../../src/reports/slack-service.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { createEvents } from '../../src/store/events.ts'
import { testCharts } from '../helpers/charts.ts'
import { tmpDir } from '../helpers/tmp.ts'

const dir = tmpDir('grassroots-report-user-text-')
const charts = testCharts()
let store: Store

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/r.db` })
  const base = { officeCode: 'chicago', activityType: 'info', format: 'in_person', participants: 30, bestPractice: true }
  await createEvents(store.db, {
    events: [
      {
        sourceKey: 'bp1',
        data: eventInputSchema.parse({
          ...base,
          startDate: '2022-06-01',
          stateCodes: ['WI'],
          titleEn: '<!channel> Caravan <@U123ABC> & friends',
          titleJa: '=HYPERLINK("http://evil.example","click")',
          city: '+Milwaukee',
          summary: '@SUM(A1:A9)',
        }),
      },
    ],
    actor: 'test',
    source: 'import',
  })
  return () => store.close()
})

describe('report user text (regression)', () => {
  it('bug: best-practice titles went into the in-channel report message unescaped (<!channel> pinged everyone)', async () => {
    const report = await buildFyReport(store.db, { fy: 2022, asOf: '2023-08-01' })
    const text = fyReportMrkdwn(report)
    expect(text).not.toContain('<!channel>')
    expect(text).not.toContain('<@U123ABC>')
    expect(text).toContain('&lt;!channel&gt; Caravan &lt;@U123ABC&gt; &amp; friends')
  })

  it('bug: best-practices.csv (for Excel) kept a title, city or summary typed as a formula', async () => {
    const report = await buildFyReport(store.db, { fy: 2022, asOf: '2023-08-01' })
    const csv = fyReportCsvs(report)[REPORT_FILES.bestPracticesCsv] ?? ''
    const [header, row] = parse(csv, { bom: true }) as string[][]
    const at = (col: string) => row?.[header?.indexOf(col) ?? -1]
    expect(at('title_en')).toBe('<!channel> Caravan <@U123ABC> & friends')
    expect(at('title_ja')).toBe(`'=HYPERLINK("http://evil.example","click")`)
    expect(at('city')).toBe(`'+Milwaukee`)
    expect(at('summary')).toBe(`'@SUM(A1:A9)`)
    // figures stay numbers
    expect(at('participants')).toBe('30')
  })

  it('bug: a bad year typed after /grassroots report was echoed into Slack unescaped', async () => {
    const service = createReportService({ db: store.db, timeZone: 'Asia/Tokyo', charts })
    const err = await service.run('<!channel>', { userId: 'U1', channelId: 'C1', lang: 'en' }).catch((e: unknown) => e)
    expect(isAppError(err) && err.key === 'fy_invalid').toBe(true)
    expect(isAppError(err) ? err.params.value : '').toBe('&lt;!channel&gt;')
  })
})
