// A question's answer as a message: the user's language first, the other below it. The text is shown as the
// answer service wrote it, escaped, so a question echoed back never pings anyone.
import type { KnownBlock } from './types.ts'
import type { Lang } from '../../i18n/index.ts'
import type { AnswerLike } from '../../services/plugins.ts'
import { SLACK_LIMITS, truncate } from './limits.ts'
import { escapeMrkdwn, mrkdwn } from './mrkdwn.ts'

export function buildAnswer(answer: AnswerLike, lang: Lang): { text: string; blocks: KnownBlock[] } {
  const first = escapeMrkdwn(answer.text[lang])
  const other = escapeMrkdwn(answer.text[lang === 'ja' ? 'en' : 'ja'])
  const blocks: KnownBlock[] = [{ type: 'section', block_id: 'answer', text: mrkdwn(truncate(first, SLACK_LIMITS.sectionText)) }]
  if (other.trim() !== '' && other !== first) {
    blocks.push({ type: 'context', block_id: 'answer_other', elements: [mrkdwn(truncate(other, SLACK_LIMITS.sectionText))] })
  }
  return { text: truncate(first, 3000), blocks }
}
