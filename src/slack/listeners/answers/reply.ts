// Posting an answer: the words first (fast), then its chart and CSV as files in the same thread. A chart
// that fails to render is logged and left out: the figures are already in the words.
import type { Logger, webApi } from '@slack/bolt'
import { t, type Lang } from '../../../i18n/index.ts'
import type { AnswerFile, AnswerLike } from '../../../services/plugins.ts'
import type { AnswerMessage } from '../../blocks/answer.ts'
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts'
import { truncate } from '../../blocks/limits.ts'

/** The chart (rendered now) and the CSV of what the message cut, if any. */
export async function answerFiles(options: { answer: AnswerLike; message: AnswerMessage; lang: Lang; logger: Logger }): Promise<AnswerFile[]> {
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

/** A message in a channel or thread, then its files in the thread under it. */
export async function postAnswer(
  client: webApi.WebClient,
  options: { channel: string; threadTs?: string | undefined; answer: AnswerLike; message: AnswerMessage; lang: Lang; logger: Logger },
): Promise<void> {
  const { channel, threadTs, message } = options
  const posted = await client.chat.postMessage({
    channel,
    ...(threadTs !== undefined ? { thread_ts: threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  })
  const files = await answerFiles(options)
  if (files.length === 0) return
  // a DM answer is not threaded, but its files go under it so they stay with their answer
  const underTs = threadTs ?? (typeof posted.ts === 'string' ? posted.ts : undefined)
  await uploadFiles(client, { channel: typeof posted.channel === 'string' ? posted.channel : channel, threadTs: underTs, files }).catch((e: unknown) =>
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
