// A question inside a letter: greeting, thanks, sign-off and sentences about who asked are the asker's (letter.ts),
// but only sentences that can hold no condition. A sentence with a number, a negation, a limit, a figure's or a
// period's word, or a place is read — and named when no reader uses it (no figure): "A breakdown by state would be
// ideal." is part of the question, never dropped.
import { describe, expect, it } from 'vitest'
import { fy, parse, query } from './read.ts'

describe('the frame of a letter around a question', () => {
  it('reads the question inside greetings, thanks, purposes and sign-offs', () => {
    expect(query('Good afternoon. I hope the week is going well. Would it be possible to have the number of participants by region for FY2020? The Consul General wishes to include it in a slide. Many thanks.')).toMatchObject({ metric: 'participants', groupBy: 'region', filters: { period: fy(2020) } })
    expect(query('Hello again, and apologies for yet another request this week. Could you tell me the number of online events held during FY2020? With best regards.')).toMatchObject({ metric: 'events', filters: { period: fy(2020), formats: ['online'] } })
    expect(query('Dear colleagues, thank you for the excellent dashboard you shared. One more thing, if I may: what was the average number of participants per event in fiscal year 2019? I would be grateful for a reply by Thursday.')).toMatchObject({ metric: 'avg_participants', filters: { period: fy(2019) } })
    expect(query('Hello, I am drafting a note for the Consul General. Would you be able to share the number of events organised by the Consulate-General in Houston between April 1, 2022 and September 30, 2022? Thank you very much.')).toMatchObject({ metric: 'events', filters: { offices: ['houston'], period: { kind: 'dates', from: '2022-04-01', to: '2022-09-30' } } })
    expect(query('Dear Sir or Madam, for the partnership brochure, could you kindly tell me how many events we held in Ohio in FY2021? Warm regards.')).toMatchObject({ metric: 'events', filters: { states: ['OH'], period: fy(2021) } })
    expect(query('Good morning. For an internal review, I have been asked which offices held no events in the first quarter of FY2022.')).toMatchObject({ intent: 'offices_without_events' })
  })

  it('reads a sentence of the frame that holds a condition, a figure or a period, and names it when unused', () => {
    for (const q of [
      'Good morning. A breakdown by state would be ideal. How many events in FY2021?',
      'Dear team, how many events were held in FY2021? Online ones only, please. Thanks.',
      'Hello. Please leave Texas out. How many events in FY2021?',
      'Good afternoon. The Consul General will travel to the Big Island next month. Might you be able to tell me how many events were held in Hawaii in FY2019? Thank you.',
      'Dear all, how many events in FY2022? We do not count the webinars. Kind regards.',
    ]) expect(parse(q).kind, q).not.toBe('query')
  })

  it('keeps a list asked inside thanks a list', () => {
    const r = parse('Hi, I would be grateful for the list of events in Texas in FY2022, please let me know.')
    if (r.kind === 'query') expect(r.query.intent).toBe('list_events')
  })

  it('never drops a condition said in a short sentence or an opening clause (a second reading\'s questions)', () => {
    const plain = { intent: 'metric', metric: 'events', filters: { period: fy(2022) } }
    for (const q of [
      'How many events in FY2022? On weekends.',
      'How many events in FY2022? YoY, please.',
      'How many events in FY2022? Headcount, please.',
      'How many events in FY2022? Annually, please.',
      'Thanks! How many events in FY2022? In Austin.',
      'How many events in FY2022? With JETRO.',
      'For Austin, how many events in FY2022?',
      'For the Obon festival, how many events in FY2022?',
      'I hope you can leave out the webinars today. How many events in FY2022?',
      'Please do not hesitate to leave out Houston. How many events in FY2022?',
      'How many events in FY2022? Ongoing ones.',
      'How many events in FY2022? Multistate ones.',
    ]) {
      const r = parse(q)
      if (r.kind === 'query') expect(r.query, q).not.toEqual(plain)
    }
  })
})
