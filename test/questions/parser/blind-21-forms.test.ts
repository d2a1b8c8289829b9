// Forms a fresh blind set (blind-21) found unread, each as a kind: formal endings (確認したく存じます), greetings and
// thanks before a question, what the asker is planning, 該当する, a bare 数, 何パーセントの減少, a range restated "i.e.
// largest minus smallest", "came through the door", 件名 (the events' titles: a list), partners that "show up",
// "which weekday do events start on". Our own phrasings of each kind beside the set's.
import { describe, expect, it } from 'vitest'
import { fy, query } from './read.ts'

describe('courtesy, greetings and plans around a question', () => {
  it('reads the question inside them', () => {
    expect(query('総領事館が所在しない州での事業の件数（累計）を確認したく存じます。')).toMatchObject({ metric: 'events', filters: { withoutOffice: true } })
    expect(query('これまでに事業を実施した州は何州か、確認させていただきたく存じます。')).toMatchObject({ metric: 'states_covered' })
    expect(query('Cheers for the help earlier! How many online events did the Boston consulate hold in FY2021?')).toMatchObject({ metric: 'events', filters: { period: fy(2021), offices: ['boston'], formats: ['online'] } })
    expect(query('Hiya! How many events in FY2020?')).toMatchObject({ metric: 'events', filters: { period: fy(2020) } })
    expect(query('Remind me, what was our most recent event?')).toMatchObject({ intent: 'list_events', limit: 1 })
    expect(query('How many events have we had in December, across all years? Planning the holiday calendar :)')).toMatchObject({ metric: 'events', filters: { months: [12] } })
  })
})

describe('words of the bureau and of a statistician', () => {
  it('reads 該当する, a bare 数, 何パーセントの減少, "i.e. largest minus smallest" and "came through the door"', () => {
    expect(query('日系企業支援に該当する事業の2022年度の件数をご教示願います。')).toMatchObject({ metric: 'events', filters: { period: fy(2022), types: ['business_support'] } })
    expect(query('H30 初実施の州 数')).toMatchObject({ intent: 'first_time_states', filters: { period: fy(2018) } })
    expect(query('令和4年度の延べ参加者数は、前年度比で何パーセントの減少でしょうか。')).toMatchObject({ intent: 'compare', metric: 'participants', periods: [fy(2021), fy(2022)], asPercent: true })
    expect(query('What was the range of participants per event in FY2019, i.e. largest minus smallest?')).toMatchObject({ intent: 'event_stat', stat: 'range_participants' })
    expect(query('Roughly how many people came through the door at Japanese food promotion events in FY2019?')).toMatchObject({ metric: 'participants', filters: { period: fy(2019) } })
  })

  it('lists the events asked by their titles (件名), counts partners that show up, and reads a weekday’s start', () => {
    expect(query('2022年度にワイオミング州で実施された事業の件名をご教示願います。')).toMatchObject({ intent: 'list_events', filters: { period: fy(2022), states: ['WY'] } })
    expect(query('how many different partner orgs show up in our records')).toMatchObject({ intent: 'distinct_partners' })
    // "shows up most often" stays the partner named on the most events
    expect(query('which partner shows up most often?')).toMatchObject({ intent: 'distinct_partners', top: 1 })
    expect(query('Which weekday do most of our events start on?')).toMatchObject({ intent: 'metric', groupBy: 'weekday', top: 1 })
  })
})

describe('the largest event asked in bare or casual Japanese, and "a single event" of an average', () => {
  it('reads 最大参加者の事業 and 一番参加者が多かったのはどれ as the largest event', () => {
    expect(query('最大参加者の事業 R3')).toMatchObject({ intent: 'largest_event', order: 'largest', filters: { period: fy(2021) } })
    expect(query('ヒューストン総の事業で一番参加者が多かったのはどれですか')).toMatchObject({ intent: 'largest_event', order: 'largest', filters: { offices: ['houston'] } })
  })

  it('reads "how many states does a single event cover" as the average per event, not the single-state filter', () => {
    expect(query('On average, how many states does a single event cover in FY2020?')).toMatchObject({ intent: 'event_stat', stat: 'avg_states', filters: { period: fy(2020) } })
  })
})
