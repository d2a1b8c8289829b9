// `/grassroots <sub> [args]`: acknowledge at once (Slack waits 3 s), then hand the rest to the subcommand.
import type { App } from '@slack/bolt'
import type { PluggableServices } from '../../../services/plugins.ts'
import { errorText, type SlackDeps } from '../../context.ts'
import { outboxRespond } from '../../delivery/respond.ts'
import { SLASH_COMMAND } from '../../ids.ts'
import { askCommand } from './ask.ts'
import { helpCommand, introCommand } from './help.ts'
import { listCommand } from './list.ts'
import { logCommand } from './log.ts'
import { openPlaceholder } from '../open-event-form.ts'
import { pluginCommand } from './run-plugin.ts'
import type { SubcommandHandler } from './types.ts'

/** Subcommand words, English and Japanese, to their handlers. Unknown words get the help. */
export function subcommands(services: PluggableServices): Record<string, SubcommandHandler> {
  const ask = askCommand(services.questions)
  const digest = pluginCommand('digest', services.digest)
  const report = pluginCommand('report', services.report)
  return {
    '': introCommand,
    log: logCommand,
    new: logCommand,
    登録: logCommand,
    list: listCommand,
    一覧: listCommand,
    help: helpCommand,
    ヘルプ: helpCommand,
    ask,
    質問: ask,
    digest,
    ダイジェスト: digest,
    report,
    報告: report,
  }
}

export function splitCommandText(text: string): { sub: string; args: string } {
  // a Japanese IME types full-width spaces and letters: ｌｉｓｔ　ｆｙ２０２２ is list fy2022
  const m = /^(\S+)\s*([\s\S]*)$/u.exec(text.trim())
  return m === null ? { sub: '', args: '' } : { sub: (m[1] ?? '').normalize('NFKC').toLowerCase(), args: m[2] ?? '' }
}

export function registerGrassrootsCommand(app: App, deps: SlackDeps): void {
  const handlers = subcommands(deps.services)
  app.command(SLASH_COMMAND, async ({ command, ack, client, logger }) => {
    await ack()
    const { sub, args } = splitCommandText(command.text ?? '')
    const handler = handlers[sub] ?? helpCommand
    // a form opens with the trigger_id now, before anything slow: the trigger expires 3 s after the command
    const modal = handler === logCommand ? openPlaceholder(client, command.trigger_id) : undefined
    // let other requests that arrived meanwhile be acknowledged before this one's slower work
    await new Promise((resolve) => setImmediate(resolve))
    const lang = await deps.locale.langOf(command.user_id)
    // every reply is recorded, then delivered with retries and fallbacks (src/slack/delivery/)
    const respond = outboxRespond({
      delivery: deps.delivery,
      responseUrl: command.response_url,
      userId: command.user_id,
      channelId: command.channel_id,
      action: { command: command.text ?? '' },
      lang,
    })
    try {
      await handler({
        deps,
        client,
        logger,
        respond,
        userId: command.user_id,
        channelId: command.channel_id,
        triggerId: command.trigger_id,
        args,
        lang,
        ...(modal ? { modal } : {}),
      })
    } catch (e) {
      await respond({ response_type: 'ephemeral', text: errorText(e, { lang, logger, context: `${SLASH_COMMAND} ${sub}` }) }).catch(
        (err: unknown) => logger.error(`could not tell the user about an error: ${String(err)}`),
      )
    }
  })
}
