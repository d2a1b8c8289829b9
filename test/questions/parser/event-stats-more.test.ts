// The rule parser on more statistics of single events (event_stat): the median cost (events with a cost only)
// and median days, the average (largest) number of partners per event, the average number of themes per
// event, the range of participants, and the population or sample standard deviation (asked back when the
// question does not say which), in English and Japanese, per group where a breakdown is asked. A second figure
// beside it, a median of something else or a spread of no events gets no figure.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'

const ALL = { kind: 'all' as const }

describe('more statistics of single events', () => {
  it('reads each statistic in both languages, with its period, filters and breakdown', () => {
    const cases: Array<[string, string, object, string?]> = [
      ['median cost per event in FY2022', 'median_cost', { period: fy(2022) }],
      ['事業費の中央値', 'median_cost', { period: ALL }],
      ['median cost by fiscal year', 'median_cost', { period: ALL }, 'fiscal_year'],
      ['事業費の中央値（年度別）', 'median_cost', { period: ALL }, 'fiscal_year'],
      ['2022年度の公館別の事業費の中央値', 'median_cost', { period: fy(2022) }, 'office'],
      ['the median cost of online events in FY2022', 'median_cost', { period: fy(2022), formats: ['online'] }],
      ['what is the median number of days per event?', 'median_days', { period: ALL }],
      ['開催期間の中央値', 'median_days', { period: ALL }],
      ['median duration by office', 'median_days', { period: ALL }, 'office'],
      ['average number of partners per event', 'avg_partners', { period: ALL }],
      ['1事業あたりの平均パートナー数', 'avg_partners', { period: ALL }],
      ['1事業あたり平均連携団体数', 'avg_partners', { period: ALL }],
      ['average number of partner organisations per event in Texas', 'avg_partners', { period: ALL, states: ['TX'] }],
      ['1事業あたりの平均パートナー数（公館別）', 'avg_partners', { period: ALL }, 'office'],
      ['the most partners on a single event', 'max_partners', { period: ALL }],
      ['パートナー数の最大値', 'max_partners', { period: ALL }],
      ['average number of themes per event', 'avg_themes', { period: ALL }],
      ['1事業あたりの平均テーマ数', 'avg_themes', { period: ALL }],
      ['年度ごとの1事業あたりの平均テーマ数', 'avg_themes', { period: ALL }, 'fiscal_year'],
      ['difference between the largest and smallest event in FY2022', 'range_participants', { period: fy(2022) }],
      ['参加者数の最大と最小の差', 'range_participants', { period: ALL }],
      ['参加者が最も多い事業と最も少ない事業の差', 'range_participants', { period: ALL }],
      ['range of participants per event', 'range_participants', { period: ALL }],
      ['population standard deviation of participants per event', 'stddev_pop_participants', { period: ALL }],
      ['参加者数の母標準偏差', 'stddev_pop_participants', { period: ALL }],
      ['sample std dev of attendance across events in FY2021', 'stddev_sample_participants', { period: fy(2021) }],
      ['事業ごとの参加者数の標本標準偏差（年度別）', 'stddev_sample_participants', { period: ALL }, 'fiscal_year'],
    ]
    for (const [q, stat, filters, groupBy] of cases) expect(query(q), q).toEqual({ intent: 'event_stat', stat, filters, ...(groupBy ? { groupBy } : {}) })
  })

  it('asks back a standard deviation that does not say population or sample', () => {
    for (const q of ['standard deviation of participants per event', '参加者数の標準偏差']) {
      const r = parse(q)
      if (r.kind !== 'clarify') throw new Error(`${q}: ${JSON.stringify(r)}`)
      expect(r.options.map((o) => o.query)).toEqual([
        { intent: 'event_stat', stat: 'stddev_pop_participants', filters: { period: ALL } },
        { intent: 'event_stat', stat: 'stddev_sample_participants', filters: { period: ALL } },
      ])
      expect(r.options.map((o) => o.label.ja)).toEqual(['母標準偏差（nで除す）', '標本標準偏差（n−1で除す）'])
    }
  })

  it('keeps the older readings: the mean cost, the median of participants, the average days by office', () => {
    expect(query('average cost per event')).toEqual({ intent: 'event_cost', figure: 'average', filters: { period: ALL } })
    expect(query('median participants per event').intent).toBe('median_participants')
    expect(query('公館別の平均開催日数')).toEqual({ intent: 'event_stat', stat: 'avg_days', filters: { period: ALL }, groupBy: 'office' })
    expect(query('参加者数の最大値')).toEqual({ intent: 'event_stat', stat: 'max_participants', filters: { period: ALL } })
  })

  it('names a per-unit word beside a statistic of single events, never drops it (bug: the figure over all events)', () => {
    // "per office", 1公館あたり, "each fiscal year" beside an average may divide by the offices (or years): named
    const cases: Array<[string, string[]]> = [
      ['average duration per office', ['per', 'office']],
      ['average duration of events per office', ['per', 'office']],
      ['average partners per event per office', ['per', 'office']],
      ['average number of states per event per office', ['per', 'office']],
      ['average themes per event per state', ['per', 'state']],
      ['1公館あたりの平均開催日数', ['1公館あたり']],
      ['1か月あたりの平均開催日数', ['1か月あたり']],
    ]
    for (const [q, words] of cases) {
      const r = parse(q)
      expect(r.kind === 'unknown' && r.reason === 'unused_words' ? (r.words ?? []).join(' ') : r, q).toBe(words.join(' '))
    }
    for (const q of ['average duration per month', 'average duration per year', 'average number of states per event each fiscal year']) expect(parse(q).kind, q).toBe('unknown')
  })

  it('gives no figure for a second figure, a median or spread of something else, or no events named', () => {
    const none = [
      '費用の中央値と平均',
      'median cost per event and number of events',
      'how many events and the median cost',
      'median cost per participant',
      'median number of states per event',
      'パートナー数の中央値',
      'average days per office',
      'median days per office',
      'average number of themes',
      'average number of partners',
      'range of participants',
      'standard deviation of participants',
      'standard deviation of events by month',
      '標準偏差',
      '参加者数の分散',
      '参加者数の平均と標準偏差',
      'variance of participants per event',
      'average partners per event and total participants',
    ]
    for (const q of none) expect(parse(q).kind, q).toBe('unknown')
  })
})
