// Lists of places written out — several consulates with one office word, a list given a name of the asker's own
// ("the Pacific Northwest — Washington State, Oregon and Idaho —", 西海岸の4公館（…）) — each checked with phrasings of
// our own: the places are the filter; a name that contradicts its list, or continues another word, gives no figure.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('several offices named by their cities with one office word', () => {
  it.each([
    ['how many events did the LA, SF, Seattle and Portland consulates hold in FY2022?', ['los-angeles', 'san-francisco', 'seattle', 'portland']],
    ['events by LA and SF consulates in FY2022', ['los-angeles', 'san-francisco']],
    ['Chicago and Houston offices: participants FY2021', ['chicago', 'houston']],
    ['how many events did the coastal consulates (LA, SF, Seattle, Portland) hold in FY2022?', ['los-angeles', 'san-francisco', 'seattle', 'portland']],
  ])('%s: those offices ("LA" beside an office word is the consulate)', (q, offices) => {
    const r = query(q)
    expect(r).toMatchObject({ intent: 'metric' })
    expect(r.intent === 'metric' ? [...(r.filters.offices ?? [])].sort() : []).toEqual([...offices].sort())
  })

  it('still asks back about "LA" alone', () => {
    expect(parse('events in LA in FY2022').kind).toBe('clarify')
  })
})

describe('a name given to a list of places spelt out after it', () => {
  it.each([
    ['How many events were held in the Pacific Northwest — Washington State, Oregon and Idaho — in FY2021?', { states: ['WA', 'OR', 'ID'] }],
    ['participants for events in the Mountain time zone states (CO, UT, WY, NM, MT, ID, AZ) FY2020', { states: ['CO', 'UT', 'WY', 'NM', 'MT', 'ID', 'AZ'] }],
    ['events in the five Gulf states (Texas, Louisiana, Mississippi, Alabama, Florida) FY2022', { states: ['TX', 'LA', 'MS', 'AL', 'FL'] }],
    ['西海岸の4公館（ロサンゼルス総・サンフランシスコ総・シアトル総・ポートランド総）の令和3年度参加者数合計', { offices: ['los-angeles', 'san-francisco', 'seattle', 'portland'] }],
    ['1州のみを管轄する公館（マイアミ、ホノルル、アンカレジ）の令和4年度の合計件数をお願いいたします。', { offices: ['miami', 'honolulu', 'anchorage'] }],
  ])('%s: the places listed', (q, places) => {
    const r = query(q)
    const f = r.intent === 'metric' ? r.filters : undefined
    if ('states' in places) expect([...(f?.states ?? [])].sort()).toEqual([...places.states].sort())
    if ('offices' in places) expect([...(f?.offices ?? [])].sort()).toEqual([...places.offices].sort())
  })

  it.each([
    // the count in the name is not the list's length
    '西海岸の3公館（ロサンゼルス総・サンフランシスコ総・シアトル総・ポートランド総）の令和3年度参加者数合計',
    'events in the three Gulf states (Texas, Louisiana, Mississippi, Alabama, Florida) FY2022',
    // a negation in the name
    'events in states other than the big ones (Texas, California) FY2022',
    // "West Coast": the region West read, Coast left over
    'how many events did the West Coast consulates (LA, SF, Seattle, Portland) hold in FY2022?',
    // a name with no list after it
    'ニューイングランド6州での事業件数',
  ])('%s: no figure', (q) => {
    expect(parse(q).kind).not.toBe('query')
  })

  it('reads the period beside the list', () => {
    expect(query('How many events were held in the Pacific Northwest — Washington State, Oregon and Idaho — in FY2021?')).toMatchObject({ filters: { period: fy(2021) } })
  })
})
