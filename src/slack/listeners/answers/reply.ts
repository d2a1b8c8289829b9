// Posting an answer: the words first (through the outbox: recorded, retried, with fallbacks), then its chart
// and CSV as files in the same thread. A chart that fails to render is logged and left out: the figures are
// already in the words.
import type { Logger, webApi } from '@slack/bolt'
import { t, type Lang } from '../../../i18n/index.ts'
import type { AnswerFile, AnswerLike } from '../../../services/plugins.ts'
import type { AnswerMessage } from '../../blocks/answer.ts'
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts'
import { truncate } from '../../blocks/limits.ts'
import type { KnownBlock } from '../../blocks/types.ts'
import type { Delivery } from '../../delivery/delivery.ts'
import { privateRoutes, type Route } from '../../delivery/entry.ts'

/** The chart (rendered now) and the CSV of what the message cut, if any. */
export async function answerFiles(options: { answer: AnswerLike; message: Pick<AnswerMessage, 'csv'>; lang: Lang; logger: Logger }): Promise<AnswerFile[]> {
  const files: AnswerFile[] = []
  if (options.answer.chart !== undefined) {
    try {
      const chart = await options.answer.chart(options.lang)
      if (chart !== null) files.push(chart)
    } catch (e) {
      options.logger.warn(`answer chart not rendered: ${(e as Error).message}`)
    }
  }
  if (options.message.csv !== undefined) files.push(options.message.csv)
  return files
}

/** files.uploadV2 (getUploadURLExternal → upload → completeUploadExternal) into a channel or a thread. */
export async function uploadFiles(client: webApi.WebClient, options: { channel: string; threadTs?: string | undefined; files: AnswerFile[] }): Promise<void> {
  if (options.files.length === 0) return
  const file_uploads = options.files.map((f) => ({ file: f.content, filename: f.filename, title: f.title }))
  if (options.threadTs === undefined) await client.files.uploadV2({ channel_id: options.channel, file_uploads })
  else await client.files.uploadV2({ channel_id: options.channel, thread_ts: options.threadTs, file_uploads })
}

/**
 * How long an answer waits for its delivery before its files are given up on (ms): the files go under the
 * posted answer, so they need its ts; an answer delivered later (after retries) comes without them, since
 * its figures are in the words.
 */
export const ANSWER_WAIT_MS = 15_000

/**
 * An answer in a channel or thread (a mention, a DM, a chosen reading), through the outbox under `key`: in
 * the thread; else privately to the asker (ephemeral, then DM) when the thread cannot take it; the asker is
 * told if nothing works. Then its files in the thread under it, once it is posted there.
 */
export async function deliverAnswer(
  client: webApi.WebClient,
  options: {
    delivery: Delivery
    key: string
    userId: string
    channel: string
    threadTs?: string | undefined
    answer?: AnswerLike
    message: { text: string; blocks?: KnownBlock[] | undefined; csv?: AnswerFile }
    /** The question as asked, for the note that tells the user the answer could not be posted. */
    question: string
    lang: Lang
    logger: Logger
  },
): Promise<void> {
  const { channel, threadTs, message, userId, lang } = options
  const routes: Route[] = [
    { kind: 'channel', channel, ...(threadTs !== undefined ? { threadTs } : {}) },
    ...privateRoutes({ userId, channelId: channel }),
  ]
  const receipt = await options.delivery.send(
    {
      key: options.key,
      purpose: 'answer',
      userId,
      routes,
      message: { text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) },
      failureText: t(lang, 'slack_delivery_failed_answer', { question: truncate(escapeMrkdwn(options.question), 300) }),
    },
    { waitMs: options.answer === undefined ? 0 : ANSWER_WAIT_MS },
  )
  if (options.answer === undefined) return
  if (receipt === undefined || receipt.ts === null || (receipt.via !== 'channel' && receipt.via !== 'dm')) {
    if (receipt === undefined) options.logger.warn(`answer to ${channel} not posted yet; its files are left out`)
    return
  }
  const files = await answerFiles({ answer: options.answer, message: options.message, lang, logger: options.logger })
  if (files.length === 0) return
  // a DM answer is not threaded, but its files go under it so they stay with their answer
  const underTs = receipt.via === 'channel' ? (threadTs ?? receipt.ts) : receipt.ts
  await uploadFiles(client, { channel: receipt.channel ?? channel, threadTs: underTs, files }).catch((e: unknown) =>
    options.logger.warn(`answer files not uploaded to ${channel}: ${(e as Error).message}`),
  )
}

/**
 * Files of a private answer (ephemeral messages cannot carry files): sent to the user's DM with the app,
 * under a line that names the question. chat.postMessage to a user ID opens that DM without im:write.
 */
export async function sendFilesToDm(
  client: webApi.WebClient,
  options: { userId: string; question: string; files: AnswerFile[]; lang: Lang; logger: Logger },
): Promise<void> {
  if (options.files.length === 0) return
  try {
    const intro = await client.chat.postMessage({
      channel: options.userId,
      text: t(options.lang, 'slack_answer_files_dm', { question: truncate(escapeMrkdwn(options.question), 500) }),
    })
    const dm = typeof intro.channel === 'string' ? intro.channel : options.userId
    await uploadFiles(client, { channel: dm, threadTs: typeof intro.ts === 'string' ? intro.ts : undefined, files: options.files })
  } catch (e) {
    options.logger.warn(`answer files not sent to ${options.userId}: ${(e as Error).message}`)
  }
}
