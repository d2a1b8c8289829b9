// Questions about what people thought of events (opinions, satisfaction, feedback) are about something no
// event records: they get no figure even when they name an event's words, an office or a state. Our own
// phrasings of the kind, in both languages.
import { describe, expect, it } from 'vitest'
import { parse } from './read.ts'

describe('opinions and satisfaction are not recorded: no figure', () => {
  it('refuses questions about what attendees thought, felt or rated, in English and Japanese', () => {
    for (const q of [
      'what did participants think of the Houston seminar?',
      'how did people feel about the sake tasting in FY2022?',
      'what was the feedback on our webinars?',
      'how satisfied were attendees at Chicago events?',
      'what was the satisfaction rate of online events?',
      'what was the audience reaction to the film screening?',
      'ニューヨークのセミナーの参加者の感想は？',
      '2022年度の事業の満足度は？',
      'オンライン事業の評判はどうでしたか',
      'シカゴ総領事館の事業への反響は？',
    ]) {
      const r = parse(q)
      expect(r.kind, q).toBe('unknown')
    }
  })

  it('still reads questions whose words only look like opinions', () => {
    for (const q of ['How many events were held in FY2022?', '2022年度の実施件数は？']) expect(parse(q).kind, q).toBe('query')
  })
})

describe('a title word that looks like an opinion is a title word', () => {
  it('reads quoted title words and 意見交換会 (a roundtable) as titles, not opinions', () => {
    for (const q of ['タイトルに「意見交換会」を含む事業は何件？', '2022年度の意見交換会の件数', 'events with "feedback" in the title']) {
      expect(parse(q).kind, q).toBe('query')
    }
  })
})

describe('apostrophes are no quotes', () => {
  it("still refuses an opinion between two apostrophes (didn't … Boston's)", () => {
    expect(parse("what didn't people think of Boston's seminar?").kind).toBe('unknown')
  })
})
