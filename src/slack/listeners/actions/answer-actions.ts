// The buttons under an answer: "Show events" (and its Previous / Next), one button per reading of a
// question that can be read several ways, and "Share in channel". Each acknowledges first, validates the
// button's value with the same schemas the question contract uses (a value is data from outside), then
// asks the question service: no figure is ever taken from a button.
import type { App, BlockAction, ButtonAction, Logger, webApi } from '@slack/bolt'
import type { Lang } from '../../../i18n/index.ts'
import { t } from '../../../i18n/index.ts'
import type { QuestionService } from '../../../services/plugins.ts'
import { answerEventsValueSchema, answerQueryValueSchema, buildAnswer } from '../../blocks/answer.ts'
import { ANSWER_EVENTS_PAGE_SIZE, buildAnswerEvents } from '../../blocks/answer-events.ts'
import { errorText, hasResponseUrl, type SlackDeps } from '../../context.ts'
import { outboxRespond, type Respond } from '../../delivery/respond.ts'
import { ACTION } from '../../ids.ts'
import { answerFiles, deliverAnswer, sendFilesToDm } from '../answers/reply.ts'

/** Events "Show events" can page through (the newest); see services/questions.ts. */
const MAX_LISTED = 100

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? 'null')
  } catch {
    return null
  }
}

interface Container {
  message_ts?: string
  thread_ts?: string
  channel_id?: string
  is_ephemeral?: boolean
}

async function safely(options: { respond: Respond; lang: Lang; logger: Logger; context: string }, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (e) {
    await options.respond({ response_type: 'ephemeral', replace_original: false, text: errorText(e, options) }).catch(() => {})
  }
}

export function registerAnswerActions(app: App, deps: SlackDeps, questions: QuestionService): void {
  // replies go through the outbox (recorded, retried, with fallbacks), keyed by this very press
  const responder = (body: BlockAction<ButtonAction>, action: ButtonAction, lang: Lang): Respond =>
    outboxRespond({
      delivery: deps.delivery,
      responseUrl: body.response_url,
      userId: body.user.id,
      channelId: body.channel?.id ?? (body.container as Container).channel_id,
      action: { button: `${action.action_id}:${body.trigger_id}` },
      lang,
    })

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.answerEvents}:(show|prev|next)$`), async ({ ack, body, action, logger }) => {
    await ack()
    // answers are messages: a press without their response_url (a forged request) has nothing to answer to
    if (!hasResponseUrl(body)) return
    const listEvents = questions.listEvents?.bind(questions)
    const parsed = answerEventsValueSchema.safeParse(parseJson(action.value))
    if (listEvents === undefined || !parsed.success) return
    const lang = await deps.locale.langOf(body.user.id)
    const respond = responder(body, action, lang)
    await safely({ respond, lang, logger, context: 'show events' }, async () => {
      const page = await listEvents({ filters: parsed.data.f, page: parsed.data.p, pageSize: ANSWER_EVENTS_PAGE_SIZE })
      const list = buildAnswerEvents({ lang, filters: parsed.data.f, page, maxListed: MAX_LISTED })
      // the first click keeps the answer and shows the list beside it; paging replaces the list
      await respond({ response_type: 'ephemeral', replace_original: !action.action_id.endsWith(':show'), ...list })
    })
  })

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.answerOption}:\\d+$`), async ({ ack, body, action, client, logger }) => {
    await ack()
    // answers are messages: a press without their response_url (a forged request) has nothing to answer to
    if (!hasResponseUrl(body)) return
    const lang = await deps.locale.langOf(body.user.id)
    const respond = responder(body, action, lang)
    const answerQuery = questions.answerQuery?.bind(questions)
    const parsed = answerQueryValueSchema.safeParse(parseJson(action.value))
    if (answerQuery === undefined || !parsed.success) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: t(lang, 'slack_answer_option_unavailable') })
      return
    }
    const container = body.container as Container
    const channel = container.channel_id ?? body.channel?.id
    // a double click, or two people choosing the same reading, answers once under that question
    const key = `answer-option:${channel ?? '-'}:${container.message_ts ?? '-'}:${action.action_id}`
    if (!(await deps.claim(key, 'slack-action'))) return
    await safely({ respond, lang, logger, context: 'answer option' }, async () => {
      const answer = await answerQuery(parsed.data.q, { userId: body.user.id, lang })
      if (container.is_ephemeral === true || channel === undefined) {
        await replyPrivately({ client, respond, answer, lang, logger, userId: body.user.id, share: true })
        return
      }
      const message = buildAnswer(answer, lang)
      const question = answer.text[lang].split('\n')[0] ?? ''
      await deliverAnswer(client, { delivery: deps.delivery, key, userId: body.user.id, channel, threadTs: container.thread_ts ?? container.message_ts, answer, message, question, lang, logger })
    })
  })

  app.action<BlockAction<ButtonAction>>(ACTION.shareAnswer, async ({ ack, body, action, logger }) => {
    await ack()
    // answers are messages: a press without their response_url (a forged request) has nothing to answer to
    if (!hasResponseUrl(body)) return
    const lang = await deps.locale.langOf(body.user.id)
    const respond = responder(body, action, lang)
    const answerQuery = questions.answerQuery?.bind(questions)
    const parsed = answerQueryValueSchema.safeParse(parseJson(action.value))
    if (answerQuery === undefined || !parsed.success) return
    const container = body.container as Container
    if (!(await deps.claim(`answer-share:${container.channel_id ?? '-'}:${container.message_ts ?? '-'}`, 'slack-action'))) return
    await safely({ respond, lang, logger, context: 'share answer' }, async () => {
      // run again: the channel sees the figures as they are now, from the same reading
      const answer = await answerQuery(parsed.data.q, { userId: body.user.id, lang })
      const message = buildAnswer(answer, lang, { contextLine: t(lang, 'slack_answer_shared_by', { user: body.user.id }) })
      await respond({ response_type: 'in_channel', replace_original: false, text: message.text, blocks: message.blocks })
    })
  })
}

async function replyPrivately(options: {
  client: webApi.WebClient
  respond: Respond
  answer: Awaited<ReturnType<NonNullable<QuestionService['answerQuery']>>>
  lang: Lang
  logger: Logger
  userId: string
  share: boolean
}): Promise<void> {
  const { answer, lang, logger } = options
  const message = buildAnswer(answer, lang, { share: options.share })
  await options.respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks })
  const files = await answerFiles({ answer, message, lang, logger })
  await sendFilesToDm(options.client, { userId: options.userId, question: answer.text[lang].split('\n')[0] ?? '', files, lang, logger })
}
