// The digest's figures from a small dataset counted by eye, its two renderings, and Slack's limits.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EventRecord } from '../../src/domain/event.ts'
import { buildDigestBlocks } from '../../src/digest/blocks.ts'
import { buildDigest, DIGEST_LIST_MAX, type Digest } from '../../src/digest/build.ts'
import { digestMeta, digestTitle, firstTimeText, FOOTER, fyComparison, moreLine, recordedSummary, reminderText } from '../../src/digest/content.ts'
import { markdownStyle, renderDigestMarkdown } from '../../src/digest/markdown.ts'
import { checkMessage, SLACK_LIMITS } from '../../src/slack/blocks/limits.ts'
import { openStore, type Store } from '../../src/store/client.ts'
import { tmpDir } from '../helpers/tmp.ts'
import { seedEvents } from './helpers.ts'

const dir = tmpDir('grassroots-digest-build-')
let store: Store
let digest: Digest
const TZ = 'Asia/Tokyo'

beforeAll(async () => {
  store = await openStore({ url: `file:${dir}/digest.db` })
  await seedEvents(store.db, [
    { startDate: '2022-05-17', officeCode: 'chicago', stateCodes: ['WI'], participants: 45, recordedAt: '2022-05-20T01:00:00Z' },
    // Recorded in the week of 23–29 January 2023, Tokyo time:
    { startDate: '2023-01-26', officeCode: 'anchorage', stateCodes: ['AK'], participants: 180, titleEn: 'Online Arctic Symposium', titleJa: 'オンライン北極シンポジウム', recordedAt: '2023-01-27T03:00:00Z' },
    { startDate: '2023-01-20', officeCode: 'houston', stateCodes: ['OK'], participants: 150, recordedAt: '2023-01-23T00:00:00Z' },
    // Just outside the week: 00:30 on Monday the 30th and 23:59 on Sunday the 22nd, Tokyo time.
    { startDate: '2023-01-28', officeCode: 'new-york', stateCodes: ['NY'], participants: 20, recordedAt: '2023-01-29T15:30:00Z' },
    { startDate: '2023-01-10', officeCode: 'boston', stateCodes: ['MA'], participants: 5, recordedAt: '2023-01-22T14:59:00Z' },
    // The previous FY: two events before its same point (29 January 2022), one after.
    { startDate: '2021-06-01', officeCode: 'chicago', stateCodes: ['WI'], participants: 100, recordedAt: '2021-06-05T00:00:00Z' },
    { startDate: '2022-01-10', officeCode: 'denver', stateCodes: ['CO'], participants: 20, recordedAt: '2022-01-12T00:00:00Z' },
    { startDate: '2022-02-15', officeCode: 'los-angeles', stateCodes: ['CA'], participants: 999, recordedAt: '2022-02-16T00:00:00Z' },
    // Later in FY2022 than the digest's week: not yet "to date".
    { startDate: '2023-02-10', officeCode: 'atlanta', stateCodes: ['GA'], participants: 7, recordedAt: '2023-02-11T00:00:00Z' },
  ])
  digest = await buildDigest(store.db, { asOf: '2023-01-30', timeZone: TZ })
  return () => store.close()
})

describe('buildDigest', () => {
  it('lists the events recorded during the week in the digest time zone, by office', () => {
    expect(digest.period).toEqual({ key: '2023-W04', from: '2023-01-23', to: '2023-01-29' })
    expect(digest.recorded.total).toBe(2)
    expect(digest.recorded.byOffice).toEqual([
      { officeCode: 'houston', events: 1 },
      { officeCode: 'anchorage', events: 1 },
    ])
    expect(digest.recorded.listed.map((e) => e.officeCode).sort()).toEqual(['anchorage', 'houston'])
  })

  it('compares the FY to date with the same point of the previous FY', () => {
    expect(digest.fiscalYear).toBe(2022)
    expect(digest.fyToDate).toEqual({ range: { from: '2022-04-01', to: '2023-01-29' }, events: 5, participants: 400, statesCovered: 5 })
    expect(digest.previousFyToDate).toEqual({ range: { from: '2021-04-01', to: '2022-01-29' }, events: 2, participants: 120, statesCovered: 2 })
  })

  it('names the states covered for the first time this FY, and the offices with nothing yet', () => {
    expect(digest.firstTimeStates).toEqual(['AK', 'MA', 'NY', 'OK'])
    expect(digest.officesWithoutEvents).toContain('atlanta')
    expect(digest.officesWithoutEvents).toContain('embassy')
    expect(digest.officesWithoutEvents).not.toContain('chicago')
    expect(digest.officesWithoutEvents.length).toBe(16 - 5)
  })

  it('counts events per month for the chart, both years to the same point', () => {
    expect(digest.monthly.map((m) => m.month)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1])
    expect(digest.monthly.find((m) => m.month === 1)).toEqual({ month: 1, current: 4, previous: 1 })
    expect(digest.monthly.find((m) => m.month === 6)).toEqual({ month: 6, current: 0, previous: 1 })
  })

  it('is the same digest for the same as-of date', async () => {
    const again = await buildDigest(store.db, { asOf: '2023-01-30', timeZone: TZ })
    expect(renderDigestMarkdown(again)).toBe(renderDigestMarkdown(digest))
    expect(JSON.stringify(buildDigestBlocks(again))).toBe(JSON.stringify(buildDigestBlocks(digest)))
  })
})

