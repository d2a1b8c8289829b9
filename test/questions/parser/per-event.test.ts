// The rule parser on single events' statistics (event_stat), the event touching the most states, the number of
// partners, and every one of several states or partners: each read exactly in English and Japanese, and what
// differs from it by one word (a sum, no single-event cue, a count the filter cannot hold, no "both") gets no figure.
import { describe, expect, it } from 'vitest'
import { parse, query, fy } from './read.ts'

const ALL = { kind: 'all' as const }

describe('single events\' statistics (event_stat)', () => {
  it.each([
    ['max attendance at a single event in FY2021', 'max_participants', fy(2021), undefined],
    ['the highest turnout at a single event in FY2022', 'max_participants', fy(2022), undefined],
    ['2020年度の参加者数の最大値', 'max_participants', fy(2020), undefined],
    ['2018年度の1件あたり参加者数の最小値', 'min_participants', fy(2018), undefined],
    ['minimum participants per event in FY2019', 'min_participants', fy(2019), undefined],
    ['年度ごとの最大参加者数', 'max_participants', ALL, 'fiscal_year'],
    ['max participants at a single event, per office, FY2022', 'max_participants', fy(2022), 'office'],
    ['average number of states per event', 'avg_states', ALL, undefined],
    ['2022年度の1件あたり平均州数', 'avg_states', fy(2022), undefined],
    ['2022年度の1事業あたりの平均州数', 'avg_states', fy(2022), undefined],
    ['average states per event by region in FY2022', 'avg_states', fy(2022), 'region'],
  ] as const)('%s', (q, stat, period, groupBy) => {
    expect(query(q)).toEqual({ intent: 'event_stat', stat, filters: { period }, ...(groupBy ? { groupBy } : {}) })
  })

  it('keeps the filters', () => {
    expect(query('max attendance at a single event in Texas in FY2021')).toMatchObject({ intent: 'event_stat', filters: { states: ['TX'], period: fy(2021) } })
    expect(query('2022年度のオンライン事業の参加者数の最小値')).toMatchObject({ intent: 'event_stat', stat: 'min_participants', filters: { formats: ['online'] } })
  })

  it('gives no figure for a maximum with no single-event cue, a maximum of a sum, another figure beside it, or states per office', () => {
    for (const q of ['maximum participants', 'maximum participants in FY2021', '延べ参加者数の最大値', '最大の参加者数', 'how many events and the max attendance at a single event', 'average number of offices per event', 'max attendance at a single event and the average number of states per event']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('the event touching the most states (largest_event by states)', () => {
  it.each([
    ['2022年度で最も多くの州にまたがった事業は？', fy(2022)],
    ['which event covered the most states in FY2022?', fy(2022)],
    ['the event touching the most states', ALL],
    ['対象州数が最も多い事業', ALL],
  ] as const)('%s', (q, period) => {
    expect(query(q)).toEqual({ intent: 'largest_event', filters: { period }, order: 'largest', by: 'states' })
  })

  it('gives no figure for the fewest states or a second figure', () => {
    for (const q of ['which event covered the fewest states?', '最も多くの州にまたがった事業の参加者数', 'which event covered the most states and had the most participants?']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('the number of partners (partnerCount)', () => {
  it.each([
    ['how many events had more than one partner?', { gte: 2 }],
    ['events with multiple partners in FY2022', { gte: 2 }],
    ['パートナーが2つ以上ある事業の件数', { gte: 2 }],
    ['複数のパートナーと連携した事業', { gte: 2 }],
    ['events with at least one partner', { gte: 1 }],
    ['events with exactly one partner', { gte: 1, lte: 1 }],
    ['events with at most one partner', { lte: 1 }],
  ] as const)('%s', (q, partnerCount) => {
    expect(query(q)).toMatchObject({ intent: 'metric', metric: 'events', filters: { partnerCount } })
  })

  it('reads participants and a share with it', () => {
    expect(query('パートナーが2団体以上の事業の延べ参加者数')).toEqual({ intent: 'metric', metric: 'participants', filters: { period: ALL, partnerCount: { gte: 2 } } })
    for (const q of ['what share of FY2022 events had at least one partner?', '2022年度の事業のうちパートナーがある事業の割合']) {
      expect(query(q), q).toEqual({ intent: 'share', of: 'events', filters: { period: fy(2022) }, condition: { partnerCount: { gte: 1 } } })
    }
  })

  it('reads larger counts, and gives no figure for two counts at once', () => {
    expect(query('how many events had more than two partners?')).toMatchObject({ filters: { partnerCount: { gte: 3 } } })
    expect(query('events with 3 or more partners')).toMatchObject({ filters: { partnerCount: { gte: 3 } } })
    expect(query('パートナーが3団体以上の事業')).toMatchObject({ filters: { partnerCount: { gte: 3 } } })
    for (const q of ['events with no partner and more than one partner', 'events with exactly two partners and more than one partner']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
  })
})

describe('every one of several states or partners (allStates, allPartners)', () => {
  it('reads "both" with two states as every one of them', () => {
    for (const q of ['how many events covered both Texas and Oklahoma?', 'テキサス州とオクラホマ州の両方を対象にした事業', 'events in both Texas and Oklahoma']) {
      expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, allStates: ['TX', 'OK'] } })
    }
    expect(query('how many events touched both Texas and Oklahoma in FY2022')).toMatchObject({ filters: { period: fy(2022), allStates: ['TX', 'OK'] } })
  })

  it('reads "both" with two partners as every one of them', () => {
    for (const q of ['events co-hosted with both JETRO and JNTO', 'JETROとJNTOの両方と連携した事業は何件']) {
      expect(query(q), q).toEqual({ intent: 'metric', metric: 'events', filters: { period: ALL, allPartners: ['JETRO', 'JNTO'] } })
    }
    expect(query('events where both JETRO and the Japan Foundation were partners')).toMatchObject({ filters: { allPartners: ['JETRO', 'Japan Foundation'] } })
  })

  it('names "both" or the second name where no query holds every one of them', () => {
    for (const q of ['events with JETRO and JNTO', 'events in both Texas and Oklahoma by office', 'how many events covered both Texas and the West?', 'events in both Texas and Oklahoma in both FY2021 and FY2022', 'events with both JETRO and JNTO by state']) {
      expect(parse(q).kind, q).toBe('unknown')
    }
    expect(query('compare both Texas and Ohio')).toMatchObject({ intent: 'metric', groupBy: 'state', filters: { states: ['TX', 'OH'] } })
  })
})
