// Japanese with English words in it, as local staff type (partnerなし, participantsが一番少なかったevent), and the
// Japanese cues of a title word (タイトルにXが入っている, Xという名前の事業) and of partners (連携団体に入っている).
import { describe, expect, it } from 'vitest'
import { fy, query } from './read.ts'

describe('title words cued in Japanese', () => {
  it('reads タイトルにXが入っている / Xって入ってる as a title word', () => {
    expect(query('タイトルに「シンポジウム」が入っている事業')).toMatchObject({ intent: 'metric', metric: 'events', filters: { text: 'シンポジウム', textIn: 'title' } })
    expect(query('タイトルにwebinarって入ってるevents、FY2020に何件？')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2020), text: 'webinar', textIn: 'title' } })
  })

  it('reads Xという名前の事業 / Xって名前の as a title word', () => {
    expect(query('シンポジウムという名前の事業の件数')).toMatchObject({ intent: 'metric', metric: 'events', filters: { text: 'シンポジウム', textIn: 'title' } })
    expect(query('symposiumって名前のeventsのparticipants合計は？')).toMatchObject({ intent: 'metric', metric: 'participants', filters: { text: 'symposium', textIn: 'title' } })
  })
})

describe('English nouns inside Japanese', () => {
  it('reads partner as 連携団体 and partnerした as 連携した', () => {
    expect(query('Japan Foundationとpartnerしたevents、FY2019に何件ありますか')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2019), partner: 'Japan Foundation' } })
    expect(query('Atlanta総のFY2022 eventsでpartnerなしは何件？')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2022), offices: ['atlanta'], withoutPartner: true } })
    expect(query('JETROとJNTOの両方がpartnerに入ってるeventって全部で何件？')).toMatchObject({ intent: 'metric', metric: 'events', filters: { allPartners: ['JETRO', 'JNTO'] } })
    expect(query('JETROとJNTOの両方が連携団体に入っている事業は全部で何件')).toMatchObject({ intent: 'metric', metric: 'events', filters: { allPartners: ['JETRO', 'JNTO'] } })
  })

  it('reads participants and event between Japanese words', () => {
    expect(query('FY2022でparticipantsが一番少なかったeventは？')).toMatchObject({ intent: 'largest_event', order: 'smallest', filters: { period: fy(2022) } })
    expect(query('FY2021でparticipantsが0名のeventは何件？')).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2021), participantCount: { lte: 0 } } })
  })
})

describe("an analyst's words of a breakdown", () => {
  it('reads "group by", "group X by" and "pivot" as a breakdown', () => {
    expect(query('group by office: event count for FY2022')).toMatchObject({ intent: 'metric', metric: 'events', groupBy: 'office', filters: { period: fy(2022) } })
    expect(query('group participants by office')).toMatchObject({ intent: 'metric', metric: 'participants', groupBy: 'office' })
    expect(query('pivot: events by region and fiscal year')).toMatchObject({ intent: 'crosstab', groupBy: ['region', 'fiscal_year'] })
  })
})