describe('renderDigestMarkdown', () => {
  it('says everything in English and in Japanese', () => {
    const md = renderDigestMarkdown(digest)
    expect(md).toContain('Weekly digest: 23\u2009–\u200929 Jan 2023 / 週次ダイジェスト（2023年1月23日〜29日）')
    expect(md).toContain('**Recorded last week: 2 events**')
    expect(md).toContain('**先週登録された事業：2件**')
    expect(md).toContain('Events: 5 (FY2021 at the same point: 2, +3)')
    expect(md).toContain('実施件数：5件（2021年度同期：2件、+3件）')
    expect(md).toContain('States covered (of 50): 5 (FY2021 at the same point: 2, +3)')
    expect(md).toContain('Alaska, Massachusetts, New York, Oklahoma')
    expect(md).toContain('アラスカ州、マサチューセッツ州、ニューヨーク州、オクラホマ州')
    expect(md).toContain('If you have held one, we would be grateful if you could record it.')
    expect(md).toContain('実施済みの事業がございましたら、ご登録をお願いいたします。')
    expect(md).toContain('Online Arctic Symposium / オンライン北極シンポジウム')
    expect(md).not.toContain('posted late')
  })

  it('writes its Japanese as the bureau does: dates as 2023年1月26日, offices by one name, units, no emoji', () => {
    for (const d of [digest, { ...digest, late: true }, { ...digest, fyToDate: { ...digest.fyToDate, participants: 3_764_321 } }]) {
      const ja = [
        digestTitle(d).ja,
        digestMeta(d).ja,
        recordedSummary(d, markdownStyle).ja,
        ...fyComparison(d).lines.map((l) => l.ja),
        fyComparison(d).heading.ja,
        firstTimeText(d, markdownStyle).ja,
        reminderText(d, markdownStyle)?.ja ?? '',
        moreLine(d, 0, true)?.ja ?? '',
        FOOTER.ja,
      ]
      for (const text of ja) {
        expect(text, text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
        expect(text, text).not.toMatch(/\p{Extended_Pictographic}/u)
      }
      const md = renderDigestMarkdown(d)
      expect(md).toContain('2023年1月26日 · Anchorage / アンカレジ事務所')
      expect(md).toContain('（在外公館別：ヒューストン総 1件、アンカレジ事務所 1件）')
    }
    const large = { ...digest, fyToDate: { ...digest.fyToDate, participants: 3_764_321 } }
    expect(fyComparison(large).lines[1]?.ja).toBe(`延べ参加者数：3,764,321名（約376万名）（2021年度同期：${digest.previousFyToDate.participants}名、+${(3_764_321 - digest.previousFyToDate.participants).toLocaleString('en-US')}名）`)
    expect(reminderText(digest, markdownStyle)?.ja).toContain('今年度は、在米国大使館、在デトロイト総領事館、')
  })

  it('marks a late digest in both languages', () => {
    const md = renderDigestMarkdown({ ...digest, late: true })
    expect(md).toContain('posted late')
    expect(md).toContain('遅れて配信')
  })
})

describe('buildDigestBlocks', () => {
  it('builds a message Slack accepts, with the figures in both languages', () => {
    const m = buildDigestBlocks(digest)
    expect(checkMessage(m)).toEqual([])
    const json = JSON.stringify(m.blocks)
    expect(json).toContain('Recorded last week: 2 events')
    expect(json).toContain('先週登録された事業：2件')
    expect(m.text).toContain('週次ダイジェスト')
    expect(m.listed).toBe(2)
  })

  it('uses the links given for event summaries', () => {
    const m = buildDigestBlocks(digest, { links: { eventUrl: (e) => `https://example.test/events/${e.id}` } })
    expect(JSON.stringify(m.blocks)).toMatch(/<https:\/\/example\.test\/events\/\d+\|/)
  })
})

describe('a week with 200 events', () => {
  const dir2 = tmpDir('grassroots-digest-200-')

  it('still posts within the limits: some listed, the rest counted and pointed to', async () => {
    const s = await openStore({ url: `file:${dir2}/busy.db` })
    try {
      const long = (i: number) => ({
        titleEn: `${'Very long title of a Japan–US grassroots outreach seminar '.repeat(3)}${i}`.slice(0, 200),
        titleJa: `${'日米草の根交流に関する非常に長い名称のセミナー'.repeat(8)}${i}`.slice(0, 200),
      })
      await seedEvents(
        s.db,
        Array.from({ length: 200 }, (_, i) => ({
          startDate: '2023-01-24',
          officeCode: ['chicago', 'new-york', 'houston', 'embassy'][i % 4] ?? 'chicago',
          stateCodes: i % 4 === 3 ? ['DC', 'VA', 'MD', 'NY', 'CA'] : i % 4 === 0 ? ['IL'] : i % 4 === 1 ? ['NY'] : ['TX'],
          ...long(i),
          recordedAt: '2023-01-25T02:00:00Z',
        })),
      )
      const d = await buildDigest(s.db, { asOf: '2023-01-30', timeZone: TZ })
      expect(d.recorded.total).toBe(200)
      expect(d.recorded.listed.length).toBe(DIGEST_LIST_MAX)
      const m = buildDigestBlocks(d)
      expect(checkMessage(m)).toEqual([])
      expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks)
      const json = JSON.stringify(m.blocks)
      expect(json).toContain(`and ${200 - m.listed} more`)
      expect(json).toContain(`ほか${200 - m.listed}件`)
      expect(json).toContain('Recorded last week: 200 events')
    } finally {
      await s.close()
    }
  })
})

