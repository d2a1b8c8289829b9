import { t } from '../../../i18n/index.ts'
import type { DigestService, ReportService } from '../../../services/plugins.ts'
import { errorText } from '../../context.ts'
import type { SubcommandHandler } from './types.ts'

/**
 * `/grassroots digest` and `/grassroots report`: run the service, then post its reply in the channel (with
 * its files, through files.uploadV2). Until the service exists, a polite "not available yet".
 */
export function pluginCommand(name: 'digest' | 'report', service: DigestService | ReportService | undefined): SubcommandHandler {
  return async ({ client, respond, userId, channelId, args, lang, logger }) => {
    if (service === undefined) {
      await respond({ response_type: 'ephemeral', text: t(lang, 'slack_not_available', { command: name }) })
      return
    }
    try {
      const reply = await service.run(args, { userId, channelId, lang })
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
      await respond({ response_type: 'ephemeral', text: errorText(e, { lang, logger, context: name }) })
    }
  }
}
