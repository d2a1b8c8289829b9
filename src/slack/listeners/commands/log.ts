import { openEventForm } from '../open-event-form.ts'
import type { SubcommandHandler } from './types.ts'

/** `/grassroots log`: the recording form. */
export const logCommand: SubcommandHandler = async (ctx) => {
  await openEventForm({
    deps: ctx.deps,
    client: ctx.client,
    logger: ctx.logger,
    triggerId: ctx.triggerId,
    userId: ctx.userId,
    lang: ctx.lang,
    channelId: ctx.channelId,
  })
}