describe('buildDigestBlocks on any week', () => {
  const record = (id: number, titleLength: number, states: number): EventRecord => ({
    id,
    startDate: '2023-01-24',
    endDate: null,
    fiscalYear: 2022,
    officeCode: 'new-york',
    stateCodes: ['NY', 'NJ', 'PA', 'DE', 'MD', 'WV', 'CT', 'CA', 'TX', 'WA'].slice(0, states),
    city: null,
    titleEn: 'T&<>*'.repeat(Math.ceil(titleLength / 5)).slice(0, titleLength),
    titleJa: '日本'.repeat(titleLength).slice(0, titleLength),
    activityType: 'info',
    themes: [],
    format: 'online',
    participants: 9_999_999,
    partners: [],
    bestPractice: false,
    summary: null,
    source: 'test',
    createdBy: 'test',
    createdAt: new Date(0),
    updatedBy: null,
    updatedAt: new Date(0),
  })

  it('never breaks a Slack limit, whatever the number and length of events', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (total, listedCount, titleLength, states, late) => {
          const listed = Array.from({ length: Math.min(total, listedCount) }, (_, i) => record(i + 1, titleLength, states))
          const d: Digest = {
            ...digest,
            late,
            recorded: { total, byOffice: [{ officeCode: 'new-york', events: total }], listed },
            officesWithoutEvents: ['embassy', 'boston', 'chicago', 'detroit', 'nashville', 'atlanta', 'miami', 'houston', 'denver', 'los-angeles', 'san-francisco', 'seattle', 'portland', 'honolulu', 'anchorage'],
            firstTimeStates: ['AK', 'AL', 'AR', 'AZ', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA'],
          }
          const m = buildDigestBlocks(d)
          expect(checkMessage(m)).toEqual([])
          expect(m.listed).toBeLessThanOrEqual(listed.length)
          if (total > m.listed) expect(JSON.stringify(m.blocks)).toContain(`and ${(total - m.listed).toLocaleString('en-US')} more`)
        },
      ),
      { numRuns: 60 },
    )
  })
})
