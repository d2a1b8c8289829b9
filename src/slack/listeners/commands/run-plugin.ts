import { t } from '../../../i18n/index.ts'
import type { DigestService, ReportService } from '../../../services/plugins.ts'
import { SLACK_LIMITS, truncate } from '../../blocks/limits.ts'
import { errorText } from '../../context.ts'
import type { SubcommandHandler } from './types.ts'

/**
 * `/grassroots digest`: a private preview of this week's digest (ephemeral, words only: an ephemeral message
 * cannot carry the chart). `/grassroots report`: the report posted in the channel with its charts and files
 * (files.uploadV2). Until a service exists, a polite "not available yet".
 */
export function pluginCommand(name: 'digest' | 'report', service: DigestService | ReportService | undefined): SubcommandHandler {
  return async ({ client, respond, userId, channelId, args, lang, logger }) => {
    if (service === undefined) {
      await respond({ response_type: 'ephemeral', text: t(lang, 'slack_not_available', { command: name }) })
      return
    }
    try {
      const reply = await service.run(args, { userId, channelId, lang })
      if (name === 'digest') {
        // a preview for the one who asked; the channel gets the digest (with its chart) on schedule
        await respond({ response_type: 'ephemeral', text: `${truncate(reply.text, SLACK_LIMITS.messageText - 500)}\n\n_${t(lang, 'slack_digest_preview_note')}_` })
        return
      }
      const files = reply.files ?? []
      if (files.length === 0) {
        await respond({ response_type: 'in_channel', text: reply.text })
        return
      }
      await client.files.uploadV2({
        channel_id: channelId,
        initial_comment: reply.text,
        file_uploads: files.map((f) => ({ file: f.content, filename: f.filename, ...(f.title ? { title: f.title } : {}) })),
      })
    } catch (e) {
      // the usual cause in a new workspace: the app was never invited to this channel
      const slackError = (e as { data?: { error?: string } }).data?.error
      const text =
        slackError === 'not_in_channel' || slackError === 'channel_not_found'
          ? t(lang, 'slack_report_not_in_channel')
          : errorText(e, { lang, logger, context: name })
      await respond({ response_type: 'ephemeral', text })
    }
  }
}
