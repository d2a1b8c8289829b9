// The parser reads a question the same way whatever was asked before it in the process. A global regex's
// test() resumes at the lastIndex the previous question left, so "how many events per month on average"
// read as the average of events after one question and as the average of participants after another.
import { describe, expect, it } from 'vitest'
import { parseQuestion } from '../../../src/questions/parser/index.ts'
import { ASOF, DEVSET } from '../devset/devset.ts'

describe('the same question, the same reading, whatever came before', () => {
  it('every development-set question reads the same alone, after every other one, and after itself', () => {
    const questions = DEVSET.map((d) => d.q)
    const alone = questions.map((q) => JSON.stringify(parseQuestion(q, { asOf: ASOF })))
    // in reverse order, and each twice in a row: any state left between calls changes some reading
    const differ: string[] = []
    for (let i = questions.length - 1; i >= 0; i--) {
      const q = questions[i]!
      for (let k = 0; k < 2; k++) if (JSON.stringify(parseQuestion(q, { asOf: ASOF })) !== alone[i]) differ.push(q)
    }
    expect([...new Set(differ)]).toEqual([])
    // three readings of each of about 2,000 questions at a few ms each: a minute or more on a busy 2-core machine
  }, 180_000)

  it('an average of events per month after a question that used the average word', () => {
    const q = 'how many events per month on average in FY2022'
    const first = parseQuestion(q, { asOf: ASOF })
    parseQuestion('average participants in FY2022', { asOf: ASOF })
    parseQuestion('average attendance per event', { asOf: ASOF })
    expect(parseQuestion(q, { asOf: ASOF })).toEqual(first)
    expect(first).toMatchObject({ kind: 'query', query: { intent: 'average_events', per: 'month' } })
  })
})
