// Why a figure is wanted or who asked, in a clause of its own (…の観点から, …とするため, …いたしますので,
// 議員の地元が…でございまして, "before my call with the consul general", "asking for a press release"): the clause's
// unread words are the asker's, not a condition. Dropped only when the clause holds no negation, limit or number,
// names nothing that is not written again outside it, and the rest does not point back to it. Our own phrasings.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('a clause of reason or purpose is read as the asker’s, not as a condition', () => {
  it('answers the question beside a Japanese purpose or reason clause', () => {
    const events2022 = query('2022年度の実施件数につきまして、国会答弁資料作成の参考とするため、ご教示いただけますでしょうか。')
    expect(events2022).toMatchObject({ intent: 'metric', metric: 'events', filters: { period: fy(2022) } })
    const participants = query('大臣レクの資料に使用いたしますので、2021年度の延べ参加者数をお示しください。')
    expect(participants).toMatchObject({ intent: 'metric', metric: 'participants', filters: { period: fy(2021) } })
    const byRegion = query('2022年度の地域別件数を教えてください。報告書の地図に添える表にします。')
    expect(byRegion).toMatchObject({ intent: 'metric', groupBy: 'region', filters: { period: fy(2022) } })
    expect(query('報告書との整合性を確認する観点から、2020年度の件数をお示しください。').filters.period).toEqual(fy(2020))
  })

  it('keeps a place named in the clause when the question names it again', () => {
    const ohio = query('議員の地元がオハイオ州でございまして、オハイオ州での事業件数（全年度）をお知らせください。')
    expect(ohio.filters.states).toEqual(['OH'])
  })

  it('answers beside an English clause of when or for whom', () => {
    const houston = query('how many events did the houston consulate do last FY? need it before my call w/ the consul general')
    expect(houston.filters.offices).toEqual(['houston'])
    const big = query('How many events in FY2022 had at least 1,000 participants? Asking for a press release.')
    expect(big.filters.participantCount).toEqual({ gte: 1000 })
  })
})

describe('a clause that may hold a condition gives no figure', () => {
  it('refuses when a place is named only inside the clause (counted or dropped, it would be a guess)', () => {
    for (const q of [
      '議員の地元がオハイオ州でございまして、2022年度の事業件数をお知らせください。',
      'Quick one before my call with Madison: how many events touched Wisconsin in FY2022?',
    ]) expect(parse(q).kind, q).not.toBe('query')
  })

  it('refuses when the rest points back to the clause', () => {
    for (const q of ['before my call with the consul general, how many events did they do in FY2022?', '関係者が多い分野でございまして、同分野の2022年度の件数をお示しください。']) {
      expect(parse(q).kind, q).not.toBe('query')
    }
  })

  it('refuses when the clause holds a negation, a limit or a number', () => {
    for (const q of [
      'パートナーのない事業を把握する観点から、2022年度の件数をお示しください。',
      '大型事業に限りたいので、2022年度の件数をお示しください。',
      '参加者が5000名という数字を確認する観点から、2022年度の件数をお示しください。',
    ]) expect(parse(q).kind, q).not.toBe('query')
  })
})

describe('a request for decimals is no count and is answered as given', () => {
  it('reads "two decimals", "rounded to 2 decimal places" and 小数第2位まで as precision, saying the figure has one decimal', () => {
    for (const q of [
      'Average participants per event in FY2022, rounded to two decimal places.',
      'Population standard deviation of participants per event in FY2021, two decimals.',
      '2022年度の1件当たり平均参加者数（小数第2位まで）',
    ]) {
      const r = parse(q)
      expect(r.kind, q).toBe('query')
      if (r.kind === 'query') expect(r.assumptions, q).toContain('one_decimal')
    }
  })

  it('says nothing more when one decimal, or a ratio’s two, was asked', () => {
    for (const q of ['Average participants per event in FY2022, rounded to one decimal.', 'Ratio of online to in-person event counts in FY2020, two decimals.']) {
      const r = parse(q)
      expect(r.kind, q).toBe('query')
      if (r.kind === 'query') expect(r.assumptions, q).not.toContain('one_decimal')
    }
  })
})
