import { openEventForm, openPlaceholder } from '../open-event-form.ts'
import type { SubcommandHandler } from './types.ts'

/** `/grassroots log`: the recording form (the command listener has opened its placeholder already). */
export const logCommand: SubcommandHandler = async (ctx) => {
  await openEventForm({
    deps: ctx.deps,
    client: ctx.client,
    logger: ctx.logger,
    modal: ctx.modal ?? openPlaceholder(ctx.client, ctx.triggerId),
    userId: ctx.userId,
    lang: ctx.lang,
    channelId: ctx.channelId,
  })
}
