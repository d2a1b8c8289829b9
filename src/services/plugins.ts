// What the Slack app needs from the parts written elsewhere (question answering, the weekly digest, the
// fiscal-year report). app.ts wires a listener only when its service is given, so each plugs in later.
import type { Lang } from '../i18n/index.ts'

/** The part of a question's answer the Slack app shows: the same answer in both languages. */
export interface AnswerLike {
  text: { en: string; ja: string }
}

export interface QuestionService {
  answer(question: string, context: { userId: string; lang: Lang }): Promise<AnswerLike>
}

/** A reply to post in Slack: text (mrkdwn), and optionally files (charts, CSV) to upload with it. */
export interface SlackReply {
  text: string
  files?: Array<{ filename: string; content: Buffer; title?: string }>
}

export interface CommandContext {
  userId: string
  channelId: string
  lang: Lang
}

/** `/grassroots digest [args]`. */
export interface DigestService {
  run(args: string, context: CommandContext): Promise<SlackReply>
}

/** `/grassroots report [args]`. */
export interface ReportService {
  run(args: string, context: CommandContext): Promise<SlackReply>
}

export interface PluggableServices {
  questions?: QuestionService
  digest?: DigestService
  report?: ReportService
}
